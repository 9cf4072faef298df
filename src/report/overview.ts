// The first thing a reviewer reads, in the PR comment and the job summary: one verdict line (the
// overall outcome and the worst finding), then one row per gate (verdict, the deciding figure, the
// run and its artifact). Recomputed from the sections' verdict markers. Pure.
import type { GateResult, Verdict } from '../model.js';
import {
  escapeInline,
  inlineCode,
  renderGateSection,
  safeUrl,
  VERDICT_EMOJI,
  type SectionOptions,
} from './markdown.js';
import { gateNumber, isVerdictMarker, sectionSummary, SEVERITY, type SectionSummary } from './verdict.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const VERDICT_WORDS: Record<Verdict, string> = {
  pass: 'passed',
  waived: 'waived',
  fail: 'failed',
  'insufficient-data': 'insufficient data',
  error: 'error',
};

function rankOf(s: SectionSummary): number {
  return gateNumber(s.gate) ?? 99;
}

/** "gate 3 failed, gate 4 blocked by it" for the gates that did not pass, in gate order. */
function gatesPhrase(summaries: readonly SectionSummary[]): string {
  const byGate = new Map<string, SectionSummary[]>();
  for (const s of [...summaries].sort((a, b) => rankOf(a) - rankOf(b)))
    byGate.set(s.gate, [...(byGate.get(s.gate) ?? []), s]);
  const failing: string[] = [];
  const failedNumbers: number[] = [];
  for (const [gate, list] of byGate) {
    const worst = list.reduce((a, b) => (SEVERITY[b.verdict] > SEVERITY[a.verdict] ? b : a));
    if (worst.verdict === 'pass') continue;
    const n = gateNumber(gate);
    const name = n ? `gate ${n}` : escapeInline(gate, 40);
    const jobs =
      list.length > 1
        ? ` (${list.filter((s) => s.verdict === worst.verdict).length} of ${list.length} jobs)`
        : '';
    const blockers = (worst.blockedBy ?? []).filter((b) => b !== n);
    if (worst.verdict === 'fail' && blockers.length) {
      const by =
        blockers.length === 1 && failedNumbers.length === 1 && failedNumbers[0] === blockers[0]
          ? 'it'
          : blockers.map((b) => `gate ${b}`).join(' and ');
      failing.push(`${name} blocked by ${by}${jobs}`);
    } else failing.push(`${name} ${VERDICT_WORDS[worst.verdict]}${jobs}`);
    if (n) failedNumbers.push(n);
  }
  if (failing.length) return failing.join(', ');
  const n = byGate.size;
  return n === 1
    ? `${[...byGate.keys()].map((g) => (gateNumber(g) ? `gate ${gateNumber(g)}` : escapeInline(g, 40)))[0]} passed`
    : `${n} gates passed`;
}

/** The verdict line: "❌ **perf-gates: 7 regressions** - `key` +41% (+18.1% to +67.7%) - gate 3 failed, gate 4 blocked by it". */
export function verdictLine(summaries: readonly SectionSummary[]): string {
  if (!summaries.length) return '❔ **perf-gates: no results yet**';
  const worst = summaries.reduce((a, b) => (SEVERITY[b.verdict] > SEVERITY[a.verdict] ? b : a)).verdict;
  const regressions = summaries.reduce((n, s) => n + (s.regressions ?? 0), 0);
  const title =
    regressions > 0 && worst !== 'pass' && worst !== 'waived'
      ? plural(regressions, 'regression')
      : worst === 'pass'
        ? 'passed'
        : worst === 'waived'
          ? 'passed with a waiver'
          : VERDICT_WORDS[worst];
  // the worst finding, from a section at the worst verdict (regressions first); such a section
  // without a finding gives its deciding figure instead (an improvement elsewhere is not the news)
  const atWorst = summaries
    .filter((s) => s.verdict === worst)
    .sort((a, b) => (b.regressions ?? 0) - (a.regressions ?? 0) || rankOf(a) - rankOf(b));
  const withWorst = atWorst.find((s) => s.worst);
  const parts = [`${VERDICT_EMOJI[worst]} **perf-gates: ${title}**`];
  if (withWorst?.worst)
    parts.push(`${inlineCode(withWorst.worst.key, 160)} ${escapeInline(withWorst.worst.text, 120)}`);
  else if (atWorst[0]?.figure) parts.push(escapeInline(atWorst[0].figure, 240));
  parts.push(gatesPhrase(summaries));
  return parts.join(' - ');
}

/** Rows shown in the gate table; with more (matrix jobs), the worst are shown and the rest counted. */
export const MAX_GATE_ROWS = 20;

/** One row per (gate, job): gate, verdict, the deciding figure, the run and the artifact. */
export function gateTable(summaries: readonly SectionSummary[]): string {
  const order = (a: SectionSummary, b: SectionSummary) =>
    rankOf(a) - rankOf(b) || (a.job < b.job ? -1 : a.job > b.job ? 1 : 0);
  let rows = [...summaries].sort(order);
  let rest: SectionSummary[] = [];
  if (rows.length > MAX_GATE_ROWS) {
    const worstFirst = [...rows].sort((a, b) => SEVERITY[b.verdict] - SEVERITY[a.verdict] || order(a, b));
    const shown = new Set(worstFirst.slice(0, MAX_GATE_ROWS));
    rest = rows.filter((s) => !shown.has(s));
    rows = rows.filter((s) => shown.has(s));
  }
  const lines = ['| Gate | Job | Verdict | Deciding figure | Evidence |', '| --- | --- | --- | --- | --- |'];
  for (const s of rows) {
    const links: string[] = [];
    const run = safeUrl(s.run);
    if (run) links.push(`[run](${run})`);
    if (s.artifact) links.push(inlineCode(s.artifact, 120));
    lines.push(
      `| ${escapeInline(s.title, 120)} | ${inlineCode(s.job, 80)} | ${VERDICT_EMOJI[s.verdict]} ${s.verdict} | ${s.figure ? escapeInline(s.figure, 240) : ' '} | ${links.join(' · ') || ' '} |`,
    );
  }
  if (rest.length) {
    const counts = new Map<Verdict, number>();
    for (const s of rest) counts.set(s.verdict, (counts.get(s.verdict) ?? 0) + 1);
    const text = [...counts].map(([v, n]) => `${n} ${v}`).join(', ');
    lines.push(`| … ${plural(rest.length, 'more job')} | | ${text} | | |`);
  }
  return lines.join('\n');
}

/** The verdict line over `all` (default: the rows shown), then the gate table of `rows`. */
export function renderOverview(
  rows: readonly SectionSummary[],
  all: readonly SectionSummary[] = rows,
): string {
  if (!rows.length) return verdictLine(all);
  return `${verdictLine(all)}\n\n${gateTable(rows)}`;
}

/**
 * The job summary of one gate: the verdict line and gate row, then the gate's section with its
 * charts shown (not collapsed), then where the evidence is.
 */
export function renderJobSummary(
  result: GateResult,
  opts: SectionOptions & { evidence?: { dir: string; files: number }; notice?: string },
): string {
  const summary = sectionSummary(result, opts);
  // the hidden verdict marker is for the sticky comment's merge; a summary (and the CLI's stdout)
  // has no use for it
  const section = renderGateSection(result, { ...opts, charts: opts.charts ?? 'open' })
    .split('\n')
    .filter((line, i) => !(i === 0 && isVerdictMarker(line)))
    .join('\n');
  const parts = [renderOverview([summary])];
  if (opts.notice) parts.push(`> ${escapeInline(opts.notice, 600)}`);
  parts.push(section);
  if (opts.evidence && opts.evidence.files > 0)
    parts.push(
      `Evidence: ${inlineCode(opts.evidence.dir, 200)} (${plural(opts.evidence.files, 'file')}, SHA256SUMS beside them)`,
    );
  return parts.join('\n\n') + '\n';
}
