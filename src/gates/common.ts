// Helpers every gate shares: titles, phase announcements, verdict roll-up, the protocol's
// gate-failure form and JSON artifacts with their provenance fields. Pure.
import type { ArtifactFile, Criterion, GateContext, GateName, GateResult, Verdict } from '../model.js';

export const GATE_NUMBER: Record<GateName, number> = {
  baseline: 1,
  diagnostics: 2,
  optimization: 3,
  governance: 4,
  // not a protocol phase: 0 in file names (gate-0-compare.json) and the execution log
  compare: 0,
};

export const GATE_TITLES: Record<GateName, string> = {
  baseline: 'Gate 1: Baseline Validation',
  diagnostics: 'Gate 2: Diagnostic Coverage',
  optimization: 'Gate 3: Optimization Validation',
  governance: 'Gate 4: Governance & Communication',
  compare: 'Compare: No Regressions',
};

/** The protocol's status announcements (protocol-18, "Communication Protocols"). */
export const PHASE_START: Record<GateName, string> = {
  baseline: '[PHASE 1 START] - Consolidating telemetry and incident evidence for performance triage...',
  diagnostics: '[PHASE 2 START] - Profiling critical transactions across services...',
  optimization: '[PHASE 3 START] - Publishing optimization backlog with ownership and risk notes...',
  governance: '[PHASE 4 START] - Documenting SLO updates and communicating performance improvements...',
  compare: '[COMPARE START] - Comparing this change with the baseline for regressions...',
};

/** The main evidence of each phase, named in its completion announcement. */
export const PHASE_EVIDENCE: Record<GateName, string> = {
  baseline: 'performance-intake-report.json',
  diagnostics: 'load-test-results.json',
  optimization: 'optimization-validation-report.json',
  governance: 'PERFORMANCE-REPORT.md',
  compare: 'compare-report.json',
};

/**
 * `[PHASE N COMPLETE] - ...` after each gate, in the form of the protocol's one completion
 * announcement (`[PHASE 4 COMPLETE] - Performance report published. Evidence: PERFORMANCE-REPORT.md.`).
 */
export function phaseComplete(gate: GateName, verdict: Verdict, evidenceWritten: boolean): string {
  const n = GATE_NUMBER[gate];
  const what =
    gate === 'governance' && evidenceWritten
      ? 'Performance report published'
      : `${GATE_TITLES[gate]}: ${verdict}`;
  const head = gate === 'compare' ? '[COMPARE COMPLETE]' : `[PHASE ${n} COMPLETE]`;
  return `${head} - ${what}.${evidenceWritten ? ` Evidence: ${PHASE_EVIDENCE[gate]}.` : ' No evidence written.'}`;
}

/** The protocol's error announcement: `[RAY ERROR] - Failed at {step}. Reason: {explanation}.` */
export function rayError(step: string, explanation: string): string {
  const reason = explanation.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return `[RAY ERROR] - Failed at ${step}. Reason: ${reason}.`;
}

/**
 * What the protocol says to do when a gate fails ("Gate Failure Handling"): the fallback for a
 * criterion no rule below knows; the required action is derived from the criteria that failed.
 */
export const REQUIRED_ACTION: Record<GateName, string> = {
  baseline: 'Fill telemetry gaps; rerun baseline capture before proceeding.',
  diagnostics: 'Extend diagnostics or add scenarios; rerun validation.',
  optimization: 'Rework optimizations; rollback changes; rerun validation tests.',
  governance: 'Obtain missing approvals; finalize report; redistribute communications.',
  compare: 'Fix the regressions (or the failing performance tests); rerun the comparison.',
};

export const FAILURE_OPTIONS = [
  'Refine and retry (fix the evidence or the change, then rerun the gate)',
  'Request a gate waiver with a documented justification',
  'Halt protocol execution',
];

/** The file name of a gate's own result artifact: gate-1-baseline.json ... */
export function gateResultFile(gate: GateName): string {
  return `gate-${GATE_NUMBER[gate]}-${gate}.json`;
}

const SEVERITY: Record<Verdict, number> = { pass: 0, waived: 1, 'insufficient-data': 2, fail: 3, error: 4 };

/** The overall verdict: the worst criterion wins (error > fail > insufficient-data > waived > pass). */
export function rollUp(criteria: readonly Criterion[]): Verdict {
  if (criteria.length === 0) return 'insufficient-data';
  let worst: Verdict = 'pass';
  for (const c of criteria) if (SEVERITY[c.verdict] > SEVERITY[worst]) worst = c.verdict;
  return worst;
}

export function fmt(v: number | string | boolean | null | undefined, unit?: string): string {
  if (v === null || v === undefined) return 'n/a';
  if (typeof v === 'number') {
    const s = Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
    return unit ? `${s}${unit === '%' ? '%' : ` ${unit}`}` : s;
  }
  return String(v);
}

/** Build a GateResult with the roll-up verdict and, when not a pass, the protocol's failure form. */
export function makeResult(
  gate: GateName,
  criteria: Criterion[],
  ctx: GateContext,
  extra: Partial<
    Pick<GateResult, 'score' | 'improvementPct' | 'regressionCount' | 'comparisons' | 'notes'>
  > = {},
): GateResult {
  const notes = extra.notes ?? [];
  if (ctx.waive) {
    const w = ctx.waive(gate, criteria, ctx.now);
    criteria = w.criteria;
    // the gates keep pushing to the notes array they passed: add to it, do not replace it
    notes.push(...w.notes);
  }
  const verdict = rollUp(criteria);
  const result: GateResult = {
    gate,
    title: GATE_TITLES[gate],
    verdict,
    score: extra.score ?? null,
    criteria,
    notes,
    generated_at: ctx.now,
  };
  if (extra.improvementPct !== undefined) result.improvementPct = extra.improvementPct;
  if (extra.regressionCount !== undefined) result.regressionCount = extra.regressionCount;
  if (extra.comparisons !== undefined) result.comparisons = extra.comparisons;
  if (verdict !== 'pass') {
    const missed = criteria.filter((c) => c.verdict !== 'pass');
    result.failure = {
      criteria: criteria.map((c) => `${c.name} ${thresholdText(c)}`).join('; '),
      actual: missed.map((c) => `${c.name}: ${fmt(c.actual, c.unit)} (${c.reason})`).join('; '),
      ...requiredAction(gate, missed),
    };
  }
  return result;
}

const short = (s: string, max = 80) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

/** What to do about one criterion that was not met: derived from what it measures and why it failed. */
export function actionFor(gate: GateName, c: Criterion): string {
  const blocked = /^gate (\d) /.exec(c.name);
  if (gate === 'governance' && blocked) {
    return c.verdict === 'insufficient-data'
      ? `Run gate ${blocked[1]} in this workflow (its result was not found)`
      : `Fix gate ${blocked[1]} first (gate 4 is blocked by it)`;
  }
  if (c.verdict === 'error')
    return `Fix the input or configuration behind "${short(c.name)}": ${short(c.reason, 120)}`;
  if (
    c.name.startsWith('regression') ||
    (c.protocolReason === 'RegressionDetected' && !c.name.startsWith('improvement on '))
  )
    return 'Fix or roll back the change behind the regressions';
  if (c.name.startsWith('improvement on ')) {
    const key = c.name.slice('improvement on '.length);
    if (c.protocolReason === 'RegressionDetected')
      return `Fix or roll back the change behind the regressions (the target ${key} got worse)`;
    if (c.verdict === 'insufficient-data') return `Provide runs that measure the target ${key} on both sides`;
    return `Rework the optimization: the target ${key} did not improve by the planned threshold`;
  }
  if (/approv/i.test(c.name)) return `Obtain the missing approvals (${short(c.name)})`;
  if (c.name === 'documentation completeness')
    return 'Provide the missing protocol artifacts listed in the report';
  if (c.name === 'artifact checksums')
    return c.verdict === 'insufficient-data'
      ? "Upload the earlier gates' artifacts in this workflow run"
      : 'Find out why earlier artifacts changed after they were written, then rerun the gates';
  if (c.protocolReason === 'LoadTestFailure')
    return 'Fix what failed the load test (breached thresholds, an abort or unreached load) and rerun it';
  if (c.protocolReason === 'TelemetryGap' && gate !== 'baseline')
    return `Provide the missing data for "${short(c.name)}"`;
  return REQUIRED_ACTION[gate].replace(/\.$/, '');
}

/**
 * The failure form's required action and options, from the criteria that were not met (and which
 * gate blocked which), not fixed per gate: blocking gates first, then input errors, then the rest.
 */
export function requiredAction(
  gate: GateName,
  missed: readonly Criterion[],
): { requiredAction: string; options: string[] } {
  // gates that failed before gates not found, then input errors, then the rest
  const rank = (c: Criterion) =>
    /^gate \d /.test(c.name) ? (c.verdict === 'fail' ? 0 : 1) : c.verdict === 'error' ? 2 : 3;
  const actions: string[] = [];
  for (const c of [...missed].sort((a, b) => rank(a) - rank(b))) {
    const a = actionFor(gate, c);
    // "X (detail)" and "X" are one action: keep the more specific
    const same = actions.findIndex((x) => x.startsWith(a) || a.startsWith(x));
    if (same === -1) actions.push(a);
    else if (a.length > actions[same].length) actions[same] = a;
  }
  const shown = actions.slice(0, 3);
  if (actions.length > shown.length) shown.push(`${actions.length - shown.length} more in the criteria`);
  let text =
    shown.map((a, i) => (i === 0 ? a : a.charAt(0).toLowerCase() + a.slice(1))).join('; ') ||
    REQUIRED_ACTION[gate].replace(/\.$/, '');
  if (!/rerun/i.test(text))
    text += gate === 'compare' ? '; then rerun the comparison' : `; then rerun gate ${GATE_NUMBER[gate]}`;
  const options = [FAILURE_OPTIONS[0]];
  const waivable = missed.some((c) => c.verdict !== 'error' && !/^gate \d /.test(c.name));
  if (waivable) options.push(FAILURE_OPTIONS[1]);
  const blockers = [...new Set(missed.map((c) => /^gate (\d) /.exec(c.name)?.[1]).filter(Boolean))];
  if (blockers.length) {
    const list =
      blockers.length === 1
        ? `gate ${blockers[0]}`
        : `gates ${blockers.slice(0, -1).join(', ')} and ${blockers[blockers.length - 1]}`;
    options.push(`Get ${list} passed or waived, then rerun gate 4`);
  }
  options.push(FAILURE_OPTIONS[2]);
  return { requiredAction: `${text}.`, options };
}

function thresholdText(c: Criterion): string {
  if (c.threshold === null || c.threshold === undefined) return '';
  if (typeof c.threshold === 'number') return `${c.operator ?? '>='} ${fmt(c.threshold, c.unit)}`;
  return String(c.threshold);
}

/** The protocol's gate-failure text block. */
export function failureText(result: GateResult): string {
  if (!result.failure) return '';
  const f = result.failure;
  return [
    `[RAY GATE FAILED: ${result.title}]`,
    `Quality gate '${result.title}' ${result.verdict === 'waived' ? 'was waived' : `failed (${result.verdict})`}.`,
    `Criteria: ${f.criteria}`,
    `Actual: ${f.actual}`,
    `Required action: ${f.requiredAction}`,
    'Options:',
    ...f.options.map((o, i) => `${i + 1}. ${o}`),
  ].join('\n');
}

/** A JSON artifact with the provenance every JSON artifact carries (DESIGN section 3). */
export function jsonArtifact(name: string, body: Record<string, unknown>, ctx: GateContext): ArtifactFile {
  const doc = { ...body, generated_at: ctx.now, verified_by: ctx.verifiedBy, inputs: ctx.inputs };
  return { name, content: JSON.stringify(doc, null, 2) + '\n' };
}

export function criterion(
  name: string,
  actual: Criterion['actual'],
  threshold: Criterion['threshold'],
  verdict: Verdict,
  reason: string,
  unit?: string,
  protocolReason?: Criterion['protocolReason'],
): Criterion {
  const c: Criterion = { name, actual, threshold, verdict, reason };
  if (unit) c.unit = unit;
  if (protocolReason) c.protocolReason = protocolReason;
  return c;
}

/** Percent with two decimals, never NaN. */
export function pct(num: number, den: number): number {
  return den === 0 ? 0 : Math.round((num / den) * 10000) / 100;
}
