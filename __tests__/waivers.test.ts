// Waivers for every gate: a gate-2 coverage failure (the real a-baseline run, a config naming a
// services the profiling report does not cover) waived by an approved, unexpired waiver; the same
// waiver expired, unapproved in Actions, self-attested in the CLI; regressions only by name and only
// with an approval. The waiver file is read by its own parser (schema $defs.waivers).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseConfig, type PerfGatesConfig } from '../src/config/schema.js';
import { evaluateDiagnostics } from '../src/gates/diagnostics/evaluate.js';
import { evaluateOptimization } from '../src/gates/optimization/evaluate.js';
import { waiverHook, waiversOf, type WaiverInput } from '../src/gates/waivers.js';
import { handoffChecklist } from '../src/gates/governance/handoff.js';
import { criterion, makeResult } from '../src/gates/common.js';
import type { EnvironmentApproval, GateContext, MarkdownDataset, Run } from '../src/model.js';
import { InputError } from '../src/model.js';
import { parseDocument } from '../src/parsers/index.js';
import { parseK6Ndjson } from '../src/parsers/k6-ndjson/index.js';
import { parseOptimizationPlan } from '../src/parsers/plan/index.js';
import { parseWaivers } from '../src/parsers/waivers/index.js';

const FIX = new URL('./fixtures/', import.meta.url);
const bytes = (rel: string): Buffer => readFileSync(new URL(rel, FIX));
const text = (rel: string): string => bytes(rel).toString('utf8');
function k6Run(dir: string): Run {
  const rel = `k6/${dir}/results.ndjson.gz`;
  const gz = bytes(rel);
  return {
    label: dir,
    files: [{ path: rel, sha256: createHash('sha256').update(gz).digest('hex'), bytes: gz.length }],
    k6: parseK6Ndjson(gunzipSync(gz), { file: rel }),
  };
}
const md = (rel: string): MarkdownDataset => parseDocument(text(rel), rel, 'markdown') as MarkdownDataset;
const CONFIG: PerfGatesConfig = parseConfig(
  'diagnostics:\n  services: [catalog-api, checkout-api, search-api, orders-service, payments-service, inventory-service]\nroles:\n  SRE Lead: { environment: perf-approval-sre-lead, approvers: [sre-bob] }\n',
  'perf-gates.yml',
);
const WAIVERS = parseWaivers(text('protocol/waivers.yml'), 'waivers.yml');
const APPROVED: EnvironmentApproval[] = [
  {
    state: 'approved',
    comment: 'ok',
    environments: [{ name: 'perf-approval-sre-lead' }],
    user: { login: 'sre-bob' },
  },
];
const ctx = (now: string, input?: WaiverInput): GateContext => ({
  now,
  verifiedBy: { tool: 'perf-gates test' },
  inputs: [],
  waive: waiverHook(input, CONFIG),
});
const A = k6Run('a-baseline');
const gate2 = (c: GateContext) =>
  evaluateDiagnostics(
    {
      runs: [A],
      profiling: md('protocol/profiling-report.md'),
      capacity: md('protocol/capacity-analysis.md'),
    },
    CONFIG,
    c,
  );
const coverage = (out: ReturnType<typeof gate2>) =>
  out.result.criteria.find((c) => c.name === 'diagnostic_coverage');

describe('the waivers file', () => {
  it('reads the fixture with its line', () => {
    expect(WAIVERS.waivers).toHaveLength(1);
    expect(WAIVERS.waivers[0]).toMatchObject({ gate: 'diagnostics', expires: '2026-12-31', line: 3 });
  });
  it('a bad date or an unknown key is an InputError naming the file and line', () => {
    const bad = text('protocol/waivers.yml').replace('2026-12-31', 'next week');
    expect(() => parseWaivers(bad, 'waivers.yml')).toThrow(InputError);
    expect(() => parseWaivers(bad, 'waivers.yml')).toThrow(/waivers\.yml:7.*YYYY-MM-DD/);
    const extra = text('protocol/waivers.yml').replace('requested_by', 'approved: true\n    requested_by');
    expect(() => parseWaivers(extra, 'waivers.yml')).toThrow(/waivers\.yml:\d+/);
  });
});

describe('a gate-2 failure and its waiver', () => {
  it('without waivers the coverage fails (payments-service and inventory-service are not profiled)', () => {
    const out = gate2(ctx('2026-12-02T08:00:00Z'));
    expect(coverage(out)?.verdict).toBe('fail');
    expect(out.result.verdict).toBe('fail');
  });

  it('approved through the role environment and unexpired: waived, with justification and expiry in the gate result', () => {
    const out = gate2(ctx('2026-12-02T08:00:00Z', { ...WAIVERS, mode: 'action', approvals: APPROVED }));
    const c = coverage(out);
    expect(c?.verdict).toBe('waived');
    expect(c?.waiver).toMatchObject({
      status: 'counted',
      expires: '2026-12-31',
      approval: { kind: 'environment', by: 'sre-bob', environment: 'perf-approval-sre-lead' },
    });
    expect(c?.reason).toContain(
      'waived until 2026-12-31: payments-service and inventory-service are being retired',
    );
    expect(out.result.verdict).toBe('waived');
    expect(waiversOf(out.result)).toHaveLength(1);
    // the artifact the gate writes agrees with the verdict
    const doc = JSON.parse(out.artifacts.find((a) => a.name === 'load-test-results.json')!.content);
    expect(doc.status).toBe('waived');
  });

  it('the handoff item "all gates passed or waivers documented" is checked with the waived gate 2, not with it failing', () => {
    const now = '2026-12-02T08:00:00Z';
    const passed = (gate: 'baseline' | 'optimization' | 'governance') =>
      makeResult(gate, [criterion('x', true, true, 'pass', 'ok')], ctx(now));
    const opts = { improvementThreshold: 15, documentationThreshold: 95 };
    const waived = gate2(ctx(now, { ...WAIVERS, mode: 'action', approvals: APPROVED })).result;
    const ok = handoffChecklist(
      [passed('baseline'), waived, passed('optimization')],
      passed('governance'),
      opts,
    );
    expect(ok[0].item).toBe('All quality gates passed (Gate 1-4) or waivers documented');
    expect(ok[0].checked).toBe(true);
    expect(ok[0].why).toContain(
      'gate 2 waived (waived: diagnostic_coverage until 2026-12-31, approved by sre-bob)',
    );
    const failing = gate2(ctx(now)).result;
    const no = handoffChecklist(
      [passed('baseline'), failing, passed('optimization')],
      passed('governance'),
      opts,
    );
    expect(no[0].checked).toBe(false);
    expect(no[0].why).toContain('gate 2 fail');
  });

  it('the same waiver after its expiry: fail naming the date', () => {
    const out = gate2(ctx('2027-01-01T00:00:01Z', { ...WAIVERS, mode: 'action', approvals: APPROVED }));
    const c = coverage(out);
    expect(c?.verdict).toBe('fail');
    expect(c?.reason).toContain('the waiver expired on 2026-12-31');
    expect(out.result.verdict).toBe('fail');
  });

  it('in Actions without the role approval: refused, the failure stands', () => {
    const other: EnvironmentApproval[] = [{ ...APPROVED[0], user: { login: 'mallory' } }];
    const out = gate2(ctx('2026-12-02T08:00:00Z', { ...WAIVERS, mode: 'action', approvals: other }));
    expect(coverage(out)?.verdict).toBe('fail');
    expect(coverage(out)?.reason).toMatch(/waiver refused: not approved by SRE Lead/);
  });

  it('in Actions, approved by a review of the pull request: by a user of the role, on the head SHA', () => {
    const head = 'a'.repeat(40);
    const review = (login: string, commitId: string, state = 'APPROVED') => ({
      id: 1,
      login,
      state,
      commitId,
      submittedAt: '2026-12-02T07:00:00Z',
    });
    const run = (reviews: ReturnType<typeof review>[]) =>
      gate2(
        ctx('2026-12-02T08:00:00Z', {
          ...WAIVERS,
          mode: 'action',
          approvals: [],
          reviews: { reviews, headSha: head, prNumber: 7 },
        }),
      );
    const ok = coverage(run([review('sre-bob', head)]));
    expect(ok?.verdict).toBe('waived');
    expect(ok?.waiver?.approval).toMatchObject({ kind: 'review', by: 'sre-bob', pr: 7 });
    expect(ok?.reason).toContain('approved by sre-bob as SRE Lead in a review of #7');
    // another commit, another user, or a later "changes requested" do not count
    for (const rs of [
      [review('sre-bob', 'b'.repeat(40))],
      [review('mallory', head)],
      [review('sre-bob', head), { ...review('sre-bob', head, 'CHANGES_REQUESTED'), id: 2 }],
    ]) {
      const c = coverage(run(rs));
      expect(c?.verdict).toBe('fail');
      expect(c?.reason).toMatch(/no approving review of #7/);
    }
    // reviews that could not be read fail closed, saying why
    const err = gate2(
      ctx('2026-12-02T08:00:00Z', {
        ...WAIVERS,
        mode: 'action',
        approvals: [],
        reviews: { reviews: [], headSha: head, prNumber: 7, error: 'HTTP 403' },
      }),
    );
    expect(coverage(err)?.verdict).toBe('fail');
    expect(coverage(err)?.reason).toMatch(/could not be read \(HTTP 403\)/);
  });

  it('in the CLI: self-attested', () => {
    const out = gate2(ctx('2026-12-02T08:00:00Z', { ...WAIVERS, mode: 'cli', approvals: [] }));
    expect(coverage(out)?.verdict).toBe('waived');
    expect(coverage(out)?.waiver?.approval.kind).toBe('self-attested');
    expect(coverage(out)?.reason).toContain('self-attested by alice');
  });
});

describe('regressions are waived by name and only with an approval', () => {
  const A2 = k6Run('a-baseline');
  const D = k6Run('d-thresholds');
  const planText = JSON.stringify({
    target_metric: { name: 'http_req_duration', stat: 'p95', direction: 'decrease' },
    approved_by: 'PO',
    approved_at: '2026-11-20T10:00:00Z',
  });
  const plan = parseOptimizationPlan(planText, 'optimization-plan.json');
  const waiver = (criterion: string) =>
    parseWaivers(
      `waivers:\n  - gate: 3\n    criterion: "${criterion}"\n    justification: synthetic server metric, not user facing\n    requested_by: alice\n    expires: 2026-12-31\n    approver_role: SRE Lead\n`,
      'waivers.yml',
    );
  const run = (w: ReturnType<typeof waiver>, mode: 'action' | 'cli') =>
    evaluateOptimization(
      {
        baseline: [A2],
        candidate: [D],
        plan,
        planText,
        instrumentationLog: md('protocol/instrumentation-update-log.md'),
      },
      CONFIG,
      ctx('2026-12-02T08:00:00Z', { ...w, mode, approvals: APPROVED }),
    );
  const crit = (out: ReturnType<typeof run>, name: string) =>
    out.result.criteria.find((c) => c.name === name);

  it('`regression count` is not waivable', () => {
    const out = run(waiver('regression count'), 'action');
    expect(crit(out, 'regression count')?.verdict).toBe('fail');
    expect(crit(out, 'regression count')?.reason).toContain('not waivable');
  });

  it('by name with an approval: the regression, its count and the threshold criterion are waived', () => {
    const out = run(waiver('regression: threshold server_reported_ms p(95)<30'), 'action');
    expect(crit(out, 'regression: threshold server_reported_ms p(95)<30')?.verdict).toBe('waived');
    expect(crit(out, 'candidate k6 thresholds')?.verdict).toBe('waived');
    const count = crit(out, 'regression count');
    // other regressions of d-thresholds against a-baseline keep the count failing when there are any
    const others = out.result.criteria.filter(
      (c) => c.name.startsWith('regression: ') && c.verdict === 'fail',
    );
    expect(count?.verdict).toBe(others.length ? 'fail' : 'waived');
  });

  it('by name in the CLI (self-attested): refused', () => {
    const out = run(waiver('regression: threshold server_reported_ms p(95)<30'), 'cli');
    const c = crit(out, 'regression: threshold server_reported_ms p(95)<30');
    expect(c?.verdict).toBe('fail');
    expect(c?.reason).toContain('never self-attested');
  });
});
