// Markdown reports (profiling report, capacity analysis, hypothesis log, instrumentation log):
// sections by ATX heading (`#` .. `######`, up to three spaces of indent, optional closing `#`s),
// headings inside fenced code (``` or ~~~) ignored. Each section has its level, title, own body
// (the text up to the next heading of any level, trimmed; tables stay in the body) and line.
// The document title is the first H1. Text before the first heading belongs to no section.
import type { MarkdownDataset, MarkdownSection, Warning } from '../../model.js';
import { stripBom } from '../text/decode.js';
export { sniff } from './sniff.js';

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** Heading text without the optional closing sequence (`## Title ##` → `Title`). */
function headingText(raw: string | undefined): string {
  if (!raw) return '';
  const t = raw.replace(/[ \t]+#+[ \t]*$/, '').replace(/^#+$/, '');
  return t.trim();
}

export function parseMarkdown(text: string, file: string): MarkdownDataset {
  const body = stripBom(text);
  const lines = body.split(/\r\n|\r|\n/);
  const sections: MarkdownSection[] = [];
  const warnings: Warning[] = [];
  let current: { level: number; title: string; line: number; lines: string[] } | undefined;
  let fence: { char: string; len: number; line: number } | undefined;

  const flush = () => {
    if (current)
      sections.push({
        level: current.level,
        title: current.title,
        body: current.lines.join('\n').trim(),
        line: current.line,
      });
  };

  lines.forEach((line, i) => {
    const f = FENCE.exec(line);
    if (f) {
      const char = f[1][0];
      if (!fence) {
        // a backtick fence's info string may not contain backticks
        if (!(char === '`' && f[2].includes('`'))) fence = { char, len: f[1].length, line: i + 1 };
      } else if (char === fence.char && f[1].length >= fence.len && f[2].trim() === '') fence = undefined;
      current?.lines.push(line);
      return;
    }
    const h = fence ? null : ATX.exec(line);
    if (h) {
      flush();
      current = { level: h[1].length, title: headingText(h[2]), line: i + 1, lines: [] };
      return;
    }
    current?.lines.push(line);
  });
  flush();
  if (fence)
    warnings.push({
      file,
      line: fence.line,
      message: 'a code fence is never closed: the rest of the file is code',
    });
  if (sections.length === 0 && body.trim() !== '')
    warnings.push({ file, message: 'no headings: the document has no sections' });
  if (body.trim() === '') warnings.push({ file, message: 'the document is empty' });
  const ds: MarkdownDataset = { format: 'markdown', file, sections, text: body, warnings };
  const h1 = sections.find((s) => s.level === 1);
  if (h1) ds.title = h1.title;
  return ds;
}
