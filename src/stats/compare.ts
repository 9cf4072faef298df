// The verdict engine (DESIGN section 4). Per key, the unit of replication is the run: each run gives
// one statistic (run-statistic.ts), and the ratio candidate/baseline is judged on the log scale.
//
// Modes:
//  - calibrated (>= 2 runs on one side, or a noise-file entry for the key): two variance components
//    kept apart (components.ts, issue 9): each run's own sampling variance of the log statistic (from
//    its interval, df from its sample count) plus the between-run variance (from the noise file, the
//    observed runs beyond their sampling variance, or both pooled; df from the number of runs),
//    combined by Welch-Satterthwaite; bounds exp(d -/+ t(conf, df)·SE).
//  - uncalibrated (one run per side, no noise entry): bounds from each run's own interval, combined
//    as BOUNDS: L = cand.lower / base.upper, U = cand.upper / base.lower, then widened by the
//    run-to-run allowance `uncalibratedMargin` (L/(1+m), U·(1+m)). Deliberate deviation from
//    DESIGN's bare rule: identical code drifts 5-10 % between runs (the pytest-benchmark controls
//    differ by up to ~9 % with very tight intervals), which the bare rule would call a regression.
//    An uncalibrated comparison never gives `improvement-confirmed` (at most `improvement`).
//
// Verdicts, `decrease` (lower is better):  regression L > 1 + tol; improvement-confirmed U <= 1 - target
// (calibrated only); improvement ratio <= 1 - target; else no-change.
// `increase` (higher is better) mirrors as a change relative to the baseline, the same percentage a
// report prints for a throughput change: regression U < 1 - tol; improvement-confirmed L >= 1 + target;
// improvement ratio >= 1 + target.
//
// Zeros (log undefined): rates pool their counts per side and use Wilson bounds (ratio bounds with a
// zero denominator are unbounded, never a division by zero); other statistics use the envelope of
// their runs' intervals; both are judged as uncalibrated. Baseline 0 and candidate > 0 for an error
// rate: L = cand.lower / base.upper is finite (Wilson's upper bound of 0/n is > 0), so a clear rise
// from zero is a regression, a rise of one or two failures is not; an improvement from 0 is impossible.
//
// Many keys: Benjamini-Hochberg at `fdr` over the default (not named) calibrated keys, one one-sided
// p-value per key from the same t statistic; a default key's regression / improvement-confirmed
// stands only when BH rejects. Before it, the between-run variance of the default calibrated keys
// without a noise entry is moderated across them (empirical Bayes, family.ts / moderation.ts:
// compareFamily), so 2 runs per side do not leave each key with 1 df. Named keys are judged alone.

import type {
  Comparison,
  ComparisonVerdict,
  Direction,
  KeySpec,
  NoiseEntry,
  NoiseFile,
  Run,
  SourceRef,
} from '../model.js';
import { normalQuantile, tCdf, tQuantile } from './distributions.js';
import { wilsonInterval } from './intervals.js';
import { combinedInterval, logRun, type BoundSpread, type LogRun } from './components.js';
import { moderateFamily, type KeyModeration } from './family.js';
import { defaultKeys } from './default-keys.js';
import { formatKey, formatMetric, isBenchmarkMetric, sameKey } from './keys.js';
import { runStatistic, type RunStatistic } from './run-statistic.js';

export interface CompareOptions {
  /** named keys, judged alone */
  keys?: KeySpec[];
  /** add the default set (default: true when no keys are named) */
  defaultKeys?: boolean;
  /** improvement target, a fraction (0.15) */
  target: number;
  /** regression tolerance, a fraction (0.05) */
  tolerance: number;
  /** one-sided confidence of each bound (0.95) */
  confidence: number;
  noise?: NoiseFile;
  /** run-to-run allowance applied to uncalibrated bounds (default 0.10) */
  uncalibratedMargin?: number;
  /** Benjamini-Hochberg q over the default keys (default 0.05) */
  fdr?: number;
}

export const DEFAULT_UNCALIBRATED_MARGIN = 0.1;
export const DEFAULT_FDR = 0.05;

type PresentStat = Extract<RunStatistic, { present: true }>;

// ---------------------------------------------------------------------------------------------
// formatting helpers (reasons)

function fmtValue(v: number | null, unit?: string): string {
  if (v === null || !Number.isFinite(v)) return v === Infinity ? '∞' : 'n/a';
  if (unit === 's') return fmtSeconds(v);
  const a = Math.abs(v);
  const s =
    a === 0
      ? '0'
      : a >= 100
        ? v.toFixed(1)
        : a >= 1
          ? v.toFixed(2)
          : a >= 0.01
            ? v.toFixed(4)
            : v.toPrecision(3);
  return unit ? `${s} ${unit}` : s;
}

function fmtSeconds(v: number): string {
  const a = Math.abs(v);
  if (a >= 1) return `${v.toFixed(3)} s`;
  if (a >= 1e-3) return `${(v * 1e3).toFixed(2)} ms`;
  if (a >= 1e-6) return `${(v * 1e6).toFixed(1)} µs`;
  return `${(v * 1e9).toFixed(0)} ns`;
}

function fmtRatio(r: number | null): string {
  if (r === null) return 'n/a';
  if (r === Infinity) return '∞';
  return r.toFixed(3);
}

function fmtPct(r: number | null): string {
  if (r === null || !Number.isFinite(r)) return r === Infinity ? '+∞ %' : 'n/a';
  const p = (r - 1) * 100;
  return `${p >= 0 ? '+' : ''}${p.toFixed(1)} %`;
}

function fmtP(p: number): string {
  return p < 1e-4 ? p.toExponential(1) : p.toFixed(4);
}

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

// ---------------------------------------------------------------------------------------------
// verdict rules

export interface VerdictInput {
  direction: Direction;
  ratio: number;
  /** lower bound of the ratio (0 when unbounded below) */
  lower: number;
  /** upper bound of the ratio (Infinity when unbounded) */
  upper: number;
  calibrated: boolean;
  tolerance: number;
  target: number;
}

/** DESIGN section 4's rules; `increase` mirrors as a change relative to the baseline. */
export function decideVerdict(v: VerdictInput): Exclude<ComparisonVerdict, 'insufficient-data' | 'error'> {
  if (v.direction === 'decrease') {
    if (v.lower > 1 + v.tolerance) return 'regression';
    if (v.calibrated && v.upper <= 1 - v.target) return 'improvement-confirmed';
    if (v.ratio <= 1 - v.target) return 'improvement';
    return 'no-change';
  }
  if (v.upper < 1 - v.tolerance) return 'regression';
  if (v.calibrated && v.lower >= 1 + v.target) return 'improvement-confirmed';
  if (v.ratio >= 1 + v.target) return 'improvement';
  return 'no-change';
}

function thresholdsText(
  direction: Direction,
  tolerance: number,
  target: number,
): { reg: string; imp: string } {
  return direction === 'decrease'
    ? { reg: `lower bound > ${fmtRatio(1 + tolerance)}`, imp: `upper bound <= ${fmtRatio(1 - target)}` }
    : { reg: `upper bound < ${fmtRatio(1 - tolerance)}`, imp: `lower bound >= ${fmtRatio(1 + target)}` };
}

// ---------------------------------------------------------------------------------------------
// one key

export interface StatisticsInput {
  key: KeySpec;
  /** one entry per run; `labels` name them in reasons */
  baseline: RunStatistic[];
  candidate: RunStatistic[];
  baselineLabels?: string[];
  candidateLabels?: string[];
}

function ratioOf(c: number, b: number): number {
  return b > 0 ? c / b : c > 0 ? Infinity : 1;
}
/** lower bound of c/b from bounds: a zero denominator with a positive numerator is unbounded above */
function lowerRatio(cLower: number, bUpper: number): number {
  return bUpper > 0 ? cLower / bUpper : cLower > 0 ? Infinity : 0;
}
function upperRatio(cUpper: number, bLower: number): number {
  return bLower > 0 ? cUpper / bLower : Infinity;
}

/**
 * Judge one key from per-run statistics (the core of compareRuns; also used by the simulation test
 * where runs are generated without building full arrays). `sources` is left empty.
 */
export function compareStatistics(
  input: StatisticsInput,
  opts: CompareOptions,
  moderated?: KeyModeration,
): Comparison {
  const row = finishRow(judgeKey(input, opts, moderated), opts);
  // a side read through a quantile sketch (a run past its budget of kept values): the row says so,
  // and its bounds were widened by the sketch's relative error run by run (run-statistic.ts)
  const sketched = [...input.baseline, ...input.candidate].filter((s) => s.present && s.exact === false);
  if (sketched.length > 0) {
    row.exact = false;
    row.relative_error = Math.max(...sketched.map((s) => (s.present && s.relative_error) || 0));
    (row.notes ??= []).push(
      `percentiles from a quantile sketch (within ${pct(row.relative_error * 100)}% of exact; the interval widened by it): the run outgrew the budget of kept values`,
    );
  }
  return row;
}

function judgeKey(input: StatisticsInput, opts: CompareOptions, moderated?: KeyModeration): Comparison {
  const { key } = input;
  const conf = opts.confidence;
  const tol = opts.tolerance;
  const target = opts.target;
  const margin = opts.uncalibratedMargin ?? DEFAULT_UNCALIBRATED_MARGIN;
  const keyStr = formatKey(key);
  const direction = key.direction;
  const row: Comparison = {
    key: keyStr,
    direction,
    baseline: null,
    candidate: null,
    ratio: null,
    lower: null,
    upper: null,
    verdict: 'insufficient-data',
    calibrated: false,
    runs: { baseline: input.baseline.length, candidate: input.candidate.length },
    sources: { baseline: [], candidate: [] },
    named: key.named ?? false,
    reason: '',
  };
  const bLabels = input.baselineLabels ?? input.baseline.map((_, i) => `baseline #${i + 1}`);
  const cLabels = input.candidateLabels ?? input.candidate.map((_, i) => `candidate #${i + 1}`);

  if (input.baseline.length === 0 || input.candidate.length === 0) {
    row.reason = `no ${input.baseline.length === 0 ? 'baseline' : 'candidate'} runs: nothing to compare`;
    return row;
  }
  const missing: string[] = [];
  for (const [side, list] of [
    ['baseline', input.baseline],
    ['candidate', input.candidate],
  ] as const) {
    const miss = list.filter((s): s is Extract<RunStatistic, { present: false }> => !s.present);
    if (miss.length > 0) {
      missing.push(
        `${side}: ${miss[0].reason}${miss.length > 1 ? ` (and ${miss.length - 1} more runs)` : ''}`,
      );
    }
  }
  const errors = [...input.baseline, ...input.candidate].filter(
    (s): s is Extract<RunStatistic, { present: false }> => !s.present && s.error === true,
  );
  if (errors.length > 0) {
    row.verdict = 'error';
    row.reason = errors.map((e) => e.reason).join('; ');
    return row;
  }
  if (missing.length > 0) {
    row.reason = `key missing: ${missing.join('; ')}`;
    return row;
  }
  const bs = input.baseline as PresentStat[];
  const cs = input.candidate as PresentStat[];
  const unit = bs[0].unit ?? cs[0].unit;
  if (unit) row.unit = unit;
  const needed = Math.max(...bs.map((s) => s.needed), ...cs.map((s) => s.needed));
  const minIdx = (list: PresentStat[]) => list.reduce((best, s, i) => (s.n < list[best].n ? i : best), 0);
  const bMin = minIdx(bs);
  const cMin = minIdx(cs);
  row.samples = { baseline: bs[bMin].n, candidate: cs[cMin].n, needed };
  const short: string[] = [];
  if (bs[bMin].n < needed) short.push(`baseline run "${bLabels[bMin]}" has ${bs[bMin].n} samples`);
  if (cs[cMin].n < needed) short.push(`candidate run "${cLabels[cMin]}" has ${cs[cMin].n} samples`);
  if (short.length > 0) {
    row.reason = `${short.join('; ')}; ${key.stat} at ${Math.round(conf * 100)} % needs ${needed}`;
    return row;
  }

  const m = bs.length;
  const n = cs.length;
  const allPositive = bs.every((s) => s.value > 0) && cs.every((s) => s.value > 0);
  const noise = noiseEntry(opts.noise, key);
  const th = thresholdsText(direction, tol, target);

  // -------- zeros: log scale undefined
  if (!allPositive) return zeroPath(row, key, bs, cs, opts, margin, th);

  const gm = (list: PresentStat[]) => Math.exp(list.reduce((a, s) => a + Math.log(s.value), 0) / list.length);
  row.baseline = gm(bs);
  row.candidate = gm(cs);

  // -------- uncalibrated: one run per side, no noise entry
  if (m === 1 && n === 1 && !noise) {
    const b = bs[0];
    const c = cs[0];
    if (b.lower === null || b.upper === null || c.lower === null || c.upper === null) {
      const which =
        b.lower === null || b.upper === null
          ? `baseline run "${bLabels[0]}"`
          : `candidate run "${cLabels[0]}"`;
      const note = (b.lower === null || b.upper === null ? b.note : c.note) ?? 'no sampling interval';
      row.ratio = ratioOf(c.value, b.value);
      row.reason = `one run per side and ${which} has no sampling interval for ${key.stat} (${note}): repeat the runs (2+ per side) or give a noise file`;
      return row;
    }
    const ratio = ratioOf(c.value, b.value);
    const L = lowerRatio(c.lower, b.upper) / (1 + margin);
    const U = upperRatio(c.upper, b.lower) * (1 + margin);
    row.ratio = finiteOrNull(ratio);
    row.lower = finiteOrNull(L);
    row.upper = finiteOrNull(U);
    row.verdict = decideVerdict({
      direction,
      ratio,
      lower: L,
      upper: U,
      calibrated: false,
      tolerance: tol,
      target,
    });
    row.reason = `${verdictPhrase(row.verdict, direction, ratio, L, U, th, false, target)}; uncalibrated: one run per side, bounds from each run's own interval (${b.method}) combined as bounds and widened by the ${Math.round(margin * 100)} % run-to-run allowance`;
    return row;
  }

  // -------- calibrated: two variance components on the log statistics (components.ts)
  return calibratedPath(row, bs, cs, noise, opts, direction, th, moderated);
}

/** Calibrated: two variance components on the log statistics (components.ts). */
function calibratedPath(
  row: Comparison,
  bs: PresentStat[],
  cs: PresentStat[],
  noise: ReturnType<typeof noiseEntry>,
  opts: CompareOptions,
  direction: Comparison['direction'],
  th: { reg: string; imp: string },
  moderated?: KeyModeration,
): Comparison {
  const conf = opts.confidence;
  const tol = opts.tolerance;
  const target = opts.target;
  const m = bs.length;
  const n = cs.length;
  row.calibrated = true;
  const z = normalQuantile(conf);
  const toLog = (s: PresentStat): LogRun => logRun(s.value, s.lower, s.upper, s.n, z);
  const ci = combinedInterval({
    baseline: bs.map(toLog),
    candidate: cs.map(toLog),
    noise: noise
      ? { tau2: noise.between_var_log, df: noise.df, w: noise.sampling_var_log ?? undefined }
      : undefined,
    moderated,
  });
  const d = ci.d;
  if (!(ci.lo.se > 0) || !(ci.hi.se > 0)) {
    row.ratio = Math.exp(d);
    row.reason = `no sampling interval in the runs and no run-to-run spread beyond it: cannot bound the ratio (repeat the runs with raw samples, or calibrate)`;
    return row;
  }
  const tauText = Array.isArray(ci.tau2)
    ? `SD ${Math.sqrt(ci.tau2[0]).toFixed(4)} / ${Math.sqrt(ci.tau2[1]).toFixed(4)}`
    : `SD ${Math.sqrt(ci.tau2).toFixed(4)}`;
  const method = `${ci.tauSource} (${tauText}) plus each run's own sampling variance${ci.sampled === 0 ? ' (none available)' : ''}, combined by Welch-Satterthwaite`;
  const ratio = Math.exp(d);
  const L = Math.exp(d - tQuantile(conf, ci.lo.df) * ci.lo.se);
  const U = Math.exp(d + tQuantile(conf, ci.hi.df) * ci.hi.se);
  row.ratio = ratio;
  row.lower = L;
  row.upper = U;
  row.verdict = decideVerdict({
    direction,
    ratio,
    lower: L,
    upper: U,
    calibrated: true,
    tolerance: tol,
    target,
  });
  // one-sided p-values of the two claims, each from the spread behind its bound
  const pAbove = (thr: number, b: BoundSpread) => 1 - tCdfInf((d - thr) / b.se, b.df); // claim d > thr
  const pBelow = (thr: number, b: BoundSpread) => tCdfInf((d - thr) / b.se, b.df); // claim d < thr
  let pReg: number;
  let pImp: number;
  if (direction === 'decrease') {
    pReg = pAbove(Math.log(1 + tol), ci.lo);
    pImp = pBelow(Math.log(1 - target), ci.hi);
  } else {
    pReg = pBelow(Math.log(1 - tol), ci.hi);
    pImp = pAbove(Math.log(1 + target), ci.lo);
  }
  row.pValue =
    row.verdict === 'regression'
      ? pReg
      : row.verdict === 'improvement-confirmed'
        ? pImp
        : Math.min(pReg, pImp);
  const dfText = (x: number) => (x === Infinity ? '∞' : x.toFixed(1));
  const dfs =
    dfText(ci.lo.df) === dfText(ci.hi.df)
      ? `df ${dfText(ci.lo.df)}`
      : `df ${dfText(ci.lo.df)} (lower bound) / ${dfText(ci.hi.df)} (upper bound)`;
  row.reason = `${verdictPhrase(row.verdict, direction, ratio, L, U, th, true, target)}; calibrated: ${m} v ${n} runs, ${method}, ${dfs}`;
  return row;
}

/** Student t CDF that also takes df = Infinity (the normal). */
function tCdfInf(t: number, df: number): number {
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  return Number.isFinite(df) ? tCdf(t, df) : tCdf(t, 1e12);
}

const pct = (v: number) => (v >= 10 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : v.toPrecision(2));

/**
 * The detectable change of a finished row (see Comparison.detectable_change) and the per-key note when
 * it exceeds the regression tolerance. Verdicts are not changed here.
 */
export function finishRow(row: Comparison, opts: Pick<CompareOptions, 'tolerance' | 'target'>): Comparison {
  const L = row.lower;
  const U = row.upper;
  if (row.verdict === 'insufficient-data' || row.verdict === 'error') {
    row.detectable_change = null;
    row.detectable_reason = `${row.verdict}: ${row.reason}`;
  } else if (row.baseline === 0 && row.candidate === 0 && L === null && U === null) {
    row.detectable_change = null;
    row.detectable_reason = 'zero on both sides: no interval';
  } else if (L === null || U === null || !(L > 0) || !Number.isFinite(U)) {
    row.detectable_change = null;
    row.detectable_reason =
      L === null && U === null
        ? 'no sampling interval'
        : 'the interval is unbounded (a zero on one side): no finite detectable change';
  } else {
    const h = (Math.log(U) - Math.log(L)) / 2;
    row.detectable_change = 100 * (Math.exp(h) - 1);
    delete row.detectable_reason;
    if (row.detectable_change > opts.tolerance * 100) {
      (row.notes ??= []).push(
        `blind to regressions below ${pct(row.detectable_change)}% (the ${pct(opts.tolerance * 100)}% tolerance is below what this comparison can see: run more requests or more runs${row.calibrated ? '' : ', or calibrate'})`,
      );
    }
    if (row.verdict === 'no-change' && row.detectable_change > opts.target * 100) {
      (row.notes ??= []).push(
        `this comparison cannot see changes below ${pct(row.detectable_change)}%: a missed ${pct(opts.target * 100)}% improvement target is not evidence either way (run more requests or more runs)`,
      );
    }
  }
  return row;
}

/** The noise-file entry of a key (`p50` and `med` are one statistic). */
function noiseEntry(noise: NoiseFile | undefined, key: KeySpec): NoiseEntry | undefined {
  if (!noise) return undefined;
  const alias: Record<string, string[]> = { p50: ['med'], med: ['p50'], median: ['med', 'p50'] };
  for (const stat of [key.stat, ...(alias[key.stat] ?? [])]) {
    const e = noise.keys[formatKey({ ...key, stat })];
    if (e && e.df > 0 && Number.isFinite(e.between_var_log) && e.between_var_log >= 0) return e;
  }
  return undefined;
}

function verdictPhrase(
  verdict: ComparisonVerdict,
  direction: Direction,
  ratio: number,
  L: number,
  U: number,
  th: { reg: string; imp: string },
  calibrated: boolean,
  target: number,
): string {
  const change = `${fmtPct(ratio)} (ratio ${fmtRatio(ratio)}, bounds [${fmtRatio(L)}, ${fmtRatio(U)}])`;
  switch (verdict) {
    case 'regression':
      return `${change}: ${th.reg}`;
    case 'improvement-confirmed':
      return `${change}: ${th.imp}, the ${Math.round(target * 100)} % target is confirmed`;
    case 'improvement':
      return calibrated
        ? `${change}: meets the ${Math.round(target * 100)} % target but not confirmed (needs ${th.imp})`
        : `${change}: meets the ${Math.round(target * 100)} % target; not confirmed without calibration`;
    default:
      return `${change}: no ${direction === 'decrease' ? 'increase' : 'decrease'} beyond tolerance (${th.reg} needed for a regression)`;
  }
}

function zeroPath(
  row: Comparison,
  key: KeySpec,
  bs: PresentStat[],
  cs: PresentStat[],
  opts: CompareOptions,
  margin: number,
  th: { reg: string; imp: string },
): Comparison {
  const tol = opts.tolerance;
  const target = opts.target;
  const direction = key.direction;
  const isRate = bs.every((s) => s.counts) && cs.every((s) => s.counts);
  let b: { value: number; lower: number | null; upper: number | null };
  let c: { value: number; lower: number | null; upper: number | null };
  let how: string;
  if (isRate) {
    const pool = (list: PresentStat[]) => {
      const successes = list.reduce((a, s) => a + s.counts!.successes, 0);
      const trials = list.reduce((a, s) => a + s.counts!.trials, 0);
      const w = wilsonInterval(successes, trials, opts.confidence);
      return { value: w.estimate, lower: w.lower, upper: w.upper, successes, trials };
    };
    const pb = pool(bs);
    const pc = pool(cs);
    b = pb;
    c = pc;
    how = `a rate of 0 (baseline ${pb.successes}/${pb.trials}, candidate ${pc.successes}/${pc.trials}): log scale undefined, judged on ${bs.length + cs.length > 2 ? 'pooled counts with ' : ''}Wilson bounds, uncalibrated, widened by the ${Math.round(margin * 100)} % allowance`;
  } else {
    const env = (list: PresentStat[]) => ({
      value: list.reduce((a, s) => a + s.value, 0) / list.length,
      lower: list.some((s) => s.lower === null) ? null : Math.min(...list.map((s) => s.lower!)),
      upper: list.some((s) => s.upper === null) ? null : Math.max(...list.map((s) => s.upper!)),
    });
    b = env(bs);
    c = env(cs);
    how = `a statistic of 0: log scale undefined, judged on the envelope of the runs' own intervals, uncalibrated, widened by the ${Math.round(margin * 100)} % allowance`;
    if (b.value === 0 && c.value === 0 && bs.every((s) => s.value === 0) && cs.every((s) => s.value === 0)) {
      row.baseline = 0;
      row.candidate = 0;
      row.ratio = 1;
      row.verdict = 'no-change';
      row.reason = `${key.stat} is 0 in every run on both sides`;
      return row;
    }
  }
  row.baseline = b.value;
  row.candidate = c.value;
  const ratio = ratioOf(c.value, b.value);
  row.ratio = finiteOrNull(ratio);
  if (b.lower === null || b.upper === null || c.lower === null || c.upper === null) {
    row.reason = `${key.stat} is 0 in a run (log scale undefined) and a run has no sampling interval for it: cannot bound the ratio; repeat the runs with raw samples (NDJSON)`;
    return row;
  }
  const L = lowerRatio(c.lower, b.upper) / (1 + margin);
  const U = upperRatio(c.upper, b.lower) * (1 + margin);
  row.lower = finiteOrNull(L);
  row.upper = finiteOrNull(U);
  row.verdict = decideVerdict({
    direction,
    ratio,
    lower: L,
    upper: U,
    calibrated: false,
    tolerance: tol,
    target,
  });
  row.reason = `${verdictPhrase(row.verdict, direction, ratio, L, U, th, false, target)}; ${how}`;
  return row;
}

// ---------------------------------------------------------------------------------------------
// false-discovery-rate control

/** Benjamini-Hochberg step-up: which of `pValues` are rejected at FDR `q`. */
export function benjaminiHochberg(pValues: number[], q: number): boolean[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  let k = 0;
  for (let r = 1; r <= m; r++) if (order[r - 1].p <= (r / m) * q) k = r;
  const out = new Array<boolean>(m).fill(false);
  for (let r = 0; r < k; r++) out[order[r].i] = true;
  return out;
}

/**
 * Apply BH over the default (not named) calibrated rows in place: a regression or
 * improvement-confirmed that BH does not reject becomes no-change (resp. improvement, which it then
 * is by definition: its ratio meets the target) with the reason "not significant after FDR control".
 */
export function applyFdr(rows: Comparison[], q = DEFAULT_FDR): Comparison[] {
  const family = rows.filter((r) => !r.named && r.calibrated && r.pValue !== undefined);
  if (family.length === 0) return rows;
  const rejected = benjaminiHochberg(
    family.map((r) => r.pValue!),
    q,
  );
  family.forEach((r, i) => {
    if (rejected[i]) return;
    if (r.verdict === 'regression' || r.verdict === 'improvement-confirmed') {
      const was = r.verdict;
      r.verdict = was === 'regression' ? 'no-change' : 'improvement';
      r.reason = `not significant after FDR control (Benjamini-Hochberg q=${q} over ${family.length} default keys, p=${fmtP(r.pValue!)}): ${was} withdrawn; ${r.reason}`;
    }
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------
// keys and runs

export { defaultKeys } from './default-keys.js';
export { calibrate, type CalibrateOptions } from './calibrate.js';

function sourcesOf(run: Run): SourceRef[] {
  const commit = run.benchmarks?.commit?.id;
  return run.files.map((f) => {
    const ref: SourceRef = { path: f.path, sha256: f.sha256 };
    if (commit && run.benchmarks && f.path === run.benchmarks.file) ref.commit = commit;
    return ref;
  });
}

/** Compare baseline runs with candidate runs, one row per key (named keys first). */
export function compareRuns(baseline: Run[], candidate: Run[], opts: CompareOptions): Comparison[] {
  const named: KeySpec[] = [];
  for (const k of opts.keys ?? []) {
    if (!named.some((x) => sameKey(x, k))) named.push({ ...k, named: k.named ?? true });
  }
  const wantDefaults = opts.defaultKeys ?? named.length === 0;
  const keys = [...named];
  if (wantDefaults) {
    for (const k of defaultKeys(baseline, candidate)) if (!keys.some((x) => sameKey(x, k))) keys.push(k);
  }
  const sources = {
    baseline: baseline.flatMap(sourcesOf),
    candidate: candidate.flatMap(sourcesOf),
  };
  const inputs = keys.map((key): StatisticsInput => ({
    key,
    baseline: baseline.map((r) => runStatistic(r, key, opts.confidence)),
    candidate: candidate.map((r) => runStatistic(r, key, opts.confidence)),
    baselineLabels: baseline.map((r) => r.label),
    candidateLabels: candidate.map((r) => r.label),
  }));
  const rows = compareFamily(inputs, opts);
  for (const row of rows)
    row.sources = { baseline: [...sources.baseline], candidate: [...sources.candidate] };
  return applyFdr(rows, opts.fdr ?? DEFAULT_FDR);
}

/**
 * Judge the keys of one comparison together: each key alone (compareStatistics), then the default
 * keys on the calibrated path without a noise entry judged again with their between-run variance
 * moderated across their family (family.ts). FDR control is the caller's (applyFdr), after any
 * change it makes to the rows. `compareRuns` and `compareWithHistory` both come through here, so a
 * stored baseline gives the rows `compare` gives on the same runs.
 */
export function compareFamily(inputs: readonly StatisticsInput[], opts: CompareOptions): Comparison[] {
  const rows = inputs.map((input) => compareStatistics(input, opts));
  const family = rows.map((row, i) => ({
    key: inputs[i].key,
    member: row.calibrated && !row.named && noiseEntry(opts.noise, inputs[i].key) === undefined,
    baseline: logValues(inputs[i].baseline),
    candidate: logValues(inputs[i].candidate),
  }));
  const moderation = moderateFamily(family);
  return rows.map((row, i) => {
    const mod = moderation[i];
    return mod ? compareStatistics(inputs[i], opts, mod) : row;
  });
}

/** ln of each run's statistic (only read for calibrated rows, where every run has a positive one). */
function logValues(list: readonly RunStatistic[]): number[] {
  return list.map((s) => (s.present && s.value > 0 ? Math.log(s.value) : NaN));
}

// ---------------------------------------------------------------------------------------------
// the CLI's table

/** A plain-text table for people (the CLI's `compare` without --json). */
export function formatComparisonTable(rows: Comparison[]): string {
  const header = [
    'key',
    'verdict',
    'baseline',
    'candidate',
    'change',
    'bounds',
    'detectable',
    'calibrated',
    'runs',
    'reason',
  ];
  const body = rows.map((r) => [
    r.key + (r.named ? '' : ' *'),
    r.verdict,
    fmtValue(r.baseline, r.unit),
    fmtValue(r.candidate, r.unit),
    fmtPct(r.ratio),
    r.lower === null && r.upper === null
      ? '-'
      : `[${fmtRatio(r.lower)}, ${r.upper === null ? '∞' : fmtRatio(r.upper)}]`,
    r.detectable_change === null || r.detectable_change === undefined
      ? '-'
      : `±${r.detectable_change.toFixed(1)} %`,
    r.calibrated ? 'yes' : 'no',
    `${r.runs.baseline} v ${r.runs.candidate}`,
    [r.reason, ...(r.notes ?? [])].join('; '),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((row) => (i === header.length - 1 ? 0 : row[i].length))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [
    line(header),
    line(widths.map((w, i) => (i === header.length - 1 ? '-'.repeat(6) : '-'.repeat(w)))),
    ...body.map(line),
  ];
  if (rows.some((r) => !r.named))
    out.push('', '* default key: false-discovery-rate controlled (Benjamini-Hochberg)');
  return out.join('\n');
}

/** `metric{tags}` of a key, for grouping in reports. */
export function keyMetric(key: KeySpec): string {
  return isBenchmarkMetric(key.metric) ? key.metric : formatMetric(key.metric, key.tags);
}
