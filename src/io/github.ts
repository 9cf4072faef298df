// Everything perf-gates says to GitHub's REST API: the runner context, a retrying/throttled Octokit,
// the sticky PR comment, commit statuses and the run's environment approvals. Rendering is pure and
// lives in src/report/; this file only talks.
import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { EnvironmentApproval, GateName, GateResult, PullReview, Verdict } from '../model.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface Log {
  info(s: string): void;
  notice(s: string): void;
  warning(s: string): void;
}

// the runner's context (no Octokit there: the run layer reads it before deciding to load this file)
import { getGitHubContext, NO_TOKEN, type GitHubContext, type WorkflowRunInfo } from './github-context.js';
export { getGitHubContext, NO_TOKEN, type GitHubContext, type WorkflowRunInfo };

type Obj = Record<string, unknown>;

/** Bottleneck-compatible group that runs jobs at once (tests only: PERF_GATES_RETRY_FAST=1). */
const immediateGroup = {
  key: () => ({
    schedule: (_opts: unknown, fn: (...a: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve().then(() => fn(...args)),
  }),
};

export interface ClientOptions {
  baseUrl?: string;
  log?: Log;
  /** short retry delays (tests); also on when PERF_GATES_RETRY_FAST=1 */
  fast?: boolean;
  /** seconds one request may take (input `api-timeout`); default 30 */
  timeoutSeconds?: number;
  /** aborts every request of this client (the publish deadline) */
  signal?: AbortSignal;
}

type FetchLike = (url: string | URL, init?: RequestInit) => Promise<Response>;

/**
 * fetch with a per-request time limit (each retry gets its own) and the client's abort signal;
 * a request that times out or answers 5xx is logged, so retries are never silent.
 */
function timedFetch(base: FetchLike, seconds: number, log?: Log, signal?: AbortSignal): FetchLike {
  return async (url, init) => {
    const timer = AbortSignal.timeout(seconds * 1000);
    const signals = [timer, ...(signal ? [signal] : []), ...(init?.signal ? [init.signal] : [])];
    const what = `${init?.method ?? 'GET'} ${String(url).replace(/^https?:\/\/[^/]+/, '')}`;
    try {
      const res = await base(url, { ...init, signal: AbortSignal.any(signals) });
      if (res.status >= 500) log?.info(`GitHub ${what}: HTTP ${res.status} (retried when attempts remain)`);
      return res;
    } catch (e) {
      if (signal?.aborted) throw new Error(`GitHub ${what}: abandoned at the publish deadline`);
      if (timer.aborted) {
        log?.warning(
          `GitHub ${what}: no answer within ${seconds} s (api-timeout); retried when attempts remain`,
        );
        throw new Error(`GitHub ${what}: no answer within ${seconds} s (api-timeout)`);
      }
      log?.info(`GitHub ${what}: ${(e as Error).message} (retried when attempts remain)`);
      throw e;
    }
  };
}

/**
 * An Octokit for the Actions token with retries (5xx with backoff, 3 attempts) and throttling
 * (secondary rate limits honour `retry-after`, up to 3 retries; primary limit retried twice when
 * the reset is within a minute).
 */
export function createClient(token: string, opts: ClientOptions | GitHubContext = {}): GitHubClient {
  if (!token) throw new Error(NO_TOKEN);
  const o: ClientOptions = 'apiUrl' in opts ? { baseUrl: opts.apiUrl } : opts;
  // the proxy-aware fetch of @actions/github is kept (its defaults would be replaced below)
  const fast = o.fast ?? process.env.PERF_GATES_RETRY_FAST === '1';
  const base = fast ? 5 : 1000;
  const log = o.log;
  const baseUrl = o.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
  const throttle: Obj = {
    retryAfterBaseValue: base,
    fallbackSecondaryRateRetryAfter: 60,
    onSecondaryRateLimit: (
      retryAfter: number,
      options: { method?: string; url?: string },
      _o: unknown,
      retryCount: number,
    ) => {
      const again = retryCount < 3 && retryAfter <= 300;
      log?.warning(
        `GitHub secondary rate limit on ${options.method} ${options.url}: ${again ? `retrying after ${retryAfter} s (retry ${retryCount + 1} of 3)` : 'giving up'}`,
      );
      return again;
    },
    onRateLimit: (
      retryAfter: number,
      options: { method?: string; url?: string },
      _o: unknown,
      retryCount: number,
    ) => {
      const again = retryCount < 2 && retryAfter <= 60;
      log?.warning(
        `GitHub rate limit reached on ${options.method} ${options.url}: ${again ? `retrying after ${retryAfter} s` : `the limit resets in ${retryAfter} s, giving up`}`,
      );
      return again;
    },
  };
  if (fast) {
    Object.assign(throttle, {
      global: immediateGroup,
      write: immediateGroup,
      notifications: immediateGroup,
      search: immediateGroup,
      auth: immediateGroup,
    });
  }
  const defaultFetch = (defaults.request?.fetch ?? fetch) as FetchLike;
  const options: Obj = {
    baseUrl: baseUrl.replace(/\/+$/, ''),
    request: {
      ...defaults.request,
      fetch: timedFetch(defaultFetch, o.timeoutSeconds ?? 30, log, o.signal),
    },
    retry: { retries: 3, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    throttle,
    log: { debug: () => {}, info: () => {}, warn: (m: string) => log?.warning(m), error: () => {} },
  };
  return getOctokit(token, options as Parameters<typeof getOctokit>[1], retry, throttling);
}

// ---------------------------------------------------------------------------------------------
// Sticky comment

export interface ApiComment {
  id: number;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
}

/** Every comment of a pull request (all pages). */
export async function listIssueComments(
  client: GitHubClient,
  ctx: GitHubContext,
  prNumber: number,
): Promise<ApiComment[]> {
  const out: ApiComment[] = [];
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
    owner: ctx.owner,
    repo: ctx.repo,
    issue_number: prNumber,
    per_page: 100,
  })) {
    out.push(...(page.data as ApiComment[]));
  }
  return out;
}

/** A comment's current body ('' when it has none). */
export async function getCommentBody(client: GitHubClient, ctx: GitHubContext, id: number): Promise<string> {
  return (
    (await client.rest.issues.getComment({ owner: ctx.owner, repo: ctx.repo, comment_id: id })).data.body ??
    ''
  );
}

export async function createComment(
  client: GitHubClient,
  ctx: GitHubContext,
  prNumber: number,
  body: string,
): Promise<number> {
  const { data } = await client.rest.issues.createComment({
    owner: ctx.owner,
    repo: ctx.repo,
    issue_number: prNumber,
    body,
  });
  return data.id;
}

export async function updateComment(
  client: GitHubClient,
  ctx: GitHubContext,
  id: number,
  body: string,
): Promise<void> {
  await client.rest.issues.updateComment({ owner: ctx.owner, repo: ctx.repo, comment_id: id, body });
}

export async function deleteComment(client: GitHubClient, ctx: GitHubContext, id: number): Promise<void> {
  await client.rest.issues.deleteComment({ owner: ctx.owner, repo: ctx.repo, comment_id: id });
}

// ---------------------------------------------------------------------------------------------
// Workflow runs and pull requests (the `publish` action)

export interface RunArtifact {
  id: number;
  name: string;
  expired: boolean;
}

/** Every artifact of a workflow run (all pages). */
export async function listRunArtifacts(
  client: GitHubClient,
  ctx: GitHubContext,
  runId: number,
): Promise<RunArtifact[]> {
  const all = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
    owner: ctx.owner,
    repo: ctx.repo,
    run_id: runId,
    per_page: 100,
  });
  return all.map((a) => ({ id: a.id, name: a.name, expired: a.expired }));
}

/** A pull request's current head SHA. */
export async function pullRequestHead(
  client: GitHubClient,
  ctx: GitHubContext,
  prNumber: number,
): Promise<string | undefined> {
  const { data } = await client.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: prNumber });
  return data.head.sha;
}

// ---------------------------------------------------------------------------------------------
// Commit status

export const STATUS_STATE: Record<Verdict, 'success' | 'failure' | 'error'> = {
  pass: 'success',
  waived: 'success',
  fail: 'failure',
  'insufficient-data': 'failure',
  error: 'error',
};

/**
 * Plain text, one line, at most `max` characters (GitHub rejects status descriptions over 140).
 * A longer text is cut at the last word boundary that fits, with an ellipsis; only a single word
 * longer than half the budget is cut inside it.
 */
export function clampText(s: string, max: number): string {
  const one = s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (one.length <= max) return one;
  const budget = max - 1; // room for the ellipsis
  const space = one.slice(0, budget + 1).lastIndexOf(' ');
  let cut = space > budget / 2 ? one.slice(0, space) : one.slice(0, budget);
  cut = cut.replace(/[\s,;:.(-]+$/, '');
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * `fail: regression count: 1 regression ...`: the verdict and the first criterion that did not
 * pass. No score: a percentage next to "fail" reads as a contradiction ("fail (100%)"); the score
 * is shown in the comment next to the criterion it measures.
 */
export function statusDescription(result: GateResult): string {
  const verdict = STATUS_STATE[result.verdict] ? result.verdict : 'error';
  const missed =
    (result.criteria ?? []).find((c) => c.verdict === result.verdict) ??
    (result.criteria ?? []).find((c) => c.verdict !== 'pass');
  const why = verdict !== 'pass' && missed ? `: ${missed.name}: ${missed.reason}` : '';
  return clampText(`${verdict}${why}`, 140);
}

export async function setStatus(
  client: GitHubClient,
  ctx: GitHubContext,
  gate: GateName | string,
  result: GateResult,
  override?: { state: 'pending' | 'failure' | 'error'; description: string },
): Promise<{ id: number; sha: string; state: string }> {
  const sha = ctx.headSha;
  if (!sha) throw new Error('no commit SHA in this context: cannot set a status');
  const state = override?.state ?? STATUS_STATE[result.verdict] ?? 'error';
  const { data } = await client.rest.repos.createCommitStatus({
    owner: ctx.owner,
    repo: ctx.repo,
    sha,
    state,
    context: `perf-gates/${gate}`,
    description: override ? clampText(override.description, 140) : statusDescription(result),
    ...(ctx.runUrl ? { target_url: ctx.runUrl } : {}),
  });
  return { id: data.id, sha, state };
}

// ---------------------------------------------------------------------------------------------
// Environment approvals

export async function listRunApprovals(
  client: GitHubClient,
  ctx: GitHubContext,
): Promise<EnvironmentApproval[]> {
  if (!ctx.runId) throw new Error('no run id (GITHUB_RUN_ID) in this context: cannot read approvals');
  const { data } = await client.rest.actions.getReviewsForRun({
    owner: ctx.owner,
    repo: ctx.repo,
    run_id: ctx.runId,
  });
  return data.map((a) => ({
    state: a.state,
    comment: a.comment,
    environments: (a.environments ?? []).map((e) => ({ id: e.id, name: e.name })),
    user: { login: a.user.login, type: a.user.type },
  }));
}

// ---------------------------------------------------------------------------------------------
// Pull request reviews and team membership (who may approve)

/** Every review of the pull request (paginated), oldest first as GitHub lists them. */
export async function listPullReviews(
  client: GitHubClient,
  ctx: GitHubContext,
  prNumber: number,
): Promise<PullReview[]> {
  const all = await client.paginate(client.rest.pulls.listReviews, {
    owner: ctx.owner,
    repo: ctx.repo,
    pull_number: prNumber,
    per_page: 100,
  });
  return all.map((r) => ({
    id: r.id,
    login: r.user?.login ?? '',
    state: r.state,
    commitId: r.commit_id ?? null,
    submittedAt: r.submitted_at ?? null,
  }));
}

export const TEAM_404_HINT =
  'GitHub answered 404: not a member, or the token cannot see the team (the default GITHUB_TOKEN cannot read org teams; an App token with members: read can)';

/**
 * Is `login` an active member of org/slug? GET /orgs/{org}/teams/{team_slug}/memberships/{username}:
 * `state: active` is a member; `pending` is not yet; 404 is "not a member, or the token cannot
 * see the team" (said so); anything else is unknown (null), never a member.
 */
export async function getTeamMembership(
  client: GitHubClient,
  org: string,
  slug: string,
  login: string,
): Promise<{ active: boolean | null; reason?: string }> {
  try {
    const { data } = await client.rest.teams.getMembershipForUserInOrg({
      org,
      team_slug: slug,
      username: login,
    });
    return data.state === 'active'
      ? { active: true }
      : { active: false, reason: `membership state is ${data.state}, not active` };
  } catch (e) {
    const status = httpStatus(e);
    if (status === 404) return { active: false, reason: TEAM_404_HINT };
    return { active: null, reason: `the teams API failed (${status ?? 'error'}: ${apiMessage(e)})` };
  }
}

// ---------------------------------------------------------------------------------------------
// Errors

export function httpStatus(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

function apiMessage(e: unknown): string {
  const data = (e as { response?: { data?: { message?: unknown } } })?.response?.data;
  const m = typeof data?.message === 'string' ? data.message : (e as Error)?.message;
  return clampText(String(m ?? e), 300);
}

/**
 * Runs GitHub writes so that a read-only token (403) or a vanished PR (404) is explained ONCE, the
 * remaining writes still run where sensible, and nothing is thrown: the gate's exit code never
 * depends on GitHub being writable.
 */
export class WriteGuard {
  private reported = new Set<string>();
  readonly skipped: { what: string; status?: number; message: string }[] = [];
  constructor(private readonly log: Log) {}

  async attempt<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await fn();
    } catch (e) {
      const status = httpStatus(e);
      const message = apiMessage(e);
      this.skipped.push({ what, status, message });
      const rateLimited = /rate limit/i.test(message);
      const key = `${status ?? 'other'}${rateLimited ? '-rate' : ''}`;
      if (this.reported.has(key)) {
        this.log.info(`GitHub ${what} skipped as well (${status ?? 'error'}: ${message}).`);
        return undefined;
      }
      this.reported.add(key);
      if (rateLimited) {
        this.log.warning(
          `GitHub ${what} failed (${status ?? 'error'}: ${message}): still rate limited after the retries; the verdict still decides the job.`,
        );
      } else if (status === 403) {
        this.log.notice(
          `403 ${message}: this token is read-only (fork pull request?) or lacks the permission (pull-requests: write, statuses: write); the ${what} was skipped, the verdict still decides the job.`,
        );
      } else if (status === 404) {
        this.log.notice(
          `404 ${message}: the pull request or repository is gone or not visible to this token; the ${what} was skipped, the verdict still decides the job.`,
        );
      } else if (status === 422) {
        this.log.warning(`GitHub rejected the ${what} (422 ${message}); the verdict still decides the job.`);
      } else {
        this.log.warning(
          `GitHub ${what} failed${status ? ` (${status})` : ''}: ${message}; the verdict still decides the job.`,
        );
      }
      return undefined;
    }
  }
}
