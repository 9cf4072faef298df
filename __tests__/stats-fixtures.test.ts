// The verdict engine on the real fixtures (k6 v1.3.0 runs, pytest-benchmark 5.2.3 files).
// Runs are built here with a tiny NDJSON loop (the streaming reader belongs to src/parsers/).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type {
  BenchmarkDataset,
  BenchmarkEntry,
  MetricSummary,
  MetricType,
  Run,
  Series,
} from '../src/model.js';
import { calibrate } from '../src/stats/calibrate.js';
import { compareRuns, formatComparisonTable } from '../src/stats/compare.js';
import { parseKey } from '../src/stats/keys.js';
import { runStatistic } from '../src/stats/run-statistic.js';

const FIX = new URL('./fixtures/', import.meta.url);
const groundTruth = JSON.parse(readFileSync(new URL('ground-truth.json', FIX), 'utf8'));

function fileRef(rel: string, bytes: Buffer) {
  return {
    path: `__tests__/fixtures/${rel}`,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
  };
}

/** k6 NDJSON -> Series for the whole metric and per `name` tag (enough for these tests). */
function k6Run(dir: string, label: string): Run {
  const rel = `k6/${dir}/results.ndjson.gz`;
  const gz = readFileSync(new URL(rel, FIX));
  const text = gunzipSync(gz).toString('utf8');
  const types = new Map<string, { type: MetricType; contains: string }>();
  interface Acc {
    metric: string;
    tags: Record<string, string>;
    values: number[];
    nonzero: number;
    first: number;
    last: number;
  }
  const acc = new Map<string, Acc>();
  const get = (metric: string, tags: Record<string, string>) => {
    const k = `${metric}|${JSON.stringify(tags)}`;
    let a = acc.get(k);
    if (!a) acc.set(k, (a = { metric, tags, values: [], nonzero: 0, first: Infinity, last: -Infinity }));
    return a;
  };
  let lines = 0;
  for (const line of text.split('\n')) {
    if (!line) continue;
    lines++;
    const o = JSON.parse(line);
    if (o.type === 'Metric') {
      types.set(o.data.name, { type: o.data.type, contains: o.data.contains });
      continue;
    }
    const t = Date.parse(o.data.time) / 1000;
    const targets = [get(o.metric, {})];
    if (o.data.tags?.name !== undefined) targets.push(get(o.metric, { name: o.data.tags.name }));
    for (const a of targets) {
      a.values.push(o.data.value);
      if (o.data.value !== 0) a.nonzero++;
      a.first = Math.min(a.first, t);
      a.last = Math.max(a.last, t);
    }
  }
  const series: Series[] = [];
  for (const a of acc.values()) {
    const info = types.get(a.metric)!;
    const summary: MetricSummary = {
      file: rel,
      metric: a.metric,
      type: info.type,
      contains: info.contains as MetricSummary['contains'],
      tags: a.tags,
    };
    const s: Series = { summary };
    if (info.type === 'trend') {
      s.sorted = Float64Array.from(a.values).sort();
      summary.count = a.values.length;
    } else if (info.type === 'rate') {
      summary.count = a.values.length;
      summary.passes = a.nonzero;
      summary.fails = a.values.length - a.nonzero;
      summary.rate = a.nonzero / a.values.length;
    } else if (info.type === 'counter') {
      summary.count = a.values.reduce((x, y) => x + y, 0);
      s.spanSeconds = a.last - a.first;
      summary.rate = summary.count / s.spanSeconds;
    }
    series.push(s);
  }
  return {
    label,
    files: [fileRef(rel, gz)],
    k6: { format: 'k6-ndjson', file: rel, series, thresholds: [], lines, warnings: [] },
  };
}

interface RawBenchmark {
  fullname: string;
  name: string;
  group: string | null;
  params: Record<string, unknown> | null;
  stats: {
    rounds: number;
    min: number;
    max: number;
    mean: number;
    median: number;
    stddev: number;
    iqr: number;
    ops: number;
    data?: number[];
  };
}

function benchRun(name: string, label: string): Run {
  const rel = `pytest/benchmark/${name}`;
  const bytes = readFileSync(new URL(rel, FIX));
  const doc = JSON.parse(bytes.toString('utf8'));
  const file = `__tests__/fixtures/${rel}`;
  const benchmarks: BenchmarkEntry[] = doc.benchmarks.map((b: RawBenchmark) => ({
    file,
    fullname: b.fullname,
    name: b.name,
    group: b.group,
    unit: 's',
    rounds: b.stats.rounds,
    min: b.stats.min,
    max: b.stats.max,
    mean: b.stats.mean,
    median: b.stats.median,
    stddev: b.stats.stddev,
    iqr: b.stats.iqr,
    ops: b.stats.ops,
    data: b.stats.data,
    params: b.params,
  }));
  const ds: BenchmarkDataset = {
    format: 'pytest-benchmark',
    file,
    benchmarks,
    commit: { id: doc.commit_info?.id },
    warnings: [],
  };
  return { label, files: [fileRef(rel, bytes)], benchmarks: ds };
}

const OPTS = { target: 0.15, tolerance: 0.05, confidence: 0.95 };
const base = k6Run('a-baseline', 'a-baseline');
const cand = k6Run('b-optimized', 'b-optimized');

describe('per-run statistics on a real k6 run', () => {
  it('p95 equals k6 own figure, with its order-statistic interval', () => {
    const st = runStatistic(base, parseKey('http_req_duration:p95'));
    expect(st.present).toBe(true);
    if (!st.present) return;
    expect(st.value).toBeCloseTo(groundTruth.k6['k6/a-baseline'].k6_reported.http_req_duration['p(95)'], 6);
    expect(st.n).toBe(801);
    expect(st.needed).toBe(59);
    // "p95 = 54.0 ms [51.2, 57.9]"
    expect(st.lower!).toBeLessThan(st.value);
    expect(st.upper!).toBeGreaterThan(st.value);
    expect(st.lower!).toBeGreaterThan(50);
    expect(st.upper!).toBeLessThan(60);
    console.log(
      `a-baseline p95 = ${st.value.toFixed(1)} ms [${st.lower!.toFixed(1)}, ${st.upper!.toFixed(1)}]`,
    );
  });
  it('error rate uses Wilson on 2/801, throughput Poisson over the sample span', () => {
    const err = runStatistic(base, parseKey('http_req_failed:rate'));
    expect(err.present && err.counts).toEqual({ successes: 2, trials: 801 });
    const thr = runStatistic(base, parseKey('http_reqs:rate'));
    expect(thr.present).toBe(true);
    if (!thr.present) return;
    expect(thr.value).toBeGreaterThan(38); // 801 requests over ~20 s
    expect(thr.value).toBeLessThan(42);
    expect(thr.lower!).toBeLessThan(thr.value);
    expect(thr.upper!).toBeGreaterThan(thr.value);
    expect(thr.unit).toBe('/s');
  });
  it('a key absent from the run is missing, with the reason', () => {
    const st = runStatistic(base, parseKey('http_req_duration{name:checkout}:p95'));
    expect(st).toEqual({
      present: false,
      reason: 'run "a-baseline" has no http_req_duration{name:checkout}',
    });
  });
});

describe('a-baseline vs b-optimized (one run per side)', () => {
  const rows = compareRuns([base], [cand], OPTS);
  it('shows the ~29 % p95 improvement with its bounds, uncalibrated', () => {
    const p95 = rows.find((r) => r.key === 'http_req_duration:p95')!;
    console.log(formatComparisonTable(rows));
    expect(p95.ratio!).toBeGreaterThan(0.69);
    expect(p95.ratio!).toBeLessThan(0.73);
    expect(p95.baseline).toBeCloseTo(54.029, 2);
    expect(p95.candidate).toBeCloseTo(38.326, 2);
    expect(p95.calibrated).toBe(false);
    expect(p95.verdict).toBe('improvement'); // uncalibrated: never "confirmed"
    expect(p95.lower!).toBeLessThan(p95.ratio!);
    expect(p95.upper!).toBeGreaterThan(p95.ratio!);
    expect(p95.upper!).toBeLessThan(1); // even the widened upper bound is below 1
    expect(p95.reason).toMatch(/uncalibrated/);
    expect(p95.samples).toEqual({ baseline: 801, candidate: 801, needed: 59 });
  });
  it('every row names its sources (path + sha256)', () => {
    for (const r of rows) {
      expect(r.sources.baseline).toEqual([
        { path: '__tests__/fixtures/k6/a-baseline/results.ndjson.gz', sha256: base.files[0].sha256 },
      ]);
      expect(r.sources.candidate[0].sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(r.reason.length).toBeGreaterThan(10);
    }
  });
  it('the default set covers latency, errors, throughput and checks; no false regression', () => {
    const keys = rows.map((r) => r.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'http_req_duration:p50',
        'http_req_duration:p99',
        'http_req_duration{name:products}:p95',
        'http_req_failed:rate',
        'http_reqs:rate',
        'checks:rate',
      ]),
    );
    expect(rows.filter((r) => r.verdict === 'regression')).toEqual([]);
    const err = rows.find((r) => r.key === 'http_req_failed:rate')!;
    // 2/801 -> 1/801: the point estimate halves (so DESIGN's rule says "improvement", unconfirmed),
    // but the bounds are wide open and nothing near a regression or a confirmation
    expect(err.verdict).toBe('improvement');
    expect(err.lower!).toBeLessThan(0.1);
    expect(err.upper!).toBeGreaterThan(5);
    const thr = rows.find((r) => r.key === 'http_reqs:rate')!;
    expect(thr.direction).toBe('increase');
    expect(thr.verdict).toBe('no-change');
  });
  it('the same run against itself is no-change everywhere', () => {
    const same = compareRuns([base], [base], OPTS);
    for (const r of same) expect([r.key, r.verdict]).toEqual([r.key, 'no-change']);
  });
});

describe('pytest-benchmark: bench-baseline vs bench-optimized', () => {
  const b = benchRun('bench-baseline.json', 'bench-baseline');
  const c = benchRun('bench-optimized.json', 'bench-optimized');
  const rows = compareRuns([b], [c], OPTS);
  const controls = rows.filter((r) => !/test_parse_orders|test_invoice_totals/.test(r.key));
  it('reports all seven benchmarks with the commit of each file', () => {
    expect(rows).toHaveLength(7);
    expect(rows[0].sources.baseline[0].commit).toBe('47c509f9cfe2cb4b990a7e62f7a084ad8ad9bdd2');
    console.log(formatComparisonTable(rows));
  });
  it('the five controls (identical code) are never regression or improvement-confirmed', () => {
    expect(controls).toHaveLength(5);
    for (const r of controls) {
      expect(['no-change', 'improvement']).toContain(r.verdict);
      expect(r.verdict).toBe('no-change');
    }
  });
  it('the two changed benchmarks are improvements (not confirmed: one run per side)', () => {
    for (const name of ['test_parse_orders', 'test_invoice_totals']) {
      const r = rows.find((x) => x.key === `test_benchmarks.py::${name}:median`)!;
      expect(r.verdict).toBe('improvement');
      expect(r.ratio!).toBeLessThan(0.85);
      expect(r.unit).toBe('s');
    }
  });
  it('calibrating with the controls and repeating: improvement-confirmed becomes possible', () => {
    // a noise file from the controls' spread is NOT a valid A/A calibration of these keys, so use an
    // honest small noise entry for the target only and check the mechanics
    const noise = {
      version: 2 as const,
      generated_at: '2026-11-22T00:00:00Z',
      runs: 10,
      keys: {
        'test_benchmarks.py::test_invoice_totals:median': {
          between_var_log: 0.05 ** 2,
          df: 9,
          runs: 10,
          sampling_var_log: null,
        },
      },
    };
    const r = compareRuns([b], [c], {
      ...OPTS,
      noise,
      keys: [parseKey('test_benchmarks.py::test_invoice_totals:median')],
    })[0];
    expect(r.calibrated).toBe(true);
    expect(r.named).toBe(true);
    expect(r.verdict).toBe('improvement-confirmed'); // 0.59 with U = 0.59·e^(1.83·0.05·√2) ≈ 0.67
  });
});

describe('benchmarks on one side only and k6 vs benchmarks', () => {
  it('a benchmark present on one side is reported as insufficient-data, never dropped', () => {
    const b = benchRun('bench-baseline.json', 'b');
    const c = benchRun('bench-optimized.json', 'c');
    c.benchmarks = {
      ...c.benchmarks!,
      benchmarks: c.benchmarks!.benchmarks.filter((x) => !x.name.includes('password')),
    };
    const rows = compareRuns([b], [c], OPTS);
    const r = rows.find((x) => x.key.includes('test_password_hash'))!;
    expect(r.verdict).toBe('insufficient-data');
    expect(r.reason).toMatch(/candidate: run "c" has no benchmark test_benchmarks.py::test_password_hash/);
  });
});

describe('calibrate', () => {
  it('writes the between-run variance of the log statistic per key (beyond sampling), df = runs - 1', () => {
    const noise = calibrate([base, k6Run('a-baseline', 'again')], { now: '2026-11-22T00:00:00Z' });
    expect(noise.version).toBe(2);
    expect(noise.runs).toBe(2);
    const same = noise.keys['http_req_duration:p95'];
    expect(same.between_var_log).toBe(0);
    expect(same.df).toBe(1);
    expect(same.runs).toBe(2);
    expect(same.sampling_var_log!).toBeGreaterThan(0);
    const noise2 = calibrate([base, cand], { now: 'x', keys: [parseKey('http_req_duration:p95')] });
    const e = noise2.keys['http_req_duration:p95'];
    // s² of two runs = (ln a - ln b)² / 2, minus their mean sampling variance
    expect(e.between_var_log).toBeCloseTo(Math.log(54.029 / 38.326) ** 2 / 2 - e.sampling_var_log!, 4);
    // any number of runs
    const noise3 = calibrate([base, cand, k6Run('a-baseline', 'again')], {
      now: 'x',
      keys: [parseKey('http_req_duration:p95')],
    });
    expect(noise3.keys['http_req_duration:p95'].df).toBe(2);
    expect(noise3.keys['http_req_duration:p95'].runs).toBe(3);
  });
  it('refuses a single run', () => {
    expect(() => calibrate([base])).toThrow(/at least 2 A\/A runs/);
  });
});
