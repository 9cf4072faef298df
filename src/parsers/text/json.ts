// JSON for the readers: a tolerant scanner (works on a head cut in the middle of a document),
// JSON parsing whose errors carry a line and column, and the mapping of zod issues to InputErrors
// that point at the offending line. Pure: strings in.
import type { ZodError } from 'zod';
import { InputError, type Warning } from '../../model.js';
import { lineColumnAt, stripBom } from './decode.js';

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
export const DEPTH_MESSAGE = `nested deeper than ${MAX_JSON_DEPTH} levels (perf-gates reads at most ${MAX_JSON_DEPTH})`;

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

/** The state of one scan (see scanJson). Iterative: nesting depth is not limited by the call stack. */
class JsonScanner {
  i = 0;
  readonly n: number;
  readonly path: (string | number)[] = [];
  readonly stack: Frame[] = [];
  rootDone = false;

  constructor(
    readonly text: string,
    readonly visit?: (ev: JsonValueEvent) => boolean | void,
  ) {
    this.n = text.length;
  }

  ws() {
    while (this.i < this.n) {
      const c = this.text.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }

  /** reads a string starting at the quote; returns its decoded value (or undefined when long and not needed) */
  readString(decode: boolean): string | undefined {
    const start = this.i;
    this.i++;
    let escaped = false;
    for (;;) {
      if (this.i >= this.n) throw new ScanEof();
      const c = this.text.charCodeAt(this.i);
      if (c === 34) break;
      if (c < 0x20) throw new ScanError(this.i, 'control character in a string');
      if (c === 92) {
        escaped = true;
        const e = this.text[this.i + 1];
        if (e === undefined) throw new ScanEof();
        if (e === 'u') {
          const hex = this.text.slice(this.i + 2, this.i + 6);
          if (hex.length < 4 && this.i + 2 + hex.length >= this.n) throw new ScanEof();
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new ScanError(this.i, 'bad \\u escape in a string');
          this.i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e)) throw new ScanError(this.i, `bad escape \\${e} in a string`);
        this.i += 2;
        continue;
      }
      this.i++;
    }
    this.i++; // closing quote
    if (!decode) return undefined;
    const raw = this.text.slice(start + 1, this.i - 1);
    return escaped ? (JSON.parse(this.text.slice(start, this.i)) as string) : raw;
  }

  emit(kind: JsonKind, offset: number, value?: string | number | boolean | null) {
    if (this.visit && this.visit({ path: this.path.slice(), kind, offset, value }) === true)
      throw new ScanStop();
  }

  readValue() {
    const at = this.i;
    const ch = this.text[this.i];
    if (ch === '{' || ch === '[') {
      if (this.stack.length >= MAX_JSON_DEPTH) throw new ScanError(this.i, DEPTH_MESSAGE);
    }
    if (ch === '{') {
      this.emit('object', at);
      this.i++;
      this.stack.push({ t: 'o', s: 'key-or-end' });
      return;
    }
    if (ch === '[') {
      this.emit('array', at);
      this.i++;
      this.stack.push({ t: 'a', s: 'value-or-end', index: 0 });
      return;
    }
    if (ch === '"') {
      const s = this.readString(true);
      this.emit('string', at, s !== undefined && s.length <= 1000 ? s : undefined);
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      NUMBER_RE.lastIndex = this.i;
      const m = NUMBER_RE.exec(this.text);
      if (!m) throw this.i + 1 >= this.n ? new ScanEof() : new ScanError(this.i, 'bad number');
      this.i += m[0].length;
      if (this.i >= this.n && this.stack.length > 0) throw new ScanEof(); // the number may continue past the head
      this.emit('number', at, Number(m[0]));
    } else if (ch === 't' || ch === 'f' || ch === 'n') {
      const word = ch === 't' ? 'true' : ch === 'f' ? 'false' : 'null';
      const got = this.text.slice(this.i, this.i + word.length);
      if (got !== word) {
        if (word.startsWith(got) && this.i + got.length >= this.n) throw new ScanEof();
        throw new ScanError(
          this.i,
          `unexpected token "${this.text.slice(this.i, this.i + 12).split(/\s/)[0]}"`,
        );
      }
      this.i += word.length;
      this.emit(word === 'null' ? 'null' : 'boolean', at, word === 'null' ? null : word === 'true');
    } else {
      throw new ScanError(this.i, `unexpected character ${JSON.stringify(ch)} where a value was expected`);
    }
    if (this.stack.length === 0) this.rootDone = true;
  }

  close() {
    this.i++;
    this.stack.pop();
    if (this.stack.length === 0) this.rootDone = true;
  }

  /** One step inside an object. */
  stepObject(top: Extract<Frame, { t: 'o' }>, ch: string): void {
    switch (top.s) {
      case 'key-or-end':
        if (ch === '}') this.close();
        else top.s = 'key';
        return;
      case 'key': {
        if (ch !== '"') throw new ScanError(this.i, 'expected a property name in double quotes');
        this.path.push(this.readString(true) as string);
        top.s = 'colon';
        return;
      }
      case 'colon':
        if (ch !== ':') throw new ScanError(this.i, "expected ':' after a property name");
        this.i++;
        top.s = 'value';
        return;
      case 'value':
        top.s = 'comma-or-end';
        this.readValue();
        return;
      case 'comma-or-end':
        this.path.pop();
        if (ch === ',') {
          this.i++;
          top.s = 'key';
        } else if (ch === '}') this.close();
        else throw new ScanError(this.i, "expected ',' or '}' after a property value");
        return;
    }
  }

  /** One step inside an array. */
  stepArray(top: Extract<Frame, { t: 'a' }>, ch: string): void {
    switch (top.s) {
      case 'value-or-end':
        if (ch === ']') this.close();
        else top.s = 'value';
        return;
      case 'value':
        this.path.push(top.index);
        top.s = 'comma-or-end';
        this.readValue();
        return;
      case 'comma-or-end':
        this.path.pop();
        top.index++;
        if (ch === ',') {
          this.i++;
          top.s = 'value';
        } else if (ch === ']') this.close();
        else throw new ScanError(this.i, "expected ',' or ']' after an array element");
        return;
    }
  }

  run(): JsonScanResult {
    try {
      for (;;) {
        this.ws();
        const top = this.stack[this.stack.length - 1];
        if (this.i >= this.n) {
          if (this.rootDone && !top) return { ok: true, eof: false, stopped: false };
          throw new ScanEof();
        }
        const ch = this.text[this.i];
        if (!top) {
          if (this.rootDone) throw new ScanError(this.i, 'unexpected data after the JSON value');
          this.readValue();
          continue;
        }
        if (top.t === 'o') this.stepObject(top, ch);
        else this.stepArray(top, ch);
      }
    } catch (e) {
      if (e instanceof ScanEof) return { ok: false, eof: true, stopped: false };
      if (e instanceof ScanStop) return { ok: false, eof: false, stopped: true };
      if (e instanceof ScanError)
        return { ok: false, eof: false, stopped: false, errorOffset: e.offset, errorMessage: e.message };
      throw e;
    }
  }
}

/**
 * Walks one JSON document. `visit` sees every value (return true to stop). Iterative: nesting
 * depth is not limited by the call stack.
 */
export function scanJson(text: string, visit?: (ev: JsonValueEvent) => boolean | void): JsonScanResult {
  return new JsonScanner(text, visit).run();
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
