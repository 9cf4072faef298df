// The runner's context for the GitHub side (environment and event payload), apart from the REST
// client (io/github.ts, Octokit): the run layer reads it to decide whether anything is to be asked
// of GitHub at all, and loads the client only then.
import { readFileSync } from 'node:fs';
import { InputError } from '../model.js';

/**
 * The message a client without a token fails with (the words of @actions/github's getOctokit, which
 * evidence files already hold): said here, before the client library is loaded.
 */
export const NO_TOKEN = 'Parameter token or opts.auth is required';

/**
 * Why the artifact service cannot be used here, or undefined when it can (here, not in
 * io/artifacts.ts: a step without it says so without loading the artifact client's module).
 */
export function artifactServiceMissing(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((k) => !env[k]);
  if (missing.length === 0) return undefined;
  return `${missing.join(' and ')} not set (the runner gives them only to JavaScript action steps; not running in GitHub Actions?)`;
}

/** The log line of a download of this run's artifacts that cannot happen. */
export function downloadSkipped(missing: string): string {
  return `Downloading this run's perf-gates artifacts skipped: ${missing}.`;
}

export interface WorkflowRunInfo {
  id: number;
  headSha: string;
  event?: string;
  htmlUrl?: string;
  headRepository?: string;
  pullRequests: { number: number; headSha?: string }[];
}

export interface GitHubContext {
  owner: string;
  repo: string;
  /** owner/repo */
  repository: string;
  eventName: string;
  /** the pull request this run is about, when there is one */
  prNumber?: number;
  /** the commit statuses belong on: the PR head (not the merge commit GITHUB_SHA), else GITHUB_SHA */
  headSha?: string;
  /** GITHUB_SHA */
  sha?: string;
  runId?: number;
  runUrl?: string;
  job: string;
  /** a pull request from another repository (its token is read-only) */
  isFork: boolean;
  apiUrl: string;
  serverUrl: string;
  /** for `workflow_run` events: the triggering run */
  workflowRun?: WorkflowRunInfo;
  payload: Record<string, unknown>;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
};

/** The runner's context from its environment and event payload (GITHUB_EVENT_PATH). */
export function getGitHubContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  let payload: Obj = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    let text: string;
    try {
      text = readFileSync(eventPath, 'utf8');
    } catch (e) {
      throw new InputError(
        eventPath,
        `cannot read the event payload (GITHUB_EVENT_PATH): ${(e as Error).message}`,
      );
    }
    try {
      payload = obj(JSON.parse(text)) ?? {};
    } catch (e) {
      throw new InputError(eventPath, `the event payload is not JSON: ${(e as Error).message}`);
    }
  }
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const runId = num(env.GITHUB_RUN_ID);
  const ctx: GitHubContext = {
    owner,
    repo,
    repository,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: str(env.GITHUB_SHA),
    headSha: str(env.GITHUB_SHA),
    runId,
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    job: env.GITHUB_JOB ?? '',
    isFork: false,
    apiUrl,
    serverUrl,
    payload,
  };

  const pr = obj(payload.pull_request);
  if (pr) {
    ctx.prNumber = num(pr.number) ?? num(payload.number);
    const head = obj(pr.head);
    ctx.headSha = str(head?.sha) ?? ctx.headSha;
    const headRepo = obj(head?.repo);
    const baseRepoName =
      str(obj(payload.repository)?.full_name) ?? str(obj(obj(pr.base)?.repo)?.full_name) ?? repository;
    // pull_request_target runs this repository's workflow with a write token: not read-only
    ctx.isFork =
      ctx.eventName !== 'pull_request_target' && (!headRepo || str(headRepo.full_name) !== baseRepoName);
  } else if (obj(payload.issue) && obj(obj(payload.issue)?.pull_request)) {
    // issue_comment on a pull request: the number is known, the head SHA is not in the payload
    ctx.prNumber = num(obj(payload.issue)?.number);
  }

  const wr = obj(payload.workflow_run);
  if (wr) {
    const prs = Array.isArray(wr.pull_requests) ? wr.pull_requests : [];
    const info: WorkflowRunInfo = {
      id: num(wr.id) ?? 0,
      headSha: str(wr.head_sha) ?? '',
      event: str(wr.event),
      htmlUrl: str(wr.html_url),
      headRepository: str(obj(wr.head_repository)?.full_name),
      pullRequests: prs
        .map((p) => obj(p))
        .filter((p): p is Obj => !!p && num(p.number) !== undefined)
        .map((p) => ({ number: num(p.number) as number, headSha: str(obj(p.head)?.sha) })),
    };
    ctx.workflowRun = info;
    if (info.pullRequests.length > 0) ctx.prNumber = info.pullRequests[0].number;
    if (info.headSha) ctx.headSha = info.headSha;
    // the workflow_run workflow runs in the base repository with its own (write) token
    ctx.isFork = false;
  }
  return ctx;
}
