// The entry of every action step: read the declared inputs, run the gates through the Actions
// host, fail the step on a breach. GitHub (comment, status, approvals: Octokit) and artifacts are
// loaded only when used: not for comment off and status off, not without a token.
import type { GateName } from '../model.js';
import { INPUTS, inputsOf, type ActionName } from '../inputs.js';
import { actionHost, actionLog, failStep, readActionInputs } from '../io/action-host.js';
import type { GitHubSide } from '../io/host.js';
import { artifactServiceMissing, downloadSkipped, getGitHubContext, NO_TOKEN } from '../io/github-context.js';
import { installSignalCleanup } from '../io/files.js';
import { runGates } from './runner.js';

/** The GitHub side of the action host: comment, status, artifacts, approvals, reviews, teams. */
export function githubSide(env: NodeJS.ProcessEnv): GitHubSide {
  return {
    // called only when a comment or a status is asked for (run/runner.ts, wouldPublish): with
    // neither, the GitHub client (Octokit) and zod are not even loaded
    async publish(result, inputs, where, signal) {
      const { publishGateResult } = await import('./publish.js');
      await publishGateResult(
        result,
        {
          token: inputs.token,
          comment: inputs.comment,
          commentAuthor: inputs['comment-author'],
          status: inputs.status,
          job: where.job,
          artifactName: where.artifactName,
          statusContext: where.statusContext,
          timeoutSeconds: inputs['api-timeout'],
          signal,
        },
        actionLog,
      );
    },
    async upload(name, dir, files) {
      const { uploadEvidence } = await import('../io/artifacts.js');
      return uploadEvidence(name, dir, files);
    },
    async download(dir, exclude) {
      // no artifact service (not in Actions): nothing to download, said without loading the client
      const missing = artifactServiceMissing(env);
      if (missing) {
        actionLog.info(downloadSkipped(missing));
        return [];
      }
      const { downloadRunEvidence } = await import('../io/artifacts.js');
      return downloadRunEvidence(dir, exclude);
    },
    async approvals(inputs, signal) {
      const ctx = getGitHubContext(env);
      // without a token nothing can be read: said before the client (Octokit) is loaded
      if (!inputs.token) throw new Error(NO_TOKEN);
      const gh = await import('../io/github.js');
      const client = gh.createClient(inputs.token, {
        baseUrl: ctx.apiUrl,
        log: actionLog,
        timeoutSeconds: inputs['api-timeout'],
        signal,
      });
      return gh.listRunApprovals(client, ctx);
    },
    async pullReviews(inputs) {
      const ctx = getGitHubContext(env);
      if (!ctx.prNumber || !ctx.headSha) return undefined;
      const gh = await import('../io/github.js');
      const client = gh.createClient(inputs.token, ctx);
      try {
        return {
          reviews: await gh.listPullReviews(client, ctx, ctx.prNumber),
          headSha: ctx.headSha,
          prNumber: ctx.prNumber,
        };
      } catch (e) {
        const status = gh.httpStatus(e);
        return {
          reviews: [],
          headSha: ctx.headSha,
          prNumber: ctx.prNumber,
          error: `GET /repos/${ctx.repository}/pulls/${ctx.prNumber}/reviews answered ${status ?? 'an error'}: ${(e as Error).message} (needs pull-requests: read)`,
        };
      }
    },
    async history(inputs, purpose, dir) {
      const { fetchHistory } = await import('./history-remote.js');
      return fetchHistory(env, inputs, purpose, dir, actionLog);
    },
    async uploadHistory(inputs, dir) {
      const { uploadHistory } = await import('./history-remote.js');
      return uploadHistory(dir, inputs['history-retention'], actionLog);
    },
    async teamMembership(inputs, org, slug, login) {
      const ctx = getGitHubContext(env);
      const gh = await import('../io/github.js');
      return gh.getTeamMembership(gh.createClient(inputs.token, ctx), org, slug, login);
    },
  };
}

/** Run one action step (a gate, or `all`) and set the step's outcome. */
export async function runAction(action: ActionName): Promise<void> {
  // a cancelled job (SIGINT, SIGTERM) leaves no temporary or unlisted evidence file
  installSignalCleanup();
  const raw = readActionInputs(inputsOf(action));
  // inputs not declared by this step keep their defaults
  for (const name of Object.keys(INPUTS)) if (!(name in raw)) raw[name] = '';
  try {
    const { code, results } = await runGates(
      action as GateName | 'all',
      raw,
      actionHost(githubSide(process.env)),
    );
    if (code !== 0) {
      const failed = results.filter((r) => r.failed).map((r) => `${r.result.title}: ${r.result.verdict}`);
      failStep(failed.length ? `perf-gates: ${failed.join('; ')}` : 'perf-gates: invalid inputs');
    }
  } catch (e) {
    failStep(e instanceof Error ? e.message : String(e));
  }
}
