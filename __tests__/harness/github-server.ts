// A local, stateful GitHub for tests: comments (real Link-header pagination), commit statuses,
// environment approvals, pull requests and their reviews, org team memberships (404 for a team the
// token cannot see, as GitHub answers) and workflow-run artifacts, on 127.0.0.1 at a random port.
// EVERY request is validated against GitHub's OpenAPI description (./openapi.ts); an invalid one
// is recorded in `invalid` and answered 422 as GitHub (or Prism with --errors) would, so a test can
// assert `invalid` is empty. Faults can be injected: 500 N times, secondary rate limit with
// retry-after, read-only token (403 on every write), a pull request that is gone (404).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { githubValidator } from './openapi.js';

export const HEAD_SHA = '4f1c2a9e8b7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b';
export const MERGE_SHA = '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b';
export const BASE_SHA = '1111111111111111111111111111111111111111';

export interface FakeUser {
  login: string;
  type: 'Bot' | 'User';
}
export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  body?: unknown;
  status: number;
  operationId?: string;
}

export interface InvalidRequest {
  method: string;
  url: string;
  errors: string[];
}

export interface RunArtifact {
  id: number;
  runId: number;
  name: string;
  zip: Buffer;
  headSha: string;
  expired?: boolean;
}

export interface ApprovalInput {
  state: 'approved' | 'rejected' | 'pending';
  comment?: string;
  environments: { id?: number; name?: string }[];
  user: { login: string; type?: string };
}

export interface GitHubServerOptions {
  owner?: string;
  repo?: string;
  /** pull requests that exist; default: #7 with head HEAD_SHA from the same repository */
  pulls?: { number: number; headSha: string; headRepo?: string }[];
  /** unrelated comments already on the first pull request (by users and other bots) */
  preloadComments?: number;
  approvals?: ApprovalInput[];
  /** who the token writes as (default github-actions[bot]); a User also answers GET /user */
  identity?: FakeUser;
  /** reviews of pull requests (GET /repos/{owner}/{repo}/pulls/{n}/reviews), oldest first */
  reviews?: ReviewInput[];
  /** org team memberships the token can see: `org/slug` -> login -> state; other teams answer 404 */
  teams?: Record<string, Record<string, 'active' | 'pending'>>;
}

export interface FakeWorkflowRun {
  id: number;
  /** the workflow's file name (the id in .../actions/workflows/{id}/runs) */
  workflow: string;
  branch: string;
  headSha: string;
  event: string;
  /** the head commit's time */
  commitTime: string;
  conclusion: 'success' | 'failure' | null;
}

export interface ReviewInput {
  pr: number;
  login: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  commitId: string;
  submittedAt?: string;
}

type Fault =
  | { kind: '500'; remaining: number; match?: RegExp }
  | { kind: 'secondary'; remaining: number; retryAfter: number; match?: RegExp };

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

function userJson(u: FakeUser, id = 41898282) {
  const url = `https://api.github.com/users/${encodeURIComponent(u.login)}`;
  return {
    login: u.login,
    id,
    node_id: u.type === 'Bot' ? 'MDM6Qm90NDE4OTgyODI=' : 'MDQ6VXNlcjE=',
    avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
    gravatar_id: '',
    url,
    html_url: u.type === 'Bot' ? 'https://github.com/apps/github-actions' : `https://github.com/${u.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: u.type,
    site_admin: false,
  };
}

export class GitHubServer {
  readonly owner: string;
  readonly repo: string;
  url = '';
  readonly comments: StoredComment[] = [];
  readonly statuses: {
    id: number;
    sha: string;
    state: string;
    context: string;
    description?: string | null;
    target_url?: string | null;
  }[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly invalid: InvalidRequest[] = [];
  readonly runArtifacts: RunArtifact[] = [];
  /** workflow runs (GET .../actions/workflows/{id}/runs), in the order added */
  readonly workflowRuns: FakeWorkflowRun[] = [];
  /** commit -> committer date (GET .../compare/{base}...{head} merge_base_commit) */
  readonly commitDates = new Map<string, string>();
  /** "base...head" -> merge base commit */
  readonly mergeBases = new Map<string, string>();
  approvals: ApprovalInput[];
  reviews: ReviewInput[];
  teams: Record<string, Record<string, 'active' | 'pending'>>;
  pulls: Map<number, { headSha: string; headRepo: string; gone?: boolean }>;
  identity: FakeUser;
  readOnly = false;
  private faults: Fault[] = [];
  private nextId = 1000;
  private server?: http.Server;

  constructor(opts: GitHubServerOptions = {}) {
    this.owner = opts.owner ?? 'acme';
    this.repo = opts.repo ?? 'orders';
    this.identity = opts.identity ?? ACTIONS_BOT;
    this.approvals = opts.approvals ?? [];
    this.reviews = opts.reviews ?? [];
    this.teams = opts.teams ?? {};
    const pulls = opts.pulls ?? [{ number: 7, headSha: HEAD_SHA }];
    this.pulls = new Map(
      pulls.map((p) => [
        p.number,
        { headSha: p.headSha, headRepo: p.headRepo ?? `${this.owner}/${this.repo}` },
      ]),
    );
    const first = pulls[0]?.number ?? 7;
    const authors: FakeUser[] = [
      { login: 'dev-carol', type: 'User' },
      { login: 'codecov[bot]', type: 'Bot' },
      { login: 'sre-dan', type: 'User' },
    ];
    for (let i = 0; i < (opts.preloadComments ?? 0); i++) {
      this.addComment(first, `unrelated comment ${i}: looks good to me`, authors[i % authors.length]);
    }
  }

  addComment(issue: number, body: string, user: FakeUser = ACTIONS_BOT): StoredComment {
    const c: StoredComment = { id: this.nextId++, issue, body, user, created_at: now(), updated_at: now() };
    this.comments.push(c);
    return c;
  }

  /** Comments on an issue whose body starts with the perf-gates marker. */
  perfGatesComments(issue = 7): StoredComment[] {
    return this.comments.filter(
      (c) => c.issue === issue && c.body.trimStart().startsWith('<!-- perf-gates:comment -->'),
    );
  }

  addRunArtifact(runId: number, name: string, zip: Buffer, headSha = HEAD_SHA): RunArtifact {
    const a: RunArtifact = { id: this.nextId++, runId, name, zip, headSha };
    this.runArtifacts.push(a);
    return a;
  }

  addWorkflowRun(r: Omit<FakeWorkflowRun, 'id'> & { id?: number }): FakeWorkflowRun {
    const run: FakeWorkflowRun = { ...r, id: r.id ?? this.nextId++ };
    this.workflowRuns.push(run);
    this.commitDates.set(run.headSha, run.commitTime);
    return run;
  }

  /** The next `count` requests (matching `match`, if given) answer 500. */
  fail500(count: number, match?: RegExp): void {
    this.faults.push({ kind: '500', remaining: count, match });
  }

  /** The next `count` requests answer 403 secondary rate limit with `retry-after`. */
  secondaryRateLimit(count: number, retryAfter = 1, match?: RegExp): void {
    this.faults.push({ kind: 'secondary', remaining: count, retryAfter, match });
  }

  /** The pull request is gone: its issue and pull endpoints answer 404. */
  prGone(number = 7): void {
    const p = this.pulls.get(number);
    if (p) p.gone = true;
    else this.pulls.set(number, { headSha: HEAD_SHA, headRepo: `${this.owner}/${this.repo}`, gone: true });
  }

  async start(): Promise<this> {
    githubValidator(); // load the description before the first request
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          this.handle(req, res, Buffer.concat(chunks).toString('utf8'));
        } catch (e) {
          this.send(res, 500, { message: `fake GitHub crashed: ${(e as Error).stack}` });
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  private send(
    res: http.ServerResponse,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ): number {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...headers,
    });
    res.end(text);
    return status;
  }

  private commentJson(c: StoredComment) {
    const { owner, repo } = this;
    return {
      id: c.id,
      node_id: `IC_kwDO${c.id}`,
      url: `https://api.github.com/repos/${owner}/${repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
      body: c.body,
      user: userJson(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      issue_url: `https://api.github.com/repos/${owner}/${repo}/issues/${c.issue}`,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string): void {
    const u = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const p = u.pathname;
    let parsed: unknown;
    try {
      parsed = raw ? JSON.parse(raw) : undefined;
    } catch {
      parsed = raw;
    }
    const record: RecordedRequest = { method, path: p, query: u.search, body: parsed, status: 0 };

    // blob downloads the artifact REST endpoint redirects to (not part of the REST API)
    if (p.startsWith('/__blob/')) {
      const a = this.runArtifacts.find((x) => `/__blob/artifact-${x.id}.zip` === p);
      if (!a) return void this.send(res, 404, { message: 'blob not found' });
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.zip.length) });
      return void res.end(a.zip);
    }

    this.requests.push(record);
    const check = githubValidator().validate({
      method,
      pathname: p,
      query: u.searchParams,
      contentType: req.headers['content-type'],
      rawBody: raw,
    });
    record.operationId = check.operationId;
    const auth = req.headers.authorization ?? '';
    if (!/^(token|bearer) \S+/i.test(auth)) check.errors.push('header authorization: missing token');
    if (check.errors.length > 0) {
      this.invalid.push({ method, url: `${p}${u.search}`, errors: check.errors });
      record.status = this.send(res, 422, {
        message: 'Validation Failed',
        errors: check.errors.map((e) => ({ message: e })),
        documentation_url: 'https://docs.github.com/rest',
      });
      return;
    }

    for (const f of this.faults) {
      if (f.remaining <= 0 || (f.match && !f.match.test(`${method} ${p}`))) continue;
      f.remaining--;
      if (f.kind === '500') {
        record.status = this.send(res, 500, { message: 'Server Error' });
      } else {
        record.status = this.send(
          res,
          403,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          },
          { 'retry-after': String(f.retryAfter) },
        );
      }
      return;
    }

    if (this.readOnly && method !== 'GET') {
      record.status = this.send(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403',
      });
      return;
    }
    record.status = this.route(method, p, u, parsed, res);
  }

  private notFound(res: http.ServerResponse): number {
    return this.send(res, 404, {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    });
  }

  private route(method: string, p: string, u: URL, body: unknown, res: http.ServerResponse): number {
    const { owner, repo } = this;
    const prefix = `/repos/${owner}/${repo}`;
    if (p === '/user' && method === 'GET') {
      if (this.identity.type === 'Bot') {
        return this.send(res, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          status: '403',
        });
      }
      return this.send(res, 200, {
        ...userJson(this.identity, 1),
        name: this.identity.login,
        public_repos: 1,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: '2020-01-01T00:00:00Z',
        updated_at: '2020-01-01T00:00:00Z',
        bio: null,
        blog: '',
        company: null,
        email: null,
        hireable: null,
        location: null,
      });
    }
    let m: RegExpExecArray | null;
    if ((m = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(p)) && method === 'GET') {
      // GitHub answers 404 both for "not a member" and for a team the token cannot see
      const [org, slug, login] = [m[1], m[2], decodeURIComponent(m[3])].map((x) => x.toLowerCase());
      const team = Object.entries(this.teams).find(([k]) => k.toLowerCase() === `${org}/${slug}`)?.[1];
      const state = team ? Object.entries(team).find(([k]) => k.toLowerCase() === login)?.[1] : undefined;
      if (!state) return this.notFound(res);
      return this.send(res, 200, {
        url: `https://api.github.com/organizations/1/team/2/memberships/${login}`,
        role: 'member',
        state,
      });
    }
    if (!p.startsWith(`${prefix}/`)) return this.notFound(res);
    const rest = p.slice(prefix.length);

    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const n = Number(m[1]);
      const pr = this.pulls.get(n);
      if (!pr || pr.gone) return this.notFound(res);
      if (method === 'GET') {
        const per = Math.min(Number(u.searchParams.get('per_page') ?? 30), 100);
        const page = Number(u.searchParams.get('page') ?? 1);
        const all = this.comments.filter((c) => c.issue === n);
        const last = Math.max(1, Math.ceil(all.length / per));
        const slice = all.slice((page - 1) * per, page * per).map((c) => this.commentJson(c));
        const base = `${this.url}${p}?per_page=${per}`;
        const links: string[] = [];
        if (page < last)
          links.push(`<${base}&page=${page + 1}>; rel="next"`, `<${base}&page=${last}>; rel="last"`);
        if (page > 1) links.push(`<${base}&page=1>; rel="first"`, `<${base}&page=${page - 1}>; rel="prev"`);
        return this.send(res, 200, slice, links.length ? { link: links.join(', ') } : {});
      }
      if (method === 'POST') {
        const text = (body as { body: string }).body;
        if (text.length > 65536)
          return this.send(res, 422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: 'Body is too long (maximum is 65536 characters)',
              },
            ],
          });
        return this.send(res, 201, this.commentJson(this.addComment(n, text, this.identity)));
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const c = this.comments.find((x) => x.id === Number(m![1]));
      if (!c || this.pulls.get(c.issue)?.gone) return this.notFound(res);
      if (method === 'GET') return this.send(res, 200, this.commentJson(c));
      if (method === 'PATCH') {
        const text = (body as { body: string }).body;
        if (text.length > 65536)
          return this.send(res, 422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: 'Body is too long (maximum is 65536 characters)',
              },
            ],
          });
        c.body = text;
        c.updated_at = now();
        return this.send(res, 200, this.commentJson(c));
      }
      if (method === 'DELETE') {
        this.comments.splice(this.comments.indexOf(c), 1);
        res.writeHead(204);
        res.end();
        return 204;
      }
    }
    if ((m = /^\/statuses\/([0-9a-f]{40})$/.exec(rest)) && method === 'POST') {
      const b = body as {
        state: string;
        context?: string;
        description?: string | null;
        target_url?: string | null;
      };
      if (b.description && b.description.length > 140) {
        return this.send(res, 422, {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'Status',
              code: 'custom',
              field: 'description',
              message: 'description is too long (maximum is 140 characters)',
            },
          ],
        });
      }
      const s = {
        id: this.nextId++,
        sha: m[1],
        state: b.state,
        context: b.context ?? 'default',
        description: b.description ?? null,
        target_url: b.target_url ?? null,
      };
      this.statuses.push(s);
      return this.send(res, 201, {
        url: `https://api.github.com/repos/${owner}/${repo}/statuses/${s.sha}`,
        avatar_url: null,
        id: s.id,
        node_id: `SC_${s.id}`,
        state: s.state,
        description: s.description,
        target_url: s.target_url,
        context: s.context,
        created_at: now(),
        updated_at: now(),
        creator: userJson(this.identity),
      });
    }
    if ((m = /^\/actions\/runs\/(\d+)\/approvals$/.exec(rest)) && method === 'GET') {
      return this.send(
        res,
        200,
        this.approvals.map((a, i) => ({
          state: a.state,
          comment: a.comment ?? '',
          environments: a.environments.map((e, j) => ({
            id: e.id ?? 161088068 + j,
            node_id: `EN_${e.id ?? j}`,
            name: e.name ?? `env-${j}`,
            url: `https://api.github.com/repos/${owner}/${repo}/environments/${encodeURIComponent(e.name ?? `env-${j}`)}`,
            html_url: `https://github.com/${owner}/${repo}/deployments/activity_log?environments_filter=${encodeURIComponent(e.name ?? '')}`,
            created_at: '2026-01-01T00:00:00Z',
            updated_at: '2026-01-01T00:00:00Z',
          })),
          user: userJson({ login: a.user.login, type: a.user.type === 'Bot' ? 'Bot' : 'User' }, 100 + i),
        })),
      );
    }
    if ((m = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(rest)) && method === 'GET') {
      const runId = Number(m[1]);
      const name = u.searchParams.get('name');
      const per = Math.min(Number(u.searchParams.get('per_page') ?? 30), 100);
      const page = Number(u.searchParams.get('page') ?? 1);
      const all = this.runArtifacts.filter((a) => a.runId === runId && (!name || a.name === name));
      const slice = all.slice((page - 1) * per, page * per);
      const last = Math.max(1, Math.ceil(all.length / per));
      const base = `${this.url}${p}?per_page=${per}`;
      const links: string[] = [];
      if (page < last)
        links.push(`<${base}&page=${page + 1}>; rel="next"`, `<${base}&page=${last}>; rel="last"`);
      return this.send(
        res,
        200,
        {
          total_count: all.length,
          artifacts: slice.map((a) => ({
            id: a.id,
            node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
            name: a.name,
            size_in_bytes: a.zip.length,
            url: `https://api.github.com/repos/${owner}/${repo}/actions/artifacts/${a.id}`,
            archive_download_url: `https://api.github.com/repos/${owner}/${repo}/actions/artifacts/${a.id}/zip`,
            expired: a.expired ?? false,
            created_at: '2026-01-01T00:00:00Z',
            updated_at: '2026-01-01T00:00:00Z',
            expires_at: '2026-04-01T00:00:00Z',
            digest: null,
            workflow_run: {
              id: a.runId,
              repository_id: 1,
              head_repository_id: 1,
              head_branch: 'perf/checkout-cache',
              head_sha: a.headSha,
            },
          })),
        },
        links.length ? { link: links.join(', ') } : {},
      );
    }
    if ((m = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(rest)) && method === 'GET') {
      const wf = decodeURIComponent(m[1]);
      const branch = u.searchParams.get('branch');
      const per = Math.min(Number(u.searchParams.get('per_page') ?? 30), 100);
      const page = Number(u.searchParams.get('page') ?? 1);
      // newest first, as GitHub lists them
      const all = [...this.workflowRuns]
        .reverse()
        .filter((r) => r.workflow === wf && (!branch || r.branch === branch));
      const last = Math.max(1, Math.ceil(all.length / per));
      const base = `${this.url}${p}?per_page=${per}${branch ? `&branch=${encodeURIComponent(branch)}` : ''}`;
      const links: string[] = [];
      if (page < last)
        links.push(`<${base}&page=${page + 1}>; rel="next"`, `<${base}&page=${last}>; rel="last"`);
      return this.send(
        res,
        200,
        {
          total_count: all.length,
          workflow_runs: all.slice((page - 1) * per, page * per).map((r) => ({
            id: r.id,
            name: 'perf',
            node_id: `WFR_${r.id}`,
            head_branch: r.branch,
            head_sha: r.headSha,
            path: `.github/workflows/${r.workflow}`,
            run_number: r.id,
            event: r.event,
            status: 'completed',
            conclusion: r.conclusion,
            workflow_id: 161335,
            url: `https://api.github.com/repos/${owner}/${repo}/actions/runs/${r.id}`,
            html_url: `https://github.com/${owner}/${repo}/actions/runs/${r.id}`,
            created_at: r.commitTime,
            updated_at: r.commitTime,
            head_commit: {
              id: r.headSha,
              tree_id: r.headSha,
              message: 'change',
              timestamp: r.commitTime,
              author: { name: 'dev', email: 'dev@example.com' },
              committer: { name: 'dev', email: 'dev@example.com' },
            },
          })),
        },
        links.length ? { link: links.join(', ') } : {},
      );
    }
    if ((m = /^\/compare\/([^/]+)$/.exec(rest)) && method === 'GET') {
      const basehead = decodeURIComponent(m[1]);
      const mb = this.mergeBases.get(basehead);
      const date = mb ? this.commitDates.get(mb) : undefined;
      if (!mb || !date) return this.notFound(res);
      return this.send(res, 200, {
        url: `https://api.github.com/repos/${owner}/${repo}/compare/${basehead}`,
        status: 'diverged',
        ahead_by: 1,
        behind_by: 1,
        total_commits: 1,
        merge_base_commit: {
          sha: mb,
          url: `https://api.github.com/repos/${owner}/${repo}/commits/${mb}`,
          commit: {
            message: 'main',
            author: { name: 'dev', email: 'dev@example.com', date },
            committer: { name: 'dev', email: 'dev@example.com', date },
          },
        },
        commits: [],
        files: [],
      });
    }
    if ((m = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(rest)) && method === 'GET') {
      const a = this.runArtifacts.find((x) => x.id === Number(m![1]));
      if (!a) return this.notFound(res);
      if (a.expired) return this.send(res, 410, { message: 'Artifact has expired' });
      res.writeHead(302, { location: `${this.url}/__blob/artifact-${a.id}.zip?sig=fake-signature` });
      res.end();
      return 302;
    }
    if ((m = /^\/pulls\/(\d+)\/reviews$/.exec(rest)) && method === 'GET') {
      const n = Number(m[1]);
      const pr = this.pulls.get(n);
      if (!pr || pr.gone) return this.notFound(res);
      const per = Math.min(Number(u.searchParams.get('per_page') ?? 30), 100);
      const page = Number(u.searchParams.get('page') ?? 1);
      const all = this.reviews.filter((r) => r.pr === n);
      const last = Math.max(1, Math.ceil(all.length / per));
      const base = `${this.url}${p}?per_page=${per}`;
      const links: string[] = [];
      if (page < last)
        links.push(`<${base}&page=${page + 1}>; rel="next"`, `<${base}&page=${last}>; rel="last"`);
      const slice = all.slice((page - 1) * per, page * per).map((r, i) => {
        const id = 80000 + this.reviews.indexOf(r);
        return {
          id,
          node_id: `PRR_${id}`,
          user: userJson({ login: r.login, type: 'User' }, 200 + i),
          body: '',
          state: r.state,
          html_url: `https://github.com/${owner}/${repo}/pull/${n}#pullrequestreview-${id}`,
          pull_request_url: `https://api.github.com/repos/${owner}/${repo}/pulls/${n}`,
          _links: {
            html: { href: `https://github.com/${owner}/${repo}/pull/${n}#pullrequestreview-${id}` },
            pull_request: { href: `https://api.github.com/repos/${owner}/${repo}/pulls/${n}` },
          },
          submitted_at:
            r.submittedAt ?? `2026-11-22T10:${String(this.reviews.indexOf(r) % 60).padStart(2, '0')}:00Z`,
          commit_id: r.commitId,
          author_association: 'MEMBER',
        };
      });
      return this.send(res, 200, slice, links.length ? { link: links.join(', ') } : {});
    }
    if ((m = /^\/pulls\/(\d+)$/.exec(rest)) && method === 'GET') {
      const n = Number(m[1]);
      const pr = this.pulls.get(n);
      if (!pr || pr.gone) return this.notFound(res);
      return this.send(res, 200, {
        url: `https://api.github.com/repos/${owner}/${repo}/pulls/${n}`,
        id: 9000 + n,
        number: n,
        state: 'open',
        html_url: `https://github.com/${owner}/${repo}/pull/${n}`,
        title: 'Speed up checkout',
        head: {
          label: 'contrib:perf',
          ref: 'perf/checkout-cache',
          sha: pr.headSha,
          repo: { full_name: pr.headRepo },
        },
        base: { label: `${owner}:main`, ref: 'main', sha: BASE_SHA, repo: { full_name: `${owner}/${repo}` } },
      });
    }
    return this.notFound(res);
  }
}

export async function startGitHubServer(opts: GitHubServerOptions = {}): Promise<GitHubServer> {
  return new GitHubServer(opts).start();
}
