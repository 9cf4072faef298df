// k6 thresholds, evaluated the way k6 does (grafana/k6 metrics/thresholds_parser.go, thresholds.go)
// on our exact figures, for thresholds whose source carries no verdict (NDJSON Metric lines,
// `ok: null`), and the metric-selector spelling `metric{tag:value,...}`. Pure.
import { percentileOf, percentileSorted } from '../stats/percentile.js';
import type { K6Dataset, MetricSummary, Series, ThresholdEntry } from '../model.js';
import { sameTags, tryParseMetricKey } from '../parsers/k6-summary/keys.js';

export type ThresholdOperator = '<=' | '<' | '>=' | '>' | '===' | '==' | '!=';
export type ThresholdAggregation = 'avg' | 'min' | 'max' | 'med' | 'percentile' | 'rate' | 'count' | 'value';

export interface ParsedThreshold {
  /** as written */
  expression: string;
  aggregation: ThresholdAggregation;
  /** the percentile as a fraction (p(95) → 0.95) when aggregation = percentile */
  p?: number;
  /** the method as written (`p(95)`, `rate`...) */
  method: string;
  operator: ThresholdOperator;
  value: number;
}

/** k6 scans operators in this order and takes the first split whose right side is non-empty. */
const OPERATORS: ThresholdOperator[] = ['<=', '<', '>=', '>', '===', '==', '!='];

/** Parse `p(95)<40`, `avg<100`, `rate<0.01`, `count>100`, `value>=1`. Undefined when not k6 grammar. */
export function parseThresholdExpression(expression: string): ParsedThreshold | undefined {
  for (const op of OPERATORS) {
    const at = expression.indexOf(op);
    if (at < 0) continue;
    const left = expression.slice(0, at).trim();
    const right = expression.slice(at + op.length).trim();
    if (right === '') continue;
    if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(right)) return undefined;
    const value = Number(right);
    if (!Number.isFinite(value)) return undefined;
    const pm = /^p\(\s*(\d+(?:\.\d+)?)\s*\)$/.exec(left);
    if (pm) {
      const pv = Number(pm[1]);
      if (pv < 0 || pv > 100) return undefined;
      return { expression, aggregation: 'percentile', p: pv / 100, method: left, operator: op, value };
    }
    if (['avg', 'min', 'max', 'med', 'rate', 'count', 'value'].includes(left)) {
      return { expression, aggregation: left as ThresholdAggregation, method: left, operator: op, value };
    }
    return undefined;
  }
  return undefined;
}

export function compare(actual: number, op: ThresholdOperator, target: number): boolean {
  switch (op) {
    case '<':
      return actual < target;
    case '<=':
      return actual <= target;
    case '>':
      return actual > target;
    case '>=':
      return actual >= target;
    case '==':
    case '===':
      return actual === target;
    case '!=':
      return actual !== target;
  }
}

/** `http_req_duration{name:products,status:200}` → metric and tags (k6's submetric spelling). */
export const parseMetricSelector = tryParseMetricKey;

/** The series of `metric` with exactly these tags (`{}` = the whole metric), if the run has it. */
export function findSeries(
  k6: K6Dataset | undefined,
  metric: string,
  tags: Record<string, string> = {},
): Series | undefined {
  if (!k6) return undefined;
  return k6.series.find((s) => s.summary.metric === metric && sameTags(s.summary.tags, tags));
}

/** Seconds the run lasted: NDJSON first-to-last sample, or the summary's test duration. */
export function runDurationSeconds(
  k6: K6Dataset | undefined,
): { seconds: number; source: string } | undefined {
  if (!k6) return undefined;
  if (k6.startTime && k6.endTime) {
    const s = (Date.parse(k6.endTime) - Date.parse(k6.startTime)) / 1000;
    if (Number.isFinite(s) && s > 0) return { seconds: s, source: 'first to last sample (NDJSON)' };
  }
  if (k6.durationSeconds !== undefined && k6.durationSeconds > 0)
    return { seconds: k6.durationSeconds, source: 'test duration recorded in the summary' };
  const reqs = findSeries(k6, 'http_reqs');
  if (reqs?.summary.count && reqs.summary.rate && reqs.summary.rate > 0 && !reqs.spanSeconds)
    return { seconds: reqs.summary.count / reqs.summary.rate, source: "k6's own http_reqs count / rate" };
  return undefined;
}

export interface StatValue {
  value: number;
  /** set when the figure is not k6's exact one (counter rates from our sample span) */
  approximate?: string;
}

/**
 * A statistic of a series: avg min med max p50 p90 p95 p99 p(N) (trends, exact from the sorted
 * values when present), rate and count (rates and counters), value (gauges).
 */
export function statOf(series: Series, stat: string, k6?: K6Dataset): StatValue | undefined {
  const s: MetricSummary = series.summary;
  const num = (v: number | undefined): StatValue | undefined =>
    v !== undefined && Number.isFinite(v) ? { value: v } : undefined;
  switch (s.type) {
    case 'trend': {
      if (stat === 'avg' || stat === 'mean') return num(s.avg);
      if (stat === 'min') return num(s.min ?? (series.sorted?.length ? series.sorted[0] : undefined));
      if (stat === 'max')
        return num(s.max ?? (series.sorted?.length ? series.sorted[series.sorted.length - 1] : undefined));
      if (stat === 'count') return num(s.count ?? series.sorted?.length);
      const p = percentileOf(stat === 'median' ? 'med' : stat);
      if (p === undefined) return undefined;
      if (series.sorted && series.sorted.length > 0) return { value: percentileSorted(series.sorted, p) };
      // past the run's budget of kept values: the sketch's percentile, within its relative error
      if (series.sketch && series.sketch.count > 0) return { value: series.sketch.percentile(p) };
      const named: Record<string, number | undefined> = {
        '0.5': s.med,
        '0.9': s.p90,
        '0.95': s.p95,
        '0.99': s.p99,
      };
      return num(named[String(p)]);
    }
    case 'rate':
      if (stat === 'rate' || stat === 'value') return num(s.rate);
      if (stat === 'count') return num(s.count);
      if (stat === 'passes') return num(s.passes);
      if (stat === 'fails') return num(s.fails);
      return undefined;
    case 'counter':
      if (stat === 'count') return num(s.count);
      if (stat === 'rate') {
        if (series.spanSeconds !== undefined && s.count !== undefined && series.spanSeconds > 0) {
          return {
            value: s.count / series.spanSeconds,
            approximate:
              "counter rate over the first-to-last sample span (k6 divides by the test duration, which the NDJSON does not record): close to k6's, not equal",
          };
        }
        if (s.rate !== undefined) return num(s.rate);
        const d = k6?.durationSeconds;
        if (s.count !== undefined && d) return { value: s.count / d };
        return undefined;
      }
      return undefined;
    case 'gauge':
      if (stat === 'value') return num(s.value);
      if (stat === 'max' || stat === 'min')
        return num((s as unknown as Record<string, number | undefined>)[stat] ?? s.value);
      return undefined;
  }
}

const ALLOWED: Record<MetricSummary['type'], ThresholdAggregation[]> = {
  counter: ['count', 'rate'],
  gauge: ['value'],
  rate: ['rate'],
  trend: ['avg', 'min', 'max', 'med', 'percentile'],
};

export interface ThresholdVerdict {
  file: string;
  metric: string;
  expression: string;
  source: ThresholdEntry['source'];
  abortOnFail?: boolean;
  /** crossed = the threshold failed (k6 would exit 99) */
  status: 'passed' | 'crossed' | 'no-samples' | 'unevaluable';
  /** where the verdict came from */
  verdictFrom: 'k6 summary' | 'evaluated from the NDJSON';
  actual?: number;
  approximate?: string;
  reason: string;
}

/**
 * Every threshold of a run with its verdict. A verdict a summary carries wins (duplicates of the same
 * metric/expression from the NDJSON are folded into it); an NDJSON-only threshold (`ok: null`) is
 * evaluated here on the exact figures; a metric without samples passes, as in k6.
 */
export function evaluateThresholds(k6: K6Dataset | undefined): ThresholdVerdict[] {
  if (!k6) return [];
  const groups = new Map<string, ThresholdEntry[]>();
  for (const t of k6.thresholds) {
    const key = `${t.metric}\u0000${t.expression.replace(/\s+/g, '')}`;
    const g = groups.get(key);
    if (g) g.push(t);
    else groups.set(key, [t]);
  }
  const out: ThresholdVerdict[] = [];
  for (const entries of groups.values()) {
    const withVerdict = entries.filter((e) => e.ok !== null);
    const first = withVerdict[0] ?? entries[0];
    const abortOnFail = entries.some((e) => e.abortOnFail === true) || undefined;
    const base = {
      file: first.file,
      metric: first.metric,
      expression: first.expression,
      source: first.source,
      abortOnFail,
    };
    if (withVerdict.length > 0) {
      const crossed = withVerdict.some((e) => e.ok === false);
      const computed = evaluateOne(first, k6);
      out.push({
        ...base,
        status: crossed ? 'crossed' : 'passed',
        verdictFrom: 'k6 summary',
        ...(computed.actual !== undefined ? { actual: computed.actual } : {}),
        reason: crossed
          ? `k6 reported ${first.metric} ${first.expression} as crossed`
          : `k6 reported ${first.metric} ${first.expression} as passed`,
      });
    } else {
      out.push({ ...base, ...evaluateOne(first, k6), verdictFrom: 'evaluated from the NDJSON' });
    }
  }
  return out;
}

function evaluateOne(
  t: ThresholdEntry,
  k6: K6Dataset,
): Pick<ThresholdVerdict, 'status' | 'actual' | 'approximate' | 'reason'> {
  const parsed = parseThresholdExpression(t.expression);
  if (!parsed)
    return { status: 'unevaluable', reason: `\`${t.expression}\` is not a k6 threshold expression` };
  const { metric, tags } = parseMetricSelector(t.metric);
  const series = findSeries(k6, metric, tags);
  if (!series || !hasSamples(series)) {
    return {
      status: 'no-samples',
      reason: `${t.metric} has no samples: k6 skips thresholds on empty metrics (passes)`,
    };
  }
  if (!ALLOWED[series.summary.type].includes(parsed.aggregation)) {
    return {
      status: 'unevaluable',
      reason: `\`${parsed.method}\` does not apply to ${series.summary.type} metric ${t.metric}`,
    };
  }
  const stat = parsed.method.replace(/\s+/g, '');
  const v = statOf(series, stat, k6);
  if (!v)
    return {
      status: 'unevaluable',
      reason: `${t.metric} ${parsed.method} cannot be computed from this source`,
    };
  const ok = compare(v.value, parsed.operator, parsed.value);
  const shown = Math.round(v.value * 1e6) / 1e6;
  return {
    status: ok ? 'passed' : 'crossed',
    actual: v.value,
    ...(v.approximate ? { approximate: v.approximate } : {}),
    reason: `${t.metric} ${parsed.method} = ${shown} ${ok ? 'meets' : 'crosses'} ${t.expression}${v.approximate ? ' (counter rate approximate)' : ''}`,
  };
}

export function hasSamples(series: Series): boolean {
  const s = series.summary;
  if (s.count !== undefined) return s.count > 0;
  if (series.sorted) return series.sorted.length > 0;
  if (s.type === 'rate') return (s.passes ?? 0) + (s.fails ?? 0) > 0;
  return s.value !== undefined || s.avg !== undefined;
}
