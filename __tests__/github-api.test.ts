// The GitHub side against the local contract-checking GitHub: sticky comment, statuses, approvals
// and every fault the brief lists. Every test ends with zero requests that GitHub's OpenAPI
// description rejects.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, getGitHubContext, listRunApprovals, setStatus } from '../src/io/github.js';
import { upsertComment } from '../src/run/comment.js';
import { publishGateResult, type PublishOptions } from '../src/run/publish.js';
import { renderGateSection } from '../src/report/markdown.js';
import { COMMENT_LIMIT, parseSections } from '../src/report/comment.js';
import { GATES, type GateName } from '../src/model.js';
import {
  GitHubServer,
  HEAD_SHA,
  MERGE_SHA,
  startGitHubServer,
  type GitHubServerOptions,
} from './harness/github-server.js';
import { pullRequestEvent, RUN_ID } from './harness/run-bundle.js';
import { comparison, criterion, fixture, gateResult } from './harness/results.js';

process.env.PERF_GATES_RETRY_FAST = '1';
const TOKEN = 'ghs_faketoken000000000000000000000000000';

let server: GitHubServer | undefined;
afterEach(async () => {
  if (server) {
    // the contract: nothing we sent would be rejected by GitHub
    expect(server.invalid).toEqual([]);
    await server.stop();
    server = undefined;
  }
});

async function setup(
  opts: GitHubServerOptions = {},
  event: object = pullRequestEvent(),
  envOver: Record<string, string> = {},
) {
  server = await startGitHubServer(opts);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-gh-'));
  const eventPath = path.join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  const ctx = getGitHubContext({
    GITHUB_REPOSITORY: 'acme/orders',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: MERGE_SHA,
    GITHUB_RUN_ID: RUN_ID,
    GITHUB_JOB: 'perf',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: server.url,
    ...envOver,
  });
  return { server, ctx, client: createClient(TOKEN, { baseUrl: server.url }) };
}

function logger() {
  const l = { infos: [] as string[], notices: [] as string[], warnings: [] as string[] };
  return {
    ...l,
    info: (s: string) => l.infos.push(s),
    notice: (s: string) => l.notices.push(s),
    warning: (s: string) => l.warnings.push(s),
  };
}

const opts = (job = 'perf', extra: Partial<PublishOptions> = {}): PublishOptions => ({
  token: TOKEN,
  comment: 'update',
  status: true,
  job,
  artifactName: `perf-gates-x-${job}`,
  ...extra,
});

describe('context', () => {
  it('reads PR number, head SHA (not GITHUB_SHA), run URL, fork flag from the runner', async () => {
    const { ctx } = await setup();
    expect(ctx).toMatchObject({
      owner: 'acme',
      repo: 'orders',
      prNumber: 7,
      headSha: HEAD_SHA,
      sha: MERGE_SHA,
      runId: Number(RUN_ID),
      runUrl: `https://github.com/acme/orders/actions/runs/${RUN_ID}`,
      job: 'perf',
      isFork: false,
      eventName: 'pull_request',
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-ctx-'));
    for (const [ev, fork] of [
      [pullRequestEvent({ fork: true }), true],
      [pullRequestEvent({ headRepoDeleted: true }), true],
    ] as const) {
      writeFileSync(path.join(dir, 'e.json'), JSON.stringify(ev));
      expect(
        getGitHubContext({ GITHUB_REPOSITORY: 'acme/orders', GITHUB_EVENT_PATH: path.join(dir, 'e.json') })
          .isFork,
      ).toBe(fork);
    }
    writeFileSync(
      path.join(dir, 'wr.json'),
      JSON.stringify({
        workflow_run: {
          id: 55,
          head_sha: HEAD_SHA,
          event: 'pull_request',
          pull_requests: [{ number: 7, head: { sha: HEAD_SHA } }],
        },
      }),
    );
    const wr = getGitHubContext({
      GITHUB_REPOSITORY: 'acme/orders',
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: path.join(dir, 'wr.json'),
    });
    expect(wr).toMatchObject({
      prNumber: 7,
      headSha: HEAD_SHA,
      isFork: false,
      workflowRun: { id: 55, headSha: HEAD_SHA },
    });
  });
});

describe('sticky comment', () => {
  it('finds its comment among 300 others (paginated) and updates it in place', async () => {
    const { server, ctx, client } = await setup({ preloadComments: 250 });
    // a forged marker by a user must not be taken for ours
    const forged = server.addComment(7, '<!-- perf-gates:comment -->\nI am not the bot', {
      login: 'mallory',
      type: 'User',
    });
    const first = await upsertComment(
      client,
      ctx,
      'baseline',
      'perf',
      renderGateSection(gateResult('baseline', 'fail'), { job: 'perf' }),
    );
    expect(first?.created).toBe(true);
    for (let i = 0; i < 49; i++)
      server.addComment(7, `later comment ${i}`, { login: 'dev-carol', type: 'User' });
    expect(server.comments.filter((c) => c.issue === 7)).toHaveLength(301);

    const again = await upsertComment(
      client,
      ctx,
      'baseline',
      'perf',
      renderGateSection(gateResult('baseline', 'pass'), { job: 'perf' }),
    );
    expect(again).toMatchObject({ id: first!.id, created: false });
    const ours = server.perfGatesComments().filter((c) => c.user.type === 'Bot');
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toContain('**pass**');
    expect(server.comments.find((c) => c.id === forged.id)?.body).toContain('I am not the bot');
    // all pages were listed with per_page=100, following the Link header
    const pages = server.requests
      .filter((r) => r.method === 'GET' && r.path.endsWith('/issues/7/comments'))
      .map((r) => r.query);
    expect(pages).toContain('?per_page=100&page=4');
    expect(pages.every((q) => q.includes('per_page=100'))).toBe(true);
    // re-read right before the PATCH
    const seq = server.requests.map((r) => `${r.method} ${r.operationId}`);
    const patch = seq.lastIndexOf('PATCH issues/update-comment');
    expect(seq[patch - 1]).toBe('GET issues/get-comment');
  });

  it('merges sections from two jobs and four gates, and a rerun updates in place', async () => {
    const { server, ctx } = await setup({ preloadComments: 30 });
    const log = logger();
    for (const run of [1, 2]) {
      for (const job of ['perf-eu', 'perf-us']) {
        for (const gate of GATES) {
          await publishGateResult(gateResult(gate, run === 1 ? 'fail' : 'pass'), opts(job), log, ctx);
        }
      }
    }
    const ours = server.perfGatesComments();
    expect(ours).toHaveLength(1);
    const sections = parseSections(ours[0].body);
    expect(sections.map((s) => `${s.gate}/${s.job}`)).toEqual(
      GATES.flatMap((g) => [`${g}/perf-eu`, `${g}/perf-us`]),
    );
    expect(sections.every((s) => s.markdown.includes('**pass**'))).toBe(true);
    expect(server.requests.filter((r) => r.operationId === 'issues/create-comment')).toHaveLength(1);
    expect(log.notices).toEqual([]);
    expect(log.warnings).toEqual([]);
  });

  it('escapes hostile strings from input files', async () => {
    const { server, ctx } = await setup();
    const evil =
      '<!-- perf-gates:section gate=governance job=perf --> @octocat <script>alert(1)</script> | `x` [a](http://e.vil)';
    const r = gateResult('baseline', 'fail', {
      criteria: [criterion(`http_req_duration{name:${evil}}`, 5, 1, 'fail', evil, evil)],
      notes: [evil],
      comparisons: [comparison(evil, 1, 2, 'regression')],
    });
    await publishGateResult(r, opts('perf'), logger(), ctx);
    const body = server.perfGatesComments()[0].body;
    expect(body.match(/<!--/g)).toHaveLength(4); // the comment marker, one section, its verdict marker, its end
    expect(body).not.toContain('<script>');
    expect(body).not.toMatch(/@octocat/);
    expect(parseSections(body).map((s) => s.gate)).toEqual(['baseline']);
  });

  it('keeps the body under 65,536 characters with huge results', async () => {
    const { server, ctx } = await setup();
    const huge = (gate: GateName) =>
      gateResult(gate, 'fail', {
        criteria: Array.from({ length: 60 }, (_, i) =>
          criterion(`metric_${i}_${'m'.repeat(100)}`, i, 1, 'fail', 'r'.repeat(290)),
        ),
        comparisons: Array.from({ length: 60 }, (_, i) =>
          comparison(`key_${i}_${'k'.repeat(150)}`, 10, 12, 'regression'),
        ),
        notes: Array.from({ length: 50 }, (_, i) => `note ${i} ${'n'.repeat(390)}`),
      });
    for (const g of GATES) await publishGateResult(huge(g), opts('perf'), logger(), ctx);
    const body = server.perfGatesComments()[0].body;
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expect(parseSections(body).map((s) => s.gate)).toEqual([...GATES]);
    expect(server.requests.filter((r) => r.status === 422)).toEqual([]);
  });

  it('comment: on-failure creates only for a failing verdict but always updates an existing section; off never writes', async () => {
    const { server, ctx } = await setup();
    await publishGateResult(
      gateResult('baseline', 'pass'),
      opts('perf', { comment: 'on-failure', status: false }),
      logger(),
      ctx,
    );
    expect(server.perfGatesComments()).toHaveLength(0);
    await publishGateResult(
      gateResult('baseline', 'fail'),
      opts('perf', { comment: 'on-failure', status: false }),
      logger(),
      ctx,
    );
    expect(server.perfGatesComments()).toHaveLength(1);
    await publishGateResult(
      gateResult('baseline', 'pass'),
      opts('perf', { comment: 'on-failure', status: false }),
      logger(),
      ctx,
    );
    expect(server.perfGatesComments()[0].body).toContain('**pass**');
    const before = server.requests.length;
    await publishGateResult(
      gateResult('baseline', 'fail'),
      opts('perf', { comment: 'off', status: false }),
      logger(),
      ctx,
    );
    expect(server.requests.length).toBe(before);
  });

  it("merges duplicate perf-gates comments left by a race into one, and accepts a PAT's own comments (comment-author)", async () => {
    const { server, ctx, client } = await setup({ identity: { login: 'ci-user', type: 'User' } });
    const a = server.addComment(
      7,
      `<!-- perf-gates:comment -->\n<!-- perf-gates:section gate=baseline job=a -->\nA\n<!-- perf-gates:end -->`,
      { login: 'ci-user', type: 'User' },
    );
    server.addComment(
      7,
      `<!-- perf-gates:comment -->\n<!-- perf-gates:section gate=diagnostics job=b -->\nB\n<!-- perf-gates:end -->`,
      { login: 'ci-user', type: 'User' },
    );
    const res = await upsertComment(client, ctx, 'optimization', 'c', 'C', { author: 'ci-user' });
    expect(res).toMatchObject({ id: a.id, created: false, mergedDuplicates: 1 });
    const ours = server.perfGatesComments();
    expect(ours).toHaveLength(1);
    expect(parseSections(ours[0].body).map((s) => `${s.gate}/${s.job}`)).toEqual([
      'baseline/a',
      'diagnostics/b',
      'optimization/c',
    ]);
  });
});

describe('comment ownership', () => {
  it("another bot's marker comment is never edited or deleted, over two runs; reported once in the log", async () => {
    const { server, ctx, client } = await setup({ preloadComments: 5 });
    const body = `<!-- perf-gates:comment -->\n<!-- perf-gates:section gate=baseline job=perf -->\ncodecov says hi\n<!-- perf-gates:end -->`;
    const hijack = server.addComment(7, body, { login: 'codecov[bot]', type: 'Bot' });
    const user = server.addComment(7, body, { login: 'mallory', type: 'User' });
    const infos: string[] = [];
    const log = { info: (s: string) => infos.push(s), notice: () => {}, warning: () => {} };
    const first = await upsertComment(client, ctx, 'baseline', 'perf', 'ours 1', { log });
    const second = await upsertComment(client, ctx, 'baseline', 'perf', 'ours 2', { log });
    expect(first).toMatchObject({ created: true, mergedDuplicates: 0 });
    expect(second).toMatchObject({ id: first!.id, created: false, mergedDuplicates: 0 });
    for (const c of [hijack, user]) {
      const now = server.comments.find((x) => x.id === c.id);
      expect(now?.body).toBe(body);
      expect(now?.updated_at).toBe(c.updated_at);
    }
    expect(server.perfGatesComments().map((c) => c.user.login)).toEqual([
      'codecov[bot]',
      'mallory',
      'github-actions[bot]',
    ]);
    const touched = server.requests.filter(
      (r) => r.method !== 'GET' && (r.path.endsWith(`/${hijack.id}`) || r.path.endsWith(`/${user.id}`)),
    );
    expect(touched).toEqual([]);
    const reports = infos.filter((s) => /carries the perf-gates marker/.test(s));
    expect(reports).toHaveLength(2);
    expect(reports[0]).toMatch(
      `Comment ${hijack.id} on #7 carries the perf-gates marker but was written by codecov[bot], not github-actions[bot] (input comment-author): left alone.`,
    );
  });

  it('with comment-author set for a personal token, the bot identity is not ours either', async () => {
    const { server, ctx, client } = await setup({ identity: { login: 'ci-user', type: 'User' } });
    const bot = server.addComment(7, '<!-- perf-gates:comment -->\nold bot comment', {
      login: 'github-actions[bot]',
      type: 'Bot',
    });
    const res = await upsertComment(client, ctx, 'baseline', 'perf', 'S', { author: 'CI-User' });
    expect(res?.created).toBe(true);
    expect(server.comments.find((c) => c.id === bot.id)?.body).toBe(
      '<!-- perf-gates:comment -->\nold bot comment',
    );
    expect(server.comments.find((c) => c.id === res!.id)?.user.login).toBe('ci-user');
  });
});

describe('commit statuses', () => {
  it('one status per gate on the PR head SHA, descriptions <= 140 characters', async () => {
    const { server, ctx } = await setup();
    const long = 'x'.repeat(500);
    const verdicts = {
      baseline: 'pass',
      diagnostics: 'insufficient-data',
      optimization: 'fail',
      governance: 'error',
      compare: 'pass',
    } as const;
    for (const g of GATES) {
      await publishGateResult(
        gateResult(g, verdicts[g], { criteria: [criterion(long, 1, 2, verdicts[g], long)] }),
        opts('perf', { comment: 'off' }),
        logger(),
        ctx,
      );
    }
    expect(server.statuses.map((s) => [s.context, s.state])).toEqual([
      ['perf-gates/baseline', 'success'],
      ['perf-gates/diagnostics', 'failure'],
      ['perf-gates/optimization', 'failure'],
      ['perf-gates/governance', 'error'],
    ]);
    for (const s of server.statuses) {
      expect(s.sha).toBe(HEAD_SHA);
      expect(s.sha).not.toBe(MERGE_SHA);
      expect((s.description ?? '').length).toBeLessThanOrEqual(140);
      expect(s.target_url).toBe(`https://github.com/acme/orders/actions/runs/${RUN_ID}`);
    }
    // no score next to the verdict (issue 14: "fail (100%)" reads as a contradiction)
    expect(server.statuses[1].description).toMatch(/^insufficient-data: x+…$/);
  });

  it('a push event has no PR: no comment, the status goes on GITHUB_SHA', async () => {
    const push = { ref: 'refs/heads/main', after: MERGE_SHA, repository: { full_name: 'acme/orders' } };
    const { server, ctx } = await setup({}, push, { GITHUB_EVENT_NAME: 'push' });
    const log = logger();
    await publishGateResult(gateResult('baseline', 'pass'), opts(), log, ctx);
    expect(server.comments).toHaveLength(0);
    expect(server.statuses.map((s) => s.sha)).toEqual([MERGE_SHA]);
    expect(log.infos.join('\n')).toMatch(/No pull request in this push/);
  });
});

describe('faults', () => {
  it('500 twice, then success', async () => {
    const { server, ctx, client } = await setup();
    server.fail500(2, /statuses/);
    const res = await setStatus(client, ctx, 'baseline', gateResult('baseline', 'pass'));
    expect(res.sha).toBe(HEAD_SHA);
    expect(
      server.requests.filter((r) => r.operationId === 'repos/create-commit-status').map((r) => r.status),
    ).toEqual([500, 500, 201]);
    expect(server.statuses).toHaveLength(1);
  });

  it('secondary rate limit: honours retry-after and succeeds', async () => {
    const { server, ctx } = await setup();
    server.secondaryRateLimit(2, 1, /comments/);
    const log = logger();
    const client = createClient(TOKEN, { baseUrl: server.url, log });
    const res = await upsertComment(client, ctx, 'baseline', 'perf', 'section');
    expect(res?.created).toBe(true);
    expect(server.requests.filter((r) => r.status === 403)).toHaveLength(2);
    expect(log.warnings.filter((w) => /secondary rate limit.*retrying after 1 s/.test(w))).toHaveLength(2);
  });

  it('a secondary rate limit that never ends gives up after 3 retries without throwing out of publish', async () => {
    const { server, ctx } = await setup();
    server.secondaryRateLimit(100, 1, /statuses/);
    const log = logger();
    await publishGateResult(gateResult('baseline', 'pass'), opts('perf', { comment: 'off' }), log, ctx);
    expect(server.requests.filter((r) => r.operationId === 'repos/create-commit-status')).toHaveLength(4);
    expect(log.warnings.join('\n')).toMatch(
      /commit status failed \(403: You have exceeded a secondary rate limit.*still rate limited/,
    );
  });

  it('403 read-only token: one notice saying why, no throw, the next write still tried', async () => {
    const { server, ctx } = await setup({ preloadComments: 120 });
    server.readOnly = true;
    const log = logger();
    await expect(
      publishGateResult(gateResult('optimization', 'fail'), opts(), log, ctx),
    ).resolves.toBeUndefined();
    expect(log.notices).toHaveLength(1);
    expect(log.notices[0]).toMatch(
      /^403 Resource not accessible by integration: this token is read-only \(fork pull request\?\)/,
    );
    expect(log.notices[0]).toMatch(/the verdict still decides the job/);
    expect(server.requests.some((r) => r.operationId === 'issues/create-comment' && r.status === 403)).toBe(
      true,
    );
    expect(
      server.requests.some((r) => r.operationId === 'repos/create-commit-status' && r.status === 403),
    ).toBe(true);
    expect(log.infos.join('\n')).toMatch(/commit status skipped as well \(403/);
    expect(server.comments.filter((c) => c.body.includes('perf-gates'))).toHaveLength(0);
  });

  it('404: the pull request is gone; the status is still set', async () => {
    const { server, ctx } = await setup();
    server.prGone(7);
    const log = logger();
    await publishGateResult(gateResult('baseline', 'pass'), opts(), log, ctx);
    expect(log.notices).toHaveLength(1);
    expect(log.notices[0]).toMatch(/^404 Not Found: the pull request or repository is gone/);
    expect(server.statuses).toHaveLength(1);
  });

  it('fork pull requests: writes skipped up front with a notice, nothing sent', async () => {
    const { server, ctx } = await setup({}, pullRequestEvent({ fork: true }));
    const log = logger();
    await publishGateResult(gateResult('baseline', 'fail'), opts(), log, ctx);
    expect(server.requests).toHaveLength(0);
    expect(log.notices[0]).toMatch(/fork.*read-only.*403/);
  });
});

describe('approvals', () => {
  it('lists the run approvals in every environment', async () => {
    const approvals = JSON.parse(readFileSync(fixture('protocol/approvals-example.json'), 'utf8'));
    const { ctx, client, server } = await setup({ approvals });
    const got = await listRunApprovals(client, ctx);
    expect(got).toEqual([
      {
        state: 'approved',
        comment: 'Targets reviewed against the validation report.',
        environments: [{ id: 5001, name: 'perf-approval-product-owner' }],
        user: { login: 'example-po', type: 'User' },
      },
      {
        state: 'approved',
        comment: 'Alert thresholds updated.',
        environments: [{ id: 5002, name: 'perf-approval-sre-lead' }],
        user: { login: 'example-sre', type: 'User' },
      },
    ]);
    expect(server.requests.map((r) => r.path)).toEqual([
      `/repos/acme/orders/actions/runs/${RUN_ID}/approvals`,
    ]);
  });
});
