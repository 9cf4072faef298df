// The GitHub REST calls of the history in Actions (issue 16): the runs of a workflow on a branch
// (GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs) and the merge base of a pull
// request (GET /repos/{owner}/{repo}/compare/{base}...{head}, merge_base_commit). Adapters only:
// they return data; which run's history counts is decided in src/run/history-remote.ts.
import type { GitHubClient, GitHubContext } from './github.js';

/** The artifact the history store travels as (here, not beside the Octokit calls: `compare` names it without loading them). */
export const HISTORY_ARTIFACT = 'perf-gates-history';

export interface BranchRun {
  id: number;
  headSha: string;
  /** the head commit's time (ISO 8601); the run's creation time when the payload has none */
  commitTime: string;
  event: string;
  conclusion: string | null;
}

/** The runs of `workflow` (its file name or id) on `branch`, newest first, at most `max`. */
export async function listBranchRuns(
  client: GitHubClient,
  ctx: Pick<GitHubContext, 'owner' | 'repo'>,
  workflow: string,
  branch: string,
  max = 100,
): Promise<BranchRun[]> {
  const out: BranchRun[] = [];
  for (let page = 1; out.length < max; page++) {
    const { data } = await client.rest.actions.listWorkflowRuns({
      owner: ctx.owner,
      repo: ctx.repo,
      workflow_id: workflow,
      branch,
      per_page: Math.min(100, max),
      page,
    });
    for (const r of data.workflow_runs)
      out.push({
        id: r.id,
        headSha: r.head_sha,
        commitTime: r.head_commit?.timestamp ?? r.created_at,
        event: r.event,
        conclusion: r.conclusion ?? null,
      });
    if (data.workflow_runs.length === 0 || out.length >= data.total_count) break;
  }
  return out.slice(0, max);
}

/** The merge base of `base`...`head` and its committer time. */
export async function mergeBase(
  client: GitHubClient,
  ctx: Pick<GitHubContext, 'owner' | 'repo'>,
  base: string,
  head: string,
): Promise<{ sha: string; time: string | undefined }> {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({
    owner: ctx.owner,
    repo: ctx.repo,
    basehead: `${base}...${head}`,
    per_page: 1,
  });
  const c = data.merge_base_commit;
  return { sha: c.sha, time: c.commit.committer?.date ?? c.commit.author?.date ?? undefined };
}
