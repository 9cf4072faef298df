// The Actions runner as a host: @actions/core for inputs, outputs, logs, the job summary and the
// step's failure. What to run and how to publish is the run layer's (run/action.ts).
import * as core from '@actions/core';
import type { GitHubSide, Host } from './host.js';

function annotate(file?: string, line?: number) {
  return file ? { file, startLine: line } : undefined;
}

export function actionHost(github: GitHubSide, env: NodeJS.ProcessEnv = process.env): Host {
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

/** The step's inputs by name, as the runner gives them ('' when not set). */
export function readActionInputs(names: readonly string[]): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const name of names) raw[name] = core.getInput(name);
  return raw;
}

/** A log for the publishing code: the runner's info, notice and warning. */
export const actionLog = {
  info: (s: string) => core.info(s),
  notice: (s: string) => core.notice(s),
  warning: (s: string) => core.warning(s),
};

/** Fail the step with this message (the exit code is set by @actions/core). */
export function failStep(message: string): void {
  core.setFailed(message);
}
