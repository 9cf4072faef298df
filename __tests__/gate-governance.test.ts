// Gate 4 over real fixtures: gate 3 really run on a-baseline vs b-optimized (plan moved to the
// products endpoint the runs have), the team's slo-updates.yml and the example approvals file
// (Product Owner and SRE Lead approved; the second update also needs Payments Lead).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArtifactCheck, EnvironmentApproval, GateContext, GateResult, Run } from '../src/model.js';
import { defaultConfig, type PerfGatesConfig } from '../src/config/schema.js';
import { parseK6Ndjson } from '../src/parsers/k6-ndjson/index.js';
import { parseOptimizationPlan } from '../src/parsers/plan/index.js';
import { parseSloUpdates } from '../src/parsers/slo/index.js';
import { parseMarkdown } from '../src/parsers/markdown/index.js';
import { parseApprovals } from '../src/parsers/approvals/index.js';
import { evaluateOptimization } from '../src/gates/optimization/evaluate.js';
import {
  APPROVAL_TIMESTAMP_SOURCE,
  parseTargetValue,
  REQUIRED_ARTIFACTS,
  type GovernanceEvidence,
} from '../src/gates/governance/evaluate.js';
import { evaluateGovernance } from '../src/run/governance.js';
import { criterion, makeResult } from '../src/gates/common.js';

const FIX = path.join(import.meta.dirname, 'fixtures');
const text = (rel: string) => readFileSync(path.join(FIX, rel), 'utf8');
const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
function k6Run(dir: string): Run {
  const rel = `k6/${dir}/results.ndjson.gz`;
  const buf = readFileSync(path.join(FIX, rel));
  return {
    label: dir,
    files: [{ path: rel, sha256: sha(buf), bytes: buf.length }],
    k6: parseK6Ndjson(gunzipSync(buf), { file: rel }),
  };
}
const CTX: GateContext = {
  now: '2026-11-22T12:30:00.000Z',
  verifiedBy: { tool: 'perf-gates 0.1.0', user: 'tester', host: 'ci' },
  inputs: [],
};
const OBSERVED = '2026-11-22T12:29:59.000Z';

// Gate 3, for real.
const planDoc = JSON.parse(text('protocol/optimization-plan.json')) as Record<string, unknown>;
planDoc.target_metric = {
  name: 'http_req_duration{name:products}',
  stat: 'p95',
  direction: 'decrease',
  unit: 'ms',
};
delete planDoc.tracked_metrics;
const PLAN_TEXT = JSON.stringify(planDoc, null, 2) + '\n';
const GATE3 = evaluateOptimization(
  {
    baseline: [k6Run('a-baseline')],
    candidate: [k6Run('b-optimized')],
    plan: parseOptimizationPlan(PLAN_TEXT, 'optimization-plan.json'),
    planText: PLAN_TEXT,
    instrumentationLog: parseMarkdown(
      text('protocol/instrumentation-update-log.md'),
      'instrumentation-update-log.md',
    ),
  },
  defaultConfig(),
  { ...CTX, now: '2026-11-22T12:10:00.000Z' },
);

function passed(gate: 'baseline' | 'diagnostics', score: number): GateResult {
  return makeResult(
    gate,
    [
      criterion(
        gate === 'baseline' ? 'baseline completeness' : 'diagnostic coverage',
        score,
        gate === 'baseline' ? 95 : 90,
        'pass',
        'met',
        '%',
      ),
    ],
    CTX,
    { score },
  );
}

function earlierArtifacts(): Record<string, string> {
  return {
    'performance-intake-report.json': JSON.stringify({ baseline_completeness: 100, metrics: [] }),
    'baseline-metrics.csv': text('protocol/baseline-metrics.csv'),
    'hypothesis-log.md': text('protocol/hypothesis-log.md'),
    'profiling-report.md': text('protocol/profiling-report.md'),
    'load-test-results.json': JSON.stringify({ test_scenario: 'steady_load', results: {} }),
    'capacity-analysis.md': text('protocol/capacity-analysis.md'),
    'optimization-plan.json': GATE3.artifacts.find((a) => a.name === 'optimization-plan.json')!.content,
    'optimization-validation-report.json': GATE3.artifacts.find(
      (a) => a.name === 'optimization-validation-report.json',
    )!.content,
  };
}

function checksOf(artifacts: Record<string, string>): ArtifactCheck[] {
  return Object.entries(artifacts).map(([name, t]) => ({
    name,
    present: true,
    expected: sha(t),
    actual: sha(t),
    ok: true,
  }));
}

const INSTRUMENTATION = parseMarkdown(
  '# Instrumentation update log\n\n## catalog-api\n\n- Alert on p95 > 60 ms for 5 min (was 80 ms).\n',
  'instrumentation-update-log.md',
);
const SLO_TEXT = text('protocol/slo-updates.yml');
const APPROVALS = parseApprovals(text('protocol/approvals-example.json'), 'approvals-example.json');

function evidence(over: Partial<GovernanceEvidence> = {}): GovernanceEvidence {
  const artifacts = earlierArtifacts();
  return {
    checks: checksOf(artifacts),
    results: [passed('baseline', 100), passed('diagnostics', 100), GATE3.result],
    artifacts,
    slo: parseSloUpdates(SLO_TEXT, 'slo-updates.yml'),
    instrumentationLog: INSTRUMENTATION,
    approvals: {
      approvals: APPROVALS.approvals,
      source: 'file',
      path: 'approvals-example.json',
      observedAt: OBSERVED,
    },
    ...over,
  };
}

const cfg = (edit: (c: PerfGatesConfig) => void = () => {}) => {
  const c = defaultConfig();
  edit(c);
  return c;
};
const crit = (r: GateResult, name: string) => r.criteria.find((c) => c.name === name);
const record = (out: ReturnType<typeof evaluateGovernance>) =>
  JSON.parse(out.artifacts.find((a) => a.name === 'slo-update-record.json')!.content);

describe('gate 4: the fixture cycle', () => {
  it('gate 3 (the input here) passed on products p95', () => {
    expect(GATE3.result.verdict).toBe('pass');
  });

  it('all present and verified; Payments Lead still missing and the checkout update untraced', () => {
    const out = evaluateGovernance(evidence(), cfg(), CTX);
    expect(crit(out.result, 'artifact checksums')?.verdict).toBe('pass');
    const docs = crit(out.result, 'documentation completeness');
    expect(docs?.actual).toBe(100);
    expect(docs?.verdict).toBe('pass');
    expect(out.result.score).toBe(100);

    const appr = crit(out.result, 'SLO update approvals');
    expect(appr?.verdict).toBe('fail');
    expect(appr?.actual).toBeCloseTo(66.67, 2);
    expect(appr?.reason).toContain('still needed: Payments Lead (environment perf-approval-payments-lead');

    const trace = crit(out.result, 'SLO updates traced to validation');
    expect(trace?.verdict).toBe('fail');
    expect(trace?.actual).toBe('1/2');
    expect(trace?.reason).toContain('http_req_failed{name:checkout}:rate');

    for (const g of ['gate 1 baseline', 'gate 2 diagnostics', 'gate 3 optimization'])
      expect(crit(out.result, g)?.verdict).toBe('pass');
    expect(out.result.verdict).toBe('fail');

    const rec = record(out);
    // an approvals file (the CLI's way) is recorded and shown as self-attested
    expect(rec.approvals_source).toMatchObject({ source: 'file', self_attested: true });
    const md = out.artifacts.find((a) => a.name === 'PERFORMANCE-REPORT.md')!.content;
    expect(md).toContain('Source: file (**self-attested**: a file, not GitHub)');
    expect(rec.approval_percentage).toBeCloseTo(66.67, 2);
    expect(rec.approval_status).toBe('pending');
    expect(rec.missing_roles).toEqual([
      { role: 'Payments Lead', environment: 'perf-approval-payments-lead', approvers: [], status: 'missing' },
    ]);
    const [products, checkout] = rec.updates;
    expect(products.trace.validated).toBe(true);
    expect(products.trace.meets_new_target).toBe(true);
    expect(products.trace.key).toBe('http_req_duration{name:products}:p95');
    expect(products.trace.optimized_value).toBeCloseTo(38.326, 2);
    expect(products.trace.new_target_value).toBe(60);
    expect(products.previous_target).toBe('80ms');
    expect(products.new_target).toBe('60ms');
    expect(products.approval_status).toBe('approved');
    const po = products.approvers.find((a: { role: string }) => a.role === 'Product Owner');
    expect(po).toMatchObject({
      login: 'example-po',
      environment: 'perf-approval-product-owner',
      approval_status: 'approved',
      approval_timestamp: OBSERVED,
      approval_timestamp_source: APPROVAL_TIMESTAMP_SOURCE,
      comment: 'Targets reviewed against the validation report.',
    });
    expect(checkout.trace.validated).toBe(false);
    expect(checkout.approval_status).toBe('pending');
    expect(
      checkout.approvers.find((a: { role: string }) => a.role === 'Payments Lead').approval_timestamp,
    ).toBeNull();
    expect(rec.generated_at).toBe(CTX.now);

    // the team's log copied byte for byte; the report and the notes written
    expect(out.artifacts.find((a) => a.name === 'instrumentation-update-log.md')?.content).toBe(
      INSTRUMENTATION.text,
    );
    expect(out.artifacts.map((a) => a.name).sort()).toEqual(
      [
        'PERFORMANCE-REPORT.md',
        'continuous-improvement-notes.md',
        'instrumentation-update-log.md',
        'slo-update-record.json',
      ].sort(),
    );
  });

  it('only the products update, all approved and traced: governance passes', () => {
    const slo = parseSloUpdates(SLO_TEXT, 'slo-updates.yml');
    slo.updates = slo.updates.slice(0, 1);
    const out = evaluateGovernance(evidence({ slo }), cfg(), CTX);
    expect(out.result.criteria.filter((c) => c.verdict !== 'pass')).toEqual([]);
    expect(out.result.verdict).toBe('pass');
    expect(record(out).approval_status).toBe('approved');
    expect(record(out).approval_percentage).toBe(100);
  });

  it('a tampered artifact fails naming the file and drops documentation below 95%', () => {
    const ev = evidence();
    const bad = ev.checks.find((c) => c.name === 'baseline-metrics.csv')!;
    bad.actual = '0'.repeat(64);
    bad.ok = false;
    const out = evaluateGovernance(ev, cfg(), CTX);
    const c = crit(out.result, 'artifact checksums');
    expect(c?.verdict).toBe('fail');
    expect(c?.reason).toBe('checksum mismatch: baseline-metrics.csv');
    const docs = crit(out.result, 'documentation completeness');
    expect(docs?.actual).toBeCloseTo((12 / 13) * 100, 1);
    expect(docs?.verdict).toBe('fail');
    expect(docs?.reason).toContain('baseline-metrics.csv');
  });

  it('no instrumentation log and a missing profiling report are listed as missing', () => {
    const ev = evidence({ instrumentationLog: undefined });
    ev.checks = ev.checks.filter((c) => c.name !== 'profiling-report.md');
    const out = evaluateGovernance(ev, cfg(), CTX);
    const docs = crit(out.result, 'documentation completeness');
    expect(docs?.actual).toBeCloseTo((11 / 13) * 100, 1);
    expect(docs?.reason).toContain(
      'instrumentation-update-log.md (not provided: no instrumentation-log input given)',
    );
    expect(docs?.reason).toContain('profiling-report.md');
    expect(out.artifacts.find((a) => a.name === 'instrumentation-update-log.md')).toBeUndefined();
    expect(REQUIRED_ARTIFACTS).toHaveLength(13);
  });
});

describe('gate 4: approvals', () => {
  it('no SLO updates file: insufficient-data (TelemetryGap); an empty list: nothing to approve', () => {
    const out = evaluateGovernance(evidence({ slo: undefined }), cfg(), CTX);
    const c = crit(out.result, 'SLO update approvals');
    expect(c?.verdict).toBe('insufficient-data');
    expect(c?.protocolReason).toBe('TelemetryGap');
    expect(out.result.verdict).toBe('insufficient-data');

    const empty = parseSloUpdates('slo_updates: []\n', 'slo-updates.yml');
    const none = evaluateGovernance(evidence({ slo: empty }), cfg(), CTX);
    expect(crit(none.result, 'SLO update approvals')?.verdict).toBe('pass');
    expect(record(none).approval_status).toBe('not-required');
  });

  it('no approvals observed: insufficient-data; the API failing: error', () => {
    const out = evaluateGovernance(evidence({ approvals: undefined }), cfg(), CTX);
    expect(crit(out.result, 'SLO update approvals')?.verdict).toBe('insufficient-data');
    const err = evaluateGovernance(
      evidence({
        approvals: {
          approvals: [],
          source: 'api',
          observedAt: OBSERVED,
          error: 'HTTP 403: Resource not accessible by integration',
        },
      }),
      cfg(),
      CTX,
    );
    expect(crit(err.result, 'SLO update approvals')?.verdict).toBe('error');
    expect(crit(err.result, 'SLO update approvals')?.reason).toContain('HTTP 403');
  });

  it('a rejected approval fails naming who rejected', () => {
    const approvals: EnvironmentApproval[] = APPROVALS.approvals.map((a, i) =>
      i === 1 ? { ...a, state: 'rejected', comment: 'alert budget too tight' } : a,
    );
    const out = evaluateGovernance(
      evidence({ approvals: { approvals, source: 'api', observedAt: OBSERVED } }),
      cfg(),
      CTX,
    );
    const c = crit(out.result, 'SLO update approvals');
    expect(c?.verdict).toBe('fail');
    expect(c?.reason).toContain('SRE Lead: rejected by example-sre');
    expect(record(out).approval_status).toBe('rejected');
  });

  it('config roles: listed logins restrict who counts; a team entry counts only a member GitHub confirmed', () => {
    const slo = parseSloUpdates(SLO_TEXT, 'slo-updates.yml');
    slo.updates = slo.updates.slice(0, 1);
    const roles = (c: PerfGatesConfig) => {
      c.roles = {
        'product-owner': { environment: 'perf-approval-product-owner', approvers: ['someone-else'] },
        'SRE Lead': { environment: 'perf-approval-sre-lead', approvers: ['team:example/sre'] },
      };
    };
    // no membership looked up (CLI): the team confirms nobody, never "anyone"
    const restricted = evaluateGovernance(evidence({ slo }), cfg(roles), CTX);
    const c = crit(restricted.result, 'SLO update approvals');
    expect(c?.verdict).toBe('fail');
    expect(c?.actual).toBe(0);
    expect(c?.reason).toContain('Product Owner');
    expect(restricted.result.notes.join('\n')).toContain(
      'SRE Lead: example-sre is not a confirmed member of team:example/sre: membership not looked up (no GitHub API here)',
    );
    // GitHub said 404: not counted, and the reason says why
    const hint =
      'GitHub answered 404: not a member, or the token cannot see the team (the default GITHUB_TOKEN cannot read org teams; an App token with members: read can)';
    const denied = evaluateGovernance(
      evidence({
        slo,
        teams: [{ team: 'team:example/sre', login: 'example-sre', active: false, reason: hint }],
      }),
      cfg(roles),
      CTX,
    );
    expect(crit(denied.result, 'SLO update approvals')?.actual).toBe(0);
    expect(denied.result.notes.join('\n')).toContain(hint);
    // an active membership counts
    const member = evaluateGovernance(
      evidence({ slo, teams: [{ team: 'team:example/sre', login: 'example-sre', active: true }] }),
      cfg(roles),
      CTX,
    );
    expect(crit(member.result, 'SLO update approvals')?.actual).toBe(50);
  });

  it('a failed earlier gate is not silently passed', () => {
    const failedGate1 = makeResult(
      'baseline',
      [criterion('baseline completeness', 80, 95, 'fail', '8/10 metrics')],
      CTX,
      { score: 80 },
    );
    const out = evaluateGovernance(
      evidence({ results: [failedGate1, passed('diagnostics', 100), GATE3.result] }),
      cfg(),
      CTX,
    );
    expect(crit(out.result, 'gate 1 baseline')?.verdict).toBe('fail');
    expect(crit(out.result, 'gate 1 baseline')?.reason).toContain('gate 1 failed (fail)');
    const missing = evaluateGovernance(
      evidence({ results: [passed('baseline', 100), GATE3.result] }),
      cfg(),
      CTX,
    );
    expect(crit(missing.result, 'gate 2 diagnostics')?.verdict).toBe('insufficient-data');
  });

  it('SLO traces fall back to the validation report when gate 3 results are not given', () => {
    const slo = parseSloUpdates(SLO_TEXT, 'slo-updates.yml');
    slo.updates = slo.updates.slice(0, 1);
    const out = evaluateGovernance(
      evidence({ slo, results: [passed('baseline', 100), passed('diagnostics', 100)] }),
      cfg(),
      CTX,
    );
    expect(crit(out.result, 'SLO updates traced to validation')?.verdict).toBe('pass');
    // a tighter target than the optimized figure is not met
    slo.updates[0] = { ...slo.updates[0], new_target: '30ms' };
    const tight = evaluateGovernance(evidence({ slo }), cfg(), CTX);
    expect(crit(tight.result, 'SLO updates traced to validation')?.verdict).toBe('fail');
    expect(crit(tight.result, 'SLO updates traced to validation')?.reason).toContain(
      'is not <= new target 30ms',
    );
  });

  it('reads SLO targets: 60ms, 1.2s, 0.5%, 0.005', () => {
    expect(parseTargetValue('60ms')).toEqual({ value: 60, unit: 'ms' });
    expect(parseTargetValue('1.2s')).toEqual({ value: 1.2, unit: 's' });
    expect(parseTargetValue('0.5%')).toEqual({ value: 0.5, unit: '%' });
    expect(parseTargetValue(0.005)).toEqual({ value: 0.005, unit: null });
    expect(parseTargetValue('0.005')).toEqual({ value: 0.005, unit: null });
    expect(parseTargetValue('fast')).toBeUndefined();
  });
});
