// Markdown rendering of one gate result for the sticky PR comment (and anything else that shows a
// GateResult as GitHub-flavoured Markdown). Pure.
//
// Every string that can come from an input file (tag names, test ids, check names, metadata,
// criterion reasons that quote them, and whole GateResults read back from artifacts) goes through
// escapeInline / escapeMarkdown: no Markdown or HTML injection, no @-mentions, no forged hidden
// markers (`<!--` never survives), bounded length.
import type { Comparison, Criterion, GateResult, Verdict } from '../model.js';

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

function formatValue(v: unknown, max = 80): string {
  if (v === null || v === undefined) return 'n/a';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return escapeInline(v, max);
}

function unitSuffix(unit: unknown): string {
  if (unit === undefined || unit === null || unit === '') return '';
  return escapeInline(unit, 20);
}

/** Cells of a Markdown table row (the cells are already escaped). */
function row(cells: string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}

function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

const MAX_TABLE_ROWS = 60;
const COLLAPSE_AFTER = 12;

function criteriaTable(criteria: readonly Criterion[]): string {
  const lines = [
    row(['Criterion', 'Actual', 'Threshold', 'Unit', 'Verdict', 'Reason']),
    row(['---', '--:', '--:', '---', '---', '---']),
  ];
  for (const c of criteria.slice(0, MAX_TABLE_ROWS)) {
    const v = safeVerdict(c.verdict);
    const reason =
      escapeInline(c.reason, 300) + (c.protocolReason ? ` (${escapeInline(c.protocolReason, 40)})` : '');
    lines.push(
      row([
        escapeInline(c.name, 120),
        formatValue(c.actual),
        formatValue(c.threshold),
        unitSuffix(c.unit),
        `${VERDICT_EMOJI[v]} ${v}`,
        reason,
      ]),
    );
  }
  if (criteria.length > MAX_TABLE_ROWS) {
    lines.push(row([`… ${criteria.length - MAX_TABLE_ROWS} more in the job summary`, '', '', '', '', '']));
  }
  return lines.join('\n');
}

function interval(c: Comparison): string {
  if (c.lower === null || c.upper === null || c.lower === undefined || c.upper === undefined) return 'n/a';
  return `${formatNumber(c.lower)} – ${formatNumber(c.upper)}`;
}

/** The smallest change the comparison can see, "±12.3%", or "n/a" with no interval. */
function detectable(c: Comparison): string {
  const d = c.detectable_change;
  return d === null || d === undefined || !Number.isFinite(d)
    ? 'n/a'
    : `±${formatNumber(Math.round(d * 10) / 10)}%`;
}

function comparisonsTable(comparisons: readonly Comparison[]): string {
  const lines = [
    row([
      'Key',
      'Baseline',
      'Candidate',
      'Ratio',
      'Interval (95%)',
      'Detectable',
      'Verdict',
      'Calibrated',
      'Reason',
    ]),
    row(['---', '--:', '--:', '--:', '---', '--:', '---', '---', '---']),
  ];
  for (const c of comparisons.slice(0, MAX_TABLE_ROWS)) {
    const unit = c.unit ? ` ${unitSuffix(c.unit)}` : '';
    lines.push(
      row([
        escapeInline(c.key, 160),
        c.baseline === null || c.baseline === undefined ? 'n/a' : formatValue(c.baseline) + unit,
        c.candidate === null || c.candidate === undefined ? 'n/a' : formatValue(c.candidate) + unit,
        c.ratio === null || c.ratio === undefined ? 'n/a' : formatNumber(c.ratio),
        interval(c),
        detectable(c),
        escapeInline(c.verdict, 30),
        c.calibrated ? 'yes' : 'no',
        escapeInline([...(c.notes ?? []), c.reason].join('; '), 240),
      ]),
    );
  }
  if (comparisons.length > MAX_TABLE_ROWS) {
    lines.push(
      row([`… ${comparisons.length - MAX_TABLE_ROWS} more in the artifacts`, '', '', '', '', '', '', '', '']),
    );
  }
  return lines.join('\n');
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
  return details(`Gate failure: ${escapeInline(result.title, 120)}`, body, result.verdict !== 'waived');
}

export interface SectionOptions {
  job: string;
  runUrl?: string;
  artifactName?: string;
  /** trusted Markdown shown under the headline (e.g. "computed by the fork's own workflow") */
  banner?: string;
}

/** A run URL is only linked when it is a plain http(s) URL. */
function safeUrl(u: string | undefined): string | undefined {
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
 * One gate's section: the first paragraph (headline + meta line) is its summary, kept when the
 * comment has to be shortened; everything after the first blank line is detail.
 */
export function renderGateSection(result: GateResult, opts: SectionOptions): string {
  const verdict = safeVerdict(result.verdict);
  const score =
    typeof result.score === 'number' && Number.isFinite(result.score)
      ? ` · score ${formatNumber(result.score)}%`
      : '';
  const headline = `#### ${VERDICT_EMOJI[verdict]} ${escapeInline(result.title || result.gate, 120)}: **${verdict}**${score}`;
  const meta: string[] = [`job ${inlineCode(opts.job, 80)}`];
  const run = safeUrl(opts.runUrl);
  if (run) meta.push(`[workflow run](${run})`);
  if (opts.artifactName) meta.push(`artifact ${inlineCode(opts.artifactName, 120)}`);
  if (typeof result.improvementPct === 'number')
    meta.push(`improvement ${formatNumber(result.improvementPct)}%`);
  if (typeof result.regressionCount === 'number')
    meta.push(`regressions ${formatNumber(result.regressionCount)}`);

  const parts: string[] = [headline, `<sub>${meta.join(' · ')}</sub>`, ''];
  if (opts.banner) parts.push(opts.banner, '');

  const criteria = Array.isArray(result.criteria) ? result.criteria : [];
  if (criteria.length === 0) {
    parts.push('_No criteria were evaluated._');
  } else if (criteria.length > COLLAPSE_AFTER) {
    const missed = criteria.filter((c) => safeVerdict(c.verdict) !== 'pass');
    if (missed.length > 0 && missed.length <= COLLAPSE_AFTER) parts.push(criteriaTable(missed), '');
    parts.push(details(`All ${criteria.length} criteria`, criteriaTable(criteria)));
  } else {
    parts.push(criteriaTable(criteria));
  }

  const failure = failureForm(result);
  if (failure) parts.push('', failure);

  const handoff = Array.isArray(result.handoff) ? result.handoff : [];
  if (handoff.length > 0) {
    const done = handoff.filter((h) => h.checked).length;
    parts.push(
      '',
      `**Protocol 22 handoff checklist** (${done}/${handoff.length})`,
      '',
      handoff
        .map((h) => `- [${h.checked ? 'x' : ' '}] ${escapeInline(h.item, 200)} — ${escapeInline(h.why, 600)}`)
        .join('\n'),
    );
  }

  const comparisons = Array.isArray(result.comparisons) ? result.comparisons : [];
  if (comparisons.length > 0) {
    const table = comparisonsTable(comparisons);
    const regress = comparisons.filter((c) => c.verdict === 'regression').length;
    const label = `${comparisons.length} comparison${comparisons.length === 1 ? '' : 's'} (${regress} regression${regress === 1 ? '' : 's'})`;
    parts.push('', comparisons.length > COLLAPSE_AFTER ? details(label, table) : `**${label}**\n\n${table}`);
  }

  const notes = Array.isArray(result.notes) ? result.notes : [];
  if (notes.length > 0) {
    const list = notes
      .slice(0, 50)
      .map((n) => `- ${escapeInline(n, 400)}`)
      .join('\n');
    const more = notes.length > 50 ? `\n- … ${notes.length - 50} more in the job summary` : '';
    parts.push('', notes.length > 5 ? details(`Notes (${notes.length})`, list + more) : list + more);
  }
  return parts.join('\n').trim();
}
