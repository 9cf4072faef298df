// The statistic of one key in one run, with the run's own sampling interval (one-sided bounds at
// `confidence`): order statistics for percentiles and the median (never a t interval on logs for a
// tail percentile), Wilson for rates, exact Poisson for counts and counter rates, a t interval for
// `avg`, and for a benchmark the median with an order-statistic interval from its rounds (or
// median ± 1.58·IQR/√rounds when the file has no raw data).

import {
  IMPOSSIBLE_LIMIT,
  type BenchmarkEntry,
  type ImpossibleSamples,
  type KeySpec,
  type Run,
  type Series,
} from '../model.js';
import { normalQuantile } from './distributions.js';
import {
  meanInterval,
  orderStatisticRanks,
  percentileInterval,
  poissonInterval,
  samplesNeeded,
  summarize,
  wilsonInterval,
} from './intervals.js';
import { formatMetric, isBenchmarkMetric } from './keys.js';
import { percentileOf } from './percentile.js';

export type RunStatistic =
  | {
      present: true;
      /** the run's value of the statistic */
      value: number;
      /** one-sided bounds at `confidence` from this run's own samples; null = not available */
      lower: number | null;
      upper: number | null;
      /** samples behind the statistic (requests, rate samples, benchmark rounds) */
      n: number;
      /** samples the statistic needs (e.g. p99 at 95 %: 299) */
      needed: number;
      /** how the interval was made, for reasons and reports */
      method: string;
      unit?: string;
      /** for rates: successes / trials (pooled when a run's rate is 0) */
      counts?: { successes: number; trials: number };
      /** why the interval is missing, when it is */
      note?: string;
      /**
       * false when the value and bounds come from a quantile sketch (a run past its budget of kept
       * values); then every figure is within `relative_error` of the exact one, and the bounds are
       * widened by it
       */
      exact?: false;
      relative_error?: number;
    }
  | {
      present: false;
      reason: string;
      /** impossible samples above the limit: the comparison is an `error`, not missing data */
      error?: boolean;
    };

/** `error` when a series or benchmark has more impossible samples than IMPOSSIBLE_LIMIT of its own. */
function impossibleError(
  run: Run,
  name: string,
  imp: ImpossibleSamples | undefined,
): RunStatistic | undefined {
  if (!imp || !(imp.count > imp.total * IMPOSSIBLE_LIMIT)) return undefined;
  return {
    present: false,
    error: true,
    reason: `run "${run.label}": ${name} has ${imp.count} impossible samples (${imp.what}) of ${imp.total} (${((100 * imp.count) / imp.total).toPrecision(2)}%, more than ${IMPOSSIBLE_LIMIT * 100}%), the first at ${imp.file}${imp.line !== undefined ? `:${imp.line}` : ''}: the run is not a measurement to compare`,
  };
}

/** pytest-benchmark's notch factor: median ± 1.58·IQR/√n at the default 95 % (scaled by z for others). */
export const BENCHMARK_NOTCH = 1.58;

function tagsEqual(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => b[k] === a[k]);
}

export function findSeries(run: Run, key: Pick<KeySpec, 'metric' | 'tags'>): Series | undefined {
  return run.k6?.series.find((s) => s.summary.metric === key.metric && tagsEqual(s.summary.tags, key.tags));
}

export function findBenchmark(run: Run, fullname: string): BenchmarkEntry | undefined {
  return run.benchmarks?.benchmarks.find((b) => b.fullname === fullname);
}

function unitOf(series: Series): string | undefined {
  const c = series.summary.contains;
  return c === 'time' ? 'ms' : c === 'data' ? 'B' : undefined;
}

/** The statistic of `key` in `run`, or `present: false` with the reason. */
export function runStatistic(run: Run, key: KeySpec, confidence = 0.95): RunStatistic {
  if (isBenchmarkMetric(key.metric)) return benchmarkStatistic(run, key, confidence);
  const series = findSeries(run, key);
  const name = formatMetric(key.metric, key.tags);
  if (!series) return { present: false, reason: `run "${run.label}" has no ${name}` };
  const bad = impossibleError(run, name, series.impossible);
  if (bad) return bad;
  const s = series.summary;
  switch (s.type) {
    case 'trend':
      return trendStatistic(run, series, key, confidence);
    case 'rate':
      return rateStatistic(run, series, key, confidence);
    case 'counter':
      return counterStatistic(run, series, key, confidence);
    case 'gauge': {
      const v = key.stat === 'min' ? s.min : key.stat === 'max' ? s.max : undefined;
      if (v === undefined) {
        return { present: false, reason: `${name} is a gauge: ${key.stat} does not apply (min, max)` };
      }
      return {
        present: true,
        value: v,
        lower: null,
        upper: null,
        n: 1,
        needed: 1,
        method: 'gauge',
        note: 'a gauge has no sampling interval',
      };
    }
  }
}

function trendStatistic(run: Run, series: Series, key: KeySpec, confidence: number): RunStatistic {
  const s = series.summary;
  const sorted = series.sorted;
  const unit = unitOf(series);
  const name = formatMetric(key.metric, key.tags);
  const n = sorted ? sorted.length : (s.count ?? 0);
  const p = percentileOf(key.stat);
  if (p !== undefined && p > 0 && p < 1) {
    const needed = samplesNeeded(p, confidence);
    if (sorted) {
      if (sorted.length === 0)
        return { present: false, reason: `run "${run.label}" has no samples of ${name}` };
      const iv = percentileInterval(sorted, p, confidence);
      return {
        present: true,
        value: iv.value,
        lower: iv.lower,
        upper: iv.upper,
        n,
        needed,
        unit,
        method: 'order statistics',
      };
    }
    const sk = series.sketch;
    if (sk && sk.count > 0) {
      // past the run's budget of kept values: ranks from the sketch, each within its relative
      // error; the bounds move out by that error so the interval still covers
      const r = orderStatisticRanks(sk.count, p, confidence);
      const a = sk.alpha;
      return {
        present: true,
        value: sk.percentile(p),
        lower: r.lower !== null ? sk.valueAtRank(r.lower - 1) * (1 - a) : null,
        upper: r.upper !== null ? sk.valueAtRank(r.upper - 1) * (1 + a) : null,
        n: sk.count,
        needed,
        unit,
        method: 'order statistics (sketch)',
        exact: false,
        relative_error: a,
      };
    }
    const fromSummary = summaryPercentile(series, key.stat);
    if (fromSummary === undefined) {
      return {
        present: false,
        reason: `run "${run.label}": ${name} has no ${key.stat} (summary without raw samples)`,
      };
    }
    return {
      present: true,
      value: fromSummary,
      lower: null,
      upper: null,
      n,
      needed,
      unit,
      method: 'summary',
      note: 'summary file only: no raw samples for an order-statistic interval',
    };
  }
  switch (key.stat) {
    case 'avg': {
      if (sorted && sorted.length >= 2) {
        const iv = meanInterval(summarize(sorted), confidence);
        return {
          present: true,
          value: iv.mean,
          lower: iv.lower,
          upper: iv.upper,
          n,
          needed: 2,
          unit,
          method: 't interval',
        };
      }
      if (s.avg === undefined) return { present: false, reason: `run "${run.label}": ${name} has no avg` };
      return {
        present: true,
        value: s.avg,
        lower: null,
        upper: null,
        n,
        needed: 2,
        unit,
        method: 'summary',
        note: 'summary file only: no raw samples for a t interval',
      };
    }
    case 'min':
    case 'max': {
      const v =
        sorted && sorted.length > 0
          ? key.stat === 'min'
            ? sorted[0]
            : sorted[sorted.length - 1]
          : s[key.stat];
      if (v === undefined)
        return { present: false, reason: `run "${run.label}": ${name} has no ${key.stat}` };
      return {
        present: true,
        value: v,
        lower: null,
        upper: null,
        n,
        needed: 1,
        unit,
        method: 'extreme',
        note: `${key.stat} has no distribution-free sampling interval from one run`,
      };
    }
    case 'count':
      return countStatistic(n, 1, 'count', confidence);
    default:
      return { present: false, reason: `${name} is a trend: ${key.stat} does not apply` };
  }
}

function summaryPercentile(series: Series, stat: string): number | undefined {
  const s = series.summary;
  switch (stat) {
    case 'med':
    case 'p50':
      return s.med;
    case 'p90':
      return s.p90;
    case 'p95':
      return s.p95;
    case 'p99':
      return s.p99;
    default:
      return undefined;
  }
}

function countStatistic(
  count: number,
  exposure: number,
  method: string,
  confidence: number,
  unit?: string,
): RunStatistic {
  const iv = poissonInterval(count, exposure, confidence);
  return {
    present: true,
    value: iv.estimate,
    lower: iv.lower,
    upper: iv.upper,
    n: count,
    needed: 1,
    unit,
    method: `Poisson (${method})`,
  };
}

function rateStatistic(run: Run, series: Series, key: KeySpec, confidence: number): RunStatistic {
  const s = series.summary;
  const name = formatMetric(key.metric, key.tags);
  const trials =
    s.count ?? (s.passes !== undefined && s.fails !== undefined ? s.passes + s.fails : undefined);
  if (key.stat === 'count') {
    if (trials === undefined) return { present: false, reason: `run "${run.label}": ${name} has no count` };
    return countStatistic(trials, 1, 'count', confidence);
  }
  if (key.stat !== 'rate')
    return { present: false, reason: `${name} is a rate: ${key.stat} does not apply (rate, count)` };
  let successes = s.passes;
  if (successes === undefined && s.rate !== undefined && trials !== undefined)
    successes = Math.round(s.rate * trials);
  if (trials === undefined || successes === undefined) {
    return { present: false, reason: `run "${run.label}": ${name} has no counts for a rate` };
  }
  if (trials === 0) return { present: false, reason: `run "${run.label}" has no samples of ${name}` };
  const w = wilsonInterval(successes, trials, confidence);
  return {
    present: true,
    value: w.estimate,
    lower: w.lower,
    upper: w.upper,
    n: trials,
    needed: 1,
    method: 'Wilson',
    counts: { successes, trials },
  };
}

function counterStatistic(run: Run, series: Series, key: KeySpec, confidence: number): RunStatistic {
  const s = series.summary;
  const name = formatMetric(key.metric, key.tags);
  const count = s.count;
  if (count === undefined) return { present: false, reason: `run "${run.label}": ${name} has no count` };
  if (key.stat === 'count') return countStatistic(count, 1, 'count', confidence);
  if (key.stat !== 'rate')
    return { present: false, reason: `${name} is a counter: ${key.stat} does not apply (rate, count)` };
  let span = series.spanSeconds;
  if (span === undefined && s.rate !== undefined && s.rate > 0) span = count / s.rate;
  if (span === undefined || !(span > 0)) {
    // many samples with one timestamp are a zero time span, not too few samples
    const samples = s.count ?? 0;
    return {
      present: false,
      reason:
        span === 0 || samples >= 2
          ? `run "${run.label}": ${name} has a zero time span (all its samples carry the same timestamp): no rate per second`
          : `run "${run.label}": ${name} has no time span for a rate (needs at least 2 samples)`,
    };
  }
  const st = countStatistic(count, span, 'count / span', confidence, '/s');
  return st.present ? { ...st, needed: 2 } : st;
}

function benchmarkStatistic(run: Run, key: KeySpec, confidence: number): RunStatistic {
  const b = findBenchmark(run, key.metric);
  if (!b) return { present: false, reason: `run "${run.label}" has no benchmark ${key.metric}` };
  const bad = impossibleError(run, `benchmark ${key.metric}`, b.impossible);
  if (bad) return bad;
  if (key.stat !== 'median' && key.stat !== 'med' && key.stat !== 'p50') {
    // other stats of a benchmark: from its rounds when present
    const p = percentileOf(key.stat);
    if (p !== undefined && b.data && b.data.length > 0) {
      const sorted = Float64Array.from(b.data).sort();
      const iv = percentileInterval(sorted, p, confidence);
      return {
        present: true,
        value: iv.value,
        lower: iv.lower,
        upper: iv.upper,
        n: sorted.length,
        needed: iv.needed,
        unit: 's',
        method: 'order statistics',
      };
    }
    const v =
      key.stat === 'min' ? b.min : key.stat === 'max' ? b.max : key.stat === 'avg' ? b.mean : undefined;
    if (v === undefined)
      return { present: false, reason: `benchmark ${key.metric}: ${key.stat} is not available` };
    return {
      present: true,
      value: v,
      lower: null,
      upper: null,
      n: b.rounds,
      needed: 1,
      unit: 's',
      method: 'summary',
      note: `no sampling interval for ${key.stat}`,
    };
  }
  const needed = samplesNeeded(0.5, confidence);
  if (b.data && b.data.length > 0) {
    const sorted = Float64Array.from(b.data).sort();
    const iv = percentileInterval(sorted, 0.5, confidence);
    return {
      present: true,
      value: b.median,
      lower: iv.lower,
      upper: iv.upper,
      n: sorted.length,
      needed,
      unit: 's',
      method: 'order statistics (rounds)',
    };
  }
  const rounds = b.rounds;
  if (!(rounds > 0) || !Number.isFinite(b.iqr)) {
    return { present: false, reason: `benchmark ${key.metric} in run "${run.label}" has no rounds` };
  }
  const half =
    (BENCHMARK_NOTCH * (normalQuantile(confidence) / normalQuantile(0.95)) * b.iqr) / Math.sqrt(rounds);
  return {
    present: true,
    value: b.median,
    lower: b.median - half,
    upper: b.median + half,
    n: rounds,
    needed,
    unit: 's',
    method: 'median ± 1.58·IQR/√rounds',
  };
}
