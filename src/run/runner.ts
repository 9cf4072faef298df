// One gate run, the same for the action steps and `perf-gates gate`: read every input (nothing is
// written until all of them parsed), evaluate, write the evidence, report, publish.
import os from 'node:os';
import path from 'node:path';
import {
  GATE_NUMBER,
  GATE_TITLES,
  PHASE_START,
  failureText,
  gateResultFile,
  makeResult,
  criterion,
  phaseComplete,
  rayError,
} from '../gates/common.js';
import type { ArtifactFile, GateName, GateResult, VerifiedBy } from '../model.js';
import { FORMATS, InputError } from '../model.js';
import { parseInputs, wouldPublish, type Inputs } from '../inputs.js';
import { renderJobSummary } from '../report/overview.js';
import {
  evidenceSubfolders,
  manifestEntries,
  MANIFEST,
  removeDir,
  stageArtifact,
  SUMS,
  withEvidenceLock,
  EvidenceWriteError,
} from '../io/evidence.js';
import { jsonFileProblem, readJsonIfPresent } from '../io/files.js';
import type { GitHubSide, Host } from '../io/host.js';
import { VERSION } from '../version.js';
import { evaluateGate, type EvaluatedGate } from './evaluate.js';
import { gitContext } from './evidence.js';
import { GitHubBudget, within } from './deadline.js';
import { EXECUTION_LOG, ExecutionLog } from './execution-log.js';

export { VERSION };

/** What the runner needs from its host (the Actions runner, or a terminal). */
export type { GitHubSide, Host };

function verifiedBy(env: Record<string, string | undefined>): VerifiedBy {
  const v: VerifiedBy = { tool: `perf-gates ${VERSION}` };
  if (env.GITHUB_ACTIONS === 'true') {
    if (env.GITHUB_ACTOR) v.actor = env.GITHUB_ACTOR;
    if (env.GITHUB_WORKFLOW) v.workflow = env.GITHUB_WORKFLOW;
    if (env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
      v.run_url = `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
    }
  } else {
    try {
      v.user = os.userInfo().username;
    } catch {
      v.user = env.USER ?? 'unknown';
    }
    v.host = os.hostname();
  }
  return v;
}

/** The GateResult for bad input: verdict error, the reader's message as the reason. */
export function errorResult(gate: GateName, e: unknown, now: string): GateResult {
  const msg = e instanceof Error ? e.message : String(e);
  const r = makeResult(gate, [criterion('inputs readable and valid', false, true, 'error', msg)], {
    now,
    verifiedBy: { tool: `perf-gates ${VERSION}` },
    inputs: [],
  });
  return r;
}

function mainReport(gate: GateName): string {
  return {
    baseline: 'performance-intake-report.json',
    diagnostics: 'load-test-results.json',
    optimization: 'optimization-validation-report.json',
    governance: 'PERFORMANCE-REPORT.md',
    compare: 'compare-report.json',
  }[gate];
}

export interface GateRun {
  result: GateResult;
  failed: boolean;
  written: string[];
  /** the evidence could not be written (the verdict still stands) */
  evidenceError?: string;
}

/** Run one gate end to end. Never throws for bad input: that is verdict `error`. */
/**
 * Where a gate's results go. By default the section of the PR comment is the job (GITHUB_JOB)
 * and the status context is `perf-gates/<gate>`. In a matrix every leg has the same GITHUB_JOB,
 * so a leg names itself through `artifact-name` (which must be unique in the run anyway): its
 * section and its status context then carry that name, and legs never overwrite each other.
 */
export function placement(
  gate: GateName,
  inputs: Inputs,
  env: Record<string, string | undefined>,
  all: boolean,
) {
  const job = env.GITHUB_JOB || 'local';
  const given = inputs['artifact-name'];
  if (!given) return { artifactName: `perf-gates-${gate}-${job}`, job, statusContext: gate };
  // The root action runs four gates: one artifact each, so the given name gets the gate appended.
  const artifactName = all ? `${given}-${gate}` : given;
  const leg = given.replace(new RegExp(`^perf-gates-(${gate}-)?`), '') || given;
  return { artifactName, job: `${job}-${leg}`, statusContext: `${gate} (${leg})` };
}

/**
 * The gate's artifacts and its result file with the execution log (their artifact-written events,
 * then what `complete` adds), for governance the manifest too, in one all-or-nothing write under
 * one hold of the folder's lock. The manifest is computed from SHA256SUMS with this write's files
 * in it, and lists the execution log as it stands before the manifest's own events (append-only:
 * `verify` checks those first bytes). Throws EvidenceWriteError; the folder is then as it was.
 */
async function writeGateEvidence(
  gate: GateName,
  dir: string,
  outcome: EvaluatedGate,
  now: string,
  vb: VerifiedBy,
  env: Record<string, string | undefined>,
  artifactName: string,
  log: ExecutionLog,
  complete: () => void,
): Promise<string[]> {
  const ctxFile: ArtifactFile = {
    name: gateResultFile(gate),
    content:
      JSON.stringify(
        {
          ...outcome.result,
          context: { ...gitContext(env), artifact_name: artifactName },
          generated_at: now,
          verified_by: vb,
          inputs: outcome.inputs,
        },
        null,
        2,
      ) + '\n',
  };
  const files = [...outcome.artifacts, ctxFile];
  const written = files.map((f) => f.name);
  if (gate === 'governance') written.push(MANIFEST);
  const manifestFor = async (logNow: ArtifactFile): Promise<ArtifactFile[]> => {
    const entries = await manifestEntries(dir, { now, verifiedBy: vb }, [...files, logNow]);
    // evidence downloaded from the other jobs' artifacts (governance in a job of its own)
    // belongs in the manifest too, unless the same file is already listed at the top
    const listed = new Set(entries.map((e) => `${path.basename(e.path)}\0${e.sha256}`));
    for (const sub of await evidenceSubfolders(dir)) {
      for (const e of await manifestEntries(path.join(dir, sub), { now, verifiedBy: vb })) {
        if (listed.has(`${e.path}\0${e.sha256}`)) continue;
        entries.push({ ...e, path: `${sub}/${e.path}` });
      }
    }
    const manifest = {
      protocol: 'protocol-18-performance-optimization',
      artifacts: entries,
      execution_log: {
        path: EXECUTION_LOG,
        note: 'append-only: listed here as it stood when the manifest was written (bytes, sha256 of those bytes); the events after it (this manifest written, phase complete, upload, publish) are covered by SHA256SUMS',
      },
      generated_at: now,
      verified_by: vb,
      inputs: entries.map((e) => ({ path: e.path, sha256: e.sha256 })),
    };
    return [{ name: MANIFEST, content: JSON.stringify(manifest, null, 2) + '\n' }];
  };
  await withEvidenceLock(dir, () =>
    log.writeWith(dir, files, { then: gate === 'governance' ? manifestFor : undefined, more: complete }),
  );
  return written;
}

/** The step's outputs of one gate (the artifact id is set once the upload is done). */
function setGateOutputs(
  gate: GateName,
  result: GateResult,
  written: string[],
  inputs: Inputs,
  host: Host,
): void {
  host.setOutput('verdict', result.verdict);
  host.setOutput('score', result.score === null ? '' : String(result.score));
  host.setOutput(
    'improvement-pct',
    result.improvementPct === undefined || result.improvementPct === null
      ? ''
      : String(result.improvementPct),
  );
  host.setOutput(
    'regression-count',
    result.regressionCount === undefined || result.regressionCount === null
      ? ''
      : String(result.regressionCount),
  );
  host.setOutput(
    'report-path',
    written.includes(mainReport(gate)) ? path.join(inputs['artifacts-dir'], mainReport(gate)) : '',
  );
}

/** Uploads the gate's evidence as its artifact; its id, or '' (a failed upload is a warning). */
async function uploadEvidence(
  dir: string,
  written: string[],
  artifactName: string,
  result: GateResult,
  inputs: Inputs,
  host: Host,
  log: ExecutionLog,
): Promise<string> {
  let artifactId = '';
  if (host.github && inputs.upload && written.length) {
    try {
      const stage = await stageArtifact(dir, written, host.env.RUNNER_TEMP);
      try {
        const gh = host.github;
        const up = await within(inputs['publish-deadline'], `upload of artifact ${artifactName}`, () =>
          gh.upload(artifactName, stage, [...written, SUMS]),
        );
        if (up?.id !== undefined) artifactId = String(up.id);
      } finally {
        await removeDir(stage);
      }
      log.add('artifact-uploaded', { name: artifactName, id: artifactId || null, files: written.length });
    } catch (e) {
      const msg = rayError(
        'uploading the evidence artifact',
        `artifact ${artifactName} was not uploaded: ${(e as Error).message}; the verdict (${result.verdict}) stands and the evidence is in ${inputs['artifacts-dir']}`,
      );
      host.warning(msg);
      log.add('error', { announcement: msg });
    }
  }
  return artifactId;
}

export async function runOneGate(
  gate: GateName,
  inputs: Inputs,
  host: Host,
  all = false,
  budget = new GitHubBudget(inputs['publish-deadline']),
): Promise<GateRun> {
  const now = new Date().toISOString();
  const vb = verifiedBy(host.env);
  const dir = path.resolve(host.cwd, inputs['artifacts-dir']);
  const where = placement(gate, inputs, host.env, all);
  const { artifactName, job } = where;
  let result: GateResult;
  let written: string[] = [];
  let evidenceError: string | undefined;
  let announcement = '';
  const log = new ExecutionLog(gate);
  log.add('phase-start', { announcement: PHASE_START[gate] });
  await host.group(`${PHASE_START[gate]}`, async () => {
    let outcome: Awaited<ReturnType<typeof evaluateGate>> | undefined;
    try {
      outcome = await evaluateGate(gate, inputs, host, { now, verifiedBy: vb }, budget);
      result = outcome.result;
      log.inputs(outcome.inputs);
      if (outcome.waivers.file) log.add('waivers-read', { ...outcome.waivers.file });
      if (outcome.waivers.approvals) log.add('approvals-read', { ...outcome.waivers.approvals });
      log.criteria(result);
    } catch (e) {
      if (!(e instanceof Error)) throw e;
      result = errorResult(gate, e, now);
      const file = e instanceof InputError ? e.file : undefined;
      const line = e instanceof InputError ? e.line : undefined;
      host.error(`${gate}: ${(e as Error).message}`, file, line);
      announcement = rayError(
        `${GATE_TITLES[gate]} (${e instanceof InputError ? 'reading the inputs' : 'writing the evidence'})`,
        e.message,
      );
      host.error(announcement);
      log.add('error', { announcement });
      // a folder that already holds a log gets the error too; a fresh folder stays empty
      try {
        await log.flush(dir, { onlyIfPresent: true });
      } catch (le) {
        host.warning(`could not append to ${EXECUTION_LOG}: ${(le as Error).message}`);
      }
    }
    if (outcome) {
      result = outcome.result;
      // Writing the evidence is not reading the inputs: a full disk or a read-only folder is its
      // own outcome. The verdict computed above stands (printed, set as an output, deciding the
      // step); the message says the evidence could not be written; nothing half-written stays.
      try {
        const verdict = result.verdict;
        written = await writeGateEvidence(gate, dir, outcome, now, vb, host.env, artifactName, log, () => {
          announcement = phaseComplete(gate, verdict, true);
          log.add('phase-complete', { verdict, announcement });
        });
        written.push(EXECUTION_LOG);
      } catch (e) {
        if (!(e instanceof EvidenceWriteError)) throw e;
        written = [];
        evidenceError = e.message;
        announcement = rayError(`${GATE_TITLES[gate]} (writing the evidence)`, e.message);
        host.error(
          `${gate}: the verdict is ${result.verdict}, but the ${e.message}; no evidence of this gate was kept`,
        );
      }
    }
    logResult(result!, host);
    if (announcement.startsWith('[PHASE')) host.info(announcement);
  });
  result = result!;
  const failed = inputs['fail-on'].includes(result.verdict);
  setGateOutputs(gate, result, written, inputs, host);
  const artifactId = await uploadEvidence(dir, written, artifactName, result, inputs, host, log);
  host.setOutput('artifact-id', artifactId);
  await host.summary(
    renderJobSummary(result, {
      job,
      runUrl: vb.run_url,
      artifactName: written.length ? artifactName : undefined,
      evidence: { dir: inputs['artifacts-dir'], files: written.length },
      notice: host.github && forkPullRequest(host.env) ? FORK_NOTICE : undefined,
    }) + (evidenceError ? `\nEvidence: none (${evidenceError}).\n` : ''),
  );
  // nothing asked for (comment off, status off): nothing published, nothing logged as published
  if (host.github && !budget.blocked && wouldPublish(inputs)) {
    try {
      const gh = host.github;
      await budget.run('publishing the PR comment and commit status', (signal) =>
        gh.publish(result, inputs, where, signal),
      );
      log.add('published', { status_context: `perf-gates/${where.statusContext}`, comment: inputs.comment });
    } catch (e) {
      const msg = rayError(
        'publishing to GitHub',
        `could not publish to GitHub: ${(e as Error).message}; the verdict (${result.verdict}) stands`,
      );
      host.warning(msg);
      log.add('error', { announcement: msg });
    }
  }
  // upload and publish outcomes go to the folder's log (the uploaded copy ends before them)
  if (log.size && written.length)
    try {
      await log.flush(dir, { onlyIfPresent: true });
    } catch (e) {
      host.warning(`could not append to ${EXECUTION_LOG}: ${(e as Error).message}`);
    }
  if (result.verdict === 'waived') host.warning(`${result.title}: waived — ${result.failure?.actual ?? ''}`);
  return { result, failed, written, evidenceError };
}

export const FORK_NOTICE =
  "This pull request comes from a fork, so this job's token is read-only: the PR comment and the commit status are not written by this job. The `publish` action of a `workflow_run` workflow posts them from this run's artifacts.";

/** A pull request from another repository (the same test as the GitHub adapter's context). */
export function forkPullRequest(env: Record<string, string | undefined>): boolean {
  const ev = readJsonIfPresent(env.GITHUB_EVENT_PATH) as
    | {
        repository?: { full_name?: string };
        pull_request?: {
          head?: { repo?: { full_name?: string } | null };
          base?: { repo?: { full_name?: string } };
        };
      }
    | undefined;
  const pr = ev && typeof ev === 'object' ? ev.pull_request : undefined;
  if (!pr || typeof pr !== 'object') return false;
  const base = ev?.repository?.full_name ?? pr.base?.repo?.full_name ?? env.GITHUB_REPOSITORY;
  const head = pr.head?.repo?.full_name;
  return !head || head !== base;
}

function logResult(result: GateResult, host: Host): void {
  host.info(
    `${result.title}: ${result.verdict.toUpperCase()}${result.score !== null ? ` (score ${result.score}%)` : ''}`,
  );
  for (const c of result.criteria) {
    const line = `  [${c.verdict}] ${c.name}: ${c.actual === null ? 'n/a' : String(c.actual)}${c.unit && c.unit !== '%' ? ` ${c.unit}` : (c.unit ?? '')}${
      c.threshold !== null ? ` (required ${String(c.threshold)}${c.unit === '%' ? '%' : ''})` : ''
    } - ${c.reason}${c.protocolReason ? ` [${c.protocolReason}]` : ''}`;
    if (c.verdict === 'fail' || c.verdict === 'error' || c.verdict === 'insufficient-data')
      host.error(line.trim());
    else if (c.verdict === 'waived') host.warning(line.trim());
    else host.info(line);
  }
  for (const n of result.notes) host.info(`  note: ${n}`);
  if (result.failure) host.info(failureText(result));
}

/** Run one gate or all four (root action / `gate all`). Returns the process exit code. */
export async function runGates(
  which: GateName | 'all',
  raw: Record<string, string | undefined>,
  host: Host,
): Promise<{ code: number; results: GateRun[] }> {
  let inputs: Inputs;
  try {
    inputs = parseInputs(raw);
    if (inputs.format !== 'auto' && !(FORMATS as readonly string[]).includes(inputs.format))
      throw new Error(`input format must be auto or one of ${FORMATS.join(', ')} (got "${inputs.format}")`);
  } catch (e) {
    host.error((e as Error).message);
    host.setOutput('verdict', 'error');
    return { code: 2, results: [] };
  }
  // the root action runs the gates of its input `gates` (default: the four protocol gates)
  const gates: GateName[] = which === 'all' ? [...inputs.gates] : [which];
  const results: GateRun[] = [];
  const budget = new GitHubBudget(inputs['publish-deadline']);
  // The event payload names the pull request and its head: unusable, nothing can be posted or
  // read from GitHub. One line says so; the gates run and their verdicts stand.
  const eventPath = host.env.GITHUB_EVENT_PATH;
  if (host.github && eventPath) {
    const problem = jsonFileProblem(eventPath);
    if (problem) {
      budget.blocked = `the event payload GITHUB_EVENT_PATH (${eventPath}) is ${problem}`;
      host.warning(
        `GITHUB_EVENT_PATH ${eventPath}: ${problem}; no PR comment, status or approvals read this run, the verdicts are not affected`,
      );
    }
  }
  for (const g of gates) results.push(await runOneGate(g, inputs, host, which === 'all', budget));
  if (which === 'all') {
    const worst = results.map((r) => r.result.verdict).sort((a, b) => SEV[b] - SEV[a])[0];
    host.setOutput('verdict', worst);
    const opt = results.find((r) => r.result.gate === 'optimization')?.result;
    host.setOutput('improvement-pct', opt?.improvementPct == null ? '' : String(opt.improvementPct));
    const reg = opt ?? results.find((r) => r.result.gate === 'compare')?.result;
    host.setOutput('regression-count', reg?.regressionCount == null ? '' : String(reg.regressionCount));
  }
  const failing = results.filter((r) => r.failed).map((r) => r.result.verdict);
  if (!failing.length) return { code: 0, results };
  // DESIGN section 7: 2 for bad input (error), 1 for fail / insufficient-data. The runner only looks at non-zero.
  return { code: failing.every((v) => v === 'error') ? 2 : 1, results };
}

const SEV: Record<string, number> = { pass: 0, waived: 1, 'insufficient-data': 2, fail: 3, error: 4 };

export { GATE_NUMBER };
