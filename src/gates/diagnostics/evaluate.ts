// Gate 2, diagnostic coverage (protocol-18 Phase 2; DESIGN section 2). Pure.
// Coverage = weighted mean of: prioritized services profiled, peak scenarios reached, capacity
// analysis documented. A load test that crossed its own thresholds, or ran a peak scenario without
// reaching its target load, is a LoadTestFailure; a load test without samples is a TelemetryGap.
import type { Criterion, GateContext, GateOutcome, K6Dataset, MarkdownDataset, Run } from '../../model.js';
import type { PeakScenario, PerfGatesConfig } from '../../config/schema.js';
import { criterion, jsonArtifact, makeResult, pct } from '../common.js';
import {
  evaluateThresholds,
  findSeries,
  hasSamples,
  parseMetricSelector,
  parseThresholdExpression,
  runDurationSeconds,
  statOf,
  type ThresholdVerdict,
} from '../thresholds.js';
import { listItems, names, plain, sectionText, substantiveText, tables } from '../baseline/markdown.js';

export interface DiagnosticsEvidence {
  runs: Run[];
  profiling?: MarkdownDataset;
  capacity?: MarkdownDataset;
}

export interface ScenarioCheck {
  scenario: string;
  run: string;
  ran: boolean;
  requests: number | null;
  /** what `requests` counts: http_reqs, or iterations for a run without HTTP */
  counted: 'http_reqs' | 'iterations';
  duration_s: number | null;
  duration_source: string | null;
  achieved_rps: number | null;
  dropped_iterations: number;
  vus_max: number | null;
  targets: { min_rps: number | null; min_duration_s: number | null; min_vus: number | null };
  reached: boolean;
  /** ran, but below its target load (LoadTestFailure) */
  below_target: boolean;
  reasons: string[];
}

const round = (v: number, d = 3): number => Math.round(v * 10 ** d) / 10 ** d;

/** Values of one tag in the run's breakdown entries (series tagged with that tag alone). */
function tagValues(runs: readonly Run[], tag: string, metrics?: readonly string[]): string[] {
  const out = new Set<string>();
  for (const r of runs)
    for (const s of r.k6?.series ?? []) {
      const keys = Object.keys(s.summary.tags);
      if (
        keys.length === 1 &&
        keys[0] === tag &&
        (!metrics || metrics.includes(s.summary.metric)) &&
        hasSamples(s)
      )
        out.add(s.summary.tags[tag]);
    }
  return [...out].sort();
}

export function runHasSamples(r: Run): boolean {
  return !!r.k6 && r.k6.series.some(hasSamples);
}

function scenarioCheck(
  run: Run,
  target: PeakScenario,
  scenariosInRun: string[],
  configured: boolean,
): ScenarioCheck {
  const k6 = run.k6 as K6Dataset;
  const name = target.scenario;
  const reasons: string[] = [];
  const noBreakdown = scenariosInRun.length === 0;
  // A run without a scenario breakdown (summary files) is judged as one scenario, whole-run figures.
  const tags: Record<string, string> = noBreakdown ? {} : { scenario: name };
  if (noBreakdown) reasons.push('the run has no scenario breakdown: whole-run figures used');
  const httpWhole = findSeries(k6, 'http_reqs');
  const counted: ScenarioCheck['counted'] = httpWhole && hasSamples(httpWhole) ? 'http_reqs' : 'iterations';
  const reqSeries = findSeries(k6, counted, tags);
  const requests = reqSeries ? (statOf(reqSeries, 'count', k6)?.value ?? null) : null;
  const ran = noBreakdown ? requests !== null && requests > 0 : scenariosInRun.includes(name);
  const dur = runDurationSeconds(k6);
  const droppedSeries = findSeries(k6, 'dropped_iterations', tags);
  let dropped = droppedSeries ? (statOf(droppedSeries, 'count', k6)?.value ?? 0) : 0;
  if (!droppedSeries && !noBreakdown) {
    const whole = findSeries(k6, 'dropped_iterations');
    const wholeCount = whole ? (statOf(whole, 'count', k6)?.value ?? 0) : 0;
    if (wholeCount > 0) {
      dropped = wholeCount;
      reasons.push(
        `${wholeCount} dropped_iterations in the run, not broken down by scenario: counted against every scenario`,
      );
    }
  }
  const vusSeries = findSeries(k6, 'vus');
  const vusMax = vusSeries ? (statOf(vusSeries, 'max', k6)?.value ?? null) : null;
  const check: ScenarioCheck = {
    scenario: name,
    run: run.label,
    ran,
    requests,
    counted,
    duration_s: dur ? round(dur.seconds) : null,
    duration_source: dur?.source ?? null,
    achieved_rps: requests !== null && dur ? requests / dur.seconds : null,
    dropped_iterations: dropped,
    vus_max: vusMax,
    targets: {
      min_rps: target.min_rps ?? null,
      min_duration_s: target.min_duration ?? null,
      min_vus: target.min_vus ?? null,
    },
    reached: false,
    below_target: false,
    reasons,
  };
  if (!ran) {
    reasons.push(
      configured ? `scenario \`${name}\` did not run in ${run.label}` : `no samples for scenario \`${name}\``,
    );
    return check;
  }
  let ok = true;
  if (!requests || requests <= 0) {
    reasons.push(`no ${counted} samples`);
    ok = false;
  }
  if (dropped > 0) {
    reasons.push(
      `${dropped} dropped_iterations: the load generator could not start every iteration (target load not reached)`,
    );
    ok = false;
  }
  if (target.min_rps !== undefined) {
    if (check.achieved_rps === null) {
      reasons.push('achieved rate unknown: the run records no duration');
      ok = false;
    } else if (check.achieved_rps < target.min_rps) {
      reasons.push(
        `achieved ${round(check.achieved_rps, 2)} ${counted === 'http_reqs' ? 'req/s' : 'iterations/s'} < min_rps ${target.min_rps}`,
      );
      ok = false;
    }
  }
  if (target.min_duration !== undefined) {
    if (!dur) {
      reasons.push('duration unknown: the run records no start/end time or test duration');
      ok = false;
    } else if (dur.seconds < target.min_duration) {
      reasons.push(`ran ${round(dur.seconds, 2)} s < min_duration ${target.min_duration} s`);
      ok = false;
    }
  }
  if (target.min_vus !== undefined) {
    if (scenariosInRun.length > 1) {
      reasons.push(
        `min_vus not checked: k6's vus samples carry no scenario tag and this run has ${scenariosInRun.length} scenarios`,
      );
    } else if (vusMax === null) {
      reasons.push('min_vus: the run has no vus samples');
      ok = false;
    } else if (vusMax < target.min_vus) {
      reasons.push(`vus reached ${vusMax} < min_vus ${target.min_vus}`);
      ok = false;
    }
  }
  check.reached = ok;
  check.below_target = !ok;
  if (ok) reasons.push('reached');
  return check;
}

export interface Bottleneck {
  service: string | null;
  issue: string;
  rank?: number;
  source: string;
  line?: number;
}

function bottlenecks(docs: (MarkdownDataset | undefined)[], known: readonly string[]): Bottleneck[] {
  const out: Bottleneck[] = [];
  const serviceIn = (text: string): string | null => known.find((s) => names(text, s)) ?? null;
  for (const doc of docs) {
    if (!doc) continue;
    doc.sections.forEach((s, i) => {
      if (!/bottleneck/i.test(s.title)) return;
      listItems(sectionText(doc, i)).forEach((item, n) => {
        const text = plain(item);
        const m = /^([^:]{1,60}):\s+(.+)$/.exec(text);
        const lead = m ? serviceIn(m[1]) : null;
        out.push({
          service: lead ?? serviceIn(text),
          issue: lead && m ? m[2] : text,
          rank: n + 1,
          source: doc.file,
          line: s.line,
        });
      });
    });
    for (const t of tables(doc.text)) {
      const svc = t.header.findIndex((h) => /^(service|endpoint|component)\b/i.test(plain(h)));
      const issue = t.header.findIndex((h) => /hotspot|bottleneck|issue/i.test(plain(h)));
      if (svc < 0 || issue < 0) continue;
      for (const r of t.rows) {
        const cell = plain(r[issue] ?? '');
        if (!cell || /^(n\/a|none|-)$/i.test(cell)) continue;
        out.push({
          service: plain(r[svc] ?? '') || null,
          issue: `${plain(t.header[issue])}: ${cell}`,
          source: doc.file,
          line: t.line,
        });
      }
    }
  }
  return out;
}

interface Target {
  value: number;
  from: string;
  met: boolean | null;
}

/** `metric{tags}:stat` (DESIGN key spelling). */
function parseKey(key: string): { metric: string; tags: Record<string, string>; stat: string } | undefined {
  const close = key.lastIndexOf('}');
  const colon = key.indexOf(':', close < 0 ? 0 : close);
  if (colon < 0) return undefined;
  const { metric, tags } = parseMetricSelector(key.slice(0, colon));
  return { metric, tags, stat: key.slice(colon + 1).trim() };
}

/**
 * The peak scenarios (config `diagnostics.peak_scenarios`, else every scenario in the runs) checked
 * on every run with samples: the rule gate 2 applies to the load test and gate 3 to the candidate.
 */
export function peakChecks(
  runsIn: readonly Run[],
  config: PerfGatesConfig,
): {
  peaks: PeakScenario[];
  configured: boolean;
  checks: ScenarioCheck[];
  perScenario: { scenario: string; reached: boolean; checks: ScenarioCheck[] }[];
} {
  const runs = runsIn.filter(runHasSamples);
  const configuredPeaks = config.diagnostics.peak_scenarios;
  const scenarioNames = tagValues(runs, 'scenario');
  const peaks: PeakScenario[] =
    configuredPeaks && configuredPeaks.length > 0
      ? configuredPeaks
      : scenarioNames.length > 0
        ? scenarioNames.map((s) => ({ scenario: s }))
        : runs.length > 0
          ? [{ scenario: 'default' }]
          : [];
  const configuredP = !!(configuredPeaks && configuredPeaks.length > 0);
  const checks: ScenarioCheck[] = [];
  for (const r of runs) {
    const inRun = tagValues([r], 'scenario');
    for (const p of peaks) {
      if (inRun.length === 0 && configuredP && peaks.length > 1) {
        checks.push({
          ...scenarioCheck(r, p, inRun, configuredP),
          ran: false,
          reached: false,
          below_target: false,
          reasons: [
            `${r.label} has no scenario breakdown (summary files only): scenario \`${p.scenario}\` cannot be told apart`,
          ],
        });
        continue;
      }
      checks.push(scenarioCheck(r, p, inRun, configuredP));
    }
  }
  const perScenario = peaks.map((p) => {
    const cs = checks.filter((c) => c.scenario === p.scenario);
    const reached = cs.length > 0 && cs.every((c) => c.reached);
    return { scenario: p.scenario, reached, checks: cs };
  });
  return { peaks, configured: configuredP, checks, perScenario };
}

/** The load test: present with samples, and the thresholds it declared (pushed to `criteria`). */
function loadTestCriteria(
  ev: DiagnosticsEvidence,
  runs: Run[],
  criteria: Criterion[],
  notes: string[],
): (ThresholdVerdict & { run: string })[] {
  const sampled = runs.length > 0;
  // Load test present
  if (!sampled) {
    criteria.push(
      criterion(
        'load_test_samples',
        0,
        null,
        'insufficient-data',
        ev.runs.length === 0
          ? 'no load-test run given (input `load-test-k6`)'
          : `the load-test output has no samples (${ev.runs.map((r) => r.label).join(', ')})`,
        'runs',
        'TelemetryGap',
      ),
    );
  } else {
    criteria.push(
      criterion(
        'load_test_samples',
        runs.length,
        null,
        'pass',
        `${runs.length} load-test run(s) with samples`,
        'runs',
      ),
    );
  }

  // Thresholds the load test declared
  const verdicts: (ThresholdVerdict & { run: string })[] = [];
  for (const r of runs) for (const t of evaluateThresholds(r.k6)) verdicts.push({ ...t, run: r.label });
  for (const r of runs)
    if (r.k6?.thresholdsAbsent)
      notes.push(
        `${r.k6.file}: this summary shape carries no thresholds; only k6's exit code tells whether any failed.`,
      );
  if (verdicts.some((v) => v.approximate))
    notes.push(
      'Counter `rate` thresholds evaluated from the NDJSON use the first-to-last sample span (k6 uses the test duration): approximate.',
    );
  if (sampled) {
    const crossed = verdicts.filter((v) => v.status === 'crossed');
    const unevaluable = verdicts.filter((v) => v.status === 'unevaluable');
    const aborted = crossed.some((v) => v.abortOnFail);
    if (crossed.length > 0) {
      criteria.push(
        criterion(
          'load_test_thresholds',
          crossed.length,
          0,
          'fail',
          `the load test crossed ${crossed.length} of its ${verdicts.length} thresholds${aborted ? ' (abortOnFail: the test was stopped)' : ''}: ${crossed
            .slice(0, 4)
            .map((v) => `${v.metric} ${v.expression}`)
            .join(', ')}${crossed.length > 4 ? ', ...' : ''}`,
          'thresholds crossed',
          'LoadTestFailure',
        ),
      );
    } else if (unevaluable.length > 0) {
      criteria.push(
        criterion(
          'load_test_thresholds',
          null,
          0,
          'insufficient-data',
          `${unevaluable.length} threshold(s) could not be evaluated: ${unevaluable.map((v) => `${v.metric} ${v.expression} (${v.reason})`).join('; ')}`,
          'thresholds crossed',
          'TelemetryGap',
        ),
      );
    } else {
      criteria.push(
        criterion(
          'load_test_thresholds',
          0,
          0,
          'pass',
          verdicts.length ? `all ${verdicts.length} thresholds held` : 'the load test declares no thresholds',
          'thresholds crossed',
        ),
      );
    }
  }
  for (const c of criteria) if (c.name === 'load_test_thresholds') c.operator = '<=';
  return verdicts;
}

/** Component 1: the services, and which the profiling report has a section on. */
function servicesProfiledBy(ev: DiagnosticsEvidence, runs: Run[], config: PerfGatesConfig) {
  const configuredServices = config.diagnostics.services;
  const services =
    configuredServices && configuredServices.length > 0 ? configuredServices : tagValues(runs, 'name');
  const servicesOrigin =
    configuredServices && configuredServices.length > 0
      ? 'config `diagnostics.services`'
      : 'the k6 `name` tags of the run';
  const profiled: { service: string; section: string | null; line: number | null }[] = services.map((svc) => {
    const doc = ev.profiling;
    if (!doc) return { service: svc, section: null, line: null };
    const i = doc.sections.findIndex((s, idx) => names(plain(s.title), svc) && sectionText(doc, idx) !== '');
    return i < 0
      ? { service: svc, section: null, line: null }
      : { service: svc, section: doc.sections[i].title, line: doc.sections[i].line };
  });
  const servicesProfiled = profiled.filter((p) => p.section !== null).length;
  const missingServices = profiled.filter((p) => p.section === null).map((p) => p.service);
  const fServices = services.length > 0 ? servicesProfiled / services.length : null;
  return {
    configuredServices,
    services,
    servicesOrigin,
    profiled,
    servicesProfiled,
    missingServices,
    fServices,
  };
}

/** The diagnostic coverage: the weighted components, and its criterion (pushed to `criteria`). */
function coverageCriterion(
  ev: DiagnosticsEvidence,
  config: PerfGatesConfig,
  f: { services: number | null; peaks: number | null; capacity: number },
  missingServices: string[],
  perScenario: ReturnType<typeof peakChecks>['perScenario'],
  criteria: Criterion[],
): number | null {
  const threshold = config.thresholds.diagnostic_coverage;
  const [fServices, fPeaks, fCapacity] = [f.services, f.peaks, f.capacity];
  const w = config.diagnostics.weights;
  const parts: { name: string; weight: number; value: number | null }[] = [
    { name: 'services_profiled', weight: w.services, value: fServices },
    { name: 'peak_scenarios_reached', weight: w.peak_scenarios, value: fPeaks },
    { name: 'capacity_analysis', weight: w.capacity, value: fCapacity },
  ];
  const undecidable = parts.filter((p) => p.weight > 0 && p.value === null);
  const wsum = parts.reduce((a, p) => a + p.weight, 0);
  const coverage =
    undecidable.length === 0
      ? Math.round((parts.reduce((a, p) => a + p.weight * (p.value ?? 0), 0) / wsum) * 10000) / 100
      : null;
  const componentText = parts
    .filter((p) => p.weight > 0)
    .map((p) => `${p.name.replace(/_/g, ' ')} ${p.value === null ? 'n/a' : `${pct(p.value, 1)}%`}`)
    .join(', ');
  if (coverage === null) {
    const why = undecidable.map((p) =>
      p.name === 'services_profiled'
        ? 'no services to check (no `diagnostics.services` and no k6 `name` tags)'
        : 'no load-test samples to judge the peak scenarios',
    );
    criteria.push(
      criterion(
        'diagnostic_coverage',
        null,
        threshold,
        'insufficient-data',
        `coverage cannot be computed: ${why.join('; ')}`,
        '%',
        'TelemetryGap',
      ),
    );
  } else {
    const gaps: string[] = [];
    if (missingServices.length)
      gaps.push(
        `not profiled: ${missingServices.join(', ')}${ev.profiling ? '' : ' (no profiling report given)'}`,
      );
    const unreached = perScenario.filter((p) => !p.reached).map((p) => p.scenario);
    if (unreached.length) gaps.push(`peak scenarios not reached: ${unreached.join(', ')}`);
    if (!fCapacity) gaps.push(ev.capacity ? `${ev.capacity.file} is empty` : 'no capacity analysis given');
    criteria.push(
      criterion(
        'diagnostic_coverage',
        coverage,
        threshold,
        coverage >= threshold ? 'pass' : 'fail',
        `${componentText}${gaps.length ? `; ${gaps.join('; ')}` : ''}`,
        '%',
      ),
    );
  }
  return coverage;
}

/** load-test-results.json's `results`: throughput, latency and error rate of the first run, with their targets. */
function resultsSection(
  runs: Run[],
  verdicts: (ThresholdVerdict & { run: string })[],
  config: PerfGatesConfig,
  peaks: PeakScenario[],
  configuredP: boolean,
) {
  const head = runs[0]?.k6;
  const dur = runDurationSeconds(head);
  const v = (metric: string, stat: string, tags: Record<string, string> = {}): number | null => {
    const s = findSeries(head, metric, tags);
    return s ? (statOf(s, stat, head)?.value ?? null) : null;
  };
  const reqCount = v('http_reqs', 'count');
  const throughputActual = reqCount !== null && dur ? reqCount / dur.seconds : null;
  const headVerdicts = verdicts.filter((x) => x.run === runs[0]?.label);
  const wholeThresholds = (metric: string): ThresholdVerdict[] =>
    headVerdicts.filter((x) => x.metric === metric);
  const sloTargets = (metric: string): { stat: string; target: number; unit?: string; name: string }[] =>
    (config.slo ?? []).flatMap((s) => {
      const k = parseKey(s.metric);
      return k && k.metric === metric && Object.keys(k.tags).length === 0
        ? [{ stat: k.stat, target: s.target, unit: s.unit, name: s.name }]
        : [];
    });
  const status = (ts: Target[]): string =>
    ts.length === 0 ? 'no target' : ts.some((t) => t.met === false) ? 'breached' : 'met';

  // throughput
  const tpTargets: Target[] = [];
  const minRps = configuredP ? peaks.reduce((a, p) => a + (p.min_rps ?? 0), 0) : 0;
  if (minRps > 0)
    tpTargets.push({
      value: minRps,
      from: 'sum of diagnostics.peak_scenarios min_rps',
      met: throughputActual === null ? false : throughputActual >= minRps,
    });
  for (const t of wholeThresholds('http_reqs')) {
    const p = parseThresholdExpression(t.expression);
    if (p?.aggregation === 'rate')
      tpTargets.push({
        value: p.value,
        from: `k6 threshold ${t.expression}`,
        met: t.status === 'crossed' ? false : t.status === 'passed' ? true : null,
      });
  }
  // latency
  const latTargets: Target[] = [];
  for (const t of wholeThresholds('http_req_duration'))
    latTargets.push({
      value: parseThresholdExpression(t.expression)?.value ?? NaN,
      from: `k6 threshold ${t.expression}`,
      met: t.status === 'crossed' ? false : t.status === 'passed' ? true : null,
    });
  for (const s of sloTargets('http_req_duration')) {
    const actual = v('http_req_duration', s.stat);
    latTargets.push({
      value: s.target,
      from: `slo ${s.name} (${s.stat})`,
      met: actual === null ? false : actual <= s.target,
    });
  }
  // error rate (percent)
  const errActual = v('http_req_failed', 'rate');
  const errTargets: Target[] = [];
  for (const t of wholeThresholds('http_req_failed')) {
    const p = parseThresholdExpression(t.expression);
    if (p?.aggregation === 'rate')
      errTargets.push({
        value: p.value * 100,
        from: `k6 threshold ${t.expression}`,
        met: t.status === 'crossed' ? false : t.status === 'passed' ? true : null,
      });
  }
  for (const s of sloTargets('http_req_failed')) {
    const target = s.unit && /^(%|percent|pct)$/i.test(s.unit) ? s.target : s.target * 100;
    errTargets.push({
      value: target,
      from: `slo ${s.name}`,
      met: errActual === null ? false : errActual * 100 <= target,
    });
  }
  return {
    throughput: {
      target: tpTargets.length ? tpTargets[0].value : null,
      actual: throughputActual,
      unit: 'req/s',
      status: status(tpTargets),
      targets: tpTargets,
      ...(dur ? { duration_s: dur.seconds, duration_source: dur.source } : {}),
    },
    latency: {
      p50: v('http_req_duration', 'med'),
      p95: v('http_req_duration', 'p95'),
      p99: v('http_req_duration', 'p99'),
      unit: 'ms',
      status: status(latTargets),
      targets: latTargets,
    },
    error_rate: {
      target: errTargets.length ? errTargets[0].value : null,
      actual: errActual === null ? null : errActual * 100,
      unit: 'percent',
      status: status(errTargets),
      targets: errTargets,
    },
  };
}

/** Target load reached in the scenarios that ran (a run with samples only). */
function peakLoadCriterion(
  checks: ReturnType<typeof peakChecks>['checks'],
  perScenario: ReturnType<typeof peakChecks>['perScenario'],
): Criterion {
  const below = checks.filter((c) => c.ran && c.below_target);
  return below.length
    ? criterion(
        'peak_load_reached',
        checks.filter((c) => c.ran && c.reached).length,
        checks.filter((c) => c.ran).length,
        'fail',
        `target load not reached: ${below.map((c) => `${c.scenario} in ${c.run} (${c.reasons.filter((r) => r !== 'reached').join('; ')})`).join('; ')}`,
        'scenarios',
        'LoadTestFailure',
      )
    : criterion(
        'peak_load_reached',
        checks.filter((c) => c.ran && c.reached).length,
        checks.filter((c) => c.ran).length,
        'pass',
        `every peak scenario that ran reached its target load (${perScenario.map((p) => p.scenario).join(', ')})`,
        'scenarios',
      );
}

/** Every run given, with its files and span. */
function runEntries(runs: readonly Run[]) {
  return runs.map((r) => {
    const d = runDurationSeconds(r.k6);
    return {
      label: r.label,
      files: r.files.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes })),
      format: r.k6?.format ?? null,
      samples: runHasSamples(r),
      start: r.k6?.startTime ?? null,
      end: r.k6?.endTime ?? null,
      duration_s: d?.seconds ?? null,
    };
  });
}

export function evaluateDiagnostics(
  ev: DiagnosticsEvidence,
  config: PerfGatesConfig,
  ctx: GateContext,
): GateOutcome {
  const notes: string[] = [];
  const criteria: Criterion[] = [];
  const threshold = config.thresholds.diagnostic_coverage;
  const runs = ev.runs.filter(runHasSamples);
  const sampled = runs.length > 0;

  const verdicts = loadTestCriteria(ev, runs, criteria, notes);

  // Component 1: services profiled
  const {
    configuredServices,
    services,
    servicesOrigin,
    profiled,
    servicesProfiled,
    missingServices,
    fServices,
  } = servicesProfiledBy(ev, runs, config);

  // Component 2: peak scenarios reached
  const { peaks, configured: configuredP, checks, perScenario } = peakChecks(runs, config);
  const reachedCount = perScenario.filter((p) => p.reached).length;
  const fPeaks = sampled && peaks.length > 0 ? reachedCount / peaks.length : null;

  // Component 3: capacity analysis
  const capacityText = ev.capacity ? substantiveText(ev.capacity) : '';
  const fCapacity = capacityText !== '' ? 1 : 0;

  // Coverage
  const w = config.diagnostics.weights;
  const coverage = coverageCriterion(
    ev,
    config,
    { services: fServices, peaks: fPeaks, capacity: fCapacity },
    missingServices,
    perScenario,
    criteria,
  );

  // Target load reached in the scenarios that ran
  if (sampled) criteria.push(peakLoadCriterion(checks, perScenario));
  if (
    configuredP &&
    peaks.some((p) => p.min_vus !== undefined) &&
    checks.some((c) => c.reasons.some((r) => r.startsWith('min_vus not checked')))
  )
    notes.push("min_vus is checked only for single-scenario runs: k6's `vus` samples carry no scenario tag.");
  if (!configuredP)
    notes.push(
      'No `diagnostics.peak_scenarios` configured: every scenario in the run is a peak scenario (reached = it ran with requests and no dropped iterations).',
    );
  if (!(configuredServices && configuredServices.length))
    notes.push(
      `No \`diagnostics.services\` configured: the services are ${servicesOrigin} (${services.join(', ') || 'none'}).`,
    );

  const result = makeResult('diagnostics', criteria, ctx, { score: coverage, notes });

  // load-test-results.json (protocol shape plus detail)
  if (!sampled) notes.push('load-test-results.json not written: no load-test samples.');
  if (!ev.profiling)
    notes.push('profiling-report.md not written: no profiling report given (input `profiling-report`).');
  if (!ev.capacity)
    notes.push('capacity-analysis.md not written: no capacity analysis given (input `capacity-analysis`).');
  const head = runs[0]?.k6;
  if (runs.length > 1)
    notes.push(
      `Headline figures are from ${runs[0].label}; every run is listed under \`runs\` and \`scenarios\`.`,
    );

  const known = [
    ...new Set([
      ...services,
      ...tagValues(runs, 'name'),
      ...(ev.profiling?.sections.filter((s) => s.level >= 2).map((s) => plain(s.title)) ?? []),
    ]),
  ];
  const found = bottlenecks([ev.capacity, ev.profiling], known);

  const body: Record<string, unknown> = {
    test_date: head?.startTime ?? head?.endTime ?? null,
    test_scenario: peaks.map((p) => p.scenario).join(', ') || null,
    status: result.verdict,
    results: resultsSection(runs, verdicts, config, peaks, configuredP),
    bottlenecks: found,
    ...(found.length === 0
      ? {
          bottlenecks_note: `not provided: ${ev.capacity || ev.profiling ? 'the capacity analysis and profiling report name no bottlenecks' : 'no capacity analysis or profiling report given'}`,
        }
      : {}),
    diagnostic_coverage: coverage,
    threshold,
    services_profiled: servicesProfiled,
    services_required: services.length,
    missing_services: missingServices,
    coverage: {
      weights: w,
      services: { origin: servicesOrigin, required: services, profiled, fraction: fServices },
      peak_scenarios: {
        origin: configuredP ? 'config `diagnostics.peak_scenarios`' : 'every scenario in the run',
        reached: reachedCount,
        required: peaks.length,
        fraction: fPeaks,
      },
      capacity_analysis: {
        provided: !!ev.capacity,
        file: ev.capacity?.file ?? null,
        non_empty: fCapacity === 1,
      },
    },
    scenarios: perScenario,
    thresholds: verdicts,
    runs: runEntries(ev.runs),
    notes,
  };
  // A document with no input behind it is not written (governance counts artifacts; a placeholder
  // must not pass for the team's evidence): the GateResult says what was missing.
  const artifacts: GateOutcome['artifacts'] = [];
  if (sampled) artifacts.push(jsonArtifact('load-test-results.json', body, ctx));
  if (ev.profiling) artifacts.push({ name: 'profiling-report.md', content: ev.profiling.text });
  if (ev.capacity) artifacts.push({ name: 'capacity-analysis.md', content: ev.capacity.text });
  return { result, artifacts };
}
