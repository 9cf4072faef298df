// Markdown rendering of one gate result for the sticky PR comment (and anything else that shows a
// GateResult as GitHub-flavoured Markdown). Pure.
//
// Every string that can come from an input file (tag names, test ids, check names, metadata,
// criterion reasons that quote them, and whole GateResults read back from artifacts) goes through
// escapeInline / escapeMarkdown: no Markdown or HTML injection, no @-mentions, no forged hidden
// markers (`<!--` never survives), bounded length.
import type { Comparison, Criterion, GateResult, Verdict } from '../model.js';
import { renderChartsMarkdown } from './charts.js';
import { renderHistoryChartsMarkdown } from './history-charts.js';
import { formatChange, formatQuantity } from '../stats/format.js';
import { sectionSummary, verdictMarker } from './verdict.js';

/** Control characters and bidi/zero-width overrides that can hide or reorder text. */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Markdown punctuation that is backslash-escaped (CommonMark: any ASCII punctuation may be). */
const MD_PUNCT = /[\\`*_{}[\]()#+\-.!|~=:$^]/g;

function truncate(s: string, max: number): string {
  if (max <= 0 || s.length <= max) return s;
  // do not cut a surrogate pair in half
  let cut = max - 1;
  const code = s.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return s.slice(0, cut) + '…';
}

function escapeCore(s: string): string {
  return s
    .replace(HIDDEN, '')
    .replace(MD_PUNCT, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/@/g, '@&#8203;');
}

/**
 * One line of untrusted text for inline use (table cells, headings, list items): newlines become
 * spaces, Markdown and HTML are neutralised, `@` cannot mention, capped at `max` characters (before
 * escaping, so an entity is never cut).
 */
export function escapeInline(value: unknown, max = 200): string {
  const s = String(value ?? '')
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .trim();
  return escapeCore(truncate(s, max));
}

/**
 * One line of untrusted text for an HTML block (a `<summary>` line): GitHub does not process
 * Markdown escapes there, so only HTML is escaped (a backslash would show). The line cannot end
 * the block: newlines become spaces.
 */
export function escapeHtmlInline(value: unknown, max = 200): string {
  const s = String(value ?? '')
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .trim();
  return truncate(s, max)
    .replace(HIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/@/g, '@&#8203;');
}

/**
 * Multi-line untrusted text: like escapeInline, but line breaks are kept as `<br>` so no line can
 * start a block (heading, list, quote, fence, HTML block) of its own.
 */
export function escapeMarkdown(value: unknown, max = 2000): string {
  const s = String(value ?? '')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .trim();
  return truncate(s, max)
    .split('\n')
    .map((line) => escapeCore(line))
    .join('<br>');
}

/** Untrusted text shown as code: `<code>` around the escaped text (entities still render there). */
export function inlineCode(value: unknown, max = 120): string {
  const s = escapeInline(value, max);
  return `<code>${s === '' ? '&nbsp;' : s}</code>`;
}

export const VERDICT_EMOJI: Record<Verdict, string> = {
  pass: '✅',
  waived: '⚠️',
  fail: '❌',
  'insufficient-data': '❔',
  error: '💥',
};

const VERDICTS: readonly Verdict[] = ['pass', 'waived', 'fail', 'insufficient-data', 'error'];

/** A verdict from untrusted data: anything unknown is shown as `error`. */
export function safeVerdict(v: unknown): Verdict {
  return VERDICTS.includes(v as Verdict) ? (v as Verdict) : 'error';
}

/** Numbers the way a person reads them: up to 4 significant decimals, no exponent noise. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return String(n);
  const abs = Math.abs(n);
  const digits = abs >= 100 ? 2 : abs >= 1 ? 3 : 4;
  return String(Number(n.toFixed(digits)));
}

function formatValue(v: unknown, unit?: unknown, max = 80): string {
  if (v === null || v === undefined) return 'n/a';
  if (typeof v === 'number') {
    const u = typeof unit === 'string' && unit !== '' ? unit : undefined;
    const s = formatQuantity(v, u);
    return u && !KNOWN_UNIT.test(u) ? escapeInline(s, max) : s;
  }
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return escapeInline(v, max);
}

/** Units the formatter knows (its output needs no escaping). */
const KNOWN_UNIT = /^(ns|us|µs|μs|ms|s|B|kB|MB|GB|%|\/s|req\/s|rps)$/;

/** Cells of a Markdown table row (the cells are already escaped). */
function row(cells: string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}

/** `<details>`: the summary is an HTML block line, so it takes HTML-escaped text only. */
function details(summaryHtml: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summaryHtml}</summary>\n\n${body}\n\n</details>`;
}

const MAX_TABLE_ROWS = 60;
const COLLAPSE_AFTER = 12;

function thresholdText(c: Criterion): string {
  if (c.threshold === null || c.threshold === undefined) return '';
  const t = formatValue(c.threshold, c.unit);
  return typeof c.threshold === 'number' ? `${c.operator ?? '>='} ${t}` : t;
}

function criteriaTable(criteria: readonly Criterion[]): string {
  const lines = [
    row(['Criterion', 'Actual', 'Threshold', 'Verdict', 'Reason']),
    row(['---', '--:', '--:', '---', '---']),
  ];
  for (const c of criteria.slice(0, MAX_TABLE_ROWS)) {
    const v = safeVerdict(c.verdict);
    const reason =
      escapeInline(c.reason, 300) + (c.protocolReason ? ` (${escapeInline(c.protocolReason, 40)})` : '');
    lines.push(
      row([
        escapeInline(c.name, 120),
        formatValue(c.actual, c.unit),
        thresholdText(c),
        `${VERDICT_EMOJI[v]} ${v}`,
        reason,
      ]),
    );
  }
  if (criteria.length > MAX_TABLE_ROWS) {
    lines.push(row([`… ${criteria.length - MAX_TABLE_ROWS} more in the job summary`, '', '', '', '']));
  }
  return lines.join('\n');
}

const KEY_VERDICT: Record<string, string> = {
  regression: '❌ regression',
  improvement: '✅ improvement',
  'improvement-confirmed': '✅ improvement (confirmed)',
  'no-change': 'no change',
  'insufficient-data': '❔ insufficient data',
};

function keyVerdict(c: Comparison): string {
  return KEY_VERDICT[c.verdict] ?? `💥 ${escapeInline(c.verdict, 30)}`;
}

/** The smallest change the comparison can see, "±12.3%", or "n/a" with no interval. */
function detectable(c: Comparison): string {
  const d = c.detectable_change;
  return d === null || d === undefined || !Number.isFinite(d)
    ? 'n/a'
    : `±${formatNumber(Math.round(d * 10) / 10)}%`;
}

function keyValue(v: number | null | undefined, unit: unknown): string {
  return v === null || v === undefined ? 'n/a' : formatValue(v, unit);
}

/**
 * Key, baseline, candidate, change in % with its 95% range, the smallest change this comparison
 * can see, verdict; then the row's notes ("blind to regressions below 31%") and, for missing data,
 * why.
 */
function keysTable(rows: readonly Comparison[], withReason: boolean): string {
  const head = ['Key', 'Baseline', 'Candidate', 'Change (95% range)', 'Detectable', 'Verdict'];
  const lines = [
    row(withReason ? [...head, 'Notes'] : head),
    row(['---', '--:', '--:', '--:', '--:', '---', ...(withReason ? ['---'] : [])]),
  ];
  for (const c of rows.slice(0, MAX_TABLE_ROWS)) {
    const cells = [
      inlineCode(c.key, 160),
      keyValue(c.baseline, c.unit),
      keyValue(c.candidate, c.unit),
      formatChange(c.ratio, c.lower, c.upper),
      detectable(c),
      keyVerdict(c),
    ];
    if (withReason)
      cells.push(
        escapeInline(
          [
            ...(c.notes ?? []),
            ...(c.verdict === 'insufficient-data' || c.verdict === 'error' ? [c.reason] : []),
          ].join('; '),
          240,
        ),
      );
    lines.push(row(cells));
  }
  if (rows.length > MAX_TABLE_ROWS) {
    lines.push(
      row([
        `… ${rows.length - MAX_TABLE_ROWS} more in the artifacts`,
        '',
        '',
        '',
        '',
        '',
        ...(withReason ? [''] : []),
      ]),
    );
  }
  return lines.join('\n');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The keys that need a look (regression, improvement, insufficient data, error), then the unchanged ones collapsed. */
function comparisonsBlock(result: GateResult): string {
  const comparisons = Array.isArray(result.comparisons) ? result.comparisons : [];
  if (!comparisons.length) return '';
  const rank: Record<string, number> = {
    regression: 0,
    'insufficient-data': 2,
    'improvement-confirmed': 3,
    improvement: 3,
  };
  const look = comparisons
    .filter((c) => c.verdict !== 'no-change')
    .sort((a, b) => (rank[a.verdict] ?? 1) - (rank[b.verdict] ?? 1));
  const same = comparisons.filter((c) => c.verdict === 'no-change');
  const count = (v: (c: Comparison) => boolean) => comparisons.filter(v).length;
  const regress = count((c) => c.verdict === 'regression');
  const improved = count((c) => c.verdict === 'improvement' || c.verdict === 'improvement-confirmed');
  const missing = count((c) => c.verdict === 'insufficient-data');
  const counted = typeof result.regressionCount === 'number' ? result.regressionCount : regress;
  const tests = Math.max(0, counted - regress);
  const figures = [plural(regress, 'regression'), plural(improved, 'improvement')];
  if (missing) figures.push(`${missing} without enough data`);
  const label =
    `**${plural(comparisons.length, 'compared key')}:** ${figures.join(', ')}` +
    (tests ? `; ${plural(tests, 'failed performance test')} (in the criteria)` : '');
  const parts = [label];
  const noted = (rs: Comparison[]) =>
    rs.some((c) => c.verdict === 'insufficient-data' || c.verdict === 'error' || (c.notes ?? []).length > 0);
  if (look.length) parts.push('', keysTable(look, noted(look)));
  if (same.length)
    parts.push('', details(`${plural(same.length, 'key')} with no change`, keysTable(same, noted(same))));
  return parts.join('\n');
}

function failureForm(result: GateResult): string {
  const f = result.failure;
  if (!f) return '';
  const options = Array.isArray(f.options) ? f.options : [];
  const body = [
    `**Criteria:** ${escapeMarkdown(f.criteria, 1500)}`,
    '',
    `**Actual:** ${escapeMarkdown(f.actual, 1500)}`,
    '',
    `**Required action:** ${escapeMarkdown(f.requiredAction, 400)}`,
    '',
    '**Options:**',
    '',
    ...options.slice(0, 10).map((o, i) => `${i + 1}. ${escapeInline(o, 200)}`),
  ].join('\n');
  return details(`Gate failure form: ${escapeHtmlInline(result.title, 120)}`, body);
}

export interface SectionOptions {
  job: string;
  runUrl?: string;
  artifactName?: string;
  /** charts of the changed keys: shown (job summary), collapsed (PR comment, the default) or none */
  charts?: 'open' | 'collapsed' | 'none';
  /** trusted Markdown shown under the headline (e.g. "computed by the fork's own workflow") */
  banner?: string;
}

/** A run URL is only linked when it is a plain http(s) URL. */
export function safeUrl(u: string | undefined): string | undefined {
  if (!u) return undefined;
  try {
    const url = new URL(u);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.toString().replace(/[()<>\s"]/g, (c) => encodeURIComponent(c));
  } catch {
    return undefined;
  }
}

/**
 * One gate's section: a hidden verdict marker (what the comment's overall line is recomputed
 * from), then the first paragraph (headline + meta line), kept when the comment has to be
 * shortened; everything after the first blank line is detail: the required action, the keys that
 * changed, the criteria, the failure form, charts and notes.
 */
export function renderGateSection(result: GateResult, opts: SectionOptions): string {
  const verdict = safeVerdict(result.verdict);
  const headline = `#### ${VERDICT_EMOJI[verdict]} ${escapeInline(result.title || result.gate, 120)}: **${verdict}**`;
  const meta: string[] = [`job ${inlineCode(opts.job, 80)}`];
  const run = safeUrl(opts.runUrl);
  if (run) meta.push(`[workflow run](${run})`);
  if (opts.artifactName) meta.push(`artifact ${inlineCode(opts.artifactName, 120)}`);

  const summary = sectionSummary(result, opts);
  const parts: string[] = [verdictMarker(summary), headline, `<sub>${meta.join(' · ')}</sub>`, ''];
  if (opts.banner) parts.push(opts.banner, '');
  if (summary.figure) parts.push(`Deciding figure: ${escapeInline(summary.figure, 300)}`, '');

  if (result.failure && verdict !== 'pass') {
    parts.push(`**Required action:** ${escapeMarkdown(result.failure.requiredAction, 600)}`, '');
  }

  const comparisons = comparisonsBlock(result);
  if (comparisons) parts.push(comparisons, '');

  const criteria = Array.isArray(result.criteria) ? result.criteria : [];
  const all = `All ${criteria.length} ${criteria.length === 1 ? 'criterion' : 'criteria'}`;
  if (criteria.length === 0) {
    parts.push('_No criteria were evaluated._', '');
  } else {
    // a regression of a compared key is already a row of the keys table: not repeated here
    const keys = new Set((result.comparisons ?? []).map((c) => c.key));
    const missed = criteria.filter((c) => safeVerdict(c.verdict) !== 'pass');
    const shown = missed.filter((c) => !(c.name.startsWith('regression: ') && keys.has(c.name.slice(12))));
    const inKeys = missed.length - shown.length;
    if (missed.length === 0) {
      parts.push(
        criteria.length > COLLAPSE_AFTER ? details(all, criteriaTable(criteria)) : criteriaTable(criteria),
        '',
      );
    } else {
      parts.push(
        `**Criteria not met** (${missed.length} of ${criteria.length}${inKeys ? `; ${plural(inKeys, 'regression')} of compared keys are in the table above` : ''})`,
        '',
      );
      if (shown.length) parts.push(criteriaTable(shown.slice(0, COLLAPSE_AFTER)), '');
      if (missed.length < criteria.length || shown.length > COLLAPSE_AFTER)
        parts.push(details(all, criteriaTable(criteria)), '');
    }
  }

  const handoff = Array.isArray(result.handoff) ? result.handoff : [];
  if (handoff.length > 0) {
    const done = handoff.filter((h) => h.checked).length;
    parts.push(
      `**Protocol 22 handoff checklist** (${done}/${handoff.length})`,
      '',
      handoff
        .map((h) => `- [${h.checked ? 'x' : ' '}] ${escapeInline(h.item, 200)} — ${escapeInline(h.why, 600)}`)
        .join('\n'),
      '',
    );
  }

  const failure = failureForm(result);
  if (failure) parts.push(failure, '');

  if ((opts.charts ?? 'collapsed') !== 'none') {
    const charts = result.series?.length
      ? renderHistoryChartsMarkdown(result.series, (s) => escapeInline(s, 160))
      : renderChartsMarkdown(result, (s) => escapeInline(s, 160));
    if (charts.count) {
      const label = `Charts of the changed keys (${charts.count})`;
      parts.push(
        opts.charts === 'open' ? `**${label}**\n\n${charts.markdown}` : details(label, charts.markdown),
        '',
      );
    }
  }

  const notes = Array.isArray(result.notes) ? result.notes : [];
  if (notes.length > 0) {
    const list = notes
      .slice(0, 50)
      .map((n) => `- ${escapeInline(n, 400)}`)
      .join('\n');
    const more = notes.length > 50 ? `\n- … ${notes.length - 50} more in the job summary` : '';
    parts.push(details(`Notes (${notes.length})`, list + more));
  }
  return parts.join('\n').trim();
}
