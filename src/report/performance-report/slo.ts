// PERFORMANCE-REPORT.md: SLO updates and their approvals (phase 5).
import { escapeInline, formatNumber, inlineCode } from '../markdown.js';
import { type PerformanceReportInput, cell, table } from './common.js';

export function sloSection(input: PerformanceReportInput): string[] {
  const out = ['## 5. SLO updates and approvals', ''];
  const rec = input.sloRecord;
  if (!rec) return [...out, 'Not provided: no slo-updates input given, so no SLO change is recorded.', ''];
  if (!rec.updates.length) return [...out, 'No SLO change proposed in this cycle.', ''];
  out.push(
    table(
      ['SLO', 'Metric', 'Previous', 'New', 'Traced to validation', 'Approval'],
      rec.updates.map((u) => [
        cell(u.slo_name, 120),
        u.metric ? inlineCode(u.metric) : 'n/a',
        cell(u.previous_target),
        cell(u.new_target),
        `${u.trace.validated && u.trace.meets_new_target ? '✅' : '❌'} ${escapeInline(u.trace.reason, 300)}`,
        cell(u.approval_status),
      ]),
    ),
    '',
  );
  const seen = new Set<string>();
  const approvers = rec.updates
    .flatMap((u) => u.approvers)
    .filter((a) => (seen.has(a.role) ? false : (seen.add(a.role), true)));
  out.push(
    `Approvals: ${rec.approval_percentage === null ? 'n/a' : `${formatNumber(rec.approval_percentage)}%`} of the required roles (${rec.required_roles.map((r) => escapeInline(r, 60)).join(', ') || 'none'}); status ${cell(rec.approval_status)}. Source: ${cell(rec.approvals_source.source)}${rec.approvals_source.self_attested ? ' (**self-attested**: a file, not GitHub)' : ''}${rec.approvals_source.path ? ` ${inlineCode(rec.approvals_source.path)}` : ''}${rec.approvals_source.error ? `, error: ${escapeInline(rec.approvals_source.error, 300)}` : ''}.`,
    '',
  );
  if (approvers.length) {
    out.push(
      table(
        ['Role', 'Environment', 'Approver', 'Status', 'Observed at', 'Comment'],
        approvers.map((a) => [
          cell(a.role),
          inlineCode(a.environment),
          a.login ? inlineCode(a.login, 60) : 'n/a',
          cell(a.approval_status),
          cell(a.approval_timestamp),
          a.comment ? cell(a.comment, 200) : '',
        ]),
      ),
      '',
      "Approval times are when perf-gates observed the approval: GitHub's approvals API records no time.",
      '',
    );
  }
  if (rec.missing_roles.length)
    out.push(
      `Still needed: ${rec.missing_roles.map((m) => `${escapeInline(m.role, 60)} (environment ${inlineCode(m.environment)}, ${escapeInline(m.status, 20)})`).join(', ')}.`,
      '',
    );
  for (const u of rec.updates)
    if (u.justification) out.push(`- ${cell(u.slo_name)}: ${escapeInline(u.justification, 400)}`);
  out.push('');
  return out;
}
