// Issue 16, "Done when": history in Actions, end to end against the local GitHub fake (every
// request checked against GitHub's OpenAPI description) and the local artifact service. Three push
// runs on main build a history of three entries across runs (the second with a failing gate: it
// records all the same); a pull_request run finds the history as of its merge base through the API,
// compares, and posts one comment and the status perf-gates/compare; a repository with no history
// gives insufficient-data and the way out. In process: the steps run through runGates with the
// Actions GitHub side (src/run/action.ts), process.env set as the runner sets it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startArtifactServer } from './harness/artifact-server.js';
import { HEAD_SHA, startGitHubServer, type GitHubServer } from './harness/github-server.js';
import type { Host } from '../src/io/host.js';

const FIX = path.join(import.meta.dirname, 'fixtures');
const BENCH = path.join(FIX, 'pytest/benchmark/bench-baseline.json');
const FAILING_TESTS = path.join(FIX, 'pytest/json-report/performance-optimized.json');
const TOKEN = 'ghs_faketoken000000000000000000000000000';
const saved = { ...process.env };
const work = mkdtempSync(path.join(os.tmpdir(), 'pg-e2e-history-'));
const MAIN = ['a'.repeat(40), 'b'.repeat(40), 'c'.repeat(40), 'd'.repeat(40)];
const TIMES = [
  '2026-11-20T10:00:00Z',
  '2026-11-21T10:00:00Z',
  '2026-11-22T10:00:00Z',
  '2026-11-23T10:00:00Z',
];
const PR_BASE = '2'.repeat(40);

let gh: GitHubServer;
let empty: GitHubServer;
type Runner = typeof import('../src/run/runner.js');
type Action = typeof import('../src/run/action.js');
let runner: Runner;
let action: Action;

function bench(name: string, ...args: string[]): string {
  const out = path.join(work, name);
  execFileSync(process.execPath, ['scripts/perturb-benchmark.mjs', BENCH, out, ...args], { stdio: 'pipe' });
  return out;
}

beforeAll(async () => {
  gh = await startGitHubServer();
  empty = await startGitHubServer();
  // @actions/github reads GITHUB_API_URL when it is loaded: set it first
  process.env.GITHUB_API_URL = gh.url;
  runner = await import('../src/run/runner.js');
  action = await import('../src/run/action.js');
});
afterAll(async () => {
  await gh.stop();
  await empty.stop();
  process.env = saved;
});

interface StepRun {
  code: number;
  verdict: string;
  notes: string[];
  warnings: string[];
  summary: string;
  outputs: Record<string, string>;
  criteria: string[];
}

/** One `compare` step of one workflow run, as the runner starts it. */
async function step(
  server: GitHubServer,
  o: {
    runId: number;
    event: 'push' | 'pull_request';
    sha: string;
    payload: object;
    inputs: Record<string, string>;
  },
): Promise<StepRun> {
  const art = await startArtifactServer();
  const dir = mkdtempSync(path.join(work, `run-${o.runId}-`));
  const eventPath = path.join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(o.payload));
  for (const k of Object.keys(process.env)) if (/^(GITHUB_|ACTIONS_|RUNNER_)/.test(k)) delete process.env[k];
  Object.assign(process.env, art.env(), {
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/orders',
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: o.sha,
    GITHUB_RUN_ID: String(o.runId),
    GITHUB_WORKFLOW: 'perf',
    GITHUB_WORKFLOW_REF: `acme/orders/.github/workflows/perf.yml@${o.event === 'push' ? 'refs/heads/main' : 'refs/pull/7/merge'}`,
    GITHUB_JOB: 'perf',
    RUNNER_TEMP: dir,
    PERF_GATES_RETRY_FAST: '1',
  });
  const outputs: Record<string, string> = {};
  const warnings: string[] = [];
  let summary = '';
  const host: Host = {
    kind: 'action',
    info: () => {},
    notice: () => {},
    warning: (s) => void warnings.push(s),
    error: () => {},
    group: (_n, fn) => fn(),
    setOutput: (k, v) => void (outputs[k] = v),
    summary: async (md) => void (summary += md),
    github: action.githubSide(process.env),
    env: process.env,
    cwd: dir,
  };
  try {
    const { code, results } = await runner.runGates(
      'compare',
      { token: TOKEN, upload: 'false', 'artifacts-dir': path.join(dir, 'evidence'), ...o.inputs },
      host,
    );
    expect(art.invalid).toEqual([]);
    const up = art.artifacts.filter((a) => a.name === 'perf-gates-history' && a.finalized);
    // the history this run uploaded becomes an artifact of the run, as GitHub keeps it
    if (up.length) server.addRunArtifact(o.runId, 'perf-gates-history', art.zip('perf-gates-history'), o.sha);
    return {
      code,
      verdict: results[0].result.verdict,
      notes: results[0].result.notes,
      criteria: results[0].result.criteria.map((c) => `${c.name}: ${c.reason}`),
      warnings,
      summary,
      outputs,
    };
  } finally {
    await art.stop();
  }
}

const pushPayload = (i: number) => ({
  ref: 'refs/heads/main',
  after: MAIN[i],
  head_commit: { id: MAIN[i], timestamp: TIMES[i] },
  repository: { full_name: 'acme/orders', default_branch: 'main' },
});
const prPayload = {
  action: 'synchronize',
  number: 7,
  pull_request: {
    number: 7,
    head: { sha: HEAD_SHA, ref: 'perf/checkout-cache', repo: { full_name: 'acme/orders' } },
    base: { sha: PR_BASE, ref: 'main', repo: { full_name: 'acme/orders' } },
  },
  repository: { full_name: 'acme/orders', default_branch: 'main' },
};

describe('history in Actions (issue 16)', () => {
  it('three push runs build a history of three entries across runs, a failing gate included', async () => {
    const runs = [
      { seed: '1', extra: {} as Record<string, string> },
      // the second push's performance tests fail: the gate fails and the run still records
      { seed: '2', extra: { 'pytest-report': FAILING_TESTS } },
      { seed: '3', extra: {} },
    ];
    for (const [i, r] of runs.entries()) {
      const runId = 5001 + i;
      // the run is listed while it runs (GitHub lists in-progress runs): it must skip itself
      gh.addWorkflowRun({
        id: runId,
        workflow: 'perf.yml',
        branch: 'main',
        headSha: MAIN[i],
        event: 'push',
        commitTime: TIMES[i],
        conclusion: null,
      });
      const res = await step(gh, {
        runId,
        event: 'push',
        sha: MAIN[i],
        payload: pushPayload(i),
        inputs: {
          baseline: 'history',
          history: 'record',
          'candidate-benchmark': bench(`main-${i}.json`, '--seed', r.seed),
          ...r.extra,
        },
      });
      gh.workflowRuns[i].conclusion = res.code === 0 ? 'success' : 'failure';
      if (i === 0) {
        expect(res.verdict).toBe('insufficient-data');
        expect(res.warnings.join('\n')).toMatch(/history: starting a new history: no history on main yet/);
      }
      if (i === 1) expect(res.verdict).toBe('fail');
      if (i === 2) expect(res.verdict).toBe('pass');
      expect(res.notes.join('\n')).toMatch(
        new RegExp(`history: recorded .* as 00000${i + 1}-${MAIN[i].slice(0, 7)}`),
      );
      expect(res.notes.join('\n')).toMatch(/history: uploaded the store as artifact perf-gates-history/);
    }
    expect(gh.workflowRuns.map((r) => r.conclusion)).toEqual(['failure', 'failure', 'success']);
    // the third run's artifact holds three entries (each run appended to the one before)
    const third = await step(gh, {
      runId: 5100,
      event: 'push',
      sha: MAIN[2],
      payload: { ...pushPayload(2), head_commit: undefined },
      inputs: { baseline: 'history', 'candidate-benchmark': bench('main-check.json', '--seed', '9') },
    });
    expect(third.notes.join('\n')).toMatch(/history: perf-gates-history of run 5003/);
    const report = JSON.parse(readFileSync(third.outputs['report-path'], 'utf8'));
    expect(report.baseline).toMatchObject({ kind: 'history', entries: 3 });
  });

  it('a pull_request run takes the history as of its merge base, compares, posts one comment and the status', async () => {
    // main moved on after the PR branched from the third commit: a fourth push records a fourth entry
    gh.addWorkflowRun({
      id: 5004,
      workflow: 'perf.yml',
      branch: 'main',
      headSha: MAIN[3],
      event: 'push',
      commitTime: TIMES[3],
      conclusion: 'success',
    });
    const fourth = await step(gh, {
      runId: 5004,
      event: 'push',
      sha: MAIN[3],
      payload: pushPayload(3),
      inputs: { history: 'record', 'candidate-benchmark': bench('main-3.json', '--seed', '8') },
    });
    expect(fourth.notes.join('\n')).toMatch(/as 000004-ddddddd/);
    // a pull request from a fork whose branch is called main: its run never supplies the history
    gh.addWorkflowRun({
      id: 5005,
      workflow: 'perf.yml',
      branch: 'main',
      headSha: 'e'.repeat(40),
      event: 'pull_request',
      commitTime: '2026-11-22T11:00:00Z',
      conclusion: 'success',
    });
    gh.addRunArtifact(5005, 'perf-gates-history', gh.runArtifacts[0].zip, 'e'.repeat(40));
    // the PR's merge base is the third main commit: its history is the one run 5003 uploaded (3 entries)
    gh.mergeBases.set(`${PR_BASE}...${HEAD_SHA}`, MAIN[2]);
    const slow = bench(
      'pr.json',
      '--seed',
      '4',
      '--factor',
      '2',
      '--bench',
      'test_benchmarks.py::test_parse_orders',
    );
    const res = await step(gh, {
      runId: 6001,
      event: 'pull_request',
      sha: '9'.repeat(40),
      payload: prPayload,
      inputs: { baseline: 'history', 'candidate-benchmark': slow },
    });
    expect(res.verdict, res.summary).toBe('fail');
    expect(res.code).toBe(1);
    expect(res.notes.join('\n')).toContain(`history as of the merge base ${MAIN[2].slice(0, 7)}`);
    expect(res.notes.join('\n')).toMatch(/history: perf-gates-history of run 5003/);
    expect(res.outputs['regression-count']).toBe('1');
    const comments = gh.perfGatesComments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('Compare: No Regressions');
    expect(comments[0].body).toMatch(/test_parse_orders/);
    // the chart: main's last runs (the three entries as of the merge base), the PR's value last,
    // collapsed in the comment and open in the job summary
    expect(comments[0].body).toMatch(
      /<details><summary>Charts of the changed keys \(1\)<\/summary>[\s\S]*xychart-beta[\s\S]*main s last runs, this change last/,
    );
    expect(comments[0].body).toContain('x-axis ["aaaaaaa", "bbbbbbb", "ccccccc", "PR"]');
    expect(res.summary).toContain('**Charts of the changed keys (1)**');
    const svg = readdirSync(path.dirname(res.outputs['report-path'])).filter((f) => f.endsWith('.svg'));
    expect(svg).toEqual([expect.stringMatching(/^history-1-test_benchmarks.py-test_parse_orders/)]);
    const svgText = readFileSync(path.join(path.dirname(res.outputs['report-path']), svg[0]), 'utf8');
    expect(svgText).toMatch(/^<svg [\s\S]*<\/svg>\n$/);
    expect(svgText.match(/<circle /g)).toHaveLength(4);
    const status = gh.statuses.filter((s) => s.context === 'perf-gates/compare' && s.sha === HEAD_SHA);
    expect(status.map((s) => [s.sha, s.state])).toEqual([[HEAD_SHA, 'failure']]);
    const evidence = JSON.parse(
      readFileSync(path.join(path.dirname(res.outputs['report-path']), 'compare-report.json'), 'utf8'),
    );
    expect(evidence.baseline.entries).toBe(3);
    expect(gh.invalid).toEqual([]);
    // the API calls the issue names were made
    const paths = gh.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`);
    expect(paths).toContain('GET /repos/acme/orders/actions/workflows/perf.yml/runs');
    expect(paths).toContain(`GET /repos/acme/orders/compare/${PR_BASE}...${HEAD_SHA}`);
    expect(paths).toContain('GET /repos/acme/orders/actions/runs/5003/artifacts');
    expect(paths).not.toContain('GET /repos/acme/orders/actions/runs/5005/artifacts');
  });

  it('a repository with no history: insufficient-data and the way out', async () => {
    const res = await step(empty, {
      runId: 7001,
      event: 'pull_request',
      sha: '9'.repeat(40),
      payload: prPayload,
      inputs: { baseline: 'history', 'candidate-benchmark': bench('pr-empty.json', '--seed', '5') },
    });
    expect(res.code).toBe(1);
    expect(res.verdict).toBe('insufficient-data');
    expect(res.criteria.join('\n')).toContain(
      'no history on main yet: merge this workflow, or run it once on main with workflow_dispatch',
    );
    expect(empty.invalid).toEqual([]);
  });

  it('history: record on a pull_request is refused: a PR never writes main history', async () => {
    const res = await step(empty, {
      runId: 7002,
      event: 'pull_request',
      sha: '9'.repeat(40),
      payload: prPayload,
      inputs: { history: 'record', 'candidate-benchmark': bench('pr-rec.json', '--seed', '6') },
    });
    expect(res.code).toBe(2);
    expect(res.verdict).toBe('error');
    expect(empty.runArtifacts).toHaveLength(0);
  });
});
