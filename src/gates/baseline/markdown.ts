// Reading the team's Markdown documents (hypothesis log, profiling report, capacity analysis):
// pipe tables, sections with their sub-sections, list items. Pure, over a MarkdownDataset.
import type { MarkdownDataset, MarkdownSection } from '../../model.js';

export interface MdTable {
  header: string[];
  rows: string[][];
  /** 1-based line of the header row */
  line: number;
}

function cells(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && s[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (s[i] === '|') {
      out.push(cur.trim());
      cur = '';
    } else cur += s[i];
  }
  out.push(cur.trim());
  return out;
}

const SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Every GitHub-style pipe table in the text (header, separator, rows). Fenced code is skipped. */
export function tables(text: string): MdTable[] {
  const lines = text.split(/\r?\n/);
  const out: MdTable[] = [];
  let fence = false;
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*(```|~~~)/.test(lines[i])) fence = !fence;
    if (fence) continue;
    if (
      lines[i].includes('|') &&
      i + 1 < lines.length &&
      SEPARATOR.test(lines[i + 1]) &&
      lines[i + 1].includes('-')
    ) {
      const header = cells(lines[i]);
      const rows: string[][] = [];
      let j = i + 2;
      while (j < lines.length && lines[j].trim() !== '' && lines[j].includes('|'))
        rows.push(cells(lines[j++]));
      out.push({ header, rows, line: i + 1 });
      i = j - 1;
    }
  }
  return out;
}

/** A section's text including its sub-sections (the dataset keeps each section's own body only). */
export function sectionText(doc: MarkdownDataset, index: number): string {
  const s = doc.sections[index];
  const parts = [s.body];
  for (let i = index + 1; i < doc.sections.length && doc.sections[i].level > s.level; i++) {
    parts.push(doc.sections[i].title, doc.sections[i].body);
  }
  return parts.join('\n').trim();
}

/** The text without headings, blank lines and HTML comments: empty means the document says nothing. */
export function substantiveText(doc: MarkdownDataset): string {
  return doc.text
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !/^\s{0,3}#{1,6}(\s|$)/.test(l))
    .join('\n')
    .trim();
}

/** Strip inline Markdown (emphasis, code, links) for matching and quoting. */
export function plain(s: string): string {
  return s
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/__([^_]*)__/g, '$1')
    .replace(/(^|[^*])\*([^*]+)\*/g, '$1$2')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
}

/** Whether `text` names `name` as a whole word (case-insensitive; `-`, `_`, `.` are part of a name). */
export function names(text: string, name: string): boolean {
  const esc = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (esc === '') return false;
  return new RegExp(`(^|[^A-Za-z0-9_.-])${esc}($|[^A-Za-z0-9_-]|\\.(?![A-Za-z0-9]))`, 'i').test(text);
}

/** Top-level list items (`-`, `*`, `+`, `1.`) of a block of text, continuation lines folded in. */
export function listItems(body: string): string[] {
  const items: string[] = [];
  for (const line of body.split(/\r?\n/)) {
    const m = /^(\s{0,3})([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (m) items.push(m[3].trim());
    else if (items.length > 0 && /^\s{2,}\S/.test(line)) items[items.length - 1] += ' ' + line.trim();
  }
  return items;
}

export interface HypothesisCount {
  count: number;
  /** the hypotheses' ids (H1, H2...) or titles */
  ids: string[];
  /** how they were found */
  found: string[];
}

const ID = /^\**\s*(H-?\d+[a-z]?)\b/i;

/**
 * Hypotheses in a log: rows of a table whose first cell is an id like H1 or whose header has a
 * `Hypothesis` column, and sections titled `H1: ...` or `Hypothesis ...` (the document's own
 * title excluded). Ids seen in both count once.
 */
export function countHypotheses(doc: MarkdownDataset): HypothesisCount {
  const ids = new Set<string>();
  const unnamed: string[] = [];
  const found: string[] = [];
  let fromTables = 0;
  for (const t of tables(doc.text)) {
    const hypCol = t.header.findIndex((h) => /hypothes/i.test(plain(h)));
    const idTable = t.rows.some((r) => ID.test(plain(r[0] ?? '')));
    if (hypCol < 0 && !idTable) continue;
    for (const r of t.rows) {
      const first = plain(r[0] ?? '');
      const m = ID.exec(first);
      if (m) ids.add(m[1].toUpperCase().replace('-', ''));
      else if (hypCol >= 0 && plain(r[hypCol] ?? '') !== '') unnamed.push(plain(r[hypCol]));
      else continue;
      fromTables++;
    }
  }
  if (fromTables) found.push(`${fromTables} table row(s)`);
  let fromSections = 0;
  doc.sections.forEach((s: MarkdownSection, i) => {
    const title = plain(s.title);
    const m = ID.exec(title);
    if (m) {
      ids.add(m[1].toUpperCase().replace('-', ''));
      fromSections++;
    } else if (/\bhypothes[ie]s\b/i.test(title) && !(i === 0 && s.level === 1) && !/\blog\b/i.test(title)) {
      if (sectionText(doc, i) !== '') {
        unnamed.push(title);
        fromSections++;
      }
    }
  });
  if (fromSections) found.push(`${fromSections} section(s)`);
  const all = [...[...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })), ...new Set(unnamed)];
  return { count: all.length, ids: all, found };
}
