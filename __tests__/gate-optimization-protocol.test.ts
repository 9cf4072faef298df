// Gate 3's protocol checks beyond the comparison: peak load on the changed build (a generated run at
// half the rate of the baseline), the candidate's own k6 thresholds (real fixture d-thresholds,
// which crossed server_reported_ms p(95)<30), the instrumentation update log, and the trace of the
// claim's baseline back to baseline-metrics.csv.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { GateContext, Run } from '../src/model.js';
import { defaultConfig, type PerfGatesConfig } from '../src/config/schema.js';
import { parseK6Ndjson } from '../src/parsers/k6-ndjson/index.js';
import { parseMarkdown } from '../src/parsers/markdown/index.js';
import { parseBaselineCsv } from '../src/parsers/baseline-csv/index.js';
import { parseOptimizationPlan } from '../src/parsers/plan/index.js';
import { evaluateOptimization, VALIDATION_REPORT } from '../src/gates/optimization/evaluate.js';
import { NOT_UNDER_PEAK } from '../src/gates/optimization/protocol-checks.js';
import { generate } from '../scripts/gen-ndjson.mjs';

const FIX = path.join(import.meta.dirname, 'fixtures');
const text = (rel: string) => readFileSync(path.join(FIX, rel), 'utf8');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
function k6Fixture(dir: string): Run {
  const rel = `k6/${dir}/results.ndjson.gz`;
  const buf = readFileSync(path.join(FIX, rel));
  return {
    label: dir,
    files: [{ path: rel, sha256: sha(buf), bytes: buf.length }],
    k6: parseK6Ndjson(gunzipSync(buf), { file: rel }),
  };
}
const tmp = mkdtempSync(path.join(os.tmpdir(), 'perf-gates-gate3-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
/** A generated k6 run (scripts/gen-ndjson.mjs) at `rate` requests per second. */
function generated(label: string, rate: number, seed: number): Run {
  const file = path.join(tmp, `${label}.ndjson`);
  generate(file, 2_000_000, seed, { rate });
  const buf = readFileSync(file);
  return {
    label,
    files: [{ path: `${label}.ndjson`, sha256: sha(buf), bytes: buf.length }],
    k6: parseK6Ndjson(buf, { file: `${label}.ndjson` }),
  };
}
const CTX: GateContext = {
  now: '2026-12-02T08:00:00.000Z',
  verifiedBy: { tool: 'perf-gates 0.1.0', user: 'tester', host: 'ci' },
  inputs: [],
};
const LOG = parseMarkdown(text('protocol/instrumentation-update-log.md'), 'instrumentation-update-log.md');
function planFor(target: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const doc = JSON.parse(text('protocol/optimization-plan.json')) as Record<string, unknown>;
  doc.target_metric = target;
  delete doc.tracked_metrics;
  delete doc.optimizations;
  Object.assign(doc, extra);
  const planText = JSON.stringify(doc, null, 2);
  return { plan: parseOptimizationPlan(planText, 'optimization-plan.json'), planText };
}
const P95 = { name: 'http_req_duration', stat: 'p95', direction: 'decrease', unit: 'ms' };
const PRODUCTS = { name: 'http_req_duration{name:products}', stat: 'p95', direction: 'decrease', unit: 'ms' };
function cfg(edit: (c: PerfGatesConfig) => void = () => {}): PerfGatesConfig {
  const c = defaultConfig();
  edit(c);
  return c;
}
const find = (out: ReturnType<typeof evaluateOptimization>, name: string) =>
  out.result.criteria.find((c) => c.name === name);

describe('gate 3: peak load on the changed build', () => {
  const base = generated('base-200rps', 200, 7);
  const peak = cfg((c) => {
    c.diagnostics.peak_scenarios = [{ scenario: 'default', min_rps: 150 }];
  });

  it('the generator writes the rate it is asked for', () => {
    const half = generated('probe-100rps', 100, 9);
    const reqs = half.k6?.series.find(
      (s) => s.summary.metric === 'http_reqs' && !Object.keys(s.summary.tags).length,
    );
    const span = (Date.parse(half.k6?.endTime ?? '') - Date.parse(half.k6?.startTime ?? '')) / 1000;
    expect((reqs?.summary.count ?? 0) / span).toBeGreaterThan(85);
    expect((reqs?.summary.count ?? 0) / span).toBeLessThan(115);
  });

  it('a candidate at half the rate of the baseline did not reach the configured peak: insufficient-data', () => {
    const cand = generated('cand-100rps', 100, 7);
    const { plan, planText } = planFor(P95);
    const out = evaluateOptimization(
      { baseline: [base], candidate: [cand], plan, planText, instrumentationLog: LOG },
      peak,
      CTX,
    );
    const c = find(out, 'candidate peak load reached');
    expect(c?.verdict).toBe('insufficient-data');
    expect(c?.reason).toContain(NOT_UNDER_PEAK);
    expect(c?.reason).toMatch(/achieved \d+(\.\d+)? req\/s < min_rps 150/);
    expect(out.result.verdict).toBe('insufficient-data');
    const report = JSON.parse(out.artifacts.find((a) => a.name === VALIDATION_REPORT)!.content);
    expect(report.peak_load.scenarios[0].reached).toBe(false);
  });

  it('the same candidate at the baseline rate reaches it', () => {
    const cand = generated('cand-200rps', 200, 8);
    const { plan, planText } = planFor(P95);
    const out = evaluateOptimization(
      { baseline: [base], candidate: [cand], plan, planText, instrumentationLog: LOG },
      peak,
      CTX,
    );
    expect(find(out, 'candidate peak load reached')?.verdict).toBe('pass');
  });
});

describe("gate 3: the candidate's own k6 thresholds", () => {
  const A = k6Fixture('a-baseline');
  const D = k6Fixture('d-thresholds');

  it('a threshold the candidate crossed and the baseline held is a regression naming it', () => {
    const { plan, planText } = planFor(P95);
    const out = evaluateOptimization(
      { baseline: [A], candidate: [D], plan, planText, instrumentationLog: LOG },
      cfg(),
      CTX,
    );
    const c = find(out, 'candidate k6 thresholds');
    expect(c?.verdict).toBe('fail');
    expect(c?.protocolReason).toBe('RegressionDetected');
    expect(c?.reason).toContain('server_reported_ms p(95)<30');
    expect(find(out, 'regression: threshold server_reported_ms p(95)<30')?.verdict).toBe('fail');
    expect(out.result.verdict).toBe('fail');
  });

  it('crossed on the baseline too: said, not counted', () => {
    const { plan, planText } = planFor(P95);
    const out = evaluateOptimization(
      { baseline: [D], candidate: [k6Fixture('d-thresholds')], plan, planText, instrumentationLog: LOG },
      cfg(),
      CTX,
    );
    const c = find(out, 'candidate k6 thresholds');
    expect(c?.verdict).toBe('pass');
    expect(c?.reason).toContain('crossed on the baseline too');
    expect(c?.reason).toContain('server_reported_ms p(95)<30');
    expect(out.result.criteria.some((x) => x.name.startsWith('regression: threshold'))).toBe(false);
  });
});

describe('gate 3: instrumentation-update-log.md', () => {
  const A = k6Fixture('a-baseline');
  const B = k6Fixture('b-optimized');
  const { plan, planText } = planFor(PRODUCTS);

  it('absent: insufficient-data naming the input; empty: fail; naming the dashboard and endpoint: pass', () => {
    const none = evaluateOptimization({ baseline: [A], candidate: [B], plan, planText }, cfg(), CTX);
    expect(find(none, 'instrumentation updated')?.verdict).toBe('insufficient-data');
    expect(find(none, 'instrumentation updated')?.reason).toContain('instrumentation-log');
    const empty = evaluateOptimization(
      {
        baseline: [A],
        candidate: [B],
        plan,
        planText,
        instrumentationLog: parseMarkdown('# Log\n\n', 'log.md'),
      },
      cfg(),
      CTX,
    );
    expect(find(empty, 'instrumentation updated')?.verdict).toBe('fail');
    const unrelated = evaluateOptimization(
      {
        baseline: [A],
        candidate: [B],
        plan,
        planText,
        instrumentationLog: parseMarkdown('# Log\n\nNothing changed this week.\n', 'log.md'),
      },
      cfg(),
      CTX,
    );
    expect(find(unrelated, 'instrumentation updated')?.verdict).toBe('fail');
    const ok = evaluateOptimization(
      { baseline: [A], candidate: [B], plan, planText, instrumentationLog: LOG },
      cfg(),
      CTX,
    );
    expect(find(ok, 'instrumentation updated')?.verdict).toBe('pass');
    expect(find(ok, 'instrumentation updated')?.reason).toContain('`products`');
  });
});

describe('gate 3: the baseline of the claim traces to baseline-metrics.csv', () => {
  const A = k6Fixture('a-baseline');
  const B = k6Fixture('b-optimized');
  const CSV = text('protocol/baseline-metrics.csv');
  const withRow = (value: string) =>
    parseBaselineCsv(
      `metric_name,service,value,unit,collection_method,timestamp\napi_latency_p95,catalog-api,${value},ms,k6 soak (http_req_duration{name:products}),2026-11-22T09:26:31Z\n`,
      'baseline-metrics.csv',
    );

  it('within 5% of the recorded row: pass, naming the row', () => {
    const { plan, planText } = planFor(PRODUCTS);
    const out = evaluateOptimization(
      {
        baseline: [A],
        candidate: [B],
        plan,
        planText,
        instrumentationLog: LOG,
        baselineCsv: withRow('55.35'),
      },
      cfg(),
      CTX,
    );
    const c = find(out, 'baseline traces to baseline-metrics.csv');
    expect(c?.verdict).toBe('pass');
    expect(c?.reason).toContain('baseline-metrics.csv:2 api_latency_p95/catalog-api');
  });

  it('beyond 5%: fails with both figures; the plan naming the run it rests on makes it pass', () => {
    const { plan, planText } = planFor(PRODUCTS);
    const out = evaluateOptimization(
      { baseline: [A], candidate: [B], plan, planText, instrumentationLog: LOG, baselineCsv: withRow('60') },
      cfg(),
      CTX,
    );
    const c = find(out, 'baseline traces to baseline-metrics.csv');
    expect(c?.verdict).toBe('fail');
    expect(c?.reason).toMatch(/baseline of the claim differs from the recorded baseline: 54\.03 ms vs 60 ms/);
    const named = planFor(PRODUCTS, { baseline_run: 'a-baseline' });
    const ok = evaluateOptimization(
      {
        baseline: [A],
        candidate: [B],
        ...named,
        instrumentationLog: LOG,
        baselineCsv: withRow('60'),
      },
      cfg(),
      CTX,
    );
    const n = find(ok, 'baseline traces to baseline-metrics.csv');
    expect(n?.verdict).toBe('pass');
    expect(n?.reason).toContain('the plan says the claim rests on a-baseline');
  });

  it("the row's own interval (extra columns lower/upper) replaces the 5%", () => {
    const csv = parseBaselineCsv(
      'metric_name,service,value,unit,collection_method,timestamp,lower,upper\napi_latency_p95,catalog-api,55,ms,k6 (http_req_duration{name:products}),2026-11-22T09:26:31Z,54.5,55.5\n',
      'baseline-metrics.csv',
    );
    const { plan, planText } = planFor(PRODUCTS);
    const out = evaluateOptimization(
      { baseline: [A], candidate: [B], plan, planText, instrumentationLog: LOG, baselineCsv: csv },
      cfg(),
      CTX,
    );
    const c = find(out, 'baseline traces to baseline-metrics.csv');
    expect(c?.verdict).toBe('fail');
    expect(c?.reason).toContain("the row's interval 54.5-55.5 ms");
  });

  it('the shared fixture CSV: its products p95 row (55.35 ms, a soak) is within 5% of the run (54.03 ms)', () => {
    const { plan, planText } = planFor(PRODUCTS);
    const out = evaluateOptimization(
      {
        baseline: [A],
        candidate: [B],
        plan,
        planText,
        instrumentationLog: LOG,
        baselineCsv: parseBaselineCsv(CSV, 'baseline-metrics.csv'),
      },
      cfg(),
      CTX,
    );
    const c = find(out, 'baseline traces to baseline-metrics.csv');
    expect(c?.verdict).toBe('pass');
    expect(c?.reason).toContain('54.03 ms vs 55.35 ms');
    expect(c?.reason).toContain('its collection method names http_req_duration{name:products}');
  });
});
