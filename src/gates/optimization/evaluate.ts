// Gate 3, optimization validation (protocol-18 Phase 3; DESIGN sections 2 and 4). Pure: the runs,
// the pytest report, the plan, the noise file and the environment approvals come in as data; the
// verdict and the artifacts (optimization-validation-report.json, optimization-plan.json) go out.
import type {
  BaselineCsvDataset,
  Comparison,
  Criterion,
  Direction,
  EnvironmentApproval,
  PullReview,
  TeamMembership,
  GateContext,
  GateOutcome,
  KeySpec,
  MarkdownDataset,
  NoiseFile,
  OptimizationPlan,
  Run,
  SourceRef,
  TestDataset,
  TestEntry,
} from '../../model.js';
import type { PerfGatesConfig } from '../../config/schema.js';
import { compareRuns } from '../../stats/compare.js';
import { percentileSorted } from '../../stats/percentile.js';
import { criterion, fmt, jsonArtifact, makeResult } from '../common.js';
import { formatQuantity } from '../../stats/format.js';
import { bindRole, isRoleMember, resolveRole } from '../governance/approvals.js';
import {
  NOT_UNDER_PEAK,
  candidatePeakCriterion,
  candidateThresholds,
  instrumentationCriterion,
  traceabilityCriterion,
} from './protocol-checks.js';
import { findComparison, improvementPct, keyOf, normStat, round2, round4, sameKey, specOf } from './keys.js';

export interface OptimizationEvidence {
  baseline: Run[];
  candidate: Run[];
  pytest?: TestDataset;
  plan?: OptimizationPlan;
  planText?: string;
  noise?: NoiseFile;
  approvals?: EnvironmentApproval[];
  /** where the gate runs: inside GitHub Actions only GitHub's answers approve; the CLI takes files (self-attested) */
  where?: 'action' | 'cli';
  /** an approvals file (CLI only): its approvals are self-attested */
  approvalsFile?: string;
  /** the pull request's reviews (Actions), or why they could not be read */
  reviews?: { reviews: PullReview[]; headSha: string; prNumber: number; error?: string };
  /** what GitHub said about `team:` approvers of the plan role */
  teams?: TeamMembership[];
  /** the team's instrumentation-update-log.md (gate 3 evidence in the protocol's table) */
  instrumentationLog?: MarkdownDataset;
  /** the recorded baseline-metrics.csv the claim's baseline must trace to */
  baselineCsv?: BaselineCsvDataset;
}

export const VALIDATION_REPORT = 'optimization-validation-report.json';
export const PLAN_ARTIFACT = 'optimization-plan.json';

/** The target as the gate resolved it. */
export interface ResolvedTarget {
  spec: KeySpec;
  key: string;
  source: 'plan' | 'config';
  unit?: string;
}

/** A regression the gate counts: a compared key or a failed performance test. */
export interface RegressionEntry {
  metric: string;
  kind: 'comparison' | 'pytest' | 'threshold';
  baseline: number | null;
  optimized: number | null;
  regression_percentage: number | null;
  bounds: { lower: number | null; upper: number | null } | null;
  verdict: string;
  calibrated: boolean | null;
  reason: string;
}

/** Plan target first (plan values override config for the run), then config optimization.target. */
export function resolveTarget(
  plan: OptimizationPlan | undefined,
  config: PerfGatesConfig,
): ResolvedTarget | undefined {
  if (plan?.target) {
    const t = plan.target;
    const spec = specOf(t.name, t.stat, t.direction, t.tags, true, plan.file);
    const unit =
      typeof plan.plan.target_metric === 'object' && plan.plan.target_metric !== null
        ? (plan.plan.target_metric as Record<string, unknown>).unit
        : undefined;
    return { spec, key: keyOf(spec), source: 'plan', unit: typeof unit === 'string' ? unit : undefined };
  }
  const t = config.optimization?.target;
  if (t) {
    const spec = specOf(t.name, t.stat, t.direction, undefined, true, 'config optimization.target');
    return { spec, key: keyOf(spec), source: 'config' };
  }
  return undefined;
}

/** Tracked keys: the plan's list when it has one, else config's. Named keys are judged alone. */
function trackedSpecs(plan: OptimizationPlan | undefined, config: PerfGatesConfig): KeySpec[] {
  const list = plan?.tracked ?? config.optimization?.tracked ?? [];
  const file = plan?.tracked ? plan.file : 'config optimization.tracked';
  return list.map((t) =>
    specOf(t.name, t.stat, t.direction, (t as { tags?: Record<string, string> }).tags, true, file),
  );
}

/** A plan justification for the target: plan-level, or the optimization entry for the target metric. */
export function targetJustification(
  plan: OptimizationPlan | undefined,
  target: KeySpec,
): { text: string; where: string } | undefined {
  if (!plan) return undefined;
  const opts = Array.isArray(plan.plan.optimizations) ? (plan.plan.optimizations as unknown[]) : [];
  for (const o of opts) {
    if (!o || typeof o !== 'object') continue;
    const e = o as Record<string, unknown>;
    if (typeof e.justification !== 'string' || !e.justification.trim() || typeof e.metric !== 'string')
      continue;
    let spec: KeySpec;
    try {
      spec = specOf(
        e.metric,
        typeof e.stat === 'string' ? e.stat : target.stat,
        target.direction,
        undefined,
        true,
        plan.file,
      );
    } catch {
      continue;
    }
    if (sameKey(spec, target)) {
      return {
        text: e.justification.trim(),
        where: `optimization ${typeof e.id === 'string' ? e.id : '(no id)'}`,
      };
    }
  }
  // The plan reader folds plan-level and target_metric justifications into `justification`.
  if (plan.justification && plan.justification.trim())
    return { text: plan.justification.trim(), where: 'plan' };
  return undefined;
}

/**
 * Performance tests and what happened to them. pytest-json-report carries marker data (a test's
 * keywords): the performance tests are those marked `performance`. JUnit XML has no markers: every
 * test counts as a performance test. `ran` = passed, failed, error or xpassed (an xpassed test ran).
 */
export function failedPerformanceTests(ds: TestDataset | undefined): {
  failed: TestEntry[];
  performance: TestEntry[];
  markersKnown: boolean;
  ran: number;
  passed: number;
  skipped: number;
  xfailed: number;
} {
  if (!ds)
    return { failed: [], performance: [], markersKnown: false, ran: 0, passed: 0, skipped: 0, xfailed: 0 };
  const markersKnown = ds.format === 'pytest-json-report';
  const performance = markersKnown ? ds.tests.filter((t) => t.markers.includes('performance')) : ds.tests;
  const failed = performance.filter((t) => t.outcome === 'failed' || t.outcome === 'error');
  const n = (...o: string[]) => performance.filter((t) => o.includes(t.outcome)).length;
  return {
    failed,
    performance,
    markersKnown,
    ran: n('passed', 'failed', 'error', 'xpassed'),
    passed: n('passed', 'xpassed'),
    skipped: n('skipped'),
    xfailed: n('xfailed'),
  };
}

/**
 * The `pytest -m performance` check both comparing gates make: with marker data (pytest-json-report)
 * the tests-must-run criterion; JUnit XML (no markers) counts every test, said in a note; no report
 * at all is a note. Returns the tests, whose failures the gate counts as regressions.
 */
export function checkPerformanceTests(
  pytest: TestDataset | undefined,
  criteria: Criterion[],
  notes: string[],
): ReturnType<typeof failedPerformanceTests> {
  const tests = failedPerformanceTests(pytest);
  if (pytest && tests.markersKnown) criteria.push(testsRanCriterion(pytest, tests));
  if (pytest && !tests.markersKnown)
    notes.push(
      `${pytest.file} (JUnit XML) carries no marker data: every test in it is treated as a performance test; ${tests.ran} ran (${tests.passed} passed, ${tests.failed.length} failed), ${tests.skipped} skipped of ${tests.performance.length}`,
    );
  if (!pytest) notes.push('no pytest-json-report given: performance tests were not checked');
  return tests;
}

/** Gate 3's "performance tests ran" criterion (pytest-json-report only: JUnit has no markers). */
export function testsRanCriterion(ds: TestDataset, t: ReturnType<typeof failedPerformanceTests>): Criterion {
  const counts = `${t.ran} ran (${t.passed} passed, ${t.failed.length} failed), ${t.skipped} skipped, ${t.xfailed} xfailed of ${t.performance.length} \`performance\`-marked test${t.performance.length === 1 ? '' : 's'} (${ds.tests.length} in the report)`;
  if (t.ran > 0) return criterion('performance tests ran', t.ran, 1, 'pass', `${ds.file}: ${counts}`);
  const why =
    ds.tests.length === 0
      ? 'the report has no tests'
      : t.performance.length === 0
        ? 'no test carries the `performance` marker (run `pytest -m performance` with markers registered, and do not omit keywords)'
        : 'every performance test was skipped or xfailed';
  return criterion(
    'performance tests ran',
    0,
    1,
    'insufficient-data',
    `${ds.file}: no performance test ran: ${why}; ${counts}`,
    undefined,
    'TelemetryGap',
  );
}

/** The latest review of each user (by submission time, then id). */
export function latestReviews(reviews: readonly PullReview[]): PullReview[] {
  const byUser = new Map<string, PullReview>();
  const order = (r: PullReview) => `${r.submittedAt ?? ''}\0${String(r.id).padStart(20, '0')}`;
  for (const r of reviews) {
    // COMMENTED reviews do not change a user's approval state on GitHub
    if (r.state === 'COMMENTED' || r.state === 'PENDING') continue;
    const k = r.login.toLowerCase();
    const prev = byUser.get(k);
    if (!prev || order(r) > order(prev)) byUser.set(k, r);
  }
  return [...byUser.values()];
}

/**
 * Plan approval (protocol: an approved optimization plan before validation). Inside GitHub Actions
 * only GitHub approves: an environment approval of `optimization.plan_role` in this run, or an
 * approving review of the pull request (each user's latest review, APPROVED, on the current head
 * SHA) by a user of that role. The plan's own `approved_by` is a claim: shown, counted only in the
 * CLI, and labelled self-attested there (so is an approvals file).
 */
function planApproval(ev: OptimizationEvidence, config: PerfGatesConfig): Criterion | undefined {
  const opt = config.optimization;
  if (opt && opt.require_plan_approval === false) return undefined;
  const plan = ev.plan;
  const role = opt?.plan_role;
  const inActions = ev.where === 'action';
  if (!plan) {
    return criterion(
      'plan approved',
      false,
      true,
      'insufficient-data',
      'no optimization-plan.json given: the protocol requires an approved plan (or set optimization.require_plan_approval: false)',
      undefined,
      'TelemetryGap',
    );
  }
  const binding = role ? bindRole(role, config.roles) : undefined;
  const env = binding ? resolveRole(binding, ev.approvals ?? [], ev.teams) : undefined;
  const fileNote = !inActions && ev.approvalsFile ? ` (from ${ev.approvalsFile}: self-attested)` : '';
  if (env?.status === 'rejected') {
    return criterion('plan approved', false, true, 'fail', `plan rejected: ${env.reason}${fileNote}`);
  }
  if (env?.status === 'approved') {
    return criterion(
      'plan approved',
      true,
      true,
      'pass',
      `approved in environment ${env.binding.environment} by ${env.approval?.user.login ?? 'unknown'} (${role})${fileNote}`,
    );
  }
  const why: string[] = [];
  // pull request reviews (Actions)
  if (inActions && binding) {
    const rv = ev.reviews;
    if (!rv) why.push('no pull request to read reviews from');
    else if (rv.error) why.push(`the reviews of #${rv.prNumber} could not be read (${rv.error})`);
    else if (binding.approvers.length === 0) {
      why.push(
        `role ${role} lists no approvers in config roles, so no pull request review can be attributed to it (only its environment ${binding.environment} approves)`,
      );
    } else {
      const latest = latestReviews(rv.reviews);
      const notes: string[] = [];
      for (const r of latest) {
        if (r.state !== 'APPROVED') continue;
        const m = isRoleMember(binding, r.login, ev.teams);
        if (!m.member) {
          notes.push(
            `${r.login} approved but is not in ${role}${m.notes.length ? ` (${m.notes.join('; ')})` : ''}`,
          );
          continue;
        }
        if (r.commitId !== rv.headSha) {
          notes.push(
            `${r.login} approved ${r.commitId ? r.commitId.slice(0, 12) : 'an unknown commit'}, not the head ${rv.headSha.slice(0, 12)}`,
          );
          continue;
        }
        return criterion(
          'plan approved',
          true,
          true,
          'pass',
          `approved by ${r.login} (${role}) in a review of #${rv.prNumber} on ${rv.headSha.slice(0, 12)}`,
        );
      }
      why.push(
        `no approving review of #${rv.prNumber} on ${rv.headSha.slice(0, 12)} by ${role} (${binding.approvers.join(', ')})${notes.length ? `: ${notes.join('; ')}` : ''}`,
      );
    }
  }
  const by = (plan.approvedBy ?? []).filter((s) => s.trim());
  if (!inActions && by.length && plan.approvedAt) {
    return criterion(
      'plan approved',
      true,
      true,
      'pass',
      `approved by ${by.join(', ')} at ${plan.approvedAt} (the plan says so: self-attested)`,
    );
  }
  if (env) why.push(env.reason);
  else if (inActions) why.push('config optimization.plan_role names no role whose approval counts');
  const claim = by.length
    ? `; the plan claims approved_by ${by.join(', ')}${plan.approvedAt ? ` at ${plan.approvedAt}` : ''}, which is not counted inside GitHub Actions`
    : '';
  if (inActions) {
    return criterion(
      'plan approved',
      false,
      true,
      'fail',
      `plan not approved: ${why.join('; ')}${claim}; approve the pull request as a user of ${role ?? 'the plan role'} or approve its environment`,
    );
  }
  const missing: string[] = [];
  if (!by.length) missing.push('approved_by');
  if (!plan.approvedAt) missing.push('approved_at');
  const envText = role ? `, and ${env?.reason ?? `no approval for ${role}`}` : '';
  return criterion(
    'plan approved',
    false,
    true,
    'fail',
    `plan not approved: ${missing.join(' and ')} missing in ${plan.file}${envText}; add them or approve the plan role's environment (config optimization.plan_role)`,
  );
}

/** When the key was measured: the benchmark file's datetime for a benchmark, else k6's last sample (latest run). */
function timestampOf(runs: readonly Run[], metric: string): string | null {
  const times: string[] = [];
  for (const r of runs) {
    const isBench = r.benchmarks?.benchmarks.some((b) => b.fullname === metric || b.name === metric) ?? false;
    const t = isBench ? r.benchmarks?.datetime : (r.k6?.endTime ?? r.k6?.startTime);
    if (t) times.push(t);
  }
  return times.length ? times.sort()[times.length - 1] : null;
}

/** The unit of a key: the comparison's, else from the data (k6 time trend = ms, benchmark = s). */
function unitOf(
  c: Comparison | undefined,
  spec: KeySpec,
  runs: readonly Run[],
  fallback?: string,
): string | null {
  if (c?.unit) return c.unit;
  for (const r of runs) {
    if (r.benchmarks?.benchmarks.some((b) => b.fullname === spec.metric || b.name === spec.metric))
      return 's';
    const s = r.k6?.series.find((x) => x.summary.metric === spec.metric);
    if (s) {
      if (s.summary.type === 'rate') return 'ratio';
      if (s.summary.type === 'counter' && normStat(spec.stat) === 'rate') return '/s';
      if (s.summary.contains === 'time') return 'ms';
      if (s.summary.contains === 'data') return 'B';
      return null;
    }
  }
  return fallback ?? null;
}

/** p50/p95/p99 of the target's k6 trend on each side (mean of per-run figures), for the report's chart. */
export function targetDistribution(
  baseline: readonly Run[],
  candidate: readonly Run[],
  spec: KeySpec,
): {
  unit: string | null;
  baseline: Record<'p50' | 'p95' | 'p99', number | null>;
  optimized: Record<'p50' | 'p95' | 'p99', number | null>;
  runs: { baseline: number; optimized: number };
  combined: string;
} | null {
  const side = (runs: readonly Run[]) => {
    const per: { p50: number; p95: number; p99: number }[] = [];
    let unit: string | null = null;
    for (const r of runs) {
      const s = r.k6?.series.find(
        (x) =>
          x.summary.type === 'trend' &&
          x.summary.metric === spec.metric &&
          sameKey({ ...x.summary, stat: 'p95' }, { ...spec, stat: 'p95' }),
      );
      if (!s) continue;
      if (s.summary.contains === 'time') unit = 'ms';
      const q = (p: number, field: number | undefined) =>
        s.sorted && s.sorted.length
          ? percentileSorted(s.sorted, p)
          : s.sketch && s.sketch.count > 0
            ? s.sketch.percentile(p)
            : field;
      const p50 = q(0.5, s.summary.med);
      const p95 = q(0.95, s.summary.p95);
      const p99 = q(0.99, s.summary.p99);
      if ([p50, p95, p99].every((v) => typeof v === 'number' && Number.isFinite(v)))
        per.push({ p50: p50 as number, p95: p95 as number, p99: p99 as number });
    }
    const mean = (k: 'p50' | 'p95' | 'p99') =>
      per.length ? per.reduce((a, b) => a + b[k], 0) / per.length : null;
    return { unit, n: per.length, v: { p50: mean('p50'), p95: mean('p95'), p99: mean('p99') } };
  };
  const b = side(baseline);
  const o = side(candidate);
  if (b.n === 0 && o.n === 0) return null;
  return {
    unit: b.unit ?? o.unit,
    baseline: b.v,
    optimized: o.v,
    runs: { baseline: b.n, optimized: o.n },
    combined: b.n > 1 || o.n > 1 ? 'mean of per-run percentiles' : 'single run per side',
  };
}

function bounds(c: Comparison): { lower: number | null; upper: number | null } {
  return { lower: c.lower, upper: c.upper };
}

/** Improvement interval in percent from the ratio bounds (decrease: [(1-U), (1-L)] x 100). */
function improvementBounds(c: Comparison): { lower: number | null; upper: number | null } {
  if (c.lower === null || c.upper === null) return { lower: null, upper: null };
  return c.direction === 'decrease'
    ? { lower: round2((1 - c.upper) * 100), upper: round2((1 - c.lower) * 100) }
    : { lower: round2((c.lower - 1) * 100), upper: round2((c.upper - 1) * 100) };
}

function regressionPct(c: Comparison): number | null {
  if (c.ratio === null || !Number.isFinite(c.ratio)) return null;
  return round2(c.direction === 'decrease' ? (c.ratio - 1) * 100 : (1 - c.ratio) * 100);
}

function comparisonRow(c: Comparison): Record<string, unknown> {
  return {
    key: c.key,
    direction: c.direction,
    named: c.named,
    baseline: c.baseline,
    optimized: c.candidate,
    unit: c.unit ?? null,
    ratio: c.ratio,
    change_percentage: c.ratio === null ? null : round2((c.ratio - 1) * 100),
    improvement_percentage: improvementPct(c.ratio, c.direction),
    bounds: bounds(c),
    verdict: c.verdict,
    calibrated: c.calibrated,
    runs: c.runs,
    samples: c.samples ?? null,
    p_value: c.pValue ?? null,
    detectable_change: c.detectable_change ?? null,
    ...(c.detectable_reason ? { detectable_reason: c.detectable_reason } : {}),
    notes: c.notes ?? [],
    reason: c.reason,
    sources: c.sources,
  };
}

function verdictWords(c: Comparison): string {
  const conf =
    c.verdict === 'improvement-confirmed'
      ? 'confirmed (the whole interval clears the threshold)'
      : 'not confirmed (the point estimate clears the threshold, the interval does not)';
  const cal = c.calibrated
    ? 'calibrated'
    : 'uncalibrated: one run per side and no noise file, so the interval is a lower bound on the real uncertainty';
  return `${conf}; ${cal}`;
}

/** 3, with a row that decides: improvement, regression, blind to the target's size, waived or missed. */
function improvementDecided(
  criteria: Criterion[],
  target: NonNullable<ReturnType<typeof resolveTarget>>,
  targetRow: Comparison,
  impPct: number,
  threshold: number,
  justification: ReturnType<typeof targetJustification>,
): void {
  if (targetRow.verdict === 'improvement' || targetRow.verdict === 'improvement-confirmed') {
    criteria.push(
      criterion(
        `improvement on ${target.key}`,
        impPct,
        threshold,
        'pass',
        `${formatQuantity(targetRow.baseline, targetRow.unit)} -> ${formatQuantity(targetRow.candidate, targetRow.unit)} (${fmt(impPct)}% better): ${targetRow.verdict}, ${verdictWords(targetRow)}`,
        '%',
      ),
    );
  } else if (targetRow.verdict === 'regression') {
    criteria.push(
      criterion(
        `improvement on ${target.key}`,
        impPct,
        threshold,
        'fail',
        `${target.key} regressed: ${formatQuantity(targetRow.baseline, targetRow.unit)} -> ${formatQuantity(targetRow.candidate, targetRow.unit)} (${targetRow.reason}); a justification never waives a regression`,
        '%',
        'RegressionDetected',
      ),
    );
  } else if (
    targetRow.detectable_change !== null &&
    targetRow.detectable_change !== undefined &&
    threshold < targetRow.detectable_change
  ) {
    // the target is missed, but a change of the target's size could not have been seen (issue 9)
    const seen = Math.ceil(targetRow.detectable_change);
    criteria.push(
      criterion(
        `improvement on ${target.key}`,
        impPct,
        threshold,
        'insufficient-data',
        `improvement ${fmt(impPct)}% is below the ${threshold}% target, but this run cannot see changes below ${seen}%: run more requests or more runs${targetRow.calibrated ? '' : ' (or calibrate with A/A runs)'}`,
        '%',
        'TelemetryGap',
      ),
    );
  } else if (justification) {
    criteria.push(
      criterion(
        `improvement on ${target.key}`,
        impPct,
        threshold,
        'waived',
        `improvement ${fmt(impPct)}% is below ${threshold}%; waived by the documented justification (${justification.where}): ${oneLine(justification.text)}`,
        '%',
      ),
    );
  } else {
    criteria.push(
      criterion(
        `improvement on ${target.key}`,
        impPct,
        threshold,
        'fail',
        `improvement ${fmt(impPct)}% is below ${threshold}% (${targetRow.reason}); no justification in the plan for this metric`,
        '%',
      ),
    );
  }
}

/** 3. The improvement on the target: one criterion (which `criteria` receives). */
function improvementOnTarget(
  criteria: Criterion[],
  target: ReturnType<typeof resolveTarget>,
  haveRuns: boolean,
  targetRow: Comparison | undefined,
  impPct: number | null,
  threshold: number,
  justification: ReturnType<typeof targetJustification>,
): void {
  if (!target) {
    criteria.push(
      criterion(
        'improvement on target metric',
        null,
        threshold,
        'insufficient-data',
        'no target metric: add optimization-plan.json or config optimization.target',
        '%',
        'TelemetryGap',
      ),
    );
  } else if (!haveRuns) {
    criteria.push(
      criterion(
        `improvement on ${target.key}`,
        null,
        threshold,
        'insufficient-data',
        'no runs to compare',
        '%',
        'TelemetryGap',
      ),
    );
  } else if (!targetRow) {
    criteria.push(
      criterion(
        `improvement on ${target.key}`,
        null,
        threshold,
        'insufficient-data',
        `${target.key} was not found in the runs (no such metric, tags or statistic on either side)`,
        '%',
        'TelemetryGap',
      ),
    );
  } else if (targetRow.verdict === 'error') {
    criteria.push(
      criterion(
        `improvement on ${target.key}`,
        null,
        threshold,
        'error',
        `${target.key}: ${targetRow.reason}`,
        '%',
        'TelemetryGap',
      ),
    );
  } else if (targetRow.verdict === 'insufficient-data' || impPct === null) {
    criteria.push(
      criterion(
        `improvement on ${target.key}`,
        impPct,
        threshold,
        'insufficient-data',
        `${target.key}: ${targetRow.reason || 'too few samples to decide'}`,
        '%',
        'TelemetryGap',
      ),
    );
  } else improvementDecided(criteria, target, targetRow, impPct, threshold, justification);
}

/**
 * 4. Regressions: compared keys (unless the candidate ran below peak load), failed performance
 * tests and k6 thresholds the candidate crossed and the baseline held. Pushes the tests criterion
 * and the notes on the way, in that order.
 */
function collectRegressions(
  ev: OptimizationEvidence,
  comparisons: Comparison[],
  notUnderPeak: boolean,
  haveRuns: boolean,
  criteria: Criterion[],
  notes: string[],
) {
  const regressions: RegressionEntry[] = [];
  const offPeak = notUnderPeak ? comparisons.filter((c) => c.verdict === 'regression') : [];
  if (offPeak.length)
    notes.push(
      `not counted as regressions (the candidate ran below peak load, so its comparison decides nothing): ${offPeak.map((c) => c.key).join(', ')}`,
    );
  for (const c of comparisons) {
    if (c.verdict !== 'regression' || notUnderPeak) continue;
    regressions.push({
      metric: c.key,
      kind: 'comparison',
      baseline: c.baseline,
      optimized: c.candidate,
      regression_percentage: regressionPct(c),
      bounds: bounds(c),
      verdict: c.verdict,
      calibrated: c.calibrated,
      reason: c.reason,
    });
  }
  const tests = checkPerformanceTests(ev.pytest, criteria, notes);
  for (const t of tests.failed) {
    regressions.push({
      metric: t.nodeid,
      kind: 'pytest',
      baseline: null,
      optimized: null,
      regression_percentage: null,
      bounds: null,
      verdict: t.outcome,
      calibrated: null,
      reason: `pytest -m performance: ${t.outcome}${t.message ? `: ${oneLine(t.message)}` : ''}`,
    });
  }
  // The candidate's own k6 thresholds: one it crossed and the baseline held is a regression.
  const thr = haveRuns ? candidateThresholds(ev.baseline, ev.candidate) : { crossed: [], notes: [] };
  notes.push(...thr.notes);
  for (const t of thr.crossed) {
    if (t.baselineToo) continue;
    regressions.push({
      metric: `threshold ${t.metric} ${t.expression}`,
      kind: 'threshold',
      baseline: null,
      optimized: t.actual ?? null,
      regression_percentage: null,
      bounds: null,
      verdict: 'crossed',
      calibrated: null,
      reason: `the candidate run ${t.run} crossed its k6 threshold ${t.metric} ${t.expression}; the baseline held it`,
    });
  }
  return { regressions, tests, thr };
}

/** The regression count and one criterion per regression (failing when over the allowed count). */
function regressionCriteria(
  criteria: Criterion[],
  regressions: RegressionEntry[],
  comparisons: Comparison[],
  maxRegressions: number,
  ev: OptimizationEvidence,
  tests: ReturnType<typeof failedPerformanceTests>,
): void {
  const over = regressions.length > maxRegressions;
  const names = regressions.map((r) => r.metric);
  const c = criterion(
    'regression count',
    regressions.length,
    maxRegressions,
    over ? 'fail' : 'pass',
    regressions.length === 0
      ? `no regression among ${comparisons.length} compared keys${ev.pytest ? ` and ${tests.performance.length} performance tests` : ''}`
      : `${regressions.length} regression${regressions.length === 1 ? '' : 's'}: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ` and ${names.length - 10} more` : ''}`,
    undefined,
    over ? 'RegressionDetected' : undefined,
  );
  c.operator = '<=';
  criteria.push(c);
  const unitOf = new Map(comparisons.map((c) => [c.key, c.unit]));
  for (const r of regressions) {
    const unit = unitOf.get(r.metric);
    const detail =
      r.kind === 'pytest'
        ? r.reason
        : `${formatQuantity(r.baseline, unit)} -> ${formatQuantity(r.optimized, unit)} (${fmt(r.regression_percentage)}% worse; ${r.reason})`;
    criteria.push(
      criterion(
        `regression: ${r.metric}`,
        r.regression_percentage ?? r.verdict,
        null,
        over ? 'fail' : 'waived',
        over ? detail : `${detail}; allowed by config thresholds.regressions = ${maxRegressions}`,
        r.regression_percentage === null ? undefined : '%',
        over ? 'RegressionDetected' : undefined,
      ),
    );
  }
}

/** Notes: uncalibrated rows, crossed thresholds on either side, plan tracked keys not found. */
function closingNotes(
  notes: string[],
  ev: OptimizationEvidence,
  comparisons: Comparison[],
  tracked: KeySpec[],
  haveRuns: boolean,
): void {
  const uncal = comparisons.filter((c) => !c.calibrated && c.verdict !== 'insufficient-data');
  if (uncal.length)
    notes.push(
      `${uncal.length} of ${comparisons.length} comparisons are uncalibrated (one run per side, no noise file): run \`perf-gates calibrate\` on A/A runs or repeat the runs`,
    );
  for (const t of tracked) {
    const row = findComparison(comparisons, t);
    if (haveRuns && (!row || row.verdict === 'insufficient-data'))
      notes.push(`tracked key ${keyOf(t)}: ${row ? row.reason : 'not found in the runs'}`);
  }
  // (the candidate's crossed thresholds are a criterion above; the baseline's are said here)
  for (const [side, runs] of [['baseline', ev.baseline]] as const) {
    for (const r of runs) {
      const crossed = (r.k6?.thresholds ?? []).filter((t) => t.ok === false);
      if (crossed.length)
        notes.push(
          `${side} run ${r.label} crossed ${crossed.length} of its own k6 thresholds: ${crossed.map((t) => `${t.metric} ${t.expression}`).join(', ')}`,
        );
    }
  }
}

/** 2. The comparison of the two sides (none, and the runs criterion, when a side has no run). */
function compareSides(
  ev: OptimizationEvidence,
  config: PerfGatesConfig,
  target: ReturnType<typeof resolveTarget>,
  tracked: KeySpec[],
  threshold: number,
  tolerance: number,
  criteria: Criterion[],
): Comparison[] {
  const haveRuns = ev.baseline.length > 0 && ev.candidate.length > 0;
  if (!haveRuns) {
    const missing = [ev.baseline.length ? '' : 'baseline', ev.candidate.length ? '' : 'candidate']
      .filter(Boolean)
      .join(' and ');
    criteria.push(
      criterion(
        'runs',
        `${ev.baseline.length} baseline, ${ev.candidate.length} candidate`,
        'at least one run per side',
        'insufficient-data',
        `no ${missing} run given: nothing to compare (inputs baseline-k6/baseline-benchmark and candidate-k6/candidate-benchmark)`,
        undefined,
        'TelemetryGap',
      ),
    );
  } else {
    const keys: KeySpec[] = [];
    if (target) keys.push(target.spec);
    for (const t of tracked) if (!keys.some((k) => sameKey(k, t))) keys.push(t);
    return compareRuns(ev.baseline, ev.candidate, {
      keys,
      defaultKeys: true,
      target: threshold / 100,
      tolerance: tolerance / 100,
      confidence: config.confidence,
      noise: ev.noise,
      uncalibratedMargin: config.uncalibrated_margin / 100,
      fdr: config.fdr,
    });
  }
  return [];
}

/** What the validation report is made of (the criteria decided, the rows, the sources). */
interface ReportParts {
  ev: OptimizationEvidence;
  ctx: GateContext;
  plan: OptimizationPlan | undefined;
  approval: Criterion | undefined;
  target: ReturnType<typeof resolveTarget>;
  targetRow: Comparison | undefined;
  impPct: number | null;
  threshold: number;
  tolerance: number;
  maxRegressions: number;
  justification: ReturnType<typeof targetJustification>;
  criteria: Criterion[];
  peak: ReturnType<typeof candidatePeakCriterion>;
  thr: ReturnType<typeof candidateThresholds>;
  trace: ReturnType<typeof traceabilityCriterion>;
  regressions: RegressionEntry[];
  haveRuns: boolean;
  result: GateOutcome['result'];
  comparisons: Comparison[];
  tests: ReturnType<typeof failedPerformanceTests>;
  notes: string[];
}

/** The validation report (protocol shape plus every comparison row and the tests summary). */
function validationReport(parts: ReportParts) {
  const { ev, ctx, plan, approval, target, targetRow, impPct, threshold, tolerance, maxRegressions } = parts;
  const {
    justification,
    criteria,
    peak,
    thr,
    trace,
    regressions,
    haveRuns,
    result,
    comparisons,
    tests,
    notes,
  } = parts;
  const runsRef = (runs: readonly Run[]): SourceRef[] =>
    runs.flatMap((r) => r.files.map((f) => ({ path: f.path, sha256: f.sha256 })));
  const unit = target ? unitOf(targetRow, target.spec, [...ev.baseline, ...ev.candidate], target.unit) : null;
  const dir: Direction = target?.spec.direction ?? 'decrease';
  const absolute =
    targetRow && targetRow.baseline !== null && targetRow.candidate !== null
      ? round4(
          dir === 'decrease'
            ? targetRow.baseline - targetRow.candidate
            : targetRow.candidate - targetRow.baseline,
        )
      : null;
  const impBounds = targetRow ? improvementBounds(targetRow) : { lower: null, upper: null };
  const improvementCriterion = criteria.find((c) => c.name.startsWith('improvement on'));
  return {
    validation_date: ctx.now,
    optimization_id: plan && typeof plan.plan.plan_id === 'string' ? plan.plan.plan_id : null,
    plan: plan
      ? {
          file: plan.file,
          title: typeof plan.plan.title === 'string' ? plan.plan.title : null,
          approval: approval ?? null,
        }
      : null,
    target_metric: target?.key ?? null,
    target_source: target?.source ?? null,
    direction: target ? dir : null,
    baseline: {
      value: targetRow?.baseline ?? null,
      unit,
      timestamp: target ? timestampOf(ev.baseline, target.spec.metric) : null,
      runs: ev.baseline.length,
      sources: targetRow?.sources.baseline ?? runsRef(ev.baseline),
    },
    optimized: {
      value: targetRow?.candidate ?? null,
      unit,
      timestamp: target ? timestampOf(ev.candidate, target.spec.metric) : null,
      runs: ev.candidate.length,
      sources: targetRow?.sources.candidate ?? runsRef(ev.candidate),
    },
    improvement: {
      absolute,
      percentage: impPct,
      threshold_percentage: threshold,
      meets_threshold:
        impPct !== null &&
        impPct >= threshold &&
        (targetRow?.verdict === 'improvement' || targetRow?.verdict === 'improvement-confirmed'),
      lower_bound_percentage: impBounds.lower,
      upper_bound_percentage: impBounds.upper,
      ratio: targetRow?.ratio ?? null,
      ratio_bounds: targetRow ? bounds(targetRow) : null,
      verdict: targetRow?.verdict ?? 'insufficient-data',
      confirmed: targetRow?.verdict === 'improvement-confirmed',
      calibrated: targetRow?.calibrated ?? null,
      justification:
        improvementCriterion?.verdict === 'waived' && justification
          ? { text: justification.text, source: justification.where }
          : null,
      reason: improvementCriterion?.reason ?? null,
    },
    target_distribution: target ? targetDistribution(ev.baseline, ev.candidate, target.spec) : null,
    peak_load: {
      rule: 'the peak scenarios gate 2 checks on the load test (config diagnostics.peak_scenarios), checked on the candidate run',
      criterion: peak.criterion ?? null,
      scenarios: peak.checks,
    },
    candidate_thresholds: thr.crossed,
    instrumentation_log: ev.instrumentationLog ? { file: ev.instrumentationLog.file } : null,
    baseline_trace: trace.trace ?? null,
    regressions,
    regression_count: haveRuns || ev.pytest ? regressions.length : null,
    regression_threshold: maxRegressions,
    tolerance_percentage: tolerance,
    status: result.verdict,
    criteria: result.criteria,
    comparisons: comparisons.map(comparisonRow),
    tests: ev.pytest
      ? {
          file: ev.pytest.file,
          total: ev.pytest.tests.length,
          performance: tests.performance.length,
          markers_known: tests.markersKnown,
          outcomes: countOutcomes(tests.performance),
          failed: tests.failed.map((t) => ({
            nodeid: t.nodeid,
            outcome: t.outcome,
            message: t.message ?? null,
          })),
        }
      : null,
    notes,
  };
}

export function evaluateOptimization(
  ev: OptimizationEvidence,
  config: PerfGatesConfig,
  ctx: GateContext,
): GateOutcome {
  const notes: string[] = [];
  const criteria: Criterion[] = [];
  const plan = ev.plan;
  const threshold = plan?.improvementThreshold ?? config.thresholds.improvement;
  const tolerance = plan?.tolerance ?? config.tolerance;
  const maxRegressions = config.thresholds.regressions;
  const target = resolveTarget(plan, config);
  const tracked = trackedSpecs(plan, config);

  if (plan?.improvementThreshold !== undefined)
    notes.push(`improvement threshold ${plan.improvementThreshold}% from ${plan.file} (overrides config)`);
  if (plan?.tolerance !== undefined)
    notes.push(`regression tolerance ${plan.tolerance}% from ${plan.file} (overrides config)`);

  // 1. Plan approval.
  const approval = planApproval(ev, config);
  if (approval) criteria.push(approval);
  else notes.push('plan approval not required (config optimization.require_plan_approval: false)');

  // 2. The comparison.
  const haveRuns = ev.baseline.length > 0 && ev.candidate.length > 0;
  const comparisons = compareSides(ev, config, target, tracked, threshold, tolerance, criteria);

  // Peak load on the changed build: without it the comparison shows nothing about peak load.
  const peak = haveRuns ? candidatePeakCriterion(ev.candidate, config) : { checks: [] };
  const notUnderPeak = peak.criterion?.verdict === 'insufficient-data';

  // 3. The improvement on the target.
  const targetRow = target ? findComparison(comparisons, target.spec) : undefined;
  const impPct = targetRow ? improvementPct(targetRow.ratio, targetRow.direction) : null;
  const justification = target ? targetJustification(plan, target.spec) : undefined;
  improvementOnTarget(criteria, target, haveRuns, targetRow, impPct, threshold, justification);

  const impCrit = criteria.find((c) => c.name.startsWith('improvement on'));
  if (notUnderPeak && impCrit && impCrit.verdict !== 'insufficient-data') {
    impCrit.reason = `${NOT_UNDER_PEAK} (the candidate run did not reach the peak scenarios); the comparison alone: ${impCrit.verdict}, ${impCrit.reason}`;
    impCrit.verdict = 'insufficient-data';
    impCrit.protocolReason = 'TelemetryGap';
  }
  // Impossible samples (negative durations, non-finite values) above the limit in any compared key.
  const broken = comparisons.filter((c) => c.verdict === 'error' && c.key !== targetRow?.key);
  if (broken.length > 0)
    criteria.push(
      criterion(
        'impossible samples',
        broken.length,
        0,
        'error',
        `${broken.length} compared key${broken.length === 1 ? '' : 's'} with impossible samples: ${broken
          .slice(0, 5)
          .map((c) => `${c.key}: ${c.reason}`)
          .join('; ')}${broken.length > 5 ? ` and ${broken.length - 5} more` : ''}`,
        undefined,
        'TelemetryGap',
      ),
    );

  // 4. Regressions: compared keys and failed performance tests.
  const { regressions, tests, thr } = collectRegressions(
    ev,
    comparisons,
    notUnderPeak,
    haveRuns,
    criteria,
    notes,
  );
  if (haveRuns || ev.pytest)
    regressionCriteria(criteria, regressions, comparisons, maxRegressions, ev, tests);

  // Peak load on the changed build, the candidate's thresholds, instrumentation, traceability.
  if (peak.criterion) criteria.push(peak.criterion);
  if ('note' in peak && peak.note) notes.push(peak.note);
  if (thr.criterion) criteria.push(thr.criterion);
  const instrumentKeys = [...(target ? [target.spec] : []), ...tracked];
  criteria.push(instrumentationCriterion(ev.instrumentationLog, instrumentKeys));
  const trace = traceabilityCriterion(targetRow, ev.baselineCsv, target?.spec, plan, ev.baseline, config);
  if (trace.criterion) criteria.push(trace.criterion);
  if (trace.note) notes.push(trace.note);

  closingNotes(notes, ev, comparisons, tracked, haveRuns);

  const result = makeResult('optimization', criteria, ctx, {
    score: impPct,
    improvementPct: impPct,
    regressionCount: haveRuns || ev.pytest ? regressions.length : null,
    comparisons,
    notes,
  });

  const report = validationReport({
    ev,
    ctx,
    plan,
    approval,
    target,
    targetRow,
    impPct,
    threshold,
    tolerance,
    maxRegressions,
    justification,
    criteria,
    peak,
    thr,
    trace,
    regressions,
    haveRuns,
    result,
    comparisons,
    tests,
    notes,
  });
  const artifacts = [jsonArtifact(VALIDATION_REPORT, report, ctx)];
  if (ev.planText !== undefined) artifacts.push({ name: PLAN_ARTIFACT, content: ev.planText });
  else if (plan) {
    // No bytes of the team's file were handed over: re-serialise the plan as read, and say so.
    artifacts.push({ name: PLAN_ARTIFACT, content: JSON.stringify(plan.plan, null, 2) + '\n' });
    result.notes.push(
      `${PLAN_ARTIFACT} re-serialised from the parsed plan (the original bytes were not available), so its checksum differs from ${plan.file}`,
    );
  }
  return { result, artifacts };
}

function countOutcomes(tests: readonly TestEntry[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of tests) out[t.outcome] = (out[t.outcome] ?? 0) + 1;
  return out;
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 240 ? `${flat.slice(0, 237)}...` : flat;
}
