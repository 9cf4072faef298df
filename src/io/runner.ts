// One gate run, the same for the action steps and `perf-gates gate`: read every input (nothing is
// written until all of them parsed), evaluate, write the evidence, report, publish.
import os from 'node:os';
import path from 'node:path';
import { existsSync, promises as fsp, readFileSync } from 'node:fs';
import { defaultConfig, mergePlanIntoConfig, parseConfig, type PerfGatesConfig } from '../config/schema.js';
import { evaluateBaseline, type BaselineEvidence } from '../gates/baseline/evaluate.js';
import { evaluateDiagnostics, type DiagnosticsEvidence } from '../gates/diagnostics/evaluate.js';
import { evaluateOptimization, type OptimizationEvidence } from '../gates/optimization/evaluate.js';
import { evaluateGovernance, type GovernanceEvidence } from '../gates/governance/evaluate.js';
import {
  GATE_NUMBER,
  PHASE_START,
  failureText,
  gateResultFile,
  makeResult,
  criterion,
} from '../gates/common.js';
import type {
  ApprovalsDataset,
  ArtifactCheck,
  ArtifactFile,
  BaselineCsvDataset,
  EnvironmentApproval,
  GateContext,
  GateName,
  GateOutcome,
  GateResult,
  MarkdownDataset,
  NoiseDataset,
  OptimizationPlan,
  Run,
  SloDataset,
  SourceRef,
  TestDataset,
  VerifiedBy,
  Warning,
} from '../model.js';
import { InputError } from '../model.js';
import { parseInputs, type Inputs } from '../inputs.js';
import { renderGateSection } from '../report/markdown.js';
import {
  checkEvidence,
  formatSums,
  manifestEntries,
  MANIFEST,
  readSums,
  SUMS,
  writeEvidence,
} from './evidence.js';
import { readText } from './files.js';
import { tryParseMetricKey } from '../parsers/k6-summary/keys.js';
import { combineRuns, loadRuns, readExpected, type ReadOptions } from './runs.js';

import { VERSION } from '../version.js';

export { VERSION };

/** What the runner needs from its host (the Actions runner, or a terminal). */
export interface Host {
  readonly kind: 'action' | 'cli';
  info(s: string): void;
  notice(s: string): void;
  warning(s: string, file?: string, line?: number): void;
  error(s: string, file?: string, line?: number): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  setOutput(name: string, value: string): void;
  summary(markdown: string): Promise<void>;
  /** comment, status, artifact upload and approvals (Actions only) */
  github?: GitHubSide;
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface GitHubSide {
  publish(
    result: GateResult,
    inputs: Inputs,
    where: { artifactName: string; job: string; statusContext: string },
  ): Promise<void>;
  upload(name: string, dir: string, files: string[]): Promise<{ id?: number } | undefined>;
  download(dir: string, exclude: string[]): Promise<string[]>;
  approvals(inputs: Inputs): Promise<EnvironmentApproval[]>;
}

interface Collected {
  refs: SourceRef[];
  warnings: Warning[];
}

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

function addRefs(c: Collected, runs: Run[]): void {
  for (const r of runs) for (const f of r.files) c.refs.push({ path: f.path, sha256: f.sha256 });
}

async function optionalDoc<T>(
  file: string | undefined,
  formats: Parameters<typeof readExpected>[1],
  c: Collected,
  inputs: Inputs,
) {
  if (!file) return undefined;
  const r = await readExpected(file, formats, inputs.format as ReadOptions['format']);
  c.refs.push({ path: r.ref.path, sha256: r.ref.sha256 });
  c.warnings.push(...r.dataset.warnings);
  return { dataset: r.dataset as T, text: r.text };
}

async function runs(lines: string[], label: string, c: Collected, opts: ReadOptions): Promise<Run[]> {
  if (!lines.length) return [];
  const r = await loadRuns(lines, label, opts);
  addRefs(c, r.runs);
  c.warnings.push(...r.warnings);
  return r.runs;
}

export async function loadConfig(inputs: Inputs, host: Host, c: Collected): Promise<PerfGatesConfig> {
  const file = inputs.config;
  if (!file) return defaultConfig();
  const abs = path.resolve(host.cwd, file);
  if (!existsSync(abs)) {
    if (file === '.github/perf-gates.yml') return defaultConfig();
    throw new InputError(file, 'config file not found');
  }
  const { text, ref } = await readText(abs);
  c.refs.push({ path: file, sha256: ref.sha256 });
  return parseConfig(text, file);
}

function readOptions(inputs: Inputs, config: PerfGatesConfig, host: Host): ReadOptions {
  return { format: inputs.format as ReadOptions['format'], by: config.breakdown_tags, cwd: host.cwd };
}

/** Read everything one gate needs; throws InputError on bad input (before anything is written). */
async function evaluateGate(
  gate: GateName,
  inputs: Inputs,
  host: Host,
  ctxBase: Omit<GateContext, 'inputs'>,
): Promise<GateOutcome> {
  const c: Collected = { refs: [], warnings: [] };
  let config = await loadConfig(inputs, host, c);
  const ro = readOptions(inputs, config, host);
  const ctx = (): GateContext => ({ ...ctxBase, inputs: dedupe(c.refs) });
  let outcome: GateOutcome;
  switch (gate) {
    case 'baseline': {
      const k6 = await runs(inputs['baseline-k6'], 'baseline', c, ro);
      const bench = await runs(inputs['baseline-benchmark'], 'baseline benchmark', c, ro);
      const csv = await optionalDoc<BaselineCsvDataset>(inputs['baseline-csv'], ['baseline-csv'], c, inputs);
      const hyp = await optionalDoc<MarkdownDataset>(inputs.hypotheses, ['markdown'], c, inputs);
      const pytest = await optionalDoc<TestDataset>(
        inputs['pytest-report'],
        ['pytest-json-report', 'junit-xml'],
        c,
        inputs,
      );
      if (csv) csv.dataset.text = csv.text; // copied byte for byte into the evidence
      const ev: BaselineEvidence = {
        runs: combineRuns(k6, bench),
        csv: csv?.dataset,
        hypotheses: hyp?.dataset,
        pytest: pytest?.dataset,
      };
      outcome = evaluateBaseline(ev, config, ctx());
      break;
    }
    case 'diagnostics': {
      const lines = inputs['load-test-k6'].length ? inputs['load-test-k6'] : inputs['baseline-k6'];
      const k6 = await runs(lines, 'load test', c, ro);
      const prof = await optionalDoc<MarkdownDataset>(inputs['profiling-report'], ['markdown'], c, inputs);
      const cap = await optionalDoc<MarkdownDataset>(inputs['capacity-analysis'], ['markdown'], c, inputs);
      const ev: DiagnosticsEvidence = { runs: k6, profiling: prof?.dataset, capacity: cap?.dataset };
      outcome = evaluateDiagnostics(ev, config, ctx());
      break;
    }
    case 'optimization': {
      const plan = await optionalDoc<OptimizationPlan>(inputs.plan, ['optimization-plan'], c, inputs);
      if (plan) config = mergePlanIntoConfig(config, plan.dataset);
      const roPlan: ReadOptions = { ...ro, filters: planFilters(config) };
      const base = combineRuns(
        await runs(inputs['baseline-k6'], 'baseline', c, roPlan),
        await runs(inputs['baseline-benchmark'], 'baseline benchmark', c, roPlan),
      );
      const cand = combineRuns(
        await runs(inputs['candidate-k6'], 'candidate', c, roPlan),
        await runs(inputs['candidate-benchmark'], 'candidate benchmark', c, roPlan),
      );
      const pytest = await optionalDoc<TestDataset>(
        inputs['pytest-report'],
        ['pytest-json-report', 'junit-xml'],
        c,
        inputs,
      );
      const noisePath = inputs.noise ?? config.noise;
      const noise = await optionalDoc<NoiseDataset>(noisePath, ['noise'], c, inputs);
      let approvals: EnvironmentApproval[] | undefined;
      if (inputs.approvals)
        approvals = (await optionalDoc<ApprovalsDataset>(inputs.approvals, ['approvals'], c, inputs))?.dataset
          .approvals;
      else if (config.optimization.plan_role && host.github) approvals = await host.github.approvals(inputs);
      const ev: OptimizationEvidence = {
        baseline: base,
        candidate: cand,
        pytest: pytest?.dataset,
        plan: plan?.dataset,
        planText: plan?.text,
        noise: noise?.dataset.noise,
        approvals,
      };
      outcome = evaluateOptimization(ev, config, ctx());
      break;
    }
    case 'governance': {
      const dir = path.resolve(host.cwd, inputs['artifacts-dir']);
      if (host.github) {
        const got = await host.github.download(dir, []);
        if (got.length) host.info(`Downloaded evidence of this run: ${got.join(', ')}`);
      }
      const found = await collectEvidence(dir);
      const slo = await optionalDoc<SloDataset>(inputs['slo-updates'], ['slo-updates'], c, inputs);
      const log = await optionalDoc<MarkdownDataset>(inputs['instrumentation-log'], ['markdown'], c, inputs);
      let approvals: GovernanceEvidence['approvals'];
      if (inputs.approvals) {
        const a = await optionalDoc<ApprovalsDataset>(inputs.approvals, ['approvals'], c, inputs);
        approvals = {
          approvals: a?.dataset.approvals ?? [],
          source: 'file',
          path: inputs.approvals,
          observedAt: ctxBase.now,
        };
      } else if (host.github) {
        try {
          approvals = {
            approvals: await host.github.approvals(inputs),
            source: 'api',
            observedAt: ctxBase.now,
          };
        } catch (e) {
          approvals = { approvals: [], source: 'api', observedAt: ctxBase.now, error: (e as Error).message };
        }
      }
      for (const r of found.refs) c.refs.push(r);
      const ev: GovernanceEvidence = {
        checks: found.checks,
        results: found.results,
        artifacts: found.texts,
        slo: slo?.dataset,
        instrumentationLog: log?.dataset,
        approvals,
      };
      outcome = evaluateGovernance(ev, config, ctx());
      break;
    }
  }
  outcome.result.notes.push(
    ...c.warnings.map((w) => `${w.file}${w.line !== undefined ? `:${w.line}` : ''}: ${w.message}`),
  );
  // reader warnings (a truncated last line, a rejected CSV row, a file a glob matched but no reader
  // takes) are annotations on the file and line, not only notes in the report (DESIGN section 5)
  for (const w of c.warnings) host.warning(w.message, w.file, w.line);
  return outcome;
}

function planFilters(config: PerfGatesConfig): Record<string, string>[] {
  const names = [
    config.optimization.target?.name,
    ...(config.optimization.tracked ?? []).map((t) => t.name),
  ].filter((n): n is string => !!n);
  const out: Record<string, string>[] = [];
  for (const n of names) {
    // single tags are breakdown entries already; combined tags become filters like submetrics
    const { tags } = tryParseMetricKey(n);
    if (Object.keys(tags).length > 1) out.push(tags);
  }
  return out;
}

function dedupe(refs: SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.path}\0${r.sha256}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Earlier gates' evidence: the artifacts dir and any downloaded artifact folders inside it. */
async function collectEvidence(dir: string): Promise<{
  checks: ArtifactCheck[];
  results: GateResult[];
  texts: Record<string, string>;
  refs: SourceRef[];
}> {
  const checks: ArtifactCheck[] = [];
  const results: GateResult[] = [];
  const texts: Record<string, string> = {};
  const refs: SourceRef[] = [];
  if (!existsSync(dir)) return { checks, results, texts, refs };
  const dirs: { abs: string; prefix: string }[] = [{ abs: dir, prefix: '' }];
  for (const sub of await evidenceSubfolders(dir)) dirs.push({ abs: path.join(dir, sub), prefix: `${sub}/` });
  // A file keeps its own name (what governance looks for: `baseline-metrics.csv`) where it is
  // first found: at the top (this job wrote it) or in a downloaded artifact (governance in a job of
  // its own). Further copies (same job: the artifacts of the steps before; matrix jobs) are named
  // with their artifact folder, and every copy is verified.
  const named = new Set<string>();
  for (const d of dirs) {
    const found = await checkEvidence(d.abs);
    if (!found) continue;
    for (const ch of found.checks) {
      if (ch.name === MANIFEST) continue;
      const first = !named.has(ch.name);
      named.add(ch.name);
      checks.push({
        ...ch,
        name: first ? ch.name : d.prefix + ch.name,
        ...(ch.reason && d.prefix ? { reason: `${ch.reason} (in artifact ${d.prefix.slice(0, -1)})` } : {}),
      });
      if (!ch.present) continue;
      refs.push({ path: path.join(d.abs, ch.name), sha256: ch.actual ?? '' });
      const text = await fsp.readFile(path.join(d.abs, ch.name), 'utf8');
      if (!(ch.name in texts) || d.prefix === '') texts[ch.name] = text;
      if (/^gate-\d-[a-z]+\.json$/.test(ch.name) && ch.ok) {
        try {
          const doc = JSON.parse(text) as GateResult;
          if (doc.gate !== 'governance') results.push(doc);
        } catch {
          checks.push({
            name: d.prefix + ch.name,
            present: true,
            ok: false,
            reason: `${ch.name} is not valid JSON`,
          });
        }
      }
    }
  }
  return { checks, results, texts, refs };
}

/** Folders inside the evidence folder that hold evidence of their own (downloaded artifacts). */
async function evidenceSubfolders(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await fsp.readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, SUMS)))
    .map((e) => e.name)
    .sort();
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
  }[gate];
}

export interface GateRun {
  result: GateResult;
  failed: boolean;
  written: string[];
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

export async function runOneGate(gate: GateName, inputs: Inputs, host: Host, all = false): Promise<GateRun> {
  const now = new Date().toISOString();
  const vb = verifiedBy(host.env);
  const dir = path.resolve(host.cwd, inputs['artifacts-dir']);
  const where = placement(gate, inputs, host.env, all);
  const { artifactName, job } = where;
  let result: GateResult;
  let written: string[] = [];
  await host.group(`${PHASE_START[gate]}`, async () => {
    try {
      const outcome = await evaluateGate(gate, inputs, host, { now, verifiedBy: vb });
      result = outcome.result;
      const ctxFile: ArtifactFile = {
        name: gateResultFile(gate),
        content:
          JSON.stringify(
            {
              ...result,
              context: gitContext(host.env),
              generated_at: now,
              verified_by: vb,
              inputs: [],
            },
            null,
            2,
          ) + '\n',
      };
      const files = [...outcome.artifacts, ctxFile];
      const w = await writeEvidence(dir, files);
      written = w.map((x) => x.name);
      if (gate === 'governance') {
        const entries = await manifestEntries(dir, { now, verifiedBy: vb });
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
          generated_at: now,
          verified_by: vb,
          inputs: entries.map((e) => ({ path: e.path, sha256: e.sha256 })),
        };
        await writeEvidence(dir, [{ name: MANIFEST, content: JSON.stringify(manifest, null, 2) + '\n' }]);
        written.push(MANIFEST);
      }
    } catch (e) {
      if (!(e instanceof Error)) throw e;
      result = errorResult(gate, e, now);
      const file = e instanceof InputError ? e.file : undefined;
      const line = e instanceof InputError ? e.line : undefined;
      host.error(`${gate}: ${(e as Error).message}`, file, line);
    }
    logResult(result!, host);
  });
  result = result!;
  const failed = inputs['fail-on'].includes(result.verdict);
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
  let artifactId = '';
  if (host.github && inputs.upload && written.length) {
    try {
      const stage = await stageArtifact(dir, written, host.env.RUNNER_TEMP);
      try {
        const up = await host.github.upload(artifactName, stage, [...written, SUMS]);
        if (up?.id !== undefined) artifactId = String(up.id);
      } finally {
        await fsp.rm(stage, { recursive: true, force: true });
      }
    } catch (e) {
      host.warning(`artifact upload failed: ${(e as Error).message}`);
    }
  }
  host.setOutput('artifact-id', artifactId);
  const section = renderGateSection(result, {
    job,
    runUrl: vb.run_url,
    artifactName: written.length ? artifactName : undefined,
  });
  await host.summary(
    section +
      (written.length
        ? `\nEvidence: \`${inputs['artifacts-dir']}\` (${written.length} files, SHA256SUMS beside them)\n`
        : ''),
  );
  if (host.github) {
    try {
      await host.github.publish(result, inputs, where);
    } catch (e) {
      host.warning(`could not publish to GitHub: ${(e as Error).message}`);
    }
  }
  if (result.verdict === 'waived') host.warning(`${result.title}: waived — ${result.failure?.actual ?? ''}`);
  return { result, failed, written };
}

/**
 * One gate's artifact: copies of the files it wrote and a SHA256SUMS listing exactly those. The
 * folder's own SHA256SUMS also lists the earlier gates' files, which travel in their own artifacts:
 * uploaded as is, it would name files the artifact does not hold, and governance (which downloads
 * every perf-gates-* artifact of the run and verifies each) would report them missing.
 */
async function stageArtifact(dir: string, files: string[], tempRoot?: string): Promise<string> {
  const stage = await fsp.mkdtemp(path.join(tempRoot || os.tmpdir(), 'perf-gates-artifact-'));
  const all = (await readSums(dir)) ?? new Map<string, string>();
  const mine = new Map<string, string>();
  for (const f of files) {
    await fsp.copyFile(path.join(dir, f), path.join(stage, f));
    const hex = all.get(f);
    if (hex) mine.set(f, hex);
  }
  await fsp.writeFile(path.join(stage, SUMS), formatSums(mine));
  return stage;
}

function gitContext(env: Record<string, string | undefined>) {
  let prNumber: number | undefined;
  let headSha: string | undefined;
  try {
    if (env.GITHUB_EVENT_PATH && existsSync(env.GITHUB_EVENT_PATH)) {
      const ev = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
        pull_request?: { number?: number; head?: { sha?: string } };
      };
      prNumber = ev.pull_request?.number;
      headSha = ev.pull_request?.head?.sha;
    }
  } catch {
    // no event payload: local run
  }
  return {
    repository: env.GITHUB_REPOSITORY ?? null,
    pr_number: prNumber ?? null,
    head_sha: headSha ?? env.GITHUB_SHA ?? null,
    run_id: env.GITHUB_RUN_ID ?? null,
    job: env.GITHUB_JOB ?? null,
    event: env.GITHUB_EVENT_NAME ?? null,
  };
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

const ORDER: GateName[] = ['baseline', 'diagnostics', 'optimization', 'governance'];

/** Run one gate or all four (root action / `gate all`). Returns the process exit code. */
export async function runGates(
  which: GateName | 'all',
  raw: Record<string, string | undefined>,
  host: Host,
): Promise<{ code: number; results: GateRun[] }> {
  let inputs: Inputs;
  try {
    inputs = parseInputs(raw);
  } catch (e) {
    host.error((e as Error).message);
    host.setOutput('verdict', 'error');
    return { code: 2, results: [] };
  }
  const gates = which === 'all' ? ORDER : [which];
  const results: GateRun[] = [];
  for (const g of gates) results.push(await runOneGate(g, inputs, host, which === 'all'));
  if (which === 'all') {
    const worst = results.map((r) => r.result.verdict).sort((a, b) => SEV[b] - SEV[a])[0];
    host.setOutput('verdict', worst);
    const opt = results.find((r) => r.result.gate === 'optimization')?.result;
    host.setOutput('improvement-pct', opt?.improvementPct == null ? '' : String(opt.improvementPct));
    host.setOutput('regression-count', opt?.regressionCount == null ? '' : String(opt.regressionCount));
  }
  const failing = results.filter((r) => r.failed).map((r) => r.result.verdict);
  if (!failing.length) return { code: 0, results };
  // DESIGN section 7: 2 for bad input (error), 1 for fail / insufficient-data. The runner only looks at non-zero.
  return { code: failing.every((v) => v === 'error') ? 2 : 1, results };
}

const SEV: Record<string, number> = { pass: 0, waived: 1, 'insufficient-data': 2, fail: 3, error: 4 };

export { GATE_NUMBER };
