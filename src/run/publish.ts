// Publishing a gate's verdict: the sticky PR comment section and the commit status, with fork and
// read-only tokens handled up front (a notice, never a failure), and the `publish` action of the
// two-workflow pattern: a `workflow_run` workflow (write token, never runs PR code) posts what the
// `pull_request` workflow computed, after checking that the results belong to the PR's head SHA.
import path from 'node:path';
import { z } from 'zod';
import type { GateName, GateResult } from '../model.js';
import { GATES, InputError } from '../model.js';
import { renderGateSection } from '../report/markdown.js';
import { verdictContradictions } from '../gates/verdict-check.js';
import { checkEvidence } from '../io/evidence.js';
import {
  createClient,
  getGitHubContext,
  listRunArtifacts,
  pullRequestHead,
  type GitHubClient,
  type GitHubContext,
  type Log,
  setStatus,
  STATUS_STATE,
  WriteGuard,
} from '../io/github.js';
import { downloadRunArtifact } from '../io/artifacts.js';
import { findFiles, makeTempDir, readUtf8 } from '../io/files.js';
import { upsertComment } from './comment.js';

export interface PublishOptions {
  token: string;
  comment: 'update' | 'on-failure' | 'off';
  status: boolean;
  job: string;
  artifactName?: string;
  /** what follows `perf-gates/` in the status context (default: the gate) */
  statusContext?: string;
  /** whose marker comment is ours to edit (input comment-author; default github-actions[bot]) */
  commentAuthor?: string;
  /** results computed by a run we do not trust (a fork's own workflow): never green, bannered */
  untrusted?: boolean;
  /** seconds per GitHub request (input `api-timeout`) */
  timeoutSeconds?: number;
  /** aborts the requests (the publish deadline) */
  signal?: AbortSignal;
}

/** The banner on a comment section whose results a fork's own workflow computed. */
export const UNTRUSTED_BANNER =
  "> [!WARNING]\n> **computed by the fork's own workflow, not verified**: a pull request from a fork runs its own copy of the workflow, so these figures may be forged. A pass is posted as `pending` until a trusted run (in this repository) confirms it.";

/** The status description for a pass from an untrusted run (posted as `pending`). */
export const UNTRUSTED_STATUS = 'fork run: needs a trusted run';

export type PublishLog = Log;

const OK_VERDICTS = new Set(['pass', 'waived']);

/** Comment + status for one result in a given context (shared by the gates and `publish`). */
async function publishInContext(
  client: GitHubClient,
  ctx: GitHubContext,
  result: GateResult,
  opts: PublishOptions,
  log: Log,
  guard: WriteGuard,
): Promise<void> {
  if (opts.comment !== 'off') {
    if (!ctx.prNumber) {
      log.info(`No pull request in this ${ctx.eventName || 'event'}: the PR comment is skipped.`);
    } else {
      const create = opts.comment === 'update' || !OK_VERDICTS.has(result.verdict);
      const section = renderGateSection(result, {
        job: opts.job,
        runUrl: ctx.runUrl,
        artifactName: opts.artifactName,
        ...(opts.untrusted ? { banner: UNTRUSTED_BANNER } : {}),
      });
      const done = await guard.attempt('PR comment', () =>
        upsertComment(client, ctx, result.gate, opts.job, section, {
          createIfMissing: create,
          author: opts.commentAuthor,
          log,
        }),
      );
      if (done) {
        log.info(
          `${done.created ? 'Created' : 'Updated'} the perf-gates comment on #${ctx.prNumber} (comment ${done.id}, section ${result.gate}/${opts.job}).`,
        );
      } else if (!create && guard.skipped.length === 0) {
        log.info(`comment: on-failure and the verdict is ${result.verdict}: no comment created.`);
      }
    }
  }
  if (opts.status) {
    if (!ctx.headSha) {
      log.info('No commit SHA in this context: the commit status is skipped.');
    } else {
      // an untrusted pass never turns the status green: `pending` until a trusted run says so;
      // a failure (or error) is posted as it is: a forger gains nothing by reporting one
      const override =
        opts.untrusted && STATUS_STATE[result.verdict] === 'success'
          ? {
              state: 'pending' as const,
              description: `${UNTRUSTED_STATUS} (the fork's workflow reported ${result.verdict})`,
            }
          : undefined;
      const done = await guard.attempt('commit status', () =>
        setStatus(client, ctx, opts.statusContext ?? result.gate, result, override),
      );
      if (done)
        log.info(
          `Set commit status perf-gates/${opts.statusContext ?? result.gate} = ${done.state} on ${done.sha.slice(0, 12)}.`,
        );
    }
  }
}

/**
 * Post one gate's result to GitHub: the PR comment section (per `comment`) and the commit status
 * `perf-gates/<gate>` on the PR head SHA. Never throws for GitHub trouble and never decides the
 * step's outcome: 403/404 are explained once, fork PRs are skipped up front with a notice.
 */
export async function publishGateResult(
  result: GateResult,
  opts: PublishOptions,
  log: Log,
  ctx: GitHubContext = getGitHubContext(),
): Promise<void> {
  if (opts.comment === 'off' && !opts.status) return;
  if (!ctx.repository || !ctx.owner || !ctx.repo) {
    log.info('GITHUB_REPOSITORY is not set (not running in GitHub Actions): nothing published to GitHub.');
    return;
  }
  if (!opts.token) {
    log.notice('No GitHub token (input `token` is empty): the PR comment and commit status were skipped.');
    return;
  }
  if (ctx.isFork) {
    log.notice(
      'This pull request comes from a fork, so its token is read-only: the PR comment and commit status were skipped (they would fail with 403 Resource not accessible by integration); the job summary and artifacts have the results and the verdict still decides the job. Use the `publish` action from a `workflow_run` workflow to post them.',
    );
    return;
  }
  if (!ctx.prNumber && opts.comment !== 'off') {
    log.info(
      `No pull request in this ${ctx.eventName || 'event'} (push?): the PR comment is skipped; the status goes on ${ctx.headSha ?? 'no SHA'}.`,
    );
  }
  const client = createClient(opts.token, {
    baseUrl: ctx.apiUrl,
    log,
    timeoutSeconds: opts.timeoutSeconds,
    signal: opts.signal,
  });
  const guard = new WriteGuard(log);
  try {
    await publishInContext(
      client,
      ctx,
      result,
      { ...opts, comment: ctx.prNumber ? opts.comment : 'off' },
      log,
      guard,
    );
  } catch (e) {
    // publishInContext guards every write; this is a bug or a network failure outside them
    log.warning(`Publishing to GitHub failed: ${(e as Error).message}; the verdict still decides the job.`);
  }
}

// ---------------------------------------------------------------------------------------------
// The `publish` action (workflow_run)

const verdictSchema = z.enum(['pass', 'waived', 'fail', 'insufficient-data', 'error']);
const scalar = z.union([z.number(), z.string(), z.boolean(), z.null()]);
const criterionSchema = z.object({
  name: z.string(),
  actual: scalar,
  threshold: scalar,
  unit: z.string().optional(),
  operator: z.enum(['>=', '<=']).optional(),
  verdict: verdictSchema,
  reason: z.string(),
  protocolReason: z.enum(['TelemetryGap', 'LoadTestFailure', 'RegressionDetected']).optional(),
});
const nullableNum = z.number().nullable();
const comparisonSchema = z.object({
  key: z.string(),
  direction: z.enum(['decrease', 'increase']).optional(),
  baseline: nullableNum.optional(),
  candidate: nullableNum.optional(),
  ratio: nullableNum.optional(),
  lower: nullableNum.optional(),
  upper: nullableNum.optional(),
  verdict: z.enum([
    'regression',
    'improvement-confirmed',
    'improvement',
    'no-change',
    'insufficient-data',
    'error',
  ]),
  calibrated: z.boolean().optional(),
  reason: z.string(),
  unit: z.string().optional(),
  detectable_change: nullableNum.optional(),
  detectable_reason: z.string().optional(),
  notes: z.array(z.string()).optional(),
});
const gateResultSchema = z.object({
  gate: z.enum([...GATES, 'compare'] as unknown as [GateName, ...GateName[]]),
  title: z.string(),
  verdict: verdictSchema,
  score: z.number().nullable(),
  criteria: z.array(criterionSchema),
  improvementPct: z.number().nullable().optional(),
  regressionCount: z.number().nullable().optional(),
  comparisons: z.array(comparisonSchema).optional(),
  failure: z
    .object({
      criteria: z.string(),
      actual: z.string(),
      requiredAction: z.string(),
      options: z.array(z.string()),
    })
    .optional(),
  notes: z.array(z.string()),
  generated_at: z.string(),
});
const contextSchema = z.object({
  repository: z.string(),
  pr_number: z.number().int().positive().nullable().optional(),
  head_sha: z.string().regex(/^[0-9a-f]{40}$/, 'a 40-character hex SHA'),
  run_id: z.union([z.number(), z.string()]).nullable().optional(),
  job: z.string().min(1).nullable().optional(),
});

export interface PublishedResultFile {
  result: GateResult;
  context: z.infer<typeof contextSchema>;
  file: string;
}

/**
 * Read and validate one `gate-<n>-<name>.json` from a downloaded artifact: a GateResult (at the top
 * level, or under `result`) plus `context`. Throws InputError naming the file.
 */
export function readResultFile(file: string, text: string): PublishedResultFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, `not JSON: ${(e as Error).message}`);
  }
  const o = (doc ?? {}) as Record<string, unknown>;
  const candidate = o.result && typeof o.result === 'object' ? o.result : o;
  const r = gateResultSchema.safeParse(candidate);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new InputError(file, `not a perf-gates gate result: ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  const c = contextSchema.safeParse(o.context);
  if (!c.success) {
    const i = c.error.issues[0];
    throw new InputError(
      file,
      `has no valid \`context\` (repository, pr_number, head_sha, job): ${i.path.join('.') || 'context'}: ${i.message}`,
    );
  }
  return { result: r.data as GateResult, context: c.data, file };
}

function globToRegExp(pattern: string): RegExp {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`);
}

/** The gate results a downloaded artifact holds. */
const RESULT_FILE = /^gate-\d+-[a-z]+\.json$/;

export interface PublishInputs {
  token: string;
  comment: 'update' | 'on-failure' | 'off';
  status: boolean;
  artifactPattern?: string;
  /** whose marker comment is ours (default github-actions[bot]) */
  commentAuthor?: string;
  /** post a fork run's results as if a trusted run had computed them (today's risk, opt-in) */
  trustForkResults?: boolean;
  /** seconds per GitHub request (input `api-timeout`, default 30) */
  timeoutSeconds?: number;
  /** seconds for all the posting together (input `publish-deadline`); past it the rest is skipped */
  deadlineSeconds?: number;
}

export interface RunPublishOutcome {
  published: {
    file: string;
    gate: GateName;
    job: string;
    verdict: GateResult['verdict'];
    /** false: computed by a fork's own workflow, so a pass was posted as pending */
    trusted: boolean;
  }[];
  refused: { file: string; reason: string }[];
  /** whether the triggering run is trusted, and why */
  trust: RunTrust;
}

export interface RunTrust {
  trusted: boolean;
  reason: string;
}

/**
 * Trust follows the run that produced the evidence. A run whose head repository is not this
 * repository (a fork's `pull_request` run executes the fork's own copy of the workflow) is
 * untrusted, and so is a run that names no head repository. `pull_request_target` runs execute
 * this repository's workflow file, so they are trusted like any run of this repository.
 */
export function triggeringRunTrust(ctx: GitHubContext, trustForkResults = false): RunTrust {
  const wr = ctx.workflowRun;
  const head = wr?.headRepository;
  if (head && head === ctx.repository)
    return { trusted: true, reason: `run ${wr?.id} ran in ${ctx.repository}` };
  if (wr?.event === 'pull_request_target')
    return {
      trusted: true,
      reason: `run ${wr.id} is a pull_request_target run: it executed ${ctx.repository}'s own workflow file`,
    };
  const why = head
    ? `run ${wr?.id} (${wr?.event ?? 'unknown event'}) came from the fork ${head}, whose own workflow computed its results`
    : `run ${wr?.id} names no head repository, so where its results were computed is unknown`;
  if (trustForkResults)
    return { trusted: true, reason: `${why}; trusted anyway because trust-fork-results is true` };
  return { trusted: false, reason: why };
}

/**
 * Why a downloaded gate result cannot be taken as evidence: its folder's SHA256SUMS is missing,
 * does not list it, or fails; or its verdict contradicts its own criteria. Undefined when it holds.
 */
async function evidenceProblem(file: string, parsed: PublishedResultFile): Promise<string | undefined> {
  const dir = path.dirname(file);
  const name = path.basename(file);
  const found = await checkEvidence(dir);
  if (!found) return 'its folder has no SHA256SUMS, so the file cannot be verified';
  const mine = found.checks.find((c) => c.name === name);
  if (!mine) return 'it is not listed in its SHA256SUMS, so it cannot be verified';
  if (!mine.ok) return `it fails its checksum: ${mine.reason ?? 'altered'}`;
  const contradictions = verdictContradictions(parsed.result);
  if (contradictions.length) return `its verdict contradicts its own criteria: ${contradictions.join('; ')}`;
  return undefined;
}

/** Downloads the matching artifacts and reads their gate results; a file that does not check out is refused. */
async function downloadResults(
  artifacts: Awaited<ReturnType<typeof listRunArtifacts>>,
  inputs: PublishInputs,
  ctx: GitHubContext,
  wr: NonNullable<GitHubContext['workflowRun']>,
  outcome: RunPublishOutcome,
  log: Log,
): Promise<PublishedResultFile[]> {
  const base = makeTempDir('perf-gates-publish-');
  const files: PublishedResultFile[] = [];
  for (const a of artifacts) {
    const dir = path.join(base, String(a.id));
    await downloadRunArtifact(a.id, dir, {
      token: inputs.token,
      workflowRunId: wr.id,
      repositoryOwner: ctx.owner,
      repositoryName: ctx.repo,
    });
    for (const f of findFiles(dir, RESULT_FILE)) {
      const label = `${a.name}/${path.relative(dir, f)}`;
      try {
        const parsed = readResultFile(label, await readUtf8(f));
        const problem = await evidenceProblem(f, parsed);
        if (problem) throw new InputError(label, problem);
        files.push(parsed);
      } catch (e) {
        outcome.refused.push({ file: label, reason: (e as Error).message });
        log.warning(`Refused ${label}: ${(e as Error).message}`);
      }
    }
  }
  return files;
}

/**
 * The `publish` action: in a `workflow_run` workflow, list the triggering run's artifacts,
 * download the `perf-gates-*` ones, check each gate result's head SHA against the triggering run's
 * head SHA and the pull request's current head (refusing, naming the file, otherwise), then post
 * the comment sections and statuses.
 */
export async function runPublish(
  inputs: PublishInputs,
  log: Log,
  ctx: GitHubContext = getGitHubContext(),
): Promise<RunPublishOutcome> {
  const wr = ctx.workflowRun;
  if (!wr || !wr.id || !wr.headSha) {
    throw new InputError(
      process.env.GITHUB_EVENT_PATH ?? 'event payload',
      `the publish action runs on \`workflow_run\` events (this is \`${ctx.eventName || 'unknown'}\`): it posts what the triggering run computed`,
    );
  }
  const trust = triggeringRunTrust(ctx, inputs.trustForkResults);
  const outcome: RunPublishOutcome = { published: [], refused: [], trust };
  if (!trust.trusted) {
    log.notice(
      `Untrusted results: ${trust.reason}. A fail is posted as failure; a pass is posted as pending ("${UNTRUSTED_STATUS}") and the comment says the results were not verified. Run the gates in a trusted job (README "Security model") to turn the statuses green.`,
    );
  } else if (inputs.trustForkResults && /trust-fork-results/.test(trust.reason)) {
    log.warning(
      `${trust.reason}: a fork can forge a pass, and it will be posted as success (README "Security model").`,
    );
  }
  if (!inputs.token)
    throw new InputError(
      'token',
      'the publish action needs a token (actions: read, pull-requests: write, statuses: write)',
    );
  // the publish deadline: every request of this client is aborted when it passes, and the results
  // not yet posted are skipped with a warning (what was posted stands)
  const deadline = new AbortController();
  const timer =
    inputs.deadlineSeconds !== undefined
      ? setTimeout(() => deadline.abort(), inputs.deadlineSeconds * 1000)
      : undefined;
  timer?.unref?.();
  const client = createClient(inputs.token, {
    baseUrl: ctx.apiUrl,
    log,
    timeoutSeconds: inputs.timeoutSeconds,
    signal: deadline.signal,
  });
  try {
    return await publishRun(client, inputs, ctx, wr, outcome, log, deadline.signal);
  } catch (e) {
    if (!deadline.signal.aborted) throw e;
    log.warning(
      `publish-deadline of ${inputs.deadlineSeconds} s passed (${(e as Error).message}): ${outcome.published.length} result(s) posted, the rest not; what was posted stands`,
    );
    return outcome;
  } finally {
    clearTimeout(timer);
  }
}

async function publishRun(
  client: GitHubClient,
  inputs: PublishInputs,
  ctx: GitHubContext,
  wr: NonNullable<GitHubContext['workflowRun']>,
  outcome: RunPublishOutcome,
  log: Log,
  deadline: AbortSignal,
): Promise<RunPublishOutcome> {
  const pattern = globToRegExp(inputs.artifactPattern || 'perf-gates-*');

  const artifacts = (await listRunArtifacts(client, ctx, wr.id)).filter(
    (a) => pattern.test(a.name) && !a.expired,
  );
  if (artifacts.length === 0) {
    log.warning(
      `Run ${wr.id} has no artifacts matching ${inputs.artifactPattern || 'perf-gates-*'}: nothing to publish.`,
    );
    return outcome;
  }

  const files = await downloadResults(artifacts, inputs, ctx, wr, outcome, log);

  // the pull request each result names, and its current head
  const prHeads = new Map<number, string | undefined>();
  const guard = new WriteGuard(log);
  for (const [i, f] of files.entries()) {
    if (deadline.aborted) {
      log.warning(
        `publish-deadline of ${inputs.deadlineSeconds} s passed: ${files.length - i} result(s) not posted (${files
          .slice(i)
          .map((x) => x.file)
          .join(', ')}); what was posted stands`,
      );
      break;
    }
    const c = f.context;
    const refuse = (reason: string) => {
      outcome.refused.push({ file: f.file, reason });
      log.warning(`Refused ${f.file}: ${reason}`);
    };
    if (c.repository !== ctx.repository) {
      refuse(`it was computed for ${c.repository}, not ${ctx.repository}`);
      continue;
    }
    if (c.head_sha !== wr.headSha) {
      refuse(`its head_sha ${c.head_sha} is not the triggering run's head SHA ${wr.headSha}`);
      continue;
    }
    const prNumber = c.pr_number ?? wr.pullRequests[0]?.number;
    if (!prNumber) {
      refuse('it names no pull request and the triggering run has none');
      continue;
    }
    if (wr.pullRequests.length > 0 && !wr.pullRequests.some((p) => p.number === prNumber)) {
      refuse(`it names pull request #${prNumber}, which did not trigger run ${wr.id}`);
      continue;
    }
    if (!prHeads.has(prNumber)) {
      const head = await guard.attempt(`pull request #${prNumber} lookup`, () =>
        pullRequestHead(client, ctx, prNumber),
      );
      prHeads.set(prNumber, head);
    }
    const prHead = prHeads.get(prNumber);
    if (!prHead) {
      refuse(`pull request #${prNumber} could not be read, so its head SHA cannot be checked`);
      continue;
    }
    if (prHead !== c.head_sha) {
      refuse(`pull request #${prNumber} is now at ${prHead}, not ${c.head_sha}: the results are stale`);
      continue;
    }
    const prCtx: GitHubContext = {
      ...ctx,
      prNumber,
      headSha: c.head_sha,
      runUrl:
        wr.htmlUrl ??
        (ctx.repository ? `${ctx.serverUrl}/${ctx.repository}/actions/runs/${wr.id}` : undefined),
      isFork: false,
    };
    const artifactName = f.file.split('/')[0];
    const job = c.job || artifactName.replace(/^perf-gates-[a-z]+-/, '') || 'job';
    await publishInContext(
      client,
      prCtx,
      f.result,
      {
        token: inputs.token,
        comment: inputs.comment,
        status: inputs.status,
        job,
        artifactName,
        commentAuthor: inputs.commentAuthor,
        untrusted: !outcome.trust.trusted,
      },
      log,
      guard,
    );
    outcome.published.push({
      file: f.file,
      gate: f.result.gate,
      job,
      verdict: f.result.verdict,
      trusted: outcome.trust.trusted,
    });
  }
  return outcome;
}
