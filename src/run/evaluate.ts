// Step 1 and 2 of a gate's run: load what the gate needs (config, runs, documents, the earlier
// gates' evidence), each file hashed as it is read, then evaluate the gate on it. Bad input throws
// an InputError naming the file and line before anything is written.
import path from 'node:path';
import { defaultConfig, mergePlanIntoConfig, parseConfig, type PerfGatesConfig } from '../config/schema.js';
import { evaluateBaseline, type BaselineEvidence } from '../gates/baseline/evaluate.js';
import { evaluateDiagnostics, type DiagnosticsEvidence } from '../gates/diagnostics/evaluate.js';
import { evaluateOptimization, type OptimizationEvidence } from '../gates/optimization/evaluate.js';
import type { GovernanceEvidence } from '../gates/governance/evaluate.js';
import { evaluateGovernance } from './governance.js';
import { chartArtifacts } from '../report/charts.js';
import { collectEvidence } from './evidence.js';
import type {
  ApprovalsDataset,
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
  TestDataset,
  Warning,
} from '../model.js';
import { InputError } from '../model.js';
import { type Inputs } from '../inputs.js';
import { pathExists, readText } from '../io/files.js';
import type { Host } from '../io/host.js';
import { tryParseMetricKey } from '../parsers/k6-summary/keys.js';
import { combineRuns, loadRuns, readExpected, type ReadOptions } from './load.js';

interface Collected {
  refs: SourceRef[];
  warnings: Warning[];
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
  if (!pathExists(abs)) {
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
export async function evaluateGate(
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
      // the job summary's charts of the changed keys, as SVG files in the gate's artifact
      outcome.artifacts.push(...chartArtifacts(outcome.result));
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
      outcome = evaluateGovernance(ev, config, ctx(), { artifactsDir: inputs['artifacts-dir'] });
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
