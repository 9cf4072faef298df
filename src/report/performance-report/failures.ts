// PERFORMANCE-REPORT.md: what failed and why.
import { escapeInline, escapeMarkdown, safeVerdict } from '../markdown.js';
import { type PerformanceReportInput, verdictCell } from './common.js';

export function failures(input: PerformanceReportInput): string[] {
  const out = ['## 6. What failed and why', ''];
  const bad = input.results.filter((r) => safeVerdict(r.verdict) !== 'pass');
  if (!bad.length) return [...out, 'Nothing: every gate passed.', ''];
  for (const r of bad) {
    out.push(`### ${escapeInline(r.title, 120)}: ${verdictCell(r.verdict)}`, '');
    const f = r.failure;
    if (!f) {
      out.push('No failure form recorded.', '');
      continue;
    }
    out.push(
      `- **Criteria:** ${escapeMarkdown(f.criteria, 1500)}`,
      `- **Actual:** ${escapeMarkdown(f.actual, 2000)}`,
      `- **Required action:** ${escapeMarkdown(f.requiredAction, 400)}`,
      '- **Options:**',
      ...(Array.isArray(f.options) ? f.options : [])
        .slice(0, 10)
        .map((o, i) => `  ${i + 1}. ${escapeInline(o, 200)}`),
      '',
    );
    const reasons = (r.criteria ?? []).filter((c) => c.protocolReason);
    if (reasons.length)
      out.push(
        `Protocol reasons: ${[...new Set(reasons.map((c) => escapeInline(c.protocolReason, 40)))].join(', ')}.`,
        '',
      );
  }
  return out;
}
