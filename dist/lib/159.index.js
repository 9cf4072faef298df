export const id = 159;
export const ids = [159];
export const modules = {

/***/ 84270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ listBranchRuns),
/* harmony export */   kQ: () => (/* binding */ HISTORY_ARTIFACT),
/* harmony export */   wu: () => (/* binding */ mergeBase)
/* harmony export */ });
/** The artifact the history store travels as (here, not beside the Octokit calls: `compare` names it without loading them). */
const HISTORY_ARTIFACT = 'perf-gates-history';
/** The runs of `workflow` (its file name or id) on `branch`, newest first, at most `max`. */
async function listBranchRuns(client, ctx, workflow, branch, max = 100) {
    const out = [];
    for (let page = 1; out.length < max; page++) {
        const { data } = await client.rest.actions.listWorkflowRuns({
            owner: ctx.owner,
            repo: ctx.repo,
            workflow_id: workflow,
            branch,
            per_page: Math.min(100, max),
            page,
        });
        for (const r of data.workflow_runs)
            out.push({
                id: r.id,
                headSha: r.head_sha,
                commitTime: r.head_commit?.timestamp ?? r.created_at,
                event: r.event,
                conclusion: r.conclusion ?? null,
            });
        if (data.workflow_runs.length === 0 || out.length >= data.total_count)
            break;
    }
    return out.slice(0, max);
}
/** The merge base of `base`...`head` and its committer time. */
async function mergeBase(client, ctx, base, head) {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
        owner: ctx.owner,
        repo: ctx.repo,
        basehead: `${base}...${head}`,
        per_page: 1,
    });
    const c = data.merge_base_commit;
    return { sha: c.sha, time: c.commit.committer?.date ?? c.commit.author?.date ?? undefined };
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


/***/ }),

/***/ 28017:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluateCompareStep: () => (/* binding */ evaluateCompareStep)
});

// UNUSED EXPORTS: COMPARE_REPORT, NO_HISTORY, historyBaseline, pushCommitTime, readHistory

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/stats/compare.js + 4 modules
var compare = __webpack_require__(25578);
// EXTERNAL MODULE: ./.build/stats/history/compare.js
var history_compare = __webpack_require__(64114);
// EXTERNAL MODULE: ./.build/stats/history/series.js + 1 modules
var series = __webpack_require__(73997);
// EXTERNAL MODULE: ./.build/stats/keys.js
var stats_keys = __webpack_require__(62308);
// EXTERNAL MODULE: ./.build/stats/format.js
var format = __webpack_require__(7383);
// EXTERNAL MODULE: ./.build/gates/common.js
var common = __webpack_require__(99856);
// EXTERNAL MODULE: ./.build/gates/optimization/evaluate.js + 1 modules
var evaluate = __webpack_require__(53520);
// EXTERNAL MODULE: ./.build/gates/optimization/keys.js
var optimization_keys = __webpack_require__(41515);
;// CONCATENATED MODULE: ./.build/gates/compare/evaluate.js








const COMPARE_REPORT = 'compare-report.json';
/** The configured tracked keys, named (judged alone); none: the default keys. */
function compareKeys(config) {
    return (config.optimization?.tracked ?? []).map((t) => (0,optimization_keys/* specOf */.rI)(t.name, t.stat, t.direction, t.tags, true, 'config optimization.tracked'));
}
function changePct(c) {
    if (c.ratio === null || !Number.isFinite(c.ratio))
        return null;
    return (0,optimization_keys/* round2 */.X4)((c.ratio - 1) * 100);
}
function row(c) {
    return {
        key: c.key,
        direction: c.direction,
        named: c.named,
        baseline: c.baseline,
        candidate: c.candidate,
        unit: c.unit ?? null,
        ratio: c.ratio,
        change_percentage: changePct(c),
        improvement_percentage: (0,optimization_keys/* improvementPct */.up)(c.ratio, c.direction),
        bounds: { lower: c.lower, upper: c.upper },
        verdict: c.verdict,
        calibrated: c.calibrated,
        runs: c.runs,
        p_value: c.pValue ?? null,
        reason: c.reason,
        sources: c.sources,
    };
}
/** Points of main's history in a chart, before the candidate's. */
const CHART_RUNS = 20;
/**
 * The charts of a comparison against the history: each key that changed (regression first, then
 * improvements, biggest change first) or whose history has a change point, main's last runs and
 * the candidate's value as the last point.
 */
function historySeries(entries, comparisons) {
    const keys = (0,series/* historyKeys */.zU)(entries);
    const rank = (c) => (c.verdict === 'regression' ? 0 : CHANGED.has(c.verdict) ? 1 : 2);
    const charted = comparisons
        .filter((c) => c.candidate !== null &&
        Number.isFinite(c.candidate) &&
        (CHANGED.has(c.verdict) || c.window_start))
        .sort((a, b) => rank(a) - rank(b) || Math.abs(Math.log(b.ratio ?? 1)) - Math.abs(Math.log(a.ratio ?? 1)));
    const out = [];
    for (const c of charted) {
        const spec = keys.find((k) => (0,stats_keys/* formatKey */.TD)(k) === c.key || (0,optimization_keys/* keyOf */.TN)(k) === c.key);
        if (!spec)
            continue;
        const points = (0,series/* keySeries */.J8)(entries, spec).points.slice(-CHART_RUNS);
        if (!points.length)
            continue;
        const start = c.window_start;
        out.push({
            key: c.key,
            unit: c.unit ?? '',
            labels: [...points.map((p) => (p.sha ? p.sha.slice(0, 7) : p.time.slice(0, 10))), 'PR'],
            values: [...points.map((p) => p.value), c.candidate],
            caption: `${c.key}: ${(0,format/* formatChange */.eD)(c.ratio, c.lower, c.upper)} (${c.verdict})${start ? `; ${start.text}` : ''}`,
        });
    }
    return out;
}
const CHANGED = new Set(['regression', 'improvement', 'improvement-confirmed']);
function baselineCount(b) {
    return b.kind === 'runs' ? b.runs.length : b.entries.length;
}
/** No baseline or no candidate: insufficient-data, with the way out. */
function runsCriterion(ev) {
    const b = ev.baseline;
    if (b.kind === 'history' && b.entries.length === 0)
        return (0,common/* criterion */.u6)('baseline history', 0, 'at least one history entry', 'insufficient-data', b.missing ??
            `${b.source}: no history on main yet: merge this workflow, or run it once on main with workflow_dispatch`, undefined, 'TelemetryGap');
    if (baselineCount(b) > 0 && ev.candidate.length > 0)
        return undefined;
    const missing = [baselineCount(b) ? '' : 'baseline', ev.candidate.length ? '' : 'candidate']
        .filter(Boolean)
        .join(' and ');
    return (0,common/* criterion */.u6)('runs', `${baselineCount(b)} baseline, ${ev.candidate.length} candidate`, 'at least one run per side', 'insufficient-data', `no ${missing} run given: nothing to compare (inputs baseline-k6/baseline-benchmark, or baseline: history, and candidate-k6/candidate-benchmark)`, undefined, 'TelemetryGap');
}
/** `regression count` and one criterion per regressed key or failed performance test. */
function regressionCriteria(regressions, tests, compared, withTests) {
    const out = [];
    const count = regressions.length + tests.failed.length;
    const names = [...regressions.map((c) => c.key), ...tests.failed.map((t) => t.nodeid)];
    const c = (0,common/* criterion */.u6)('regression count', count, 0, count ? 'fail' : 'pass', count === 0
        ? `no regression among ${compared} compared keys${withTests ? ` and ${tests.performance.length} performance tests` : ''}`
        : `${count} regression${count === 1 ? '' : 's'}: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ` and ${names.length - 10} more` : ''}`, undefined, count ? 'RegressionDetected' : undefined);
    c.operator = '<=';
    out.push(c);
    for (const r of regressions)
        out.push((0,common/* criterion */.u6)(`regression: ${r.key}`, changePct(r), null, 'fail', `${(0,format/* formatQuantity */.VZ)(r.baseline, r.unit)} -> ${(0,format/* formatQuantity */.VZ)(r.candidate, r.unit)} (${r.reason})`, changePct(r) === null ? undefined : '%', 'RegressionDetected'));
    for (const t of tests.failed)
        out.push((0,common/* criterion */.u6)(`regression: ${t.nodeid}`, t.outcome, null, 'fail', `pytest -m performance: ${t.outcome}${t.message ? `: ${t.message.replace(/\s+/g, ' ').slice(0, 240)}` : ''}`, undefined, 'RegressionDetected'));
    return out;
}
/** Improvements (reported, never required), calibration and tracked keys without data. */
function reportedNotes(comparisons, keys, haveRuns) {
    const out = [];
    // improvements are reported, never required
    const better = comparisons.filter((c) => c.verdict === 'improvement' || c.verdict === 'improvement-confirmed');
    if (better.length)
        out.push(`improved (reported, not required): ${better
            .map((c) => `${c.key} ${(0,common/* fmt */.Sc)((0,optimization_keys/* improvementPct */.up)(c.ratio, c.direction), '%')}${c.verdict === 'improvement-confirmed' ? ' (confirmed)' : ''}`)
            .join(', ')}`);
    const uncal = comparisons.filter((c) => !c.calibrated && c.verdict !== 'insufficient-data');
    if (uncal.length)
        out.push(`${uncal.length} of ${comparisons.length} comparisons are uncalibrated (one run per side, no noise file): repeat the runs, or keep a history on main (baseline: history)`);
    for (const k of keys) {
        const found = comparisons.find((c) => c.key === (0,optimization_keys/* keyOf */.TN)(k));
        if (haveRuns && (!found || found.verdict === 'insufficient-data'))
            out.push(`tracked key ${(0,optimization_keys/* keyOf */.TN)(k)}: ${found ? found.reason : 'not found in the runs'}`);
    }
    return out;
}
function evaluateCompare(ev, config, ctx) {
    const notes = [];
    const criteria = [];
    const keys = compareKeys(config);
    const opts = {
        keys,
        defaultKeys: keys.length === 0,
        target: config.thresholds.improvement / 100,
        tolerance: config.tolerance / 100,
        confidence: config.confidence,
        uncalibratedMargin: config.uncalibrated_margin / 100,
        fdr: config.fdr,
    };
    const missing = runsCriterion(ev);
    let comparisons = [];
    if (missing)
        criteria.push(missing);
    else if (ev.baseline.kind === 'runs')
        comparisons = (0,compare.compareRuns)(ev.baseline.runs, ev.candidate, opts);
    else
        comparisons = (0,history_compare/* compareWithHistory */.KG)(ev.baseline.entries, ev.candidate, opts);
    const haveRuns = !missing;
    const broken = comparisons.filter((c) => c.verdict === 'error');
    if (broken.length)
        criteria.push((0,common/* criterion */.u6)('impossible samples', broken.length, 0, 'error', broken
            .slice(0, 5)
            .map((c) => `${c.key}: ${c.reason}`)
            .join('; '), undefined, 'TelemetryGap'));
    const regressions = comparisons.filter((c) => c.verdict === 'regression');
    const tests = (0,evaluate/* checkPerformanceTests */.Ef)(ev.pytest, criteria, notes);
    const count = regressions.length + tests.failed.length;
    if (haveRuns || ev.pytest)
        criteria.push(...regressionCriteria(regressions, tests, comparisons.length, !!ev.pytest));
    notes.push(...reportedNotes(comparisons, keys, haveRuns));
    const series = ev.baseline.kind === 'history' ? historySeries(ev.baseline.entries, comparisons) : [];
    const result = (0,common/* makeResult */.U2)('compare', criteria, ctx, {
        regressionCount: haveRuns || ev.pytest ? count : null,
        comparisons,
        notes,
    });
    if (series.length)
        result.series = series;
    const b = ev.baseline;
    const report = {
        baseline: b.kind === 'runs'
            ? { kind: 'runs', runs: b.runs.length }
            : { kind: 'history', source: b.source, entries: b.entries.length },
        candidate: { runs: ev.candidate.length },
        keys: keys.length ? 'tracked' : 'default',
        regression_count: result.regressionCount ?? null,
        regression_threshold: 0,
        tolerance_percentage: config.tolerance,
        status: result.verdict,
        criteria: result.criteria,
        comparisons: comparisons.map(row),
        history_series: series,
        tests: ev.pytest
            ? {
                file: ev.pytest.file,
                performance: tests.performance.length,
                ran: tests.ran,
                failed: tests.failed.map((t) => ({ nodeid: t.nodeid, outcome: t.outcome })),
            }
            : null,
        notes,
    };
    return { result, artifacts: [(0,common/* jsonArtifact */.pm)(COMPARE_REPORT, report, ctx)] };
}

// EXTERNAL MODULE: ./.build/model.js
var model = __webpack_require__(76995);
// EXTERNAL MODULE: ./.build/io/files.js
var files = __webpack_require__(22316);
// EXTERNAL MODULE: ./.build/io/store.js
var store = __webpack_require__(9226);
// EXTERNAL MODULE: ./.build/parsers/history/index.js
var parsers_history = __webpack_require__(64150);
// EXTERNAL MODULE: ./.build/stats/history/store.js
var history_store = __webpack_require__(97272);
// EXTERNAL MODULE: ./.build/version.js
var version = __webpack_require__(15922);
// EXTERNAL MODULE: ./.build/run/history.js
var run_history = __webpack_require__(53644);
// EXTERNAL MODULE: ./.build/run/combine.js
var combine = __webpack_require__(95005);
// EXTERNAL MODULE: ./.build/report/charts.js
var charts = __webpack_require__(10340);
// EXTERNAL MODULE: ./.build/report/history-charts.js
var history_charts = __webpack_require__(21871);
// EXTERNAL MODULE: ./.build/io/history-remote.js
var history_remote = __webpack_require__(84270);
;// CONCATENATED MODULE: ./.build/run/compare.js
// The `compare` gate's run (issue 16): read the candidate, the baseline side (runs of the base
// build, or the history store) and the pytest report, evaluate, then with `history: record` append
// the candidate to the store. Bad input throws an InputError naming the file before anything is
// written; the store is appended to only after the gate has evaluated.













const NO_HISTORY = 'no history on main yet: merge this workflow, or run it once on main with workflow_dispatch';
/** The entries of the store at `dir` (oldest first), each file recorded with its checksum. */
async function readHistory(dir, readers) {
    const names = await (0,store/* listFolder */.bt)(dir);
    const out = [];
    for (const { name } of (0,history_store/* entryNames */.VM)(names)) {
        const file = external_node_path_.join(dir, name);
        const { text, ref } = await (0,files/* readText */.yR)(file);
        readers.refs.push({ path: file, sha256: ref.sha256 });
        out.push((0,parsers_history/* parseHistoryEntry */.EZ)(text, file));
    }
    return out;
}
/** The history as the baseline side; entries at another confidence are refused (their bounds differ). */
function historyBaseline(entries, source, confidence, missing) {
    const other = entries.find((e) => e.confidence !== confidence);
    if (other)
        throw new model/* InputError */.dz(source, `history entry ${other.sha ?? other.time} was recorded at confidence ${other.confidence}, the config asks for ${confidence}: set confidence: ${other.confidence} or start a new history`);
    return {
        kind: 'history',
        entries,
        source,
        ...(entries.length ? {} : { missing: missing ?? `${source}: ${NO_HISTORY}` }),
    };
}
/** The commit time of a push (the event's head_commit.timestamp), for the entry's time. */
function pushCommitTime(event) {
    const t = event?.head_commit?.timestamp;
    return typeof t === 'string' && !Number.isNaN(Date.parse(t)) ? t : undefined;
}
/**
 * In GitHub Actions without history-dir: the store of the default branch runs, downloaded into a
 * new folder. No store: for a baseline, the reason (insufficient-data); for recording, a warning
 * and a new store.
 */
async function remoteHistory(inputs, host) {
    const wanted = inputs.baseline === 'history' || inputs.history === 'record';
    const event = host.env.GITHUB_EVENT_NAME ?? '';
    if (inputs.history === 'record' && !['push', 'schedule', 'workflow_dispatch'].includes(event))
        throw new model/* InputError */.dz('history', `history: record runs on the default branch (push, schedule or workflow_dispatch), not on ${event || 'this event'}: a pull request must not write main's history`);
    if (!wanted || !host.github?.history)
        return undefined;
    const dir = await (0,store/* makeTempFolder */.Pd)('perf-gates-history-', host.env.RUNNER_TEMP);
    const purpose = inputs.history === 'record' ? 'record' : 'baseline';
    const got = await host.github.history(inputs, purpose, dir);
    const notes = [...got.notes];
    if (got.found)
        notes.push(`history: ${got.from}`);
    else if (purpose === 'record') {
        host.warning(`history: starting a new history: ${got.missing ?? 'none found'}`);
        notes.push(`history: started a new history (${got.missing ?? 'none found'})`);
    }
    return {
        historyDir: dir,
        historyMissing: got.found ? undefined : (got.missing ?? NO_HISTORY),
        historyFrom: got.from ?? history_remote/* HISTORY_ARTIFACT */.kQ,
        notes,
        sha: got.sha,
        time: got.time,
    };
}
async function evaluateCompareStep(inputs, host, config, readers, ctx, step = {}) {
    const cand = (0,combine/* combineRuns */.G)(await readers.runs(inputs['candidate-k6'], 'candidate'), await readers.runs(inputs['candidate-benchmark'], 'candidate benchmark'));
    const given = inputs['history-dir'];
    const remote = given ? undefined : await remoteHistory(inputs, host);
    if (remote)
        step = { ...remote, ...step };
    const dir = step.historyDir ?? (given ? external_node_path_.resolve(host.cwd, given) : undefined);
    const label = given ?? step.historyFrom ?? 'history';
    let baseline;
    if (inputs.baseline === 'history') {
        if (!dir && !step.historyMissing)
            throw new model/* InputError */.dz('history-dir', 'baseline: history needs the history store: set history-dir to its folder (in GitHub Actions it is found from the default branch runs)');
        const entries = dir ? await readHistory(dir, readers) : [];
        baseline = historyBaseline(entries, label, config.confidence, step.historyMissing);
    }
    else {
        baseline = {
            kind: 'runs',
            runs: (0,combine/* combineRuns */.G)(await readers.runs(inputs['baseline-k6'], 'baseline'), await readers.runs(inputs['baseline-benchmark'], 'baseline benchmark')),
        };
    }
    if (inputs.history === 'record' && !dir)
        throw new model/* InputError */.dz('history-dir', 'history: record needs the history store: set history-dir to its folder (in GitHub Actions it is found from the default branch runs)');
    const pytest = await readers.pytest(inputs['pytest-report']);
    const outcome = evaluateCompare({ baseline, candidate: cand, pytest }, config, ctx());
    outcome.result.notes.push(...(step.notes ?? []));
    // the charts as files of the report artifact: main's series when compared with the history,
    // else the baseline-vs-candidate charts of the changed keys
    outcome.artifacts.push(...(outcome.result.series?.length
        ? (0,history_charts/* historyChartArtifacts */.M5)(outcome.result.series)
        : (0,charts.chartArtifacts)(outcome.result)));
    if (inputs.history === 'record' && dir) {
        if (!cand.length) {
            outcome.result.notes.push(`history: record: no candidate run, nothing recorded in ${label}`);
        }
        else {
            for (const run of cand) {
                const added = await (0,run_history/* addToStore */.YO)(dir, run, {
                    sha: step.sha,
                    time: step.time,
                    keep: inputs['history-keep'],
                    keys: compareKeys(config),
                    version: version/* VERSION */.x,
                    confidence: config.confidence,
                });
                const gone = added.removed.length ? `; dropped ${added.removed.length} oldest` : '';
                outcome.result.notes.push(`history: recorded ${run.label} in ${label} as ${external_node_path_.basename(added.file)}${gone}`);
                host.info(`history: recorded ${run.label} as ${added.file}${gone}`);
            }
            if (remote && host.github?.uploadHistory) {
                const up = await host.github.uploadHistory(inputs, dir);
                outcome.result.notes.push(`history: uploaded the store as artifact ${history_remote/* HISTORY_ARTIFACT */.kQ}${up.id !== undefined ? ` (id ${up.id})` : ''}`);
            }
        }
    }
    return outcome;
}



/***/ })

};
