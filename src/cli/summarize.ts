// `perf-gates summarize`: what each file holds, as a table or as stable JSON.
import type {
  BenchmarkEntry,
  Dataset,
  FileRef,
  Format,
  MetricSummary,
  TestEntry,
  ThresholdEntry,
  Warning,
} from '../model.js';
import { num, table, tagText } from './format.js';
import { formatQuantity } from '../stats/format.js';
import { sameTags, tryParseMetricKey } from '../parsers/k6-summary/keys.js';

export interface SummarizedFile {
  path: string;
  format: Format;
  sha256: string;
  warnings: { line?: number; message: string }[];
}

/** Entries name their file by its index in `files` (so two encodings of one run compare equal). */
type ByIndex<T> = Omit<T, 'file'> & { file: number };

export interface SummaryJson {
  files: SummarizedFile[];
  metrics: ByIndex<MetricSummary>[];
  thresholds: ByIndex<ThresholdEntry>[];
  tests: ByIndex<TestEntry>[];
  benchmarks: ByIndex<Omit<BenchmarkEntry, 'data' | 'q1' | 'q3' | 'iterations' | 'extra_info' | 'params'>>[];
}

const METRIC_FIELDS = [
  'count',
  'avg',
  'min',
  'med',
  'max',
  'p90',
  'p95',
  'p99',
  'rate',
  'passes',
  'fails',
  'value',
] as const;

function metricJson(m: MetricSummary, file: number): ByIndex<MetricSummary> {
  const out: ByIndex<MetricSummary> = { file, metric: m.metric, type: m.type, tags: m.tags };
  if (m.contains) out.contains = m.contains;
  for (const k of METRIC_FIELDS) if (m[k] !== undefined && m[k] !== null) out[k] = m[k];
  if (m.exact === false) {
    out.exact = false;
    out.relative_error = m.relative_error;
  }
  return out;
}

export function summarizeJson(items: { dataset: Dataset; ref: FileRef; shownPath: string }[]): SummaryJson {
  const out: SummaryJson = { files: [], metrics: [], thresholds: [], tests: [], benchmarks: [] };
  for (const [file, { dataset: d, ref, shownPath }] of items.entries()) {
    out.files.push({
      path: shownPath,
      format: d.format,
      sha256: ref.sha256,
      warnings: d.warnings.map((w: Warning) =>
        w.line !== undefined ? { line: w.line, message: w.message } : { message: w.message },
      ),
    });
    if ('series' in d) {
      for (const s of d.series) out.metrics.push(metricJson(s.summary, file));
      for (const t of d.thresholds) out.thresholds.push({ ...t, file });
    }
    if ('tests' in d) for (const t of d.tests) out.tests.push({ ...t, file });
    if ('benchmarks' in d) {
      for (const b of d.benchmarks) {
        out.benchmarks.push({
          file,
          fullname: b.fullname,
          name: b.name,
          group: b.group,
          unit: 's',
          rounds: b.rounds,
          min: b.min,
          max: b.max,
          mean: b.mean,
          median: b.median,
          stddev: b.stddev,
          iqr: b.iqr,
          ops: b.ops,
        });
      }
    }
  }
  return out;
}

/** True when a file gave nothing to judge (no samples, no tests, no benchmarks, no rows...). */
export function hasData(d: Dataset): boolean {
  switch (d.format) {
    case 'k6-ndjson':
    case 'k6-summary-export':
    case 'k6-handle-summary':
    case 'k6-machine-summary':
      return d.series.some((s) => (s.summary.count ?? 0) > 0 || s.summary.value !== undefined);
    case 'pytest-json-report':
    case 'junit-xml':
      return d.tests.length > 0;
    case 'pytest-benchmark':
      return d.benchmarks.length > 0;
    case 'baseline-csv':
      return d.rows.length > 0;
    case 'markdown':
      return d.text.trim().length > 0;
    case 'slo-updates':
      return d.updates.length > 0;
    case 'approvals':
      return d.approvals.length > 0;
    default:
      return true;
  }
}

/** `http_req_duration{name:products,status:200}` -> name and tags (k6's spelling). */
/**
 * Thresholds without a verdict (NDJSON) whose metric has no samples in their file: no data, never
 * a pass (k6 itself lets such a threshold pass).
 */
export function thresholdsWithoutSamples(s: SummaryJson): ByIndex<ThresholdEntry>[] {
  return s.thresholds.filter((t) => {
    if (t.ok !== null) return false;
    const { metric, tags } = tryParseMetricKey(t.metric);
    return !s.metrics.some(
      (m) =>
        m.file === t.file &&
        m.metric === metric &&
        sameTags(m.tags, tags) &&
        ((m.count ?? 0) > 0 || m.value !== undefined),
    );
  });
}

/** A metric's figure through the one formatter: k6 time trends in ms, data in bytes (raw in --json). */
function q(v: number | undefined, m: { contains?: string }): string {
  if (v === undefined || v === null || Number.isNaN(v)) return '';
  return formatQuantity(v, m.contains === 'time' ? 'ms' : m.contains === 'data' ? 'B' : undefined);
}

export function summarizeText(s: SummaryJson): string {
  const empty = new Set(thresholdsWithoutSamples(s));
  const parts: string[] = [];
  for (const [i, f] of s.files.entries()) {
    parts.push(`${f.path}  (${f.format}, sha256 ${f.sha256.slice(0, 12)}…)`);
    for (const w of f.warnings)
      parts.push(`  warning${w.line !== undefined ? ` (line ${w.line})` : ''}: ${w.message}`);
    const metrics = s.metrics.filter((m) => m.file === i);
    const trends = metrics.filter((m) => m.type === 'trend');
    if (trends.length) {
      parts.push(
        table(
          ['trend', 'count', 'avg', 'min', 'med', 'max', 'p90', 'p95', 'p99'],
          trends.map((m) => [
            // ~ : percentiles from the quantile sketch (the run outgrew its budget of kept values)
            m.metric + tagText(m.tags) + (m.exact === false ? ' ~' : ''),
            m.count,
            q(m.avg, m),
            q(m.min, m),
            q(m.med, m),
            q(m.max, m),
            q(m.p90, m),
            q(m.p95, m),
            q(m.p99, m),
          ]),
        ),
      );
    }
    const sketched = trends.filter((m) => m.exact === false);
    if (sketched.length)
      parts.push(
        `  ~ percentiles from a quantile sketch, each within ${Math.max(...sketched.map((m) => m.relative_error ?? 0)) * 100}% of exact: the run outgrew the budget of kept values (PERF_GATES_VALUE_BUDGET)`,
      );
    const rates = metrics.filter((m) => m.type === 'rate');
    if (rates.length) {
      parts.push(
        table(
          ['rate', 'count', 'passes', 'fails', 'rate'],
          rates.map((m) => [
            m.metric + tagText(m.tags),
            m.count,
            m.passes,
            m.fails,
            m.rate === undefined ? '' : formatQuantity(m.rate * 100, '%'),
          ]),
        ),
      );
    }
    const others = metrics.filter((m) => m.type === 'counter' || m.type === 'gauge');
    if (others.length) {
      parts.push(
        table(
          ['counter / gauge', 'type', 'count', 'rate/s', 'value', 'min', 'max'],
          others.map((m) => [
            m.metric + tagText(m.tags),
            m.type,
            num(m.count),
            m.rate === undefined ? '' : formatQuantity(m.rate, '/s'),
            q(m.value, m),
            q(m.min, m),
            q(m.max, m),
          ]),
        ),
      );
    }
    const th = s.thresholds.filter((t) => t.file === i);
    if (th.length) {
      parts.push(
        table(
          ['threshold', 'expression', 'verdict', 'source'],
          th.map((t) => [
            t.metric,
            t.expression,
            empty.has(t)
              ? 'NO DATA (no samples)'
              : t.ok === null
                ? 'no verdict in this file'
                : t.ok
                  ? 'passed'
                  : 'FAILED',
            t.source,
          ]),
        ),
      );
    }
    const tests = s.tests.filter((t) => t.file === i);
    if (tests.length) {
      parts.push(
        table(
          ['test', 'outcome', 'duration', 'markers'],
          tests.map((t) => [t.nodeid, t.outcome, formatQuantity(t.duration, 's'), t.markers.join(',')]),
        ),
      );
    }
    const benches = s.benchmarks.filter((b) => b.file === i);
    if (benches.length) {
      parts.push(
        table(
          ['benchmark', 'rounds', 'median', 'mean', 'min', 'max', 'iqr', 'ops/s'],
          benches.map((b) => [
            b.fullname,
            b.rounds,
            formatQuantity(b.median, 's'),
            formatQuantity(b.mean, 's'),
            formatQuantity(b.min, 's'),
            formatQuantity(b.max, 's'),
            formatQuantity(b.iqr, 's'),
            formatQuantity(b.ops),
          ]),
        ),
      );
    }
    parts.push('');
  }
  return parts.join('\n');
}
