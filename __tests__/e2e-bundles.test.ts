// End to end: the COMMITTED bundles (`node dist/<entry>/index.js`) run as the Actions runner runs
// them (harness/run-bundle.ts), against the stateful fake GitHub that checks every request against
// GitHub's OpenAPI description (harness/github-server.ts) and the artifact service
// (harness/artifact-server.ts), on the example data `npm run demo` uses (scripts/demo.mjs).
//
// Proves: four gate steps and a rerun leave ONE perf-gates comment (on a PR with 300 other
// comments) with all four sections, one status per gate per run on the PR head SHA, zero invalid
// requests, the real outputs for that data; governance in a second job downloads and verifies
// the other gates' artifacts; the root action does the same in one step; a read-only token gives
// the same outcome with a notice; two matrix jobs share the one comment.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputsOf, type ActionName } from '../src/inputs.js';
import type { GateName, GateResult } from '../src/model.js';
import { parseSections } from '../src/report/comment.js';
import { startArtifactServer, type ArtifactServer } from './harness/artifact-server.js';
import {
  BASE_SHA,
  HEAD_SHA,
  MERGE_SHA,
  startGitHubServer,
  type ApprovalInput,
  type GitHubServer,
} from './harness/github-server.js';
import { groundTruth } from './harness/results.js';
import { pullRequestEvent, RUN_ID, runBundle, type RunBundleResult } from './harness/run-bundle.js';

const GATES: GateName[] = ['baseline', 'diagnostics', 'optimization', 'governance'];
const FX = '__tests__/fixtures';

/** The inputs `npm run demo` uses (scripts/demo.mjs), relative to the workspace (the repo root). */
const DEMO: Record<string, string> = {
  config: 'examples/perf/perf-gates.yml',
  'baseline-k6': `${FX}/k6/a-baseline/*`,
  'candidate-k6': `${FX}/k6/b-optimized/*`,
  'baseline-csv': 'examples/perf/baseline-metrics.csv',
  hypotheses: 'examples/perf/hypothesis-log.md',
  'profiling-report': 'examples/perf/profiling-report.md',
  'capacity-analysis': 'examples/perf/capacity-analysis.md',
  'pytest-report': `${FX}/pytest/json-report/performance-optimized.json`,
  'baseline-benchmark': `${FX}/pytest/benchmark/bench-baseline.json`,
  'candidate-benchmark': `${FX}/pytest/benchmark/bench-optimized.json`,
  plan: 'examples/perf/optimization-plan.json',
  'slo-updates': 'examples/perf/slo-updates.yml',
  'instrumentation-log': 'examples/perf/instrumentation-update-log.md',
  // no `approvals` input: governance reads GET .../actions/runs/{run_id}/approvals
};

/** Approvals given through the two required-reviewer environments (the fake API's answer). */
const APPROVALS: ApprovalInput[] = [
  {
    state: 'approved',
    comment: 'SLO targets reviewed against the validation report',
    environments: [{ id: 5001, name: 'perf-approval-product-owner' }],
    user: { login: 'po-alice' },
  },
  {
    state: 'approved',
    comment: 'alerts updated',
    environments: [{ id: 5002, name: 'perf-approval-sre-lead' }],
    user: { login: 'sre-dan' },
  },
];

/** Only the inputs the step's action.yml declares (what a workflow's `with:` can pass). */
function inputsFor(action: ActionName, extra: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of inputsOf(action)) if (k in DEMO) out[k] = DEMO[k];
  return { ...out, ...extra };
}

const sha256 = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `pg-e2e-${p}-`));

interface StepOptions {
  gh: GitHubServer;
  art: ArtifactServer;
  dir: string;
  job?: string;
  /** the artifact service job id (another job of the same run: a fresh one) */
  artJob?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

async function step(entry: ActionName, o: StepOptions): Promise<RunBundleResult> {
  return runBundle(entry, {
    inputs: inputsFor(entry, { 'artifacts-dir': o.dir, ...(o.inputs ?? {}) }),
    env: {
      GITHUB_API_URL: o.gh.url,
      ...o.art.env(o.artJob),
      GITHUB_JOB: o.job ?? 'perf',
      ...(o.env ?? {}),
    },
  });
}

const log = (r: RunBundleResult) => r.stdout + r.stderr;

/** k6's own p95 of the products endpoint, baseline and optimized (ground-truth.json). */
function expectedImprovementPct(): number {
  const t = groundTruth as unknown as {
    k6: Record<string, { recomputed_from_ndjson: { by_tag: Record<string, Record<string, number>> } }>;
  };
  const p95 = (run: string) =>
    t.k6[run].recomputed_from_ndjson.by_tag['http_req_duration{name:products}']['p(95)'];
  return (1 - p95('k6/b-optimized') / p95('k6/a-baseline')) * 100;
}

/** What this data must give, gate by gate (exit code and outputs). */
function expectDemoOutputs(
  r: Record<GateName, RunBundleResult>,
  dir: string,
  art: ArtifactServer,
  job = 'perf',
): void {
  const impr = expectedImprovementPct();
  expect(impr).toBeCloseTo(29.06, 2);
  const reports: Record<GateName, string> = {
    baseline: 'performance-intake-report.json',
    diagnostics: 'load-test-results.json',
    optimization: 'optimization-validation-report.json',
    governance: 'PERFORMANCE-REPORT.md',
    compare: 'compare-report.json',
  };
  for (const g of GATES) {
    const o = r[g].outputs;
    expect(o['report-path'], g).toBe(path.join(dir, reports[g]));
    expect(existsSync(o['report-path']), g).toBe(true);
    const uploaded = art.artifacts.find((a) => a.name === `perf-gates-${g}-${job}` && a.finalized);
    expect(uploaded, `${g}: artifact uploaded`).toBeDefined();
    expect(o['artifact-id'], g).toBe(String(uploaded!.id));
    expect(r[g].summary.trim().length, `${g}: job summary`).toBeGreaterThan(100);
  }
  expect(r.baseline.code).toBe(0);
  expect(r.baseline.outputs).toMatchObject({
    verdict: 'pass',
    score: '100',
    'improvement-pct': '',
    'regression-count': '',
  });
  expect(r.baseline.summary).toContain('Gate 1');
  expect(r.diagnostics.code).toBe(0);
  expect(r.diagnostics.outputs).toMatchObject({ verdict: 'pass', score: '100', 'regression-count': '' });
  // the plan's target improved ~29 % (k6's own p95: 54.03 -> 38.33 ms), but a pytest -m performance
  // test failed in the candidate (test_bulk_import_latency): one regression, so gate 3 fails
  expect(r.optimization.code).toBe(1);
  expect(r.optimization.outputs.verdict).toBe('fail');
  expect(Number(r.optimization.outputs['improvement-pct'])).toBeCloseTo(impr, 1);
  expect(r.optimization.outputs['regression-count']).toBe('1');
  expect(r.optimization.summary).toContain('test\\_bulk\\_import\\_latency');
  // governance: every document, checksum and approval is there; it fails because gate 3 failed
  expect(r.governance.code).toBe(1);
  expect(r.governance.outputs).toMatchObject({ verdict: 'fail', score: '100' });
}

function gateJson(dir: string, n: number, gate: GateName): GateResult {
  return JSON.parse(readFileSync(path.join(dir, `gate-${n}-${gate}.json`), 'utf8')) as GateResult;
}

function criterionOf(r: GateResult, name: string) {
  const c = r.criteria.find((x) => x.name === name);
  expect(c, `criterion ${name} in ${r.criteria.map((x) => x.name).join(', ')}`).toBeDefined();
  return c!;
}

const STATE: Record<GateName, string> = {
  baseline: 'success',
  diagnostics: 'success',
  optimization: 'failure',
  governance: 'failure',
  compare: 'success',
};

function expectOneCommentWith(gh: GitHubServer, sections: string[]): void {
  const ours = gh.perfGatesComments(7);
  expect(ours).toHaveLength(1);
  const found = parseSections(ours[0].body).map((s) => `${s.gate}/${s.job}`);
  expect(found).toEqual(sections);
  expect(ours[0].body.length).toBeLessThan(65_536);
}

function expectStatuses(gh: GitHubServer, perContext: number): void {
  for (const s of gh.statuses) {
    expect(s.sha).toBe(HEAD_SHA);
    expect(s.sha).not.toBe(MERGE_SHA);
    expect((s.description ?? '').length).toBeLessThanOrEqual(140);
  }
  const contexts = [...new Set(gh.statuses.map((s) => s.context))].sort();
  expect(contexts).toEqual(GATES.map((g) => `perf-gates/${g}`).sort());
  for (const g of GATES) {
    const mine = gh.statuses.filter((s) => s.context === `perf-gates/${g}`);
    expect(mine, g).toHaveLength(perContext);
    expect(mine.at(-1)!.state, g).toBe(STATE[g]);
  }
}

describe('four gate steps in one job, then a rerun of the workflow', () => {
  let gh: GitHubServer;
  const arts: ArtifactServer[] = [];
  const run1 = {} as Record<GateName, RunBundleResult>;
  const rerun = {} as Record<GateName, RunBundleResult>;
  const dir1 = tmp('run1');
  const dir2 = tmp('rerun');
  let firstCommentId = 0;

  beforeAll(async () => {
    gh = await startGitHubServer({ preloadComments: 300, approvals: APPROVALS });
    arts.push(await startArtifactServer(), await startArtifactServer());
  });
  afterAll(async () => {
    await gh.stop();
    for (const a of arts) await a.stop();
  });

  it('run 1: outputs, one comment among 300 others, one status per gate on the PR head', async () => {
    for (const g of GATES) run1[g] = await step(g, { gh, art: arts[0], dir: dir1 });
    expectDemoOutputs(run1, dir1, arts[0]);
    expect(gh.comments).toHaveLength(301);
    expectOneCommentWith(
      gh,
      GATES.map((g) => `${g}/perf`),
    );
    firstCommentId = gh.perfGatesComments(7)[0].id;
    // the comment was found by paginating past the 300 others (100 per page)
    expect(gh.requests.some((r) => r.method === 'GET' && /[?&]page=4\b/.test(r.query))).toBe(true);
    expectStatuses(gh, 1);
    expect(gh.invalid).toEqual([]);
    expect(arts[0].invalid).toEqual([]);
  });

  it('run 1: governance used the API approvals and verified every earlier artifact', () => {
    const gov = gateJson(dir1, 4, 'governance');
    expect(gh.requests.some((r) => r.operationId === 'actions/get-reviews-for-run' && r.status === 200)).toBe(
      true,
    );
    const appr = criterionOf(gov, 'SLO update approvals');
    expect(appr.verdict).toBe('pass');
    expect(appr.reason).toContain('po-alice');
    expect(appr.reason).toContain('sre-dan');
    expect(criterionOf(gov, 'artifact checksums').verdict).toBe('pass');
    expect(criterionOf(gov, 'documentation completeness')).toMatchObject({ actual: 100, verdict: 'pass' });
    expect(criterionOf(gov, 'gate 3 optimization')).toMatchObject({ actual: 'fail', verdict: 'fail' });
    // the manifest lists every artifact with its checksum
    const manifest = JSON.parse(
      readFileSync(path.join(dir1, 'performance-report-manifest.json'), 'utf8'),
    ) as {
      artifacts: { path: string; sha256: string }[];
    };
    expect(manifest.artifacts.map((a) => a.path)).toEqual(
      expect.arrayContaining([
        'baseline-metrics.csv',
        'optimization-validation-report.json',
        'PERFORMANCE-REPORT.md',
      ]),
    );
  });

  it('rerun (attempt 2): still ONE comment with four sections, statuses only on the head SHA', async () => {
    for (const g of GATES)
      rerun[g] = await step(g, { gh, art: arts[1], dir: dir2, env: { GITHUB_RUN_ATTEMPT: '2' } });
    expectDemoOutputs(rerun, dir2, arts[1]);
    expect(gh.comments).toHaveLength(301);
    expectOneCommentWith(
      gh,
      GATES.map((g) => `${g}/perf`),
    );
    expect(gh.perfGatesComments(7)[0].id).toBe(firstCommentId);
    expect(gh.requests.filter((r) => r.operationId === 'issues/create-comment')).toHaveLength(1);
    expect(gh.requests.filter((r) => r.operationId === 'issues/update-comment')).toHaveLength(7);
    // every run posts one status per gate context; the latest per context is this run's verdict
    expectStatuses(gh, 2);
    for (const g of GATES) expect(rerun[g].code, g).toBe(run1[g].code);
    expect(gh.invalid).toEqual([]);
    expect(arts[1].invalid).toEqual([]);
  });
});

describe('governance in a second job (fresh artifacts-dir) downloads the other gates', () => {
  let gh: GitHubServer;
  let art: ArtifactServer;
  beforeAll(async () => {
    gh = await startGitHubServer({ preloadComments: 3, approvals: APPROVALS });
    art = await startArtifactServer();
  });
  afterAll(async () => {
    await gh.stop();
    await art.stop();
  });

  it('downloads perf-gates-* of this run, verifies their checksums, judges the whole', async () => {
    const perfDir = tmp('job-perf');
    for (const g of GATES.slice(0, 3)) {
      const r = await step(g, { gh, art, dir: perfDir, job: 'perf' });
      expect(r.outputs['artifact-id'], g).toMatch(/^\d+$/);
    }
    const govDir = tmp('job-governance');
    expect(readdirSync(govDir)).toEqual([]);
    const r = await step('governance', { gh, art, dir: govDir, job: 'governance', artJob: randomUUID() });
    // what it downloaded: the three artifacts, each into its own folder, byte for byte
    for (const g of GATES.slice(0, 3)) {
      const name = `perf-gates-${g}-perf`;
      expect(log(r)).toContain(`Downloaded artifact ${name}`);
      // every file its SHA256SUMS names is there with that checksum (checked here independently)
      const sums = readFileSync(path.join(govDir, name, 'SHA256SUMS'), 'utf8')
        .trim()
        .split('\n');
      expect(sums.length, name).toBeGreaterThan(1);
      for (const line of sums) {
        const [hash, file] = line.split(/ [ *]/);
        expect(sha256(path.join(govDir, name, file)), `${name}/${file}`).toBe(hash);
      }
      expect(existsSync(path.join(govDir, name, `gate-${GATES.indexOf(g) + 1}-${g}.json`))).toBe(true);
    }
    expect(readFileSync(path.join(govDir, 'perf-gates-baseline-perf', 'baseline-metrics.csv'))).toEqual(
      readFileSync(path.join(perfDir, 'baseline-metrics.csv')),
    );
    const gov = gateJson(govDir, 4, 'governance');
    const sums = criterionOf(gov, 'artifact checksums');
    expect(sums.verdict).toBe('pass');
    expect(sums.reason).toMatch(/\b[1-2][0-9] earlier artifacts verified/);
    expect(criterionOf(gov, 'documentation completeness')).toMatchObject({ actual: 100, verdict: 'pass' });
    expect(criterionOf(gov, 'gate 1 baseline').verdict).toBe('pass');
    expect(criterionOf(gov, 'gate 3 optimization').verdict).toBe('fail');
    expect(r.outputs.verdict).toBe('fail');
    expect(r.code).toBe(1);
    // the manifest covers the downloaded evidence too, with the checksums the artifacts carry
    const manifest = JSON.parse(
      readFileSync(path.join(govDir, 'performance-report-manifest.json'), 'utf8'),
    ) as {
      artifacts: { path: string; sha256: string }[];
    };
    const csv = manifest.artifacts.find((a) => a.path === 'perf-gates-baseline-perf/baseline-metrics.csv');
    expect(csv?.sha256).toBe(sha256(path.join(perfDir, 'baseline-metrics.csv')));
    expect(manifest.artifacts.map((a) => a.path)).toContain('PERFORMANCE-REPORT.md');
    // the job's section joins the one comment
    expectOneCommentWith(gh, [
      'baseline/perf',
      'diagnostics/perf',
      'optimization/perf',
      'governance/governance',
    ]);
    expect(gh.invalid).toEqual([]);
    expect(art.invalid).toEqual([]);
  });
});

describe('the root action (dist/all) runs the four gates in one step', () => {
  let gh: GitHubServer;
  const arts: ArtifactServer[] = [];
  beforeAll(async () => {
    gh = await startGitHubServer({ preloadComments: 300, approvals: APPROVALS });
    arts.push(await startArtifactServer(), await startArtifactServer());
  });
  afterAll(async () => {
    await gh.stop();
    for (const a of arts) await a.stop();
  });

  it('one comment, one status per gate, real outputs; a rerun changes nothing but the statuses', async () => {
    for (const [i, art] of arts.entries()) {
      const dir = tmp(`all-${i}`);
      const r = await step('all', { gh, art, dir, env: { GITHUB_RUN_ATTEMPT: String(i + 1) } });
      expect(r.code).toBe(1);
      // verdict: the worst of the four; improvement and regressions: gate 3's
      expect(r.outputs.verdict).toBe('fail');
      expect(Number(r.outputs['improvement-pct'])).toBeCloseTo(expectedImprovementPct(), 1);
      expect(r.outputs['regression-count']).toBe('1');
      // score, report-path and artifact-id are the last gate's (governance)
      expect(r.outputs.score).toBe('100');
      expect(r.outputs['report-path']).toBe(path.join(dir, 'PERFORMANCE-REPORT.md'));
      const govArtifact = art.artifacts.find((a) => a.name === 'perf-gates-governance-perf');
      expect(r.outputs['artifact-id']).toBe(String(govArtifact?.id));
      expect(art.artifacts.filter((a) => a.finalized).map((a) => a.name)).toEqual(
        GATES.map((g) => `perf-gates-${g}-perf`),
      );
      for (const n of ['Gate 1', 'Gate 2', 'Gate 3', 'Gate 4']) expect(r.summary).toContain(n);
      expect(gateJson(dir, 1, 'baseline').verdict).toBe('pass');
      expect(gateJson(dir, 2, 'diagnostics').verdict).toBe('pass');
      expectStatuses(gh, i + 1);
    }
    expect(gh.comments).toHaveLength(301);
    expectOneCommentWith(
      gh,
      GATES.map((g) => `${g}/perf`),
    );
    expect(gh.invalid).toEqual([]);
    for (const a of arts) expect(a.invalid).toEqual([]);
  });
});

describe('read-only token (fork pull request)', () => {
  let ro: GitHubServer;
  let art: ArtifactServer;
  beforeAll(async () => {
    ro = await startGitHubServer({ preloadComments: 5, approvals: APPROVALS });
    ro.readOnly = true;
    art = await startArtifactServer();
  });
  afterAll(async () => {
    await ro.stop();
    await art.stop();
  });

  it('same exit code and verdict as with a writable token, a job summary, a notice naming 403', async () => {
    // with a writable token (first describe): baseline 0 (pass), optimization 1 (fail)
    const expected: Partial<Record<GateName, [number, string]>> = {
      baseline: [0, 'pass'],
      optimization: [1, 'fail'],
    };
    for (const [g, [code, verdict]] of Object.entries(expected) as [GateName, [number, string]][]) {
      const r = await step(g, { gh: ro, art, dir: tmp(`ro-${g}`) });
      expect(r.code, g).toBe(code);
      expect(r.outputs.verdict, g).toBe(verdict);
      expect(r.summary.trim().length, g).toBeGreaterThan(100);
      const notice = log(r)
        .split('\n')
        .find((l) => l.startsWith('::notice::'));
      expect(notice, g).toBeDefined();
      expect(notice).toMatch(/403/);
      expect(notice).toMatch(/read-only/);
      // the verdict decided the step, not GitHub: no ::error:: about the comment or the status
      expect(log(r)).not.toMatch(/::error::.*(comment|status)/i);
      // evidence still written and uploaded
      expect(r.outputs['artifact-id'], g).toMatch(/^\d+$/);
    }
    expect(ro.perfGatesComments(7)).toHaveLength(0);
    expect(ro.statuses).toHaveLength(0);
    expect(ro.requests.some((r) => r.status === 403)).toBe(true);
    expect(ro.invalid).toEqual([]);
  });

  it('a fork pull request skips the writes up front with a notice, same outcome', async () => {
    const gh = await startGitHubServer({ preloadComments: 0 });
    try {
      const r = await runBundle('baseline', {
        inputs: inputsFor('baseline', { 'artifacts-dir': tmp('fork') }),
        env: { GITHUB_API_URL: gh.url, ...art.env(randomUUID()), GITHUB_JOB: 'perf-fork' },
        event: pullRequestEvent({ fork: true }),
      });
      expect(r.code).toBe(0);
      expect(r.outputs.verdict).toBe('pass');
      expect(log(r)).toMatch(/::notice::.*fork.*read-only/);
      expect(gh.requests.filter((x) => x.method !== 'GET')).toEqual([]);
      expect(r.summary).toContain('Gate 1');
    } finally {
      await gh.stop();
    }
  });
});

describe('two matrix legs each running baseline', () => {
  it('one comment with both legs’ sections, one artifact and one status context per leg', async () => {
    const gh = await startGitHubServer({ preloadComments: 120 });
    const art = await startArtifactServer();
    try {
      // In a real matrix every leg has the same GITHUB_JOB: the legs tell themselves apart by artifact-name.
      const legs = [
        { job: 'perf', name: 'perf-gates-baseline-eu', leg: 'eu' },
        { job: 'perf', name: 'perf-gates-baseline-us', leg: 'us' },
      ];
      for (const leg of legs) {
        const r = await step('baseline', {
          gh,
          art,
          dir: tmp(leg.leg),
          job: leg.job,
          artJob: randomUUID(),
          inputs: { 'artifact-name': leg.name },
        });
        expect(r.code).toBe(0);
        const a = art.artifacts.find((x) => x.name === leg.name && x.finalized);
        expect(r.outputs['artifact-id']).toBe(String(a?.id));
      }
      expectOneCommentWith(gh, ['baseline/perf-eu', 'baseline/perf-us']);
      const body = gh.perfGatesComments(7)[0].body;
      for (const leg of legs) expect(body).toContain(`<code>${leg.name.replace(/-/g, '\\-')}</code>`);
      expect(gh.statuses.every((s) => s.sha === HEAD_SHA)).toBe(true);
      expect(gh.statuses.map((s) => s.context).sort()).toEqual([
        'perf-gates/baseline (eu)',
        'perf-gates/baseline (us)',
      ]);
      expect(gh.invalid).toEqual([]);
      expect(art.invalid).toEqual([]);
    } finally {
      await gh.stop();
      await art.stop();
    }
  });
});

describe('the publish action (dist/publish) in a workflow_run workflow', () => {
  it('posts what a fork PR run computed, never green (its pass is pending, its fail is posted); refuses (and fails) when the PR head moved on', async () => {
    const gh = await startGitHubServer({ preloadComments: 10 });
    const art = await startArtifactServer();
    try {
      // the pull_request run of a fork: read-only, so it computes and uploads but posts nothing
      const names: string[] = [];
      for (const g of ['baseline', 'optimization'] as GateName[]) {
        const r = await runBundle(g, {
          inputs: inputsFor(g, { 'artifacts-dir': tmp(`fork-${g}`) }),
          env: { GITHUB_API_URL: gh.url, ...art.env(), GITHUB_JOB: 'perf' },
          event: pullRequestEvent({ fork: true }),
        });
        expect(r.outputs['artifact-id'], g).toMatch(/^\d+$/);
        names.push(`perf-gates-${g}-perf`);
      }
      expect(gh.requests.filter((x) => x.method !== 'GET')).toEqual([]);
      // what GitHub then lists for that run
      for (const n of names) gh.addRunArtifact(Number(RUN_ID), n, art.zip(n), HEAD_SHA);
      const event = {
        action: 'completed',
        workflow_run: {
          id: Number(RUN_ID),
          name: 'perf',
          event: 'pull_request',
          status: 'completed',
          conclusion: 'failure',
          head_sha: HEAD_SHA,
          html_url: `https://github.com/acme/orders/actions/runs/${RUN_ID}`,
          pull_requests: [], // GitHub leaves it empty for fork PRs
          head_repository: { full_name: 'contrib/orders' },
        },
        repository: { full_name: 'acme/orders', name: 'orders', owner: { login: 'acme' } },
      };
      const publish = () =>
        runBundle('publish', {
          inputs: {},
          env: {
            GITHUB_API_URL: gh.url,
            ...art.env(randomUUID()),
            GITHUB_EVENT_NAME: 'workflow_run',
            GITHUB_RUN_ID: '987654999',
            GITHUB_JOB: 'publish',
            GITHUB_SHA: BASE_SHA,
          },
          event,
        });

      const ok = await publish();
      expect(ok.code, log(ok).slice(-2000)).toBe(0);
      // the fork's own workflow computed these: a pass is not evidence (insufficient-data in the
      // verdict output, `pending` status), a failure is posted as it is
      expect(ok.outputs).toMatchObject({ verdict: 'fail', published: '2', refused: '0', trusted: 'false' });
      expectOneCommentWith(gh, ['baseline/perf', 'optimization/perf']);
      expect(gh.statuses.map((s) => [s.context, s.state, s.sha])).toEqual([
        ['perf-gates/baseline', 'pending', HEAD_SHA],
        ['perf-gates/optimization', 'failure', HEAD_SHA],
      ]);
      expect(gh.statuses[0].description).toMatch(/^fork run: needs a trusted run/);
      for (const sec of parseSections(gh.perfGatesComments(7)[0].body))
        expect(sec.markdown).toContain("computed by the fork's own workflow, not verified");

      // a new commit was pushed since: the results are stale, nothing is posted, the step fails
      gh.pulls.get(7)!.headSha = '3333333333333333333333333333333333333333';
      const stale = await publish();
      expect(stale.code).toBe(1);
      expect(stale.outputs).toMatchObject({ verdict: '', published: '0', refused: '2' });
      expect(log(stale)).toMatch(
        /::error::perf-gates publish refused 2 result\(s\): perf-gates-baseline-perf\/gate-1-baseline\.json: pull request #7 is now at 3333/,
      );
      expect(gh.statuses).toHaveLength(2);
      expect(gh.invalid).toEqual([]);
      expect(art.invalid).toEqual([]);
    } finally {
      await gh.stop();
      await art.stop();
    }
  });
});

describe('the compare action (dist/compare) as the CI self-test runs it', () => {
  it('no plan: the planted failing performance test is its one regression (fail/1), improvements only reported', async () => {
    const r = await runBundle('compare', {
      inputs: inputsFor('compare', { 'artifacts-dir': tmp('compare'), 'fail-on': 'error', upload: 'false' }),
    });
    expect(r.code).toBe(0);
    expect(`${r.outputs.verdict}/${r.outputs['regression-count']}`).toBe('fail/1');
    expect(r.summary).toContain('test\\_performance\\.py\\:\\:test\\_bulk\\_import\\_latency');
  });
});
