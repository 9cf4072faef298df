// continuous-improvement-notes.md: recommendations for protocol 22 (retrospective) and protocol 19
// (monitoring), derived ONLY from the gates' results: failed and marginal criteria, missing
// evidence, waivers, uncalibrated and unconfirmed comparisons. Nothing here is invented: each line
// points at the criterion or comparison it comes from. Pure.
import type { Comparison, Criterion, GateResult } from '../model.js';
import { actionFor } from '../gates/common.js';
import { escapeInline, formatNumber, inlineCode, safeVerdict } from './markdown.js';

export interface ImprovementNotesOptions {
  now: string;
  /** a passing criterion within this fraction of its threshold is marginal (default 0.10) */
  margin?: number;
}

interface Item {
  gate: GateResult;
  c: Criterion;
}

function figure(v: Criterion['actual'], unit?: string): string {
  if (v === null || v === undefined) return 'n/a';
  if (typeof v === 'number')
    return `${formatNumber(v)}${unit ? (unit === '%' ? '%' : ` ${escapeInline(unit, 20)}`) : ''}`;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return escapeInline(v, 80);
}

function threshold(c: Criterion): string {
  if (c.threshold === null || c.threshold === undefined) return 'n/a';
  return typeof c.threshold === 'number'
    ? `${c.operator ?? '>='} ${figure(c.threshold, c.unit)}`
    : escapeInline(c.threshold, 80);
}

/** Passing, numeric, and within `margin` of the threshold on the passing side. */
export function isMarginal(c: Criterion, margin = 0.1): boolean {
  if (safeVerdict(c.verdict) !== 'pass' || typeof c.actual !== 'number' || typeof c.threshold !== 'number')
    return false;
  if (!Number.isFinite(c.actual) || !Number.isFinite(c.threshold) || c.threshold === 0) return false;
  // a percentage at 100 has no headroom left to lose to: nothing to watch
  if (c.unit === '%' && (c.operator ?? '>=') === '>=' && c.actual >= 100) return false;
  const t = Math.abs(c.threshold);
  return (c.operator ?? '>=') === '>='
    ? c.actual - c.threshold < margin * t
    : c.threshold - c.actual < margin * t;
}

function line(i: Item, extra = ''): string {
  const reason = escapeInline(i.c.reason, 400);
  const protocol = i.c.protocolReason ? ` (${escapeInline(i.c.protocolReason, 40)})` : '';
  return `- ${escapeInline(i.gate.title, 80)}, ${escapeInline(i.c.name, 160)}: ${figure(i.c.actual, i.c.unit)} (threshold ${threshold(i.c)}). ${reason}${protocol}${!protocol && /[.!?]$/.test(i.c.reason.trim()) ? '' : '.'}${extra}`;
}

export function renderImprovementNotes(
  results: readonly GateResult[],
  opts: ImprovementNotesOptions,
): string {
  const margin = opts.margin ?? 0.1;
  const items: Item[] = results.flatMap((gate) =>
    (Array.isArray(gate.criteria) ? gate.criteria : []).map((c) => ({ gate, c })),
  );
  const failed = items.filter((i) => ['fail', 'error'].includes(safeVerdict(i.c.verdict)));
  const missing = items.filter((i) => safeVerdict(i.c.verdict) === 'insufficient-data');
  const marginal = items.filter((i) => isMarginal(i.c, margin));
  const waived = items.filter((i) => safeVerdict(i.c.verdict) === 'waived');
  const comparisons: { gate: GateResult; c: Comparison }[] = results.flatMap((gate) =>
    (Array.isArray(gate.comparisons) ? gate.comparisons : []).map((c) => ({ gate, c })),
  );
  const uncalibrated = comparisons.filter((x) => !x.c.calibrated && x.c.verdict !== 'insufficient-data');
  const unconfirmed = comparisons.filter((x) => x.c.verdict === 'improvement');
  const absentNotes = results.flatMap((gate) =>
    (Array.isArray(gate.notes) ? gate.notes : [])
      .filter((n) => /^not provided\b/i.test(n))
      .map((n) => ({ gate, n })),
  );

  const out: string[] = [
    '# Continuous Improvement Notes',
    '',
    `Generated ${escapeInline(opts.now, 40)} from the results of ${results.length} gate${results.length === 1 ? '' : 's'} (${results.map((r) => `${escapeInline(r.title, 80)}: ${safeVerdict(r.verdict)}`).join('; ') || 'none'}). ` +
      'For protocol 22 (retrospective) and protocol 19 (monitoring). Every item below comes from a gate criterion or comparison; nothing else is assumed.',
    '',
  ];

  out.push('## Failed criteria', '');
  if (failed.length)
    out.push(...failed.map((i) => line(i, ` Action: ${escapeInline(actionFor(i.gate.gate, i.c), 200)}`)), '');
  else out.push('None.', '');

  out.push('## Missing evidence', '');
  if (missing.length || absentNotes.length) {
    out.push(...missing.map((i) => line(i, ' Provide the evidence and rerun the gate.')));
    out.push(...absentNotes.map((x) => `- ${escapeInline(x.gate.title, 80)}: ${escapeInline(x.n, 300)}`), '');
  } else out.push('None.', '');

  out.push(`## Marginal criteria (passed within ${formatNumber(margin * 100)}% of the threshold)`, '');
  if (marginal.length)
    out.push(
      ...marginal.map((i) => line(i, ' Little headroom: watch this in monitoring and in the next cycle.')),
      '',
    );
  else out.push('None.', '');

  out.push('## Waivers', '');
  if (waived.length)
    out.push(...waived.map((i) => line(i, ' Revisit the justification in the retrospective.')), '');
  else out.push('None.', '');

  out.push('## Uncalibrated comparisons', '');
  if (uncalibrated.length) {
    out.push(
      `${uncalibrated.length} comparison${uncalibrated.length === 1 ? ' was' : 's were'} judged from one run per side without a noise file, so their intervals only cover sampling noise inside each run, not run-to-run drift. ` +
        'Recommendation: run the same build several times (A/A runs), measure the noise with `perf-gates calibrate <runs...> --out noise.json`, and pass it as the `noise` input (or repeat the baseline and candidate runs).',
      '',
      ...uncalibrated
        .slice(0, 40)
        .map((x) => `- ${inlineCode(x.c.key, 160)}: ${escapeInline(x.c.verdict, 30)}`),
    );
    if (uncalibrated.length > 40)
      out.push(`- … ${uncalibrated.length - 40} more (see optimization-validation-report.json)`);
    out.push('');
  } else
    out.push(
      comparisons.length ? 'None: every comparison is calibrated.' : 'None: no comparisons were made.',
      '',
    );

  out.push('## Unconfirmed improvements', '');
  if (unconfirmed.length) {
    out.push(
      'The point estimate clears the improvement threshold but the interval does not: more runs per side would confirm or refute it.',
      '',
      ...unconfirmed
        .slice(0, 40)
        .map(
          (x) =>
            `- ${inlineCode(x.c.key, 160)}: ratio ${x.c.ratio === null ? 'n/a' : formatNumber(x.c.ratio)}, bounds ${x.c.lower === null || x.c.upper === null ? 'n/a' : `${formatNumber(x.c.lower)} to ${formatNumber(x.c.upper)}`}${x.c.calibrated ? '' : ' (uncalibrated)'}`,
        ),
      '',
    );
  } else out.push('None.', '');

  if (
    !failed.length &&
    !missing.length &&
    !absentNotes.length &&
    !marginal.length &&
    !waived.length &&
    !uncalibrated.length &&
    !unconfirmed.length
  ) {
    out.push(
      'No failed, marginal or waived criteria, no missing evidence, and every comparison is calibrated and confirmed.',
      '',
    );
  }
  return out.join('\n').trimEnd() + '\n';
}
