// The `publish` action of the two-workflow pattern: a workflow_run workflow downloads the
// triggering run's perf-gates-* artifacts (REST listing + @actions/artifact download through the
// local GitHub), checks the head SHA, and posts comment sections and statuses.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArtifactServer, startArtifactServer } from './harness/artifact-server.js';
import { GitHubServer, HEAD_SHA, startGitHubServer } from './harness/github-server.js';
import { gateResult } from './harness/results.js';
import { InputError, type GateName, type GateResult } from '../src/model.js';
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
  opts: { result?: GateResult; sums?: (name: string, text: string) => string } = {},
) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-pub-'));
  const doc = {
    ...(opts.result ?? gateResult(gate, verdict)),
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
  const file = `gate-${n}-${gate}.json`;
  const text = JSON.stringify(doc, null, 2);
  writeFileSync(path.join(dir, file), text);
  const sum = `${createHash('sha256').update(text).digest('hex')}  ${file}\n`;
  writeFileSync(path.join(dir, 'SHA256SUMS'), opts.sums ? opts.sums(file, text) : sum);
  const name = `perf-gates-${gate}-${job}-${runId}`;
  await artifacts.uploadEvidence(name, dir, [`gate-${n}-${gate}.json`, 'SHA256SUMS'], quiet());
  gh.addRunArtifact(runId, name, art.zip(name), headSha);
  return name;
}

function workflowRunContext(
  runId: number,
  prs: { number: number }[] = [],
  headRepo: string | null = 'acme/orders',
  runEvent = 'pull_request',
) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-wr-'));
  const event = {
    action: 'completed',
    workflow_run: {
      id: runId,
      name: 'perf',
      event: runEvent,
      status: 'completed',
      conclusion: 'failure',
      head_sha: HEAD_SHA,
      html_url: `https://github.com/acme/orders/actions/runs/${runId}`,
      pull_requests: prs.map((p) => ({ number: p.number, head: { sha: HEAD_SHA } })),
      ...(headRepo ? { head_repository: { full_name: headRepo } } : {}),
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
    // GitHub leaves workflow_run.pull_requests empty for some runs: the PR number comes from the artifact
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

  it('publish-deadline: past it nothing more is posted, with a warning; what was posted stands', async () => {
    await computedArtifact(RUN + 9, 'baseline', 1, 'perf', HEAD_SHA, 'fail');
    const log = quiet();
    const before = gh.statuses.length;
    // a deadline that has passed before the first request answers
    const out = await publish.runPublish(
      { token: TOKEN, comment: 'update', status: true, deadlineSeconds: 0 },
      log,
      workflowRunContext(RUN + 9),
    );
    expect(out.published).toEqual([]);
    expect(log.warnings.join('\n')).toMatch(/publish-deadline of 0 s passed/);
    expect(gh.statuses.length).toBe(before);
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

  it('a fork run never turns a status green: a pass is pending, a fail is posted, the comment has the banner', async () => {
    const run = RUN + 10;
    // the fork's own workflow uploads a forged gate-3 pass for the real head SHA, and a real failure
    const forged = await computedArtifact(run, 'optimization', 3, 'fork', HEAD_SHA, 'pass');
    await computedArtifact(run, 'baseline', 1, 'fork', HEAD_SHA, 'fail');
    const before = gh.statuses.length;
    const log = quiet();
    const out = await publish.runPublish(
      { token: TOKEN, comment: 'update', status: true },
      log,
      workflowRunContext(run, [], 'contrib/orders'),
    );
    expect(out.trust.trusted).toBe(false);
    expect(out.trust.reason).toMatch(/fork contrib\/orders/);
    expect(out.refused).toEqual([]);
    expect(out.published.map((p) => [p.gate, p.verdict, p.trusted])).toEqual([
      ['optimization', 'pass', false],
      ['baseline', 'fail', false],
    ]);
    const posted = gh.statuses.slice(before);
    expect(posted.map((s) => [s.context, s.state])).toEqual([
      ['perf-gates/optimization', 'pending'],
      ['perf-gates/baseline', 'failure'],
    ]);
    expect(posted.some((s) => s.state === 'success')).toBe(false);
    expect(posted[0].description).toMatch(/^fork run: needs a trusted run/);
    expect(log.notices.join('\n')).toMatch(/Untrusted results: .*fork contrib\/orders/);
    const body = gh.perfGatesComments()[0].body;
    const section = parseSections(body).find((x) => x.gate === 'optimization' && x.job === 'fork');
    expect(section?.markdown).toContain("computed by the fork's own workflow, not verified");
    expect(section?.markdown).toContain(forged.replace(/-/g, '\\-'));

    // a run that names no head repository is not trusted either (fail closed)
    const unknown = await publish.runPublish(
      { token: TOKEN, comment: 'off', status: true },
      quiet(),
      workflowRunContext(run, [], null),
    );
    expect(unknown.trust).toMatchObject({ trusted: false });
    expect(gh.statuses.slice(before + 2).map((s) => s.state)).toEqual(['pending', 'failure']);
  });

  it('trust-fork-results: true posts a fork pass as success, with a warning; pull_request_target is trusted', async () => {
    const run = RUN + 11;
    await computedArtifact(run, 'diagnostics', 2, 'fork2', HEAD_SHA, 'pass');
    const before = gh.statuses.length;
    const log = quiet();
    const out = await publish.runPublish(
      { token: TOKEN, comment: 'off', status: true, trustForkResults: true },
      log,
      workflowRunContext(run, [], 'contrib/orders'),
    );
    expect(out.trust.trusted).toBe(true);
    expect(log.warnings.join('\n')).toMatch(/trust-fork-results is true.*forge a pass/);
    const target = await publish.runPublish(
      { token: TOKEN, comment: 'off', status: true },
      quiet(),
      workflowRunContext(run, [], 'contrib/orders', 'pull_request_target'),
    );
    expect(target.trust.trusted).toBe(true);
    expect(gh.statuses.slice(before).map((s) => s.state)).toEqual(['success', 'success']);
  });

  it('refuses a result whose verdict contradicts its criteria or whose checksum fails, naming it', async () => {
    const run = RUN + 12;
    const lying = gateResult('optimization', 'fail');
    lying.verdict = 'pass'; // its only criterion says fail
    const liar = await computedArtifact(run, 'optimization', 3, 'liar', HEAD_SHA, 'pass', { result: lying });
    const tampered = await computedArtifact(run, 'diagnostics', 2, 'tamper', HEAD_SHA, 'pass', {
      sums: (file) => `${'0'.repeat(64)}  ${file}\n`,
    });
    const unlisted = await computedArtifact(run, 'baseline', 1, 'nosums', HEAD_SHA, 'pass', {
      sums: () => '',
    });
    const before = gh.statuses.length;
    const out = await publish.runPublish(
      { token: TOKEN, comment: 'off', status: true },
      quiet(),
      workflowRunContext(run),
    );
    expect(out.trust.trusted).toBe(true);
    expect(out.published).toEqual([]);
    const why = Object.fromEntries(out.refused.map((r) => [r.file.split('/')[0], r.reason]));
    expect(why[liar]).toMatch(
      /gate-3-optimization.json: its verdict contradicts its own criteria: verdict pass, but its criteria roll up to fail/,
    );
    expect(why[tampered]).toMatch(/gate-2-diagnostics.json: it fails its checksum/);
    expect(why[unlisted]).toMatch(/not listed in its SHA256SUMS/);
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
