// Plain-text tables for the terminal. Pure.
import { quoteTagPart } from '../parsers/k6-summary/keys.js';

/** Control characters from input files (ANSI escapes in a tag name...) never reach the terminal raw. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function printable(s: string): string {
  return s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function table(head: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = [
    head,
    ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : printable(String(c))))),
  ];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

/** A number for people: up to 3 decimals, thousands kept plain. */
export function num(v: number | undefined | null, digits = 3): string {
  if (v === undefined || v === null || Number.isNaN(v)) return '';
  if (Number.isInteger(v)) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && a < 0.001) return v.toPrecision(4);
  return String(Number(v.toFixed(digits)));
}

export function tagText(tags: Record<string, string>): string {
  const keys = Object.keys(tags).sort();
  return keys.length
    ? `{${keys.map((k) => `${quoteTagPart(k, true)}:${quoteTagPart(tags[k])}`).join(',')}}`
    : '';
}

/** Print to stdout, ending with one newline. */
export function out(s: string): void {
  process.stdout.write(s.endsWith('\n') ? s : s + '\n');
}

/** Text for a terminal: every line without raw control characters from input files. */
export function text(s: string): string {
  return s
    .split('\n')
    .map((l) => printable(l))
    .join('\n');
}
