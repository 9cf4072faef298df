// Format detection from CONTENT (never the file name alone): the head of a file (its first bytes)
// seen in stages, and the order of asking. Each format's own test lives beside its reader
// (src/parsers/<format>/sniff.ts); src/parsers/index.ts holds the ordered registry of them.
// Pure: bytes in.
import { InputError, type Format } from '../model.js';
import { decodeText, lineColumnAt } from './text/decode.js';
import {
  DEPTH_MESSAGE,
  scanJson,
  type JsonKind,
  type JsonPath,
  type JsonScanResult,
  type JsonValueEvent,
} from './text/json.js';

/** How many leading bytes detection looks at. */
export const DETECT_HEAD_BYTES = 64 * 1024;

export const LOOKED_FOR =
  'k6 NDJSON, k6 summary (A/B/C), pytest-json-report, pytest-benchmark, approvals, optimization plan, noise file, JUnit XML, baseline CSV, SLO updates YAML, Markdown';

/** What the tolerant scan saw near the top of a JSON document (depth <= 3, first array element). */
export class JsonFacts {
  readonly kinds = new Map<string, JsonKind>();
  readonly values = new Map<string, string | number | boolean | null>();
  readonly children = new Map<string, string[]>();
  top?: JsonKind;

  static key(path: JsonPath): string {
    return path.map((p) => (typeof p === 'number' ? '#' : p)).join('\u0000');
  }

  add(ev: JsonValueEvent): void {
    if (ev.path.length === 0) this.top = ev.kind;
    const k = JsonFacts.key(ev.path);
    if (this.kinds.has(k)) return;
    this.kinds.set(k, ev.kind);
    if (ev.value !== undefined) this.values.set(k, ev.value);
    if (ev.path.length > 0) {
      const parent = JsonFacts.key(ev.path.slice(0, -1));
      const list = this.children.get(parent) ?? [];
      list.push(String(ev.path[ev.path.length - 1]));
      this.children.set(parent, list);
    }
  }

  kind(...path: (string | number)[]): JsonKind | undefined {
    return this.kinds.get(JsonFacts.key(path));
  }
  has(...path: (string | number)[]): boolean {
    return this.kinds.has(JsonFacts.key(path));
  }
  value(...path: (string | number)[]): string | number | boolean | null | undefined {
    return this.values.get(JsonFacts.key(path));
  }
  keys(...path: (string | number)[]): string[] {
    return this.children.get(JsonFacts.key(path)) ?? [];
  }
}

function gatherFacts(text: string): { facts: JsonFacts; scan: JsonScanResult } {
  const facts = new JsonFacts();
  let count = 0;
  const scan = scanJson(text, (ev) => {
    if (ev.path.length > 3) return;
    for (const p of ev.path) if (typeof p === 'number' && p > 0) return;
    facts.add(ev);
    return ++count > 50_000;
  });
  return { facts, scan };
}

/** What a detection call accepts beyond the machine formats. */
export interface DetectOptions {
  /**
   * Markdown is a document format: it is accepted only where an input expects a document
   * (hypotheses, profiling report, capacity analysis, instrumentation log). Elsewhere text that is
   * no known format is an error, never a document that "passes".
   */
  markdown?: boolean;
}

/**
 * The stages a head is seen in, in order: its raw bytes (before any decoding); then, by its first
 * character, as a JSON document (`{` or `[`) or an XML one (`<`); then as text (JSON that does not
 * parse goes on to the text formats too: `[` may open Markdown, `{` a k6 log line).
 */
export type SniffStage = 'bytes' | 'json' | 'xml' | 'text';

/** One stage of a head, as a format's sniff sees it. */
export interface Head {
  stage: SniffStage;
  /** the raw head (up to DETECT_HEAD_BYTES) */
  bytes: Uint8Array;
  file: string;
  opts: DetectOptions;
  /** the head decoded leniently ('' at the bytes stage) */
  text: string;
  /** text without its leading whitespace */
  trimmed: string;
  /** the lines of text (text stage only; [] before) */
  lines: string[];
  /** json stage: what the tolerant scan saw near the top of the document */
  facts?: JsonFacts;
  /** json stage: the scan found a valid document or one cut by the end of the head */
  complete: boolean;
  /** text stage: the head starts with `{` (JSON that no JSON sniff claimed) */
  jsonObject: boolean;
  /** text stage: where a head starting with `{` or `[` stops being JSON */
  invalidJson?: { line: number; column: number; message: string };
}

/**
 * A format's test on a head: the format it recognises, or undefined when the head is not its own.
 * It may throw an InputError when the head is its kind of file but unusable (an XML document that is
 * no JUnit, pytest-benchmark's console table, Markdown where no document is read).
 */
export type Sniff = (head: Head) => Format | undefined;

/** The stages of one head, built once: later stages only when its content calls for them. */
export interface HeadStages {
  bytes: Head;
  json?: Head & { scan: JsonScanResult };
  xml?: Head;
  text?: Head;
}

/** The stages of a head; throws for an empty head (after the bytes stage, which gzip may claim). */
export function headStages(bytes: Uint8Array, file: string, opts: DetectOptions = {}): HeadStages {
  const base = { bytes, file, opts, text: '', trimmed: '', lines: [], complete: false, jsonObject: false };
  const stages: HeadStages = { bytes: { ...base, stage: 'bytes' } };
  if (bytes.length === 0) return stages;
  const text = decodeText(bytes, file, true);
  const trimmed = text.replace(/^\s+/, '');
  if (trimmed.length === 0) return stages;
  const seen = { ...base, text, trimmed };
  const first = trimmed[0];
  let invalidJson: Head['invalidJson'];
  if (first === '{' || first === '[') {
    const { facts, scan } = gatherFacts(trimmed);
    stages.json = { ...seen, stage: 'json', facts, scan, complete: scan.ok || scan.eof };
    if (scan.errorOffset !== undefined) {
      const { line, column } = lineColumnAt(text, scan.errorOffset + text.length - trimmed.length);
      invalidJson = { line, column, message: scan.errorMessage ?? 'syntax error' };
    }
  }
  if (first === '<') stages.xml = { ...seen, stage: 'xml' };
  const lines = text.split(/\r\n|\r|\n/);
  stages.text = { ...seen, stage: 'text', lines, jsonObject: first === '{', invalidJson };
  return stages;
}

function ask(sniffs: readonly Sniff[], head: Head): Format | undefined {
  for (const sniff of sniffs) {
    const found = sniff(head);
    if (found) return found;
  }
  return undefined;
}

/** Valid JSON (or a head of it) that no format claims: say which keys were there. */
function unknownJson(file: string, facts: JsonFacts): InputError {
  const keys = facts.top === 'object' ? facts.keys() : facts.top === 'array' ? facts.keys(0) : [];
  const shown = keys.slice(0, 12).join(', ');
  return new InputError(
    file,
    `unknown format: looked for ${LOOKED_FOR}; found a JSON ${facts.top ?? 'document'}${
      shown ? ` with keys ${shown}` : ''
    }. Name the format with the \`format\` input if it is one of these.`,
  );
}

/**
 * The format of a file from its first bytes (up to ~64 KiB; the head may end in the middle of a
 * document), asking `sniffs` in their order at each stage of the head. Unknown content is an
 * InputError that says what was looked for.
 */
export function detectWith(
  sniffs: readonly Sniff[],
  head: Buffer | Uint8Array,
  file: string,
  opts: DetectOptions = {},
): Format {
  const stages = headStages(head, file, opts);
  const raw = ask(sniffs, stages.bytes);
  if (raw) return raw;
  if (head.length === 0) throw new InputError(file, 'the file is empty');
  if (!stages.text) throw new InputError(file, 'the file is empty (only whitespace)');
  if (stages.json) {
    const found = ask(sniffs, stages.json);
    if (found) return found;
    const bad = stages.text.invalidJson;
    if (bad?.message === DEPTH_MESSAGE)
      throw new InputError(file, `invalid JSON: ${DEPTH_MESSAGE}`, bad.line, bad.column);
    // '[' that is not valid JSON may be Markdown starting with a link or a checkbox, '{' that is
    // not valid JSON may be k6 NDJSON after a log line: go on with the text formats. Anything else
    // is JSON we do not know.
    if (stages.json.scan.errorOffset === undefined) throw unknownJson(file, stages.json.facts as JsonFacts);
  }
  if (stages.xml) {
    const found = ask(sniffs, stages.xml);
    if (found) return found;
    throw new InputError(file, `unknown format: an XML document no format reads; looked for ${LOOKED_FOR}`);
  }
  const found = ask(sniffs, stages.text);
  if (found) return found;
  throw new InputError(file, `unknown format: binary content; looked for ${LOOKED_FOR}`);
}
