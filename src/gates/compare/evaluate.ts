// The `compare` gate (issue 16): the everyday question "did this change make anything slower?",
// without a plan. Zero regressions over the default keys (or the configured tracked keys), the
// `pytest -m performance` tests green (and run: gate 3's rule), improvements reported and never
// required. The baseline side is runs of the base build, or main's history (the issue-15 store).
// Pure: runs, history entries and the pytest report come in as data; the verdict and
// compare-report.json go out.
import type {
  HistorySeriesChart,
  Comparison,
  Criterion,
  GateContext,
  GateOutcome,
  KeySpec,
  Run,
  TestDataset,
} from '../../model.js';
import type { PerfGatesConfig } from '../../config/schema.js';
import { compareRuns } from '../../stats/compare.js';
import { compareWithHistory, type HistoryComparison } from '../../stats/history/compare.js';
import { historyKeys, keySeries } from '../../stats/history/series.js';
import { formatKey } from '../../stats/keys.js';
import type { HistoryEntry } from '../../stats/history/record.js';
import { formatChange, formatQuantity } from '../../stats/format.js';
import { criterion, fmt, jsonArtifact, makeResult } from '../common.js';
import { checkPerformanceTests, type failedPerformanceTests } from '../optimization/evaluate.js';
import { improvementPct, keyOf, round2, specOf } from '../optimization/keys.js';

export const COMPARE_REPORT = 'compare-report.json';

/** The baseline side: runs of the base build, or the history store's entries. */
export type CompareBaseline =
  | { kind: 'runs'; runs: Run[] }
  | {
      kind: 'history';
      entries: HistoryEntry[];
      /** where the history came from (a folder, an artifact of a run) */
      source: string;
      /** why there is no usable history, when `entries` is empty */
      missing?: string;
    };

export interface CompareEvidence {
  baseline: CompareBaseline;
  candidate: Run[];
  pytest?: TestDataset;
}

/** The configured tracked keys, named (judged alone); none: the default keys. */
export function compareKeys(config: PerfGatesConfig): KeySpec[] {
  return (config.optimization?.tracked ?? []).map((t) =>
    specOf(
      t.name,
      t.stat,
      t.direction,
      (t as { tags?: Record<string, string> }).tags,
      true,
      'config optimization.tracked',
    ),
  );
}

function changePct(c: Comparison): number | null {
  if (c.ratio === null || !Number.isFinite(c.ratio)) return null;
  return round2((c.ratio - 1) * 100);
}

function row(c: Comparison): Record<string, unknown> {
  return {
    key: c.key,
    direction: c.direction,
    named: c.named,
    baseline: c.baseline,
    candidate: c.candidate,
    unit: c.unit ?? null,
    ratio: c.ratio,
    change_percentage: changePct(c),
    improvement_percentage: improvementPct(c.ratio, c.direction),
    bounds: { lower: c.lower, upper: c.upper },
    verdict: c.verdict,
    calibrated: c.calibrated,
    runs: c.runs,
    p_value: c.pValue ?? null,
    reason: c.reason,
    sources: c.sources,
  };
}

/** Points of main's history in a chart, before the candidate's. */
export const CHART_RUNS = 20;

/**
 * The charts of a comparison against the history: each key that changed (regression first, then
 * improvements, biggest change first) or whose history has a change point, main's last runs and
 * the candidate's value as the last point.
 */
export function historySeries(
  entries: readonly HistoryEntry[],
  comparisons: readonly Comparison[],
): HistorySeriesChart[] {
  const keys = historyKeys(entries);
  const rank = (c: Comparison) => (c.verdict === 'regression' ? 0 : CHANGED.has(c.verdict) ? 1 : 2);
  const charted = comparisons
    .filter(
      (c) =>
        c.candidate !== null &&
        Number.isFinite(c.candidate) &&
        (CHANGED.has(c.verdict) || (c as HistoryComparison).window_start),
    )
    .sort((a, b) => rank(a) - rank(b) || Math.abs(Math.log(b.ratio ?? 1)) - Math.abs(Math.log(a.ratio ?? 1)));
  const out: HistorySeriesChart[] = [];
  for (const c of charted) {
    const spec = keys.find((k) => formatKey(k) === c.key || keyOf(k) === c.key);
    if (!spec) continue;
    const points = keySeries(entries, spec).points.slice(-CHART_RUNS);
    if (!points.length) continue;
    const start = (c as HistoryComparison).window_start;
    out.push({
      key: c.key,
      unit: c.unit ?? '',
      labels: [...points.map((p) => (p.sha ? p.sha.slice(0, 7) : p.time.slice(0, 10))), 'PR'],
      values: [...points.map((p) => p.value), c.candidate as number],
      caption: `${c.key}: ${formatChange(c.ratio, c.lower, c.upper)} (${c.verdict})${start ? `; ${start.text}` : ''}`,
    });
  }
  return out;
}

const CHANGED = new Set(['regression', 'improvement', 'improvement-confirmed']);

function baselineCount(b: CompareBaseline): number {
  return b.kind === 'runs' ? b.runs.length : b.entries.length;
}

/** No baseline or no candidate: insufficient-data, with the way out. */
function runsCriterion(ev: CompareEvidence): Criterion | undefined {
  const b = ev.baseline;
  if (b.kind === 'history' && b.entries.length === 0)
    return criterion(
      'baseline history',
      0,
      'at least one history entry',
      'insufficient-data',
      b.missing ??
        `${b.source}: no history on main yet: merge this workflow, or run it once on main with workflow_dispatch`,
      undefined,
      'TelemetryGap',
    );
  if (baselineCount(b) > 0 && ev.candidate.length > 0) return undefined;
  const missing = [baselineCount(b) ? '' : 'baseline', ev.candidate.length ? '' : 'candidate']
    .filter(Boolean)
    .join(' and ');
  return criterion(
    'runs',
    `${baselineCount(b)} baseline, ${ev.candidate.length} candidate`,
    'at least one run per side',
    'insufficient-data',
    `no ${missing} run given: nothing to compare (inputs baseline-k6/baseline-benchmark, or baseline: history, and candidate-k6/candidate-benchmark)`,
    undefined,
    'TelemetryGap',
  );
}

/** `regression count` and one criterion per regressed key or failed performance test. */
function regressionCriteria(
  regressions: Comparison[],
  tests: ReturnType<typeof failedPerformanceTests>,
  compared: number,
  withTests: boolean,
): Criterion[] {
  const out: Criterion[] = [];
  const count = regressions.length + tests.failed.length;
  const names = [...regressions.map((c) => c.key), ...tests.failed.map((t) => t.nodeid)];
  const c = criterion(
    'regression count',
    count,
    0,
    count ? 'fail' : 'pass',
    count === 0
      ? `no regression among ${compared} compared keys${withTests ? ` and ${tests.performance.length} performance tests` : ''}`
      : `${count} regression${count === 1 ? '' : 's'}: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ` and ${names.length - 10} more` : ''}`,
    undefined,
    count ? 'RegressionDetected' : undefined,
  );
  c.operator = '<=';
  out.push(c);
  for (const r of regressions)
    out.push(
      criterion(
        `regression: ${r.key}`,
        changePct(r),
        null,
        'fail',
        `${formatQuantity(r.baseline, r.unit)} -> ${formatQuantity(r.candidate, r.unit)} (${r.reason})`,
        changePct(r) === null ? undefined : '%',
        'RegressionDetected',
      ),
    );
  for (const t of tests.failed)
    out.push(
      criterion(
        `regression: ${t.nodeid}`,
        t.outcome,
        null,
        'fail',
        `pytest -m performance: ${t.outcome}${t.message ? `: ${t.message.replace(/\s+/g, ' ').slice(0, 240)}` : ''}`,
        undefined,
        'RegressionDetected',
      ),
    );
  return out;
}

/** Improvements (reported, never required), calibration and tracked keys without data. */
function reportedNotes(comparisons: Comparison[], keys: KeySpec[], haveRuns: boolean): string[] {
  const out: string[] = [];
  // improvements are reported, never required
  const better = comparisons.filter(
    (c) => c.verdict === 'improvement' || c.verdict === 'improvement-confirmed',
  );
  if (better.length)
    out.push(
      `improved (reported, not required): ${better
        .map(
          (c) =>
            `${c.key} ${fmt(improvementPct(c.ratio, c.direction), '%')}${c.verdict === 'improvement-confirmed' ? ' (confirmed)' : ''}`,
        )
        .join(', ')}`,
    );
  const uncal = comparisons.filter((c) => !c.calibrated && c.verdict !== 'insufficient-data');
  if (uncal.length)
    out.push(
      `${uncal.length} of ${comparisons.length} comparisons are uncalibrated (one run per side, no noise file): repeat the runs, or keep a history on main (baseline: history)`,
    );
  for (const k of keys) {
    const found = comparisons.find((c) => c.key === keyOf(k));
    if (haveRuns && (!found || found.verdict === 'insufficient-data'))
      out.push(`tracked key ${keyOf(k)}: ${found ? found.reason : 'not found in the runs'}`);
  }
  return out;
}

export function evaluateCompare(ev: CompareEvidence, config: PerfGatesConfig, ctx: GateContext): GateOutcome {
  const notes: string[] = [];
  const criteria: Criterion[] = [];
  const keys = compareKeys(config);
  const opts = {
    keys,
    defaultKeys: keys.length === 0,
    target: config.thresholds.improvement / 100,
    tolerance: config.tolerance / 100,
    confidence: config.confidence,
    uncalibratedMargin: config.uncalibrated_margin / 100,
    fdr: config.fdr,
  };
  const missing = runsCriterion(ev);
  let comparisons: Comparison[] = [];
  if (missing) criteria.push(missing);
  else if (ev.baseline.kind === 'runs') comparisons = compareRuns(ev.baseline.runs, ev.candidate, opts);
  else comparisons = compareWithHistory(ev.baseline.entries, ev.candidate, opts);
  const haveRuns = !missing;

  const broken = comparisons.filter((c) => c.verdict === 'error');
  if (broken.length)
    criteria.push(
      criterion(
        'impossible samples',
        broken.length,
        0,
        'error',
        broken
          .slice(0, 5)
          .map((c) => `${c.key}: ${c.reason}`)
          .join('; '),
        undefined,
        'TelemetryGap',
      ),
    );

  const regressions = comparisons.filter((c) => c.verdict === 'regression');
  const tests = checkPerformanceTests(ev.pytest, criteria, notes);
  const count = regressions.length + tests.failed.length;
  if (haveRuns || ev.pytest)
    criteria.push(...regressionCriteria(regressions, tests, comparisons.length, !!ev.pytest));

  notes.push(...reportedNotes(comparisons, keys, haveRuns));

  const series = ev.baseline.kind === 'history' ? historySeries(ev.baseline.entries, comparisons) : [];
  const result = makeResult('compare', criteria, ctx, {
    regressionCount: haveRuns || ev.pytest ? count : null,
    comparisons,
    notes,
  });
  if (series.length) result.series = series;
  const b = ev.baseline;
  const report = {
    baseline:
      b.kind === 'runs'
        ? { kind: 'runs', runs: b.runs.length }
        : { kind: 'history', source: b.source, entries: b.entries.length },
    candidate: { runs: ev.candidate.length },
    keys: keys.length ? 'tracked' : 'default',
    regression_count: result.regressionCount ?? null,
    regression_threshold: 0,
    tolerance_percentage: config.tolerance,
    status: result.verdict,
    criteria: result.criteria,
    comparisons: comparisons.map(row),
    history_series: series,
    tests: ev.pytest
      ? {
          file: ev.pytest.file,
          performance: tests.performance.length,
          ran: tests.ran,
          failed: tests.failed.map((t) => ({ nodeid: t.nodeid, outcome: t.outcome })),
        }
      : null,
    notes,
  };
  return { result, artifacts: [jsonArtifact(COMPARE_REPORT, report, ctx)] };
}
