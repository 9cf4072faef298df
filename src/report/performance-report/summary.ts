// PERFORMANCE-REPORT.md: the summary (every gate's verdict and headline) and the handoff checklist.
import type { GateName, GateResult, Verdict } from '../../model.js';
import { GATE_TITLES, rollUp } from '../../gates/common.js';
import { escapeInline, formatNumber, safeVerdict } from '../markdown.js';
import { type PerformanceReportInput, table, verdictCell, resultOf } from './common.js';

export function summary(input: PerformanceReportInput): string[] {
  const rows: string[][] = [];
  for (const gate of ['baseline', 'diagnostics', 'optimization', 'governance'] as GateName[]) {
    const r = resultOf(input.results, gate);
    rows.push([
      escapeInline(GATE_TITLES[gate]),
      r ? verdictCell(r.verdict) : '❔ not run',
      r && typeof r.score === 'number' && Number.isFinite(r.score) ? `${formatNumber(r.score)}%` : 'n/a',
      r ? headline(r) : 'no result found',
    ]);
  }
  const present = (['baseline', 'diagnostics', 'optimization', 'governance'] as GateName[]).map((g) =>
    resultOf(input.results, g),
  );
  const overall: Verdict = present.some((r) => !r)
    ? rollUp([
        ...present
          .filter((r): r is GateResult => !!r)
          .map((r) => ({
            name: r.gate,
            actual: null,
            threshold: null,
            verdict: safeVerdict(r.verdict),
            reason: '',
          })),
        { name: 'missing', actual: null, threshold: null, verdict: 'insufficient-data', reason: '' },
      ])
    : rollUp(
        present.map((r) => ({
          name: (r as GateResult).gate,
          actual: null,
          threshold: null,
          verdict: safeVerdict((r as GateResult).verdict),
          reason: '',
        })),
      );
  return [
    '## Summary',
    '',
    `Overall: **${verdictCell(overall)}** (the worst gate decides; protocol 18 hands off to protocol 22 only when every gate passed or was waived with a documented justification).`,
    '',
    table(['Gate', 'Verdict', 'Score', 'Headline'], rows),
    '',
    ...handoffLines(present[3]),
  ];
}

/** The protocol 22 handoff checklist governance decided, each item checked or not, and why. */
function handoffLines(gov: GateResult | undefined): string[] {
  const items = Array.isArray(gov?.handoff) ? gov.handoff : [];
  if (!items.length) return [];
  return [
    `Protocol 22 handoff checklist (${items.filter((h) => h.checked).length}/${items.length}):`,
    '',
    ...items.map(
      (h) => `- [${h.checked ? 'x' : ' '}] ${escapeInline(h.item, 200)}: ${escapeInline(h.why, 600)}`,
    ),
    '',
  ];
}

function headline(r: GateResult): string {
  const parts: string[] = [];
  if (r.gate === 'optimization') {
    if (typeof r.improvementPct === 'number') parts.push(`improvement ${formatNumber(r.improvementPct)}%`);
    if (typeof r.regressionCount === 'number')
      parts.push(`${r.regressionCount} regression${r.regressionCount === 1 ? '' : 's'}`);
  }
  const missed = (Array.isArray(r.criteria) ? r.criteria : []).filter(
    (c) => safeVerdict(c.verdict) !== 'pass',
  );
  if (missed.length)
    parts.push(
      `not met: ${missed
        .slice(0, 4)
        .map((c) => escapeInline(c.name, 80))
        .join(', ')}${missed.length > 4 ? ` and ${missed.length - 4} more` : ''}`,
    );
  else parts.push('every criterion met');
  return parts.join('; ');
}
