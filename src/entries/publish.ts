// Bundle entry of the `publish` action (workflow_run: post what a pull_request run computed).
import * as core from '@actions/core';
import { runPublish } from '../io/publish.js';

async function run(): Promise<void> {
  await runPublish(
    {
      token: core.getInput('token'),
      comment: (core.getInput('comment') || 'update') as 'update' | 'on-failure' | 'off',
      status: core.getBooleanInput('status'),
      artifactPattern: core.getInput('artifact-pattern') || 'perf-gates-*',
    },
    { info: core.info, notice: (s) => core.notice(s), warning: (s) => core.warning(s) },
  );
}

run().catch((e: unknown) => core.setFailed(e instanceof Error ? e.message : String(e)));
