// Approvals inside GitHub Actions (issue 11, item 3), in process through the real action host
// (src/io/action-host.ts with run/action.ts's GitHub side) against the local GitHub that validates every request against GitHub's
// OpenAPI description: an approvals file is an error; plan approval comes from a pull-request review
// by a user of the plan role; `team:` approvers are resolved through the teams API, and a 404 (or a
// reviews endpoint that answers 404, as the shared acceptance fake does) fails closed with the reason.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  GitHubServer,
  HEAD_SHA,
  startGitHubServer,
  type GitHubServerOptions,
} from './harness/github-server.js';
import { pullRequestEvent, RUN_ID } from './harness/run-bundle.js';
import type { GateResult } from '../src/model.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const saved = { ...process.env };
let server: GitHubServer | undefined;
let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'pg-trust-act-'));
  writeFileSync(path.join(work, 'event.json'), JSON.stringify(pullRequestEvent()));
  writeFileSync(
    path.join(work, 'perf-gates.yml'),
    [
      'optimization: { plan_role: Product Owner }',
      'roles:',
      '  Product Owner: { environment: perf-approval-product-owner, approvers: [po-alice, "team:acme/po-team"] }',
      '',
    ].join('\n'),
  );
});
afterEach(async () => {
  if (server) {
    expect(server.invalid).toEqual([]);
    await server.stop();
    server = undefined;
  }
  process.env = { ...saved };
});
afterAll(() => {
  process.env = saved;
});

async function runInActions(
  gate: 'optimization' | 'governance',
  inputs: Record<string, string>,
  gh: GitHubServerOptions,
): Promise<{ result: GateResult; server: GitHubServer; dir: string }> {
  server = await startGitHubServer(gh);
  const dir = mkdtempSync(path.join(work, 'ev-'));
  writeFileSync(path.join(work, `${path.basename(dir)}-output.txt`), '');
  Object.assign(process.env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/orders',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path.join(work, 'event.json'),
    GITHUB_RUN_ID: RUN_ID,
    GITHUB_JOB: 'perf',
    GITHUB_API_URL: server.url,
    GITHUB_WORKSPACE: ROOT,
    GITHUB_OUTPUT: path.join(work, `${path.basename(dir)}-output.txt`),
    PERF_GATES_RETRY_FAST: '1',
  });
  delete process.env.GITHUB_STEP_SUMMARY;
  delete process.env.ACTIONS_RUNTIME_TOKEN;
  const { actionHost } = await import('../src/io/action-host.js');
  const { githubSide } = await import('../src/run/action.js');
  const { runGates } = await import('../src/run/runner.js');
  const out = await runGates(
    gate,
    {
      token: 'ghs_faketoken000000000000000000000000000',
      'artifacts-dir': dir,
      comment: 'off',
      status: 'false',
      ...inputs,
    },
    actionHost(githubSide(process.env), process.env),
  );
  return { result: out.results[0].result, server, dir };
}

const plan = (r: GateResult) => r.criteria.find((c) => c.name === 'plan approved');
const optimizationInputs = () => ({
  config: path.join(work, 'perf-gates.yml'),
  plan: 'examples/perf/optimization-plan.json',
});

describe('approvals inside GitHub Actions', () => {
  it('an approvals file is an error naming the input, and nothing is written', async () => {
    for (const gate of ['governance', 'optimization'] as const) {
      const { result, dir } = await runInActions(
        gate,
        { approvals: 'examples/perf/approvals-example.json' },
        {},
      );
      expect(result.verdict).toBe('error');
      expect(result.criteria[0].reason).toMatch(
        /^approvals: an approvals file is not accepted inside GitHub Actions: approvals come only from GitHub's run-approvals API/,
      );
      expect(existsSync(path.join(dir, 'SHA256SUMS'))).toBe(false);
      await server?.stop();
      server = undefined;
    }
  });

  it("a review by the plan role's user on the head SHA approves the plan; the plan's approved_by does not", async () => {
    const ok = await runInActions('optimization', optimizationInputs(), {
      reviews: [
        { pr: 7, login: 'dev-bob', state: 'APPROVED', commitId: HEAD_SHA },
        { pr: 7, login: 'po-alice', state: 'APPROVED', commitId: HEAD_SHA },
      ],
    });
    expect(plan(ok.result)).toMatchObject({
      verdict: 'pass',
      reason: `approved by po-alice (Product Owner) in a review of #7 on ${HEAD_SHA.slice(0, 12)}`,
    });
    expect(ok.server.requests.map((r) => r.operationId)).toContain('pulls/list-reviews');
    await server?.stop();
    server = undefined;

    const none = await runInActions('optimization', optimizationInputs(), {});
    expect(plan(none.result)?.verdict).toBe('fail');
    expect(plan(none.result)?.reason).toMatch(
      /the plan claims approved_by Product Owner, SRE Lead at 2026-11-20T16:00:00Z, which is not counted inside GitHub Actions/,
    );
  });

  it('a team: approver is resolved through the teams API; a 404 fails it and says why', async () => {
    const reviews = [{ pr: 7, login: 'po-carol', state: 'APPROVED' as const, commitId: HEAD_SHA }];
    const member = await runInActions('optimization', optimizationInputs(), {
      reviews,
      teams: { 'acme/po-team': { 'po-carol': 'active' } },
    });
    expect(plan(member.result)?.verdict).toBe('pass');
    const lookups = member.server.requests.filter(
      (r) => r.operationId === 'teams/get-membership-for-user-in-org',
    );
    expect(lookups.map((r) => r.path)).toEqual(['/orgs/acme/teams/po-team/memberships/po-carol']);
    await server?.stop();
    server = undefined;

    const hidden = await runInActions('optimization', optimizationInputs(), { reviews });
    expect(plan(hidden.result)?.verdict).toBe('fail');
    expect(plan(hidden.result)?.reason).toContain(
      'po-carol is not a confirmed member of team:acme/po-team: GitHub answered 404: not a member, or the token cannot see the team (the default GITHUB_TOKEN cannot read org teams; an App token with members: read can)',
    );
  });

  it('a reviews endpoint that answers 404 (as the shared acceptance fake does) fails closed with the reason', async () => {
    const gh = await runInActions('optimization', optimizationInputs(), {
      pulls: [{ number: 8, headSha: HEAD_SHA }], // #7 is unknown: its reviews answer 404
    });
    expect(plan(gh.result)?.verdict).toBe('fail');
    expect(plan(gh.result)?.reason).toMatch(
      /the reviews of #7 could not be read \(GET \/repos\/acme\/orders\/pulls\/7\/reviews answered 404/,
    );
    expect(readFileSync(path.join(gh.dir, 'gate-3-optimization.json'), 'utf8')).toContain(
      'could not be read',
    );
  });
});
