// The `publish` action of the two-workflow pattern: a workflow_run workflow downloads the
// triggering run's perf-gates-* artifacts (REST listing + @actions/artifact download through the
// local GitHub), checks the head SHA, and posts comment sections and statuses.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArtifactServer, startArtifactServer } from './harness/artifact-server.js';
import { GitHubServer, HEAD_SHA, startGitHubServer } from './harness/github-server.js';
import { gateResult } from './harness/results.js';
import { InputError, type GateName } from '../src/model.js';
import { parseSections } from '../src/report/comment.js';

const TOKEN = 'ghs_faketoken000000000000000000000000000';
const RUN = 555000111;
const saved = { ...process.env };
let gh: GitHubServer;
let art: ArtifactServer;
type PublishMod = typeof import('../src/run/publish.js');
type GithubMod = typeof import('../src/io/github.js');
type ArtifactsMod = typeof import('../src/io/artifacts.js');
let publish: PublishMod;
let github: GithubMod;
let artifacts: ArtifactsMod;

const quiet = () => {
  const l = { infos: [] as string[], notices: [] as string[], warnings: [] as string[] };
  return {
    ...l,
    info: (s: string) => l.infos.push(s),
    notice: (s: string) => l.notices.push(s),
    warning: (s: string) => l.warnings.push(s),
  };
};

beforeAll(async () => {
  gh = await startGitHubServer({ preloadComments: 120 });
  art = await startArtifactServer();
  // @actions/github reads GITHUB_API_URL when it is first imported, as in a real step
  Object.assign(process.env, { GITHUB_API_URL: gh.url, PERF_GATES_RETRY_FAST: '1', ...art.env() });
  publish = await import('../src/run/publish.js');
  github = await import('../src/io/github.js');
  artifacts = await import('../src/io/artifacts.js');
});
afterAll(async () => {
  expect(gh.invalid).toEqual([]);
  expect(art.invalid).toEqual([]);
  await gh.stop();
  await art.stop();
  process.env = saved;
});

/** What a pull_request run leaves behind: a perf-gates-<gate>-<job> artifact with gate-<n>-<gate>.json. */
async function computedArtifact(
  runId: number,
  gate: GateName,
  n: number,
  job: string,
  headSha: string,
  verdict: 'pass' | 'fail',
) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-pub-'));
  const doc = {
    ...gateResult(gate, verdict),
    context: {
      repository: 'acme/orders',
      pr_number: 7,
      head_sha: headSha,
      run_id: String(runId),
      job,
      event: 'pull_request',
    },
    verified_by: { tool: 'perf-gates 0.1.0' },
    inputs: [],
  };
  writeFileSync(path.join(dir, `gate-${n}-${gate}.json`), JSON.stringify(doc, null, 2));
  writeFileSync(path.join(dir, 'SHA256SUMS'), '');
  const name = `perf-gates-${gate}-${job}-${runId}`;
  await artifacts.uploadEvidence(name, dir, [`gate-${n}-${gate}.json`, 'SHA256SUMS'], quiet());
  gh.addRunArtifact(runId, name, art.zip(name), headSha);
  return name;
}

function workflowRunContext(runId: number, prs: { number: number }[] = []) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-wr-'));
  const event = {
    action: 'completed',
    workflow_run: {
      id: runId,
      name: 'perf',
      event: 'pull_request',
      status: 'completed',
      conclusion: 'failure',
      head_sha: HEAD_SHA,
      html_url: `https://github.com/acme/orders/actions/runs/${runId}`,
      pull_requests: prs.map((p) => ({ number: p.number, head: { sha: HEAD_SHA } })),
      head_repository: { full_name: 'contrib/orders' },
    },
    repository: { full_name: 'acme/orders', name: 'orders', owner: { login: 'acme' } },
  };
  writeFileSync(path.join(dir, 'event.json'), JSON.stringify(event));
  return github.getGitHubContext({
    GITHUB_REPOSITORY: 'acme/orders',
    GITHUB_EVENT_NAME: 'workflow_run',
    GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
    GITHUB_SHA: '2222222222222222222222222222222222222222',
    GITHUB_RUN_ID: '777',
    GITHUB_JOB: 'publish',
    GITHUB_API_URL: gh.url,
  });
}

describe('runPublish', () => {
  it('posts the results of the triggering run and refuses a head-SHA mismatch, naming the file', async () => {
    const good = await computedArtifact(RUN, 'baseline', 1, 'perf', HEAD_SHA, 'fail');
    const other = await computedArtifact(RUN, 'diagnostics', 2, 'perf', HEAD_SHA, 'pass');
    const bad = await computedArtifact(RUN, 'optimization', 3, 'perf', 'deadbeef'.repeat(5), 'pass');
    const log = quiet();
    // a fork PR: GitHub leaves workflow_run.pull_requests empty, the PR number comes from the artifact
    const out = await publish.runPublish(
      { token: TOKEN, comment: 'update', status: true },
      log,
      workflowRunContext(RUN),
    );

    expect(out.published.map((p) => `${p.gate}/${p.job}/${p.verdict}`)).toEqual([
      'baseline/perf/fail',
      'diagnostics/perf/pass',
    ]);
    expect(out.refused).toHaveLength(1);
    expect(out.refused[0].file).toBe(`${bad}/gate-3-optimization.json`);
    expect(out.refused[0].reason).toMatch(/head_sha deadbeef.* is not the triggering run's head SHA/);
    expect(log.warnings.join('\n')).toContain(`Refused ${bad}/gate-3-optimization.json`);

    const ours = gh.perfGatesComments();
    expect(ours).toHaveLength(1);
    expect(parseSections(ours[0].body).map((s) => s.gate)).toEqual(['baseline', 'diagnostics']);
    expect(ours[0].body).toContain(`https://github.com/acme/orders/actions/runs/${RUN}`);
    expect(ours[0].body).toContain(good.replace(/-/g, '\\-'));
    expect(gh.statuses.map((s) => [s.context, s.state, s.sha])).toEqual([
      ['perf-gates/baseline', 'failure', HEAD_SHA],
      ['perf-gates/diagnostics', 'success', HEAD_SHA],
    ]);
    expect(out.published.map((x) => x.file)).toContain(`${other}/gate-2-diagnostics.json`);
    expect(gh.requests.some((r) => r.operationId === 'actions/download-artifact')).toBe(true);
  });

  it('refuses everything when the PR has moved on (stale results) or the results name another PR', async () => {
    const run = RUN + 1;
    await computedArtifact(run, 'governance', 4, 'perf', HEAD_SHA, 'pass');
    const before = gh.statuses.length;
    gh.pulls.get(7)!.headSha = '3333333333333333333333333333333333333333';
    try {
      const out = await publish.runPublish(
        { token: TOKEN, comment: 'update', status: true },
        quiet(),
        workflowRunContext(run),
      );
      expect(out.published).toEqual([]);
      expect(out.refused[0].reason).toMatch(/pull request #7 is now at 3333.*stale/);
      const out2 = await publish.runPublish(
        { token: TOKEN, comment: 'update', status: true },
        quiet(),
        workflowRunContext(run, [{ number: 8 }]),
      );
      expect(out2.refused[0].reason).toMatch(/names pull request #7, which did not trigger run/);
    } finally {
      gh.pulls.get(7)!.headSha = HEAD_SHA;
    }
    expect(gh.statuses.length).toBe(before);
  });

  it('outside workflow_run it refuses to run; bad result files are InputErrors naming the file', async () => {
    const ctx = { ...workflowRunContext(RUN), workflowRun: undefined, eventName: 'pull_request' };
    await expect(
      publish.runPublish({ token: TOKEN, comment: 'update', status: true }, quiet(), ctx),
    ).rejects.toThrow(/workflow_run/);
    expect(() => publish.readResultFile('a/gate-1-baseline.json', '{nope')).toThrow(InputError);
    expect(() =>
      publish.readResultFile('a/gate-1-baseline.json', JSON.stringify({ ...gateResult('baseline', 'pass') })),
    ).toThrow(/a\/gate-1-baseline.json: has no valid `context`/);
    expect(() =>
      publish.readResultFile(
        'a/gate-1-baseline.json',
        JSON.stringify({ ...gateResult('baseline', 'pass'), gate: 'evil', context: {} }),
      ),
    ).toThrow(/not a perf-gates gate result: gate/);
  });
});
