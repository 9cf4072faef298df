// Gate 3 over real fixtures: k6 runs a-baseline vs b-optimized (801 requests each, one endpoint
// tagged name=products), the pytest performance report (one real failure), pytest-benchmark files
// (two real improvements, five controls running identical code) and the team's plan.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EnvironmentApproval, GateContext, OptimizationPlan, Run } from '../src/model.js';
import { defaultConfig, type PerfGatesConfig } from '../src/config/schema.js';
import { parseK6Ndjson } from '../src/parsers/k6-ndjson/index.js';
import { parsePytestBenchmark } from '../src/parsers/pytest-benchmark/index.js';
import { parsePytestJson } from '../src/parsers/pytest-json/index.js';
import { parseOptimizationPlan } from '../src/parsers/plan/index.js';
import { parseMarkdown } from '../src/parsers/markdown/index.js';
import {
  evaluateOptimization as evaluateOptimizationRaw,
  VALIDATION_REPORT,
  PLAN_ARTIFACT,
} from '../src/gates/optimization/evaluate.js';
import { failureText } from '../src/gates/common.js';
import { calibrate } from '../src/stats/calibrate.js';

const FIX = path.join(import.meta.dirname, 'fixtures');
const text = (rel: string) => readFileSync(path.join(FIX, rel), 'utf8');
const ref = (rel: string) => {
  const buf = readFileSync(path.join(FIX, rel));
  return { path: rel, sha256: createHash('sha256').update(buf).digest('hex'), bytes: buf.length };
};
function k6Run(dir: string): Run {
  const rel = `k6/${dir}/results.ndjson.gz`;
  return {
    label: dir,
    files: [ref(rel)],
    k6: parseK6Ndjson(gunzipSync(readFileSync(path.join(FIX, rel))), { file: rel }),
  };
}
function benchRun(file: string): Run {
  const rel = `pytest/benchmark/${file}`;
  return { label: file, files: [ref(rel)], benchmarks: parsePytestBenchmark(text(rel), rel) };
}
/** The example instrumentation log (gate 3 evidence): every evaluation below carries it unless a test says otherwise. */
const LOG = parseMarkdown(text('protocol/instrumentation-update-log.md'), 'instrumentation-update-log.md');
const evaluateOptimization = (...[ev, c, x]: Parameters<typeof evaluateOptimizationRaw>) =>
  evaluateOptimizationRaw({ instrumentationLog: LOG, ...ev }, c, x);
const CTX: GateContext = {
  now: '2026-11-22T12:00:00.000Z',
  verifiedBy: { tool: 'perf-gates 0.1.0', user: 'tester', host: 'ci' },
  inputs: [],
};

const A = k6Run('a-baseline');
const B = k6Run('b-optimized');
const PLAN_TEXT = text('protocol/optimization-plan.json');
const PYTEST_OPT = parsePytestJson(
  text('pytest/json-report/performance-optimized.json'),
  'performance-optimized.json',
);

/** The fixture plan with its target moved to an endpoint the example runs really have. */
function planFor(
  target: Record<string, unknown>,
  edit: (p: Record<string, unknown>) => void = () => {},
): { plan: OptimizationPlan; planText: string } {
  const doc = JSON.parse(PLAN_TEXT) as Record<string, unknown>;
  doc.target_metric = target;
  edit(doc);
  const planText = JSON.stringify(doc, null, 2);
  return { plan: parseOptimizationPlan(planText, 'optimization-plan.json'), planText };
}
const PRODUCTS = { name: 'http_req_duration{name:products}', stat: 'p95', direction: 'decrease', unit: 'ms' };
const noTracked = (p: Record<string, unknown>) => {
  delete p.tracked_metrics;
  delete p.optimizations;
};

function cfg(edit: (c: PerfGatesConfig) => void = () => {}): PerfGatesConfig {
  const c = defaultConfig();
  edit(c);
  return c;
}

describe('gate 3: target from the plan', () => {
  it('the fixture plan targets checkout, which the runs do not have: insufficient-data (TelemetryGap)', () => {
    const plan = parseOptimizationPlan(PLAN_TEXT, 'optimization-plan.json');
    const out = evaluateOptimization(
      { baseline: [A], candidate: [B], plan, planText: PLAN_TEXT },
      cfg(),
      CTX,
    );
    const imp = out.result.criteria.find((c) => c.name.startsWith('improvement on'));
    expect(imp?.name).toBe('improvement on http_req_duration{name:checkout}:p95');
    expect(imp?.verdict).toBe('insufficient-data');
    expect(imp?.protocolReason).toBe('TelemetryGap');
    expect(out.result.verdict).toBe('insufficient-data');
    expect(out.result.improvementPct).toBeNull();
    // the plan is copied byte for byte
    expect(out.artifacts.find((a) => a.name === PLAN_ARTIFACT)?.content).toBe(PLAN_TEXT);
  });

  it('products p95 improved by about 29% (54.03 -> 38.33 ms): pass, with the protocol-shaped report', () => {
    const { plan, planText } = planFor(PRODUCTS);
    const out = evaluateOptimization({ baseline: [A], candidate: [B], plan, planText }, cfg(), CTX);
    const imp = out.result.criteria.find(
      (c) => c.name === 'improvement on http_req_duration{name:products}:p95',
    );
    expect(imp?.verdict, imp?.reason).toBe('pass');
    expect(out.result.improvementPct).toBeCloseTo((1 - 38.326084 / 54.028732) * 100, 1);
    expect(imp?.reason).toMatch(/improvement(-confirmed)?/);
    expect(imp?.reason).toMatch(/uncalibrated/);
    expect(out.result.regressionCount).toBe(0);
    expect(out.result.verdict).toBe('pass');
    expect(out.artifacts.find((a) => a.name === PLAN_ARTIFACT)?.content).toBe(planText);

    const report = JSON.parse(out.artifacts.find((a) => a.name === VALIDATION_REPORT)!.content);
    expect(report.optimization_id).toBe('PERF-2026-Q4-07');
    expect(report.target_metric).toBe('http_req_duration{name:products}:p95');
    expect(report.baseline.value).toBeCloseTo(54.028732, 4);
    expect(report.optimized.value).toBeCloseTo(38.326084, 4);
    expect(report.baseline.unit).toBe('ms');
    expect(report.baseline.timestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(report.baseline.sources[0].path).toContain('a-baseline');
    expect(report.improvement.absolute).toBeCloseTo(54.028732 - 38.326084, 3);
    expect(report.improvement.meets_threshold).toBe(true);
    expect(report.improvement.calibrated).toBe(false);
    expect(report.improvement.lower_bound_percentage).toBeLessThanOrEqual(report.improvement.percentage);
    expect(report.improvement.upper_bound_percentage).toBeGreaterThanOrEqual(report.improvement.percentage);
    expect(report.regressions).toEqual([]);
    expect(report.regression_count).toBe(0);
    expect(report.status).toBe('pass');
    expect(report.comparisons.length).toBeGreaterThan(1);
    expect(report.generated_at).toBe(CTX.now);
    expect(report.verified_by).toEqual(CTX.verifiedBy);
    // p50/p95/p99 for the chart: k6's own figures (ground-truth.json)
    expect(report.target_distribution.baseline.p50).toBeCloseTo(37.236065, 4);
    expect(report.target_distribution.baseline.p99).toBeCloseTo(68.151049, 4);
    expect(report.target_distribution.optimized.p95).toBeCloseTo(38.326084, 4);
    expect(report.target_distribution.optimized.p99).toBeCloseTo(48.364544, 4);
  });

  it('a failed pytest -m performance test is a regression named by its node id', () => {
    const { plan, planText } = planFor(PRODUCTS);
    const out = evaluateOptimization(
      { baseline: [A], candidate: [B], plan, planText, pytest: PYTEST_OPT },
      cfg(),
      CTX,
    );
    expect(out.result.verdict).toBe('fail');
    expect(out.result.regressionCount).toBe(1);
    const count = out.result.criteria.find((c) => c.name === 'regression count');
    expect(count?.verdict).toBe('fail');
    expect(count?.protocolReason).toBe('RegressionDetected');
    expect(count?.reason).toContain('test_performance.py::test_bulk_import_latency');
    const one = out.result.criteria.find(
      (c) => c.name === 'regression: test_performance.py::test_bulk_import_latency',
    );
    expect(one?.verdict).toBe('fail');
    expect(one?.reason).toContain('exceeds 25 ms budget');
    // the xfailed and skipped tests are not regressions
    const report = JSON.parse(out.artifacts.find((a) => a.name === VALIDATION_REPORT)!.content);
    expect(report.regressions.map((r: { metric: string }) => r.metric)).toEqual([
      'test_performance.py::test_bulk_import_latency',
    ]);
    expect(report.tests.performance).toBe(9);
    expect(report.tests.outcomes).toMatchObject({ passed: 6, failed: 1, skipped: 1, xfailed: 1 });
    expect(failureText(out.result)).toContain('[RAY GATE FAILED: Gate 3: Optimization Validation]');
    expect(out.result.failure?.criteria).toContain('regression count <= 0');
  });

  it('a configured regression allowance turns the count into a pass and each regression into a waiver', () => {
    const { plan, planText } = planFor(PRODUCTS);
    const out = evaluateOptimization(
      { baseline: [A], candidate: [B], plan, planText, pytest: PYTEST_OPT },
      cfg((c) => (c.thresholds.regressions = 1)),
      CTX,
    );
    expect(out.result.criteria.find((c) => c.name === 'regression count')?.verdict).toBe('pass');
    expect(out.result.criteria.find((c) => c.name.startsWith('regression: '))?.verdict).toBe('waived');
    expect(out.result.verdict).toBe('waived');
  });
});

describe('gate 3: benchmarks (controls vs real improvements)', () => {
  const base = benchRun('bench-baseline.json');
  const cand = benchRun('bench-optimized.json');

  it('parse_orders improves ~20% and passes; the five identical-code controls are not regressions', () => {
    const out = evaluateOptimization(
      { baseline: [base], candidate: [cand] },
      cfg((c) => {
        c.optimization.target = {
          name: 'test_benchmarks.py::test_parse_orders',
          stat: 'median',
          direction: 'decrease',
        };
        c.optimization.require_plan_approval = false;
      }),
      CTX,
    );
    const imp = out.result.criteria.find((c) => c.name.startsWith('improvement on'));
    expect(imp?.name).toBe('improvement on test_benchmarks.py::test_parse_orders:median');
    expect(imp?.verdict, imp?.reason).toBe('pass');
    expect(out.result.improvementPct).toBeCloseTo((1 - 1003.0 / 1249.8) * 100, 0);
    const rows = out.result.comparisons ?? [];
    const invoice = rows.find((r) => r.key === 'test_benchmarks.py::test_invoice_totals:median');
    expect(invoice?.verdict).toMatch(/^improvement/);
    for (const control of [
      'test_top_customers',
      'test_render_csv',
      'test_password_hash',
      'test_sorted_scaling[1000]',
      'test_sorted_scaling[10000]',
    ]) {
      const row = rows.find((r) => r.key === `test_benchmarks.py::${control}:median`);
      expect(row, control).toBeDefined();
      expect(row?.verdict, `${control}: ${row?.reason}`).not.toBe('regression');
    }
    expect(out.result.regressionCount).toBe(0);
    expect(out.result.verdict).toBe('pass');
    expect(out.result.notes.join('\n')).toContain('plan approval not required');
    // no plan file: optimization-plan.json is not written
    expect(out.artifacts.map((a) => a.name)).toEqual([VALIDATION_REPORT]);
  });
});

describe('gate 3: plan approval', () => {
  const unapproved = (p: Record<string, unknown>) => {
    noTracked(p);
    delete p.approved_by;
    delete p.approved_at;
  };

  it('a plan without approved_by/approved_at fails with the reason', () => {
    const { plan, planText } = planFor(PRODUCTS, unapproved);
    const out = evaluateOptimization({ baseline: [A], candidate: [B], plan, planText }, cfg(), CTX);
    const c = out.result.criteria.find((x) => x.name === 'plan approved');
    expect(c?.verdict).toBe('fail');
    expect(c?.reason).toContain('approved_by and approved_at missing');
    expect(out.result.verdict).toBe('fail');
  });

  it('an approval in the plan role environment approves it; a rejection there fails it', () => {
    const { plan, planText } = planFor(PRODUCTS, unapproved);
    const config = cfg((c) => {
      c.optimization.plan_role = 'Product Owner';
    });
    const approvals = JSON.parse(text('protocol/approvals-example.json')) as EnvironmentApproval[];
    const ok = evaluateOptimization(
      { baseline: [A], candidate: [B], plan, planText, approvals },
      config,
      CTX,
    );
    const c = ok.result.criteria.find((x) => x.name === 'plan approved');
    expect(c?.verdict).toBe('pass');
    expect(c?.reason).toContain('perf-approval-product-owner');
    expect(c?.reason).toContain('example-po');

    const rejected: EnvironmentApproval[] = [
      { ...approvals[0], state: 'rejected', comment: 'not this quarter' },
    ];
    const no = evaluateOptimization(
      { baseline: [A], candidate: [B], plan, planText, approvals: rejected },
      config,
      CTX,
    );
    const r = no.result.criteria.find((x) => x.name === 'plan approved');
    expect(r?.verdict).toBe('fail');
    expect(r?.reason).toContain('rejected by example-po');
  });

  it("inside Actions the plan's approved_by is a claim: shown, not counted; in the CLI it counts, self-attested", () => {
    const { plan, planText } = planFor(PRODUCTS, noTracked);
    expect(plan.approvedBy?.length).toBeGreaterThan(0);
    const config = cfg((c) => {
      c.optimization.plan_role = 'Product Owner';
    });
    const inActions = evaluateOptimization(
      { baseline: [A], candidate: [B], plan, planText, where: 'action', approvals: [] },
      config,
      CTX,
    );
    const a = inActions.result.criteria.find((x) => x.name === 'plan approved');
    expect(a?.verdict).toBe('fail');
    expect(a?.reason).toMatch(/the plan claims approved_by .* which is not counted inside GitHub Actions/);
    const cli = evaluateOptimization(
      { baseline: [A], candidate: [B], plan, planText, where: 'cli' },
      config,
      CTX,
    );
    const b = cli.result.criteria.find((x) => x.name === 'plan approved');
    expect(b?.verdict).toBe('pass');
    expect(b?.reason).toContain('self-attested');
  });

  it('an approving review on the head SHA by a user of the plan role approves it (latest review per user)', () => {
    const { plan, planText } = planFor(PRODUCTS, unapproved);
    const HEAD = 'a'.repeat(40);
    const config = cfg((c) => {
      c.optimization.plan_role = 'Product Owner';
      c.roles = {
        'Product Owner': {
          environment: 'perf-approval-product-owner',
          approvers: ['po-alice', 'team:acme/po'],
        },
      };
    });
    const review = (id: number, login: string, state: string, commitId = HEAD) => ({
      id,
      login,
      state,
      commitId,
      submittedAt: `2026-11-0${id}T10:00:00Z`,
    });
    const run = (
      reviews: ReturnType<typeof review>[],
      extra: Partial<Parameters<typeof evaluateOptimization>[0]> = {},
    ) =>
      evaluateOptimization(
        {
          baseline: [A],
          candidate: [B],
          plan,
          planText,
          where: 'action',
          approvals: [],
          reviews: { reviews, headSha: HEAD, prNumber: 7 },
          ...extra,
        },
        config,
        CTX,
      ).result.criteria.find((x) => x.name === 'plan approved');
    const ok = run([review(1, 'po-alice', 'APPROVED'), review(2, 'dev-bob', 'COMMENTED')]);
    expect(ok?.verdict).toBe('pass');
    expect(ok?.reason).toBe(`approved by po-alice (Product Owner) in a review of #7 on ${HEAD.slice(0, 12)}`);
    // a later CHANGES_REQUESTED replaces the approval; an approval of an older commit does not count
    expect(
      run([review(1, 'po-alice', 'APPROVED'), review(2, 'po-alice', 'CHANGES_REQUESTED')])?.verdict,
    ).toBe('fail');
    const stale = run([review(1, 'po-alice', 'APPROVED', 'b'.repeat(40))]);
    expect(stale?.verdict).toBe('fail');
    expect(stale?.reason).toContain(`po-alice approved bbbbbbbbbbbb, not the head ${HEAD.slice(0, 12)}`);
    // someone outside the role: not counted; a team member only when GitHub confirmed it
    expect(run([review(1, 'dev-bob', 'APPROVED')])?.reason).toContain(
      'dev-bob approved but is not in Product Owner',
    );
    expect(
      run([review(1, 'po-carol', 'APPROVED')], {
        teams: [{ team: 'team:acme/po', login: 'po-carol', active: true }],
      })?.verdict,
    ).toBe('pass');
    // reviews unreadable (the API answered 404): fail closed, the reason says so
    const unreadable = run([], {
      reviews: {
        reviews: [],
        headSha: HEAD,
        prNumber: 7,
        error: 'GET /repos/acme/orders/pulls/7/reviews answered 404',
      },
    });
    expect(unreadable?.verdict).toBe('fail');
    expect(unreadable?.reason).toContain(
      'the reviews of #7 could not be read (GET /repos/acme/orders/pulls/7/reviews answered 404)',
    );
  });

  it('no plan at all with approval required: insufficient-data; turned off: no approval criterion', () => {
    const withTarget = (c: PerfGatesConfig) =>
      (c.optimization.target = {
        name: 'http_req_duration{name:products}',
        stat: 'p95',
        direction: 'decrease',
      });
    const out = evaluateOptimization({ baseline: [A], candidate: [B] }, cfg(withTarget), CTX);
    expect(out.result.criteria.find((x) => x.name === 'plan approved')?.verdict).toBe('insufficient-data');
    const off = evaluateOptimization(
      { baseline: [A], candidate: [B] },
      cfg((c) => {
        withTarget(c);
        c.optimization.require_plan_approval = false;
      }),
      CTX,
    );
    expect(off.result.criteria.find((x) => x.name === 'plan approved')).toBeUndefined();
    expect(off.result.verdict).toBe('pass');
  });
});

describe('gate 3: justification and missing target', () => {
  it('a short improvement with a plan justification is waived; without one it fails', () => {
    const strict = (p: Record<string, unknown>) => {
      noTracked(p);
      p.improvement_threshold_pct = 40;
    };
    const bare = planFor(PRODUCTS, strict);
    const failed = evaluateOptimization({ baseline: [A], candidate: [B], ...bare }, cfg(), CTX);
    const f = failed.result.criteria.find((c) => c.name.startsWith('improvement on'));
    expect(f?.verdict, f?.reason).toBe('fail');
    expect(f?.threshold).toBe(40);

    const justified = planFor(
      { ...PRODUCTS, justification: 'Page cache caps the gain; p99 tail is what customers see.' },
      strict,
    );
    const waived = evaluateOptimization({ baseline: [A], candidate: [B], ...justified }, cfg(), CTX);
    const w = waived.result.criteria.find((c) => c.name.startsWith('improvement on'));
    expect(w?.verdict).toBe('waived');
    expect(w?.reason).toContain('Page cache caps the gain');
    expect(waived.result.verdict).toBe('waived');
    const report = JSON.parse(waived.artifacts.find((a) => a.name === VALIDATION_REPORT)!.content);
    expect(report.improvement.meets_threshold).toBe(false);
    expect(report.improvement.justification.text).toContain('Page cache caps the gain');
  });

  it('a missed target below the detectable change is insufficient-data in plain words; with calibration it fails', () => {
    const rerun = k6Run('gen-baseline-rerun');
    const bare = planFor(PRODUCTS, noTracked);
    const blind = evaluateOptimization({ baseline: [A], candidate: [rerun], ...bare }, cfg(), CTX);
    const c = blind.result.criteria.find((x) => x.name.startsWith('improvement on'))!;
    const row = blind.result.comparisons!.find((r) => r.key === 'http_req_duration{name:products}:p95')!;
    expect(row.detectable_change!).toBeGreaterThan(15);
    expect(c.verdict).toBe('insufficient-data');
    expect(c.protocolReason).toBe('TelemetryGap');
    expect(c.reason).toMatch(
      new RegExp(
        `this run cannot see changes below ${Math.ceil(row.detectable_change!)}%: run more requests or more runs`,
      ),
    );
    // calibrated from a-baseline and its rerun the comparison sees ~6 %: the missed target is a fail
    const noise = calibrate([A, rerun], { now: 'x' });
    const seen = evaluateOptimization({ baseline: [A], candidate: [rerun], ...bare, noise }, cfg(), CTX);
    const f = seen.result.criteria.find((x) => x.name.startsWith('improvement on'))!;
    expect(f.verdict, f.reason).toBe('fail');
    // a met target stays as it is, however wide the interval
    const met = evaluateOptimization({ baseline: [A], candidate: [B], ...bare }, cfg(), CTX);
    expect(met.result.criteria.find((x) => x.name.startsWith('improvement on'))!.verdict).toBe('pass');
    // the gate JSON carries the detectable change
    const report = JSON.parse(blind.artifacts.find((a) => a.name === VALIDATION_REPORT)!.content);
    const jr = report.comparisons.find(
      (r: { key: string }) => r.key === 'http_req_duration{name:products}:p95',
    );
    expect(jr.detectable_change).toBeCloseTo(row.detectable_change!, 9);
  });

  it('a justification never waives a regression (runs swapped: the target got slower)', () => {
    const justified = planFor({ ...PRODUCTS, justification: 'accepted' }, noTracked);
    const out = evaluateOptimization({ baseline: [B], candidate: [A], ...justified }, cfg(), CTX);
    const c = out.result.criteria.find((x) => x.name.startsWith('improvement on'));
    expect(c?.verdict).toBe('fail');
    expect(c?.protocolReason).toBe('RegressionDetected');
    expect(out.result.regressionCount).toBeGreaterThanOrEqual(1);
    expect(out.result.verdict).toBe('fail');
  });

  it('no plan and no config target: insufficient-data naming what to add', () => {
    const out = evaluateOptimization(
      { baseline: [A], candidate: [B] },
      cfg((c) => (c.optimization.require_plan_approval = false)),
      CTX,
    );
    const c = out.result.criteria.find((x) => x.name === 'improvement on target metric');
    expect(c?.verdict).toBe('insufficient-data');
    expect(c?.reason).toBe('no target metric: add optimization-plan.json or config optimization.target');
    expect(out.result.verdict).toBe('insufficient-data');
  });

  it('no candidate run: insufficient-data (TelemetryGap)', () => {
    const { plan, planText } = planFor(PRODUCTS, noTracked);
    const out = evaluateOptimization({ baseline: [A], candidate: [], plan, planText }, cfg(), CTX);
    expect(out.result.verdict).toBe('insufficient-data');
    expect(out.result.criteria.find((c) => c.name === 'runs')?.protocolReason).toBe('TelemetryGap');
  });
});
