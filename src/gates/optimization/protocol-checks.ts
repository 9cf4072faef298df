// Gate 3's protocol checks beyond the comparison (protocol-18 Phase 3 and "Artifact Traceability"):
// the candidate run reached the peak scenarios (the same rule gate 2 applies to the load test), the
// candidate's own k6 thresholds, the instrumentation update log, and the trace of the claim's
// baseline back to baseline-metrics.csv. Pure.
import type {
  BaselineCsvDataset,
  BaselineRow,
  Comparison,
  Criterion,
  KeySpec,
  MarkdownDataset,
  OptimizationPlan,
  Run,
} from '../../model.js';
import type { PerfGatesConfig } from '../../config/schema.js';
import { criterion, fmt } from '../common.js';
import { peakChecks, runHasSamples, type ScenarioCheck } from '../diagnostics/evaluate.js';
import { evaluateThresholds } from '../thresholds.js';
import { names, plain, substantiveText } from '../baseline/markdown.js';
import { tryParseMetricKey } from '../../parsers/k6-summary/keys.js';
import { normStat } from './keys.js';

export const NOT_UNDER_PEAK = 'the improvement was not shown under peak load';

/** Criterion `candidate peak load reached`; undefined when the candidate has no k6 run (benchmarks only). */
export function candidatePeakCriterion(
  candidate: readonly Run[],
  config: PerfGatesConfig,
): { criterion?: Criterion; checks: ScenarioCheck[]; note?: string } {
  const k6Runs = candidate.filter((r) => r.k6);
  if (k6Runs.length === 0) return { checks: [], note: 'the candidate has no k6 run: peak load not checked' };
  const sampled = k6Runs.filter(runHasSamples);
  if (sampled.length === 0)
    return {
      checks: [],
      criterion: criterion(
        'candidate peak load reached',
        0,
        null,
        'insufficient-data',
        `${NOT_UNDER_PEAK}: the candidate k6 output has no samples`,
        'scenarios',
        'TelemetryGap',
      ),
    };
  const { peaks, configured, checks, perScenario } = peakChecks(sampled, config);
  const unreached = perScenario.filter((p) => !p.reached);
  const origin = configured ? 'config `diagnostics.peak_scenarios`' : 'every scenario in the candidate run';
  if (unreached.length) {
    const why = unreached
      .map((p) => {
        const rs = p.checks.flatMap((c) =>
          c.reasons.filter((r) => r !== 'reached').map((r) => `${c.run}: ${r}`),
        );
        return `${p.scenario} (${rs.join('; ') || 'did not run'})`;
      })
      .join('; ');
    return {
      checks,
      criterion: criterion(
        'candidate peak load reached',
        perScenario.length - unreached.length,
        peaks.length,
        'insufficient-data',
        `${NOT_UNDER_PEAK}: ${why}`,
        'scenarios',
        'TelemetryGap',
      ),
    };
  }
  return {
    checks,
    criterion: criterion(
      'candidate peak load reached',
      perScenario.length,
      peaks.length,
      'pass',
      `the candidate reached every peak scenario (${origin}): ${checks
        .map(
          (c) => `${c.scenario} in ${c.run}${c.achieved_rps !== null ? ` at ${fmt(c.achieved_rps)} /s` : ''}`,
        )
        .join(', ')}`,
      'scenarios',
    ),
  };
}

export interface CrossedThreshold {
  run: string;
  metric: string;
  expression: string;
  actual?: number;
  /** the baseline crossed the same threshold too */
  baselineToo: boolean;
}

const thresholdKey = (metric: string, expression: string) =>
  `${metric}\u0000${expression.replace(/\s+/g, '')}`;

/**
 * The candidate's own k6 thresholds. A threshold the candidate crossed and the baseline did not is
 * a regression; one both crossed is said, not counted.
 */
export function candidateThresholds(
  baseline: readonly Run[],
  candidate: readonly Run[],
): { criterion?: Criterion; crossed: CrossedThreshold[]; notes: string[] } {
  const notes: string[] = [];
  const baseCrossed = new Set<string>();
  for (const r of baseline)
    for (const t of evaluateThresholds(r.k6))
      if (t.status === 'crossed') baseCrossed.add(thresholdKey(t.metric, t.expression));
  const crossed: CrossedThreshold[] = [];
  let total = 0;
  for (const r of candidate) {
    const vs = evaluateThresholds(r.k6);
    total += vs.length;
    for (const t of vs) {
      if (t.status === 'unevaluable')
        notes.push(`candidate threshold ${t.metric} ${t.expression}: ${t.reason}`);
      if (t.status !== 'crossed') continue;
      crossed.push({
        run: r.label,
        metric: t.metric,
        expression: t.expression,
        ...(t.actual !== undefined ? { actual: t.actual } : {}),
        baselineToo: baseCrossed.has(thresholdKey(t.metric, t.expression)),
      });
    }
  }
  if (total === 0) return { crossed, notes };
  const fresh = crossed.filter((c) => !c.baselineToo);
  const both = crossed.filter((c) => c.baselineToo);
  const name = (c: CrossedThreshold) => `${c.metric} ${c.expression}`;
  const bothText = both.length
    ? `; crossed on the baseline too (not counted as a regression): ${both.map(name).join(', ')}`
    : '';
  const c = fresh.length
    ? criterion(
        'candidate k6 thresholds',
        fresh.length,
        0,
        'fail',
        `the candidate crossed ${fresh.length} of its k6 thresholds that the baseline held: ${fresh
          .map((x) => `${name(x)}${x.actual !== undefined ? ` (actual ${fmt(x.actual)})` : ''} in ${x.run}`)
          .join(', ')}${bothText}`,
        'thresholds crossed',
        'RegressionDetected',
      )
    : criterion(
        'candidate k6 thresholds',
        0,
        0,
        'pass',
        both.length
          ? `no threshold crossed that the baseline held${bothText}`
          : `all ${total} candidate thresholds held`,
        'thresholds crossed',
      );
  c.operator = '<=';
  return { criterion: c, crossed, notes };
}

/** The instrumentation update log: present, non-empty, naming the changed metrics or a dashboard/alert. */
export function instrumentationCriterion(
  log: MarkdownDataset | undefined,
  keys: readonly KeySpec[],
): Criterion {
  if (!log)
    return criterion(
      'instrumentation updated',
      false,
      true,
      'insufficient-data',
      'no instrumentation-update-log.md given (input `instrumentation-log`): the protocol lists it as gate 3 evidence',
      undefined,
      'TelemetryGap',
    );
  const body = substantiveText(log);
  if (!body)
    return criterion(
      'instrumentation updated',
      false,
      true,
      'fail',
      `${log.file} is empty`,
      undefined,
      'TelemetryGap',
    );
  const text = plain(log.text);
  const named = new Set<string>();
  for (const k of keys) {
    for (const cand of [k.metric, ...Object.values(k.tags)]) if (names(text, cand)) named.add(cand);
  }
  const surfaces = ['dashboard', 'alert', 'panel', 'tracing', 'span'].filter((w) =>
    new RegExp(`\\b${w}s?\\b`, 'i').test(text),
  );
  if (named.size === 0 && surfaces.length === 0)
    return criterion(
      'instrumentation updated',
      false,
      true,
      'fail',
      `${log.file} names neither a changed metric (${keys.map((k) => k.metric).join(', ') || 'none'}) nor a dashboard or alert`,
    );
  return criterion(
    'instrumentation updated',
    true,
    true,
    'pass',
    `${log.file} names ${[...named]
      .map((n) => `\`${n}\``)
      .concat(surfaces.map((s) => `${s}s`))
      .join(', ')}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Traceability to baseline-metrics.csv

const UNIT_SCALE: Record<string, { dim: string; f: number }> = {
  ms: { dim: 'time', f: 1 },
  s: { dim: 'time', f: 1000 },
  us: { dim: 'time', f: 0.001 },
  µs: { dim: 'time', f: 0.001 },
  ns: { dim: 'time', f: 1e-6 },
  '%': { dim: 'ratio', f: 0.01 },
  percent: { dim: 'ratio', f: 0.01 },
  ratio: { dim: 'ratio', f: 1 },
  '/s': { dim: 'rate', f: 1 },
  'req/s': { dim: 'rate', f: 1 },
  rps: { dim: 'rate', f: 1 },
};

function toUnit(v: number, from: string, to: string): number | undefined {
  if (from === to) return v;
  const a = UNIT_SCALE[from.trim().toLowerCase()];
  const b = UNIT_SCALE[to.trim().toLowerCase()];
  if (!a || !b || a.dim !== b.dim) return undefined;
  return (v * a.f) / b.f;
}

/** The row of baseline-metrics.csv that records the target: by config's required_metrics mapping, else by the collection method naming the k6 metric and the metric name ending in the statistic. */
export function matchBaselineRow(
  csv: BaselineCsvDataset,
  spec: KeySpec,
  config: PerfGatesConfig,
): { row: BaselineRow; how: string } | undefined {
  const stat = normStat(spec.stat);
  const sameKey = (k6: string) => {
    const p = tryParseMetricKey(k6);
    const a = Object.entries(p.tags).sort().join();
    const b = Object.entries(spec.tags).sort().join();
    return p.metric === spec.metric && a === b;
  };
  for (const m of config.baseline.required_metrics ?? []) {
    if (!m.k6 || !sameKey(m.k6) || normStat(m.stat ?? '') !== stat) continue;
    const row = csv.rows.find((r) => r.metric_name === m.metric_name && r.service === m.service);
    if (row) return { row, how: `config baseline.required_metrics maps ${m.metric_name}/${m.service} to it` };
  }
  const spelled = `${spec.metric}${
    Object.keys(spec.tags).length
      ? `{${Object.entries(spec.tags)
          .sort()
          .map(([k, v]) => `${k}:${v}`)
          .join(',')}}`
      : ''
  }`;
  const statNames = stat === 'p50' || stat === 'med' ? ['p50', 'med', 'median'] : [stat];
  const row = csv.rows.find(
    (r) =>
      r.collection_method.includes(spelled) &&
      statNames.some((s) => r.metric_name.toLowerCase().endsWith(`_${s}`)),
  );
  return row ? { row, how: `its collection method names ${spelled}` } : undefined;
}

/**
 * Criterion `baseline traces to baseline-metrics.csv`: the comparison's baseline figure for the
 * target against the recorded row. Beyond the row's own interval (extra columns lower/upper or
 * ci_lower/ci_upper) or 5% when it has none, it fails unless the plan names the run the claim rests
 * on (`baseline_run`). Undefined when either side is missing (said in a note).
 */
export function traceabilityCriterion(
  row: Comparison | undefined,
  csv: BaselineCsvDataset | undefined,
  spec: KeySpec | undefined,
  plan: OptimizationPlan | undefined,
  baselineRuns: readonly Run[],
  config: PerfGatesConfig,
): { criterion?: Criterion; note?: string; trace?: Record<string, unknown> } {
  if (!spec || !row || row.baseline === null) return {};
  if (!csv)
    return {
      note: 'no baseline-metrics.csv to trace the baseline of the claim to (input `baseline-csv`, or gate 1 run first in the same artifacts folder)',
    };
  const m = matchBaselineRow(csv, spec, config);
  if (!m)
    return { note: `${csv.file} has no row for ${row.key}: the baseline of the claim is not traced to it` };
  const r = m.row;
  const unit = row.unit ?? (spec.stat === 'rate' ? 'ratio' : 'ms');
  const recorded = toUnit(r.value, r.unit, unit);
  if (recorded === undefined || !Number.isFinite(recorded))
    return {
      note: `${csv.file}:${r.line} (${r.metric_name}) is in ${r.unit}, not comparable with ${row.key} in ${unit}`,
    };
  const num = (k: string) => {
    const v = r.extra?.[k];
    return v !== undefined && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
  };
  const lo = num('lower') ?? num('ci_lower');
  const hi = num('upper') ?? num('ci_upper');
  let inside: boolean;
  let band: string;
  if (lo !== undefined && hi !== undefined) {
    const l = toUnit(lo, r.unit, unit) as number;
    const h = toUnit(hi, r.unit, unit) as number;
    inside = row.baseline >= l && row.baseline <= h;
    band = `the row's interval ${fmt(l)}-${fmt(h)} ${unit}`;
  } else {
    inside = Math.abs(row.baseline - recorded) <= 0.05 * Math.abs(recorded);
    band = '5% (the row has no interval)';
  }
  const figures = `${fmt(row.baseline)} ${unit} vs ${fmt(recorded)} ${unit}`;
  const where = `${csv.file}:${r.line} ${r.metric_name}/${r.service}, ${r.collection_method}; matched because ${m.how}`;
  const trace = {
    key: row.key,
    claim_baseline: row.baseline,
    recorded: recorded,
    unit,
    row: { file: csv.file, line: r.line, metric_name: r.metric_name, service: r.service },
    matched_by: m.how,
    within: inside,
    band,
  };
  if (inside)
    return {
      trace,
      criterion: criterion(
        'baseline traces to baseline-metrics.csv',
        true,
        true,
        'pass',
        `baseline of the claim matches the recorded baseline within ${band}: ${figures} (${where})`,
      ),
    };
  const named = typeof plan?.plan.baseline_run === 'string' ? plan.plan.baseline_run.trim() : '';
  const namesRun =
    named !== '' &&
    baselineRuns.some(
      (b) => b.label === named || b.files.some((f) => f.path === named || f.path.includes(named)),
    );
  if (namesRun)
    return {
      trace: { ...trace, rests_on: named },
      criterion: criterion(
        'baseline traces to baseline-metrics.csv',
        true,
        true,
        'pass',
        `baseline of the claim differs from the recorded baseline: ${figures} (beyond ${band}; ${where}); the plan says the claim rests on ${named}`,
      ),
    };
  return {
    trace,
    criterion: criterion(
      'baseline traces to baseline-metrics.csv',
      false,
      true,
      'fail',
      `baseline of the claim differs from the recorded baseline: ${figures} (beyond ${band}; ${where}); name the run the claim rests on in the plan (\`baseline_run\`)${named ? ` — \`${named}\` names none of the baseline runs` : ''}`,
    ),
  };
}
