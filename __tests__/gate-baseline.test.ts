import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig, type PerfGatesConfig } from '../src/config/schema.js';
import { evaluateBaseline, type BaselineEvidence } from '../src/gates/baseline/evaluate.js';
import { countHypotheses } from '../src/gates/baseline/markdown.js';
import { csvField } from '../src/gates/baseline/csv.js';
import type {
  BaselineCsvDataset,
  BenchmarkDataset,
  GateContext,
  K6Dataset,
  MarkdownDataset,
  Run,
  SourceRef,
  TestDataset,
} from '../src/model.js';
import { parseDocument } from '../src/parsers/index.js';
import { parseK6Ndjson } from '../src/parsers/k6-ndjson/index.js';

// ---- real fixtures -------------------------------------------------------------------------
const FIX = new URL('./fixtures/', import.meta.url);
const bytes = (rel: string): Buffer => readFileSync(new URL(rel, FIX));
const text = (rel: string): string => bytes(rel).toString('utf8');
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const ref = (rel: string): SourceRef => ({ path: rel, sha256: sha(bytes(rel)) });
const truth = JSON.parse(text('ground-truth.json')) as {
  k6: Record<string, { recomputed_from_ndjson: { by_tag: Record<string, Record<string, number>> } }>;
};

const ndjsonCache = new Map<string, K6Dataset>();
function k6Run(dir: string, label = dir): Run {
  const rel = `k6/${dir}/results.ndjson.gz`;
  const gz = bytes(rel);
  if (!ndjsonCache.has(rel)) ndjsonCache.set(rel, parseK6Ndjson(gunzipSync(gz), { file: rel }));
  return { label, files: [{ path: rel, sha256: sha(gz), bytes: gz.length }], k6: ndjsonCache.get(rel) };
}
function withBench(run: Run, rel = 'pytest/benchmark/bench-baseline.json'): Run {
  const b = bytes(rel);
  const ds = parseDocument(b.toString('utf8'), rel, 'pytest-benchmark') as BenchmarkDataset;
  return { ...run, files: [...run.files, { path: rel, sha256: sha(b), bytes: b.length }], benchmarks: ds };
}
const csvDs = (t: string, file = 'protocol/baseline-metrics.csv'): BaselineCsvDataset =>
  parseDocument(t, file, 'baseline-csv') as BaselineCsvDataset;
const md = (rel: string, t = text(rel)): MarkdownDataset =>
  parseDocument(t, rel, 'markdown') as MarkdownDataset;
const pytest = (): TestDataset =>
  parseDocument(
    text('pytest/json-report/performance-baseline.json'),
    'pytest/json-report/performance-baseline.json',
    'pytest-json-report',
  ) as TestDataset;

const ctx = (inputs: SourceRef[] = []): GateContext => ({
  now: '2026-11-22T10:00:00.000Z',
  verifiedBy: { tool: 'perf-gates test', user: 'vitest' },
  inputs,
});
const CSV_TEXT = text('protocol/baseline-metrics.csv');
const CSV_LINES = CSV_TEXT.trimEnd().split('\n');

function run(ev: BaselineEvidence, config: PerfGatesConfig = defaultConfig(), inputs: SourceRef[] = []) {
  const out = evaluateBaseline(ev, config, ctx(inputs));
  const art = (name: string): string => {
    const a = out.artifacts.find((x) => x.name === name);
    if (!a) throw new Error(`no artifact ${name}`);
    return a.content;
  };
  const has = (name: string): boolean => out.artifacts.some((x) => x.name === name);
  const intake = JSON.parse(
    has('performance-intake-report.json') ? art('performance-intake-report.json') : '{}',
  ) as Record<string, unknown> & {
    metrics: {
      metric_name: string;
      service: string;
      value: number | null;
      counted: boolean;
      collection_method: string | null;
      timestamp: string | null;
      source: string | null;
      reason: string;
    }[];
    missing_metrics: string[];
  };
  const crit = (name: string) => {
    const c = out.result.criteria.find((x) => x.name === name);
    if (!c) throw new Error(`no criterion ${name}`);
    return c;
  };
  return { out, art, has, intake, crit };
}

// ---- tests -----------------------------------------------------------------------------------
describe('gate 1 over the protocol CSV (complete baseline; its rows are the required set)', () => {
  const r = run(
    {
      runs: [k6Run('a-baseline')],
      csv: csvDs(CSV_TEXT),
      hypotheses: md('protocol/hypothesis-log.md'),
      pytest: pytest(),
    },
    defaultConfig(),
    [ref('protocol/baseline-metrics.csv')],
  );

  it('covers the 24 rows: latency p50/p95/p99, throughput, error rate for three services, cpu, memory, db, benchmarks, pytest', () => {
    expect(r.intake.metrics_required).toBe(24);
    expect(r.intake.metrics_collected).toBe(24);
    expect(r.intake.baseline_completeness).toBe(100);
    expect(r.intake.missing_metrics).toEqual([]);
    const covered = new Set(r.intake.metrics.map((m) => `${m.metric_name}/${m.service}`));
    for (const svc of ['catalog-api', 'search-api', 'checkout-api'])
      for (const m of [
        'api_latency_p50',
        'api_latency_p95',
        'api_latency_p99',
        'throughput',
        'error_rate',
        'cpu_utilization',
      ])
        expect(covered.has(`${m}/${svc}`)).toBe(true);
    for (const k of [
      'memory_rss/catalog-api',
      'memory_rss/checkout-api',
      'db_query_p95/orders-db',
      'parse_orders_median/orders-service',
      'invoice_totals_median/orders-service',
      'get_order_latency_p95/orders-service',
    ])
      expect(covered.has(k)).toBe(true);
    expect(r.intake.metrics.every((m) => m.source === 'csv')).toBe(true);
    expect((r.intake.required_set as { origin: string }).origin).toBe('csv');
  });

  it('passes with five hypotheses; the intake report has the protocol fields and provenance', () => {
    expect(r.out.result.verdict).toBe('pass');
    expect(r.out.result.score).toBe(100);
    expect(r.crit('hypotheses_documented').actual).toBe(5);
    expect(r.intake.generated_at).toBe('2026-11-22T10:00:00.000Z');
    expect(r.intake.verified_by).toEqual({ tool: 'perf-gates test', user: 'vitest' });
    expect((r.intake.inputs as SourceRef[])[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((r.intake.business_impact as { provided: boolean; note: string }).note).toMatch(/^not provided/);
    // alerts: the failed pytest performance test (test_bulk_import_latency) is an input-given alert
    const alerts = r.intake.alerts as { provided: boolean; items: { kind: string; test?: string }[] };
    expect(alerts.provided).toBe(true);
    expect(alerts.items.map((a) => a.test)).toContain('test_performance.py::test_bulk_import_latency');
  });

  it('writes the team CSV with no derived rows and the hypothesis log byte for byte', () => {
    const rows = Papa.parse<string[]>(r.art('baseline-metrics.csv').trim()).data;
    expect(rows).toHaveLength(25);
    expect(rows[0]).toEqual(['metric_name', 'service', 'value', 'unit', 'collection_method', 'timestamp']);
    const original = Papa.parse<string[]>(CSV_TEXT.trim()).data;
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i].filter((_, j) => j !== 2)).toEqual(original[i].filter((_, j) => j !== 2));
      expect(Number(rows[i][2])).toBe(Number(original[i][2]));
    }
    expect(r.art('hypothesis-log.md')).toBe(text('protocol/hypothesis-log.md'));
  });

  it('with the file text known (dataset.text), the CSV is copied byte for byte', () => {
    const ds = { ...csvDs(CSV_TEXT), text: CSV_TEXT };
    const again = run({ runs: [], csv: ds, hypotheses: md('protocol/hypothesis-log.md') });
    expect(again.art('baseline-metrics.csv')).toBe(CSV_TEXT);
  });
});

describe('gate 1 from the k6 run alone (default required set per name tag)', () => {
  const base = k6Run('a-baseline');
  const r = run({ runs: [base], hypotheses: md('protocol/hypothesis-log.md') });
  const gt = truth.k6['k6/a-baseline'].recomputed_from_ndjson.by_tag;

  it('derives p50/p95/p99, throughput and error rate for name=products with k6-exact figures', () => {
    expect(r.intake.metrics_required).toBe(5);
    expect(r.intake.metrics_collected).toBe(5);
    expect(r.out.result.verdict).toBe('pass');
    const v = (m: string) =>
      r.intake.metrics.find((x) => x.metric_name === m && x.service === 'products')?.value as number;
    expect(v('api_latency_p50')).toBeCloseTo(gt['http_req_duration{name:products}'].med, 6);
    expect(v('api_latency_p95')).toBeCloseTo(gt['http_req_duration{name:products}']['p(95)'], 6);
    expect(v('api_latency_p99')).toBeCloseTo(gt['http_req_duration{name:products}']['p(99)'], 6);
    expect(v('error_rate')).toBeCloseTo(gt['http_req_failed{name:products}'].rate * 100, 3);
    const dur = (Date.parse(base.k6?.endTime as string) - Date.parse(base.k6?.startTime as string)) / 1000;
    expect(v('throughput')).toBeCloseTo(801 / dur, 1);
    expect(v('throughput')).toBeGreaterThan(39);
    expect(v('throughput')).toBeLessThan(41);
    expect(r.out.result.notes.join(' ')).toMatch(/first-to-last sample span/);
  });

  it('each derived row names the NDJSON file and its sha256; timestamp = the run end time', () => {
    const gzSha = sha(bytes('k6/a-baseline/results.ndjson.gz'));
    for (const m of r.intake.metrics) {
      expect(m.source).toBe('k6');
      expect(m.collection_method).toContain(`results.ndjson.gz sha256:${gzSha}`);
      expect(m.timestamp).toBe(base.k6?.endTime);
    }
    expect(r.intake.metrics[1].collection_method).toBe(
      `k6 NDJSON http_req_duration{name:products} p95 (results.ndjson.gz sha256:${gzSha})`,
    );
  });

  it('baseline-metrics.csv: header plus the derived rows, RFC 4180 quoted, values at full precision', () => {
    const csv = r.art('baseline-metrics.csv');
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows).toHaveLength(6);
    const p95 = rows.find((x) => x[0] === 'api_latency_p95');
    expect(p95?.[1]).toBe('products');
    expect(p95?.[3]).toBe('ms');
    expect(Number(p95?.[2])).toBe(r.intake.metrics.find((m) => m.metric_name === 'api_latency_p95')?.value);
    expect(p95?.[2]).not.toMatch(/^\d+\.\d{1,2}$/); // not rounded
    // a method holding a comma is quoted
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('plain')).toBe('plain');
  });
});

describe('gate 1 fails on an incomplete CSV with the right missing_metrics', () => {
  it('empty cells: a row without value, a row without timestamp do not count', () => {
    const lines = [...CSV_LINES];
    const i = lines.findIndex((l) => l.startsWith('error_rate,checkout-api,'));
    lines[i] = lines[i].replace(',0.98,', ',,');
    const j = lines.findIndex((l) => l.startsWith('memory_rss,checkout-api,'));
    lines[j] = lines[j].replace(/,2026-11-22T09:26:31Z$/, ',');
    const r = run({
      runs: [],
      csv: csvDs(lines.join('\n') + '\n'),
      hypotheses: md('protocol/hypothesis-log.md'),
    });
    expect(r.intake.metrics_required).toBe(24);
    expect(r.intake.metrics_collected).toBe(22);
    expect(r.intake.baseline_completeness).toBe(91.67);
    expect(r.intake.missing_metrics).toEqual(['error_rate (checkout-api)', 'memory_rss (checkout-api)']);
    expect(r.out.result.verdict).toBe('fail');
    const c = r.crit('baseline_completeness');
    expect(c.verdict).toBe('fail');
    expect(c.threshold).toBe(95);
    expect(c.reason).toContain('22 of 24 required metrics captured');
    const missing = r.intake.missing as { reason: string }[];
    expect(missing[0].reason).toContain('missing value');
    expect(missing[1].reason).toContain('missing timestamp');
    expect(r.out.result.failure?.requiredAction).toBe(
      'Fill telemetry gaps; rerun baseline capture before proceeding.',
    );
  });

  it('a rejected row (no metric_name) is required and missing, named by its line (23/24 = 95.83% still meets 95%)', () => {
    const lines = [...CSV_LINES];
    lines[3] = lines[3].replace(/^api_latency_p99/, '');
    const r = run({ runs: [], csv: csvDs(lines.join('\n')), hypotheses: md('protocol/hypothesis-log.md') });
    expect(r.intake.metrics_required).toBe(24);
    expect(r.intake.metrics_collected).toBe(23);
    expect(r.intake.missing_metrics).toEqual(['line 4 (unknown service)']);
    expect((r.intake.rejected_rows as { line: number }[])[0].line).toBe(4);
    expect(r.intake.baseline_completeness).toBe(95.83);
    expect(r.out.result.verdict).toBe('pass');
    expect(r.out.result.notes.join(' ')).toContain('line 4 (metric_name is empty)');
    // a second rejected row drops it below the threshold
    lines[4] = lines[4].replace(',602.6,', ',fast,');
    const r2 = run({ runs: [], csv: csvDs(lines.join('\n')), hypotheses: md('protocol/hypothesis-log.md') });
    expect(r2.intake.baseline_completeness).toBe(91.67);
    expect(r2.intake.missing_metrics).toEqual(['line 4 (unknown service)', 'line 5 (unknown service)']);
    expect(r2.out.result.verdict).toBe('fail');
  });

  it('minus rows, with config naming the full set: the removed rows are missing', () => {
    const all = Papa.parse<string[]>(CSV_TEXT.trim()).data.slice(1);
    const yaml =
      'baseline:\n  required_metrics:\n' +
      all.map((c) => `    - { metric_name: ${c[0]}, service: ${c[1]} }`).join('\n') +
      '\n';
    const config = parseConfig(yaml, '.github/perf-gates.yml');
    const kept = CSV_LINES.filter(
      (l) => !/^(throughput,search-api|cpu_utilization,checkout-api|db_query_p95,orders-db),/.test(l),
    );
    expect(kept).toHaveLength(CSV_LINES.length - 3);
    const r = run(
      { runs: [], csv: csvDs(kept.join('\n')), hypotheses: md('protocol/hypothesis-log.md') },
      config,
    );
    expect(r.intake.metrics_required).toBe(24);
    expect(r.intake.metrics_collected).toBe(21);
    expect(r.intake.baseline_completeness).toBe(87.5);
    expect(r.intake.missing_metrics).toEqual([
      'throughput (search-api)',
      'cpu_utilization (checkout-api)',
      'db_query_p95 (orders-db)',
    ]);
    expect(r.out.result.verdict).toBe('fail');
  });
});

describe('gate 1 with config required_metrics mapped to sources', () => {
  const yaml = `
baseline:
  required_metrics:
    - { metric_name: api_latency_p95, service: catalog-api, k6: "http_req_duration{name:products}", stat: p95 }
    - { metric_name: error_rate, service: catalog-api, k6: "http_req_failed{name:products}", stat: rate, unit: ratio }
    - { metric_name: parse_orders_median, service: orders-service, benchmark: "test_benchmarks.py::test_parse_orders", unit: ms }
    - { metric_name: get_order_latency_p95, service: orders-service, pytest: "test_performance.py::test_get_order_latency_p95", stat: latency_ms }
    - { metric_name: cpu_utilization, service: catalog-api }
`;
  const config = parseConfig(yaml, '.github/perf-gates.yml');

  it('derives what the CSV lacks from k6, pytest-benchmark and pytest json_metadata', () => {
    // CSV holds only cpu_utilization (catalog-api): the rest must be derived.
    const csv = csvDs(
      [CSV_LINES[0], ...CSV_LINES.filter((l) => l.startsWith('cpu_utilization,catalog-api'))].join('\n'),
    );
    const py = pytest();
    const r = run(
      {
        runs: [withBench(k6Run('a-baseline'))],
        csv,
        hypotheses: md('protocol/hypothesis-log.md'),
        pytest: py,
      },
      config,
      [ref('pytest/json-report/performance-baseline.json')],
    );
    expect(r.intake.metrics_collected).toBe(5);
    expect(r.out.result.verdict).toBe('pass');
    const by = (m: string) => r.intake.metrics.find((x) => x.metric_name === m);
    expect(by('api_latency_p95')?.value).toBeCloseTo(54.028732, 6);
    expect(by('error_rate')?.value).toBeCloseTo(2 / 801, 9);
    expect(by('parse_orders_median')?.value).toBeCloseTo(1.2498, 3);
    expect(by('parse_orders_median')?.source).toBe('pytest-benchmark');
    expect(by('parse_orders_median')?.collection_method).toContain('bench-baseline.json sha256:');
    expect(by('get_order_latency_p95')?.value).toBe(15.076);
    expect(by('get_order_latency_p95')?.timestamp).toBe(py.created);
    expect(by('get_order_latency_p95')?.collection_method).toContain('performance-baseline.json sha256:');
    expect(by('cpu_utilization')?.source).toBe('csv');
    // derived rows are appended to the team's CSV
    const rows = Papa.parse<string[]>(r.art('baseline-metrics.csv').trim()).data;
    expect(rows).toHaveLength(6);
    expect(rows[1][0]).toBe('cpu_utilization');
  });

  it('a mapped source without the data: missing, with the reason', () => {
    const r = run({ runs: [k6Run('a-baseline')], hypotheses: md('protocol/hypothesis-log.md') }, config);
    expect(r.intake.metrics_collected).toBe(2);
    expect(r.out.result.verdict).toBe('fail');
    const reasons = Object.fromEntries(
      (r.intake.missing as { metric_name: string; reason: string }[]).map((m) => [m.metric_name, m.reason]),
    );
    expect(reasons.parse_orders_median).toContain('no pytest-benchmark output');
    expect(reasons.get_order_latency_p95).toContain('no pytest report');
    expect(reasons.cpu_utilization).toContain('no CSV row and no source mapped');
  });

  it('a k6 summary-export has no end time: a derived row without timestamp does not count', () => {
    const rel = 'k6/a-baseline/summary-export.json';
    const ds = parseDocument(text(rel), rel, 'k6-summary-export') as K6Dataset;
    const cfg = parseConfig(
      'baseline:\n  required_metrics:\n    - { metric_name: p95, service: all, k6: http_req_duration, stat: p95 }\n',
      'f.yml',
    );
    const r = run(
      {
        runs: [{ label: 'summary', files: [{ ...ref(rel), bytes: 1 }], k6: ds }],
        hypotheses: md('protocol/hypothesis-log.md'),
      },
      cfg,
    );
    expect(r.intake.metrics_collected).toBe(0);
    expect((r.intake.missing as { reason: string }[])[0].reason).toContain('no timestamp');
    expect(r.out.result.verdict).toBe('fail');
  });
});

describe('gate 1 fails closed', () => {
  it('no inputs at all: insufficient-data (TelemetryGap)', () => {
    const r = run({ runs: [] });
    expect(r.out.result.verdict).toBe('insufficient-data');
    expect(r.crit('baseline_completeness').protocolReason).toBe('TelemetryGap');
    expect(r.crit('hypotheses_documented').verdict).toBe('insufficient-data');
    expect(r.out.result.score).toBeNull();
    // nothing is written that has no input behind it (governance counts artifacts)
    expect(r.out.artifacts).toEqual([]);
    expect(r.out.result.notes.join(' ')).toContain('hypothesis-log.md not written');
  });

  it('a k6 run with no samples is no evidence', () => {
    const empty: Run = {
      label: 'empty',
      files: [],
      k6: { format: 'k6-ndjson', file: 'empty.ndjson', series: [], thresholds: [], warnings: [] },
    };
    const r = run({ runs: [empty], hypotheses: md('protocol/hypothesis-log.md') });
    expect(r.out.result.verdict).toBe('insufficient-data');
    expect(r.crit('baseline_completeness').protocolReason).toBe('TelemetryGap');
  });

  it('a hypothesis log with no hypothesis fails; a missing one is insufficient-data', () => {
    const none = md('docs/h.md', '# Hypothesis log\n\nNothing yet. We will add ideas after the load test.\n');
    const r = run({ runs: [k6Run('a-baseline')], hypotheses: none });
    expect(r.crit('hypotheses_documented').verdict).toBe('fail');
    expect(r.crit('hypotheses_documented').actual).toBe(0);
    expect(r.out.result.verdict).toBe('fail');
    const r2 = run({ runs: [k6Run('a-baseline')] });
    expect(r2.crit('hypotheses_documented').verdict).toBe('insufficient-data');
    expect(r2.out.result.verdict).toBe('insufficient-data');
    expect(r2.has('hypothesis-log.md')).toBe(false);
    expect(r2.has('performance-intake-report.json')).toBe(true);
    expect(r2.has('baseline-metrics.csv')).toBe(true);
  });
});

describe('hypothesis counting', () => {
  it('the protocol log: H1-H5 as table rows and sections, counted once', () => {
    const h = countHypotheses(md('protocol/hypothesis-log.md'));
    expect(h.count).toBe(5);
    expect(h.ids).toEqual(['H1', 'H2', 'H3', 'H4', 'H5']);
  });
  it('a table with a Hypothesis column and no ids; Hypothesis sections', () => {
    const t = md(
      'h.md',
      '# Log\n\n| Service | Hypothesis |\n|---|---|\n| api | pool exhaustion |\n| db | missing index |\n',
    );
    expect(countHypotheses(t).count).toBe(2);
    const s = md(
      'h.md',
      '# Hypothesis log\n\n## Hypothesis: GC pauses\n\nTail latency follows GC.\n\n## Notes\n\nnone\n',
    );
    expect(countHypotheses(s).count).toBe(1);
  });
});
