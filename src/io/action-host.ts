// The Actions side of the runner: @actions/core for inputs, outputs, logs and the job summary;
// GitHub (comment, status, approvals) and artifacts loaded only when used.
import * as core from '@actions/core';
import type { GateName } from '../model.js';
import { INPUTS, inputsOf, type ActionName } from '../inputs.js';
import { runGates, type GitHubSide, type Host } from './runner.js';

function annotate(file?: string, line?: number) {
  return file ? { file, startLine: line } : undefined;
}

export function actionHost(): Host {
  const env = process.env;
  const github: GitHubSide = {
    async publish(result, inputs, where) {
      const { publishGateResult } = await import('./publish.js');
      await publishGateResult(
        result,
        {
          token: inputs.token,
          comment: inputs.comment,
          status: inputs.status,
          job: where.job,
          artifactName: where.artifactName,
          statusContext: where.statusContext,
        },
        { info: core.info, notice: (s) => core.notice(s), warning: (s) => core.warning(s) },
      );
    },
    async upload(name, dir, files) {
      const { uploadEvidence } = await import('./artifacts.js');
      return uploadEvidence(name, dir, files);
    },
    async download(dir, exclude) {
      const { downloadRunEvidence } = await import('./artifacts.js');
      return downloadRunEvidence(dir, exclude);
    },
    async approvals(inputs) {
      const gh = await import('./github.js');
      const ctx = gh.getGitHubContext(env);
      const client = gh.createClient(inputs.token, ctx);
      return gh.listRunApprovals(client, ctx);
    },
  };
  return {
    kind: 'action',
    info: (s) => core.info(s),
    notice: (s) => core.notice(s),
    warning: (s, file, line) => core.warning(s, annotate(file, line)),
    error: (s, file, line) => core.error(s, annotate(file, line)),
    group: (name, fn) => core.group(name, fn),
    setOutput: (name, value) => core.setOutput(name, value),
    summary: async (md) => {
      if (!env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(md, true).write();
    },
    github,
    env,
    cwd: env.GITHUB_WORKSPACE || process.cwd(),
  };
}

/** The entry of every action step: read the declared inputs, run, set the exit code. */
export async function runAction(action: ActionName): Promise<void> {
  const raw: Record<string, string> = {};
  for (const name of inputsOf(action)) raw[name] = core.getInput(name);
  // inputs not declared by this step keep their defaults
  for (const name of Object.keys(INPUTS)) if (!(name in raw)) raw[name] = '';
  try {
    const { code, results } = await runGates(action as GateName | 'all', raw, actionHost());
    if (code !== 0) {
      const failed = results.filter((r) => r.failed).map((r) => `${r.result.title}: ${r.result.verdict}`);
      core.setFailed(failed.length ? `perf-gates: ${failed.join('; ')}` : 'perf-gates: invalid inputs');
    }
  } catch (e) {
    core.setFailed(e instanceof Error ? e.message : String(e));
  }
}
