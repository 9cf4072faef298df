// The two-component variance model of a calibrated comparison (issue 9, replacing DESIGN section 4's
// "Welch interval from the run-to-run spread").
//
// Per key, run i of a side gives y_i = ln(statistic_i) = mu + b_i + e_i, where
//   e_i  is the run's own sampling error, variance w_i, known from the run itself (its order-statistic,
//        Wilson, Poisson, t or rounds interval: w_i = ((ln U_i - ln L_i) / (2 z))^2), with degrees of
//        freedom n_i - 1 (n_i the samples behind the statistic: requests, trials, rounds);
//   b_i  is the between-run effect (environment, warm-up, neighbours), variance tau^2, estimated from
//        calibration runs of one build as max(0, s^2 - mean w) with df = runs - 1, where s^2 is their
//        sample variance of y.
// For m baseline and n candidate runs, d = mean(y_cand) - mean(y_base) has
//   Var(d) = tau^2 (1/m + 1/n) + sum_i w_i / m^2 + sum_j w_j / n^2
// and the degrees of freedom follow Welch-Satterthwaite over the independent components:
//   df = Var(d)^2 / sum_k (v_k^2 / df_k).
// The bounds are d -/+ t(confidence, df) * sqrt(Var(d)) on the log scale. A run's own interval is
// often asymmetric (a percentile next to a latency tail: its upper bound far, its lower bound near),
// so each bound uses the side of each run's interval that moves it: the lower bound of d the
// candidate runs' lower half-widths and the baseline runs' upper ones, w- = ((y - ln L) / z)^2 and
// w+ = ((ln U - y) / z)^2, the upper bound the other halves; each bound has its own Var and df. The
// symmetric w = ((ln U - ln L) / 2z)^2 is what estimates tau^2 (calibrate).
// Without a noise entry, a side's s^2 may come moderated across the comparison's default keys
// (empirical Bayes, moderation.ts): s~^2 with df d0 + runs - 1 takes the place of s^2 and its df.

export interface VarianceComponent {
  /** what it is, for reasons and tests */
  label: string;
  /** its contribution to Var(d) */
  v: number;
  /** its degrees of freedom (Infinity allowed) */
  df: number;
}

/** Welch-Satterthwaite: total variance and its degrees of freedom (Infinity when every df is). */
export function satterthwaite(components: VarianceComponent[]): { variance: number; df: number } {
  let variance = 0;
  let den = 0;
  for (const c of components) {
    if (!(c.v > 0)) continue;
    variance += c.v;
    if (Number.isFinite(c.df)) den += (c.v * c.v) / c.df;
  }
  return { variance, df: variance > 0 && den > 0 ? (variance * variance) / den : Infinity };
}

/** One run's log statistic with its sampling variance and that variance's degrees of freedom. */
export interface LogRun {
  y: number;
  /** sampling variance of y (symmetric, from the whole interval); null when the run has no interval */
  w: number | null;
  /** one-sided sampling variances from the lower / upper half of the interval (default: w) */
  wLo?: number | null;
  wHi?: number | null;
  /** samples behind the statistic */
  n: number;
}

/** A run's log statistic and sampling variances from its one-sided bounds at z = Φ⁻¹(confidence). */
export function logRun(
  value: number,
  lower: number | null,
  upper: number | null,
  n: number,
  z: number,
): LogRun {
  const y = Math.log(value);
  if (lower === null || upper === null || !(lower > 0) || !(upper > 0) || !Number.isFinite(upper))
    return { y, w: null, n };
  const lo = Math.max(0, y - Math.log(lower));
  const hi = Math.max(0, Math.log(upper) - y);
  return { y, w: ((lo + hi) / (2 * z)) ** 2, wLo: (lo / z) ** 2, wHi: (hi / z) ** 2, n };
}

/** Sample variance of the log statistics of runs of one build (df = runs - 1; NaN below 2 runs). */
export function logSampleVariance(ys: readonly number[]): { s2: number; df: number } {
  const k = ys.length;
  if (k < 2) return { s2: NaN, df: 0 };
  const mean = ys.reduce((a, y) => a + y, 0) / k;
  return { s2: ys.reduce((a, y) => a + (y - mean) ** 2, 0) / (k - 1), df: k - 1 };
}

/** A side's sample variance moderated across a family of keys (moderation.ts): s~^2 and its df. */
export interface ModeratedVariance {
  s2: number;
  df: number;
}

/**
 * Between-run variance estimate: max(0, s^2 - mean w) over runs of one build, df = runs - 1; with a
 * moderated s~^2 (empirical Bayes across keys) that replaces s^2, with its df.
 */
export function betweenRunVariance(
  runs: LogRun[],
  moderated?: ModeratedVariance,
): { tau2: number; df: number; s2: number; w: number } {
  const k = runs.length;
  if (k < 2 && !moderated) return { tau2: 0, df: 0, s2: NaN, w: NaN };
  const own = logSampleVariance(runs.map((r) => r.y));
  const s2 = moderated ? moderated.s2 : own.s2;
  const ws = runs.filter((r) => r.w !== null).map((r) => r.w!);
  const w = ws.length > 0 ? ws.reduce((a, v) => a + v, 0) / ws.length : 0;
  return { tau2: Math.max(0, s2 - w), df: moderated ? moderated.df : own.df, s2, w };
}

export interface CombinedInput {
  baseline: LogRun[];
  candidate: LogRun[];
  /** between-run variance from a noise file, with its df */
  noise?: { tau2: number; df: number; w?: number };
  /**
   * each side's sample variance moderated across the family of default keys (ignored with a noise
   * entry, which keeps its own), and the words for the reason
   */
  moderated?: { baseline?: ModeratedVariance; candidate?: ModeratedVariance; text: string };
}

export interface BoundSpread {
  se: number;
  df: number;
}

export interface CombinedInterval {
  d: number;
  /** the spread behind the lower bound of d (candidate lower halves, baseline upper halves) */
  lo: BoundSpread;
  /** the spread behind the upper bound of d */
  hi: BoundSpread;
  /** between-run components (shared by both bounds) */
  components: VarianceComponent[];
  /** how tau^2 was obtained, for reasons */
  tauSource: string;
  /** the between-run variance used (pooled, or per side as [baseline, candidate]) */
  tau2: number | [number, number];
  /** runs with a sampling interval */
  sampled: number;
}

const sampleDf = (n: number) => Math.max(1, n - 1);

/**
 * The combined interval's centre and, per bound, standard error and df. Where tau^2 comes from:
 *  - a noise-file entry: its tau^2 (df from the file), pooled with each side that has >= 2 runs
 *    (each side's own estimate, df runs - 1; df add up); one tau^2 for both sides;
 *  - no noise entry, both sides >= 2 runs: each side's own estimate for that side (Welch);
 *  - no noise entry, one side with 1 run: the multi-run side's estimate for both sides.
 * A run without a sampling interval contributes the noise file's recorded calibration sampling
 * variance when there is one, else nothing (its spread is then all in the between-run part).
 */
export function combinedInterval(input: CombinedInput): CombinedInterval {
  const { baseline: bs, candidate: cs, noise } = input;
  const mod = noise ? undefined : input.moderated;
  const m = bs.length;
  const n = cs.length;
  const fill = (r: LogRun): LogRun =>
    r.w === null && noise?.w !== undefined ? { ...r, w: noise.w, wLo: noise.w, wHi: noise.w } : r;
  const b = bs.map(fill);
  const c = cs.map(fill);
  const mean = (list: LogRun[]) => list.reduce((a, r) => a + r.y, 0) / list.length;
  const d = mean(c) - mean(b);
  const components: VarianceComponent[] = [];
  let tauSource: string;
  let tau2: number | [number, number];
  if (noise) {
    const parts = [{ tau2: noise.tau2, df: noise.df }];
    if (m >= 2) parts.push(betweenRunVariance(b));
    if (n >= 2) parts.push(betweenRunVariance(c));
    const df = parts.reduce((a, p) => a + p.df, 0);
    const t2 = df > 0 ? parts.reduce((a, p) => a + p.df * p.tau2, 0) / df : 0;
    components.push({ label: 'between-run', v: t2 * (1 / m + 1 / n), df });
    tau2 = t2;
    tauSource = `between-run variance from the noise file (df ${noise.df})${parts.length > 1 ? ' pooled with the observed runs' : ''}`;
  } else if (m >= 2 && n >= 2) {
    const tb = betweenRunVariance(b, mod?.baseline);
    const tc = betweenRunVariance(c, mod?.candidate);
    components.push({ label: 'between-run (baseline)', v: tb.tau2 / m, df: tb.df });
    components.push({ label: 'between-run (candidate)', v: tc.tau2 / n, df: tc.df });
    tau2 = [tb.tau2, tc.tau2];
    tauSource = `between-run variance of each side from its own runs${mod ? `, ${mod.text}` : ''}`;
  } else {
    const multi = m >= 2 ? b : c;
    const t = betweenRunVariance(multi, m >= 2 ? mod?.baseline : mod?.candidate);
    components.push({ label: 'between-run', v: t.tau2 * (1 / m + 1 / n), df: t.df });
    tau2 = t.tau2;
    tauSource = `between-run variance of the ${m >= 2 ? 'baseline' : 'candidate'} side for both sides (one run on the other side)${mod ? `, ${mod.text}` : ''}`;
  }
  const half = (r: LogRun, side: 'lo' | 'hi'): number | null =>
    r.w === null ? null : ((side === 'lo' ? r.wLo : r.wHi) ?? r.w);
  const spread = (bSide: 'lo' | 'hi', cSide: 'lo' | 'hi'): BoundSpread => {
    const list = [...components];
    for (const r of b) {
      const w = half(r, bSide);
      if (w !== null) list.push({ label: 'sampling (baseline run)', v: w / (m * m), df: sampleDf(r.n) });
    }
    for (const r of c) {
      const w = half(r, cSide);
      if (w !== null) list.push({ label: 'sampling (candidate run)', v: w / (n * n), df: sampleDf(r.n) });
    }
    const s = satterthwaite(list);
    return { se: Math.sqrt(s.variance), df: s.df };
  };
  return {
    d,
    // d's lower bound moves down with a low candidate and a high baseline
    lo: spread('hi', 'lo'),
    hi: spread('lo', 'hi'),
    components,
    tauSource,
    tau2,
    sampled: [...b, ...c].filter((r) => r.w !== null).length,
  };
}
