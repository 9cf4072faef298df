// Format detection from CONTENT (never the file name alone), plus the text helpers every reader
// shares: BOM handling, strict UTF-8/UTF-16 decoding, JSON parsing whose errors carry a line and
// column, a tolerant JSON scanner (works on a head cut in the middle of a document) and the mapping
// of zod issues to InputErrors that point at the offending line. Pure: bytes and strings in.
import type { ZodError } from 'zod';
import { InputError, type Format, type Warning } from '../model.js';

// ---------------------------------------------------------------------------------------------
// Text

/** Removes one leading byte-order mark (U+FEFF). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Bytes to text. UTF-8 by default (a UTF-8 BOM is dropped); a UTF-16 BOM (FF FE / FE FF, what
 * Windows PowerShell writes by default) selects UTF-16. Invalid UTF-8 is an InputError with its
 * line. `lenient` replaces bad sequences instead (used for a head cut mid-character).
 */
export function decodeText(bytes: Uint8Array, file: string, lenient = false): string {
  let encoding = 'utf-8';
  let start = 0;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    start = 2;
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    start = 2;
  } else if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
  }
  const body = bytes.subarray(start);
  if (lenient) return new TextDecoder(encoding, { fatal: false }).decode(body);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    // find the first bad byte to say where
    const lossy = new TextDecoder(encoding, { fatal: false }).decode(body);
    const bad = lossy.indexOf('\ufffd');
    const { line, column } = lineColumnAt(lossy, Math.max(0, bad));
    throw new InputError(file, `not valid ${encoding.toUpperCase()} text`, line, column);
  }
}

/** 1-based line and column of a character offset (CRLF, LF and lone CR each end a line). */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) continue; // CRLF counts once, at the LF
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

// ---------------------------------------------------------------------------------------------
// JSON scanner: validates like JSON.parse without building values, reports each value with its
// path and offset, and tells a syntax error apart from text that simply ends early.

export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';
export type JsonPath = readonly (string | number)[];

export interface JsonValueEvent {
  path: JsonPath;
  kind: JsonKind;
  /** character offset where the value starts */
  offset: number;
  /** scalars only (strings up to 1000 characters) */
  value?: string | number | boolean | null;
}

export interface JsonScanResult {
  /** a complete, valid JSON document */
  ok: boolean;
  /** the text ended inside the document (a truncated head) */
  eof: boolean;
  /** a syntax error: where and what */
  errorOffset?: number;
  errorMessage?: string;
  /** the visitor asked to stop */
  stopped: boolean;
}

class ScanError {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}
class ScanEof {}
class ScanStop {}

/**
 * No input perf-gates reads nests deeper than a few levels; a hostile file of nothing but `[`
 * must not cost minutes of CPU (or the stack of whatever walks the parsed value). Deeper JSON is
 * bad input.
 */
export const MAX_JSON_DEPTH = 256;
const DEPTH_MESSAGE = `nested deeper than ${MAX_JSON_DEPTH} levels (perf-gates reads at most ${MAX_JSON_DEPTH})`;

/** Offset of the bracket that opens level MAX_JSON_DEPTH + 1 (outside strings), or -1. One pass. */
export function tooDeepAt(body: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

type Frame =
  | { t: 'o'; s: 'key-or-end' | 'key' | 'colon' | 'value' | 'comma-or-end' }
  | { t: 'a'; s: 'value-or-end' | 'value' | 'comma-or-end'; index: number };

/**
 * Walks one JSON document. `visit` sees every value (return true to stop). Iterative: nesting
 * depth is not limited by the call stack.
 */
export function scanJson(text: string, visit?: (ev: JsonValueEvent) => boolean | void): JsonScanResult {
  const n = text.length;
  let i = 0;
  const path: (string | number)[] = [];
  const stack: Frame[] = [];
  let rootDone = false;

  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };

  /** reads a string starting at the quote; returns its decoded value (or undefined when long and not needed) */
  const readString = (decode: boolean): string | undefined => {
    const start = i;
    i++;
    let escaped = false;
    for (;;) {
      if (i >= n) throw new ScanEof();
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 0x20) throw new ScanError(i, 'control character in a string');
      if (c === 92) {
        escaped = true;
        const e = text[i + 1];
        if (e === undefined) throw new ScanEof();
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (hex.length < 4 && i + 2 + hex.length >= n) throw new ScanEof();
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new ScanError(i, 'bad \\u escape in a string');
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e)) throw new ScanError(i, `bad escape \\${e} in a string`);
        i += 2;
        continue;
      }
      i++;
    }
    i++; // closing quote
    if (!decode) return undefined;
    const raw = text.slice(start + 1, i - 1);
    return escaped ? (JSON.parse(text.slice(start, i)) as string) : raw;
  };

  const emit = (kind: JsonKind, offset: number, value?: string | number | boolean | null) => {
    if (visit && visit({ path: path.slice(), kind, offset, value }) === true) throw new ScanStop();
  };

  const readValue = () => {
    const at = i;
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      if (stack.length >= MAX_JSON_DEPTH) throw new ScanError(i, DEPTH_MESSAGE);
    }
    if (ch === '{') {
      emit('object', at);
      i++;
      stack.push({ t: 'o', s: 'key-or-end' });
      return;
    }
    if (ch === '[') {
      emit('array', at);
      i++;
      stack.push({ t: 'a', s: 'value-or-end', index: 0 });
      return;
    }
    if (ch === '"') {
      const s = readString(true);
      emit('string', at, s !== undefined && s.length <= 1000 ? s : undefined);
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      NUMBER_RE.lastIndex = i;
      const m = NUMBER_RE.exec(text);
      if (!m) throw i + 1 >= n ? new ScanEof() : new ScanError(i, 'bad number');
      i += m[0].length;
      if (i >= n && stack.length > 0) throw new ScanEof(); // the number may continue past the head
      emit('number', at, Number(m[0]));
    } else if (ch === 't' || ch === 'f' || ch === 'n') {
      const word = ch === 't' ? 'true' : ch === 'f' ? 'false' : 'null';
      const got = text.slice(i, i + word.length);
      if (got !== word) {
        if (word.startsWith(got) && i + got.length >= n) throw new ScanEof();
        throw new ScanError(i, `unexpected token "${text.slice(i, i + 12).split(/\s/)[0]}"`);
      }
      i += word.length;
      emit(word === 'null' ? 'null' : 'boolean', at, word === 'null' ? null : word === 'true');
    } else {
      throw new ScanError(i, `unexpected character ${JSON.stringify(ch)} where a value was expected`);
    }
    if (stack.length === 0) rootDone = true;
  };

  const close = () => {
    i++;
    stack.pop();
    if (stack.length === 0) rootDone = true;
  };

  try {
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (i >= n) {
        if (rootDone && !top) return { ok: true, eof: false, stopped: false };
        throw new ScanEof();
      }
      const ch = text[i];
      if (!top) {
        if (rootDone) throw new ScanError(i, 'unexpected data after the JSON value');
        readValue();
        continue;
      }
      if (top.t === 'o') {
        switch (top.s) {
          case 'key-or-end':
            if (ch === '}') close();
            else top.s = 'key';
            continue;
          case 'key': {
            if (ch !== '"') throw new ScanError(i, 'expected a property name in double quotes');
            path.push(readString(true) as string);
            top.s = 'colon';
            continue;
          }
          case 'colon':
            if (ch !== ':') throw new ScanError(i, "expected ':' after a property name");
            i++;
            top.s = 'value';
            continue;
          case 'value':
            top.s = 'comma-or-end';
            readValue();
            continue;
          case 'comma-or-end':
            path.pop();
            if (ch === ',') {
              i++;
              top.s = 'key';
            } else if (ch === '}') close();
            else throw new ScanError(i, "expected ',' or '}' after a property value");
            continue;
        }
      } else {
        switch (top.s) {
          case 'value-or-end':
            if (ch === ']') close();
            else top.s = 'value';
            continue;
          case 'value':
            path.push(top.index);
            top.s = 'comma-or-end';
            readValue();
            continue;
          case 'comma-or-end':
            path.pop();
            top.index++;
            if (ch === ',') {
              i++;
              top.s = 'value';
            } else if (ch === ']') close();
            else throw new ScanError(i, "expected ',' or ']' after an array element");
            continue;
        }
      }
    }
  } catch (e) {
    if (e instanceof ScanEof) return { ok: false, eof: true, stopped: false };
    if (e instanceof ScanStop) return { ok: false, eof: false, stopped: true };
    if (e instanceof ScanError)
      return { ok: false, eof: false, stopped: false, errorOffset: e.offset, errorMessage: e.message };
    throw e;
  }
}

/**
 * JSON.parse with a useful error: invalid JSON is an InputError with the line and column of the
 * first error (computed by scanning, so it does not depend on the wording of V8's message).
 * A BOM is skipped.
 */
/**
 * Python's json module (pytest-json-report, pytest-benchmark) writes `NaN`, `Infinity` and
 * `-Infinity` for such floats, which is not JSON. Outside strings, read them as null.
 */
export function pythonJsonLiterals(body: string): { text: string; count: number } {
  let out = '';
  let last = 0;
  let count = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) {
      inString = true;
      continue;
    }
    const word =
      c === 78
        ? 'NaN'
        : c === 73
          ? 'Infinity'
          : c === 45 && body.startsWith('-Infinity', i)
            ? '-Infinity'
            : '';
    if (word && body.startsWith(word, i)) {
      out += body.slice(last, i) + 'null';
      i += word.length - 1;
      last = i + 1;
      count++;
    }
  }
  return { text: count ? out + body.slice(last) : body, count };
}

export function parseJsonText(text: string, file: string, warnings?: Warning[]): unknown {
  const body = stripBom(text);
  const bom = text.length - body.length;
  const deep = tooDeepAt(body);
  if (deep >= 0) {
    const { line, column } = lineColumnAt(text, deep + bom);
    throw new InputError(file, `invalid JSON: ${DEPTH_MESSAGE}`, line, column);
  }
  try {
    return JSON.parse(body);
  } catch (e) {
    if (/NaN|Infinity/.test(body)) {
      const fixed = pythonJsonLiterals(body);
      if (fixed.count > 0) {
        try {
          const doc: unknown = JSON.parse(fixed.text);
          warnings?.push({
            file,
            message: `${fixed.count} NaN/Infinity value(s) (written by Python's json, not JSON) read as null`,
          });
          return doc;
        } catch {
          // not only that: report the original error below
        }
      }
    }
    const scan = scanJson(body);
    let offset: number;
    let what: string;
    if (scan.errorOffset !== undefined) {
      offset = scan.errorOffset;
      what = scan.errorMessage ?? 'syntax error';
    } else if (scan.eof) {
      offset = body.length;
      what = 'the JSON ends early (truncated file?)';
    } else {
      const m = /position (\d+)/.exec((e as Error).message);
      offset = m ? Number(m[1]) : 0;
      what = (e as Error).message;
    }
    const { line, column } = lineColumnAt(text, offset + bom);
    throw new InputError(file, `invalid JSON: ${what}`, line, column);
  }
}

/** Line and column of the value at `path` (or of its nearest ancestor present in the text). */
export function locateJsonPath(
  text: string,
  path: readonly PropertyKey[],
): { line: number; column: number } | undefined {
  const body = stripBom(text);
  const bom = text.length - body.length;
  const want = path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  let best: { depth: number; offset: number } | undefined;
  scanJson(body, (ev) => {
    const d = ev.path.length;
    if (d > want.length) return;
    for (let k = 0; k < d; k++) if (String(ev.path[k]) !== String(want[k])) return;
    if (!best || d > best.depth) best = { depth: d, offset: ev.offset };
    return d === want.length;
  });
  return best ? lineColumnAt(text, best.offset + bom) : undefined;
}

/** `a.b[2].c` */
export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else {
      const k = String(p);
      s += /^[A-Za-z_$][\w$]*$/.test(k) ? (s ? `.${k}` : k) : `[${JSON.stringify(k)}]`;
    }
  }
  return s || '(top level)';
}

/**
 * The first zod issue as an InputError: the JSON/YAML path, what was wrong, and the line of that
 * path in the text when `locate` finds it.
 */
export function zodInputError(
  file: string,
  what: string,
  error: ZodError,
  locate?: (path: readonly PropertyKey[]) => { line: number; column: number } | undefined,
): InputError {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : '';
  const at = locate?.(path);
  return new InputError(
    file,
    `${what}: ${formatPath(path)}: ${issue?.message ?? 'invalid'}${more}`,
    at?.line,
    at?.column,
  );
}

// ---------------------------------------------------------------------------------------------
// Detection

const LOOKED_FOR =
  'k6 NDJSON, k6 summary (A/B/C), pytest-json-report, pytest-benchmark, approvals, optimization plan, noise file, JUnit XML, baseline CSV, SLO updates YAML, Markdown';

/** What the tolerant scan saw near the top of a JSON document (depth <= 3, first array element). */
class JsonFacts {
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

/** The k6 summary shape of a parsed or partially scanned document; undefined when it is none. */
function k6SummaryShape(f: JsonFacts): Format | undefined {
  if (f.kind('results', 'metrics') === 'array') return 'k6-machine-summary';
  if (f.value('version') === '1.0.0' && f.kind('results') === 'object') return 'k6-machine-summary';
  if ((f.has('metadata', 'k6_version') || f.has('metadata', 'k6Version')) && f.kind('config') === 'object')
    return 'k6-machine-summary';
  const rg = f.kind('root_group') === 'object';
  const rgShape =
    f.kind('root_group', 'groups') === 'array' || f.kind('root_group', 'checks') === 'array'
      ? 'k6-handle-summary'
      : f.kind('root_group', 'groups') === 'object' || f.kind('root_group', 'checks') === 'object'
        ? 'k6-summary-export'
        : undefined;
  if (f.kind('metrics') !== 'object') {
    // a head cut before `metrics`: k6's root_group (groups/checks as arrays in B, objects in A)
    return rg && rgShape && ['id', 'path', 'name'].some((k) => f.has('root_group', k)) ? rgShape : undefined;
  }
  for (const m of f.keys('metrics')) {
    if (f.kind('metrics', m) !== 'object') continue;
    if (f.has('metrics', m, 'type') || f.kind('metrics', m, 'values') === 'object')
      return 'k6-handle-summary';
    const sub = f.keys('metrics', m);
    if (sub.some((s) => f.kind('metrics', m, s) === 'number' || f.kind('metrics', m, s) === 'null'))
      return 'k6-summary-export';
  }
  // metrics empty or cut before its first entry: the rest of the document decides
  if (f.has('options') || f.has('state')) return 'k6-handle-summary';
  if (rgShape) return rgShape;
  return rg ? 'k6-summary-export' : undefined;
}

function formatFromJsonFacts(f: JsonFacts, valid: boolean): Format | undefined {
  if (f.top === 'object') {
    const type = f.value('type');
    if ((type === 'Metric' || type === 'Point') && (f.has('metric') || f.kind('data') === 'object'))
      return 'k6-ndjson';
    const k6 = k6SummaryShape(f);
    if (k6) return k6;
    if (
      f.has('exitcode') &&
      f.kind('summary') === 'object' &&
      (f.has('created') || f.kind('tests') === 'array' || f.has('root'))
    )
      return 'pytest-json-report';
    if (
      (f.kind('benchmarks') === 'array' &&
        (f.has('machine_info') || f.has('commit_info') || f.has('benchmarks', 0, 'stats'))) ||
      (f.kind('machine_info') === 'object' && f.kind('commit_info') === 'object') ||
      (f.kind('machine_info') === 'object' &&
        (f.has('machine_info', 'python_implementation') || f.has('machine_info', 'python_version')))
    )
      return 'pytest-benchmark';
    if (f.kind('target_metric') === 'object') return 'optimization-plan';
    if (typeof f.value('version') === 'number' && f.kind('keys') === 'object') return 'noise';
    return undefined;
  }
  if (f.top === 'array') {
    if (f.kind(0) === undefined) return valid ? 'approvals' : undefined; // [] (or a head that ends right there)
    if (f.kind(0) === 'object' && (f.has(0, 'state') || f.has(0, 'user') || f.has(0, 'environments')))
      return 'approvals';
  }
  return undefined;
}

/** Whether a line at column 0 reading `slo_updates:` exists outside fenced code. */
function hasSloUpdatesKey(lines: string[]): boolean {
  let fence: string | undefined;
  for (const line of lines) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (!fence && /^["']?slo_updates["']?\s*:/.test(line)) return true;
  }
  return false;
}

function splitCsvHeader(line: string): string[] {
  return line.split(',').map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim()
      .toLowerCase(),
  );
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

/** Names that are never Markdown, whatever their content: JSON, NDJSON and gzip. */
const NOT_MARKDOWN_NAME = /\.(?:json|ndjson|jsonl|gz)$/i;

/** pytest-benchmark's console table (what it prints without `--benchmark-json`). */
function isBenchmarkConsoleTable(lines: string[]): boolean {
  return lines
    .slice(0, 200)
    .some(
      (l) =>
        /^-{3,} benchmark(?: ['"].*['"])?: \d+ tests? -{3,}\s*$/.test(l) ||
        /^Name \(time in (?:ns|us|ms|s)\)\s+(?:Min|Max|Mean)\b/.test(l),
    );
}

/**
 * Line number (1-based) of the first k6 NDJSON line in text that also holds other lines: k6's
 * `--out json` written to stdout and interleaved with k6's banner and log lines.
 */
function firstK6Line(lines: string[]): number | undefined {
  for (let i = 0; i < Math.min(lines.length, 2000); i++) {
    const l = lines[i].trim();
    if (!l.startsWith('{"')) continue;
    let o: unknown;
    try {
      o = JSON.parse(l);
    } catch {
      continue; // may be the line cut at the end of the head
    }
    if (o !== null && typeof o === 'object' && !Array.isArray(o)) {
      const r = o as Record<string, unknown>;
      if ((r.type === 'Point' || r.type === 'Metric') && typeof r.metric === 'string') return i + 1;
    }
  }
  return undefined;
}

/**
 * The format of a file from its first bytes (up to ~64 KiB; the head may end in the middle of a
 * document). gzip magic 1f 8b means k6 NDJSON (k6 gzips its JSON output). Unknown content is an
 * InputError that says what was looked for. The file name only vetoes: a `.json`, `.ndjson` or
 * `.gz` file is never Markdown; Markdown at all only with `{ markdown: true }`.
 */
export function detectFormat(head: Buffer | Uint8Array, file: string, opts: DetectOptions = {}): Format {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'k6-ndjson';
  if (head.length === 0) throw new InputError(file, 'the file is empty');
  const text = decodeText(head, file, true);
  const t = text.replace(/^\s+/, '');
  if (t.length === 0) throw new InputError(file, 'the file is empty (only whitespace)');
  const skipped = text.length - t.length;
  const lineOf = (offset: number) => lineColumnAt(text, offset + skipped);

  const first = t[0];
  let invalidJson: { line: number; column: number; message: string } | undefined;
  const json = first === '{' || first === '[' ? gatherFacts(t) : undefined;
  if (json) {
    const { facts, scan } = json;
    const found = formatFromJsonFacts(facts, scan.ok || scan.eof);
    if (found) return found;
    if (scan.errorOffset !== undefined) {
      const { line, column } = lineOf(scan.errorOffset);
      invalidJson = { line, column, message: scan.errorMessage ?? 'syntax error' };
      if (invalidJson.message === DEPTH_MESSAGE)
        throw new InputError(file, `invalid JSON: ${DEPTH_MESSAGE}`, line, column);
    }
    // '[' that is not valid JSON may be Markdown starting with a link or a checkbox, '{' that is
    // not valid JSON may be k6 NDJSON after a log line: go on with the text formats. Anything else
    // is JSON we do not know.
    if (scan.errorOffset === undefined) {
      const keys = facts.top === 'object' ? facts.keys() : facts.top === 'array' ? facts.keys(0) : [];
      const shown = keys.slice(0, 12).join(', ');
      throw new InputError(
        file,
        `unknown format: looked for ${LOOKED_FOR}; found a JSON ${facts.top ?? 'document'}${
          shown ? ` with keys ${shown}` : ''
        }. Name the format with the \`format\` input if it is one of these.`,
      );
    }
  }

  if (first === '<') {
    if (/<testsuites?[\s>/]/.test(t.slice(0, 65536))) return 'junit-xml';
    throw new InputError(
      file,
      `unknown format: an XML document without <testsuites> or <testsuite>; looked for ${LOOKED_FOR}`,
    );
  }

  const lines = text.split(/\r\n|\r|\n/);
  if (isBenchmarkConsoleTable(lines)) {
    throw new InputError(
      file,
      "this is pytest-benchmark's console table (the text it prints), not its JSON: run pytest with " +
        '`--benchmark-json=FILE` and give that file',
    );
  }
  if (firstK6Line(lines) !== undefined) return 'k6-ndjson';

  const header = lines.find((l) => l.trim() !== '');
  if (header !== undefined && header.includes(',') && splitCsvHeader(header).includes('metric_name'))
    return 'baseline-csv';
  if (hasSloUpdatesKey(lines)) return 'slo-updates';

  const notMarkdown = (what: string): InputError => {
    // JSON that does not parse (and is no other format): say where it breaks
    if (invalidJson)
      return new InputError(
        file,
        `invalid JSON: ${invalidJson.message}`,
        invalidJson.line,
        invalidJson.column,
      );
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
  };
  const markdown = (what: string): Format => {
    if (!opts.markdown || NOT_MARKDOWN_NAME.test(file) || (json && first === '{')) throw notMarkdown(what);
    return 'markdown';
  };
  if (/^ {0,3}#{1,6}(\s|$)/.test(t)) return markdown('text that looks like Markdown');

  // "mostly text": printable characters, almost no control characters or undecodable bytes
  let bad = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0) {
      bad = t.length;
      break;
    }
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  if (bad <= t.length * 0.01) return markdown('plain text');
  throw new InputError(file, `unknown format: binary content; looked for ${LOOKED_FOR}`);
}
