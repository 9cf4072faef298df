// Empirical-Bayes moderation of the between-run variance across a family of keys (issue 15).
//
// A side with 2 runs estimates a key's run-to-run variance with 1 degree of freedom: a t with ~1 df
// cannot give a one-sided p-value much below 1 / (pi t), so Benjamini-Hochberg over several default
// keys withdraws even a 2x regression. Many keys with few runs each is the setting of limma's
// moderated variance (Smyth 2004, "Linear models and empirical Bayes methods for assessing
// differential expression in microarray experiments", SAGMB 3(1) art. 3; limma's fitFDist and
// squeezeVar): the keys' sample variances s_i^2 (df d_i) are taken as draws around a common scaled
// inverse chi-square prior (s0^2, d0), fitted by the method of moments on the log scale:
//   e_i = ln s_i^2 - digamma(d_i / 2) + ln(d_i / 2),   ebar = mean e_i,
//   var(e) - mean trigamma(d_i / 2) = trigamma(d0 / 2)  ->  d0 (trigammaInverse),
//   s0^2 = exp(ebar + digamma(d0 / 2) - ln(d0 / 2))     (exp(ebar) when d0 is infinite),
// and each key's variance is replaced by the posterior s~_i^2 = (d0 s0^2 + d_i s_i^2) / (d0 + d_i)
// with d0 + d_i degrees of freedom.
// Departures from limma, both on the cautious side:
//  - d0 is capped, key by key, at the total df of the OTHER keys in the fit: the prior cannot carry
//    more information than the family it was fitted from (limma lets d0 be infinite when the spread
//    of e is no more than sampling noise, which would make one key's variance the family's, with
//    infinite df);
//  - a variance of exactly 0 (identical runs: a quantized statistic or a copied file) has ln s^2 =
//    -infinity and says nothing about the scale on the log scale: it is left out of the fit (limma
//    offsets it to 1e-5 x the median, which puts a huge outlier into var(e) and drives d0 towards 0)
//    but it is moderated like any other key, so its variance becomes d0 s0^2 / (d0 + d_i) > 0;
//  - fewer than 3 positive variances: no fit (var(e) from 2 values is no estimate), no moderation.
// Pure arithmetic; which keys form a family and how the result enters the interval is compare.ts's.

import { digamma, trigamma, trigammaInverse } from './distributions.js';

/** One key's sample variance and its degrees of freedom. */
export interface VarianceObservation {
  s2: number;
  df: number;
}

/** The fitted prior: location s0^2 and degrees of freedom d0 (Infinity allowed, before capping). */
export interface VariancePrior {
  s02: number;
  d0: number;
  /** the observations that entered the fit (positive, finite variance, df > 0) */
  used: number;
  /** their total df (for the cap) */
  dfTotal: number;
}

/** The least number of positive variances a prior is fitted from. */
export const MIN_FAMILY = 3;

const usable = (o: VarianceObservation) =>
  Number.isFinite(o.s2) && o.s2 > 0 && o.df > 0 && Number.isFinite(o.df);

/** limma's fitFDist by the method of moments on ln s^2; null when fewer than MIN_FAMILY are usable. */
export function fitVariancePrior(obs: readonly VarianceObservation[]): VariancePrior | null {
  const ok = obs.filter(usable);
  const k = ok.length;
  if (k < MIN_FAMILY) return null;
  const e = ok.map((o) => Math.log(o.s2) - digamma(o.df / 2) + Math.log(o.df / 2));
  const ebar = e.reduce((a, v) => a + v, 0) / k;
  const evar = e.reduce((a, v) => a + (v - ebar) ** 2, 0) / (k - 1);
  const excess = evar - ok.reduce((a, o) => a + trigamma(o.df / 2), 0) / k;
  const dfTotal = ok.reduce((a, o) => a + o.df, 0);
  if (!(excess > 0)) return { s02: Math.exp(ebar), d0: Infinity, used: k, dfTotal };
  const d0 = 2 * trigammaInverse(excess);
  return { s02: Math.exp(ebar + digamma(d0 / 2) - Math.log(d0 / 2)), d0, used: k, dfTotal };
}

/** The prior df one key is given: d0 capped at the total df of the other keys in the fit. */
export function cappedPriorDf(prior: VariancePrior, own: VarianceObservation): number {
  const others = prior.dfTotal - (usable(own) ? own.df : 0);
  return Math.min(prior.d0, others);
}

/** limma's squeezeVar for one key: the posterior variance and its df (d0 capped, see above). */
export function squeezeVariance(
  prior: VariancePrior,
  own: VarianceObservation,
): { s2: number; df: number; d0: number } {
  const d0 = cappedPriorDf(prior, own);
  const d = own.df > 0 && Number.isFinite(own.s2) ? own.df : 0;
  const s2 = d > 0 ? (d0 * prior.s02 + d * own.s2) / (d0 + d) : prior.s02;
  return { s2, df: d0 + d, d0 };
}
