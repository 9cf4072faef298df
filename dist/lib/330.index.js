export const id = 330;
export const ids = [330];
export const modules = {

/***/ 47045:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PY: () => (/* binding */ expandRuns),
/* harmony export */   hT: () => (/* binding */ expandGlob)
/* harmony export */ });
/* unused harmony export isGlob */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76995);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22316);
// Globs and folders to files (the input lines that list runs). The glob library (tinyglobby) loads
// only for a pattern that may be a glob, a folder or exclusions: a plain file name (`summarize
// results.ndjson`) and a run with no runs to read never load it.




let globLib;
const tinyglobby = async () => (globLib ??= await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 73382)));
/**
 * Every character that can make a pattern a glob or a negation for tinyglobby (picomatch's scan:
 * `*`, `?`, `[`, `{`, `(` and the extglob `+(` `@(` `!(`, a leading `!`, and `\` escapes): a pattern
 * without any of them is a plain path, decided without loading the library.
 */
const GLOB_CHARS = /[*?[\]{}()!+@\\]/;
/**
 * Expand one pattern to sorted files: a plain path (missing -> InputError), a folder (its files, not
 * hidden ones, not recursive) or a glob (tinyglobby: `*`, `**`, `?`, `[...]`, `{a,b}`; hidden files
 * only when the pattern names them). `exclude` are globs whose matches are left out.
 */
async function expandGlob(pattern, cwd = process.cwd(), exclude = []) {
    const p = pattern.trim();
    if (!p)
        return [];
    // A file whose name holds glob characters is found by its literal name first: `results[1].json`
    // names that file, never the character class (escape a glob character as [[] [*] [?]).
    const literal = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, p);
    const glob0 = await isGlob(p);
    if (glob0 && !exclude.length && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(literal) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(literal).isFile()) {
        (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .assertRegularFile */ .fA)(literal);
        return [p];
    }
    let glob = p;
    let plainFile = false;
    if (!glob0) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, p);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs))
            throw new _model_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(p, 'file not found');
        const folder = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory();
        if (!folder) {
            (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .assertRegularFile */ .fA)(abs);
            if (!exclude.length)
                return [p];
            plainFile = true;
        }
        const { convertPathToPattern } = await tinyglobby();
        glob = folder ? `${convertPathToPattern(p.replace(/[\\/]+$/, '') || '/')}/*` : convertPathToPattern(p);
    }
    const { globSync } = await tinyglobby();
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(glob);
    const found = globSync(absolute ? toPosix(glob) : glob, {
        cwd,
        absolute,
        ignore: exclude.map((e) => (node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(e) ? toPosix(e) : e)),
        onlyFiles: true,
        expandDirectories: false,
        dot: plainFile,
    });
    // A plain file keeps the spelling it was given; glob matches are shown relative to cwd.
    if (plainFile)
        return found.length ? [p] : [];
    return [...new Set(found.map((f) => (absolute ? f : f.replace(/^\.\//, ''))))].sort();
}
/** Whether a pattern is a glob (as opposed to a path). */
async function isGlob(pattern) {
    if (!GLOB_CHARS.test(pattern))
        return false;
    return (await tinyglobby()).isDynamicPattern(pattern);
}
const toPosix = (p) => p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
/**
 * Patterns that list runs: one run per pattern (an input line, or a command-line argument), a glob
 * or folder = the files of that run. A pattern starting with `!` is an exclusion: files it matches
 * are left out of every run of the same input. A pattern matching nothing is an error naming it.
 * Lines that are empty or start with `#` are ignored.
 */
async function expandRuns(lines, cwd = process.cwd()) {
    const patterns = lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const exclude = patterns.filter((l) => l.startsWith('!')).map((l) => l.slice(1).trim());
    const runs = [];
    for (const line of patterns) {
        if (line.startsWith('!'))
            continue;
        const files = await expandGlob(line, cwd, exclude);
        if (files.length === 0)
            throw new _model_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(line, exclude.length
                ? 'no file matches this pattern (after the ! exclusions)'
                : 'no file matches this pattern');
        const fromGlob = (await isGlob(line)) ||
            ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, line)) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, line)).isDirectory());
        runs.push({ line, files, fromGlob });
    }
    if (!runs.length && exclude.length)
        throw new _model_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`!${exclude[0]}`, 'only exclusions, no files to read');
    return runs;
}


/***/ }),

/***/ 68755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ SNIFFED),
  T: () => (/* binding */ detectFormat)
});

;// CONCATENATED MODULE: ./.build/parsers/approvals/sniff.js
function sniff(head) {
    const f = head.facts;
    if (head.stage !== 'json' || f?.top !== 'array')
        return undefined;
    if (f.kind(0) === undefined)
        return head.complete ? 'approvals' : undefined; // [] (or a head that ends right there)
    if (f.kind(0) === 'object' && (f.has(0, 'state') || f.has(0, 'user') || f.has(0, 'environments')))
        return 'approvals';
    return undefined;
}

;// CONCATENATED MODULE: ./.build/parsers/baseline-csv/sniff.js
function splitCsvHeader(line) {
    return line.split(',').map((c) => c
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .trim()
        .toLowerCase());
}
function sniff_sniff(head) {
    if (head.stage !== 'text')
        return undefined;
    const header = head.lines.find((l) => l.trim() !== '');
    if (header !== undefined && header.includes(',') && splitCsvHeader(header).includes('metric_name'))
        return 'baseline-csv';
    return undefined;
}

// EXTERNAL MODULE: ./.build/parsers/junit/sniff.js
var junit_sniff = __webpack_require__(98482);
;// CONCATENATED MODULE: ./.build/parsers/k6-ndjson/sniff.js
/**
 * Line number (1-based) of the first k6 NDJSON line in text that also holds other lines: k6's
 * `--out json` written to stdout and interleaved with k6's banner and log lines.
 */
function firstK6Line(lines) {
    for (let i = 0; i < Math.min(lines.length, 2000); i++) {
        const l = lines[i].trim();
        if (!l.startsWith('{"'))
            continue;
        let o;
        try {
            o = JSON.parse(l);
        }
        catch {
            continue; // may be the line cut at the end of the head
        }
        if (o !== null && typeof o === 'object' && !Array.isArray(o)) {
            const r = o;
            if ((r.type === 'Point' || r.type === 'Metric') && typeof r.metric === 'string')
                return i + 1;
        }
    }
    return undefined;
}
function k6_ndjson_sniff_sniff(head) {
    const { bytes, facts: f } = head;
    if (head.stage === 'bytes')
        return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b ? 'k6-ndjson' : undefined;
    if (head.stage === 'json' && f?.top === 'object') {
        const type = f.value('type');
        if ((type === 'Point' || type === 'Metric') && (f.has('metric') || f.kind('data') === 'object'))
            return 'k6-ndjson';
    }
    if (head.stage === 'text' && firstK6Line(head.lines) !== undefined)
        return 'k6-ndjson';
    return undefined;
}

;// CONCATENATED MODULE: ./.build/parsers/k6-summary/sniff.js
/** The k6 summary shape of a parsed or partially scanned document; undefined when it is none. */
function k6SummaryShape(f) {
    if (f.kind('results', 'metrics') === 'array')
        return 'k6-machine-summary';
    if (f.value('version') === '1.0.0' && f.kind('results') === 'object')
        return 'k6-machine-summary';
    if ((f.has('metadata', 'k6_version') || f.has('metadata', 'k6Version')) && f.kind('config') === 'object')
        return 'k6-machine-summary';
    const rg = f.kind('root_group') === 'object';
    const rgShape = f.kind('root_group', 'groups') === 'array' || f.kind('root_group', 'checks') === 'array'
        ? 'k6-handle-summary'
        : f.kind('root_group', 'groups') === 'object' || f.kind('root_group', 'checks') === 'object'
            ? 'k6-summary-export'
            : undefined;
    if (f.kind('metrics') !== 'object') {
        // a head cut before `metrics`: k6's root_group (groups/checks as arrays in B, objects in A)
        return rg && rgShape && ['id', 'path', 'name'].some((k) => f.has('root_group', k)) ? rgShape : undefined;
    }
    for (const m of f.keys('metrics')) {
        if (f.kind('metrics', m) !== 'object')
            continue;
        if (f.has('metrics', m, 'type') || f.kind('metrics', m, 'values') === 'object')
            return 'k6-handle-summary';
        const sub = f.keys('metrics', m);
        if (sub.some((s) => f.kind('metrics', m, s) === 'number' || f.kind('metrics', m, s) === 'null'))
            return 'k6-summary-export';
    }
    // metrics empty or cut before its first entry: the rest of the document decides
    if (f.has('options') || f.has('state'))
        return 'k6-handle-summary';
    if (rgShape)
        return rgShape;
    return rg ? 'k6-summary-export' : undefined;
}
function k6_summary_sniff_sniff(head) {
    return head.stage === 'json' && head.facts?.top === 'object' ? k6SummaryShape(head.facts) : undefined;
}

// EXTERNAL MODULE: ./.build/parsers/markdown/sniff.js
var markdown_sniff = __webpack_require__(62511);
;// CONCATENATED MODULE: ./.build/parsers/noise/sniff.js
function noise_sniff_sniff(head) {
    const f = head.facts;
    if (head.stage !== 'json' || f?.top !== 'object')
        return undefined;
    return typeof f.value('version') === 'number' && f.kind('keys') === 'object' ? 'noise' : undefined;
}

;// CONCATENATED MODULE: ./.build/parsers/plan/sniff.js
function plan_sniff_sniff(head) {
    const f = head.facts;
    if (head.stage !== 'json' || f?.top !== 'object')
        return undefined;
    return f.kind('target_metric') === 'object' ? 'optimization-plan' : undefined;
}

// EXTERNAL MODULE: ./.build/parsers/pytest-benchmark/sniff.js
var pytest_benchmark_sniff = __webpack_require__(80519);
;// CONCATENATED MODULE: ./.build/parsers/pytest-json/sniff.js
function pytest_json_sniff_sniff(head) {
    const f = head.facts;
    if (head.stage !== 'json' || f?.top !== 'object')
        return undefined;
    if (f.has('exitcode') &&
        f.kind('summary') === 'object' &&
        (f.has('created') || f.kind('tests') === 'array' || f.has('root')))
        return 'pytest-json-report';
    return undefined;
}

;// CONCATENATED MODULE: ./.build/parsers/slo/sniff.js
/** Whether a line at column 0 reading `slo_updates:` exists outside fenced code. */
function hasSloUpdatesKey(lines) {
    let fence;
    for (const line of lines) {
        const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (f) {
            if (!fence)
                fence = f[1];
            else if (f[1][0] === fence[0] && f[1].length >= fence.length)
                fence = undefined;
            continue;
        }
        if (!fence && /^["']?slo_updates["']?\s*:/.test(line))
            return true;
    }
    return false;
}
function slo_sniff_sniff(head) {
    return head.stage === 'text' && hasSloUpdatesKey(head.lines) ? 'slo-updates' : undefined;
}

// EXTERNAL MODULE: ./.build/parsers/sniff.js
var parsers_sniff = __webpack_require__(29905);
;// CONCATENATED MODULE: ./.build/parsers/detect.js












/**
 * The registry, in detection order: at each stage of a head the first sniff that claims it wins
 * (k6 NDJSON first: gzip, and a Metric or Point object before any summary; Markdown last: it takes
 * whatever text is left).
 */
const SNIFFED = [
    { formats: ['k6-ndjson'], sniff: k6_ndjson_sniff_sniff },
    { formats: ['k6-summary-export', 'k6-handle-summary', 'k6-machine-summary'], sniff: k6_summary_sniff_sniff },
    { formats: ['pytest-json-report'], sniff: pytest_json_sniff_sniff },
    { formats: ['pytest-benchmark'], sniff: pytest_benchmark_sniff/* sniff */.Z },
    { formats: ['optimization-plan'], sniff: plan_sniff_sniff },
    { formats: ['noise'], sniff: noise_sniff_sniff },
    { formats: ['approvals'], sniff: sniff },
    { formats: ['junit-xml'], sniff: junit_sniff/* sniff */.Z },
    { formats: ['baseline-csv'], sniff: sniff_sniff },
    { formats: ['slo-updates'], sniff: slo_sniff_sniff },
    { formats: ['markdown'], sniff: markdown_sniff/* sniff */.Z },
];
const SNIFFS = SNIFFED.map((f) => f.sniff);
/**
 * The format of a file from its first bytes (up to ~64 KiB; the head may end in the middle of a
 * document). Unknown content is an InputError that says what was looked for. The file name only
 * vetoes: a `.json`, `.ndjson` or `.gz` file is never Markdown; Markdown at all only with
 * `{ markdown: true }`.
 */
function detectFormat(head, file, opts = {}) {
    return (0,parsers_sniff/* detectWith */.MM)(SNIFFS, head, file, opts);
}


/***/ }),

/***/ 98482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ sniff)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76995);
/* harmony import */ var _sniff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29905);
// Detection of JUnit XML: an XML document with <testsuites> or <testsuite>. Any other XML is
// refused here (no other format perf-gates reads is XML).


function sniff(head) {
    if (head.stage !== 'xml')
        return undefined;
    if (/<testsuites?[\s>/]/.test(head.trimmed.slice(0, 65536)))
        return 'junit-xml';
    throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(head.file, `unknown format: an XML document without <testsuites> or <testsuite>; looked for ${_sniff_js__WEBPACK_IMPORTED_MODULE_1__/* .LOOKED_FOR */ .Fb}`);
}


/***/ }),

/***/ 80519:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ sniff)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76995);
// Detection of pytest-benchmark's `--benchmark-json`: a `benchmarks` array beside `machine_info`,
// `commit_info` or per-benchmark `stats`, or a `machine_info` object that is Python's. Its console
// table (what it prints without `--benchmark-json`) is refused with how to get the JSON.

/** pytest-benchmark's console table (what it prints without `--benchmark-json`). */
function isBenchmarkConsoleTable(lines) {
    return lines
        .slice(0, 200)
        .some((l) => /^-{3,} benchmark(?: ['"].*['"])?: \d+ tests? -{3,}\s*$/.test(l) ||
        /^Name \(time in (?:ns|us|ms|s)\)\s+(?:Min|Max|Mean)\b/.test(l));
}
function sniff(head) {
    const f = head.facts;
    if (head.stage === 'json' && f?.top === 'object') {
        if ((f.kind('benchmarks') === 'array' &&
            (f.has('machine_info') || f.has('commit_info') || f.has('benchmarks', 0, 'stats'))) ||
            (f.kind('machine_info') === 'object' && f.kind('commit_info') === 'object') ||
            (f.kind('machine_info') === 'object' &&
                (f.has('machine_info', 'python_implementation') || f.has('machine_info', 'python_version'))))
            return 'pytest-benchmark';
    }
    if (head.stage === 'text' && isBenchmarkConsoleTable(head.lines)) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(head.file, "this is pytest-benchmark's console table (the text it prints), not its JSON: run pytest with " +
            '`--benchmark-json=FILE` and give that file');
    }
    return undefined;
}


/***/ }),

/***/ 24476:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ readK6NdjsonRun)
});

// EXTERNAL MODULE: ./.build/model.js
var model = __webpack_require__(76995);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/io/hash-thread.js
var hash_thread = __webpack_require__(91260);
;// CONCATENATED MODULE: ./.build/io/ndjson-messages.js
// The messages between io/ndjson-read.ts and its NDJSON worker threads (entries/ndjson-worker.ts),
// and errors made cloneable for them. No Node module here: the worker bundle imports this and the
// aggregator only, so that a worker starts fast.

function serializeError(e) {
    if (e instanceof InputError)
        return { name: 'InputError', message: e.message, file: e.file, line: e.line };
    if (e instanceof Error)
        return { name: e.name, message: e.stack ?? e.message };
    return { name: 'Error', message: String(e) };
}
function deserializeError(s) {
    if (s.name === 'InputError' && s.file !== undefined) {
        const where = s.line !== undefined ? `${s.file}:${s.line}: ` : `${s.file}: `;
        return new model/* InputError */.dz(s.file, s.message.startsWith(where) ? s.message.slice(where.length) : s.message, s.line);
    }
    return new Error(`NDJSON worker failed: ${s.message}`);
}

;// CONCATENATED MODULE: ./.build/io/progress.js
// Progress of a long read, for people watching: on a terminal one line on stderr redrawn in place
// (bytes read, MB/s, ETA); in GitHub Actions at most one log line per 10%; elsewhere nothing.
// Never on stdout, so never in `--json` output. Pure: the clock and the writer are given; the
// reader (ndjson-read.ts) decides the mode from its stream and environment and feeds the bytes.
/** Inputs smaller than this (uncompressed estimate) read too fast to need progress. */
const PROGRESS_MIN_BYTES = 50 * 1000 * 1000;
const MB = 1000 * 1000;
function mb(bytes) {
    const v = bytes / MB;
    return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}
function seconds(s) {
    if (s < 60)
        return `${s < 10 ? s.toFixed(1) : s.toFixed(0)} s`;
    const whole = Math.round(s);
    const m = Math.floor(whole / 60);
    return `${m} min ${String(whole - m * 60).padStart(2, '0')} s`;
}
/** `reading results.ndjson: 123 MB of 500 MB (24%), 310 MB/s, ETA 1.2 s` */
function progressLine(s) {
    const pct = s.total > 0 ? Math.min(100, Math.floor((s.done / s.total) * 100)) : 100;
    const secs = s.elapsedMs / 1000;
    // A rate needs a moment of history; before that it would be noise.
    const rate = secs >= 0.2 ? s.done / secs : undefined;
    const eta = rate && rate > 0 ? seconds(Math.max(0, s.total - s.done) / rate) : '...';
    const speed = rate !== undefined ? `${(rate / MB).toFixed(0)} MB/s` : '... MB/s';
    return `reading ${s.label}: ${mb(s.done)} MB of ${mb(s.total)} MB (${pct}%), ${speed}, ETA ${eta}`;
}
/** The line when the read is over (Actions mode): size, time, speed. */
function progressDoneLine(s) {
    const secs = Math.max(s.elapsedMs, 1) / 1000;
    return `read ${s.label}: ${mb(s.done)} MB in ${seconds(secs)} (${(s.done / MB / secs).toFixed(0)} MB/s)`;
}
/** How to report, from where stderr goes and the environment (PERF_GATES_PROGRESS=0 turns it off). */
function progressMode(stream, env) {
    if (env.PERF_GATES_PROGRESS === '0')
        return 'off';
    if (env.GITHUB_ACTIONS === 'true')
        return 'actions';
    return stream.isTTY ? 'tty' : 'off';
}
/** Feeds on byte counts; writes through `write` only as often as the mode allows. */
class Progress {
    o;
    done = 0;
    start;
    lastDraw = -Infinity;
    lastDecile = 0;
    drawn = false;
    constructor(o) {
        this.o = o;
        // (no clock when off: reading it would load the performance timeline for nothing)
        this.start = o.mode === 'off' ? 0 : o.now();
    }
    state() {
        return {
            label: this.o.label,
            done: this.done,
            total: this.o.total,
            elapsedMs: this.o.now() - this.start,
        };
    }
    add(bytes) {
        if (this.o.mode === 'off')
            return;
        this.done += bytes;
        if (this.o.mode === 'tty') {
            const t = this.o.now();
            if (t - this.lastDraw < (this.o.intervalMs ?? 200))
                return;
            this.lastDraw = t;
            this.o.write(`\r${progressLine(this.state())}\x1b[K`);
            this.drawn = true;
            return;
        }
        const decile = this.o.total > 0 ? Math.floor((this.done / this.o.total) * 10) : 10;
        if (decile > this.lastDecile && decile < 10) {
            this.lastDecile = decile;
            this.o.write(progressLine(this.state()) + '\n');
        }
    }
    /** The read is over (or failed): clear the terminal line, or log the total in Actions. */
    end(ok = true) {
        if (this.o.mode === 'tty' && this.drawn)
            this.o.write('\r\x1b[K');
        if (this.o.mode === 'actions' && ok)
            this.o.write(progressDoneLine(this.state()) + '\n');
        this.drawn = false;
    }
}

;// CONCATENATED MODULE: ./.build/io/ndjson-read.js
// Reading NDJSON files from disk, format-blind: plain or gzip (by magic bytes), hashed while
// streamed, cut into line-aligned chunks and handed to chunk parsers, in this thread (the default:
// k6's parser scans with WebAssembly, faster than a second thread could hash) or, when asked for,
// in worker threads and this one. Then the main thread reads (and gunzips: zlib runs on the libuv
// pool), hashes, cuts chunks and hands them to the workers, parsing a chunk itself whenever none
// can take one (see Help); a worker's parser posts back its state with the value buffers
// transferred. A plain file that this thread parses alone (at least HASH_THREAD_MIN_BYTES) is
// hashed in a thread of its own (io/hash-thread.ts), which reads the same descriptor by position;
// its checksum is awaited last, after the caller's `combine` has made the dataset. What the lines
// mean is the caller's (run/k6-read.ts gives k6's aggregator; the worker is the bundle entry
// entries/ndjson-worker.ts). Results are identical whichever way the lines were read (chunks are
// numbered).





// plain files at least HASH_THREAD_MIN_BYTES, parsed in this thread alone, are hashed in a thread
// of their own (measured on 2 cores, a 100 MB file: 0.34-0.35 s without, 0.29-0.32 s with); below
// it the thread's start costs about what it saves



/** Read size and parser chunk size: 1 MiB (gunzip's 16 KiB default is 7x slower). */
const CHUNK = 1 << 20;
/**
 * Parse workers are not started unless asked for (`workers`, PERF_GATES_NDJSON_WORKERS): with the
 * WebAssembly line scanner this thread parses a plain file faster than another thread can hash it
 * (measured on 2 cores, 1 GB plain: 1.02-1.09 s in this thread with the hash thread, 1.11-1.17 s
 * with a parse worker; 1 GB gzip: 1.15-1.25 s against 1.21-1.24 s, gunzip on the thread pool).
 */
/** gzip files are estimated at this many times their size (k6 output compresses ~30x). */
const GZIP_ESTIMATE = 10;
/** Young-generation size of a worker isolate (MB). */
const YOUNG_GEN_MB = 8;
/** Chunks queued per worker before the reader waits. */
const MAX_IN_FLIGHT = 3;
/** Where the worker bundle of a bundle is: dist/ndjson-worker/index.js beside dist/<entry>/. */
function workerBundle(selfUrl) {
    try {
        const p = (0,external_node_url_.fileURLToPath)(selfUrl);
        if (!/\.(m?js|cjs)$/.test(p))
            return undefined;
        const w = external_node_path_.join(external_node_path_.dirname(p), '..', 'ndjson-worker', 'index.js');
        return (0,external_node_fs_.existsSync)(w) ? w : undefined;
    }
    catch {
        return undefined;
    }
}
/** Chunk buffers for reuse: fresh 1 MiB allocations cost page faults (sys time) per chunk. */
class BufferPool {
    free = [];
    get() {
        const ab = this.free.pop();
        return ab !== undefined ? Buffer.from(ab) : Buffer.allocUnsafeSlow(CHUNK);
    }
    put(ab) {
        if (ab.byteLength === CHUNK && this.free.length < 16)
            this.free.push(ab);
    }
}
class LocalSink {
    pool;
    aggs;
    constructor(files, plan, pool, threads = 1) {
        this.pool = pool;
        this.aggs = files.map((file) => plan.parser(file, threads));
    }
    async chunk(f, buf, seq) {
        this.parse(f, buf, seq);
        this.pool.put(buf.buffer); // the aggregator keeps no reference to it
    }
    /** Parse a chunk here; returns what it taught the other files' parsers. */
    parse(f, buf, seq) {
        const a = this.aggs[f];
        a.push(buf, seq);
        const items = a.takeLearned();
        if (items.length > 0)
            for (const other of this.aggs)
                if (other !== a)
                    other.learn(items);
        return items;
    }
    learn(items) {
        for (const a of this.aggs)
            a.learn(items);
    }
    async finish() {
        return this.aggs.map((a) => [a.snapshot()]);
    }
    abort() { }
}
function helpMode(plan, infos) {
    if (plan.workers !== undefined)
        return 'never';
    return infos.some((f) => f.gzip) ? 'saturated' : 'saturated-plain';
}
class WorkerSink {
    help;
    bufs;
    pool = [];
    waiters = [];
    failed;
    nFiles;
    /** chunks parsed in this thread (see Help) */
    local;
    localUsed = new Set();
    constructor(WorkerClass, spec, n, files, plan, help, bufs) {
        this.help = help;
        this.bufs = bufs;
        this.nFiles = files.length;
        const threads = help === 'never' ? n : n + 1;
        this.local = new LocalSink(files, plan, bufs, threads);
        for (let i = 0; i < n; i++) {
            const worker = new WorkerClass(spec.script, {
                workerData: { data: spec.data, threads },
                // a small young generation: the scanner's garbage is short-lived, and RSS stays low
                resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GEN_MB },
            });
            const pw = { worker, ready: false, inFlight: 0, done: Promise.resolve([]) };
            pw.done = new Promise((resolve, reject) => {
                let finished = false;
                worker.on('message', (m) => {
                    if (m.t === 'ready') {
                        pw.ready = true;
                        this.wake();
                    }
                    else if (m.t === 'ack') {
                        pw.inFlight--;
                        this.bufs.put(m.buf);
                        if (m.items.length > 0) {
                            for (const o of this.pool)
                                if (o !== pw)
                                    o.worker.postMessage({ t: 'learn', items: m.items });
                            this.local.learn(m.items);
                        }
                        this.wake();
                    }
                    else if (m.t === 'done') {
                        finished = true;
                        resolve(m.parts);
                    }
                    else {
                        finished = true;
                        this.fail(deserializeError(m.error));
                        reject(this.failed);
                    }
                });
                worker.on('error', (e) => {
                    finished = true;
                    this.fail(e);
                    reject(e);
                });
                worker.on('exit', (code) => {
                    if (!finished) {
                        const e = new Error(`NDJSON worker exited (code ${code}) before finishing`);
                        this.fail(e);
                        reject(e);
                    }
                });
            });
            pw.done.catch(() => undefined); // observed in finish(); avoid unhandled rejections
            this.pool.push(pw);
        }
    }
    fail(e) {
        this.failed ??= e;
        this.wake();
    }
    wake() {
        const w = this.waiters;
        this.waiters = [];
        for (const r of w)
            r();
    }
    canTake() {
        return this.pool.some((pw) => pw.ready && pw.inFlight < MAX_IN_FLIGHT);
    }
    async chunk(f, buf, seq) {
        // The workers' acknowledgements are read only when this thread yields, which reading a plain
        // file never does (synchronous reads): yield once before deciding that no worker can take the
        // chunk, else this thread takes more than its share and the worker waits (1 GB at load ~2:
        // 1.90-1.99 s against 2.03-2.05 s). gunzip's stream yields on its own (there the extra
        // yield measured 2.23-2.51 s against 2.09-2.20 s).
        if (this.help === 'saturated-plain' && !this.canTake())
            await new Promise((r) => setImmediate(r));
        if (this.help !== 'never' && !this.canTake()) {
            this.localUsed.add(f);
            const items = this.local.parse(f, buf, seq);
            this.bufs.put(buf.buffer);
            if (items.length > 0)
                for (const pw of this.pool)
                    pw.worker.postMessage({ t: 'learn', items });
            await new Promise((r) => setImmediate(r)); // let 'ready' and 'ack' messages in
            return;
        }
        for (;;) {
            if (this.failed)
                throw this.failed;
            let best;
            for (const pw of this.pool)
                if (pw.ready && (best === undefined || pw.inFlight < best.inFlight))
                    best = pw;
            if (best !== undefined && best.inFlight < MAX_IN_FLIGHT) {
                best.inFlight++;
                const msg = {
                    t: 'chunk',
                    f,
                    seq,
                    buf: buf.buffer,
                    off: buf.byteOffset,
                    len: buf.length,
                };
                best.worker.postMessage(msg, [buf.buffer]);
                return;
            }
            await new Promise((r) => this.waiters.push(r));
        }
    }
    async finish() {
        for (const pw of this.pool)
            pw.worker.postMessage({ t: 'end' });
        // Once every chunk is acknowledged no type can be learned any more: this thread's state is
        // final, and is taken (its values sorted) while the workers take theirs.
        while (this.failed === undefined && this.pool.some((pw) => pw.inFlight > 0))
            await new Promise((r) => this.waiters.push(r));
        const local = await this.local.finish();
        const results = await Promise.all(this.pool.map((pw) => pw.done));
        const byFile = Array.from({ length: this.nFiles }, () => []);
        for (const f of this.localUsed)
            byFile[f].push(...local[f]);
        for (const parts of results)
            for (const [f, p] of parts)
                byFile[f].push(p);
        return byFile;
    }
    abort() {
        for (const pw of this.pool)
            void pw.worker.terminate();
    }
}
/** Cuts a byte stream into line-aligned chunks in buffers of their own (transferable). */
class LineChunker {
    file;
    emit;
    pool;
    maxLineBytes;
    tooLongLine;
    buf;
    len = 0;
    seq = 0;
    constructor(file, emit, pool, maxLineBytes, tooLongLine) {
        this.file = file;
        this.emit = emit;
        this.pool = pool;
        this.maxLineBytes = maxLineBytes;
        this.tooLongLine = tooLongLine;
        this.buf = pool.get();
    }
    async add(data) {
        let p = 0;
        while (p < data.length) {
            const n = Math.min(this.buf.length - this.len, data.length - p);
            data.copy(this.buf, this.len, p, p + n);
            this.len += n;
            p += n;
            if (this.len === this.buf.length)
                await this.cut();
        }
    }
    async cut() {
        const nl = this.buf.lastIndexOf(10, this.len - 1);
        if (nl < 0) {
            if (this.buf.length >= this.maxLineBytes)
                throw new model/* InputError */.dz(this.file, this.tooLongLine);
            const bigger = Buffer.allocUnsafeSlow(this.buf.length * 2);
            this.buf.copy(bigger, 0, 0, this.len);
            this.buf = bigger;
            return;
        }
        const full = this.buf;
        const used = nl + 1;
        const next = this.len - used <= CHUNK ? this.pool.get() : Buffer.allocUnsafeSlow(this.len - used);
        full.copy(next, 0, used, this.len);
        const rest = this.len - used;
        this.buf = next;
        this.len = rest;
        await this.emit(full.subarray(0, used), this.seq++);
    }
    /**
     * Read the next bytes of a file straight into the chunk buffer; false at the end of the file.
     * A synchronous read: from the page cache it is a copy, and an await per chunk left this thread
     * idle for a thread-pool round trip each time (a fifth of the time of a 100 MB file).
     */
    async readFrom(fd, hash, tick) {
        if (this.len === this.buf.length)
            await this.cut();
        const bytesRead = (0,external_node_fs_.readSync)(fd, this.buf, this.len, this.buf.length - this.len, null);
        if (bytesRead === 0)
            return false;
        tick(bytesRead);
        hash?.update(this.buf.subarray(this.len, this.len + bytesRead));
        this.len += bytesRead;
        if (this.len === this.buf.length)
            await this.cut();
        return true;
    }
    /** The end of the stream: the rest (a final line that may lack its newline). */
    async end() {
        if (this.len > 0) {
            const b = this.buf.subarray(0, this.len);
            this.buf = Buffer.alloc(0);
            this.len = 0;
            await this.emit(b, this.seq++);
        }
    }
}
/**
 * Read a plain file into the chunker; returns its checksum, as a promise settled once the hash
 * thread is done when there is one (`hashThread`): that thread hashes the file from the same
 * descriptor, the byte counts of the two reads must agree, and the descriptor is closed when it
 * has finished (`stop` ends it sooner: a run that fails elsewhere).
 */
async function readPlain(path, out, tick, hashThread) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    const job = hashThread !== undefined ? (0,hash_thread/* hashInThread */.uL)(hashThread, fd) : undefined;
    const hash = job === undefined ? (0,external_node_crypto_.createHash)('sha256') : undefined;
    let read = 0;
    const count = (n) => {
        read += n;
        tick(n);
    };
    try {
        while (await out.readFrom(fd, hash, count))
            ;
        await out.end();
    }
    catch (e) {
        if (job !== undefined)
            await job.stop();
        (0,external_node_fs_.closeSync)(fd);
        throw e;
    }
    if (job === undefined) {
        (0,external_node_fs_.closeSync)(fd);
        return { sha256: Promise.resolve(hash.digest('hex')), stop: async () => { } };
    }
    const sha256 = (async () => {
        try {
            const r = await job.result;
            if (r.bytes !== read)
                throw new model/* InputError */.dz(path, `the file changed while it was read (${read} bytes parsed, ${r.bytes} hashed): is it still being written?`);
            return r.sha256;
        }
        finally {
            await job.stop();
            (0,external_node_fs_.closeSync)(fd);
        }
    })();
    sha256.catch(() => { }); // awaited by the caller, or the run failed elsewhere first
    return { sha256, stop: () => job.stop() };
}
/** Returns a warning when the gzip stream was cut short (k6 killed): the lines before it count. */
async function readGzip(path, hash, out, tick) {
    const { createGunzip } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 19));
    const rs = (0,external_node_fs_.createReadStream)(path, { highWaterMark: CHUNK });
    const gunzip = createGunzip({ chunkSize: CHUNK });
    rs.on('data', (c) => {
        tick(c.length);
        hash.update(c);
    });
    rs.on('error', (e) => gunzip.destroy(e));
    rs.pipe(gunzip);
    let warning;
    try {
        for await (const data of gunzip)
            await out.add(data);
    }
    catch (e) {
        const err = e;
        if (err.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(err.message)) {
            warning =
                'gzip stream ends early (unexpected end of file: was k6 stopped?); the complete lines before the cut are used';
            // hash the rest of the file too: the checksum is of the file as it is on disk
            if (!rs.readableEnded && !rs.destroyed)
                await new Promise((r) => rs.on('end', r).on('close', r).resume());
        }
        else if (err instanceof model/* InputError */.dz) {
            throw err;
        }
        else if (err.code !== undefined && err.code.startsWith('Z_')) {
            throw new model/* InputError */.dz(path, `corrupt gzip data (${err.message}): not a readable .gz file`);
        }
        else {
            throw err;
        }
    }
    finally {
        rs.destroy();
    }
    await out.end();
    return warning;
}
/**
 * Read NDJSON files (plain or gzip) into the plan's parsers, hashing each file (sha256 of the bytes
 * on disk) while it is read.
 */
async function readNdjsonFiles(paths, plan) {
    const infos = [];
    for (const path of paths) {
        let bytes;
        let head = Buffer.alloc(0);
        try {
            // synchronous: three calls, each a thread-pool round trip when awaited
            const fd = (0,external_node_fs_.openSync)(path, 'r');
            try {
                const st = (0,external_node_fs_.fstatSync)(fd);
                if (!st.isFile())
                    throw new model/* InputError */.dz(path, 'not a file');
                bytes = st.size;
                const b = Buffer.alloc(2);
                head = b.subarray(0, (0,external_node_fs_.readSync)(fd, b, 0, 2, 0));
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
        }
        catch (e) {
            if (e instanceof model/* InputError */.dz)
                throw e;
            throw new model/* InputError */.dz(path, `cannot read: ${e.message}`);
        }
        infos.push({ path, bytes, gzip: (0,hash_thread/* gzipHead */.$w)(head) });
    }
    const estimate = infos.reduce((s, f) => s + (f.gzip ? f.bytes * GZIP_ESTIMATE : f.bytes), 0);
    const wanted = plan.workers ?? (0,hash_thread/* workersFromEnv */.He)();
    const nWorkers = plan.worker === undefined ? 0 : (wanted ?? 0);
    const bufs = new BufferPool();
    const sink = nWorkers > 0 && plan.worker !== undefined
        ? new WorkerSink((await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 75919, 19))).Worker, plan.worker, nWorkers, paths, plan, helpMode(plan, infos), bufs)
        : new LocalSink(paths, plan, bufs);
    // process.stderr only when progress may be shown: a pipe's stream loads node:net
    const minProgress = plan.progress?.minBytes ?? PROGRESS_MIN_BYTES;
    const target = plan.progress ??
        (estimate >= minProgress ? { stream: process.stderr } : { stream: { write: () => true } });
    const progress = new Progress({
        mode: estimate >= minProgress ? progressMode(target.stream, target.env ?? process.env) : 'off',
        label: infos.length === 1 ? external_node_path_.basename(infos[0].path) : `${infos.length} files`,
        total: infos.reduce((s, f) => s + f.bytes, 0),
        write: (s) => target.stream.write(s),
        now: target.now ?? (() => performance.now()),
    });
    const tick = (n) => progress.add(n);
    // plain files parsed in this thread alone are hashed in another (gzip input hashes the smaller
    // compressed bytes; with parse workers both cores are busy already)
    const hashMin = plan.hashThreadMinBytes ?? hash_thread/* HASH_THREAD_MIN_BYTES */.f$;
    const hashedApart = (f) => nWorkers === 0 && !f.gzip && f.bytes >= hashMin;
    const HashWorker = infos.some(hashedApart) ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 75919, 19))).Worker : undefined;
    const hashes = [];
    const warnings = [];
    try {
        for (let f = 0; f < infos.length; f++) {
            const { path, bytes, gzip } = infos[f];
            const chunker = new LineChunker(path, (buf, seq) => sink.chunk(f, buf, seq), bufs, plan.maxLineBytes, plan.tooLongLine);
            try {
                if (gzip) {
                    const hash = (0,external_node_crypto_.createHash)('sha256');
                    const w = await readGzip(path, hash, chunker, tick);
                    if (w !== undefined)
                        warnings.push({ file: path, message: w });
                    hashes.push({ path, bytes, sha256: Promise.resolve(hash.digest('hex')), stop: async () => { } });
                }
                else {
                    const h = await readPlain(path, chunker, tick, hashedApart(infos[f]) ? HashWorker : undefined);
                    hashes.push({ path, bytes, ...h });
                }
            }
            catch (e) {
                throw readError(path, e);
            }
        }
        const parts = await sink.finish();
        progress.end();
        // the dataset is made while the hash threads finish (they are the last to end on a big file)
        const combined = plan.combine?.(parts);
        const files = [];
        for (const h of hashes) {
            try {
                files.push({ path: h.path, sha256: await h.sha256, bytes: h.bytes });
            }
            catch (e) {
                throw readError(h.path, e);
            }
        }
        return { parts, files, warnings, combined };
    }
    catch (e) {
        progress.end(false);
        sink.abort();
        await Promise.all(hashes.map((h) => h.stop()));
        throw e;
    }
}
/** An error reading `path` as the run reports it: InputError naming the file for system errors. */
function readError(path, e) {
    if (e instanceof model/* InputError */.dz)
        return e;
    const err = e;
    if (err.code !== undefined && !err.code.startsWith('ERR_'))
        return new model/* InputError */.dz(path, `cannot read: ${err.message}`);
    return e;
}

;// CONCATENATED MODULE: ./.build/parsers/k6-ndjson/time.js
// RFC 3339 timestamps as k6 writes them (`2026-11-22T09:22:15.010100264Z`, `...+02:00`), parsed
// cheaply: the `YYYY-MM-DDTHH:MM` prefix and the zone are parsed once with Date.parse and cached;
// seconds and the fraction (up to ns) are added by hand. Result: milliseconds since the epoch.
class TimeParser {
    prefix = '';
    zone = '';
    base = Number.NaN;
    /** bumped whenever the cached prefix, zone and base change (the WebAssembly scanner copies them) */
    version = 0;
    // the last timestamp text parsed (k6 writes the samples of one request with the same time); a
    // slice of the current decoded piece, so at most one piece is kept alive by it
    lastText = '';
    lastMs = Number.NaN;
    /** Milliseconds since the epoch of s[start, end), or NaN when it is not RFC 3339. */
    parse(s, start, end) {
        const text = s.slice(start, end);
        if (text === this.lastText)
            return this.lastMs;
        const ms = this.parseNew(s, start, end);
        this.lastText = text;
        this.lastMs = ms;
        return ms;
    }
    parseNew(s, start, end) {
        if (end - start < 20 || s.charCodeAt(start + 16) !== 58 /* : */)
            return this.slow(s.slice(start, end));
        const s1 = s.charCodeAt(start + 17) - 48;
        const s2 = s.charCodeAt(start + 18) - 48;
        if (s1 < 0 || s1 > 6 || s2 < 0 || s2 > 9)
            return this.slow(s.slice(start, end));
        let i = start + 19;
        let frac = 0;
        let scale = 1;
        if (s.charCodeAt(i) === 46 /* . */) {
            i++;
            const f0 = i;
            for (; i < end; i++) {
                const d = s.charCodeAt(i) - 48;
                if (d < 0 || d > 9)
                    break;
                if (i - f0 < 9) {
                    frac = frac * 10 + d;
                    scale *= 10;
                }
            }
            if (i === f0)
                return this.slow(s.slice(start, end));
        }
        const zl = end - i;
        let base;
        if (zl === this.zone.length && zl > 0 && this.same(s, start, i)) {
            base = this.base;
        }
        else {
            if (zl !== 1 && zl !== 6)
                return this.slow(s.slice(start, end));
            // flattened copies: these strings outlive the chunk they were cut from
            const prefix = flat(s.slice(start, start + 16));
            const zone = flat(s.slice(i, end));
            base = Date.parse(`${prefix}:00${zone}`);
            if (base !== base)
                return Number.NaN;
            this.prefix = prefix;
            this.zone = zone;
            this.base = base;
            this.version++;
        }
        return base + (s1 * 10 + s2) * 1000 + (frac * 1000) / scale;
    }
    /**
     * The cached minute prefix (`YYYY-MM-DDTHH:MM`), zone and their epoch ms: a text with that prefix
     * and zone, seconds and a fraction is base + seconds * 1000 + fraction * 1000 / scale.
     */
    cache() {
        return this.zone.length > 0 ? { prefix: this.prefix, zone: this.zone, base: this.base } : undefined;
    }
    /** s has the cached minute prefix at start and the cached zone at zs (compared char by char: no allocation). */
    same(s, start, zs) {
        const pre = this.prefix;
        for (let k = 15; k >= 0; k--)
            if (s.charCodeAt(start + k) !== pre.charCodeAt(k))
                return false;
        const zone = this.zone;
        for (let k = zone.length - 1; k >= 0; k--)
            if (s.charCodeAt(zs + k) !== zone.charCodeAt(k))
                return false;
        return true;
    }
    slow(text) {
        // Other RFC 3339 spellings (lower-case t/z, no seconds fraction handled above): Date.parse
        // keeps ms only, which is enough for the rare line that takes this path.
        if (!/^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$/.test(text))
            return Number.NaN;
        return Date.parse(text.replace(' ', 'T').toUpperCase());
    }
}
/** A copy of `s` that does not keep a larger parent string alive (V8 sliced strings). */
function flat(s) {
    return Buffer.from(s, 'latin1').toString('latin1');
}

;// CONCATENATED MODULE: ./.build/stats/sketch.js
// A mergeable quantile sketch with a relative-error guarantee (DDSketch: Masson, Rim and Lee, "DDSketch:
// a fast and fully-mergeable quantile sketch with relative-error guarantees", VLDB 2019), for runs
// too big to keep every value. Values fall into logarithmic buckets: bucket k holds
// (gamma^(k-1), gamma^k] with gamma = (1 + a) / (1 - a), and is represented by
// 2 * gamma^k / (gamma + 1), which is within a relative error a of every value in the bucket. So
// the value of any rank is known to within a (0.1% by default), and a k6 percentile (linear
// interpolation between two neighbouring ranks) too: a convex combination of two values that are
// each within a relative error a of the true ones is within a of the true combination (same signs).
// Zero has its own count; negative values a mirrored store. Bucket counts do not depend on the
// order of the values, so merged sketches equal the sketch of all values (sharded, threaded or not).
/** The relative-error bound this project states for sketched percentiles (0.1%). */
const SKETCH_RELATIVE_ERROR = 0.001;
/** Dense bucket counts for keys offset .. offset + counts.length - 1, grown on either side. */
class Store {
    offset = 0;
    counts = new Float64Array(0);
    total = 0;
    add(key, n = 1) {
        if (this.counts.length === 0) {
            this.offset = key - 64;
            this.counts = new Float64Array(128);
        }
        else if (key < this.offset || key >= this.offset + this.counts.length) {
            const lo = Math.min(this.offset, key - 64);
            const hi = Math.max(this.offset + this.counts.length, key + 65);
            // grow by at least half again, so a slowly widening range costs amortised O(1)
            const size = Math.max(hi - lo, Math.ceil(this.counts.length * 1.5));
            const start = key < this.offset ? hi - size : lo;
            const next = new Float64Array(size);
            next.set(this.counts, this.offset - start);
            this.offset = start;
            this.counts = next;
        }
        this.counts[key - this.offset] += n;
        this.total += n;
    }
    merge(offset, counts) {
        for (let i = 0; i < counts.length; i++)
            if (counts[i] > 0)
                this.add(offset + i, counts[i]);
    }
}
class sketch_QuantileSketch {
    alpha;
    gamma;
    lnGamma;
    pos = new Store();
    neg = new Store();
    zero = 0;
    constructor(alpha = SKETCH_RELATIVE_ERROR) {
        if (!(alpha > 0 && alpha < 1))
            throw new RangeError(`sketch relative error must be in (0, 1), got ${alpha}`);
        this.alpha = alpha;
        this.gamma = (1 + alpha) / (1 - alpha);
        this.lnGamma = Math.log(this.gamma);
    }
    /** How many values the sketch holds. */
    get count() {
        return this.zero + this.pos.total + this.neg.total;
    }
    key(magnitude) {
        return Math.ceil(Math.log(magnitude) / this.lnGamma);
    }
    represent(key) {
        return (2 * Math.pow(this.gamma, key)) / (this.gamma + 1);
    }
    /** Add one finite value (non-finite values are the caller's to reject). */
    add(v) {
        if (v > 0)
            this.pos.add(this.key(v));
        else if (v < 0)
            this.neg.add(this.key(-v));
        else
            this.zero++;
    }
    /** Add every value of a block. */
    addAll(values) {
        for (let i = 0; i < values.length; i++)
            this.add(values[i]);
    }
    /** Add another sketch's values (same relative error). */
    merge(other) {
        const st = other instanceof sketch_QuantileSketch ? other.state() : other;
        if (st.alpha !== this.alpha)
            throw new RangeError(`cannot merge sketches of relative error ${st.alpha} and ${this.alpha}`);
        this.zero += st.zero;
        this.pos.merge(st.posOffset, st.pos);
        this.neg.merge(st.negOffset, st.neg);
    }
    state() {
        return {
            alpha: this.alpha,
            zero: this.zero,
            posOffset: this.pos.offset,
            pos: this.pos.counts,
            negOffset: this.neg.offset,
            neg: this.neg.counts,
        };
    }
    static fromState(st) {
        const s = new sketch_QuantileSketch(st.alpha);
        s.merge(st);
        return s;
    }
    /**
     * The value of rank i (0-based, ascending), within the relative error: the representative of the
     * bucket that holds it. NaN when i is outside 0 .. count - 1.
     */
    valueAtRank(i) {
        if (!(i >= 0 && i < this.count))
            return Number.NaN;
        let seen = 0;
        // negatives: the largest magnitude first
        const neg = this.neg.counts;
        for (let j = neg.length - 1; j >= 0; j--) {
            seen += neg[j];
            if (i < seen)
                return -this.represent(this.neg.offset + j);
        }
        seen += this.zero;
        if (i < seen)
            return 0;
        const pos = this.pos.counts;
        for (let j = 0; j < pos.length; j++) {
            seen += pos[j];
            if (i < seen)
                return this.represent(this.pos.offset + j);
        }
        return Number.NaN;
    }
    /** k6's percentile rule (i = p * (n - 1), linear between the neighbours) on the sketch. */
    percentile(p) {
        const n = this.count;
        if (n === 0)
            return Number.NaN;
        if (n === 1)
            return this.valueAtRank(0);
        const i = p * (n - 1);
        const lo = Math.floor(i);
        const hi = Math.ceil(i);
        const a = this.valueAtRank(lo);
        return hi === lo ? a : a + (this.valueAtRank(hi) - a) * (i - lo);
    }
    /** The count buffers, for transferring a state between threads. */
    static transferList(st) {
        return [st.pos.buffer, st.neg.buffer];
    }
}

;// CONCATENATED MODULE: ./.build/parsers/k6-ndjson/runs.js
// Sorted runs of values (Float64Array, ascending in TypedArray sort's order: -0 before +0) merged
// into one: the k6 reader's leaves (a worker thread merges each leaf's blocks before handing them
// over) and finalize's entries. Pure.
/** Scratch space for merging: two buffers, reused by every entry of a dataset (no garbage). */
class Scratch {
    a = new Float64Array(0);
    b = new Float64Array(0);
    /** `a` at least n values long */
    ensureA(n) {
        if (this.a.length < n)
            this.a = new Float64Array(n);
    }
    /** both at least n values long */
    ensure(n) {
        this.ensureA(n);
        if (this.b.length < n)
            this.b = new Float64Array(n);
    }
}
function mergeTwoInto(x, y, out, k) {
    let i = 0;
    let j = 0;
    const nx = x.length;
    const ny = y.length;
    while (i < nx && j < ny) {
        const u = x[i];
        const v = y[j];
        // the order of TypedArray sort: -0 before +0
        if (u < v || (u === v && !(u === 0 && 1 / u > 0 && 1 / v < 0))) {
            out[k++] = u;
            i++;
        }
        else {
            out[k++] = v;
            j++;
        }
    }
    if (i < nx)
        out.set(x.subarray(i), k);
    else if (j < ny)
        out.set(y.subarray(j), k);
}
/**
 * Sorted arrays merged pairwise, level by level, each level written into `first`, `second`,
 * `first`... in turn (both at least as long as all the values); returns the last level's array.
 */
function mergeLevels(arrays, first, second) {
    let level = arrays;
    let out = first;
    while (level.length > 1) {
        const next = [];
        let k = 0;
        for (let i = 0; i < level.length; i += 2) {
            const x = level[i];
            const len = i + 1 < level.length ? x.length + level[i + 1].length : x.length;
            if (i + 1 < level.length)
                mergeTwoInto(x, level[i + 1], out, k);
            else
                out.set(x, k);
            next.push(out.subarray(k, k + len));
            k += len;
        }
        level = next;
        out = out === first ? second : first;
    }
    return level[0];
}
/** Sorted arrays merged into the scratch buffers; the result is a view valid until the next call. */
function mergeInScratch(arrays, scratch) {
    if (arrays.length === 0)
        return new Float64Array(0);
    if (arrays.length === 1)
        return arrays[0];
    let n = 0;
    for (const a of arrays)
        n += a.length;
    scratch.ensure(n);
    return mergeLevels(arrays, scratch.a, scratch.b);
}
/**
 * Sorted runs merged into one new array of their own (the only copy made: the levels between use
 * `scratch.a`, and the last level is written into the result), or the one run itself.
 */
function mergeRuns(arrays, scratch) {
    if (arrays.length === 0)
        return new Float64Array(0);
    if (arrays.length === 1)
        return arrays[0];
    let n = 0;
    for (const a of arrays)
        n += a.length;
    const out = new Float64Array(n);
    let levels = 0;
    for (let k = arrays.length; k > 1; k = Math.ceil(k / 2))
        levels++;
    if (levels > 1)
        scratch.ensureA(n);
    // the buffers alternate so that the last level lands in `out`
    if (levels % 2 === 1)
        mergeLevels(arrays, out, scratch.a);
    else
        mergeLevels(arrays, scratch.a, out);
    return out;
}

;// CONCATENATED MODULE: ./.build/parsers/k6-ndjson/scan-wasm.js
// Generated by scripts/build-wasm.mjs from wasm/k6-scan.ts (AssemblyScript 0.28.20, -O3 --runtime stub --noAssert --enable simd).
// Do not edit: change the source and run `npm run package`.
/** The k6 line scanner's WebAssembly module (6433 bytes), base64. */
const K6_SCAN_WASM = 'AGFzbQEAAAABLwlgAAF/YAF/AX9gAn9/AGAAAGACf38Bf2AEf39/fwBgBH9/f38Bf2ABfwBgAAF8Ag0BA2VudgVhYm9ydAAFAx8eAQAEAgICBgIAAwABAQcABAMAAAABAQEBCAAAAQADBQMBAAEGWBB/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfAFEAAAAAAAAAAALfwFBAAsHgQIYBGluaXQAHghpbnB1dFB0cgAdCGlucHV0Q2FwAA8JcmVjb3JkQ2FwABMGcmVjUHRyABQHdGltZVB0cgALB3JlY29yZHMAEgpwYWlyTWV0cmljABYIcGFpclRhZ3MAFQltZXRyaWNPZmYAFwltZXRyaWNMZW4AGAd0YWdzT2ZmAAwHdGFnc0xlbgANBXJlc2V0ABEEc2NhbgAQB3NvcnRQdHIAAgdzb3J0Q2FwAA8Hc29ydEY2NAAOCG1lcmdlUHRyABoMbWVyZ2VMZW5zUHRyABsMbWVyZ2VSdW5zQ2FwABMIbWVyZ2VGNjQAHAltZXJnZWRTdW0AGQZtZW1vcnkCAAgBCgwBEArtKh6DAQEEfyAAQfz///8DSwRAQYAKQcAKQSFBHRAAAAsjD0EEaiIBIABBE2pBcHFBBGsiAGoiAj8AIgNBEHRBD2pBcHEiBEsEQCADIAIgBGtB//8DakGAgHxxQRB2IgQgAyAEShtAAEEASARAIARAAEEASARAAAsLCyMPIAIkDyAANgIAIAELJAAjCUUEQEGAgIAEEAEkCUGAgIAEEAEkCkGAwAAQASQLCyMJC0sBAn8gAEHs////A0sEQEGACkHACkHWAEEeEAAACyAAQRBqEAEiA0EEayICQQA2AgQgAkEANgIIIAIgATYCDCACIAA2AhAgA0EQagubAQIDfwF+IAFBAnQiBBABIgJBACAE/AsAIAFBAWshBANAIAMgACgCCEkEQCAAKAIMIANBA3RqKQMAIgVCIYggBYVCzZnW6v7666h/fiIFQiGIIAWFpyAEcSEBA0AgAiABQQJ0aigCAARAIAFBAWogBHEhAQwBCwsgAiABQQJ0aiADQQFqIgM2AgAMAQsLIAAgAjYCACAAIAQ2AgQLYQEDfyABQQN0EAEhAiABQQJ0IgQQASIDQQAgBPwLACAAKAIIIgQEQCACIAAoAgwgBEEDdPwKAAAgAyAAKAIQIAAoAghBAnT8CgAACyAAIAI2AgwgACADNgIQIAAgATYCFAt9AQN/IAFBAnQiBBABIgJBACAE/AsAIAFBAWshBANAIAMgACgCCEkEQCAAKAIUIANBAnRqKAIAIARxIQEDQCACIAFBAnRqKAIABEAgAUEBaiAEcSEBDAELCyACIAFBAnRqIANBAWoiAzYCAAwBCwsgACACNgIAIAAgBDYCBAvIBAIHfwN+IAKtQpX4qfqXt96bnn+FIQsDQCAEQQhqIgUgAk0EQCALIAEgBGopAwCFQs2Z1ur++uuof34iCyALQh2IhSELIAUhBAwBCwsDQCACIARLBEAgDSABIARqMQAAIAyGhCENIARBAWohBCAMQgh8IQwMAQsLIAAoAgQiByALIA2FQtPYl9Thv67nRH4iCyALQiCIhaciCHEhBgNAIAAoAgAgBkECdGooAgAiBARAIARBAWsiCUECdCIEIAAoAhRqKAIAIAhGBH8gACgCECAEaigCACACRgVBAAsEfyAAKAIMIAlBAnRqKAIAIQpBACEEAn8DQCAEQQhqIgUgAk0EQEEAIAQgCmopAwAgASAEaikDAFINAhogBSEEDAELCwNAIAIgBEsEQEEAIAQgCmotAAAgASAEai0AAEcNAhogBEEBaiEEDAELC0EBCwVBAAsEQCAJDwUgBkEBaiAHcSEGDAILAAsLIAMgACgCCE0EQEF/DwsgACgCICACIAAoAhxqSQRAIABBgIDAACACIAJBgIDAAE0bIgMQATYCHCAAIAMgACgCHGo2AiALIAAoAhwiAyABIAL8CgAAIAAgAiAAKAIcajYCHCAAKAIIIgEgACgCGCIERgRAIAAgBEEBdBAICyABQQJ0IgQgACgCDGogAzYCACAAKAIQIARqIAI2AgAgACgCFCAEaiAINgIAIAAoAgAgBkECdGogAUEBaiICNgIAIAAgAjYCCCAAKAIIQQF0IAdLBEAgACAHQQFqQQF0EAYLIAELdwEEfyABQQJ0IgQQASECIAQQASEDIAQQASEEIAAoAggiBQRAIAIgACgCDCAFQQJ0/AoAACADIAAoAhAgACgCCEECdPwKAAAgBCAAKAIUIAAoAghBAnT8CgAACyAAIAI2AgwgACADNgIQIAAgBDYCFCAAIAE2AhgLWQEBf0EkQQQQAyIAQQA2AgAgAEEANgIEIABBADYCCCAAQQA2AgwgAEEANgIQIABBADYCFCAAQQA2AhggAEEANgIcIABBADYCICAAQYAIEAYgAEGACBAIIAALDwBBfyQHQX8kCEHsCyQPCwQAIwULEAAjAygCDCAAQQJ0aigCAAsQACMDKAIQIABBAnRqKAIAC88DAgl/An4QAiECIwohASACIABBA3RqIQUjC0EAQYDAAPwLACACIQMDQCADIAVJBEAgA0J/QoCAgICAgICAgH8gAykDACIKQj+IpxsgCoUiCjcDAEEAIQkDQCAJQQhJBEAjCyAKIAmtQgOGiEL/AYOnIAlBCHRqQQJ0aiIEIAQoAgBBAWo2AgAgCUEBaiEJDAELCyADQQhqIQMMAQsLA0AgCEEISQRAIwsgCEEKdGohBkEAIQlBACEDA0AgCUUgA0GAAklxBEAgBiADQQJ0aigCACAARiEJIANBAWohAwwBCwsgCUUEQEEAIQlBACEDA0AgA0GAAkkEQCAGIANBAnRqIgUoAgAgBSAJNgIAIAlqIQkgA0EBaiEDDAELCyAIrUIDhiEKIAIhAwNAIAMgAiAAQQN0akkEQCAGIAMpAwAiCyAKiEL/AYOnQQJ0aiIFKAIAIQQgBSAEQQFqNgIAIAEgBEEDdGogCzcDACADQQhqIQMMAQsLIAIgASECIQELIAhBAWohCAwBCwsjCSEDA0AgACAHSwRAIAIgB0EDdCIBaikDACEKIAEgA2ogCkKAgICAgICAgIB/Qn8gCkI/iKcbhTcDACAHQQFqIQcMAQsLCwcAQYCAwAALyBUEEX8EfAJ+AXsjACINIAFqIQQgACANaiEBIwUiCSgCGCEKIAkrAyAhFSMCIQ4jAyEPIwQhBwNAIAEgBEkEQAJAIAtBgIABRg0AIAFBC2ogBEsNACABKQMAQYAIKQMAUgR/QQEFIAEvAQhBiAgvAQBHCwR/QQEFIAEtAApBIkcLDQBBACEIIAFBC2oiDCECIAQhAAJAA0AgAkEQaiAATQRAIAL9AAQAIhn9DCIiIiIiIiIiIiIiIiIiIiL9IyAZ/QxcXFxcXFxcXFxcXFxcXFxc/SP9UCAZ/QwKCgoKCgoKCgoKCgoKCgoK/SP9UP1kIgMEQCACIANoaiEADAMLIAJBEGohAgwBCwsDQCAAIAJLBEAgAi0AACIDQdwARiADQSJGciADQQpGcgRAIAIhAAwDCyACQQFqIQIMAQsLCyAAQSFqIARPBH9BAQUgAC0AAEEiRwsNACAAIQJBACEAAn8DQCAAQQhqIgNBIU0EQEEAIAAgAmopAwAgAEGLCGopAwBSDQIaIAMhAAwBCwsDQCAAQSFJBEBBACAAIAJqLQAAIABBiwhqLQAARw0CGiAAQQFqIQAMAQsLQQELRQ0AIAIiBUEhaiISIQACQANAIABBEGogBE0EQCAA/QAEACIZ/QwiIiIiIiIiIiIiIiIiIiIi/SMgGf0MXFxcXFxcXFxcXFxcXFxcXP0j/VAgGf0MCgoKCgoKCgoKCgoKCgoKCv0j/VD9ZCICBEAgACACaGohAAwDCyAAQRBqIQAMAQsLA0AgACAESQRAIAAtAAAiAkHcAEYgAkEiRnIgAkEKRnINAiAAQQFqIQAMAQsLIAQhAAsgACIGQQpqIARPBH9BAQUgBi0AAEEiRwsNAEEAIQACfwNAIABBCGoiAkEKTQRAQQAgACAGaikDACAAQawIaikDAFINAhogAiEADAELCwNAIABBCkkEQEEAIAAgBmotAAAgAEGsCGotAABHDQIaIABBAWohAAwBCwtBAQtFDQAgBiASa0EUSQR/QQEFIBItABBBOkcLDQAgEi0AEUEwayIRQQBIIBFBBkpyIBItABJBMGsiEEEASHIgEEEJSnINAEQAAAAAAAAAACETRAAAAAAAAPA/IRQgEkETaiIALQAAQS5GBEAgAEEBaiIAIQIDQCAAIAZJBEAgAC0AAEEwayIDQQBIIANBCUpyRQRAIAAgAmtBCUkEQCAURAAAAAAAACRAoiEUIBNEAAAAAAAAJECiIAO3oCETCyAAQQFqIQAMAgsLCyAAIAJGDQELIApFIAYgAGsgCkdyBH9BAAVBACEDAn8DQCADQQhqIgJBEE0EQEEAIAMgEmopAwAgAyAJaikDAFINAhogAiEDDAELCwNAIANBEEkEQEEAIAMgEmotAAAgAyAJai0AAEcNAhogA0EBaiEDDAELC0EBCwsEfyAJQRBqIRJBACECAn8DQCACQQhqIgMgCk0EQEEAIAAgAmopAwAgAiASaikDAFINAhogAyECDAELCwNAIAIgCkkEQEEAIAAgAmotAAAgAiASai0AAEcNAhogAkEBaiECDAELC0EBCwVBAAtFDQAgBkEKaiIGIQBCACEXQQAhA0EAIQIDQCAAIARJBEACQCAALQAAIghBMGsiEkEJTQRAIBKtIBdCCn58IRcgA0EBaiEDBSACRSAIQS5GcUUNASAAIQILIABBAWohAAwCCwsLIANFIAhBLEdyIANBD0tyIAIgBkZyIAIgAEEBa0ZyDQAgBi0AAEEwRiADQQFLcSACIAZBAWpHcQ0AIAIEfCAAIAJrQQFrIgJB3AgoAgBBA3ZPBEBBgAtBwAtBzgBBKRAAAAsgF7ogAkEDdEHgCGorAwCjBSAXugshFiAAQQlqIARPBH9BAQUgACkDAEG2CCkDAFILDQAgAEEIaiIILQAAQfsARw0AIwciBkF/RwR/IAZBAnQiACAPKAIQaigCACISIAhqIARJBH8gDygCDCAAaigCACECQQAhAwJ/A0AgA0EIaiIAIBJNBEBBACADIAhqKQMAIAIgA2opAwBSDQIaIAAhAwwBCwsDQCADIBJJBEBBACADIAhqLQAAIAIgA2otAABHDQIaIANBAWohAwwBCwtBAQsFQQALBH8gCCASagVBAAsFQQALIgBFBEAgCEEBaiEAAkADQCAAQRBqIARNBEAgAP0ABAAiGf0MfX19fX19fX19fX19fX19ff0jIBn9DFxcXFxcXFxcXFxcXFxcXFz9I/1QIBn9DAoKCgoKCgoKCgoKCgoKCgr9I/1Q/WQiAgRAIAAgAmhqIQAMAwsgAEEQaiEADAELCwNAIAAgBEkEQCAALQAAIgJB3ABGIAJB/QBGciACQQpGcg0CIABBAWohAAwBCwsgBCEACyAAIARPBH9BAQUgAC0AAEH9AEcLDQEgDyAIIABBAWoiACAIa0GAgAgQByIGQX9GDQELIABBAmogBEkEfyAALwEAQf36AUYFQQALBEAgAC0AAiICQQpGBH8gAEEDagUgAkENRiAAQQNqIARJcQR/IAAtAANBCkYFQQALRQ0CIABBBGoLIQIFIABBDWogBE8Ef0EABUEAIQICfwNAIAJBCGoiA0ENTQRAQQAgACACaikDACACQb4IaikDAFINAhogAyECDAELCwNAIAJBDUkEQEEAIAAgAmotAAAgAkG+CGotAABHDQIaIAJBAWohAgwBCwtBAQsLRQ0BIABBDWohAANAIAAgBEkEfyAALQAAQQpHBUEACwRAIABBAWohAAwBCwsgACAETw0BIABBAWohAiAAQQFrIgMgACADLQAAQQ1GGyIAQQFrLQAAQf0ARwR/QQEFIABBAmstAABB/QBHCwR/QQEFIABBA2stAABB/QBHCw0BCyAFIAxrIQUjCEF/RwR/IAcoAhAjCEECdGooAgAiAAR/IAcoAgwgAEEBayIAQQN0aikDACIXQiCIpyEDIABBfyAXpyAGRgR/IAUgDigCECADQQJ0aigCAEYFQQALBH8gDigCDCADQQJ0aigCACEIQQAhAwJ/A0AgA0EIaiIAIAVNBEBBACADIAhqKQMAIAMgDGopAwBSDQIaIAAhAwwBCwsDQCADIAVJBEBBACADIAhqLQAAIAMgDGotAABHDQIaIANBAWohAwwBCwtBAQsFQQALGwVBfwsFQX8LIgNBf0YEQCAOIAwgBUGAgAQQByIAQX9GDQEgBygCBCIIIAatIACtQiCGhCIXQiGIIBeFQs2Z1ur++uuof34iGEIhiCAYhadxIQUCQANAIAcoAgAgBUECdGooAgAiAARAIAcoAgwgAEEBayIDQQN0aikDACAXUQ0CIAVBAWogCHEhBQwBCwtBfyEDIAcoAggiAEGAgMAATw0AIAAiAyAHKAIUIgBGBEAgByAAQQF0EAULIAcoAgwgA0EDdGogFzcDACAHKAIAIAVBAnRqIANBAWoiADYCACAHIAA2AgggBygCCEEBdCAISwRAIAcgCEEBakEBdBAECwsgA0F/Rg0BIwhBf0cEQCAHKAIQIwhBAnRqIANBAWo2AgALCyADJAggBiQHIwEgC0EYbGoiACAWOQMAIAAgFSARQQpsIBBqQegHbLegIBNEAAAAAABAj0CiIBSjoDkDCCAAIAM2AhAgACABIA1rNgIUIAtBAWohCyACIQEMAgsLCyALJAYgASANawsKAEF/JAdBfyQICwQAIwYLBgBBgIABCwQAIwELEQAjBCgCDCAAQQN0aikDAKcLFAAjBCgCDCAAQQN0aikDAEIgiKcLEAAjAigCDCAAQQJ0aigCAAsQACMCKAIQIABBAnRqKAIACwQAIw4LGgAjDEUEQEGAgAQQASQMQYCABBABJA0LEAILHQAjDEUEQEGAgAQQASQMQYCABBABJA0LEAIaIwwL6wMDEH8CfgN8IwxFBEBBgIAEEAEkDEGAgAQQASQNCxACIQEjCiECIwwhBSMNIQQgACEGA0AgBkEBSwRAIAEhByACIQNBACEIQQAhDwNAIAYgD0sEQCAFIA9BAnRqKAIAIQ4gD0EBaiILIAZJBH8gAyEJIAciCiAOQQN0aiIQIQ0gECAFIAtBAnRqKAIAIgtBA3RqIQwDQCAKIA1JIAwgEEtxBEAgECkDACESIAopAwAhESAKKwMAIhUgECsDACIUZAR/QQEFIBFCP4hQIBJCP4inIBVEAAAAAAAAAABhIBQgFWFxcXELBEAgCSAUOQMAIBBBCGohEAUgCSAVOQMAIApBCGohCgsgCUEIaiEJDAELCyAKIA1JBEAgCSAKIA0gCmv8CgAABSAMIBBLBEAgCSAQIAwgEGv8CgAACwsgBCAIQQJ0aiALIA5qIgk2AgAgCUEDdCIKIAdqBSADIAcgDkEDdCIK/AoAACAEIAhBAnRqIA42AgAgByAKagshByADIApqIQMgCEEBaiEIIA9BAmohDwwBCwsgCCEGIAEgAiEBIQIgBSAEIQUhBAwBCwsgASAABH8gBSgCAAVBAAtBA3RqIQIgASEAA0AgACACSQRAIBMgACsDAKAhEyAAQQhqIQAMAQsLIBMkDiABCwQAIwALbQEBf0HAgMAAEAEkAEGAgBgQASQBQcAAEAEkBSMFQQA2AhgQCSQCEAkkA0EYQQUQAyIAQQA2AgAgAEEANgIEIABBADYCCCAAQQA2AgwgAEEANgIQIABBADYCFCAAQYAIEAQgAEGACBAFIAAkBAsL3AMQAEGACAsLeyJtZXRyaWMiOiIAQYsICyEiLCJ0eXBlIjoiUG9pbnQiLCJkYXRhIjp7InRpbWUiOiIAQawICwoiLCJ2YWx1ZSI6AEG2CAsILCJ0YWdzIjoAQb4ICw0sIm1ldGFkYXRhIjp7AEHMCAsBnABB2AgLBQYAAACAAEHmCAt68D8AAAAAAAAkQAAAAAAAAFlAAAAAAABAj0AAAAAAAIjDQAAAAAAAavhAAAAAAICELkEAAAAA0BJjQQAAAACE15dBAAAAAGXNzUEAAAAgX6ACQgAAAOh2SDdCAAAAopQabUIAAEDlnDCiQgAAkB7EvNZCAAA0JvVrDEMAQewJCwE8AEH4CQsvAgAAACgAAABBAGwAbABvAGMAYQB0AGkAbwBuACAAdABvAG8AIABsAGEAcgBnAGUAQawKCwE8AEG4CgslAgAAAB4AAAB+AGwAaQBiAC8AcgB0AC8AcwB0AHUAYgAuAHQAcwBB7AoLATwAQfgKCysCAAAAJAAAAEkAbgBkAGUAeAAgAG8AdQB0ACAAbwBmACAAcgBhAG4AZwBlAEGsCwsBPABBuAsLLQIAAAAmAAAAfgBsAGkAYgAvAHMAdABhAHQAaQBjAGEAcgByAGEAeQAuAHQAcw==';

;// CONCATENATED MODULE: ./.build/parsers/k6-ndjson/wasm-scan.js
// The WebAssembly line scanner (wasm/k6-scan.ts) seen from TypeScript: one instance per thread,
// shared by that thread's aggregators (its tables intern metric names and tag sets; which leaf a
// pair is stays each aggregator's own). A piece of complete lines is copied into its memory and
// scanned; the lines it takes come back as records, the first line it does not take is where it
// stops (the aggregator reads that one the TypeScript way). Compiled synchronously on first use:
// the module is under 5 kB.

class WasmScanner {
    capacity;
    recordCap;
    x;
    input;
    time;
    rec;
    ab;
    bytes;
    /** records: value, time as f64 [3i], [3i + 1]; pair, line start as u32 [6i + 4], [6i + 5] */
    f64;
    u32;
    /** whose time cache is in memory now (aggregators share the instance) */
    timeOwner = null;
    timeVersion = -1;
    constructor() {
        if (typeof WebAssembly === 'undefined')
            throw new Error('no WebAssembly');
        const mod = new WebAssembly.Module(Buffer.from(K6_SCAN_WASM, 'base64'));
        const inst = new WebAssembly.Instance(mod, {
            env: {
                abort: () => {
                    throw new Error('k6 NDJSON scanner (WebAssembly) aborted');
                },
            },
        });
        this.x = inst.exports;
        this.x.init();
        this.capacity = this.x.inputCap();
        this.recordCap = this.x.recordCap();
        this.input = this.x.inputPtr();
        this.time = this.x.timePtr();
        this.rec = this.x.recPtr();
        this.ab = this.x.memory.buffer;
        this.bytes = Buffer.from(this.ab);
        this.f64 = new Float64Array(this.ab);
        this.u32 = new Uint32Array(this.ab);
    }
    /** index of record 0 in f64 (and twice that in u32) */
    get recBase() {
        return this.rec >>> 3;
    }
    /** Copy buf[start, end) (complete lines, at most `capacity` bytes) in for scanning. */
    load(buf, start, end) {
        this.bytes.set(buf.subarray(start, end), this.input);
    }
    /** Scan the loaded bytes [start, end); returns where it stopped (records: `records()`). */
    scan(start, end) {
        const stop = this.x.scan(start, end);
        if (this.x.memory.buffer !== this.ab)
            this.views(); // the tables grew memory
        return stop;
    }
    records() {
        return this.x.records();
    }
    /** The metric name and tag-set text of a pair (latin1, as in the file). */
    pair(id) {
        const m = this.x.pairMetric(id);
        const t = this.x.pairTags(id);
        const mo = this.x.metricOff(m);
        const to = this.x.tagsOff(t);
        return {
            metric: this.bytes.toString('latin1', mo, mo + this.x.metricLen(m)),
            tags: this.bytes.toString('latin1', to, to + this.x.tagsLen(t)),
        };
    }
    /**
     * `blocks` (any order) as sorted runs of at most `sortCap` values each, in the order
     * TypedArray.prototype.sort gives (radix sort in WebAssembly); one run when they fit.
     */
    sortRuns(blocks) {
        const cap = this.x.sortCap();
        const at = this.x.sortPtr() >>> 3;
        if (this.x.memory.buffer !== this.ab)
            this.views(); // the sort area grew memory
        const runs = [];
        let total = 0;
        for (const b of blocks)
            total += b.length;
        let i = 0;
        let off = 0; // values of blocks[i] already taken
        while (total > 0) {
            const n = Math.min(total, cap);
            let k = 0;
            while (k < n) {
                const b = blocks[i];
                const take = Math.min(b.length - off, n - k);
                this.f64.set(off === 0 && take === b.length ? b : b.subarray(off, off + take), at + k);
                k += take;
                off += take;
                if (off === b.length) {
                    i++;
                    off = 0;
                }
            }
            this.x.sortF64(n);
            runs.push(this.f64.slice(at, at + n));
            total -= n;
        }
        return runs;
    }
    /**
     * Sorted runs (TypedArray.prototype.sort's order) merged into one, and the sum of the merged
     * values taken in order: a view of this instance's memory, valid until its next call; null when
     * they are more than it merges at once (the caller merges them itself).
     */
    merge(runs) {
        let total = 0;
        for (const r of runs)
            total += r.length;
        if (total > this.x.sortCap() || runs.length > this.x.mergeRunsCap())
            return null;
        const at = this.x.mergePtr() >>> 3;
        const lens = this.x.mergeLensPtr() >>> 2;
        if (this.x.memory.buffer !== this.ab)
            this.views(); // the merge areas grew memory
        let k = at;
        for (let i = 0; i < runs.length; i++) {
            this.f64.set(runs[i], k);
            k += runs[i].length;
            this.u32[lens + i] = runs[i].length;
        }
        const out = this.x.mergeF64(runs.length) >>> 3;
        return { sorted: this.f64.subarray(out, out + total), sum: this.x.mergedSum() };
    }
    /**
     * Time lines with `time`'s cached minute and zone (aggregators share the instance: copied in when
     * another parser's, or a newer one, is asked for).
     */
    syncTime(time) {
        if (time === this.timeOwner && time.version === this.timeVersion)
            return;
        this.timeOwner = time;
        this.timeVersion = time.version;
        const cache = time.cache();
        const p = this.time;
        // zone length 0: no line is taken until the caller has parsed one
        if (cache === undefined || cache.prefix.length !== 16 || cache.zone.length > 8) {
            this.u32[(p + 24) >>> 2] = 0;
            return;
        }
        this.bytes.write(cache.prefix, p, 16, 'latin1');
        this.bytes.write(cache.zone, p + 16, cache.zone.length, 'latin1');
        this.u32[(p + 24) >>> 2] = cache.zone.length;
        this.f64[(p + 32) >>> 3] = cache.base;
    }
    views() {
        this.ab = this.x.memory.buffer;
        this.bytes = Buffer.from(this.ab);
        this.f64 = new Float64Array(this.ab);
        this.u32 = new Uint32Array(this.ab);
    }
}
let shared;
/** This thread's scanner; null when WebAssembly is not available (the TypeScript scanner reads). */
function wasmScanner() {
    if (shared === undefined) {
        try {
            shared = new WasmScanner();
        }
        catch {
            shared = null;
        }
    }
    return shared;
}

;// CONCATENATED MODULE: ./.build/parsers/k6-ndjson/aggregator.js
// The k6 `--out json` reader, fed chunk by chunk (no I/O here). Point lines in k6's own field order
// take a hand-rolled indexOf scanner over the latin1-decoded chunk; anything else (Metric lines,
// other key orders, `"tags":null`, escapes, the pre-v0.40 `tainted` form) takes JSON.parse.
// Values are stored once per leaf (metric, exact tag set); the per-metric, per-tag and submetric
// entries are built from the leaves at finalize time (finalize.ts).





const DEFAULT_BY = ['name', 'scenario'];
/**
 * Values kept exactly per run (all series together) before the largest series switch to a
 * quantile sketch (0.1% relative error; stats/sketch.ts). 20 million values are 160 MB.
 */
const DEFAULT_VALUE_BUDGET = 20_000_000;
const DEFAULT_MAX_TAG_SETS = 50_000;
/** Line warnings listed one by one per file; the rest are counted. */
const MAX_LISTED_WARNINGS = 25;
/** A line longer than this is not k6 output (k6 lines are a few hundred bytes). */
const MAX_LINE_BYTES = 64 * 1024 * 1024;
const DECODE_PIECE = 64 * 1024;
/** Line-aligned ranges at least this big are scanned by the WebAssembly scanner. */
const WASM_MIN_BYTES = 4096;
/**
 * Calls in a row in which the WebAssembly scanner takes no line before the rest of a piece is
 * read the TypeScript way (a file in another field order would otherwise cost a call per line).
 */
const WASM_MAX_MISSES = 16;
const RECENT = 4;
const BLOCK_MIN = 64;
const BLOCK_MAX = 32 * 1024;
const METRIC_TYPES = new Set(['trend', 'rate', 'counter', 'gauge']);
const VALUE_KINDS = new Set(['time', 'data', 'default']);
const P_METRIC = '{"metric":"';
const P_POINT = '","type":"Point","data":{"time":"';
const P_VALUE = '","value":';
const P_TAGS = ',"tags":';
const P_META = ',"metadata":{';
class Leaf {
    metric;
    tags;
    budget;
    sortFull;
    count = 0;
    sum = 0;
    comp = 0;
    min = Infinity;
    max = -Infinity;
    nonzero = 0;
    lastTime = -Infinity;
    lastValue = Number.NaN;
    blocks;
    cur;
    /** the leaf of the line that followed this one's last time (a prediction, see scan) */
    next = null;
    fill = 0;
    folded;
    /** values kept in `blocks` */
    kept = 0;
    /** the values, once this leaf outgrew the run's budget (then `blocks` is null) */
    sketch = null;
    constructor(metric, tags, keepValues, folded, budget, 
    /** sort each block when it is full (then every block but `cur` is a sorted run) */
    sortFull) {
        this.metric = metric;
        this.tags = tags;
        this.budget = budget;
        this.sortFull = sortFull;
        this.blocks = keepValues ? [] : null;
        this.cur = null;
        this.folded = folded;
        if (keepValues)
            budget.leaves.push(this);
    }
    add(v, t) {
        this.count++;
        const s = this.sum + v;
        if (Math.abs(this.sum) >= Math.abs(v))
            this.comp += this.sum - s + v;
        else
            this.comp += v - s + this.sum;
        this.sum = s;
        if (v < this.min)
            this.min = v;
        if (v > this.max)
            this.max = v;
        if (v !== 0)
            this.nonzero++;
        if (t >= this.lastTime) {
            this.lastTime = t;
            this.lastValue = v;
        }
        if (this.blocks !== null) {
            let cur = this.cur;
            if (cur === null || this.fill === cur.length) {
                if (cur !== null && this.sortFull)
                    cur.sort();
                // fixed blocks, no copying: 64, 128, ... up to 32 Ki values (256 KiB)
                const size = cur === null ? BLOCK_MIN : Math.min(cur.length * 2, BLOCK_MAX);
                cur = new Float64Array(size);
                this.blocks.push(cur);
                this.cur = cur;
                this.fill = 0;
            }
            cur[this.fill++] = v;
            this.kept++;
            if (++this.budget.kept > this.budget.limit)
                this.budget.shed();
        }
        else if (this.sketch !== null) {
            this.sketch.add(v);
        }
    }
    dropValues() {
        this.budget.kept -= this.kept;
        this.kept = 0;
        this.blocks = null;
        this.cur = null;
        this.fill = 0;
        this.sketch = null;
    }
    /** From exact values to the sketch: every kept value goes in, the blocks are freed. */
    toSketch() {
        if (this.blocks === null)
            return;
        const sk = new sketch_QuantileSketch();
        for (const b of this.blocks)
            sk.addAll(b === this.cur ? b.subarray(0, this.fill) : b);
        this.budget.kept -= this.kept;
        this.kept = 0;
        this.blocks = null;
        this.cur = null;
        this.fill = 0;
        this.sketch = sk;
    }
    state(sortValues, scratch) {
        let values = null;
        if (this.blocks !== null) {
            values = this.blocks.slice(0, -1);
            if (this.cur !== null && this.fill > 0)
                values.push(this.cur.subarray(0, this.fill));
            if (sortValues) {
                // in place: each block a sorted run (full blocks are sorted already with sortFull), then
                // merged into one run (in this thread, not in the one that finalizes)
                if (this.sortFull)
                    values[values.length - 1]?.sort();
                else
                    for (const b of values)
                        b.sort();
                if (values.length > 1)
                    values = [mergeRuns(values, scratch)];
            }
        }
        const st = {
            metric: this.metric,
            tags: this.tags,
            count: this.count,
            sum: this.sum,
            comp: this.comp,
            min: this.min,
            max: this.max,
            nonzero: this.nonzero,
            lastTime: this.lastTime,
            lastValue: this.lastValue,
            values,
        };
        if (this.sketch !== null)
            st.sketch = this.sketch.state();
        if (sortValues && values !== null)
            st.runs = true;
        if (this.folded)
            st.folded = true;
        return st;
    }
}
/**
 * The run's budget of exactly kept values, shared by the leaves of every aggregator in one thread.
 * Past the limit, the largest exact leaves switch to a sketch until 90% of the limit is left.
 */
class ValueBudget {
    limit;
    kept = 0;
    leaves = [];
    constructor(limit = DEFAULT_VALUE_BUDGET) {
        this.limit = limit;
    }
    shed() {
        const exact = this.leaves.filter((l) => l.blocks !== null).sort((a, b) => b.kept - a.kept);
        for (const l of exact) {
            if (this.kept <= this.limit * 0.9)
                break;
            l.toSketch();
        }
        this.leaves.splice(0, this.leaves.length, ...this.leaves.filter((l) => l.blocks !== null));
    }
}
/**
 * The end of the line-aligned piece of buf[p, end) (complete lines) that starts at p: just past
 * the last newline within `size` bytes, or past the first one after them (a longer line).
 */
function pieceEnd(buf, p, end, size) {
    if (end - p <= size)
        return end;
    const nl = buf.lastIndexOf(10, p + size - 1);
    return nl >= p ? nl + 1 : buf.indexOf(10, p + size) + 1 || end;
}
class TagSet {
    raw;
    tags;
    byMetric = new Map();
    constructor(raw, tags) {
        this.raw = raw;
        this.tags = tags;
    }
}
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
/**
 * A JSON number in s[a, b). Plain decimals of at most 15 digits are computed as integer / 10^k:
 * both exact doubles, so the quotient is the correctly rounded value, the same double as
 * JSON.parse gives. Anything else (exponents, more digits) is checked against JSON's number
 * grammar and read by Number(). NaN when the text is not a finite JSON number (the slow path then
 * reads the line, or reports it).
 */
function parseNumber(s, a, b) {
    let i = a;
    let neg = false;
    if (s.charCodeAt(i) === 45) {
        neg = true;
        i++;
    }
    let m = 0;
    let digits = 0;
    let frac = -1;
    const i0 = i;
    for (; i < b; i++) {
        const c = s.charCodeAt(i);
        if (c >= 48 && c <= 57) {
            m = m * 10 + (c - 48);
            digits++;
        }
        else if (c === 46 && frac < 0) {
            frac = i;
        }
        else
            break;
    }
    if (i === b && digits > 0 && digits <= 15 && frac !== i0 && frac !== b - 1) {
        // JSON: no leading zeros ("01"), a fraction needs digits on both sides
        if (s.charCodeAt(i0) === 48 && digits > 1 && frac !== i0 + 1)
            return Number.NaN;
        const v = frac < 0 ? m : m / POW10[b - frac - 1];
        return neg ? -v : v;
    }
    // Number() also reads "1.", "-.5", "0x10", " 5": only JSON's grammar may take this path
    const text = s.slice(a, b);
    if (!JSON_NUMBER.test(text))
        return Number.NaN;
    const v = +text;
    return v - v === 0 ? v : Number.NaN;
}
/** Latin1 form (one char per UTF-8 byte) of a JS string, as the fast path sees the file. */
function toLatin1(s) {
    return Buffer.from(s, 'utf8').toString('latin1');
}
/** A short, printable excerpt of a latin1 line for a warning. */
function excerpt(line) {
    const u = Buffer.from(line.length > 80 ? line.slice(0, 80) : line, 'latin1').toString('utf8');
    return JSON.stringify(u) + (line.length > 80 ? '...' : '');
}
function isObject(x) {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}
/** Parse a tags object text (latin1) into tags; undefined when it is not a flat string map. */
function parseTags(raw) {
    let o;
    try {
        o = JSON.parse(raw);
    }
    catch {
        return undefined;
    }
    if (o === null)
        return {};
    if (!isObject(o))
        return undefined;
    for (const k in o)
        if (typeof o[k] !== 'string')
            return undefined;
    return o;
}
/** Canonical tags text: keys sorted, latin1 strings. */
function canonicalTags(tags) {
    const keys = Object.keys(tags).sort();
    const o = {};
    for (const k of keys)
        o[k] = tags[k];
    return JSON.stringify(o);
}
class NdjsonAggregator {
    file;
    foldKeys;
    maxTagSets;
    tagSets = new Map();
    leaves = [];
    metricLeaves = new Map();
    types = new Map();
    newTypeList = [];
    decls = new Map();
    capped = new Map();
    fs;
    time = new TimeParser();
    carry = [];
    carryLen = 0;
    seq = 0;
    segLines = 0;
    segOpen = false;
    ended = false;
    recent = new Array(RECENT).fill(null);
    recentNext = 0;
    prevLeaf = null;
    lastTS = null;
    budget;
    sortFull;
    /** the WebAssembly scanner (null: the TypeScript one reads every line) */
    wasm;
    /** leaf of each scanner pair id, null: lines of that pair are read the TypeScript way */
    leafOf = [];
    constructor(opts) {
        this.file = opts.file;
        this.sortFull = opts.sortFullBlocks === true;
        this.wasm = opts.wasm === false ? null : wasmScanner();
        this.budget = opts.budget instanceof ValueBudget ? opts.budget : new ValueBudget(opts.budget);
        this.maxTagSets = opts.maxTagSets ?? DEFAULT_MAX_TAG_SETS;
        this.foldKeys = new Set(opts.by ?? DEFAULT_BY);
        for (const f of opts.filters ?? [])
            for (const k of Object.keys(f))
                this.foldKeys.add(toLatin1(k));
        this.fs = {
            file: opts.file,
            lines: 0,
            k6Lines: 0,
            otherLines: 0,
            segments: [],
            warnings: [],
            unlisted: 0,
            firstTime: Infinity,
            lastTime: -Infinity,
        };
    }
    /** Next bytes of the file, in order, cut anywhere. */
    push(chunk) {
        if (this.ended)
            throw new Error('NdjsonAggregator: push after end');
        if (!this.segOpen)
            this.openSegment(this.seq);
        const nl = chunk.lastIndexOf(10);
        if (nl < 0) {
            this.hold(chunk);
            return;
        }
        let start = 0;
        if (this.carryLen > 0) {
            // finish the carried line on its own, then the rest of the chunk in place
            const first = chunk.indexOf(10);
            const line = Buffer.concat([...this.carry, chunk.subarray(0, first + 1)]);
            this.carry = [];
            this.carryLen = 0;
            this.scan(line.toString('latin1'), false);
            start = first + 1;
        }
        if (nl + 1 > start)
            this.scanBytes(chunk, start, nl + 1);
        if (nl + 1 < chunk.length)
            this.hold(Buffer.from(chunk.subarray(nl + 1)));
    }
    /**
     * A line-aligned chunk that is segment `seq` of the file (segments are numbered in file order;
     * several aggregators may each get some of them). Only the file's last segment may end without
     * a newline: its unterminated tail is the file's last line.
     */
    pushSegment(chunk, seq) {
        if (this.ended)
            throw new Error('NdjsonAggregator: push after end');
        if (this.carryLen > 0)
            throw new Error('NdjsonAggregator: pushSegment after an unterminated push');
        this.closeSegment();
        this.openSegment(seq);
        const nl = chunk.lastIndexOf(10);
        if (nl >= 0)
            this.scanBytes(chunk, 0, nl + 1);
        if (nl + 1 < chunk.length)
            this.scan(chunk.toString('latin1', nl + 1), true);
        this.closeSegment();
    }
    /** No more input: an unterminated last line is read if it is complete JSON, else reported. */
    end() {
        if (this.ended)
            return;
        if (this.carryLen > 0) {
            if (!this.segOpen)
                this.openSegment(this.seq);
            const tail = Buffer.concat(this.carry).toString('latin1');
            this.carry = [];
            this.carryLen = 0;
            this.scan(tail, true);
        }
        this.closeSegment();
        this.ended = true;
    }
    /** Metric types learned from Metric lines since the last call (for sibling aggregators). */
    takeNewTypes() {
        const t = this.newTypeList;
        this.newTypeList = [];
        return t;
    }
    /** Metric types learned elsewhere (another part of the file): values of non-trends are dropped. */
    learnTypes(types) {
        for (const [m, t] of types)
            this.setType(m, t, false);
    }
    /**
     * The state read so far (ends the input). The aggregator must not be used afterwards.
     * `sortValues`: sort each value block in place now and merge each leaf's blocks into one run
     * (worker threads do, so the sorting and that merge run in parallel and finalize merges a run
     * per leaf).
     */
    snapshot(opts = {}) {
        this.end();
        const scratch = new Scratch();
        return {
            version: 1,
            files: [{ ...this.fs, segments: [...this.fs.segments], warnings: [...this.fs.warnings] }],
            leaves: this.leaves.map((l) => l.state(opts.sortValues === true, scratch)),
            decls: [...this.decls.values()],
            capped: [...this.capped],
        };
    }
    // -------------------------------------------------------------------------------------------
    openSegment(seq) {
        this.seq = seq;
        this.segLines = 0;
        this.segOpen = true;
    }
    closeSegment() {
        if (!this.segOpen)
            return;
        this.fs.segments.push([this.seq, this.segLines]);
        this.segOpen = false;
    }
    hold(b) {
        this.carry.push(b);
        this.carryLen += b.length;
        if (this.carryLen > MAX_LINE_BYTES) {
            throw new model/* InputError */.dz(this.file, `not k6 NDJSON: a line longer than ${MAX_LINE_BYTES >> 20} MiB (k6 --out json writes one short JSON object per line)`, this.seq === 0 ? this.segLines + 1 : undefined);
        }
    }
    warn(message, line) {
        if (this.fs.warnings.length >= MAX_LISTED_WARNINGS) {
            this.fs.unlisted++;
            return;
        }
        const w = { seq: this.seq, message };
        if (line !== undefined)
            w.line = line;
        this.fs.warnings.push(w);
    }
    /** Count an impossible sample of `metric` (first occurrence kept with its line). */
    impossible(metric, kind, line) {
        const list = (this.fs.impossible ??= []);
        const e = list.find((x) => x.metric === metric && x.kind === kind);
        if (e)
            e.count++;
        else
            list.push({ metric, kind, count: 1, first: [this.seq, line] });
    }
    other(line, message, text) {
        this.fs.otherLines++;
        if (this.fs.firstOther === undefined)
            this.fs.firstOther = [this.seq, line, excerpt(text)];
        this.warn(message, line);
    }
    /**
     * Complete lines in buf[start, end), decoded in pieces of about 64 KiB: strings that size are
     * young-generation garbage, collected cheaply; megabyte strings would go to the large-object
     * space and pile up (RSS) until a full GC.
     */
    scanBytes(buf, start, end) {
        const w = this.wasm;
        if (w === null || end - start < WASM_MIN_BYTES) {
            this.scanDecoded(buf, start, end);
            return;
        }
        let p = start;
        while (p < end) {
            const q = pieceEnd(buf, p, end, w.capacity);
            if (q - p > w.capacity)
                this.scanDecoded(buf, p, q); // a line longer than the scanner's input
            else
                this.scanWasm(w, buf, p, q);
            p = q;
        }
    }
    /** Complete lines in buf[start, end), decoded in pieces of about 64 KiB and read by `scan`. */
    scanDecoded(buf, start, end) {
        let p = start;
        while (p < end) {
            const q = pieceEnd(buf, p, end, DECODE_PIECE);
            this.scan(buf.toString('latin1', p, q), false);
            p = q;
        }
    }
    /**
     * Complete lines in buf[start, end) (at most the scanner's capacity) through the WebAssembly
     * scanner: its records in order, and each line it stops at read by `scan` (which also teaches
     * it a new minute or zone), then on from the next line.
     */
    scanWasm(w, buf, start, end) {
        w.load(buf, start, end);
        const len = end - start;
        let pos = 0;
        let misses = 0;
        while (pos < len) {
            w.syncTime(this.time);
            const stop = w.scan(pos, len);
            const k = w.records();
            if (k > 0) {
                misses = 0;
                this.takeRecords(w, k, buf, start);
            }
            pos = stop;
            if (pos >= len || k === w.recordCap)
                continue;
            // the line at pos is not the scanner's
            if (k === 0 && ++misses >= WASM_MAX_MISSES) {
                this.scanDecoded(buf, start + pos, end);
                return;
            }
            const nl = buf.indexOf(10, start + pos);
            const next = nl < 0 || nl >= end ? end : nl + 1;
            this.scan(buf.toString('latin1', start + pos, next), false);
            pos = next - start;
        }
    }
    /** The scanner's k records: each a k6 Point line, as the fast path of `scan` reads it. */
    takeRecords(w, k, buf, start) {
        const f64 = w.f64;
        const u32 = w.u32;
        const fs = this.fs;
        let r = w.recBase;
        for (let i = 0; i < k; i++, r += 3) {
            const pair = u32[2 * r + 4];
            let leaf = this.leafOf[pair];
            if (leaf === undefined)
                leaf = this.leafOfPair(w, pair);
            if (leaf === null) {
                // a tag set the fast path does not take: the whole line the TypeScript way
                const a = start + u32[2 * r + 5];
                const nl = buf.indexOf(10, a);
                this.scan(buf.toString('latin1', a, nl + 1), false);
                continue;
            }
            const v = f64[r];
            const t = f64[r + 1];
            this.segLines++;
            fs.lines++;
            leaf.add(v, t);
            if (t < fs.firstTime)
                fs.firstTime = t;
            if (t > fs.lastTime)
                fs.lastTime = t;
            fs.k6Lines++;
        }
    }
    /** The leaf of a scanner pair, as the fast path of `scan` finds it (null: not a fast-path line). */
    leafOfPair(w, pair) {
        const { metric, tags } = w.pair(pair);
        let leaf = null;
        const ts = this.tagSets.get(tags) ?? this.newTagSet(tags);
        if (ts !== null)
            leaf = ts.byMetric.get(metric) ?? this.leafFor(ts, metric);
        this.leafOf[pair] = leaf;
        return leaf;
    }
    /** Complete lines s (each ending in \n, except a final fragment when `last`). */
    scan(s, last) {
        const n = s.length;
        let p = 0;
        const fs = this.fs;
        const tagSets = this.tagSets;
        while (p < n) {
            let e = s.indexOf('\n', p);
            let next;
            let unterminated = false;
            if (e < 0) {
                e = n;
                next = n;
                unterminated = true;
            }
            else
                next = e + 1;
            this.segLines++;
            fs.lines++;
            if (e > p && s.charCodeAt(e - 1) === 13)
                e--;
            if (e === p) {
                p = next;
                continue;
            }
            // ---- fast path: {"metric":"M","type":"Point","data":{"time":"T","value":V,"tags":{...}...}}
            // (slice === constant is several times faster than startsWith on V8 for these strings)
            fast: if (s.slice(p, p + 11) === P_METRIC) {
                const mS = p + 11;
                const mE = s.indexOf('"', mS);
                if (mE < 0 || mE >= e || s.slice(mE, mE + 33) !== P_POINT)
                    break fast;
                const tS = mE + 33;
                const tE = s.indexOf('"', tS);
                if (tE < 0 || tE >= e || s.slice(tE, tE + 10) !== P_VALUE)
                    break fast;
                const vS = tE + 10;
                const vE = s.indexOf(',', vS);
                if (vE < 0 || vE >= e || s.slice(vE, vE + 8) !== P_TAGS)
                    break fast;
                const v = parseNumber(s, vS, vE);
                if (v !== v)
                    break fast; // not a plain finite number: the slow path reads or reports it
                if (v < 0)
                    break fast; // negative: the slow path counts it (impossible for a duration)
                const gS = vE + 8;
                // the tag set: the previous line's (k6 writes a request's ~9 samples with the same tags),
                // else one of the few seen last (checks, data_*, iterations have theirs), else the map
                let gE;
                let ts = this.lastTS;
                if (ts !== null && s.slice(gS, gS + ts.raw.length) === ts.raw) {
                    gE = gS + ts.raw.length;
                }
                else {
                    if (s.charCodeAt(gS) !== 123 /* { */)
                        break fast;
                    gE = s.indexOf('}', gS) + 1;
                    if (gE <= 0 || gE > e)
                        break fast;
                    const raw = s.slice(gS, gE);
                    const len = gE - gS;
                    const recent = this.recent;
                    ts = null;
                    for (let k = 0; k < RECENT; k++) {
                        const r = recent[k];
                        if (r !== null && r.raw.length === len && r.raw === raw) {
                            ts = r;
                            break;
                        }
                    }
                    if (ts === null) {
                        ts = tagSets.get(raw) ?? this.newTagSet(raw);
                        if (ts === null)
                            break fast;
                        recent[this.recentNext] = ts;
                        this.recentNext = (this.recentNext + 1) % RECENT;
                    }
                    this.lastTS = ts;
                }
                // the rest: "}}" or ',"metadata":{...}}}' up to the end of the line
                if (!(gE + 2 === e && s.charCodeAt(gE) === 125 && s.charCodeAt(gE + 1) === 125)) {
                    if (s.slice(gE, gE + 13) !== P_META ||
                        s.charCodeAt(e - 1) !== 125 ||
                        s.charCodeAt(e - 2) !== 125 ||
                        s.charCodeAt(e - 3) !== 125)
                        break fast;
                }
                const t = this.time.parse(s, tS, tE);
                if (t !== t)
                    break fast;
                // the leaf: predicted from the previous line's (k6 repeats the same metric order per
                // request), else the tag set's map
                const metric = s.slice(mS, mE);
                const prev = this.prevLeaf;
                let leaf = prev === null ? null : prev.next;
                if (leaf === null || leaf.tags !== ts.raw || leaf.metric !== metric) {
                    leaf = ts.byMetric.get(metric) ?? null;
                    if (leaf === null) {
                        if (metric.indexOf('\\') >= 0)
                            break fast;
                        leaf = this.leafFor(ts, flat(metric));
                    }
                    if (prev !== null)
                        prev.next = leaf;
                }
                this.prevLeaf = leaf;
                leaf.add(v, t);
                if (t < fs.firstTime)
                    fs.firstTime = t;
                if (t > fs.lastTime)
                    fs.lastTime = t;
                fs.k6Lines++;
                p = next;
                continue;
            }
            this.slowLine(s.slice(p, e), this.segLines, last && unterminated);
            p = next;
        }
    }
    newTagSet(raw) {
        if (raw.indexOf('\\') >= 0)
            return null; // escapes: the slow path decodes them
        const tags = parseTags(raw);
        if (tags === undefined)
            return null;
        const key = flat(raw);
        const ts = new TagSet(key, tags);
        this.tagSets.set(key, ts);
        return ts;
    }
    leafFor(ts, metric) {
        const known = this.types.get(metric);
        const keep = known === undefined || known === 'trend';
        let list = this.metricLeaves.get(metric);
        if (list === undefined) {
            list = [];
            this.metricLeaves.set(metric, list);
        }
        if (list.length < this.maxTagSets) {
            const leaf = new Leaf(metric, ts.raw, keep, false, this.budget, this.sortFull);
            ts.byMetric.set(metric, leaf);
            list.push(leaf);
            this.leaves.push(leaf);
            return leaf;
        }
        // Past the cap: keep only the tags the entries are built from (breakdown, filters and the
        // submetrics declared so far); whole-metric figures stay exact. A tag set's leaf may be
        // replaced by a folded one below: the scanner's pairs are looked up again.
        this.leafOf = [];
        if (!this.capped.has(metric))
            this.capped.set(metric, this.maxTagSets);
        const keys = new Set(this.foldKeys);
        for (const sm of this.decls.get(metric)?.submetrics ?? [])
            for (const k of Object.keys(sm.tags))
                keys.add(k);
        const reduced = {};
        for (const k of Object.keys(ts.tags))
            if (keys.has(k))
                reduced[k] = ts.tags[k];
        const rawReduced = canonicalTags(reduced);
        let rts = this.tagSets.get(rawReduced);
        if (rts === undefined) {
            rts = new TagSet(rawReduced, reduced);
            this.tagSets.set(rawReduced, rts);
        }
        let leaf = rts.byMetric.get(metric);
        if (leaf === undefined || !leaf.folded) {
            leaf = new Leaf(metric, rawReduced, keep, true, this.budget, this.sortFull);
            rts.byMetric.set(metric, leaf);
            list.push(leaf);
            this.leaves.push(leaf);
        }
        ts.byMetric.set(metric, leaf);
        return leaf;
    }
    setType(metric, type, own) {
        if (this.types.has(metric))
            return;
        this.types.set(metric, type);
        if (own)
            this.newTypeList.push([metric, type]);
        if (type !== 'trend')
            for (const l of this.metricLeaves.get(metric) ?? [])
                l.dropValues();
    }
    slowLine(line, lineNo, lastFragment) {
        // A UTF-8 byte-order mark (latin1 view) before the first line: a file saved by an editor.
        if (line.startsWith('\u00ef\u00bb\u00bf'))
            line = line.slice(3);
        let o;
        try {
            o = JSON.parse(Buffer.from(line, 'latin1').toString('utf8'));
        }
        catch {
            // Python's json writes NaN / Infinity (not JSON): such a value is read as null and then
            // counted as an impossible sample of its metric below, not lost as an unreadable line
            if (/:\s*-?(?:NaN|Infinity)\s*[,}]/.test(line)) {
                try {
                    o = JSON.parse(Buffer.from(line.replace(/(:\s*)-?(?:NaN|Infinity)(\s*[,}])/g, '$1null$2'), 'latin1').toString('utf8'));
                }
                catch {
                    o = undefined;
                }
            }
        }
        if (o === undefined) {
            if (lastFragment) {
                this.fs.otherLines++;
                this.warn(`truncated last line ${lineNo} (no newline at the end and not complete JSON): ignored`, lineNo);
            }
            else {
                this.other(lineNo, `line ${lineNo} is not JSON (skipped): ${excerpt(line)}`, line);
            }
            return;
        }
        if (!isObject(o) || (o.type !== 'Point' && o.type !== 'Metric')) {
            this.other(lineNo, `line ${lineNo} is JSON but not a k6 line (no "type":"Point" or "Metric"): skipped`, line);
            return;
        }
        const data = o.data;
        const name = typeof o.metric === 'string'
            ? o.metric
            : isObject(data) && typeof data.name === 'string'
                ? data.name
                : undefined;
        if (!isObject(data) || name === undefined || name === '') {
            this.other(lineNo, `line ${lineNo}: a k6 ${o.type} line without "metric" or "data": skipped`, line);
            return;
        }
        this.fs.k6Lines++;
        const metric = toLatin1(name);
        if (o.type === 'Metric') {
            this.declare(metric, data, lineNo);
            return;
        }
        const v = data.value;
        if (typeof v !== 'number' || !Number.isFinite(v)) {
            this.impossible(metric, 'non-finite', lineNo);
            this.warn(`line ${lineNo}: ${name} sample value ${typeof v === 'number'
                ? `${v} (beyond the range of a double, such as 1e400)`
                : (JSON.stringify(v) ?? 'missing')} is not a finite number: skipped`, lineNo);
            return;
        }
        const t = typeof data.time === 'string' ? this.time.parse(data.time, 0, data.time.length) : Number.NaN;
        if (t !== t) {
            this.warn(`line ${lineNo}: ${name} sample time ${JSON.stringify(data.time) ?? 'missing'} is not RFC 3339: skipped`, lineNo);
            return;
        }
        const rawTags = data.tags;
        const tags = {};
        if (rawTags !== null && rawTags !== undefined) {
            if (!isObject(rawTags)) {
                this.warn(`line ${lineNo}: ${name} sample tags are not an object: skipped`, lineNo);
                return;
            }
            for (const [k, tv] of Object.entries(rawTags)) {
                if (typeof tv !== 'string' && typeof tv !== 'number' && typeof tv !== 'boolean') {
                    this.warn(`line ${lineNo}: ${name} sample tag ${JSON.stringify(k)} is not a string: skipped`, lineNo);
                    return;
                }
                tags[toLatin1(k)] = toLatin1(String(tv));
            }
        }
        const key = canonicalTags(tags);
        let ts = this.tagSets.get(key);
        if (ts === undefined) {
            ts = new TagSet(key, tags);
            this.tagSets.set(key, ts);
        }
        if (v < 0)
            this.impossible(metric, 'negative', lineNo);
        const leaf = ts.byMetric.get(metric) ?? this.leafFor(ts, metric);
        leaf.add(v, t);
        if (t < this.fs.firstTime)
            this.fs.firstTime = t;
        if (t > this.fs.lastTime)
            this.fs.lastTime = t;
    }
    declare(metric, data, lineNo) {
        let d = this.decls.get(metric);
        if (d === undefined) {
            d = { metric, thresholds: [], submetrics: [], file: this.file, pos: [this.seq, lineNo] };
            this.decls.set(metric, d);
        }
        if (typeof data.type === 'string' && METRIC_TYPES.has(data.type)) {
            const type = data.type;
            if (d.type === undefined)
                d.type = type;
            else if (d.type !== type)
                this.warn(`line ${lineNo}: metric ${metric} re-declared as ${type} (was ${d.type}): kept ${d.type}`, lineNo);
            this.setType(metric, d.type, true);
        }
        else {
            this.warn(`line ${lineNo}: Metric line for ${metric} has no valid type (${JSON.stringify(data.type)})`, lineNo);
        }
        if (typeof data.contains === 'string' && VALUE_KINDS.has(data.contains) && d.contains === undefined)
            d.contains = data.contains;
        if (Array.isArray(data.thresholds)) {
            for (const th of data.thresholds) {
                let entry;
                if (typeof th === 'string')
                    entry = { expression: toLatin1(th) };
                else if (isObject(th) && typeof th.threshold === 'string') {
                    entry = { expression: toLatin1(th.threshold) };
                    if (typeof th.abortOnFail === 'boolean')
                        entry.abortOnFail = th.abortOnFail;
                }
                if (entry === undefined) {
                    this.warn(`line ${lineNo}: threshold of ${metric} not understood: ${JSON.stringify(th)}`, lineNo);
                    continue;
                }
                if (!d.thresholds.some((x) => x.expression === entry.expression))
                    d.thresholds.push(entry);
            }
        }
        if (Array.isArray(data.submetrics)) {
            for (const sm of data.submetrics) {
                if (!isObject(sm) || !isObject(sm.tags))
                    continue;
                const tags = {};
                for (const [k, v] of Object.entries(sm.tags))
                    if (typeof v === 'string')
                        tags[toLatin1(k)] = toLatin1(v);
                const smName = typeof sm.name === 'string' ? toLatin1(sm.name) : metric;
                const decl = { name: smName, tags };
                if (!d.submetrics.some((x) => x.name === decl.name))
                    d.submetrics.push(decl);
            }
        }
    }
}
/**
 * An aggregator for one file as a chunk parser of io/ndjson-read.ts (push a numbered segment, pass
 * on the metric types it learned, take its state): the one adapter both the reading thread
 * (run/k6-read.ts) and the NDJSON worker (entries/ndjson-worker.ts) use. `sortValues`: sort each
 * value block as soon as it is full and the last when the state is taken (threads that parse part
 * of a run do, while the file is still being read).
 */
function k6ChunkParser(file, cfg, budget, snapshot = {}) {
    const a = new NdjsonAggregator({
        file,
        by: cfg.by,
        filters: cfg.filters,
        budget,
        sortFullBlocks: snapshot.sortValues,
    });
    return {
        push: (buf, seq) => a.pushSegment(buf, seq),
        takeLearned: () => a.takeNewTypes(),
        learn: (items) => a.learnTypes(items),
        snapshot: () => a.snapshot(snapshot),
    };
}

// EXTERNAL MODULE: ./.build/stats/percentile.js
var percentile = __webpack_require__(2099);
;// CONCATENATED MODULE: ./.build/parsers/k6-ndjson/finalize.js
// Merging aggregator states (byte ranges or chunks of one file read by several threads, and the
// shards of one distributed k6 run) and turning the merged state into a K6Dataset: one entry for the
// whole metric, one per value of each breakdown tag, one per declared submetric and per filter.






/** k6 built-in metrics (metrics/builtin.go): used when a file has no Metric line for them. */
const BUILTIN = {
    vus: ['gauge', 'default'],
    vus_max: ['gauge', 'default'],
    iterations: ['counter', 'default'],
    iteration_duration: ['trend', 'time'],
    dropped_iterations: ['counter', 'default'],
    checks: ['rate', 'default'],
    group_duration: ['trend', 'time'],
    http_reqs: ['counter', 'default'],
    http_req_failed: ['rate', 'default'],
    http_req_duration: ['trend', 'time'],
    http_req_blocked: ['trend', 'time'],
    http_req_connecting: ['trend', 'time'],
    http_req_tls_handshaking: ['trend', 'time'],
    http_req_sending: ['trend', 'time'],
    http_req_waiting: ['trend', 'time'],
    http_req_receiving: ['trend', 'time'],
    data_sent: ['counter', 'data'],
    data_received: ['counter', 'data'],
    ws_sessions: ['counter', 'default'],
    ws_msgs_sent: ['counter', 'default'],
    ws_msgs_received: ['counter', 'default'],
    ws_ping: ['trend', 'time'],
    ws_session_duration: ['trend', 'time'],
    ws_connecting: ['trend', 'time'],
    grpc_req_duration: ['trend', 'time'],
};
const utf8 = (latin1) => Buffer.from(latin1, 'latin1').toString('utf8');
function leafKey(l) {
    return `${l.metric}\u0000${l.tags}`;
}
function copyLeaf(l) {
    return { ...l, values: l.values === null ? null : [...l.values] };
}
/** Fold a leaf's exact values and/or sketch into one sketch state. */
function sketchOf(...ls) {
    const sk = new sketch_QuantileSketch();
    for (const l of ls) {
        if (l.sketch !== undefined)
            sk.merge(l.sketch);
        for (const b of l.values ?? [])
            sk.addAll(b);
    }
    return sk.state();
}
function copyFile(f) {
    const c = { ...f, segments: [...f.segments], warnings: [...f.warnings] };
    if (f.impossible)
        c.impossible = f.impossible.map((x) => ({ ...x, first: [...x.first] }));
    return c;
}
function copyDecl(d) {
    return { ...d, thresholds: [...d.thresholds], submetrics: [...d.submetrics] };
}
/**
 * Merge states in order: parts of one file (same `file`, segments numbered in file order) and
 * shards of one run (different files: trend values concatenate, counters add). The value blocks
 * are shared, not copied.
 */
function mergePartials(parts, _opts) {
    const files = new Map();
    const leaves = new Map();
    const decls = new Map();
    const capped = new Map();
    for (const part of parts) {
        for (const f of part.files) {
            const a = files.get(f.file);
            if (a === undefined) {
                files.set(f.file, copyFile(f));
                continue;
            }
            a.lines += f.lines;
            a.k6Lines += f.k6Lines;
            a.otherLines += f.otherLines;
            a.segments.push(...f.segments);
            a.warnings.push(...f.warnings);
            for (const x of f.impossible ?? []) {
                const list = (a.impossible ??= []);
                const e = list.find((y) => y.metric === x.metric && y.kind === x.kind);
                if (!e)
                    list.push({ ...x, first: [...x.first] });
                else {
                    e.count += x.count;
                    if (x.first[0] < e.first[0] || (x.first[0] === e.first[0] && x.first[1] < e.first[1]))
                        e.first = [...x.first];
                }
            }
            a.unlisted += f.unlisted;
            if (f.firstOther !== undefined) {
                const fo = f.firstOther;
                const ao = a.firstOther;
                if (ao === undefined || fo[0] < ao[0] || (fo[0] === ao[0] && fo[1] < ao[1]))
                    a.firstOther = fo;
            }
            a.firstTime = Math.min(a.firstTime, f.firstTime);
            a.lastTime = Math.max(a.lastTime, f.lastTime);
        }
        for (const l of part.leaves) {
            const k = leafKey(l);
            const a = leaves.get(k);
            if (a === undefined) {
                leaves.set(k, copyLeaf(l));
                continue;
            }
            a.count += l.count;
            const s = a.sum + l.sum;
            a.comp += Math.abs(a.sum) >= Math.abs(l.sum) ? a.sum - s + l.sum : l.sum - s + a.sum;
            a.comp += l.comp;
            a.sum = s;
            a.min = Math.min(a.min, l.min);
            a.max = Math.max(a.max, l.max);
            a.nonzero += l.nonzero;
            if (l.lastTime >= a.lastTime) {
                a.lastTime = l.lastTime;
                a.lastValue = l.lastValue;
            }
            // values dropped (not a trend) in either part: dropped; sketched in either: sketched
            const dropped = (x) => x.values === null && x.sketch === undefined;
            if (dropped(a) || dropped(l)) {
                a.values = null;
                delete a.sketch;
            }
            else if (a.sketch !== undefined || l.sketch !== undefined) {
                a.sketch = sketchOf(a, l);
                a.values = null;
                delete a.runs;
            }
            else {
                // one side sorted (a worker's runs), the other not (the reading thread's blocks): sort
                // that side now, so the sorted one is never sorted again
                const sa = a.runs === true;
                const sl = l.runs === true;
                if (sa !== sl)
                    for (const b of sa ? l.values : a.values)
                        b.sort();
                a.values = [...a.values, ...l.values];
                if (sa || sl)
                    a.runs = true;
            }
            if (l.folded)
                a.folded = true;
        }
        for (const d of part.decls) {
            const a = decls.get(d.metric);
            if (a === undefined) {
                decls.set(d.metric, copyDecl(d));
                continue;
            }
            if (a.file === d.file && (d.pos[0] < a.pos[0] || (d.pos[0] === a.pos[0] && d.pos[1] < a.pos[1])))
                a.pos = d.pos;
            a.type ??= d.type;
            a.contains ??= d.contains;
            for (const t of d.thresholds)
                if (!a.thresholds.some((x) => x.expression === t.expression))
                    a.thresholds.push(t);
            for (const s of d.submetrics)
                if (!a.submetrics.some((x) => x.name === s.name))
                    a.submetrics.push(s);
        }
        for (const [m, c] of part.capped)
            capped.set(m, Math.max(capped.get(m) ?? 0, c));
    }
    return {
        version: 1,
        files: [...files.values()],
        leaves: [...leaves.values()],
        decls: [...decls.values()],
        capped: [...capped],
    };
}
/** Every ArrayBuffer of a state, for a worker's postMessage transfer list. */
function transferList(part) {
    const seen = new Set();
    for (const l of part.leaves) {
        for (const b of l.values ?? [])
            seen.add(b.buffer);
        if (l.sketch !== undefined)
            for (const b of QuantileSketch.transferList(l.sketch))
                seen.add(b);
    }
    return [...seen];
}
// ---------------------------------------------------------------------------------------------
/**
 * A leaf's values as one sorted run (kept as its `values`): its blocks radix-sorted in
 * WebAssembly, unless a worker sorted them already, then merged. Entries merge the runs of their
 * leaves.
 */
function leafRuns(l, scratch) {
    let blocks = (l.values ?? []).filter((b) => b.length > 0);
    if (l.runs !== true) {
        // unsorted blocks (this thread's): radix-sorted in WebAssembly into runs of up to 1 Mi values
        // (several times faster than sorting each block and merging them), else sorted here
        const w = blocks.length > 0 ? wasmScanner() : null;
        if (w !== null)
            blocks = w.sortRuns(blocks);
        else
            for (const b of blocks)
                b.sort();
    }
    l.runs = true;
    if (blocks.length <= 1) {
        l.values = blocks;
        return blocks;
    }
    // one run per leaf: an entry then merges a run per leaf, not a run per block (a value is in
    // several entries: the whole metric, its name, its scenario...)
    const one = mergeRuns(blocks, scratch);
    l.values = [one];
    return [one];
}
function tagsKey(tags) {
    return JSON.stringify(Object.keys(tags)
        .sort()
        .map((k) => [k, tags[k]]));
}
function matches(leaf, want) {
    for (const k in want)
        if (leaf[k] !== want[k])
            return false;
    return true;
}
/**
 * The entry's sorted values, built on first use from the sorted leaves and held weakly: a caller
 * that keeps the array keeps it; otherwise memory stays at one copy of every value (the leaves).
 */
function lazySorted(series, leaves) {
    if (leaves.length === 1) {
        series.sorted = leaves[0];
        return;
    }
    // (not seeded with the array finalize built: a WeakRef target is kept alive until the current
    // job ends, which would hold every entry's array at once)
    let ref;
    Object.defineProperty(series, 'sorted', {
        enumerable: true,
        configurable: true,
        get() {
            let a = ref?.deref();
            if (a === undefined) {
                a = mergeRuns(leaves, new Scratch());
                ref = new WeakRef(a);
            }
            return a;
        },
    });
}
/** Per file: nothing k6 at all is bad input; warnings with line numbers made absolute; the time span. */
function perFile(files, warnings) {
    let lines = 0;
    let first = Infinity;
    let last = -Infinity;
    for (const f of files) {
        lines += f.lines;
        if (f.k6Lines === 0 && f.otherLines > 0) {
            const line = f.firstOther !== undefined ? absLine(f, f.firstOther[0], f.firstOther[1]) : undefined;
            throw new model/* InputError */.dz(f.file, `not k6 NDJSON: no k6 line (a JSON object per line with "type":"Point" or "type":"Metric", as k6 --out json writes) in ${f.lines} lines; the first line that is not one: ${f.firstOther?.[2] ?? '?'}`, line);
        }
        const ws = [...f.warnings].sort((a, b) => a.seq - b.seq || (a.line ?? 0) - (b.line ?? 0));
        for (const w of ws) {
            const out = { file: f.file, message: w.message };
            if (w.line !== undefined) {
                const abs = absLine(f, w.seq, w.line);
                out.line = abs;
                out.message = w.message.replace(`line ${w.line}`, `line ${abs}`);
            }
            warnings.push(out);
        }
        if (f.unlisted > 0)
            warnings.push({ file: f.file, message: `${f.unlisted} more lines skipped or reported (not listed)` });
        // one count for every skipped line (the list above stops after the first few)
        if (f.firstOther !== undefined)
            warnings.push({
                file: f.file,
                message: `${f.otherLines} of ${f.lines} lines are not k6 lines (log output written to the same stream, such as k6's stdout?) and were skipped`,
            });
        first = Math.min(first, f.firstTime);
        last = Math.max(last, f.lastTime);
    }
    return { lines, first, last };
}
/** Impossible samples per metric: the first one over the files (files in order). */
function impossibleSamples(files) {
    const impossibleAt = new Map();
    for (const f of files) {
        for (const x of f.impossible ?? []) {
            let at = impossibleAt.get(x.metric);
            if (!at)
                impossibleAt.set(x.metric, (at = { negative: undefined, nonFinite: undefined }));
            const slot = x.kind === 'negative' ? 'negative' : 'nonFinite';
            const cur = at[slot];
            if (cur)
                cur.count += x.count;
            else
                at[slot] = { count: x.count, file: f.file, line: absLine(f, x.first[0], x.first[1]) };
        }
    }
    return impossibleAt;
}
/** Leaves grouped per metric, in a fixed order (results do not depend on how input was split). */
function leavesByMetric(part) {
    const byMetric = new Map();
    const tagCache = new Map();
    const sortedLeaves = [...part.leaves].sort((a, b) => a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : a.tags < b.tags ? -1 : a.tags > b.tags ? 1 : 0);
    for (const l of sortedLeaves) {
        if (l.count === 0)
            continue;
        let tags = tagCache.get(l.tags);
        if (tags === undefined) {
            const parsed = JSON.parse(l.tags);
            tags = {};
            for (const [k, v] of Object.entries(parsed ?? {}))
                tags[utf8(k)] = utf8(v);
            tagCache.set(l.tags, tags);
        }
        let list = byMetric.get(l.metric);
        if (list === undefined)
            byMetric.set(l.metric, (list = []));
        list.push({ state: l, tags });
    }
    return byMetric;
}
/** A metric's entries: the whole metric, breakdown tags, declared submetrics, filters. */
function entriesOf(leaves, by, decl, filters) {
    const entries = [];
    const seen = new Set();
    const addEntry = (tags, ls) => {
        const k = tagsKey(tags);
        if (seen.has(k) || ls.length === 0)
            return;
        seen.add(k);
        entries.push({ tags, leaves: ls });
    };
    addEntry({}, leaves);
    for (const tag of by) {
        const groups = new Map();
        for (const l of leaves) {
            const v = l.tags[tag];
            if (v === undefined)
                continue;
            let g = groups.get(v);
            if (g === undefined)
                groups.set(v, (g = []));
            g.push(l);
        }
        for (const v of [...groups.keys()].sort())
            addEntry({ [tag]: v }, groups.get(v));
    }
    const wanted = [];
    for (const sm of decl?.submetrics ?? []) {
        const t = {};
        for (const [k, v] of Object.entries(sm.tags))
            t[utf8(k)] = utf8(v);
        wanted.push(t);
    }
    wanted.push(...filters);
    for (const t of wanted)
        addEntry(t, leaves.filter((l) => matches(l.tags, t)));
    return entries;
}
/** Thresholds, as declared (NDJSON carries no verdict). */
function declaredThresholds(part, byMetric, warnings) {
    const files = part.files;
    const thresholds = [];
    const fileOrder = new Map(files.map((f, i) => [f.file, i]));
    const declOrder = [...part.decls].sort((a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) ||
        a.pos[0] - b.pos[0] ||
        a.pos[1] - b.pos[1]);
    for (const d of declOrder) {
        for (const t of d.thresholds) {
            const th = {
                file: d.file,
                metric: utf8(d.metric),
                expression: utf8(t.expression),
                ok: null,
                source: 'ndjson',
            };
            if (t.abortOnFail !== undefined)
                th.abortOnFail = t.abortOnFail;
            thresholds.push(th);
        }
        if (d.thresholds.length > 0 && !byMetric.has(d.metric)) {
            warnings.push({
                file: d.file,
                message: `thresholds on ${utf8(d.metric)} declared, but the metric has no samples`,
            });
        }
    }
    return thresholds;
}
/** A negative duration cannot be a measurement: left out (a sorted run's negatives are its head). */
function dropNegatives(leaves) {
    for (const l of leaves) {
        if (!l.runs)
            continue;
        let k = 0;
        l.runs = l.runs
            .map((r) => {
            let i = 0;
            while (i < r.length && r[i] < 0)
                i++;
            k += i;
            return i > 0 ? r.subarray(i) : r;
        })
            .filter((r) => r.length > 0);
        if (k > 0)
            l.negatives = k;
    }
}
/** The dataset: exact statistics the k6 way, entries per metric / tag / submetric / filter. */
function finalizeNdjson(part, opts = {}) {
    const by = opts.by ?? DEFAULT_BY;
    const filters = opts.filters ?? [];
    const files = part.files;
    const file = opts.file ??
        (files.length === 0
            ? ''
            : files.length === 1
                ? files[0].file
                : `${files[0].file} + ${files.length - 1} more`);
    const warnings = [];
    // -- per file: nothing k6 at all is bad input; line numbers made absolute
    const { lines, first, last } = perFile(files, warnings);
    const decls = new Map();
    for (const d of part.decls)
        decls.set(d.metric, d);
    // -- impossible samples per metric: the first one over the files (files in order)
    const impossibleAt = impossibleSamples(files);
    // -- leaves grouped per metric, in a fixed order (results do not depend on how input was split)
    const byMetric = leavesByMetric(part);
    const span = last > first ? (last - first) / 1000 : 0;
    const scratch = new Scratch();
    const series = [];
    const metrics = [...byMetric.keys()].sort((a, b) => {
        const x = utf8(a);
        const y = utf8(b);
        return x < y ? -1 : x > y ? 1 : 0;
    });
    for (const m of metrics) {
        const leaves = byMetric.get(m);
        const name = utf8(m);
        const decl = decls.get(m);
        let type = decl?.type ?? BUILTIN[name]?.[0];
        const contains = decl?.contains ?? (decl?.type === undefined ? BUILTIN[name]?.[1] : undefined);
        if (type === undefined) {
            type = 'trend';
            warnings.push({ file, message: `metric ${name}: no Metric line declares its type; read as a trend` });
        }
        if (type === 'trend') {
            const missing = leaves.filter((l) => l.state.values === null && l.state.sketch === undefined);
            if (missing.length > 0) {
                warnings.push({
                    file,
                    message: `metric ${name} is a trend in one part of the run and not in another: ${missing.reduce((s, l) => s + l.state.count, 0)} samples without values left out`,
                });
            }
            for (const l of leaves)
                if (l.state.values !== null)
                    l.runs = leafRuns(l.state, scratch);
            // a negative duration cannot be a measurement: left out (a sorted run's negatives are its head)
            if (contains === 'time' && impossibleAt.get(m)?.negative)
                dropNegatives(leaves);
        }
        else {
            for (const l of leaves) {
                l.state.values = null; // kept only while the type was unknown
                delete l.state.sketch;
            }
        }
        if (part.capped.some(([c]) => c === m)) {
            const cap = part.capped.find(([c]) => c === m)[1];
            warnings.push({
                file,
                message: `metric ${name} has more than ${cap} distinct tag sets (high-cardinality tags such as url): past that, samples are kept by ${by.join(', ')}, filter and submetric tags only; the whole metric and those entries stay exact`,
            });
        }
        // entries: whole metric, breakdown tags, declared submetrics, filters
        const entries = entriesOf(leaves, by, decl, filters);
        const at = impossibleAt.get(m);
        const neg = type === 'trend' && contains === 'time' ? at?.negative : undefined;
        const nonFinite = at?.nonFinite;
        if (neg)
            warnings.push({
                file: neg.file,
                line: neg.line,
                message: `metric ${name}: ${neg.count} negative duration${neg.count === 1 ? '' : 's'} (impossible samples), the first on line ${neg.line}: left out`,
            });
        if (nonFinite)
            warnings.push({
                file: nonFinite.file,
                line: nonFinite.line,
                message: `metric ${name}: ${nonFinite.count} non-finite or non-numeric value${nonFinite.count === 1 ? '' : 's'} (impossible samples), the first on line ${nonFinite.line}: left out`,
            });
        // the whole metric's series: an entry of the same leaves (a run's only scenario, say) takes
        // its figures instead of merging every value again
        let whole = null;
        for (const e of entries) {
            const negs = e.leaves.reduce((a, l) => a + (l.negatives ?? 0), 0);
            const same = whole !== null && e.leaves.length === leaves.length ? whole : undefined;
            let s = entry(file, name, type, contains, e.tags, e.leaves, span, scratch, same);
            if (e === entries[0] && e.leaves.length === leaves.length)
                whole = s;
            if (s === null) {
                if (negs === 0)
                    continue;
                // every sample was impossible: the key stays, empty, so that it is reported as such
                const summary = { file, metric: name, type, tags: e.tags, count: 0 };
                if (contains !== undefined)
                    summary.contains = contains;
                s = { summary, sorted: new Float64Array(0) };
            }
            // negatives counted exactly per entry; non-finite values have no tags read: every key of the metric
            const negatives = e.leaves.reduce((a, l) => a + (l.negatives ?? 0), 0);
            const count = negatives + (nonFinite?.count ?? 0);
            if (count > 0) {
                const first = negatives > 0 && neg ? neg : nonFinite;
                s.impossible = {
                    count,
                    total: (s.summary.count ?? 0) + count,
                    what: [negatives > 0 ? 'negative durations' : '', nonFinite ? 'non-finite values' : '']
                        .filter(Boolean)
                        .join(' and '),
                    file: first.file,
                    line: first.line,
                };
            }
            series.push(s);
        }
    }
    // -- thresholds, as declared (NDJSON carries no verdict)
    const thresholds = declaredThresholds(part, byMetric, warnings);
    if (series.length === 0)
        warnings.push({ file, message: 'no samples: the file has no k6 Point lines (no data)' });
    const ds = { format: 'k6-ndjson', file, series, thresholds, lines, warnings };
    if (first <= last) {
        ds.startTime = new Date(first).toISOString();
        ds.endTime = new Date(last).toISOString();
    }
    return ds;
}
function absLine(f, seq, line) {
    let base = 0;
    for (const [s, n] of f.segments)
        if (s < seq)
            base += n;
    return base + line;
}
function entry(file, metric, type, contains, tags, leaves, span, scratch, same) {
    const summary = contains !== undefined ? { file, metric, type, contains, tags } : { file, metric, type, tags };
    const series = { summary };
    if (type === 'trend' && same !== undefined && same.sketch === undefined) {
        // the same leaves as `same`: the same values, so the same figures, and its sorted values (the
        // same array, or the same lazy getter: merged once whichever entry asks first)
        const { count, avg, min, med, max, p90, p95, p99 } = same.summary;
        Object.assign(summary, { count, avg, min, med, max, p90, p95, p99 });
        const sorted = Object.getOwnPropertyDescriptor(same, 'sorted');
        if (sorted)
            Object.defineProperty(series, 'sorted', sorted);
    }
    else if (type === 'trend' && leaves.some((l) => l.state.sketch !== undefined)) {
        // past the run's budget of kept values: percentiles from the sketch, count/sum/min/max exact
        const sk = new sketch_QuantileSketch();
        let n = 0;
        let sum = 0;
        let comp = 0;
        let min = Infinity;
        let max = -Infinity;
        for (const l of leaves) {
            if (l.state.sketch === undefined && l.runs === undefined)
                continue;
            if (l.state.sketch !== undefined)
                sk.merge(l.state.sketch);
            for (const r of l.runs ?? [])
                sk.addAll(r);
            n += l.state.count;
            const s = sum + l.state.sum;
            comp += Math.abs(sum) >= Math.abs(l.state.sum) ? sum - s + l.state.sum : l.state.sum - s + sum;
            comp += l.state.comp;
            sum = s;
            min = Math.min(min, l.state.min);
            max = Math.max(max, l.state.max);
        }
        if (n === 0)
            return null;
        summary.count = n;
        summary.avg = (sum + comp) / n;
        summary.min = min;
        summary.med = sk.percentile(0.5);
        summary.max = max;
        summary.p90 = sk.percentile(0.9);
        summary.p95 = sk.percentile(0.95);
        summary.p99 = sk.percentile(0.99);
        summary.exact = false;
        summary.relative_error = sk.alpha;
        series.sketch = sk;
    }
    else if (type === 'trend') {
        const arrays = [];
        for (const l of leaves)
            if (l.runs !== undefined)
                arrays.push(...l.runs);
        // merged in WebAssembly (compiled code from the first value: an entry's merge runs once, mostly
        // before the JIT has optimized a loop here), else here
        const merged = wasmScanner()?.merge(arrays);
        let a;
        let sum = 0;
        if (merged !== undefined && merged !== null) {
            a = merged.sorted;
            sum = merged.sum;
        }
        else {
            a = mergeInScratch(arrays, scratch);
            for (let i = 0; i < a.length; i++)
                sum += a[i];
        }
        const n = a.length;
        if (n === 0)
            return null;
        summary.count = n;
        summary.avg = sum / n;
        summary.min = a[0];
        summary.med = (0,percentile/* percentileSorted */.v)(a, 0.5);
        summary.max = a[n - 1];
        summary.p90 = (0,percentile/* percentileSorted */.v)(a, 0.9);
        summary.p95 = (0,percentile/* percentileSorted */.v)(a, 0.95);
        summary.p99 = (0,percentile/* percentileSorted */.v)(a, 0.99);
        lazySorted(series, arrays);
    }
    else if (type === 'rate') {
        let count = 0;
        let passes = 0;
        for (const l of leaves) {
            count += l.state.count;
            passes += l.state.nonzero;
        }
        summary.count = count;
        summary.passes = passes;
        summary.fails = count - passes;
        summary.rate = passes / count;
    }
    else if (type === 'counter') {
        let sum = 0;
        let comp = 0;
        for (const l of leaves) {
            const x = l.state.sum;
            const s = sum + x;
            comp += Math.abs(sum) >= Math.abs(x) ? sum - s + x : x - s + sum;
            comp += l.state.comp;
            sum = s;
        }
        summary.count = sum + comp;
        if (span > 0)
            summary.rate = (sum + comp) / span;
        series.spanSeconds = span;
    }
    else {
        let lastTime = -Infinity;
        let value = Number.NaN;
        let min = Infinity;
        let max = -Infinity;
        for (const l of leaves) {
            if (l.state.lastTime > lastTime) {
                lastTime = l.state.lastTime;
                value = l.state.lastValue;
            }
            min = Math.min(min, l.state.min);
            max = Math.max(max, l.state.max);
        }
        summary.value = value;
        summary.min = min;
        summary.max = max;
    }
    return series;
}

;// CONCATENATED MODULE: ./.build/run/k6-read.js




// Kept in a variable so the bundler leaves it alone: inside an ncc bundle this is the bundle itself.
const selfUrl = import.meta.url;
/**
 * Read the NDJSON shards of ONE k6 run (trend values concatenate, counters add) into one dataset.
 * Each file is hashed (sha256 of the bytes on disk) while it is read.
 */
async function readK6NdjsonRun(paths, opts = {}) {
    if (paths.length === 0)
        throw new model/* InputError */.dz('(k6 NDJSON)', 'no file given');
    const script = workerBundle(selfUrl);
    const envBudget = process.env.PERF_GATES_VALUE_BUDGET;
    const budget = opts.budget ??
        (envBudget !== undefined && /^\d+$/.test(envBudget) ? Number(envBudget) : DEFAULT_VALUE_BUDGET);
    const cfg = { files: paths, by: opts.by, filters: opts.filters, budget };
    let local; // shared by this thread's aggregators: its share of the budget
    const file = paths.length === 1 ? paths[0] : `${paths[0]} + ${paths.length - 1} more`;
    const { files, warnings, combined } = await readNdjsonFiles(paths, {
        // with workers, this thread's values are sorted when its state is taken, while they finish
        parser: (file, threads) => k6ChunkParser(file, cfg, (local ??= new ValueBudget(Math.max(1, Math.floor(budget / threads)))), {
            sortValues: threads > 1,
        }),
        maxLineBytes: MAX_LINE_BYTES,
        tooLongLine: `not k6 NDJSON: a line longer than ${MAX_LINE_BYTES >> 20} MiB (k6 --out json writes one short JSON object per line)`,
        worker: script === undefined ? undefined : { script, data: { perfGatesNdjson: cfg } },
        workers: opts.workers,
        // the dataset is finalized while a big file's hash thread finishes
        combine: (parts) => finalizeNdjson(mergePartials(parts.flat()), { file, by: opts.by, filters: opts.filters }),
    });
    const dataset = combined;
    dataset.warnings.unshift(...warnings);
    return { dataset, files };
}


/***/ }),

/***/ 75330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Sj: () => (/* binding */ loadRun),
/* harmony export */   loadRuns: () => (/* binding */ loadRuns),
/* harmony export */   readExpected: () => (/* binding */ readExpected),
/* harmony export */   u0: () => (/* binding */ readDocument)
/* harmony export */ });
/* unused harmony export formatOf */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76995);
/* harmony import */ var _parsers_detect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68755);
/* harmony import */ var _io_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22316);
/* harmony import */ var _io_glob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47045);
/* harmony import */ var _k6_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24476);
// Turn input lines into runs: each line's files are read (NDJSON shards streamed, summaries and
// benchmark JSON parsed) and merged into one Run.






const DETECT_HEAD = 64 * 1024;
const K6_SUMMARIES = new Set(['k6-summary-export', 'k6-handle-summary', 'k6-machine-summary']);
/** The format of one file: forced, or detected from its content. */
/**
 * The document parsers (zod, yaml, XML, CSV) load on first use: reading k6 NDJSON alone never
 * pays for them, which keeps `summarize` of a results file and a gate's start-up fast.
 */
async function parseDocument(text, file, format) {
    const parsers = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(780), __webpack_require__.e(728), __webpack_require__.e(876)]).then(__webpack_require__.bind(__webpack_require__, 83876));
    return parsers.parseDocument(text, file, format);
}
function formatOf(file, forced, opts = {}) {
    if (forced && forced !== 'auto')
        return forced;
    const head = (0,_io_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readHead */ .zy)(file);
    // An empty file is what k6 leaves when it dies before its first flush: read it as (empty)
    // k6 output, so it is reported as no data, never as bad input or a pass.
    // Whitespace only is the same.
    if (isBlank(head))
        return 'k6-ndjson';
    return (0,_parsers_detect_js__WEBPACK_IMPORTED_MODULE_2__/* .detectFormat */ .T)(head, file, opts);
}
/** Read any single non-NDJSON document. */
async function readDocument(file, format) {
    const f = formatOf(file, format);
    if (f === 'k6-ndjson') {
        const { dataset, files } = await (0,_k6_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readK6NdjsonRun */ .X)([file], {});
        return { dataset, ref: files[0] };
    }
    const { text, ref } = await (0,_io_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readText */ .yR)(file);
    return { dataset: await parseDocument(text, file, f), ref };
}
/** Read a document expected to be of one format; a different format is bad input. */
async function readExpected(file, expected, forced) {
    // 0 bytes and whitespace only are the same thing: an empty document, judged by the gate
    // (the criterion fails naming the file), never a format-detection error.
    const head = (0,_io_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readHead */ .zy)(file);
    const empty = isBlank(head);
    const f = forced && forced !== 'auto' && expected.includes(forced)
        ? forced
        : empty
            ? expected[0]
            : formatOf(file, 'auto', { markdown: expected.includes('markdown') });
    if (!expected.includes(f)) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, `expected ${expected.join(' or ')}, but the content looks like ${f}`);
    }
    const { text, ref } = await (0,_io_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readText */ .yR)(file);
    return { dataset: (await parseDocument(text, file, f)), ref, text };
}
/** The whole file (a head shorter than the detection head) is only whitespace and a UTF-8 BOM. */
function isBlank(head) {
    if (head.length >= DETECT_HEAD)
        return false;
    const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    for (let i = start; i < head.length; i++) {
        const c = head[i];
        if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)
            return false;
    }
    return true;
}
const RUN_FORMATS = (f) => f === 'k6-ndjson' || K6_SUMMARIES.has(f) || f === 'pytest-benchmark';
const RUN_OUTPUTS = 'k6 output (NDJSON or summary) or pytest-benchmark JSON';
/**
 * The skip rule of the gates and `summarize` alike: a file that a glob or a folder matched is
 * skipped with a warning when its content is not a format `wanted` here (run-meta.json, a README, a
 * gate's own evidence); a file named on its own is read or is bad input naming it.
 */
function classify(file, fromGlob, forced, wanted, what) {
    let f;
    try {
        f = formatOf(file, forced);
    }
    catch (e) {
        if (fromGlob && e instanceof _model_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
            return { skip: { file, message: `skipped: not ${what} (matched by a glob or folder)` } };
        throw e;
    }
    if (wanted(f))
        return { format: f };
    if (fromGlob)
        return { skip: { file, message: `skipped: ${f} is not ${what} (matched by a glob or folder)` } };
    throw new _model_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, `expected ${what}, but the content looks like ${f}`);
}
/** Load one run from its files. */
async function loadRun(rf, label, opts = {}) {
    const warnings = [];
    const ndjson = [];
    const summaries = [];
    const benches = [];
    const refs = [];
    for (const file of rf.files) {
        const c = classify(file, rf.fromGlob, opts.format, RUN_FORMATS, RUN_OUTPUTS);
        if ('skip' in c) {
            warnings.push(c.skip);
            continue;
        }
        const f = c.format;
        if (f === 'k6-ndjson')
            ndjson.push(file);
        else if (K6_SUMMARIES.has(f) || f === 'pytest-benchmark') {
            const { text, ref } = await (0,_io_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readText */ .yR)(file);
            const ds = await parseDocument(text, file, f);
            refs.push(ref);
            if (ds.format === 'pytest-benchmark')
                benches.push({ ds, ref });
            else
                summaries.push({ ds: ds, ref });
        }
    }
    const run = { label, files: refs };
    if (ndjson.length) {
        const { dataset, files } = await (0,_k6_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readK6NdjsonRun */ .X)(ndjson, { by: opts.by, filters: opts.filters });
        run.files.unshift(...files);
        run.k6 = dataset;
    }
    if (summaries.length) {
        const withVerdicts = summaries.filter((s) => s.ds.thresholds.length > 0);
        if (!run.k6) {
            // No NDJSON: the summary's figures stand (no raw samples: intervals need the NDJSON).
            const primary = withVerdicts[0] ?? summaries[0];
            run.k6 = { ...primary.ds, warnings: [...primary.ds.warnings] };
        }
        else if (withVerdicts.length) {
            run.k6.thresholds = withVerdicts.flatMap((s) => s.ds.thresholds);
        }
        // A run's summary-export and handleSummary files carry the same thresholds: keep each once.
        const seen = new Set();
        run.k6.thresholds = run.k6.thresholds.filter((t) => {
            const k = `${t.metric}\0${t.expression}`;
            if (seen.has(k))
                return false;
            seen.add(k);
            return true;
        });
        for (const s of summaries) {
            if (s.ds.durationSeconds !== undefined && run.k6.durationSeconds === undefined)
                run.k6.durationSeconds = s.ds.durationSeconds;
            if (s.ds.thresholdsAbsent && !withVerdicts.length)
                run.k6.thresholdsAbsent = true;
            warnings.push(...s.ds.warnings);
        }
    }
    if (benches.length) {
        const first = benches[0].ds;
        run.benchmarks = {
            ...first,
            file: benches.map((b) => b.ds.file).join(', '),
            benchmarks: benches.flatMap((b) => b.ds.benchmarks),
            warnings: benches.flatMap((b) => b.ds.warnings),
        };
    }
    if (run.k6)
        warnings.push(...run.k6.warnings.filter((w) => !warnings.includes(w)));
    if (!run.k6 && !run.benchmarks) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(rf.line, 'no k6 output or pytest-benchmark JSON among the files of this run');
    }
    return { run, warnings };
}
/** Every run an input lists (one run per line). */
async function loadRuns(lines, prefix, opts = {}) {
    const runs = [];
    const warnings = [];
    const all = await (0,_io_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .expandRuns */ .PY)(lines, opts.cwd);
    for (let i = 0; i < all.length; i++) {
        const label = all.length === 1 ? prefix : `${prefix} #${i + 1}`;
        const r = await loadRun(all[i], label, opts);
        runs.push(r.run);
        warnings.push(...r.warnings);
    }
    return { runs, warnings };
}
function displayPath(file, cwd = process.cwd()) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, file);
    return rel && !rel.startsWith('..') ? rel : file;
}


/***/ }),

/***/ 2099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ percentileOf),
/* harmony export */   v: () => (/* binding */ percentileSorted)
/* harmony export */ });
// Percentiles exactly as k6 computes them (metrics/sink.go TrendSink.P): sort ascending,
// i = p*(n-1), linear interpolation between the neighbours. n = 0 gives NaN here (k6 prints 0;
// we report "no data" instead of a number that looks like a measurement).
function percentileSorted(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    if (n === 1)
        return sorted[0];
    const i = p * (n - 1);
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    const a = sorted[lo];
    return a + (sorted[hi] - a) * (i - lo);
}
/** `p50`→0.5, `p95`→0.95, `p(99.9)`→0.999, `med`→0.5; undefined when not a percentile. */
function percentileOf(stat) {
    if (stat === 'med' || stat === 'p50')
        return 0.5;
    const m = /^p\(?(\d+(?:\.\d+)?)\)?$/.exec(stat);
    if (!m)
        return undefined;
    const v = Number(m[1]);
    return v >= 0 && v <= 100 ? v / 100 : undefined;
}


/***/ })

};
