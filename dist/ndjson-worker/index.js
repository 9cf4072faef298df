import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./.build/model.js
// The data model shared by readers, statistics, gates and reports. Pure types and tiny helpers:
// no I/O here. Every reader turns bytes into one of the `Dataset` shapes below.
const FORMATS = (/* unused pure expression or super */ null && ([
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
]));
/**
 * Bad input: the file cannot be read as the format it claims or was detected as.
 * `message` is one paragraph for a person; `file`/`line`/`column` locate it.
 */
class model_InputError extends Error {
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
const BASELINE_COLUMNS = (/* unused pure expression or super */ null && ([
    'metric_name',
    'service',
    'value',
    'unit',
    'collection_method',
    'timestamp',
]));
/** The noise file's format version; files of another version are refused ("recalibrate"). */
const NOISE_FILE_VERSION = 2;
const GATES = (/* unused pure expression or super */ null && (['baseline', 'diagnostics', 'optimization', 'governance']));
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

;// CONCATENATED MODULE: ./.build/io/ndjson-messages.js
// The messages between io/ndjson-read.ts and its NDJSON worker threads (entries/ndjson-worker.ts),
// and errors made cloneable for them. No Node module here: the worker bundle imports this and the
// aggregator only, so that a worker starts fast.

function serializeError(e) {
    if (e instanceof model_InputError)
        return { name: 'InputError', message: e.message, file: e.file, line: e.line };
    if (e instanceof Error)
        return { name: e.name, message: e.stack ?? e.message };
    return { name: 'Error', message: String(e) };
}
function deserializeError(s) {
    if (s.name === 'InputError' && s.file !== undefined) {
        const where = s.line !== undefined ? `${s.file}:${s.line}: ` : `${s.file}: `;
        return new InputError(s.file, s.message.startsWith(where) ? s.message.slice(where.length) : s.message, s.line);
    }
    return new Error(`NDJSON worker failed: ${s.message}`);
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

;// CONCATENATED MODULE: ./.build/parsers/k6-ndjson/runs.js
// Sorted runs of values (Float64Array, ascending in TypedArray sort's order: -0 before +0) merged
// into one: the k6 reader's leaves (a worker thread merges each leaf's blocks before handing them
// over) and finalize's entries. Pure.
/** Scratch space for merging: two buffers, reused by every entry of a dataset (no garbage). */
class runs_Scratch {
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
function runs_mergeInScratch(arrays, scratch) {
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
function runs_mergeRuns(arrays, scratch) {
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
function wasm_scan_wasmScanner() {
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





const aggregator_DEFAULT_BY = ['name', 'scenario'];
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
                    values = [runs_mergeRuns(values, scratch)];
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
        this.wasm = opts.wasm === false ? null : wasm_scan_wasmScanner();
        this.budget = opts.budget instanceof ValueBudget ? opts.budget : new ValueBudget(opts.budget);
        this.maxTagSets = opts.maxTagSets ?? DEFAULT_MAX_TAG_SETS;
        this.foldKeys = new Set(opts.by ?? aggregator_DEFAULT_BY);
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
        const scratch = new runs_Scratch();
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
            throw new model_InputError(this.file, `not k6 NDJSON: a line longer than ${MAX_LINE_BYTES >> 20} MiB (k6 --out json writes one short JSON object per line)`, this.seq === 0 ? this.segLines + 1 : undefined);
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
    const sk = new QuantileSketch();
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
            for (const b of sketch_QuantileSketch.transferList(l.sketch))
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
            throw new InputError(f.file, `not k6 NDJSON: no k6 line (a JSON object per line with "type":"Point" or "type":"Metric", as k6 --out json writes) in ${f.lines} lines; the first line that is not one: ${f.firstOther?.[2] ?? '?'}`, line);
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
        const sk = new QuantileSketch();
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
        summary.med = percentileSorted(a, 0.5);
        summary.max = a[n - 1];
        summary.p90 = percentileSorted(a, 0.9);
        summary.p95 = percentileSorted(a, 0.95);
        summary.p99 = percentileSorted(a, 0.99);
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

;// CONCATENATED MODULE: ./.build/entries/ndjson-worker.js
// Bundle entry of the NDJSON worker thread (dist/ndjson-worker/): k6's aggregator fed the chunks
// that io/ndjson-read.ts sends, its state posted back with the value buffers transferred. Lean on
// purpose, because its start is paid on every big file: no CLI, no zod, no document parsers, and no
// Node module but worker_threads (the reader's own module would load crypto, zlib, fs and url:
// ~0.1 s of a worker's start measured; the messages live in io/ndjson-messages.ts for that).




async function main() {
    const port = external_node_worker_threads_namespaceObject.parentPort;
    if (port === null)
        throw new Error('the NDJSON worker runs only as a worker thread');
    const wd = external_node_worker_threads_namespaceObject.workerData;
    const cfg = wd.data.perfGatesNdjson;
    const aggs = new Map();
    // a run is parsed by `threads` threads (workers, and the reader's thread when it helps): each
    // keeps at most its share of the run's budget of exact values
    const budget = new ValueBudget(Math.max(1, Math.floor(cfg.budget / wd.threads)));
    const learned = [];
    const agg = (f) => {
        let a = aggs.get(f);
        if (a === undefined) {
            a = k6ChunkParser(cfg.files[f], cfg, budget, { sortValues: true });
            a.learn(learned);
            aggs.set(f, a);
        }
        return a;
    };
    await new Promise((resolve) => {
        port.postMessage({ t: 'ready' });
        port.on('message', (m) => {
            try {
                if (m.t === 'chunk') {
                    const a = agg(m.f);
                    a.push(Buffer.from(m.buf, m.off, m.len), m.seq);
                    const items = a.takeLearned();
                    if (items.length > 0) {
                        learned.push(...items);
                        for (const other of aggs.values())
                            if (other !== a)
                                other.learn(items);
                    }
                    // the chunk's buffer goes back to the reader for reuse (no new mapping per chunk)
                    port.postMessage({ t: 'ack', items, buf: m.buf }, [
                        m.buf,
                    ]);
                }
                else if (m.t === 'learn') {
                    learned.push(...m.items);
                    for (const a of aggs.values())
                        a.learn(m.items);
                }
                else {
                    const parts = [...aggs]
                        .sort((x, y) => x[0] - y[0])
                        .map(([f, a]) => [f, a.snapshot()]);
                    const transfer = parts.flatMap(([, p]) => transferList(p));
                    port.postMessage({ t: 'done', parts }, transfer);
                    port.close();
                    resolve();
                }
            }
            catch (e) {
                port.postMessage({ t: 'error', error: serializeError(e) });
                port.close();
                resolve();
            }
        });
    });
}
void main();

