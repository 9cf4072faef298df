// Detection of Markdown: the last word on text. A heading, or text that is mostly printable, is
// Markdown where a document is read (`{ markdown: true }`) and the file name allows it; anywhere
// else it is an error that says why. Binary content is not claimed.
import { InputError, type Format } from '../../model.js';
import { LOOKED_FOR, type Head } from '../sniff.js';

/** Names that are never Markdown, whatever their content: JSON, NDJSON and gzip. */
const NOT_MARKDOWN_NAME = /\.(?:json|ndjson|jsonl|gz)$/i;

/** Why text that would be Markdown is not read as such here. */
function notMarkdown(head: Head, what: string): InputError {
  const { file, invalidJson } = head;
  // JSON that does not parse (and is no other format): say where it breaks
  if (invalidJson)
    return new InputError(file, `invalid JSON: ${invalidJson.message}`, invalidJson.line, invalidJson.column);
  if (NOT_MARKDOWN_NAME.test(file)) {
    return new InputError(
      file,
      `unknown format: ${what}, but a file named ${JSON.stringify(file.split(/[\\/]/).pop())} is never read as Markdown; looked for ${LOOKED_FOR}`,
    );
  }
  return new InputError(
    file,
    `unknown format: ${what}; Markdown is read only by the document inputs (hypotheses, profiling-report, capacity-analysis, instrumentation-log); looked for ${LOOKED_FOR}`,
  );
}

/** "Mostly text": printable characters, almost no control characters or undecodable bytes. */
function mostlyText(t: string): boolean {
  let bad = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0) {
      bad = t.length;
      break;
    }
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad <= t.length * 0.01;
}

export function sniff(head: Head): Format | undefined {
  if (head.stage !== 'text') return undefined;
  const t = head.trimmed;
  const what = /^ {0,3}#{1,6}(\s|$)/.test(t)
    ? 'text that looks like Markdown'
    : mostlyText(t)
      ? 'plain text'
      : undefined;
  if (what === undefined) return undefined;
  if (!head.opts.markdown || NOT_MARKDOWN_NAME.test(head.file) || head.jsonObject)
    throw notMarkdown(head, what);
  return 'markdown';
}
