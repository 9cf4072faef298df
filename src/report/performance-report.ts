// PERFORMANCE-REPORT.md: the whole story of a protocol-18 cycle for a person to read (intake,
// diagnostics, optimization actions, validation with before/after tables and a Mermaid chart, SLO
// updates and approvals, what failed and why, the evidence). Pure: gate results and artifact texts
// in, Markdown out. Every string that came from an input file goes through escapeInline /
// escapeMarkdown (src/report/markdown.ts): no Markdown/HTML injection, no @-mentions.
// Each section is a module of src/report/performance-report/.
import { escapeInline, inlineCode } from './markdown.js';
import type { PerformanceReportInput } from './performance-report/common.js';
import { summary } from './performance-report/summary.js';
import { intake } from './performance-report/intake.js';
import { diagnostics } from './performance-report/diagnostics.js';
import { planSection } from './performance-report/plan.js';
import { validation } from './performance-report/validation.js';
import { sloSection } from './performance-report/slo.js';
import { failures } from './performance-report/failures.js';
import { evidence } from './performance-report/evidence.js';

export type { PerformanceReportInput, ReportSloRecord } from './performance-report/common.js';
export { targetChart } from './performance-report/plan.js';

export function renderPerformanceReport(input: PerformanceReportInput): string {
  const vb = input.verifiedBy;
  const who = vb
    ? [
        vb.tool,
        vb.actor && `actor ${vb.actor}`,
        vb.workflow && `workflow ${vb.workflow}`,
        vb.user && `user ${vb.user}`,
        vb.host && `host ${vb.host}`,
      ]
        .filter(Boolean)
        .join(', ')
    : 'perf-gates';
  const lines = [
    '# Performance Report',
    '',
    `Protocol 18, Performance Optimization & Tuning. Generated ${escapeInline(input.now, 40)} by ${escapeInline(who, 300)}${vb?.run_url ? ` (run ${inlineCode(vb.run_url, 200)})` : ''}.`,
    '',
    ...summary(input),
    ...intake(input),
    ...diagnostics(input),
    ...planSection(input),
    ...validation(input),
    ...sloSection(input),
    ...failures(input),
    ...evidence(input),
  ];
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
