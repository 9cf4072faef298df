// Confidence intervals. Every interval here has ONE-SIDED bounds at `confidence`: `lower` is a
// `confidence` lower bound and `upper` a `confidence` upper bound (so [lower, upper] is a two-sided
// interval at 2*confidence - 1: 0.95 one-sided bounds = the 90 % two-sided interval). That is what the
// verdict rules of DESIGN section 4 use ("one-sided bounds L and U (95%)").

import { binomialCdf, gammaQuantile, normalQuantile, tQuantile } from './distributions.js';
import { percentileSorted } from './percentile.js';

export interface Interval {
  lower: number;
  upper: number;
}

function checkConfidence(c: number): void {
  if (!(c > 0.5 && c < 1)) throw new RangeError(`confidence must be in (0.5, 1) (got ${c})`);
}

// ---------------------------------------------------------------------------------------------
// Means

export interface WelchResult extends Interval {
  /** difference mean(y) - mean(x) */
  estimate: number;
  se: number;
  /** Welch-Satterthwaite degrees of freedom */
  df: number;
  /** the t quantile used for the bounds */
  tCritical: number;
}

export interface SampleSummary {
  mean: number;
  /** sample standard deviation (n - 1 denominator) */
  sd: number;
  n: number;
}

export function summarize(values: ArrayLike<number>): SampleSummary {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += (values[i] - mean) / (i + 1);
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  return { mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : NaN, n };
}

/** Welch-Satterthwaite degrees of freedom for two variances of the mean v1 = s1²/n1, v2 = s2²/n2. */
export function welchDf(v1: number, n1: number, v2: number, n2: number): number {
  const num = (v1 + v2) ** 2;
  const den = (v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1);
  return den > 0 ? num / den : Infinity;
}

/**
 * Welch interval for mean(y) - mean(x) with one-sided bounds at `confidence`.
 * Accepts raw samples or summaries (mean, sd, n); each side needs n >= 2.
 */
export function welchInterval(
  x: ArrayLike<number> | SampleSummary,
  y: ArrayLike<number> | SampleSummary,
  confidence = 0.95,
): WelchResult {
  checkConfidence(confidence);
  const sx = 'mean' in x ? x : summarize(x);
  const sy = 'mean' in y ? y : summarize(y);
  if (sx.n < 2 || sy.n < 2) throw new RangeError('welchInterval: each side needs at least 2 values');
  const vx = (sx.sd * sx.sd) / sx.n;
  const vy = (sy.sd * sy.sd) / sy.n;
  const se = Math.sqrt(vx + vy);
  const df = welchDf(vx, sx.n, vy, sy.n);
  const estimate = sy.mean - sx.mean;
  const tCritical = tQuantile(confidence, df);
  return { estimate, se, df, tCritical, lower: estimate - tCritical * se, upper: estimate + tCritical * se };
}

/** t interval for a mean (one-sided bounds at `confidence`). */
export function meanInterval(
  values: ArrayLike<number> | SampleSummary,
  confidence = 0.95,
): Interval & SampleSummary {
  checkConfidence(confidence);
  const s = 'mean' in values ? values : summarize(values);
  if (s.n < 2) throw new RangeError('meanInterval: needs at least 2 values');
  const half = (tQuantile(confidence, s.n - 1) * s.sd) / Math.sqrt(s.n);
  return { ...s, lower: s.mean - half, upper: s.mean + half };
}

// ---------------------------------------------------------------------------------------------
// Proportions

/** Wilson score interval for `successes` out of `trials` (one-sided bounds at `confidence`). */
export function wilsonInterval(
  successes: number,
  trials: number,
  confidence = 0.95,
): Interval & { estimate: number } {
  checkConfidence(confidence);
  if (!(trials > 0)) throw new RangeError('wilsonInterval: trials must be > 0');
  if (successes < 0 || successes > trials)
    throw new RangeError('wilsonInterval: successes must be in [0, trials]');
  const z = normalQuantile(confidence);
  const n = trials;
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // exact ends: with 0 successes the lower bound is exactly 0, with all successes the upper is 1
  const lower = successes === 0 ? 0 : Math.max(0, center - half);
  const upper = successes === trials ? 1 : Math.min(1, center + half);
  return { estimate: p, lower, upper };
}

/**
 * Newcombe's hybrid score interval (method 10) for the difference p2 - p1 of two independent
 * proportions (x1/n1 = baseline, x2/n2 = candidate), one-sided bounds at `confidence`.
 */
export function newcombeDifference(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  confidence = 0.95,
): Interval & { estimate: number } {
  const w1 = wilsonInterval(x1, n1, confidence);
  const w2 = wilsonInterval(x2, n2, confidence);
  const p1 = w1.estimate;
  const p2 = w2.estimate;
  const d = p2 - p1;
  const lower = d - Math.sqrt((p2 - w2.lower) ** 2 + (w1.upper - p1) ** 2);
  const upper = d + Math.sqrt((w2.upper - p2) ** 2 + (p1 - w1.lower) ** 2);
  return { estimate: d, lower, upper };
}

/**
 * Bounds for the ratio p2/p1 of two rates from their Wilson bounds, combined as bounds (never as
 * symmetric standard errors): lower = p2.lower / p1.upper, upper = p2.upper / p1.lower. A zero
 * denominator gives Infinity (unbounded); the lower bound is always finite since p1.upper > 0.
 */
export function rateRatioBounds(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  confidence = 0.95,
): Interval & { estimate: number } {
  const w1 = wilsonInterval(x1, n1, confidence);
  const w2 = wilsonInterval(x2, n2, confidence);
  const estimate = w1.estimate > 0 ? w2.estimate / w1.estimate : w2.estimate > 0 ? Infinity : 1;
  return {
    estimate,
    lower: w2.lower / w1.upper,
    upper: w1.lower > 0 ? w2.upper / w1.lower : Infinity,
  };
}

// ---------------------------------------------------------------------------------------------
// Percentiles from order statistics (distribution-free)

/** Above this n the binomial ranks come from the normal approximation (tested to agree). */
export const NORMAL_APPROX_MIN_N = 20_000_000;

export interface OrderStatisticRanks {
  /** 1-based rank r with P(X_(r) <= ξ_p) >= confidence, the largest such; null when none exists */
  lower: number | null;
  /** 1-based rank r with P(X_(r) >= ξ_p) >= confidence, the smallest such; null when none exists */
  upper: number | null;
  method: 'exact' | 'normal';
}

/**
 * Ranks of the order statistics that bound the p-quantile with one-sided confidence:
 * upper = min { r : P(Bin(n,p) <= r-1) >= c }, lower = max { r : P(Bin(n,p) >= r) >= c }.
 */
export function orderStatisticRanks(
  n: number,
  p: number,
  confidence = 0.95,
  method: 'auto' | 'exact' | 'normal' = 'auto',
): OrderStatisticRanks {
  checkConfidence(confidence);
  if (!(p > 0 && p < 1)) throw new RangeError(`orderStatisticRanks: p must be in (0, 1) (p=${p})`);
  if (!Number.isInteger(n) || n < 1) return { lower: null, upper: null, method: 'exact' };
  const useNormal = method === 'normal' || (method === 'auto' && n >= NORMAL_APPROX_MIN_N);
  if (useNormal) {
    // continuity-corrected normal approximation to Bin(n, p)
    const z = normalQuantile(confidence);
    const mu = n * p;
    const sd = Math.sqrt(n * p * (1 - p));
    const u = Math.ceil(mu + z * sd + 0.5); // P(Bin <= u-1) >= c  <=>  u-1 >= mu + z sd - 0.5
    const l = Math.floor(mu - z * sd + 0.5); // P(Bin >= l) >= c <=> l-1 <= mu - z sd - 0.5
    return { lower: l >= 1 ? l : null, upper: u <= n ? u : null, method: 'normal' };
  }
  const cdf = (k: number) => binomialCdf(k, n, p);
  // upper: smallest k = r-1 in [0, n-1] with cdf(k) >= c
  let upper: number | null = null;
  if (cdf(n - 1) >= confidence) {
    let lo = -1; // cdf(lo) < c (virtual)
    let hi = n - 1; // cdf(hi) >= c
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (cdf(mid) >= confidence) hi = mid;
      else lo = mid;
    }
    upper = hi + 1;
  }
  // lower: largest k = r-1 in [0, n-1] with cdf(k) <= 1-c, r = k+1
  let lower: number | null = null;
  const alpha = 1 - confidence;
  if (cdf(0) <= alpha) {
    let lo = 0; // cdf(lo) <= alpha
    let hi = n; // cdf(n) = 1 > alpha
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (cdf(mid) <= alpha) lo = mid;
      else hi = mid;
    }
    lower = lo + 1;
  }
  return { lower, upper, method: 'exact' };
}

/**
 * Samples a p-quantile needs for a one-sided bound at `confidence`:
 * upper bound n >= ln(1-c)/ln(p) (p99 at 95 %: 299), lower bound n >= ln(1-c)/ln(1-p); 'both' = max.
 */
export function samplesNeeded(
  p: number,
  confidence = 0.95,
  side: 'upper' | 'lower' | 'both' = 'both',
): number {
  checkConfidence(confidence);
  if (!(p > 0 && p < 1)) throw new RangeError(`samplesNeeded: p must be in (0, 1) (p=${p})`);
  const a = Math.log(1 - confidence);
  // tiny epsilon guards against ln ratios that land a hair above an integer
  const up = Math.ceil(a / Math.log(p) - 1e-9);
  const low = Math.ceil(a / Math.log1p(-p) - 1e-9);
  return side === 'upper' ? up : side === 'lower' ? low : Math.max(up, low);
}

export interface PercentileInterval {
  /** the point estimate, k6's rule (i = p*(n-1), linear interpolation) */
  value: number;
  lower: number | null;
  upper: number | null;
  lowerRank: number | null;
  upperRank: number | null;
  n: number;
  needed: number;
}

/** "p95 = 54.0 ms [51.2, 57.9]": k6's percentile with its distribution-free bounds. */
export function percentileInterval(
  sorted: ArrayLike<number>,
  p: number,
  confidence = 0.95,
): PercentileInterval {
  const n = sorted.length;
  const value = percentileSorted(sorted, p);
  const needed = p > 0 && p < 1 ? samplesNeeded(p, confidence) : 1;
  if (!(p > 0 && p < 1) || n === 0) {
    return { value, lower: null, upper: null, lowerRank: null, upperRank: null, n, needed };
  }
  const r = orderStatisticRanks(n, p, confidence);
  return {
    value,
    lower: r.lower !== null ? sorted[r.lower - 1] : null,
    upper: r.upper !== null ? sorted[r.upper - 1] : null,
    lowerRank: r.lower,
    upperRank: r.upper,
    n,
    needed,
  };
}

// ---------------------------------------------------------------------------------------------
// Poisson

/**
 * Exact (Garwood) one-sided bounds for a Poisson rate: `count` events over `exposure` (seconds, or
 * 1 for the count itself). lower = Gamma^-1(1-c; k) / T (0 when k = 0), upper = Gamma^-1(c; k+1) / T.
 */
export function poissonInterval(
  count: number,
  exposure = 1,
  confidence = 0.95,
): Interval & { estimate: number } {
  checkConfidence(confidence);
  if (!(count >= 0)) throw new RangeError('poissonInterval: count must be >= 0');
  if (!(exposure > 0)) throw new RangeError('poissonInterval: exposure must be > 0');
  const lower = count > 0 ? gammaQuantile(1 - confidence, count) / exposure : 0;
  const upper = gammaQuantile(confidence, count + 1) / exposure;
  return { estimate: count / exposure, lower, upper };
}
