// The `publish` action (workflow_run: post what a pull_request run computed). dist/publish/index.js
// (written by scripts/package.mjs) imports it from the one library bundle and calls `run()`.
// Outputs: `verdict` (the worst published verdict, empty when nothing was published; a pass or
// waiver from an untrusted (fork) run counts as insufficient-data: it is not evidence), `trusted`,
// `published` and `refused` (counts). The step fails when any result was refused (wrong head SHA, another
// repository or pull request, not a gate result): a refusal means someone should look.
import * as core from '@actions/core';
import type { Verdict } from '../model.js';
import { runPublish } from '../run/publish.js';

const SEVERITY: Record<Verdict, number> = { pass: 0, waived: 1, 'insufficient-data': 2, fail: 3, error: 4 };

/** The worst of the verdicts (error > fail > insufficient-data > waived > pass); '' for none. */
function worstVerdict(verdicts: Verdict[]): Verdict | '' {
  let worst: Verdict | '' = '';
  for (const v of verdicts) if (worst === '' || SEVERITY[v] > SEVERITY[worst]) worst = v;
  return worst;
}

/** A whole number of seconds from 1 to `max`; anything else fails the step naming the input. */
function seconds(input: string, name: string, dflt: number, max: number): number {
  const raw = input.trim();
  if (raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new Error(
      `input ${name} must be a whole number of seconds from 1 to ${max} (got ${JSON.stringify(raw)})`,
    );
  return n;
}

async function publishStep(): Promise<void> {
  const outcome = await runPublish(
    {
      token: core.getInput('token'),
      comment: (core.getInput('comment') || 'update') as 'update' | 'on-failure' | 'off',
      status: core.getBooleanInput('status'),
      artifactPattern: core.getInput('artifact-pattern') || 'perf-gates-*',
      commentAuthor: core.getInput('comment-author') || 'github-actions[bot]',
      trustForkResults: (core.getInput('trust-fork-results') || 'false') === 'true',
      timeoutSeconds: seconds(core.getInput('api-timeout'), 'api-timeout', 30, 600),
      deadlineSeconds: seconds(core.getInput('publish-deadline'), 'publish-deadline', 120, 3600),
    },
    { info: core.info, notice: (s) => core.notice(s), warning: (s) => core.warning(s) },
  );
  // a pass from an untrusted run is not evidence: it counts as insufficient-data
  const verdicts = outcome.published.map((p) =>
    !p.trusted && (p.verdict === 'pass' || p.verdict === 'waived') ? 'insufficient-data' : p.verdict,
  );
  core.setOutput('verdict', worstVerdict(verdicts));
  core.setOutput('trusted', String(outcome.trust.trusted));
  core.setOutput('published', String(outcome.published.length));
  core.setOutput('refused', String(outcome.refused.length));
  core.info(
    `perf-gates publish: ${outcome.published.length} result(s) published, ${outcome.refused.length} refused.`,
  );
  if (outcome.refused.length > 0) {
    core.setFailed(
      `perf-gates publish refused ${outcome.refused.length} result(s): ${outcome.refused
        .map((r) => `${r.file}: ${r.reason}`)
        .join('; ')}`,
    );
  }
}

export async function run(): Promise<void> {
  try {
    await publishStep();
  } catch (e) {
    core.setFailed(e instanceof Error ? e.message : String(e));
  }
}
