// Step 1 and 2 of a gate's run: load what the gate needs (config, runs, documents, the earlier
// gates' evidence), each file hashed as it is read, then evaluate the gate on it. Bad input throws
// an InputError naming the file and line before anything is written.
// What a run may not need loads when it does (start-up, issue 18): the config schema (zod, yaml)
// only with a config file, the readers only with files to read, each gate's code only for that
// gate; the static imports here are what every gate's run uses.
import { GitHubBudget } from './deadline.js';
import path from 'node:path';
import type { PerfGatesConfig } from '../config/schema.js';
import { defaultConfig } from '../config/defaults.js';
import type { BaselineEvidence } from '../gates/baseline/evaluate.js';
import type { DiagnosticsEvidence } from '../gates/diagnostics/evaluate.js';
import type { OptimizationEvidence } from '../gates/optimization/evaluate.js';
import type { GovernanceEvidence } from '../gates/governance/evaluate.js';
import { collectEvidence, gitContext } from './evidence.js';
import type {
  ApprovalsDataset,
  Format,
  BaselineCsvDataset,
  EnvironmentApproval,
  GateContext,
  GateName,
  GateOutcome,
  MarkdownDataset,
  NoiseDataset,
  OptimizationPlan,
  Run,
  SloDataset,
  SourceRef,
  TeamMembership,
  TestDataset,
  Warning,
} from '../model.js';
import { InputError } from '../model.js';
import { type Inputs } from '../inputs.js';
import { pathExists, readText } from '../io/files.js';
import type { Host } from '../io/host.js';
import { tryParseMetricKey } from '../parsers/k6-summary/keys.js';

import type { ReadOptions } from './load.js';
import { combineRuns } from './combine.js';
import { loadIntake } from './intake.js';
import { readWaivers, type WaiversRead } from './waivers.js';
import { lookupTeams } from './teams.js';
import type { CompareReaders, CompareStep } from './compare.js';

/** Inside GitHub Actions only GitHub's answers approve: a file is what anyone can write. */
export const APPROVALS_FILE_IN_ACTIONS =
  "an approvals file is not accepted inside GitHub Actions: approvals come only from GitHub's run-approvals API (GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals); remove the input (the CLI accepts the file and labels it self-attested)";

interface Collected {
  refs: SourceRef[];
  warnings: Warning[];
}

function addRefs(c: Collected, runs: Run[]): void {
  for (const r of runs) for (const f of r.files) c.refs.push({ path: f.path, sha256: f.sha256 });
}

async function optionalDoc<T>(file: string | undefined, formats: Format[], c: Collected, inputs: Inputs) {
  if (!file) return undefined;
  const { readExpected } = await import('./load.js');
  const r = await readExpected(file, formats, inputs.format as ReadOptions['format']);
  c.refs.push({ path: r.ref.path, sha256: r.ref.sha256 });
  c.warnings.push(...r.dataset.warnings);
  return { dataset: r.dataset as T, text: r.text };
}

async function runs(lines: string[], label: string, c: Collected, opts: ReadOptions): Promise<Run[]> {
  if (!lines.length) return [];
  const { loadRuns } = await import('./load.js');
  const r = await loadRuns(lines, label, opts);
  addRefs(c, r.runs);
  c.warnings.push(...r.warnings);
  return r.runs;
}

export async function loadConfig(inputs: Inputs, host: Host, c: Collected): Promise<PerfGatesConfig> {
  const file = inputs.config;
  if (!file) return defaultConfig();
  const abs = path.resolve(host.cwd, file);
  if (!pathExists(abs)) {
    if (file === '.github/perf-gates.yml') return defaultConfig();
    throw new InputError(file, 'config file not found');
  }
  const { text, ref } = await readText(abs);
  c.refs.push({ path: file, sha256: ref.sha256 });
  const { parseConfig } = await import('../config/schema.js');
  return parseConfig(text, file);
}

function readOptions(inputs: Inputs, config: PerfGatesConfig, host: Host): ReadOptions {
  return { format: inputs.format as ReadOptions['format'], by: config.breakdown_tags, cwd: host.cwd };
}

/** A gate's outcome with what it read: every input (paths relative to the workspace), the waivers. */
export interface EvaluatedGate extends GateOutcome {
  inputs: SourceRef[];
  waivers: WaiversRead;
}

/** A path as the evidence records it: relative to the workspace, forward slashes. */
export function workspacePath(p: string, cwd: string): string {
  if (!path.isAbsolute(p)) return p.split(path.sep).join('/');
  return (path.relative(cwd, p) || '.').split(path.sep).join('/');
}

/** Gate 3's plan approvals: the approvals file (CLI only), else the run's environment approvals and the PR's reviews. */
async function planApprovals(
  inputs: Inputs,
  config: PerfGatesConfig,
  host: Host,
  budget: GitHubBudget,
  c: Collected,
): Promise<{
  approvals: EnvironmentApproval[] | undefined;
  reviews: OptimizationEvidence['reviews'];
  teams: TeamMembership[];
}> {
  let approvals: EnvironmentApproval[] | undefined;
  let reviews: OptimizationEvidence['reviews'];
  let teams: TeamMembership[] = [];
  if (inputs.approvals && host.kind === 'action')
    throw new InputError('approvals', APPROVALS_FILE_IN_ACTIONS);
  if (inputs.approvals)
    approvals = (await optionalDoc<ApprovalsDataset>(inputs.approvals, ['approvals'], c, inputs))?.dataset
      .approvals;
  else if (
    config.optimization.plan_role &&
    host.github &&
    config.optimization.require_plan_approval !== false
  ) {
    const gh = host.github;
    try {
      approvals = await budget.run('the approvals read', (signal) => gh.approvals(inputs, signal));
    } catch (e) {
      host.warning(`the run's environment approvals could not be read: ${(e as Error).message}`);
      approvals = [];
    }
    reviews = await gh.pullReviews(inputs);
    const approvers = (reviews?.reviews ?? []).filter((r) => r.state === 'APPROVED').map((r) => r.login);
    teams = await lookupTeams(config, approvals, approvers, host, inputs);
  }
  return { approvals, reviews, teams };
}

/** Gate 4's approvals of the SLO updates: the approvals file (CLI only), else the API, observed now. */
async function sloApprovals(
  inputs: Inputs,
  host: Host,
  budget: GitHubBudget,
  c: Collected,
  now: string,
): Promise<GovernanceEvidence['approvals']> {
  let approvals: GovernanceEvidence['approvals'];
  if (inputs.approvals && host.kind === 'action')
    throw new InputError('approvals', APPROVALS_FILE_IN_ACTIONS);
  if (inputs.approvals) {
    const a = await optionalDoc<ApprovalsDataset>(inputs.approvals, ['approvals'], c, inputs);
    approvals = {
      approvals: a?.dataset.approvals ?? [],
      source: 'file',
      path: inputs.approvals,
      observedAt: now,
    };
  } else if (host.github) {
    try {
      approvals = {
        approvals: await budget.run('the approvals read', (signal) => host.github!.approvals(inputs, signal)),
        source: 'api',
        observedAt: now,
      };
    } catch (e) {
      approvals = { approvals: [], source: 'api', observedAt: now, error: (e as Error).message };
    }
  }
  return approvals;
}

/** Gate 4's evidence: this run's artifacts (downloaded in Actions), checked against their checksums. */
async function gatherEvidence(
  inputs: Inputs,
  host: Host,
): Promise<Awaited<ReturnType<typeof collectEvidence>>> {
  const dir = path.resolve(host.cwd, inputs['artifacts-dir']);
  if (host.github) {
    const got = await host.github.download(dir, []);
    if (got.length) host.info(`Downloaded evidence of this run: ${got.join(', ')}`);
  }
  const here = gitContext(host.env);
  const found = await collectEvidence(dir, {
    repository: here.repository,
    headSha: host.env.GITHUB_ACTIONS === 'true' ? here.head_sha : null,
  });
  for (const p of found.problems) host.warning(p);
  return found;
}

/** The recorded baseline gate 3's claim traces to: the input, else the one gate 1 wrote in this folder. */
async function recordedBaseline(inputs: Inputs, host: Host, c: Collected) {
  const written = path.join(path.resolve(host.cwd, inputs['artifacts-dir']), 'baseline-metrics.csv');
  const csvPath = inputs['baseline-csv'] ?? (pathExists(written) ? written : undefined);
  const csv = await optionalDoc<BaselineCsvDataset>(csvPath, ['baseline-csv'], c, inputs);
  if (csv && !inputs['baseline-csv']) csv.dataset.file = workspacePath(written, host.cwd);
  return csv;
}

/** Gate 1's inputs: the baseline runs, the baseline CSV, the hypotheses, pytest and the intake. */
async function baselineEvidence(
  inputs: Inputs,
  host: Host,
  c: Collected,
  ro: ReadOptions,
): Promise<BaselineEvidence> {
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
  const intake = await loadIntake(inputs, host.cwd, c);
  const ev: BaselineEvidence = {
    runs: combineRuns(k6, bench),
    csv: csv?.dataset,
    hypotheses: hyp?.dataset,
    pytest: pytest?.dataset,
    intake,
  };
  return ev;
}

/** Read everything one gate needs; throws InputError on bad input (before anything is written). */
export async function evaluateGate(
  gate: GateName,
  inputs: Inputs,
  host: Host,
  ctxBase: Omit<GateContext, 'inputs'>,
  budget: GitHubBudget = new GitHubBudget(inputs['publish-deadline']),
  step: CompareStep = {},
): Promise<EvaluatedGate> {
  const c: Collected = { refs: [], warnings: [] };
  let config = await loadConfig(inputs, host, c);
  const ro = readOptions(inputs, config, host);
  const waivers = await readWaivers(inputs, host, c, config);
  const waiverHook = waivers.input ? (await import('../gates/waivers.js')).waiverHook : undefined;
  const refsNow = () => dedupe(c.refs.map((r) => ({ ...r, path: workspacePath(r.path, host.cwd) })));
  const ctx = (): GateContext => ({
    ...ctxBase,
    inputs: refsNow(),
    ...(waivers.input && waiverHook ? { waive: waiverHook(waivers.input, config) } : {}),
  });
  let outcome: GateOutcome;
  switch (gate) {
    case 'baseline': {
      const { evaluateBaseline } = await import('../gates/baseline/evaluate.js');
      outcome = evaluateBaseline(await baselineEvidence(inputs, host, c, ro), config, ctx());
      break;
    }
    case 'diagnostics': {
      const lines = inputs['load-test-k6'].length ? inputs['load-test-k6'] : inputs['baseline-k6'];
      const k6 = await runs(lines, 'load test', c, ro);
      const prof = await optionalDoc<MarkdownDataset>(inputs['profiling-report'], ['markdown'], c, inputs);
      const cap = await optionalDoc<MarkdownDataset>(inputs['capacity-analysis'], ['markdown'], c, inputs);
      const ev: DiagnosticsEvidence = { runs: k6, profiling: prof?.dataset, capacity: cap?.dataset };
      const { evaluateDiagnostics } = await import('../gates/diagnostics/evaluate.js');
      outcome = evaluateDiagnostics(ev, config, ctx());
      break;
    }
    case 'optimization': {
      const plan = await optionalDoc<OptimizationPlan>(inputs.plan, ['optimization-plan'], c, inputs);
      if (plan) config = (await import('../config/schema.js')).mergePlanIntoConfig(config, plan.dataset);
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
      const { approvals, reviews, teams } = await planApprovals(inputs, config, host, budget, c);
      const log = await optionalDoc<MarkdownDataset>(inputs['instrumentation-log'], ['markdown'], c, inputs);
      const csv = await recordedBaseline(inputs, host, c);
      const ev: OptimizationEvidence = {
        where: host.kind,
        approvalsFile: inputs.approvals,
        reviews,
        teams,
        baseline: base,
        candidate: cand,
        pytest: pytest?.dataset,
        plan: plan?.dataset,
        planText: plan?.text,
        noise: noise?.dataset.noise,
        approvals,
        instrumentationLog: log?.dataset,
        baselineCsv: csv?.dataset,
      };
      const { evaluateOptimization } = await import('../gates/optimization/evaluate.js');
      outcome = evaluateOptimization(ev, config, ctx());
      // the job summary's charts of the changed keys, as SVG files in the gate's artifact
      const { chartArtifacts } = await import('../report/charts.js');
      outcome.artifacts.push(...chartArtifacts(outcome.result));
      break;
    }
    case 'governance': {
      const found = await gatherEvidence(inputs, host);
      const slo = await optionalDoc<SloDataset>(inputs['slo-updates'], ['slo-updates'], c, inputs);
      const log = await optionalDoc<MarkdownDataset>(inputs['instrumentation-log'], ['markdown'], c, inputs);
      const approvals = await sloApprovals(inputs, host, budget, c, ctxBase.now);
      for (const r of found.refs) c.refs.push(r);
      const teams = await lookupTeams(config, approvals?.approvals ?? [], [], host, inputs);
      const ev: GovernanceEvidence = {
        teams,
        checks: found.checks,
        results: found.results,
        evidenceProblems: found.problems,
        artifacts: found.texts,
        slo: slo?.dataset,
        instrumentationLog: log?.dataset,
        approvals,
      };
      const { evaluateGovernance } = await import('./governance.js');
      outcome = evaluateGovernance(ev, config, ctx(), { artifactsDir: inputs['artifacts-dir'] });
      break;
    }
    case 'compare': {
      const { evaluateCompareStep } = await import('./compare.js');
      outcome = await evaluateCompareStep(inputs, host, config, compareReaders(c, ro, inputs), ctx, step);
      break;
    }
  }
  outcome.result.notes.push(
    ...c.warnings.map((w) => `${w.file}${w.line !== undefined ? `:${w.line}` : ''}: ${w.message}`),
  );
  // reader warnings (a truncated last line, a rejected CSV row, a file a glob matched but no reader
  // takes) are annotations on the file and line, not only notes in the report (DESIGN section 5)
  for (const w of c.warnings) host.warning(w.message, w.file, w.line);
  return { ...outcome, inputs: refsNow(), waivers };
}

/** The readers the compare step borrows: every file read is recorded in `c`. */
function compareReaders(c: Collected, ro: ReadOptions, inputs: Inputs): CompareReaders {
  return {
    runs: (lines, label) => runs(lines, label, c, ro),
    pytest: async (file) =>
      (await optionalDoc<TestDataset>(file, ['pytest-json-report', 'junit-xml'], c, inputs))?.dataset,
    refs: c.refs,
    warnings: c.warnings,
  };
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
