import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig, type PerfGatesConfig } from '../src/config/schema.js';
import { evaluateDiagnostics, type DiagnosticsEvidence } from '../src/gates/diagnostics/evaluate.js';
import {
  compare,
  evaluateThresholds,
  parseMetricSelector,
  parseThresholdExpression,
  runDurationSeconds,
} from '../src/gates/thresholds.js';
import type { GateContext, K6Dataset, MarkdownDataset, Run, Series } from '../src/model.js';
import { parseDocument } from '../src/parsers/index.js';
import { parseK6Ndjson } from '../src/parsers/k6-ndjson/index.js';

// ---- real fixtures -------------------------------------------------------------------------
const FIX = new URL('./fixtures/', import.meta.url);
const bytes = (rel: string): Buffer => readFileSync(new URL(rel, FIX));
const text = (rel: string): string => bytes(rel).toString('utf8');
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

const cache = new Map<string, K6Dataset>();
function ndjson(dir: string): K6Dataset {
  const rel = `k6/${dir}/results.ndjson.gz`;
  if (!cache.has(rel)) cache.set(rel, parseK6Ndjson(gunzipSync(bytes(rel)), { file: rel }));
  return cache.get(rel) as K6Dataset;
}
/** A run as the I/O layer builds it: the NDJSON, plus (optionally) the summary's threshold verdicts. */
function k6Run(dir: string, opts: { summary?: boolean } = {}): Run {
  const rel = `k6/${dir}/results.ndjson.gz`;
  const gz = bytes(rel);
  const nd = ndjson(dir);
  const k6: K6Dataset = { ...nd, thresholds: [...nd.thresholds] };
  const files = [{ path: rel, sha256: sha(gz), bytes: gz.length }];
  if (opts.summary) {
    const srel = `k6/${dir}/summary-export.json`;
    const s = parseDocument(text(srel), srel, 'k6-summary-export') as K6Dataset;
    k6.thresholds.push(...s.thresholds);
    files.push({ path: srel, sha256: sha(bytes(srel)), bytes: bytes(srel).length });
  }
  return { label: dir, files, k6 };
}
const md = (rel: string, t = text(rel)): MarkdownDataset =>
  parseDocument(t, rel, 'markdown') as MarkdownDataset;
const profiling = (): MarkdownDataset => md('protocol/profiling-report.md');
const capacity = (): MarkdownDataset => md('protocol/capacity-analysis.md');
const ctx: GateContext = {
  now: '2026-11-22T10:00:00.000Z',
  verifiedBy: { tool: 'perf-gates test' },
  inputs: [],
};

const SERVICES = 'diagnostics:\n  services: [catalog-api, checkout-api, search-api, orders-service]\n';
const cfg = (extra = ''): PerfGatesConfig => parseConfig(SERVICES + extra, '.github/perf-gates.yml');

/** the artifact is JSON read back for assertions: loosely typed on purpose */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

function run(ev: DiagnosticsEvidence, config: PerfGatesConfig = defaultConfig()) {
  const out = evaluateDiagnostics(ev, config, ctx);
  const art = (name: string): string => {
    const a = out.artifacts.find((x) => x.name === name);
    if (!a) throw new Error(`no artifact ${name}`);
    return a.content;
  };
  const has = (name: string): boolean => out.artifacts.some((x) => x.name === name);
  const results = JSON.parse(has('load-test-results.json') ? art('load-test-results.json') : '{}') as Record<
    string,
    Loose
  >;
  const crit = (name: string) => {
    const c = out.result.criteria.find((x) => x.name === name);
    if (!c) throw new Error(`no criterion ${name}`);
    return c;
  };
  return { out, art, has, results, crit };
}

// ---- tests -----------------------------------------------------------------------------------
describe('gate 2 on the baseline run with the team reports', () => {
  it('passes when config names the profiled services and a peak scenario the run reached', () => {
    const r = run(
      { runs: [k6Run('a-baseline')], profiling: profiling(), capacity: capacity() },
      cfg('  peak_scenarios:\n    - { scenario: steady_load, min_rps: 39, min_duration: 19s, min_vus: 1 }\n'),
    );
    expect(r.out.result.verdict).toBe('pass');
    expect(r.out.result.score).toBe(100);
    expect(r.results.services_profiled).toBe(4);
    expect(r.results.missing_services).toEqual([]);
    const sc = r.results.scenarios[0].checks[0];
    expect(sc.requests).toBe(801);
    expect(sc.achieved_rps).toBeGreaterThan(39.5);
    expect(sc.achieved_rps).toBeLessThan(40.5);
    expect(sc.dropped_iterations).toBe(0);
    expect(r.crit('load_test_thresholds').reason).toBe('the load test declares no thresholds');
  });

  it('load-test-results.json has the protocol shape with k6-exact figures and the named bottlenecks', () => {
    const r = run({ runs: [k6Run('a-baseline')], profiling: profiling(), capacity: capacity() }, cfg());
    const res = r.results;
    const k6 = ndjson('a-baseline');
    expect(res.test_date).toBe(k6.startTime);
    expect(res.test_scenario).toBe('steady_load');
    expect(res.results.latency.unit).toBe('ms');
    expect(res.results.latency.p50).toBeCloseTo(37.236065, 6);
    expect(res.results.latency.p95).toBeCloseTo(54.028732, 6);
    expect(res.results.latency.p99).toBeCloseTo(68.151049, 6);
    expect(res.results.latency.status).toBe('no target');
    expect(res.results.error_rate.actual).toBeCloseTo((2 / 801) * 100, 9);
    expect(res.results.error_rate.unit).toBe('percent');
    expect(res.results.throughput.unit).toBe('req/s');
    expect(res.results.throughput.actual).toBeCloseTo(801 / (runDurationSeconds(k6)?.seconds as number), 9);
    const b = res.bottlenecks as { service: string | null; issue: string; rank?: number; source: string }[];
    const ranked = b.filter((x) => x.source === 'protocol/capacity-analysis.md');
    expect(ranked[0]).toMatchObject({
      service: 'checkout-api',
      issue: 'payment provider latency and retries (p99 332 ms).',
      rank: 1,
    });
    expect(ranked[1].service).toBe('catalog-api');
    expect(
      b.some(
        (x) =>
          x.source === 'protocol/profiling-report.md' &&
          x.service === 'catalog-api' &&
          x.issue.includes('json.Marshal'),
      ),
    ).toBe(true);
    expect(res.generated_at).toBe(ctx.now);
    expect(r.art('profiling-report.md')).toBe(text('protocol/profiling-report.md'));
    expect(r.art('capacity-analysis.md')).toBe(text('protocol/capacity-analysis.md'));
  });

  it('without config the services are the k6 name tags: `products` has no profiling section, coverage 66.67% fails', () => {
    const r = run({ runs: [k6Run('a-baseline')], profiling: profiling(), capacity: capacity() });
    expect(r.results.services_required).toBe(1);
    expect(r.results.missing_services).toEqual(['products']);
    expect(r.results.coverage.peak_scenarios.reached).toBe(1);
    expect(r.out.result.score).toBe(66.67);
    expect(r.crit('diagnostic_coverage').verdict).toBe('fail');
    expect(r.crit('diagnostic_coverage').reason).toContain('not profiled: products');
    expect(r.out.result.verdict).toBe('fail');
    expect(r.out.result.failure?.requiredAction).toBe(
      'Extend diagnostics or add scenarios; rerun validation.',
    );
  });

  it('a missing service, a missing capacity analysis lower the weighted coverage; weights apply', () => {
    const c = cfg().diagnostics;
    const conf = cfg();
    conf.diagnostics = { ...c, services: [...(c.services ?? []), 'payment-service'] };
    const r = run({ runs: [k6Run('a-baseline')], profiling: profiling() }, conf);
    // services 4/5, peak 1, capacity 0 → (0.8 + 1 + 0) / 3
    expect(r.out.result.score).toBe(60);
    expect(r.results.missing_services).toEqual(['payment-service']);
    expect(r.crit('diagnostic_coverage').reason).toContain('no capacity analysis given');
    conf.diagnostics.weights = { services: 1, peak_scenarios: 1, capacity: 0 };
    const r2 = run({ runs: [k6Run('a-baseline')], profiling: profiling() }, conf);
    expect(r2.out.result.score).toBe(90);
    expect(r2.out.result.verdict).toBe('pass');
    expect(r2.has('capacity-analysis.md')).toBe(false);
    expect(r2.out.result.notes.join(' ')).toContain('capacity-analysis.md not written');
  });

  it('service headings match case-insensitively and need content; an empty capacity file does not count', () => {
    const prof = md(
      'p.md',
      '# Profiling\n\n## Catalog-API\n\npprof: json encoding 22 %\n\n## search-api\n\n',
    );
    const conf = parseConfig('diagnostics:\n  services: [catalog-api, search-api]\n', 'f.yml');
    const r = run(
      {
        runs: [k6Run('a-baseline')],
        profiling: prof,
        capacity: md('c.md', '# Capacity analysis\n\n## Headroom\n'),
      },
      conf,
    );
    expect(r.results.missing_services).toEqual(['search-api']);
    expect(r.results.coverage.capacity_analysis.non_empty).toBe(false);
    expect(r.out.result.score).toBe(50);
  });
});

describe('gate 2: the load test itself broke (LoadTestFailure)', () => {
  it('d-thresholds with its summary: the 3 thresholds k6 failed', () => {
    const r = run(
      { runs: [k6Run('d-thresholds', { summary: true })], profiling: profiling(), capacity: capacity() },
      cfg(),
    );
    const c = r.crit('load_test_thresholds');
    expect(c.verdict).toBe('fail');
    expect(c.protocolReason).toBe('LoadTestFailure');
    expect(c.actual).toBe(3);
    expect(r.out.result.verdict).toBe('fail');
    const crossed = (r.results.thresholds as { metric: string; expression: string; status: string }[]).filter(
      (t) => t.status === 'crossed',
    );
    expect(crossed.map((t) => `${t.metric} ${t.expression}`).sort()).toEqual([
      'http_req_duration{name:products} p(95)<40',
      'http_req_failed{name:flaky} rate<0.01',
      'server_reported_ms p(95)<30',
    ]);
    expect(r.results.thresholds).toHaveLength(11);
    expect(r.results.results.latency.status).toBe('met'); // whole-metric p(95)<250, p(99)<600 held
    expect(r.results.results.error_rate.target).toBeCloseTo(10, 9);
    expect(r.results.results.error_rate.status).toBe('met');
  });

  it('d-thresholds from the NDJSON alone (ok: null): evaluated on exact figures', () => {
    const run0 = k6Run('d-thresholds');
    expect(run0.k6?.thresholds.every((t) => t.ok === null)).toBe(true);
    const v = evaluateThresholds(run0.k6);
    // k6 writes no submetric thresholds into the NDJSON: 8 declared, server_reported_ms p(95)<30 crossed
    expect(v).toHaveLength(8);
    const crossed = v.filter((t) => t.status === 'crossed');
    expect(crossed.map((t) => `${t.metric} ${t.expression}`)).toEqual(['server_reported_ms p(95)<30']);
    expect(crossed[0].actual).toBeCloseTo(55.2465, 4);
    expect(v.find((t) => t.expression === 'p(95)<250')?.actual).toBeCloseTo(49.807178, 6);
    expect(v.find((t) => t.expression === 'count>100')?.actual).toBe(1298);
    const r = run({ runs: [run0], profiling: profiling(), capacity: capacity() }, cfg());
    expect(r.crit('load_test_thresholds').protocolReason).toBe('LoadTestFailure');
    expect(r.out.result.verdict).toBe('fail');
  });

  it('dropped iterations: the scenario did not reach its load', () => {
    const base = k6Run('a-baseline');
    const k6 = base.k6 as K6Dataset;
    const dropped: Series = {
      summary: {
        file: k6.file,
        metric: 'dropped_iterations',
        type: 'counter',
        tags: { scenario: 'steady_load' },
        count: 12,
      },
      spanSeconds: 20,
    };
    const r = run(
      {
        runs: [{ ...base, k6: { ...k6, series: [...k6.series, dropped] } }],
        profiling: profiling(),
        capacity: capacity(),
      },
      cfg(),
    );
    expect(r.crit('peak_load_reached').verdict).toBe('fail');
    expect(r.crit('peak_load_reached').protocolReason).toBe('LoadTestFailure');
    expect(r.crit('peak_load_reached').reason).toContain('12 dropped_iterations');
    expect(r.out.result.score).toBe(66.67);
  });

  it('a configured min_rps or min_vus the run did not reach', () => {
    const r = run(
      { runs: [k6Run('a-baseline')], profiling: profiling(), capacity: capacity() },
      cfg('  peak_scenarios:\n    - { scenario: steady_load, min_rps: 1000 }\n'),
    );
    expect(r.crit('peak_load_reached').protocolReason).toBe('LoadTestFailure');
    expect(r.crit('peak_load_reached').reason).toMatch(/achieved (39|40)\.\d+ req\/s < min_rps 1000/);
    expect(r.results.results.throughput).toMatchObject({ target: 1000, status: 'breached' });
    const r2 = run(
      { runs: [k6Run('a-baseline')], profiling: profiling(), capacity: capacity() },
      cfg('  peak_scenarios:\n    - { scenario: steady_load, min_vus: 500 }\n'),
    );
    expect(r2.crit('peak_load_reached').reason).toMatch(/vus reached \d+ < min_vus 500/);
  });

  it('a configured peak scenario that did not run lowers coverage (not a broken load test)', () => {
    const r = run(
      { runs: [k6Run('a-baseline')], profiling: profiling(), capacity: capacity() },
      cfg('  peak_scenarios:\n    - { scenario: steady_load }\n    - { scenario: spike }\n'),
    );
    expect(r.crit('peak_load_reached').verdict).toBe('pass');
    expect(r.results.coverage.peak_scenarios).toMatchObject({ reached: 1, required: 2 });
    expect(r.out.result.score).toBe(83.33);
    expect(r.crit('diagnostic_coverage').reason).toContain('peak scenarios not reached: spike');
    expect(r.out.result.verdict).toBe('fail');
  });
});

describe('gate 2 fails closed', () => {
  it('no load-test run: insufficient-data (TelemetryGap)', () => {
    const r = run({ runs: [], profiling: profiling(), capacity: capacity() }, cfg());
    expect(r.out.result.verdict).toBe('insufficient-data');
    expect(r.crit('load_test_samples').protocolReason).toBe('TelemetryGap');
    expect(r.crit('diagnostic_coverage').verdict).toBe('insufficient-data');
    expect(r.out.result.score).toBeNull();
    expect(r.has('load-test-results.json')).toBe(false);
    expect(r.out.artifacts.map((a) => a.name)).toEqual(['profiling-report.md', 'capacity-analysis.md']);
  });

  it('a run with no samples: insufficient-data (TelemetryGap)', () => {
    const empty: Run = {
      label: 'empty',
      files: [],
      k6: { format: 'k6-ndjson', file: 'e.ndjson', series: [], thresholds: [], warnings: [] },
    };
    const r = run({ runs: [empty], profiling: profiling(), capacity: capacity() });
    expect(r.out.result.verdict).toBe('insufficient-data');
    expect(r.crit('load_test_samples').reason).toContain('no samples');
  });
});

describe('k6 threshold grammar (src/gates/thresholds.ts)', () => {
  it('parses k6 expressions with every operator', () => {
    expect(parseThresholdExpression('p(95)<40')).toMatchObject({
      aggregation: 'percentile',
      p: 0.95,
      operator: '<',
      value: 40,
    });
    expect(parseThresholdExpression('p(99.9) <= 500')).toMatchObject({
      operator: '<=',
      value: 500,
      method: 'p(99.9)',
    });
    expect(parseThresholdExpression('p(99.9) <= 500')?.p).toBeCloseTo(0.999, 12);
    expect(parseThresholdExpression('avg<100')).toMatchObject({ aggregation: 'avg', operator: '<' });
    expect(parseThresholdExpression('rate<0.01')).toMatchObject({ aggregation: 'rate', value: 0.01 });
    expect(parseThresholdExpression('count>100')).toMatchObject({ aggregation: 'count', operator: '>' });
    expect(parseThresholdExpression('value>=1')).toMatchObject({ aggregation: 'value', operator: '>=' });
    expect(parseThresholdExpression('med===2')).toMatchObject({ operator: '===' });
    expect(parseThresholdExpression('med==2')).toMatchObject({ operator: '==' });
    expect(parseThresholdExpression('min!=0')).toMatchObject({ operator: '!=' });
    expect(parseThresholdExpression('p(101)<1')).toBeUndefined();
    expect(parseThresholdExpression('p95<1')).toBeUndefined();
    expect(parseThresholdExpression('avg<fast')).toBeUndefined();
    expect(compare(1, '!=', 2)).toBe(true);
    expect(compare(2, '===', 2)).toBe(true);
    expect(compare(2, '<=', 2)).toBe(true);
    expect(compare(2, '<', 2)).toBe(false);
  });

  it('metric selectors in k6 spelling', () => {
    expect(parseMetricSelector('http_req_duration{name:products}')).toEqual({
      metric: 'http_req_duration',
      tags: { name: 'products' },
    });
    expect(parseMetricSelector('http_req_duration{status:200,\'name\':"x"}')).toEqual({
      metric: 'http_req_duration',
      tags: { status: '200', name: 'x' },
    });
    expect(parseMetricSelector('checks')).toEqual({ metric: 'checks', tags: {} });
  });
});
