// The one sticky PR comment of a workflow: a hidden marker, then one section per (gate, job), each
// between hidden markers, so four gate steps and every matrix job update their own part of the
// same comment. Pure: the I/O layer fetches the freshest body and writes what mergeSection returns.
//
// The comment opens with the overall verdict line and a row per gate, recomputed at every update
// from the hidden verdict marker each section starts with (src/report/verdict.ts), so it is right
// whichever job writes last.
//
// User content cannot forge a marker: sections are rendered with every input string escaped
// (src/report/markdown.ts turns `<` into `&lt;`), and mergeSection neutralises any marker that
// still appears inside a section it is given.
import { GATES } from '../model.js';
import { renderOverview } from './overview.js';
import { isVerdictMarker, parseVerdictMarker, type SectionSummary } from './verdict.js';

export const COMMENT_MARKER = '<!-- perf-gates:comment -->';
export const END_MARKER = '<!-- perf-gates:end -->';
/** GitHub rejects comment bodies of 65,536 characters or more (422 "Body is too long"). */
export const COMMENT_LIMIT = 65_536;
/** What we aim for, leaving room for GitHub's own counting of characters. */
export const COMMENT_BUDGET = 65_000;

const SECTION_RE =
  /<!-- perf-gates:section gate=([A-Za-z0-9._-]+) job=([A-Za-z0-9._-]+) -->\r?\n([\s\S]*?)\r?\n?<!-- perf-gates:end -->/g;

export interface CommentSection {
  gate: string;
  job: string;
  markdown: string;
}

/** gate/job values as they appear inside markers: `[A-Za-z0-9._-]`, at most 100 characters. */
export function sanitizeId(value: string): string {
  const s = String(value ?? '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .slice(0, 100);
  return s === '' ? '_' : s;
}

export function sectionMarker(gate: string, job: string): string {
  return `<!-- perf-gates:section gate=${sanitizeId(gate)} job=${sanitizeId(job)} -->`;
}

/** True when a comment body is a perf-gates comment (starts with the marker). */
export function isPerfGatesComment(body: string | null | undefined): boolean {
  return typeof body === 'string' && body.trimStart().startsWith(COMMENT_MARKER);
}

/**
 * Any of our markers inside section text is turned into visible, inert text, except the verdict
 * marker on the section's first line (which the section renderer writes itself).
 */
function neutralise(markdown: string): string {
  const text = markdown.trim();
  const [first, ...rest] = text.split(/\r?\n/);
  const inert = (s: string) => s.replace(/<!--\s*perf-gates:/gi, '&lt;!-- perf-gates:');
  if (isVerdictMarker(first)) return [first.trim(), ...rest.map(inert)].join('\n').trim();
  return inert(text);
}

/** The verdict summaries of the sections (those without a readable marker are left out). */
export function sectionSummaries(sections: readonly CommentSection[]): SectionSummary[] {
  const out: SectionSummary[] = [];
  for (const s of sections) {
    const summary = parseVerdictMarker(s.markdown);
    if (summary) out.push({ ...summary, gate: s.gate, job: s.job });
  }
  return out;
}

/** The sections of an existing perf-gates comment, in the order they appear. */
export function parseSections(body: string | null | undefined): CommentSection[] {
  if (!isPerfGatesComment(body)) return [];
  const out: CommentSection[] = [];
  for (const m of (body as string).matchAll(SECTION_RE)) {
    out.push({ gate: m[1], job: m[2], markdown: m[3].trim() });
  }
  return out;
}

function gateRank(gate: string): number {
  const i = (GATES as readonly string[]).indexOf(gate);
  return i === -1 ? GATES.length : i;
}

export function orderSections(sections: CommentSection[]): CommentSection[] {
  return [...sections].sort(
    (a, b) =>
      gateRank(a.gate) - gateRank(b.gate) ||
      (a.gate < b.gate ? -1 : a.gate > b.gate ? 1 : 0) ||
      (a.job < b.job ? -1 : a.job > b.job ? 1 : 0),
  );
}

/**
 * The marker, the verdict line over `all` sections and a row per shown section (when sections
 * had to be dropped to fit, the verdict line still counts them).
 */
function header(shown: readonly CommentSection[], all: readonly CommentSection[] = shown): string {
  return `${COMMENT_MARKER}\n${renderOverview(sectionSummaries(shown), sectionSummaries(all))}`;
}
const COLLAPSED_NOTE =
  "<sub>Detail collapsed to keep this comment under GitHub's 65,536-character limit: the full result is in the run's job summary and artifacts.</sub>";

function render(sections: CommentSection[], footer?: string, all: CommentSection[] = sections): string {
  const parts = [header(sections, all)];
  for (const s of sections) {
    parts.push(`${sectionMarker(s.gate, s.job)}\n${s.markdown}\n${END_MARKER}`);
  }
  if (footer) parts.push(footer);
  return parts.join('\n\n') + '\n';
}

/** The summary of a section: its first paragraph (verdict marker, headline, meta line with the run link). */
export function collapseSection(markdown: string): string {
  const first = markdown.split(/\r?\n\s*\r?\n/, 1)[0].trim();
  const capped = first.length > 1500 ? first.slice(0, 1499) + '…' : first;
  return `${capped}\n\n${COLLAPSED_NOTE}`;
}

function isCollapsed(markdown: string): boolean {
  return markdown.endsWith(COLLAPSED_NOTE);
}

/**
 * Put `sectionMarkdown` as the section of (gate, job) into the comment body `existing` (undefined:
 * a new comment), keeping every other section, ordered baseline, diagnostics, optimization,
 * governance, then other gates; jobs alphabetically. The result is always shorter than GitHub's
 * limit: the largest sections' detail is collapsed to their one-line verdict and run link first,
 * and, if that is not enough, the other sections are dropped with a note saying how many.
 */
export function mergeSection(
  existing: string | undefined | null,
  gate: string,
  job: string,
  sectionMarkdown: string,
): string {
  const g = sanitizeId(gate);
  const j = sanitizeId(job);
  const mine: CommentSection = { gate: g, job: j, markdown: neutralise(sectionMarkdown) };
  const others = parseSections(existing).filter((s) => !(s.gate === g && s.job === j));
  const sections = orderSections([...others, mine]);
  // sections an earlier update had to omit stay counted in the note (their text is gone)
  const before = /<sub>(\d+) more sections? omitted/.exec(existing ?? '');
  const earlier = before ? Math.min(Number(before[1]), 100_000) : 0;
  const note = earlier > 0 ? dropNote(earlier) : undefined;
  let total = render(sections, note).length;
  if (total <= COMMENT_BUDGET) return render(sections, note);

  // 1. collapse the largest sections first (ours too, if it is among the largest).
  const bySize = sections
    .filter((s) => !isCollapsed(s.markdown))
    .sort((a, b) => b.markdown.length - a.markdown.length);
  for (const s of bySize) {
    const was = s.markdown.length;
    s.markdown = collapseSection(s.markdown);
    total += s.markdown.length - was;
    if (total <= COMMENT_BUDGET) return render(sections, note);
  }

  // 2. still too long (hundreds of matrix jobs): keep ours and as many others as fit, in order.
  const blockLength = (s: CommentSection) =>
    sectionMarker(s.gate, s.job).length + s.markdown.length + END_MARKER.length + 4;
  const reserve = dropNote(sections.length + earlier).length + 2;
  let used = header(sections).length + 1 + reserve + blockLength(mine);
  const kept: CommentSection[] = [];
  let dropped = 0;
  for (const s of sections) {
    if (s === mine) {
      kept.push(s);
      continue;
    }
    const len = blockLength(s);
    if (used + len <= COMMENT_BUDGET) {
      kept.push(s);
      used += len;
    } else dropped++;
  }
  const body = render(kept, dropped + earlier > 0 ? dropNote(dropped + earlier) : undefined, sections);
  if (body.length <= COMMENT_BUDGET) return body;

  // 3. our own summary alone is too long (cannot happen with rendered sections): hard cut.
  mine.markdown = mine.markdown.slice(0, COMMENT_BUDGET - 2000) + '…';
  return render([mine], dropNote(sections.length - 1 + earlier), sections);
}

function dropNote(n: number): string {
  return `<sub>${n} more section${n === 1 ? '' : 's'} omitted to keep this comment under GitHub's 65,536-character limit: see the job summaries.</sub>`;
}
