export const id = 800;
export const ids = [800];
export const modules = {

/***/ 22316:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ inFlight),
/* harmony export */   He: () => (/* binding */ readJsonIfPresent),
/* harmony export */   J8: () => (/* binding */ exitOnBrokenPipe),
/* harmony export */   Sx: () => (/* binding */ readUtf8),
/* harmony export */   TL: () => (/* binding */ readUtf8Sync),
/* harmony export */   TQ: () => (/* binding */ describeFsError),
/* harmony export */   Zc: () => (/* binding */ readTree),
/* harmony export */   a0: () => (/* binding */ installSignalCleanup),
/* harmony export */   aY: () => (/* binding */ jsonFileProblem),
/* harmony export */   fA: () => (/* binding */ assertRegularFile),
/* harmony export */   io: () => (/* binding */ readBytes),
/* harmony export */   lQ: () => (/* binding */ isFolder),
/* harmony export */   lY: () => (/* binding */ findFiles),
/* harmony export */   mk: () => (/* binding */ makeTempDir),
/* harmony export */   s0: () => (/* binding */ pathExists),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   vZ: () => (/* binding */ writeAtomic),
/* harmony export */   yR: () => (/* binding */ readText),
/* harmony export */   zy: () => (/* binding */ readHead)
/* harmony export */ });
/* unused harmony exports firstInvalidUtf8, decodeStrict, removeInFlight */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76995);
// File access for every entry point: reads with checksums, atomic writes (globs: io/glob.ts).





function sha256(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/**
 * Only regular files are read: a FIFO would block forever, a directory or device is no input.
 * Throws an InputError naming the path (missing file, directory, anything else).
 */
function assertRegularFile(file) {
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file);
    }
    catch (e) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(file, describeFsError(e));
    }
    if (st.isFile())
        return;
    if (st.isDirectory())
        throw new _model_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(file, 'is a directory, expected a file');
    const kind = st.isFIFO()
        ? 'a named pipe (FIFO)'
        : st.isSocket()
            ? 'a socket'
            : st.isCharacterDevice() || st.isBlockDevice()
                ? 'a device'
                : 'not a regular file';
    throw new _model_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(file, `is ${kind}, not a regular file: perf-gates reads only regular files`);
}
/** Read a whole (small) file: text, checksum, size. Missing file -> InputError naming it. */
async function readText(file) {
    assertRegularFile(file);
    let buf;
    try {
        buf = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file);
    }
    catch (e) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(file, describeFsError(e));
    }
    return { text: decodeStrict(buf, file), ref: { path: file, sha256: sha256(buf), bytes: buf.length } };
}
/**
 * Offset of the first byte that is not part of valid UTF-8 (overlong forms, surrogates and code
 * points past U+10FFFF included), or -1.
 */
function firstInvalidUtf8(b) {
    const n = b.length;
    let i = 0;
    while (i < n) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let need;
        let lo = 0x80;
        let hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf)
            need = 1;
        else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            if (c === 0xe0)
                lo = 0xa0;
            if (c === 0xed)
                hi = 0x9f;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            if (c === 0xf0)
                lo = 0x90;
            if (c === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        for (let k = 1; k <= need; k++) {
            const d = b[i + k];
            if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf))
                return i;
        }
        i += need + 1;
    }
    return -1;
}
/**
 * A whole document's bytes as text: UTF-8 (a UTF-8 BOM stays for the parsers to drop), or UTF-16
 * after its BOM. Invalid UTF-8 (a Latin-1 or Windows-1252 file) is an InputError with the file,
 * the line and the byte offset, never text with replacement characters.
 */
function decodeStrict(buf, file) {
    if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
        return new TextDecoder(buf[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: false }).decode(buf.subarray(2));
    }
    const bad = firstInvalidUtf8(buf);
    if (bad < 0)
        return Buffer.from(buf.buffer, buf.byteOffset, buf.length).toString('utf8');
    let line = 1;
    for (let i = 0; i < bad; i++)
        if (buf[i] === 10 || (buf[i] === 13 && buf[i + 1] !== 10))
            line++;
    const hex = buf[bad].toString(16).toUpperCase().padStart(2, '0');
    throw new _model_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(file, `not valid UTF-8 text: byte 0x${hex} at byte offset ${bad} (line ${line}); save the file as UTF-8 (it looks like Latin-1 or Windows-1252)`, line);
}
/** First bytes of a file, for format detection. */
function readHead(file, bytes = 64 * 1024) {
    assertRegularFile(file);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'r');
    }
    catch (e) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(file, describeFsError(e));
    }
    try {
        const buf = Buffer.alloc(bytes);
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buf, 0, bytes, 0);
        return buf.subarray(0, n);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
function describeFsError(e) {
    const err = e;
    if (err?.code === 'ENOENT')
        return 'file not found';
    if (err?.code === 'EISDIR')
        return 'is a directory, expected a file';
    if (err?.code === 'ENOTDIR')
        return 'a part of the path is a file, not a folder';
    if (err?.code === 'EACCES')
        return 'permission denied';
    return err?.message ?? String(e);
}
/**
 * Files a write in progress has put on disk and not yet listed: temporary names, and new files
 * renamed into place before their SHA256SUMS. A cancelled job (SIGINT, SIGTERM) removes them
 * before it exits, so no temporary or unlisted file is left behind.
 */
const inFlight = new Set();
let cleanupInstalled = false;
/** Remove every in-flight file now (synchronously: called from a signal handler). */
function removeInFlight() {
    for (const f of inFlight) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(f, { force: true });
        }
        catch {
            // best effort: the process is exiting
        }
    }
    inFlight.clear();
}
/**
 * On SIGINT or SIGTERM (a cancelled job): remove the in-flight files, say so on stderr and exit
 * with 128 + the signal number (130, 143), as a process killed by the signal would.
 */
function installSignalCleanup() {
    if (cleanupInstalled)
        return;
    cleanupInstalled = true;
    for (const [sig, n] of [
        ['SIGINT', 2],
        ['SIGTERM', 15],
    ]) {
        process.once(sig, () => {
            const pending = inFlight.size;
            removeInFlight();
            process.stderr.write(`perf-gates: cancelled (${sig})${pending ? `: ${pending} unfinished evidence file(s) removed` : ''}; no verdict\n`);
            process.exit(128 + n);
        });
    }
}
/**
 * A reader that stops early (`perf-gates summarize --json run.ndjson | head`) closes the pipe, and
 * the next write to stdout or stderr fails with EPIPE. Stop then, quietly, as a process ended by
 * SIGPIPE would: in-flight files removed, exit status 141 (128 + 13), never 0, because a gate's
 * output cut short is no pass. Any other write error stays an error.
 */
function exitOnBrokenPipe() {
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (e) => {
            if (e.code !== 'EPIPE')
                throw e;
            removeInFlight();
            process.exit(141);
        });
    }
}
/** Write a file atomically: a temporary name in the same folder, then rename. */
let tmpCounter = 0;
async function writeAtomic(file, content) {
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file), { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file)}.${process.pid}.${Date.now()}.${tmpCounter++}.tmp`);
    inFlight.add(tmp);
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(tmp, content);
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, file);
    }
    catch (e) {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
        throw e;
    }
    finally {
        inFlight.delete(tmp);
    }
}
/** Whether a path exists (file or folder). */
function pathExists(file) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file);
}
/** A file's text (UTF-8), for files this program wrote or verified itself. */
async function readUtf8(file) {
    return node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file, 'utf8');
}
/** A small file's text, read synchronously (no thread-pool round trips). */
function readUtf8Sync(file) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
}
/** The JSON of a file, or undefined when it is missing or not JSON (the GitHub event payload). */
function readJsonIfPresent(file) {
    if (!file || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return undefined;
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Why a JSON file that should be there cannot be used (missing, unreadable, not JSON); undefined when it can. */
function jsonFileProblem(file) {
    let text;
    try {
        assertRegularFile(file);
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    }
    catch (e) {
        return e instanceof _model_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz ? e.message.replace(`${file}: `, '') : describeFsError(e);
    }
    try {
        JSON.parse(text);
        return undefined;
    }
    catch (e) {
        return `not JSON (${e.message})`;
    }
}
/** Files under `dir` (at most `maxDepth` folders down) whose name matches, sorted. */
function findFiles(dir, name, maxDepth = 4) {
    const out = [];
    const walk = (d, depth) => {
        if (depth > maxDepth)
            return;
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(d)) {
            const p = node_path__WEBPACK_IMPORTED_MODULE_3__.join(d, entry);
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(p);
            if (st.isDirectory())
                walk(p, depth + 1);
            else if (name.test(entry))
                out.push(p);
        }
    };
    walk(dir, 0);
    return out.sort();
}
/** A new empty folder under the runner's temp folder (RUNNER_TEMP) or the system's. */
function makeTempDir(prefix, tempRoot = process.env.RUNNER_TEMP) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_3__.join(tempRoot || node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), prefix));
}
/** A whole (small) file's bytes with its checksum. Missing file -> InputError naming it. */
async function readBytes(file) {
    let data;
    try {
        data = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file);
    }
    catch (e) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(file, describeFsError(e));
    }
    return { data, ref: { path: file, sha256: sha256(data), bytes: data.length } };
}
/** Whether a path is a folder. */
function isFolder(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).isDirectory();
    }
    catch {
        return false;
    }
}
/** Every file under a folder (paths relative to it, forward slashes) with its bytes, sorted. */
async function readTree(dir, maxDepth = 8) {
    const out = [];
    for (const abs of findFiles(dir, /./, maxDepth))
        out.push({ path: node_path__WEBPACK_IMPORTED_MODULE_3__.relative(dir, abs).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/'), data: await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(abs) });
    return out;
}


/***/ }),

/***/ 76995:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ BASELINE_COLUMNS),
/* harmony export */   Al: () => (/* binding */ IMPOSSIBLE_LIMIT),
/* harmony export */   Fx: () => (/* binding */ NOISE_FILE_VERSION),
/* harmony export */   JH: () => (/* binding */ GATES),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   hR: () => (/* binding */ FORMATS),
/* harmony export */   nx: () => (/* binding */ splitTagList),
/* harmony export */   wn: () => (/* binding */ quoteTagPart)
/* harmony export */ });
// The data model shared by readers, statistics, gates and reports. Pure types and tiny helpers:
// no I/O here. Every reader turns bytes into one of the `Dataset` shapes below.
const FORMATS = [
    'k6-ndjson',
    'k6-summary-export',
    'k6-handle-summary',
    'k6-machine-summary',
    'pytest-json-report',
    'pytest-benchmark',
    'junit-xml',
    'baseline-csv',
    'markdown',
    'optimization-plan',
    'slo-updates',
    'approvals',
    'noise',
];
/**
 * Bad input: the file cannot be read as the format it claims or was detected as.
 * `message` is one paragraph for a person; `file`/`line`/`column` locate it.
 */
class InputError extends Error {
    file;
    line;
    column;
    constructor(file, message, line, column) {
        const where = line !== undefined ? `${file}:${line}${column !== undefined ? `:${column}` : ''}` : file;
        super(`${where}: ${message}`);
        this.name = 'InputError';
        this.file = file;
        this.line = line;
        this.column = column;
    }
}
/** More impossible samples than this fraction of a key's samples make its comparison an `error`. */
const IMPOSSIBLE_LIMIT = 0.001;
/** The protocol's baseline-metrics.csv columns. */
const BASELINE_COLUMNS = [
    'metric_name',
    'service',
    'value',
    'unit',
    'collection_method',
    'timestamp',
];
/** The noise file's format version; files of another version are refused ("recalibrate"). */
const NOISE_FILE_VERSION = 2;
const GATES = ['baseline', 'diagnostics', 'optimization', 'governance'];
// ---------------------------------------------------------------------------------------------
// The metric-key grammar's tag quoting (used by parsers, stats, config and the CLI alike)
/**
 * Tag quoting (the key grammar's rule for awkward tag values):
 *
 *   tags  = "{" [ pair *( "," pair ) ] "}"
 *   pair  = part ":" part
 *   part  = bare | quoted
 *   bare  = characters up to the next `,` (a key: up to `:`), not starting with `"`; spaces
 *           around it are trimmed and one pair of ' or ` quotes dropped, as k6 does
 *   quoted = '"' *( any character but " and \ | '\"' | '\\' ) '"'
 *
 * A tag value holding `,` `"` or `\`, with a leading or trailing space, or starting with ' or `
 * is written quoted: `http_req_duration{name:"a,b"}`; a tag key also when it holds `:` `{` `}`.
 * (`:` `{` `}` in a value need no quotes: a bare value runs to the next comma.) Every key is parsed
 * and printed with this rule (gates, summarize, compare, reports), so a value k6 wrote with a
 * comma still names its series.
 */
function quoteTagPart(s, isKey = false) {
    if (!(isKey ? /[,:{}"\\]/ : /[,"\\]/).test(s) && s.trim() === s && !/^['`]/.test(s))
        return s;
    return `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
/** `{...}` contents to [key, value] pairs under the quoting rule; throws an Error on bad syntax. */
function splitTagList(inner, key) {
    const pairs = [];
    let i = 0;
    const n = inner.length;
    const part = (stops) => {
        while (i < n && inner[i] === ' ')
            i++;
        if (inner[i] === '"') {
            let out = '';
            i++;
            for (;;) {
                if (i >= n)
                    throw new Error(`"${key}": a quoted tag is not closed`);
                const c = inner[i];
                if (c === '\\') {
                    if (i + 1 >= n)
                        throw new Error(`"${key}": a quoted tag is not closed`);
                    out += inner[i + 1];
                    i += 2;
                    continue;
                }
                if (c === '"') {
                    i++;
                    break;
                }
                out += c;
                i++;
            }
            while (i < n && inner[i] === ' ')
                i++;
            if (i < n && !stops.includes(inner[i]))
                throw new Error(`"${key}": unexpected ${JSON.stringify(inner[i])} after a quoted tag`);
            return out;
        }
        const start = i;
        while (i < n && !stops.includes(inner[i]))
            i++;
        const t = inner.slice(start, i).trim();
        if (t.length >= 2 && ((t[0] === "'" && t.endsWith("'")) || (t[0] === '`' && t.endsWith('`'))))
            return t.slice(1, -1);
        return t;
    };
    while (i < n) {
        const k = part(':,');
        if (inner[i] !== ':')
            throw new Error(`"${key}": tag "${k}" is not written tag:value`);
        i++;
        const v = part(',');
        pairs.push([k, v]);
        if (i < n)
            i++; // the comma
    }
    return pairs;
}


/***/ }),

/***/ 7383:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ scaleFor),
/* harmony export */   VZ: () => (/* binding */ formatQuantity),
/* harmony export */   eD: () => (/* binding */ formatChange),
/* harmony export */   tH: () => (/* binding */ sig3)
/* harmony export */ });
/* unused harmony exports formatSeconds, formatPct */
// One formatter for every figure a person reads: the PR comment, the job summary, the report, the
// criteria reasons and the CLI tables (it sits on the stats floor so gates, report and cli can all
// import it). Units that fit the value (ns, us, ms, s; B, kB, MB; req/s; %), three significant
// figures, no exponent. Pure. `--json` and the JSON artifacts keep raw numbers and never come here.
const TIME_TO_SECONDS = {
    ns: 1e-9,
    us: 1e-6,
    µs: 1e-6,
    μs: 1e-6,
    ms: 1e-3,
    s: 1,
};
const BYTES = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 };
/** Three significant figures, plain digits (12300, 0.000123), `-0` shown as `0`. */
function sig3(n) {
    if (!Number.isFinite(n))
        return n === Infinity ? '∞' : n === -Infinity ? '-∞' : 'n/a';
    if (n === 0)
        return '0';
    const a = Math.abs(n);
    if (a >= 1000)
        return String(Math.round(Number(n.toPrecision(3))));
    // toPrecision may answer in exponent form for small values; Number() + toFixed keeps plain digits
    const rounded = Number(n.toPrecision(3));
    const decimals = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(rounded))));
    return String(Number(rounded.toFixed(Math.min(decimals, 20))));
}
/** A time in seconds with the unit that fits it: 36.6 us, 172 us, 1.23 ms, 2.5 s. */
function formatSeconds(seconds) {
    if (!Number.isFinite(seconds))
        return sig3(seconds);
    const a = Math.abs(seconds);
    if (a === 0)
        return '0 s';
    // the unit is chosen on the rounded value so 999.96 us becomes 1 ms, not "1000 us"
    const pick = (scale, unit) => {
        const v = Number((seconds / scale).toPrecision(3));
        return Math.abs(v) >= 1000 ? undefined : `${sig3(v)} ${unit}`;
    };
    if (a < 1e-6)
        return pick(1e-9, 'ns') ?? pick(1e-6, 'us');
    if (a < 1e-3)
        return pick(1e-6, 'us') ?? pick(1e-3, 'ms');
    if (a < 1)
        return pick(1e-3, 'ms') ?? `${sig3(seconds)} s`;
    return `${sig3(seconds)} s`;
}
function formatBytes(bytes) {
    const a = Math.abs(bytes);
    if (a < 1000)
        return `${sig3(bytes)} B`;
    if (a < 999_500)
        return `${sig3(bytes / 1e3)} kB`;
    if (a < 999_500_000)
        return `${sig3(bytes / 1e6)} MB`;
    return `${sig3(bytes / 1e9)} GB`;
}
/**
 * A value with its unit, scaled to fit: `formatQuantity(0.0000366, 's')` is `36.6 us`,
 * `formatQuantity(54.03, 'ms')` is `54 ms`, `formatQuantity(0.25, '%')` is `0.25%`. An unknown unit
 * is appended as written (the caller escapes it when it came from an input file).
 */
function formatQuantity(value, unit) {
    if (value === null || value === undefined || Number.isNaN(value))
        return 'n/a';
    // zero keeps its own unit (a k6 min of 0 ms is "0 ms", not "0 s")
    if (value === 0 && unit && (unit in TIME_TO_SECONDS || unit in BYTES))
        return `0 ${unit === 'µs' || unit === 'μs' ? 'us' : unit}`;
    if (unit && unit in TIME_TO_SECONDS)
        return formatSeconds(value * TIME_TO_SECONDS[unit]);
    if (unit && unit in BYTES)
        return formatBytes(value * BYTES[unit]);
    if (unit === '%')
        return `${sig3(value)}%`;
    if (unit === '/s' || unit === 'req/s' || unit === 'rps')
        return `${sig3(value)} req/s`;
    return unit ? `${sig3(value)} ${unit}` : sig3(value);
}
/** A signed percentage, three significant figures: `+95.3%`, `-29.1%`, `0%`. */
function formatPct(pct) {
    if (pct === null || pct === undefined || Number.isNaN(pct))
        return 'n/a';
    if (pct === Infinity)
        return '+∞%';
    if (pct === -Infinity)
        return '-∞%';
    const s = sig3(pct);
    return s === '0' ? '0%' : `${pct > 0 ? '+' : ''}${s}%`;
}
/**
 * The change of candidate over baseline from a ratio and its interval, in percent:
 * `+95.3% (+62.1% to +140%)`; without an interval only the change.
 */
function formatChange(ratio, lower, upper) {
    if (ratio === null || ratio === undefined || !Number.isFinite(ratio))
        return ratio === Infinity ? '+∞%' : 'n/a';
    const change = formatPct((ratio - 1) * 100);
    if (lower === null ||
        lower === undefined ||
        upper === null ||
        upper === undefined ||
        !Number.isFinite(lower) ||
        !Number.isFinite(upper))
        return change;
    return `${change} (${formatPct((lower - 1) * 100)} to ${formatPct((upper - 1) * 100)})`;
}
/**
 * One display unit for a set of values of one unit (a chart's axis): the unit that fits the
 * largest value, and the factor to multiply raw values by. Time and bytes are rescaled; anything
 * else keeps its unit.
 */
function scaleFor(values, unit) {
    const finite = values.filter((v) => Number.isFinite(v)).map(Math.abs);
    const max = finite.length ? Math.max(...finite) : 0;
    if (unit && unit in TIME_TO_SECONDS) {
        const s = max * TIME_TO_SECONDS[unit];
        const [scale, u] = s >= 1 ? [1, 's'] : s >= 1e-3 ? [1e-3, 'ms'] : s >= 1e-6 ? [1e-6, 'us'] : [1e-9, 'ns'];
        return { factor: TIME_TO_SECONDS[unit] / scale, unit: u };
    }
    if (unit && unit in BYTES) {
        const b = max * BYTES[unit];
        const [scale, u] = b >= 1e9 ? [1e9, 'GB'] : b >= 1e6 ? [1e6, 'MB'] : b >= 1e3 ? [1e3, 'kB'] : [1, 'B'];
        return { factor: BYTES[unit] / scale, unit: u };
    }
    if (unit === '/s' || unit === 'rps')
        return { factor: 1, unit: 'req/s' };
    return { factor: 1, unit: unit ?? '' };
}


/***/ })

};
