// Deriving baseline rows from measured output (k6 runs, pytest-benchmark, pytest json_metadata):
// each derived row names its source files and their SHA-256, and takes the run's end time as its
// timestamp. Nothing is invented: a figure the source does not hold is reported as missing. Pure.
import type { BenchmarkEntry, K6Dataset, Run, Series, SourceRef, TestDataset } from '../../model.js';
import { findSeries, parseMetricSelector, statOf } from '../thresholds.js';

export interface Derived {
  value: number;
  unit: string;
  collection_method: string;
  timestamp: string;
  sources: SourceRef[];
  /** set when the figure is approximate (counter rates from the NDJSON) */
  approximate?: string;
}

export type DeriveResult = { ok: true; row: Derived } | { ok: false; reason: string };

const K6_FORMAT: Record<K6Dataset['format'], string> = {
  'k6-ndjson': 'k6 NDJSON',
  'k6-summary-export': 'k6 summary-export',
  'k6-handle-summary': 'k6 handleSummary',
  'k6-machine-summary': 'k6 machine-readable summary',
};

const base = (p: string): string => p.split(/[\\/]/).pop() ?? p;

export function describeSources(refs: readonly SourceRef[]): string {
  return refs.map((r) => `${base(r.path)} sha256:${r.sha256}`).join(', ');
}

/** The files of a run that hold its k6 data (all files but the benchmark file). */
export function k6Files(run: Run): SourceRef[] {
  const bench = run.benchmarks?.file;
  const files = run.files.filter((f) => f.path !== bench);
  return files.map((f) => ({ path: f.path, sha256: f.sha256 }));
}

function benchFiles(run: Run): SourceRef[] {
  const f = run.files.filter((x) => x.path === run.benchmarks?.file);
  return f.map((x) => ({ path: x.path, sha256: x.sha256 }));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// ---------------------------------------------------------------------------------------------
// Units

const TIME_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  sec: 1000,
  seconds: 1000,
  us: 1e-3,
  µs: 1e-3,
  ns: 1e-6,
  min: 60000,
};
const RATIO: Record<string, number> = { ratio: 1, fraction: 1, '%': 100, percent: 100, pct: 100 };

/** Convert `value` from `from` to `to` (time units, ratio/percent); undefined when not convertible. */
export function convertUnit(value: number, from: string, to: string): number | undefined {
  if (from === to) return value;
  const f = from.toLowerCase();
  const t = to.toLowerCase();
  if (f === t) return value;
  if (TIME_MS[f] !== undefined && TIME_MS[t] !== undefined) return (value * TIME_MS[f]) / TIME_MS[t];
  if (RATIO[f] !== undefined && RATIO[t] !== undefined) return (value / RATIO[f]) * RATIO[t];
  return undefined;
}

function withUnit(
  value: number,
  natural: string,
  wanted: string | undefined,
): { value: number; unit: string } | { error: string } {
  if (!wanted) return { value, unit: natural };
  const v = convertUnit(value, natural, wanted);
  if (v === undefined)
    return { error: `the source is in ${natural}, which cannot be converted to \`${wanted}\`` };
  return { value: v, unit: wanted };
}

/** The unit a k6 statistic comes in, and the unit we record it in by default (rates as percent). */
function k6Units(series: Series, stat: string): { natural: string; preferred: string } {
  const s = series.summary;
  if (s.type === 'trend') {
    if (stat === 'count') return { natural: 'count', preferred: 'count' };
    const u = s.contains === 'time' ? 'ms' : s.contains === 'data' ? 'B' : 'unitless';
    return { natural: u, preferred: u };
  }
  if (s.type === 'rate') {
    if (stat === 'rate' || stat === 'value') return { natural: 'ratio', preferred: '%' };
    return { natural: 'count', preferred: 'count' };
  }
  if (s.type === 'counter') {
    const per =
      s.metric === 'http_reqs'
        ? 'req'
        : s.metric === 'iterations'
          ? 'iterations'
          : s.contains === 'data'
            ? 'B'
            : 'count';
    if (stat === 'rate') {
      const u = per === 'count' ? '/s' : `${per}/s`;
      return { natural: u, preferred: u };
    }
    return { natural: per, preferred: per };
  }
  const u = s.contains === 'time' ? 'ms' : s.contains === 'data' ? 'B' : 'unitless';
  return { natural: u, preferred: u };
}

function defaultStat(series: Series): string {
  switch (series.summary.type) {
    case 'trend':
      return 'p95';
    case 'rate':
    case 'counter':
      return 'rate';
    case 'gauge':
      return 'value';
  }
}

// ---------------------------------------------------------------------------------------------
// Sources

/** A k6 statistic over the baseline runs: the median of the per-run values (one run: its value). */
export function deriveFromK6(
  runs: readonly Run[],
  selector: string,
  stat: string | undefined,
  unit: string | undefined,
): DeriveResult {
  const { metric, tags } = parseMetricSelector(selector);
  const withK6 = runs.filter((r) => r.k6 !== undefined);
  if (withK6.length === 0) return { ok: false, reason: 'no k6 output of the baseline run was given' };
  const values: number[] = [];
  const ends: string[] = [];
  const refs: SourceRef[] = [];
  let approximate: string | undefined;
  let units: { natural: string; preferred: string } | undefined;
  let usedStat = stat;
  const formats = new Set<string>();
  const problems: string[] = [];
  for (const run of withK6) {
    const k6 = run.k6 as K6Dataset;
    const series = findSeries(k6, metric, tags);
    if (!series) {
      problems.push(`${run.label}: no ${selector} in ${base(k6.file)}`);
      continue;
    }
    usedStat = usedStat ?? defaultStat(series);
    const v = statOf(series, usedStat, k6);
    if (!v) {
      problems.push(
        `${run.label}: ${selector} ${usedStat} is not in ${base(k6.file)} (${series.summary.type} metric)`,
      );
      continue;
    }
    values.push(v.value);
    if (v.approximate) approximate = v.approximate;
    units = units ?? k6Units(series, usedStat);
    formats.add(K6_FORMAT[k6.format]);
    refs.push(...k6Files(run));
    if (k6.endTime) ends.push(k6.endTime);
  }
  if (values.length === 0 || !units)
    return { ok: false, reason: problems.join('; ') || `no ${selector} samples` };
  if (problems.length > 0) return { ok: false, reason: `not in every baseline run: ${problems.join('; ')}` };
  if (ends.length < values.length) {
    return {
      ok: false,
      reason: `no timestamp: ${[...formats].join('/')} records no end time (give the k6 NDJSON output of the run)`,
    };
  }
  const raw = values.length === 1 ? values[0] : median(values);
  const converted = withUnit(raw, units.natural, unit ?? units.preferred);
  if ('error' in converted) return { ok: false, reason: converted.error };
  const across = values.length > 1 ? ` median of ${values.length} runs` : '';
  const timestamp = ends.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
  const row: Derived = {
    value: converted.value,
    unit: converted.unit,
    collection_method: `${[...formats].join('+')} ${selector} ${usedStat}${across} (${describeSources(refs)})`,
    timestamp,
    sources: refs,
  };
  if (approximate) row.approximate = approximate;
  return { ok: true, row };
}

const BENCH_STATS = ['median', 'mean', 'min', 'max', 'stddev', 'iqr', 'ops'] as const;

function findBenchmark(run: Run, name: string): BenchmarkEntry | undefined {
  const list = run.benchmarks?.benchmarks ?? [];
  return list.find((b) => b.fullname === name) ?? list.find((b) => b.name === name);
}

/** A pytest-benchmark statistic (seconds; median by default) over the baseline runs. */
export function deriveFromBenchmark(
  runs: readonly Run[],
  name: string,
  stat: string | undefined,
  unit: string | undefined,
): DeriveResult {
  const s = stat ?? 'median';
  if (!(BENCH_STATS as readonly string[]).includes(s))
    return { ok: false, reason: `\`${s}\` is not a pytest-benchmark statistic (${BENCH_STATS.join(', ')})` };
  const withBench = runs.filter((r) => r.benchmarks !== undefined);
  if (withBench.length === 0)
    return { ok: false, reason: 'no pytest-benchmark output of the baseline was given' };
  const values: number[] = [];
  const times: string[] = [];
  const refs: SourceRef[] = [];
  const rounds: number[] = [];
  for (const run of withBench) {
    const b = findBenchmark(run, name);
    if (!b) return { ok: false, reason: `${name} is not in ${base(run.benchmarks?.file ?? run.label)}` };
    values.push(b[s as (typeof BENCH_STATS)[number]]);
    rounds.push(b.rounds);
    refs.push(...benchFiles(run));
    if (run.benchmarks?.datetime) times.push(run.benchmarks.datetime);
  }
  if (times.length < values.length)
    return { ok: false, reason: 'no timestamp: the benchmark file has no `datetime`' };
  const natural = s === 'ops' ? 'ops/s' : 's';
  const raw = values.length === 1 ? values[0] : median(values);
  const converted = withUnit(raw, natural, unit);
  if ('error' in converted) return { ok: false, reason: converted.error };
  const across = values.length > 1 ? `, median of ${values.length} runs` : '';
  return {
    ok: true,
    row: {
      value: converted.value,
      unit: converted.unit,
      collection_method: `pytest-benchmark ${name} ${s} of ${rounds.join('/')} rounds${across} (${describeSources(refs)})`,
      timestamp: times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)),
      sources: refs,
    },
  };
}

const KEY_UNITS: [RegExp, string][] = [
  [/_ms$/i, 'ms'],
  [/_us$/i, 'us'],
  [/_ns$/i, 'ns'],
  [/_(s|sec|seconds)$/i, 's'],
  [/_rps$/i, 'req/s'],
  [/_kb$/i, 'KiB'],
  [/_mb$/i, 'MiB'],
  [/_bytes$/i, 'B'],
  [/_(pct|percent)$/i, '%'],
];

/** A value a `pytest -m performance` test recorded with json_metadata (`stat` = key, dotted path). */
export function deriveFromPytest(
  report: TestDataset | undefined,
  nodeid: string,
  key: string,
  unit: string | undefined,
  sha256: string | undefined,
): DeriveResult {
  if (!report) return { ok: false, reason: 'no pytest report was given' };
  const test =
    report.tests.find((t) => t.nodeid === nodeid) ??
    report.tests.find((t) => t.nodeid.endsWith(`::${nodeid}`));
  if (!test) return { ok: false, reason: `${nodeid} is not in ${base(report.file)}` };
  let cur: unknown = test.metadata;
  for (const part of key.split('.'))
    cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
  if (typeof cur !== 'number' || !Number.isFinite(cur))
    return { ok: false, reason: `${test.nodeid} (${test.outcome}) recorded no numeric \`${key}\`` };
  const leaf = key.split('.').pop() as string;
  const parentUnit = (() => {
    const m = test.metadata.unit;
    return typeof m === 'string' && m.trim() !== '' ? m : undefined;
  })();
  const natural = KEY_UNITS.find(([re]) => re.test(leaf))?.[1] ?? parentUnit;
  let value = cur;
  let u = natural;
  if (unit) {
    if (natural) {
      const v = convertUnit(cur, natural, unit);
      if (v === undefined)
        return { ok: false, reason: `\`${key}\` is in ${natural}, which cannot be converted to \`${unit}\`` };
      value = v;
    }
    u = unit;
  }
  if (!u) return { ok: false, reason: `the unit of \`${key}\` is unknown: set \`unit\` for this metric` };
  if (!report.created)
    return { ok: false, reason: `no timestamp: ${base(report.file)} records no creation time` };
  const refs: SourceRef[] = sha256 ? [{ path: report.file, sha256 }] : [];
  return {
    ok: true,
    row: {
      value,
      unit: u,
      collection_method: `pytest ${test.nodeid} json_metadata ${key} (${test.outcome}; ${sha256 ? describeSources(refs) : base(report.file)})`,
      timestamp: report.created,
      sources: refs,
    },
  };
}
