// The history store in GitHub Actions (issue 16, items 2 and 3). The store travels as the artifact
// `perf-gates-history` of the runs of the same workflow on the default branch:
//  - `history: record` takes the newest such artifact, whatever the run's conclusion (a main run
//    whose gate failed still recorded), appends this run and uploads the new store;
//  - `baseline: history` on a pull request takes the newest history whose last entry is not newer
//    than the merge base's commit time (GET .../compare/{base}...{head}, merge_base_commit); when the
//    compare call fails, the history recorded by the run of the event's base SHA and older.
// Entries recorded on a push carry the pushed commit's time, so a run's commit time is the time of
// its history's last entry. The REST calls are adapters in src/io/.
import path from 'node:path';
import type { Inputs } from '../inputs.js';
import { downloadRunArtifact, uploadEvidence, type ArtifactLog } from '../io/artifacts.js';
import { createClient, getGitHubContext, listRunArtifacts, type Log } from '../io/github.js';
import { HISTORY_ARTIFACT, listBranchRuns, mergeBase, type BranchRun } from '../io/history-remote.js';
import { listFolder } from '../io/store.js';
import { entryNames } from '../stats/history/store.js';

export { HISTORY_ARTIFACT };
export const NO_HISTORY_YET =
  'no history on main yet: merge this workflow, or run it once on main with workflow_dispatch';
/** The events whose runs on the default branch may supply the history. */
export const TRUSTED_EVENTS = ['push', 'schedule', 'workflow_dispatch'];
/** Runs of the default branch looked at for a history artifact, newest first. */
const RUNS_LOOKED_AT = 30;

export interface RemoteHistory {
  /** the store was downloaded into the folder */
  found: boolean;
  /** which run it came from */
  from?: string;
  /** why none was found (the message of insufficient-data) */
  missing?: string;
  /** notes for the report (the merge base used, a fallback) */
  notes: string[];
  /** the commit and time this run's entry is recorded with */
  sha?: string;
  time?: string;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The workflow file of this run from GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/x.yml@ref). */
export function workflowFile(ref: string | undefined): string | undefined {
  const m = ref ? /\/\.github\/workflows\/([^@/]+)@/.exec(ref) : null;
  return m ? m[1] : undefined;
}

/** Pick the run whose history counts: newest first, not newer than `notAfter`, not this run. */
export function eligibleRuns(
  runs: readonly BranchRun[],
  opts: { notAfter?: string; uptoSha?: string; exclude?: number },
): BranchRun[] {
  // only runs the default branch itself started: a pull request (a fork's branch may be called
  // main too) never supplies the history
  let list = runs.filter((r) => r.id !== opts.exclude && TRUSTED_EVENTS.includes(r.event));
  if (opts.notAfter !== undefined) {
    const limit = Date.parse(opts.notAfter);
    list = list.filter((r) => Date.parse(r.commitTime) <= limit);
  } else if (opts.uptoSha) {
    const at = list.findIndex((r) => r.headSha === opts.uptoSha);
    list = at === -1 ? [] : list.slice(at);
  }
  return list;
}

/**
 * Download the history that counts for this run into `dir` (an empty folder). Never throws for a
 * missing history: `found: false` with the reason. API failures throw (the step reports them).
 */
export async function fetchHistory(
  env: NodeJS.ProcessEnv,
  inputs: Inputs,
  purpose: 'record' | 'baseline',
  dir: string,
  log: Log,
): Promise<RemoteHistory> {
  const ctx = getGitHubContext(env);
  const client = createClient(inputs.token, {
    baseUrl: ctx.apiUrl,
    log,
    timeoutSeconds: inputs['api-timeout'],
  });
  const notes: string[] = [];
  const pushTime = str(obj(ctx.payload.head_commit)?.timestamp);
  const base = { notes, sha: ctx.sha, time: pushTime };
  const workflow = workflowFile(env.GITHUB_WORKFLOW_REF);
  const branch = str(obj(ctx.payload.repository)?.default_branch);
  if (!workflow || !branch)
    return {
      ...base,
      found: false,
      missing: `the history cannot be looked up: ${!workflow ? 'GITHUB_WORKFLOW_REF names no workflow file' : 'the event payload has no repository.default_branch'}`,
    };
  let notAfter: string | undefined;
  let uptoSha: string | undefined;
  const pr = obj(ctx.payload.pull_request);
  if (purpose === 'baseline' && pr) {
    const baseSha = str(obj(pr.base)?.sha);
    const headSha = str(obj(pr.head)?.sha);
    if (baseSha && headSha) {
      try {
        const mb = await mergeBase(client, ctx, baseSha, headSha);
        notAfter = mb.time;
        notes.push(`history as of the merge base ${mb.sha.slice(0, 7)} (${mb.time ?? 'time unknown'})`);
        if (!mb.time) uptoSha = mb.sha;
      } catch (e) {
        uptoSha = baseSha;
        notes.push(
          `the merge base could not be read (${(e as Error).message}): history as of the event's base ${baseSha.slice(0, 7)}`,
        );
      }
    }
  }
  const runs = eligibleRuns(await listBranchRuns(client, ctx, workflow, branch, RUNS_LOOKED_AT), {
    notAfter,
    uptoSha,
    exclude: ctx.runId,
  });
  for (const r of runs) {
    const art = (await listRunArtifacts(client, ctx, r.id)).find(
      (a) => a.name === HISTORY_ARTIFACT && !a.expired,
    );
    if (!art) continue;
    await downloadRunArtifact(art.id, dir, {
      token: inputs.token,
      workflowRunId: r.id,
      repositoryOwner: ctx.owner,
      repositoryName: ctx.repo,
    });
    const from = `${HISTORY_ARTIFACT} of run ${r.id} (${r.headSha.slice(0, 7)}, ${r.commitTime}, ${r.conclusion ?? 'no conclusion'})`;
    log.info(`history: downloaded ${from}`);
    return { ...base, found: true, from };
  }
  return {
    ...base,
    found: false,
    missing: `${NO_HISTORY_YET} (no unexpired ${HISTORY_ARTIFACT} artifact in the last ${RUNS_LOOKED_AT} runs of ${workflow} on ${branch}${notAfter ? ` up to the merge base's time ${notAfter}` : ''})`,
  };
}

/** Upload the store in `dir` as this run's `perf-gates-history` artifact. */
export async function uploadHistory(
  dir: string,
  retentionDays: number,
  log: ArtifactLog,
): Promise<{ id?: number }> {
  const files = entryNames(await listFolder(dir)).map((n) => path.join(dir, n.name));
  return uploadEvidence(HISTORY_ARTIFACT, dir, files, log, { retentionDays });
}
