export const id = 511;
export const ids = [511];
export const modules = {

/***/ 62511:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ sniff)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76995);
/* harmony import */ var _sniff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29905);
// Detection of Markdown: the last word on text. A heading, or text that is mostly printable, is
// Markdown where a document is read (`{ markdown: true }`) and the file name allows it; anywhere
// else it is an error that says why. Binary content is not claimed.


/** Names that are never Markdown, whatever their content: JSON, NDJSON and gzip. */
const NOT_MARKDOWN_NAME = /\.(?:json|ndjson|jsonl|gz)$/i;
/** Why text that would be Markdown is not read as such here. */
function notMarkdown(head, what) {
    const { file, invalidJson } = head;
    // JSON that does not parse (and is no other format): say where it breaks
    if (invalidJson)
        return new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `invalid JSON: ${invalidJson.message}`, invalidJson.line, invalidJson.column);
    if (NOT_MARKDOWN_NAME.test(file)) {
        return new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `unknown format: ${what}, but a file named ${JSON.stringify(file.split(/[\\/]/).pop())} is never read as Markdown; looked for ${_sniff_js__WEBPACK_IMPORTED_MODULE_1__/* .LOOKED_FOR */ .Fb}`);
    }
    return new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `unknown format: ${what}; Markdown is read only by the document inputs (hypotheses, profiling-report, capacity-analysis, instrumentation-log); looked for ${_sniff_js__WEBPACK_IMPORTED_MODULE_1__/* .LOOKED_FOR */ .Fb}`);
}
/** "Mostly text": printable characters, almost no control characters or undecodable bytes. */
function mostlyText(t) {
    let bad = 0;
    for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 0) {
            bad = t.length;
            break;
        }
        if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd)
            bad++;
    }
    return bad <= t.length * 0.01;
}
function sniff(head) {
    if (head.stage !== 'text')
        return undefined;
    const t = head.trimmed;
    const what = /^ {0,3}#{1,6}(\s|$)/.test(t)
        ? 'text that looks like Markdown'
        : mostlyText(t)
            ? 'plain text'
            : undefined;
    if (what === undefined)
        return undefined;
    if (!head.opts.markdown || NOT_MARKDOWN_NAME.test(head.file) || head.jsonObject)
        throw notMarkdown(head, what);
    return 'markdown';
}


/***/ }),

/***/ 29905:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fb: () => (/* binding */ LOOKED_FOR),
/* harmony export */   MM: () => (/* binding */ detectWith),
/* harmony export */   ZM: () => (/* binding */ DETECT_HEAD_BYTES),
/* harmony export */   wr: () => (/* binding */ headStages)
/* harmony export */ });
/* unused harmony export JsonFacts */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76995);
/* harmony import */ var _text_decode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85115);
/* harmony import */ var _text_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60907);
// Format detection from CONTENT (never the file name alone): the head of a file (its first bytes)
// seen in stages, and the order of asking. Each format's own test lives beside its reader
// (src/parsers/<format>/sniff.ts); src/parsers/index.ts holds the ordered registry of them.
// Pure: bytes in.



/** How many leading bytes detection looks at. */
const DETECT_HEAD_BYTES = 64 * 1024;
const LOOKED_FOR = 'k6 NDJSON, k6 summary (A/B/C), pytest-json-report, pytest-benchmark, approvals, optimization plan, noise file, JUnit XML, baseline CSV, SLO updates YAML, Markdown';
/** What the tolerant scan saw near the top of a JSON document (depth <= 3, first array element). */
class JsonFacts {
    kinds = new Map();
    values = new Map();
    children = new Map();
    top;
    static key(path) {
        return path.map((p) => (typeof p === 'number' ? '#' : p)).join('\u0000');
    }
    add(ev) {
        if (ev.path.length === 0)
            this.top = ev.kind;
        const k = JsonFacts.key(ev.path);
        if (this.kinds.has(k))
            return;
        this.kinds.set(k, ev.kind);
        if (ev.value !== undefined)
            this.values.set(k, ev.value);
        if (ev.path.length > 0) {
            const parent = JsonFacts.key(ev.path.slice(0, -1));
            const list = this.children.get(parent) ?? [];
            list.push(String(ev.path[ev.path.length - 1]));
            this.children.set(parent, list);
        }
    }
    kind(...path) {
        return this.kinds.get(JsonFacts.key(path));
    }
    has(...path) {
        return this.kinds.has(JsonFacts.key(path));
    }
    value(...path) {
        return this.values.get(JsonFacts.key(path));
    }
    keys(...path) {
        return this.children.get(JsonFacts.key(path)) ?? [];
    }
}
function gatherFacts(text) {
    const facts = new JsonFacts();
    let count = 0;
    const scan = (0,_text_json_js__WEBPACK_IMPORTED_MODULE_2__/* .scanJson */ .Ey)(text, (ev) => {
        if (ev.path.length > 3)
            return;
        for (const p of ev.path)
            if (typeof p === 'number' && p > 0)
                return;
        facts.add(ev);
        return ++count > 50_000;
    });
    return { facts, scan };
}
/** The stages of a head; throws for an empty head (after the bytes stage, which gzip may claim). */
function headStages(bytes, file, opts = {}) {
    const base = { bytes, file, opts, text: '', trimmed: '', lines: [], complete: false, jsonObject: false };
    const stages = { bytes: { ...base, stage: 'bytes' } };
    if (bytes.length === 0)
        return stages;
    const text = (0,_text_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeText */ .g7)(bytes, file, true);
    const trimmed = text.replace(/^\s+/, '');
    if (trimmed.length === 0)
        return stages;
    const seen = { ...base, text, trimmed };
    const first = trimmed[0];
    let invalidJson;
    if (first === '{' || first === '[') {
        const { facts, scan } = gatherFacts(trimmed);
        stages.json = { ...seen, stage: 'json', facts, scan, complete: scan.ok || scan.eof };
        if (scan.errorOffset !== undefined) {
            const { line, column } = (0,_text_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnAt */ .IX)(text, scan.errorOffset + text.length - trimmed.length);
            invalidJson = { line, column, message: scan.errorMessage ?? 'syntax error' };
        }
    }
    if (first === '<')
        stages.xml = { ...seen, stage: 'xml' };
    const lines = text.split(/\r\n|\r|\n/);
    stages.text = { ...seen, stage: 'text', lines, jsonObject: first === '{', invalidJson };
    return stages;
}
function ask(sniffs, head) {
    for (const sniff of sniffs) {
        const found = sniff(head);
        if (found)
            return found;
    }
    return undefined;
}
/** Valid JSON (or a head of it) that no format claims: say which keys were there. */
function unknownJson(file, facts) {
    const keys = facts.top === 'object' ? facts.keys() : facts.top === 'array' ? facts.keys(0) : [];
    const shown = keys.slice(0, 12).join(', ');
    return new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `unknown format: looked for ${LOOKED_FOR}; found a JSON ${facts.top ?? 'document'}${shown ? ` with keys ${shown}` : ''}. Name the format with the \`format\` input if it is one of these.`);
}
/**
 * The format of a file from its first bytes (up to ~64 KiB; the head may end in the middle of a
 * document), asking `sniffs` in their order at each stage of the head. Unknown content is an
 * InputError that says what was looked for.
 */
function detectWith(sniffs, head, file, opts = {}) {
    const stages = headStages(head, file, opts);
    const raw = ask(sniffs, stages.bytes);
    if (raw)
        return raw;
    if (head.length === 0)
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, 'the file is empty');
    if (!stages.text)
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, 'the file is empty (only whitespace)');
    if (stages.json) {
        const found = ask(sniffs, stages.json);
        if (found)
            return found;
        const bad = stages.text.invalidJson;
        if (bad?.message === _text_json_js__WEBPACK_IMPORTED_MODULE_2__/* .DEPTH_MESSAGE */ .oY)
            throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `invalid JSON: ${_text_json_js__WEBPACK_IMPORTED_MODULE_2__/* .DEPTH_MESSAGE */ .oY}`, bad.line, bad.column);
        // '[' that is not valid JSON may be Markdown starting with a link or a checkbox, '{' that is
        // not valid JSON may be k6 NDJSON after a log line: go on with the text formats. Anything else
        // is JSON we do not know.
        if (stages.json.scan.errorOffset === undefined)
            throw unknownJson(file, stages.json.facts);
    }
    if (stages.xml) {
        const found = ask(sniffs, stages.xml);
        if (found)
            return found;
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `unknown format: an XML document no format reads; looked for ${LOOKED_FOR}`);
    }
    const found = ask(sniffs, stages.text);
    if (found)
        return found;
    throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `unknown format: binary content; looked for ${LOOKED_FOR}`);
}


/***/ }),

/***/ 85115:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   g7: () => (/* binding */ decodeText)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76995);
// The text helpers every reader shares: BOM handling, strict UTF-8/UTF-16 decoding and the line
// and column of an offset. Pure: bytes and strings in.

/** Removes one leading byte-order mark (U+FEFF). */
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/**
 * Bytes to text. UTF-8 by default (a UTF-8 BOM is dropped); a UTF-16 BOM (FF FE / FE FF, what
 * Windows PowerShell writes by default) selects UTF-16. Invalid UTF-8 is an InputError with its
 * line. `lenient` replaces bad sequences instead (used for a head cut mid-character).
 */
function decodeText(bytes, file, lenient = false) {
    let encoding = 'utf-8';
    let start = 0;
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
        encoding = 'utf-16le';
        start = 2;
    }
    else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
        encoding = 'utf-16be';
        start = 2;
    }
    else if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        start = 3;
    }
    const body = bytes.subarray(start);
    if (lenient)
        return new TextDecoder(encoding, { fatal: false }).decode(body);
    try {
        return new TextDecoder(encoding, { fatal: true }).decode(body);
    }
    catch {
        // find the first bad byte to say where
        const lossy = new TextDecoder(encoding, { fatal: false }).decode(body);
        const bad = lossy.indexOf('\ufffd');
        const { line, column } = lineColumnAt(lossy, Math.max(0, bad));
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `not valid ${encoding.toUpperCase()} text`, line, column);
    }
}
/** 1-based line and column of a character offset (CRLF, LF and lone CR each end a line). */
function lineColumnAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            line++;
            lineStart = i + 1;
        }
        else if (c === 13) {
            if (text.charCodeAt(i + 1) === 10)
                continue; // CRLF counts once, at the LF
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: end - lineStart + 1 };
}


/***/ }),

/***/ 60907:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ scanJson),
/* harmony export */   Od: () => (/* binding */ locateJsonPath),
/* harmony export */   _i: () => (/* binding */ zodInputError),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   oY: () => (/* binding */ DEPTH_MESSAGE)
/* harmony export */ });
/* unused harmony exports MAX_JSON_DEPTH, tooDeepAt, pythonJsonLiterals */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76995);
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85115);


class ScanError {
    offset;
    message;
    constructor(offset, message) {
        this.offset = offset;
        this.message = message;
    }
}
class ScanEof {
}
class ScanStop {
}
/**
 * No input perf-gates reads nests deeper than a few levels; a hostile file of nothing but `[`
 * must not cost minutes of CPU (or the stack of whatever walks the parsed value). Deeper JSON is
 * bad input.
 */
const MAX_JSON_DEPTH = 256;
const DEPTH_MESSAGE = `nested deeper than ${MAX_JSON_DEPTH} levels (perf-gates reads at most ${MAX_JSON_DEPTH})`;
/** Offset of the bracket that opens level MAX_JSON_DEPTH + 1 (outside strings), or -1. One pass. */
function tooDeepAt(body) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < body.length; i++) {
        const c = body.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++;
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 123 || c === 91) {
            if (++depth > MAX_JSON_DEPTH)
                return i;
        }
        else if (c === 125 || c === 93)
            depth--;
    }
    return -1;
}
const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** The state of one scan (see scanJson). Iterative: nesting depth is not limited by the call stack. */
class JsonScanner {
    text;
    visit;
    i = 0;
    n;
    path = [];
    stack = [];
    rootDone = false;
    constructor(text, visit) {
        this.text = text;
        this.visit = visit;
        this.n = text.length;
    }
    ws() {
        while (this.i < this.n) {
            const c = this.text.charCodeAt(this.i);
            if (c === 32 || c === 9 || c === 10 || c === 13)
                this.i++;
            else
                break;
        }
    }
    /** reads a string starting at the quote; returns its decoded value (or undefined when long and not needed) */
    readString(decode) {
        const start = this.i;
        this.i++;
        let escaped = false;
        for (;;) {
            if (this.i >= this.n)
                throw new ScanEof();
            const c = this.text.charCodeAt(this.i);
            if (c === 34)
                break;
            if (c < 0x20)
                throw new ScanError(this.i, 'control character in a string');
            if (c === 92) {
                escaped = true;
                const e = this.text[this.i + 1];
                if (e === undefined)
                    throw new ScanEof();
                if (e === 'u') {
                    const hex = this.text.slice(this.i + 2, this.i + 6);
                    if (hex.length < 4 && this.i + 2 + hex.length >= this.n)
                        throw new ScanEof();
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        throw new ScanError(this.i, 'bad \\u escape in a string');
                    this.i += 6;
                    continue;
                }
                if (!'"\\/bfnrt'.includes(e))
                    throw new ScanError(this.i, `bad escape \\${e} in a string`);
                this.i += 2;
                continue;
            }
            this.i++;
        }
        this.i++; // closing quote
        if (!decode)
            return undefined;
        const raw = this.text.slice(start + 1, this.i - 1);
        return escaped ? JSON.parse(this.text.slice(start, this.i)) : raw;
    }
    emit(kind, offset, value) {
        if (this.visit && this.visit({ path: this.path.slice(), kind, offset, value }) === true)
            throw new ScanStop();
    }
    readValue() {
        const at = this.i;
        const ch = this.text[this.i];
        if (ch === '{' || ch === '[') {
            if (this.stack.length >= MAX_JSON_DEPTH)
                throw new ScanError(this.i, DEPTH_MESSAGE);
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
        }
        else if (ch === '-' || (ch >= '0' && ch <= '9')) {
            NUMBER_RE.lastIndex = this.i;
            const m = NUMBER_RE.exec(this.text);
            if (!m)
                throw this.i + 1 >= this.n ? new ScanEof() : new ScanError(this.i, 'bad number');
            this.i += m[0].length;
            if (this.i >= this.n && this.stack.length > 0)
                throw new ScanEof(); // the number may continue past the head
            this.emit('number', at, Number(m[0]));
        }
        else if (ch === 't' || ch === 'f' || ch === 'n') {
            const word = ch === 't' ? 'true' : ch === 'f' ? 'false' : 'null';
            const got = this.text.slice(this.i, this.i + word.length);
            if (got !== word) {
                if (word.startsWith(got) && this.i + got.length >= this.n)
                    throw new ScanEof();
                throw new ScanError(this.i, `unexpected token "${this.text.slice(this.i, this.i + 12).split(/\s/)[0]}"`);
            }
            this.i += word.length;
            this.emit(word === 'null' ? 'null' : 'boolean', at, word === 'null' ? null : word === 'true');
        }
        else {
            throw new ScanError(this.i, `unexpected character ${JSON.stringify(ch)} where a value was expected`);
        }
        if (this.stack.length === 0)
            this.rootDone = true;
    }
    close() {
        this.i++;
        this.stack.pop();
        if (this.stack.length === 0)
            this.rootDone = true;
    }
    /** One step inside an object. */
    stepObject(top, ch) {
        switch (top.s) {
            case 'key-or-end':
                if (ch === '}')
                    this.close();
                else
                    top.s = 'key';
                return;
            case 'key': {
                if (ch !== '"')
                    throw new ScanError(this.i, 'expected a property name in double quotes');
                this.path.push(this.readString(true));
                top.s = 'colon';
                return;
            }
            case 'colon':
                if (ch !== ':')
                    throw new ScanError(this.i, "expected ':' after a property name");
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
                }
                else if (ch === '}')
                    this.close();
                else
                    throw new ScanError(this.i, "expected ',' or '}' after a property value");
                return;
        }
    }
    /** One step inside an array. */
    stepArray(top, ch) {
        switch (top.s) {
            case 'value-or-end':
                if (ch === ']')
                    this.close();
                else
                    top.s = 'value';
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
                }
                else if (ch === ']')
                    this.close();
                else
                    throw new ScanError(this.i, "expected ',' or ']' after an array element");
                return;
        }
    }
    run() {
        try {
            for (;;) {
                this.ws();
                const top = this.stack[this.stack.length - 1];
                if (this.i >= this.n) {
                    if (this.rootDone && !top)
                        return { ok: true, eof: false, stopped: false };
                    throw new ScanEof();
                }
                const ch = this.text[this.i];
                if (!top) {
                    if (this.rootDone)
                        throw new ScanError(this.i, 'unexpected data after the JSON value');
                    this.readValue();
                    continue;
                }
                if (top.t === 'o')
                    this.stepObject(top, ch);
                else
                    this.stepArray(top, ch);
            }
        }
        catch (e) {
            if (e instanceof ScanEof)
                return { ok: false, eof: true, stopped: false };
            if (e instanceof ScanStop)
                return { ok: false, eof: false, stopped: true };
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
function scanJson(text, visit) {
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
function pythonJsonLiterals(body) {
    let out = '';
    let last = 0;
    let count = 0;
    let inString = false;
    for (let i = 0; i < body.length; i++) {
        const c = body.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++;
            else if (c === 34)
                inString = false;
            continue;
        }
        if (c === 34) {
            inString = true;
            continue;
        }
        const word = c === 78
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
function parseJsonText(text, file, warnings) {
    const body = (0,_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .stripBom */ .F8)(text);
    const bom = text.length - body.length;
    const deep = tooDeepAt(body);
    if (deep >= 0) {
        const { line, column } = (0,_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnAt */ .IX)(text, deep + bom);
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `invalid JSON: ${DEPTH_MESSAGE}`, line, column);
    }
    try {
        return JSON.parse(body);
    }
    catch (e) {
        if (/NaN|Infinity/.test(body)) {
            const fixed = pythonJsonLiterals(body);
            if (fixed.count > 0) {
                try {
                    const doc = JSON.parse(fixed.text);
                    warnings?.push({
                        file,
                        message: `${fixed.count} NaN/Infinity value(s) (written by Python's json, not JSON) read as null`,
                    });
                    return doc;
                }
                catch {
                    // not only that: report the original error below
                }
            }
        }
        const scan = scanJson(body);
        let offset;
        let what;
        if (scan.errorOffset !== undefined) {
            offset = scan.errorOffset;
            what = scan.errorMessage ?? 'syntax error';
        }
        else if (scan.eof) {
            offset = body.length;
            what = 'the JSON ends early (truncated file?)';
        }
        else {
            const m = /position (\d+)/.exec(e.message);
            offset = m ? Number(m[1]) : 0;
            what = e.message;
        }
        const { line, column } = (0,_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnAt */ .IX)(text, offset + bom);
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `invalid JSON: ${what}`, line, column);
    }
}
/** Line and column of the value at `path` (or of its nearest ancestor present in the text). */
function locateJsonPath(text, path) {
    const body = (0,_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .stripBom */ .F8)(text);
    const bom = text.length - body.length;
    const want = path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    let best;
    scanJson(body, (ev) => {
        const d = ev.path.length;
        if (d > want.length)
            return;
        for (let k = 0; k < d; k++)
            if (String(ev.path[k]) !== String(want[k]))
                return;
        if (!best || d > best.depth)
            best = { depth: d, offset: ev.offset };
        return d === want.length;
    });
    return best ? (0,_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnAt */ .IX)(text, best.offset + bom) : undefined;
}
/** `a.b[2].c` */
function formatPath(path) {
    let s = '';
    for (const p of path) {
        if (typeof p === 'number')
            s += `[${p}]`;
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
function zodInputError(file, what, error, locate) {
    const issue = error.issues[0];
    const path = issue?.path ?? [];
    const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : '';
    const at = locate?.(path);
    return new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `${what}: ${formatPath(path)}: ${issue?.message ?? 'invalid'}${more}`, at?.line, at?.column);
}


/***/ })

};
