export const id = 796;
export const ids = [796];
export const modules = {

/***/ 34883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
/* unused harmony export levenshtein */
// Nearest-name suggestions for unknown configuration keys (Levenshtein distance). Pure.
/** Edit distance (insertions, deletions, substitutions; each costs 1). */
function levenshtein(a, b) {
    if (a === b)
        return 0;
    if (a.length === 0)
        return b.length;
    if (b.length === 0)
        return a.length;
    let prev = new Array(b.length + 1);
    let cur = new Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        cur[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        }
        [prev, cur] = [cur, prev];
    }
    return prev[b.length];
}
/**
 * The valid name closest to `name`, or undefined when nothing is close enough to be a plausible
 * typo (distance at most max(2, a third of the longer name); case and `-`/`_` differences are free).
 */
function nearest(name, candidates) {
    const norm = (s) => s.toLowerCase().replace(/-/g, '_');
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = levenshtein(norm(name), norm(c));
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    if (best === undefined)
        return undefined;
    const limit = Math.max(2, Math.floor(Math.max(name.length, best.length) / 3));
    return bestD <= limit ? best : undefined;
}


/***/ }),

/***/ 9226:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pd: () => (/* binding */ makeTempFolder),
/* harmony export */   Uo: () => (/* binding */ publishNew),
/* harmony export */   WS: () => (/* binding */ removeFiles),
/* harmony export */   bt: () => (/* binding */ listFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76995);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22316);
// A folder of small files, for the history store: list its names, publish a new file atomically
// (temporary file in the same folder, then rename) without replacing one that exists, remove files.





/** The names in `dir`; [] when it does not exist. A path that is not a folder is an InputError. */
async function listFolder(dir) {
    try {
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(dir);
        if (!st.isDirectory())
            throw new _model_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(dir, 'not a folder');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return [];
        if (e instanceof _model_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw e;
        throw new _model_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(dir, (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .describeFsError */ .TQ)(e));
    }
    return (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(dir)).sort();
}
/** Write `dir/name` atomically; refuse when it already exists (another writer took the name). */
async function publishNew(dir, name, content) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name);
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.access(file);
        throw new _model_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, 'already exists: another writer added an entry at the same time; run again');
    }
    catch (e) {
        if (e instanceof _model_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw e;
    }
    await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeAtomic */ .vZ)(file, content);
    return file;
}
async function removeFiles(dir, names) {
    for (const n of names)
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, n), { force: true });
}
/** A new empty folder under `base` (RUNNER_TEMP in Actions) or the system's temporary folder. */
async function makeTempFolder(prefix, base) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_2__.join(base || node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), prefix));
}


/***/ }),

/***/ 29687:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MT: () => (/* binding */ spreadsheetSafe),
/* harmony export */   S8: () => (/* binding */ fromSpreadsheetSafe),
/* harmony export */   _m: () => (/* binding */ spreadsheetSafeCsv)
/* harmony export */ });
// Spreadsheet-safe CSV cells (OWASP "CSV Injection"): a text cell that begins with `=`, `+`, `-`,
// `@`, tab or carriage return and is not a number is written with a leading `'`, so a spreadsheet
// shows it as text instead of running it as a formula (`=HYPERLINK(...)`, `@SUM(...)`, `+cmd|...`).
// A cell that already begins with quotes before such a character gets one more quote, so reading
// removes exactly one and every cell round-trips. Pure.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const QUOTED_FORMULA = /^'+[=+\-@\t\r]/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** The cell as written into a CSV file: a leading `'` when a spreadsheet would take it as a formula. */
function spreadsheetSafe(cell) {
    return FORMULA_START.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell;
}
/** The inverse of spreadsheetSafe: removes exactly the one `'` it adds. */
function fromSpreadsheetSafe(cell) {
    if (!QUOTED_FORMULA.test(cell))
        return cell;
    const inner = cell.slice(1);
    return NUMBER.test(inner) ? cell : inner;
}
/** A raw cell of a CSV file made safe so that it still reads back as the reader reads it now. */
function safeRaw(raw) {
    return spreadsheetSafe(fromSpreadsheetSafe(raw));
}
/**
 * A CSV text with every cell made spreadsheet-safe (reading the result gives the same values as
 * reading `text`: an already safe `'=x` stays as it is) and every other byte kept (RFC 4180 fields:
 * quoted fields stay quoted, with the `'` inside the quotes; line ends are kept as they are).
 */
function spreadsheetSafeCsv(text) {
    let out = '';
    let i = 0;
    const n = text.length;
    const endOfField = (c) => c === undefined || c === ',' || c === '\n' || c === '\r';
    for (;;) {
        if (text[i] === '"') {
            let j = i + 1;
            let value = '';
            while (j < n) {
                if (text[j] === '"') {
                    if (text[j + 1] === '"') {
                        value += '"';
                        j += 2;
                        continue;
                    }
                    break;
                }
                value += text[j];
                j++;
            }
            const end = Math.min(j + 1, n);
            out += safeRaw(value) !== value ? `"'${text.slice(i + 1, end)}` : text.slice(i, end);
            i = end;
            // anything between the closing quote and the delimiter (malformed) is kept as it is
            while (!endOfField(text[i]))
                out += text[i++];
        }
        else {
            let j = i;
            while (!endOfField(text[j]))
                j++;
            out += safeRaw(text.slice(i, j));
            i = j;
        }
        if (i >= n)
            return out;
        if (text[i] === ',') {
            out += ',';
            i++;
        }
        else if (text[i] === '\r' && text[i + 1] === '\n') {
            out += '\r\n';
            i += 2;
        }
        else {
            out += text[i++];
        }
    }
}


/***/ }),

/***/ 64150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ parseHistoryEntry),
/* harmony export */   iP: () => (/* binding */ historyEntryText)
/* harmony export */ });
/* unused harmony export historyEntrySchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9691);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76995);
/* harmony import */ var _stats_history_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1100);
/* harmony import */ var _stats_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62308);
/* harmony import */ var _text_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60907);
// A history entry (src/stats/history/record.ts) read back: JSON text in, a validated HistoryEntry out.
// An entry written by a newer perf-gates (a higher `version` or `key_grammar`) is refused with a
// message saying so, before anything else is checked: its fields may mean something this version
// does not know. The zod schema is also the source of schema/history-entry.v1.schema.json.





const finite = zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().refine(Number.isFinite, 'must be a finite number');
const count = zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().nonnegative();
const tags = zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP());
const direction = zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['decrease', 'increase']);
const keyFields = {
    key: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    metric: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    tags,
    stat: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).refine(_stats_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidStat */ .Rn, 'is not a statistic of the key grammar'),
    direction,
    named: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY(),
};
const presentStat = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    ...keyFields,
    present: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(true),
    value: finite,
    lower: finite.nullable(),
    upper: finite.nullable(),
    var_log: finite.refine((v) => v >= 0, 'must be >= 0').nullable(),
    n: count,
    needed: count,
    method: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    unit: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    counts: zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ passes: count, total: count }).optional(),
    note: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
});
const absentStat = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    ...keyFields,
    present: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(false),
    reason: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    error: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().optional(),
});
const historyEntrySchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    format: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(_stats_history_record_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_ENTRY_FORMAT */ .Wp),
    version: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(_stats_history_record_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_ENTRY_VERSION */ .bi),
    key_grammar: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(_stats_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KEY_GRAMMAR_VERSION */ .zZ),
    sha: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .regex(/^[0-9a-fA-F]{4,64}$/, 'must be a hex commit SHA')
        .nullable(),
    time: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().refine((t) => !Number.isNaN(Date.parse(t)), 'must be an ISO 8601 time'),
    tools: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()),
    confidence: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().gt(0.5).lt(1),
    sources: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ path: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), sha256: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() })),
    stats: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .discriminatedUnion */ .gMt('present', [presentStat, absentStat])),
});
/** The newest-version check: a clear refusal of an entry this version cannot read. */
function refuseNewer(doc, file, text) {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return;
    const d = doc;
    const at = (p) => (0,_text_json_js__WEBPACK_IMPORTED_MODULE_3__/* .locateJsonPath */ .Od)(text, [p])?.line;
    if (d.format !== undefined && d.format !== _stats_history_record_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_ENTRY_FORMAT */ .Wp) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `not a perf-gates history entry (format ${JSON.stringify(d.format)})`, at('format'));
    }
    if (typeof d.version === 'number' && d.version > _stats_history_record_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_ENTRY_VERSION */ .bi) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `history entry version ${d.version} was written by a newer perf-gates; this version (${_stats_history_record_js__WEBPACK_IMPORTED_MODULE_1__/* .HISTORY_ENTRY_VERSION */ .bi}) cannot read it: upgrade perf-gates`, at('version'));
    }
    if (typeof d.key_grammar === 'number' && d.key_grammar > _stats_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KEY_GRAMMAR_VERSION */ .zZ) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `key grammar version ${d.key_grammar} is newer than this perf-gates reads (${_stats_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KEY_GRAMMAR_VERSION */ .zZ}): upgrade perf-gates`, at('key_grammar'));
    }
}
function parseHistoryEntry(text, file) {
    const doc = (0,_text_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonText */ .lk)(text, file);
    refuseNewer(doc, file, text);
    const r = historyEntrySchema.safeParse(doc);
    if (!r.success)
        throw (0,_text_json_js__WEBPACK_IMPORTED_MODULE_3__/* .zodInputError */ ._i)(file, 'history entry', r.error, (p) => (0,_text_json_js__WEBPACK_IMPORTED_MODULE_3__/* .locateJsonPath */ .Od)(text, p));
    const entry = r.data;
    entry.stats.forEach((s, i) => {
        const want = (0,_stats_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .formatKey */ .TD)(s);
        if (s.key !== want) {
            throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `history entry: stats[${i}].key is "${s.key}" but its metric, tags and stat spell "${want}"`, (0,_text_json_js__WEBPACK_IMPORTED_MODULE_3__/* .locateJsonPath */ .Od)(text, ['stats', i, 'key'])?.line);
        }
    });
    return entry;
}
/** The entry's text as the store writes it (2-space JSON, trailing newline). */
function historyEntryText(entry) {
    return JSON.stringify(entry, null, 2) + '\n';
}


/***/ }),

/***/ 51492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DETECT_HEAD_BYTES: () => (/* reexport */ parsers_sniff/* DETECT_HEAD_BYTES */.ZM),
  FORMATS: () => (/* binding */ FORMATS),
  LOOKED_FOR: () => (/* reexport */ parsers_sniff/* LOOKED_FOR */.Fb),
  REQUIRED_COLUMNS: () => (/* reexport */ REQUIRED_COLUMNS),
  approvalsFrom: () => (/* reexport */ approvalsFrom),
  decodeText: () => (/* reexport */ decode/* decodeText */.g7),
  detectFormat: () => (/* binding */ detectFormat),
  detectWith: () => (/* reexport */ parsers_sniff/* detectWith */.MM),
  formatMetricKey: () => (/* reexport */ keys/* formatMetricKey */.dw),
  formatPath: () => (/* reexport */ json/* formatPath */.jV),
  headStages: () => (/* reexport */ parsers_sniff/* headStages */.wr),
  isValidTimestamp: () => (/* reexport */ isValidTimestamp),
  junitNodeid: () => (/* reexport */ junitNodeid),
  k6SummaryShapeOf: () => (/* reexport */ k6SummaryShapeOf),
  lineColumnAt: () => (/* reexport */ decode/* lineColumnAt */.IX),
  locateJsonPath: () => (/* reexport */ json/* locateJsonPath */.Od),
  markersFromKeywords: () => (/* reexport */ markersFromKeywords),
  noiseFileSchema: () => (/* reexport */ noiseFileSchema),
  normalizeStat: () => (/* reexport */ keys/* normalizeStat */._j),
  parseApprovals: () => (/* reexport */ parseApprovals),
  parseBaselineCsv: () => (/* reexport */ parseBaselineCsv),
  parseDocument: () => (/* binding */ parseDocument),
  parseJsonText: () => (/* reexport */ json/* parseJsonText */.lk),
  parseJunit: () => (/* reexport */ parseJunit),
  parseK6Summary: () => (/* reexport */ parseK6Summary),
  parseMarkdown: () => (/* reexport */ markdown/* parseMarkdown */.D),
  parseMetricKey: () => (/* reexport */ keys/* parseMetricKey */.$4),
  parseNoise: () => (/* reexport */ parseNoise),
  parseOptimizationPlan: () => (/* reexport */ parseOptimizationPlan),
  parsePytestBenchmark: () => (/* reexport */ parsePytestBenchmark),
  parsePytestJson: () => (/* reexport */ parsePytestJson),
  parseSloUpdates: () => (/* reexport */ parseSloUpdates),
  readDocument: () => (/* binding */ readDocument),
  sameMetricKey: () => (/* reexport */ keys/* sameMetricKey */.gg),
  scanJson: () => (/* reexport */ json/* scanJson */.Ey),
  stripBom: () => (/* reexport */ decode/* stripBom */.F8),
  zodInputError: () => (/* reexport */ json/* zodInputError */._i)
});

// EXTERNAL MODULE: ./.build/model.js
var model = __webpack_require__(76995);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./.build/parsers/text/json.js
var json = __webpack_require__(60907);
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

;// CONCATENATED MODULE: ./.build/parsers/approvals/index.js
// Environment approvals in the shape of GitHub's
// `GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals` response (an array), validated with
// zod. Extra fields of the API objects are accepted and dropped; the model's fields are kept.



const approval = schemas/* looseObject */._H3({
    state: schemas/* enum */.k5n(['approved', 'rejected', 'pending']),
    comment: schemas/* string */.YjP().nullable(),
    environments: schemas/* array */.YOg(schemas/* looseObject */._H3({ id: schemas/* number */.aig().optional(), name: schemas/* string */.YjP().optional() })),
    user: schemas/* looseObject */._H3({ login: schemas/* string */.YjP().min(1), type: schemas/* string */.YjP().optional() }),
});
/** Normalises approvals already parsed (from a file or from the API). */
function approvalsFrom(doc, file, text) {
    const r = schemas/* array */.YOg(approval).safeParse(doc);
    if (!r.success)
        throw (0,json/* zodInputError */._i)(file, 'approvals (GitHub run-approvals response)', r.error, text === undefined ? undefined : (p) => (0,json/* locateJsonPath */.Od)(text, p));
    return r.data.map((a) => ({
        state: a.state,
        comment: a.comment ?? '',
        environments: a.environments.map((e) => ({
            ...(e.id !== undefined ? { id: e.id } : {}),
            ...(e.name !== undefined ? { name: e.name } : {}),
        })),
        user: { login: a.user.login, ...(a.user.type !== undefined ? { type: a.user.type } : {}) },
    }));
}
function parseApprovals(text, file) {
    const approvals = approvalsFrom((0,json/* parseJsonText */.lk)(text, file), file, text);
    const warnings = [];
    approvals.forEach((a, i) => {
        if (!a.environments.some((e) => e.name))
            warnings.push({ file, message: `approval ${i + 1} (${a.user.login}) names no environment` });
    });
    if (approvals.length === 0)
        warnings.push({ file, message: 'no approvals recorded' });
    return { format: 'approvals', file, approvals, warnings };
}

// EXTERNAL MODULE: ./node_modules/papaparse/papaparse.js
var papaparse = __webpack_require__(28728);
// EXTERNAL MODULE: ./.build/parsers/text/decode.js
var decode = __webpack_require__(85115);
// EXTERNAL MODULE: ./.build/parsers/baseline-csv/safe.js
var safe = __webpack_require__(29687);
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

;// CONCATENATED MODULE: ./.build/parsers/baseline-csv/index.js
// baseline-metrics.csv (the protocol's table): `metric_name,service,value,unit,collection_method,timestamp`,
// read with papaparse (comma-delimited, RFC 4180 quoting: quoted fields may hold commas, quotes and
// newlines). Header names are trimmed and matched case-insensitively; extra columns are kept. A cell
// that perf-gates wrote spreadsheet-safe (`'=...`, see ./safe.ts) reads back without that one `'`.
//
// Row rules (documented decision):
//   - a missing required COLUMN is an InputError naming it;
//   - a quoting error (a quote that is never closed, or text after a closing quote) is an
//     InputError naming the line where the quote opened: it swallows the rows after it;
//   - a row is REJECTED (kept out of `rows`, listed in `rejected` with its physical line and reason)
//     when metric_name or service is empty, when its field count differs from the header's, when
//     `value` is non-empty and not a decimal number, or when `timestamp` is non-empty and not an
//     ISO 8601 date/date-time (or a Unix epoch in seconds or milliseconds);
//   - an EMPTY value, unit, collection_method or timestamp is allowed: the row is kept with that
//     field empty ('' for strings, NaN for the value) and the field named in `missing`, so gate 1
//     can count it as incomplete;
//   - blank lines (anywhere, including trailing ones) are ignored.
// `line` is the physical line where the row starts (header = 1), counting newlines inside quoted
// fields, with CRLF, LF or CR line ends.





const REQUIRED_COLUMNS = model/* BASELINE_COLUMNS */.Ac;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const EPOCH = /^\d{10}(?:\d{3})?(?:\.\d+)?$/;
/** An ISO 8601 date or date-time that names a real instant, or a Unix epoch (s or ms). */
function isValidTimestamp(s) {
    if (EPOCH.test(s))
        return true;
    if (!ISO.test(s))
        return false;
    const [y, mo, d] = s.slice(0, 10).split('-').map(Number);
    if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate())
        return false;
    const t = /[T ](\d{2}):(\d{2})(?::(\d{2}))?/i.exec(s);
    if (t && (Number(t[1]) > 23 || Number(t[2]) > 59 || Number(t[3] ?? 0) > 60))
        return false;
    return !Number.isNaN(Date.parse(s.replace(' ', 'T').replace(',', '.')));
}
/** Offsets of line starts, so a character offset maps to its 1-based physical line. */
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            starts.push(i + 1);
        else if (c === 13 && text.charCodeAt(i + 1) !== 10)
            starts.push(i + 1);
    }
    return starts;
}
function lineOf(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
/**
 * Offset of the quote that opened the field a quoting error is about: the last field-opening quote
 * in body[start, end) (RFC 4180: a quote at the start of a field opens it, two quotes inside it
 * are one quote).
 */
function badQuoteAt(body, start, end) {
    let open;
    let inQuotes = false;
    let fieldStart = true;
    for (let i = start; i < end; i++) {
        const c = body[i];
        if (inQuotes) {
            if (c === '"') {
                if (body[i + 1] === '"')
                    i++;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c === '"') {
            if (fieldStart) {
                inQuotes = true;
                open = i;
            }
            else
                open ??= i; // a stray quote inside an unquoted field
            fieldStart = false;
            continue;
        }
        fieldStart = c === ',' || c === '\n' || c === '\r';
    }
    return open;
}
function parseBaselineCsv(text, file) {
    const body = (0,decode/* stripBom */.F8)(text);
    const starts = lineStarts(body);
    const records = [];
    let prev = 0;
    papaparse.parse(body, {
        delimiter: ',',
        header: false,
        skipEmptyLines: false,
        step: (res) => {
            // res.meta.cursor is the offset just after the row (newline included)
            const start = prev;
            prev = res.meta.cursor;
            const error = res.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
            records.push({
                // a cell written spreadsheet-safe ('=...) reads back as it was (=...)
                data: res.data.map(safe/* fromSpreadsheetSafe */.S8),
                line: lineOf(starts, start),
                ...(error ? { error: error.message, quote: badQuoteAt(body, start, prev) } : {}),
            });
        },
    });
    const blank = (r) => r.every((c) => c.trim() === '');
    const rowsIn = records.filter((r) => !blank(r.data));
    const warnings = [];
    const headerRec = rowsIn.shift();
    if (!headerRec)
        throw new model/* InputError */.dz(file, 'the CSV is empty: expected a header row');
    if (headerRec.error)
        throw new model/* InputError */.dz(file, `bad quoting in the header: ${headerRec.error}`, headerRec.line);
    const columns = headerRec.data.map((h) => h.trim());
    const lower = columns.map((c) => c.toLowerCase());
    const index = {};
    for (const col of REQUIRED_COLUMNS) {
        const at = lower.indexOf(col);
        if (at < 0)
            throw new model/* InputError */.dz(file, `missing required column "${col}" (header has: ${columns.join(', ')}; required: ${REQUIRED_COLUMNS.join(', ')})`, headerRec.line);
        if (lower.indexOf(col, at + 1) >= 0)
            throw new model/* InputError */.dz(file, `column "${col}" appears twice in the header`, headerRec.line);
        index[col] = at;
    }
    const extraCols = columns
        .map((c, i) => ({ c, i }))
        .filter(({ i }) => !REQUIRED_COLUMNS.includes(lower[i]));
    const rows = [];
    const rejected = [];
    for (const rec of rowsIn) {
        const { data, line } = rec;
        // A quoting error swallows the rows after it (papaparse reads them into one field): the file
        // is bad input, never a row short.
        if (rec.error) {
            const q = rec.quote !== undefined ? lineOf(starts, rec.quote) : line;
            throw new model/* InputError */.dz(file, `bad CSV quoting: the quote opened on line ${q} is not closed properly (${rec.error}); inside a quoted field a quote is written twice ("")`, q);
        }
        if (data.length !== columns.length) {
            rejected.push({
                line,
                reason: `${data.length} fields, the header has ${columns.length}${data.length > columns.length ? ' (an unquoted comma?)' : ''}`,
            });
            continue;
        }
        const cell = (c) => data[index[c]].trim();
        const reasons = [];
        if (!cell('metric_name'))
            reasons.push('metric_name is empty');
        if (!cell('service'))
            reasons.push('service is empty');
        const rawValue = cell('value');
        if (rawValue && !DECIMAL.test(rawValue))
            reasons.push(`value "${rawValue}" is not a number`);
        const ts = cell('timestamp');
        if (ts && !isValidTimestamp(ts))
            reasons.push(`timestamp "${ts}" is not an ISO 8601 date-time`);
        if (reasons.length) {
            rejected.push({ line, reason: reasons.join('; ') });
            continue;
        }
        const row = {
            metric_name: cell('metric_name'),
            service: cell('service'),
            value: rawValue ? Number(rawValue) : Number.NaN,
            unit: cell('unit'),
            collection_method: cell('collection_method'),
            timestamp: ts,
            line,
        };
        const missing = ['value', 'unit', 'collection_method', 'timestamp'].filter((c) => cell(c) === '');
        if (missing.length)
            row.missing = [...missing];
        if (extraCols.length) {
            row.extra = {};
            for (const { c, i } of extraCols)
                row.extra[c] = data[i];
        }
        rows.push(row);
    }
    for (const r of rejected)
        warnings.push({ file, line: r.line, message: `row rejected: ${r.reason}` });
    if (rows.length === 0)
        warnings.push({ file, message: 'no usable rows' });
    return { format: 'baseline-csv', file, rows, rejected, columns, warnings };
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
// EXTERNAL MODULE: ./.build/parsers/sniff.js
var parsers_sniff = __webpack_require__(29905);
;// CONCATENATED MODULE: ./.build/parsers/junit/sniff.js
// Detection of JUnit XML: an XML document with <testsuites> or <testsuite>. Any other XML is
// refused here (no other format perf-gates reads is XML).


function junit_sniff_sniff(head) {
    if (head.stage !== 'xml')
        return undefined;
    if (/<testsuites?[\s>/]/.test(head.trimmed.slice(0, 65536)))
        return 'junit-xml';
    throw new model/* InputError */.dz(head.file, `unknown format: an XML document without <testsuites> or <testsuite>; looked for ${parsers_sniff/* LOOKED_FOR */.Fb}`);
}

;// CONCATENATED MODULE: ./.build/parsers/junit/index.js
// JUnit XML as pytest writes it (`--junitxml`), read with fast-xml-parser. A DOCTYPE (and so any
// entity declaration, internal or external) is refused: pytest never writes one, and refusing it
// rules out entity-expansion and external-entity attacks. The parser's own entity handling is off;
// the five XML entities and character references (`&lt;`, `&#10;`) are decoded here, in one pass
// (so `&amp;#10;` stays the literal text `&#10;`).




const ARRAYS = new Set([
    'testsuites',
    'testsuite',
    'testcase',
    'properties',
    'property',
    'failure',
    'error',
    'skipped',
]);
const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    processEntities: false,
    htmlEntities: false,
    isArray: (name) => ARRAYS.has(name),
    attributeValueProcessor: (_name, value) => decodeXml(value),
    tagValueProcessor: (_name, value) => decodeXml(value),
});
const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Decodes the predefined XML entities and numeric character references in one pass. */
function decodeXml(s) {
    if (!s.includes('&'))
        return s;
    return s.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g, (m, dec, hex, name) => {
        if (name)
            return NAMED[name];
        const cp = dec !== undefined ? Number(dec) : parseInt(hex, 16);
        return cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) && cp !== 0 ? String.fromCodePoint(cp) : m;
    });
}
const NUMERIC = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
function attr(node, name) {
    const v = node[`@_${name}`];
    return typeof v === 'string' ? v : v === undefined ? undefined : String(v);
}
function children(node, name) {
    const v = node[name];
    if (!Array.isArray(v))
        return [];
    return v.map((x) => (x && typeof x === 'object' ? x : { '#text': String(x ?? '') }));
}
/**
 * pytest's classname is the nodeid with `::` → `.`, `/` → `.` and `.py` dropped:
 * `test_mod` / `test_mod.TestX` / `tests.unit.test_mod.TestX`. Trailing capitalised segments are
 * classes; when what remains ends in a pytest module name (`test_*` or `*_test`) the nodeid is
 * rebuilt as `tests/unit/test_mod.py::TestX::name`, otherwise `classname::name`.
 */
function junitNodeid(classname, name) {
    if (!classname)
        return name;
    const parts = classname.split('.');
    let k = parts.length;
    while (k > 0 && /^[A-Z]/.test(parts[k - 1]))
        k--;
    const mod = parts.slice(0, k);
    const classes = parts.slice(k);
    const last = mod[mod.length - 1];
    if (last && (/^test_/.test(last) || /_test$/.test(last)))
        return [`${mod.join('/')}.py`, ...classes, name].join('::');
    return `${classname}::${name}`;
}
function metadataOf(tc) {
    const meta = {};
    for (const props of children(tc, 'properties'))
        for (const p of children(props, 'property')) {
            const name = attr(p, 'name');
            if (name === undefined)
                continue;
            const raw = attr(p, 'value') ?? (typeof p['#text'] === 'string' ? p['#text'] : '');
            const value = NUMERIC.test(raw) ? Number(raw) : raw;
            if (name in meta) {
                const prev = meta[name];
                meta[name] = Array.isArray(prev) ? [...prev, value] : [prev, value];
            }
            else
                meta[name] = value;
        }
    return meta;
}
function collectSuites(node, out) {
    for (const s of children(node, 'testsuite')) {
        out.push(s);
        collectSuites(s, out); // nested suites (other JUnit writers)
    }
    for (const s of children(node, 'testsuites'))
        collectSuites(s, out);
}
function parseJunit(text, file) {
    const body = (0,decode/* stripBom */.F8)(text);
    const bom = text.length - body.length;
    const dt = /<!DOCTYPE|<!ENTITY/i.exec(body);
    if (dt) {
        const { line, column } = (0,decode/* lineColumnAt */.IX)(text, dt.index + bom);
        throw new model/* InputError */.dz(file, 'a DOCTYPE / entity declaration is not accepted in JUnit XML', line, column);
    }
    const valid = fxp/* XMLValidator */.iI.validate(body);
    if (valid !== true)
        throw new model/* InputError */.dz(file, `invalid XML: ${valid.err.msg}`, valid.err.line, valid.err.col);
    const doc = parser.parse(body);
    const suites = [];
    collectSuites(doc, suites);
    if (suites.length === 0)
        throw new model/* InputError */.dz(file, 'JUnit XML without <testsuite> element');
    const warnings = [];
    const tests = [];
    let noTime = 0;
    // Suite attributes (leaf suites only, so nested suites are not counted twice); when a suite
    // lacks one, the counts come from the testcases.
    const totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    let attrsComplete = true;
    for (const suite of suites) {
        if (children(suite, 'testsuite').length)
            continue;
        for (const key of Object.keys(totals)) {
            const v = attr(suite, key)?.trim();
            if (v !== undefined && NUMERIC.test(v))
                totals[key] += Number(v);
            else
                attrsComplete = false;
        }
    }
    for (const suite of suites) {
        for (const tc of children(suite, 'testcase')) {
            const name = attr(tc, 'name') ?? '';
            const failure = children(tc, 'failure')[0];
            const error = children(tc, 'error')[0];
            const skipped = children(tc, 'skipped')[0];
            let outcome = 'passed';
            let message;
            if (failure) {
                outcome = 'failed';
                message = attr(failure, 'message');
            }
            else if (error) {
                outcome = 'error';
                message = attr(error, 'message');
            }
            else if (skipped) {
                // pytest writes xfail as <skipped type="pytest.xfail">
                outcome = attr(skipped, 'type') === 'pytest.xfail' ? 'xfailed' : 'skipped';
                message = attr(skipped, 'message');
            }
            const time = attr(tc, 'time');
            let duration = 0;
            if (time !== undefined && NUMERIC.test(time.trim()))
                duration = Number(time.trim());
            else
                noTime++;
            const entry = {
                file,
                nodeid: junitNodeid(attr(tc, 'classname'), name),
                outcome,
                markers: [],
                duration,
                metadata: metadataOf(tc),
            };
            if (message !== undefined)
                entry.message = message;
            tests.push(entry);
        }
    }
    if (noTime)
        warnings.push({ file, message: `${noTime} testcase(s) without a time attribute: duration 0` });
    warnings.push({ file, message: 'JUnit XML carries no pytest markers: markers are empty' });
    if (!attrsComplete) {
        // count from the testcases when the suites do not say
        totals.tests = tests.length;
        totals.failures = tests.filter((t) => t.outcome === 'failed').length;
        totals.errors = tests.filter((t) => t.outcome === 'error').length;
        totals.skipped = tests.filter((t) => t.outcome === 'skipped' || t.outcome === 'xfailed').length;
    }
    return { format: 'junit-xml', file, tests, summary: totals, warnings };
}

// EXTERNAL MODULE: ./.build/parsers/k6-ndjson/aggregator.js + 1 modules
var aggregator = __webpack_require__(74847);
// EXTERNAL MODULE: ./.build/parsers/k6-ndjson/finalize.js
var finalize = __webpack_require__(54450);
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

;// CONCATENATED MODULE: ./.build/parsers/k6-ndjson/index.js
// k6 `--out json` NDJSON reader: chunked, exact, mergeable (see aggregator.ts and finalize.ts).





/** Read a whole NDJSON text or buffer already in memory (small inputs, tests). */
function parseK6Ndjson(input, opts) {
    const agg = new NdjsonAggregator(opts);
    agg.push(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
    return finalizeNdjson(agg.snapshot(), opts);
}

// EXTERNAL MODULE: ./.build/parsers/k6-summary/keys.js
var keys = __webpack_require__(10940);
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

;// CONCATENATED MODULE: ./.build/parsers/k6-summary/index.js
// k6 end-of-test summaries, all three shapes (reference/formats.md section 2):
//   A  --summary-export: flat values per metric, no type; thresholds `{expr: true}` means FAILED;
//      rate metrics carry the rate in `value`.
//   B  handleSummary(data) JSON: `{type, contains, values, thresholds: {expr: {ok}}}`.
//   C  machine-readable summary 1.0.0: `results.metrics` array, no thresholds at all.
// Only fields present in the source appear in the summaries (nothing is filled with 0).






/** k6 built-in metrics (metrics/builtin.go): what they contain, for shape A which omits it. */
const BUILTIN_CONTAINS = {
    vus: 'default',
    vus_max: 'default',
    iterations: 'default',
    iteration_duration: 'time',
    dropped_iterations: 'default',
    checks: 'default',
    group_duration: 'time',
    http_reqs: 'default',
    http_req_failed: 'default',
    http_req_duration: 'time',
    http_req_blocked: 'time',
    http_req_connecting: 'time',
    http_req_tls_handshaking: 'time',
    http_req_sending: 'time',
    http_req_waiting: 'time',
    http_req_receiving: 'time',
    ws_connecting: 'time',
    ws_session_duration: 'time',
    ws_ping: 'time',
    ws_sessions: 'default',
    ws_msgs_sent: 'default',
    ws_msgs_received: 'default',
    grpc_req_duration: 'time',
    data_sent: 'data',
    data_received: 'data',
};
const num = schemas/* number */.aig();
const numOrNull = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* null */.chJ()]);
const metricType = schemas/* enum */.k5n(['trend', 'rate', 'counter', 'gauge']);
const contains = schemas/* enum */.k5n(['time', 'data', 'default']);
const checkA = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP().optional(),
    path: schemas/* string */.YjP().optional(),
    passes: num,
    fails: num,
});
const groupA = schemas/* lazy */.RZV(() => schemas/* looseObject */._H3({
    checks: schemas/* record */.g1P(schemas/* string */.YjP(), checkA).optional(),
    groups: schemas/* record */.g1P(schemas/* string */.YjP(), groupA).optional(),
}));
const shapeA = schemas/* looseObject */._H3({
    root_group: groupA.optional(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ thresholds: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* boolean */.zMY()).optional() }).catchall(numOrNull)),
});
const groupB = schemas/* lazy */.RZV(() => schemas/* looseObject */._H3({ checks: schemas/* array */.YOg(checkA).optional(), groups: schemas/* array */.YOg(groupB).optional() }));
const shapeB = schemas/* looseObject */._H3({
    root_group: groupB.optional(),
    state: schemas/* looseObject */._H3({ testRunDurationMs: num.optional() }).optional(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* looseObject */._H3({
        type: metricType,
        contains: contains.optional(),
        values: schemas/* record */.g1P(schemas/* string */.YjP(), numOrNull),
        thresholds: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* looseObject */._H3({ ok: schemas/* boolean */.zMY() })).optional(),
    })),
});
const metricC = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP(),
    type: metricType,
    contains: contains.optional(),
    values: schemas/* record */.g1P(schemas/* string */.YjP(), numOrNull),
});
const shapeC = schemas/* looseObject */._H3({
    version: schemas/* string */.YjP(),
    config: schemas/* looseObject */._H3({ duration: num.optional() }).optional(),
    metadata: schemas/* looseObject */._H3({
        generated_at: schemas/* string */.YjP().optional(),
        generatedAt: schemas/* string */.YjP().optional(),
        k6_version: schemas/* string */.YjP().optional(),
        k6Version: schemas/* string */.YjP().optional(),
    })
        .optional(),
    results: schemas/* looseObject */._H3({
        metrics: schemas/* array */.YOg(metricC),
        checks: schemas/* looseObject */._H3({
            metrics: schemas/* array */.YOg(metricC).optional(),
            results: schemas/* array */.YOg(schemas/* looseObject */._H3({ name: schemas/* string */.YjP(), passes: num, fails: num })).optional(),
        })
            .optional(),
    }),
});
/** Which summary shape a parsed object is; undefined when it is none of them. */
function k6SummaryShapeOf(doc) {
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        return undefined;
    const o = doc;
    const results = o.results;
    if (results && typeof results === 'object' && Array.isArray(results.metrics))
        return 'k6-machine-summary';
    const metrics = o.metrics;
    if (!metrics || typeof metrics !== 'object' || Array.isArray(metrics))
        return undefined;
    for (const v of Object.values(metrics)) {
        if (v && typeof v === 'object')
            return 'type' in v || 'values' in v ? 'k6-handle-summary' : 'k6-summary-export';
    }
    return 'state' in o || 'options' in o ? 'k6-handle-summary' : 'k6-summary-export';
}
/** Shape A has no `type`: infer it from the keys (formats.md 2.2). */
function inferTypeA(keys) {
    const has = (k) => keys.includes(k);
    if (has('passes') && has('fails') && has('value'))
        return 'rate';
    if (has('value') && has('min') && has('max'))
        return 'gauge';
    if (has('count') && has('rate') && keys.length === 2)
        return 'counter';
    return 'trend';
}
/** Copies the stats of `values` that belong to the type onto the summary; unknown keys warn. */
function applyValues(s, values, warn, rateKey) {
    const v = (k) => {
        const x = values[k];
        return typeof x === 'number' ? x : undefined;
    };
    const set = (field, x) => {
        if (x !== undefined)
            s[field] = x;
    };
    const key = `${s.metric}${Object.keys(s.tags).length ? '{…}' : ''}`;
    switch (s.type) {
        case 'counter':
            set('count', v('count'));
            set('rate', v('rate'));
            break;
        case 'gauge':
            set('value', v('value'));
            set('min', v('min'));
            set('max', v('max'));
            break;
        case 'rate':
            if (rateKey === 'matches') {
                // shape C: {matches, rate, total}
                const matches = v('matches');
                const total = v('total');
                set('rate', v('rate'));
                set('passes', matches);
                set('count', total);
                if (matches !== undefined && total !== undefined)
                    s.fails = total - matches;
            }
            else {
                set('rate', v(rateKey));
                set('passes', v('passes'));
                set('fails', v('fails'));
                if (s.passes !== undefined && s.fails !== undefined)
                    s.count = s.passes + s.fails;
            }
            break;
        case 'trend':
            for (const [k, x] of Object.entries(values)) {
                if (typeof x !== 'number')
                    continue; // a stat k6 left null (excluded) is absent, not 0
                if (k === 'avg' || k === 'min' || k === 'med' || k === 'max' || k === 'count') {
                    s[k] = x;
                    continue;
                }
                const stat = (0,keys/* normalizeStat */._j)(k);
                if (stat === 'p90' || stat === 'p95' || stat === 'p99')
                    s[stat] = x;
                else if (stat && /^p[\d.]+$/.test(stat))
                    (s.percentiles ??= {})[stat] = x;
                else
                    warn(`${key}: unknown trend stat "${k}" ignored`);
            }
            if (s.med === undefined && s.percentiles?.p50 !== undefined)
                s.med = s.percentiles.p50; // p(50) is med in k6
            break;
    }
}
function checksA(group, out) {
    if (!group)
        return;
    for (const [name, c] of Object.entries(group.checks ?? {}))
        out.push({
            name: c.name ?? name,
            ...(c.path !== undefined ? { path: c.path } : {}),
            passes: c.passes,
            fails: c.fails,
        });
    for (const g of Object.values(group.groups ?? {}))
        checksA(g, out);
}
function checksB(group, out) {
    if (!group)
        return;
    for (const c of group.checks ?? [])
        out.push({
            name: c.name ?? '',
            ...(c.path !== undefined ? { path: c.path } : {}),
            passes: c.passes,
            fails: c.fails,
        });
    for (const g of group.groups ?? [])
        checksB(g, out);
}
/**
 * Reads a k6 summary of any shape. `shape` forces one; otherwise the document's shape decides.
 * Invalid JSON or a document of the wrong shape is an InputError with the line.
 */
function parseK6Summary(text, file, shape) {
    const doc = (0,json/* parseJsonText */.lk)(text, file);
    const format = shape ?? k6SummaryShapeOf(doc);
    if (!format)
        throw new model/* InputError */.dz(file, 'not a k6 summary: expected `metrics` (summary-export / handleSummary) or `results.metrics` (machine-readable)');
    const warnings = [];
    const warn = (message) => warnings.push({ file, message });
    const locate = (p) => (0,json/* locateJsonPath */.Od)(text, p);
    const keyOf = (k, path) => {
        try {
            return (0,keys/* parseMetricKey */.$4)(k);
        }
        catch (e) {
            const at = locate(path);
            throw new model/* InputError */.dz(file, `bad metric key: ${e.message}`, at?.line, at?.column);
        }
    };
    const series = [];
    const thresholds = [];
    const checks = [];
    const ds = { format, file, series, thresholds, warnings };
    if (format === 'k6-summary-export') {
        const r = shapeA.safeParse(doc);
        if (!r.success)
            throw (0,json/* zodInputError */._i)(file, 'k6 --summary-export (shape A)', r.error, locate);
        for (const [name, entry] of Object.entries(r.data.metrics)) {
            const { metric, tags } = keyOf(name, ['metrics', name]);
            const { thresholds: th, ...rest } = entry;
            const values = rest;
            const type = inferTypeA(Object.keys(values));
            const s = { file, metric, type, tags };
            const c = BUILTIN_CONTAINS[metric];
            if (c)
                s.contains = c;
            applyValues(s, values, warn, 'value');
            series.push({ summary: s });
            // shape A inverts the verdict: `true` means the threshold FAILED
            for (const [expression, failed] of Object.entries(th ?? {}))
                thresholds.push({ file, metric: name, expression, ok: !failed, source: 'summary-export' });
        }
        checksA(r.data.root_group, checks);
        // k6's counter rate is count / test-run duration, so any counter gives the duration back
        const counter = series.find((x) => x.summary.metric === 'iterations' &&
            !Object.keys(x.summary.tags).length &&
            x.summary.type === 'counter') ?? series.find((x) => x.summary.type === 'counter' && !Object.keys(x.summary.tags).length);
        const { count, rate } = counter?.summary ?? {};
        if (count !== undefined && rate !== undefined && count > 0 && rate > 0)
            ds.durationSeconds = count / rate;
    }
    else if (format === 'k6-handle-summary') {
        const r = shapeB.safeParse(doc);
        if (!r.success)
            throw (0,json/* zodInputError */._i)(file, 'k6 handleSummary JSON (shape B)', r.error, locate);
        for (const [name, entry] of Object.entries(r.data.metrics)) {
            const { metric, tags } = keyOf(name, ['metrics', name]);
            const s = { file, metric, type: entry.type, tags };
            if (entry.contains)
                s.contains = entry.contains;
            applyValues(s, entry.values, warn, 'rate');
            series.push({ summary: s });
            for (const [expression, v] of Object.entries(entry.thresholds ?? {}))
                thresholds.push({ file, metric: name, expression, ok: v.ok, source: 'handle-summary' });
        }
        checksB(r.data.root_group, checks);
        const ms = r.data.state?.testRunDurationMs;
        if (ms !== undefined)
            ds.durationSeconds = ms / 1000;
    }
    else {
        const r = shapeC.safeParse(doc);
        if (!r.success)
            throw (0,json/* zodInputError */._i)(file, 'k6 machine-readable summary (shape C)', r.error, locate);
        const d = r.data;
        if (d.version !== '1.0.0')
            warn(`machine-readable summary version ${d.version}: read as 1.0.0`);
        const add = (list, base) => list.forEach((m, i) => {
            const { metric, tags } = keyOf(m.name, [...base, i, 'name']);
            const s = { file, metric, type: m.type, tags };
            if (m.contains)
                s.contains = m.contains;
            applyValues(s, m.values, warn, 'matches');
            series.push({ summary: s });
        });
        add(d.results.metrics, ['results', 'metrics']);
        add(d.results.checks?.metrics ?? [], ['results', 'checks', 'metrics']);
        for (const c of d.results.checks?.results ?? [])
            checks.push({ name: c.name, passes: c.passes, fails: c.fails });
        if (d.config?.duration !== undefined)
            ds.durationSeconds = d.config.duration;
        const version = d.metadata?.k6_version ?? d.metadata?.k6Version;
        if (version !== undefined)
            ds.k6Version = version;
        const generated = d.metadata?.generated_at ?? d.metadata?.generatedAt;
        if (generated !== undefined)
            ds.generatedAt = generated;
        ds.thresholdsAbsent = true;
        warn('shape C carries no threshold verdicts: thresholds are not known from this file (use --summary-export without --new-machine-readable-summary, handleSummary JSON, or k6’s exit code)');
    }
    if (checks.length)
        ds.checks = checks;
    return ds;
}

// EXTERNAL MODULE: ./.build/parsers/markdown/index.js + 1 modules
var markdown = __webpack_require__(27783);
;// CONCATENATED MODULE: ./.build/parsers/noise/sniff.js
function noise_sniff_sniff(head) {
    const f = head.facts;
    if (head.stage !== 'json' || f?.top !== 'object')
        return undefined;
    return typeof f.value('version') === 'number' && f.kind('keys') === 'object' ? 'noise' : undefined;
}

;// CONCATENATED MODULE: ./.build/parsers/noise/index.js
// The noise file `perf-gates calibrate` writes (NoiseFile in model.ts), validated with zod. Only the
// current version is read: version 1 recorded one run-to-run SD that mixed the between-run and the
// sampling components, which the two-component model cannot take apart, so it is refused.




const count = schemas/* number */.aig().int().nonnegative();
const variance = schemas/* number */.aig()
    .refine(Number.isFinite, 'must be a finite number')
    .refine((v) => v >= 0, 'must be >= 0');
const noiseFileSchema = schemas/* looseObject */._H3({
    version: schemas/* literal */.euz(model/* NOISE_FILE_VERSION */.Fx),
    generated_at: schemas/* string */.YjP().min(1),
    runs: count,
    keys: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* looseObject */._H3({
        between_var_log: variance,
        df: count,
        runs: count,
        sampling_var_log: variance.nullable(),
    })),
});
function parseNoise(text, file) {
    const doc = (0,json/* parseJsonText */.lk)(text, file);
    if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
        const v = doc.version;
        if (v !== model/* NOISE_FILE_VERSION */.Fx && (typeof v === 'number' || v === undefined)) {
            const at = (0,json/* locateJsonPath */.Od)(text, ['version']);
            throw new model/* InputError */.dz(file, `noise file version ${String(v)}: this perf-gates reads version ${model/* NOISE_FILE_VERSION */.Fx} (between-run variance kept apart from sampling variance); recalibrate with this version (perf-gates calibrate <runs...> --out ${file.split('/').pop()})`, at?.line, at?.column);
        }
    }
    const r = noiseFileSchema.safeParse(doc);
    if (!r.success)
        throw (0,json/* zodInputError */._i)(file, 'noise file', r.error, (p) => (0,json/* locateJsonPath */.Od)(text, p));
    const d = r.data;
    const warnings = [];
    const keys = {};
    for (const [k, v] of Object.entries(d.keys)) {
        keys[k] = {
            between_var_log: v.between_var_log,
            df: v.df,
            runs: v.runs,
            sampling_var_log: v.sampling_var_log,
        };
        if (v.runs < 2 || v.df < 1)
            warnings.push({ file, message: `${k}: ${v.runs} run(s), df ${v.df}: no run-to-run spread` });
        else if (v.df !== v.runs - 1)
            warnings.push({ file, message: `${k}: df ${v.df} but ${v.runs} runs (expected runs - 1)` });
    }
    if (Object.keys(keys).length === 0)
        warnings.push({ file, message: 'the noise file has no keys' });
    return {
        format: 'noise',
        file,
        noise: { version: model/* NOISE_FILE_VERSION */.Fx, generated_at: d.generated_at, runs: d.runs, keys },
        warnings,
    };
}

;// CONCATENATED MODULE: ./.build/parsers/plan/sniff.js
function plan_sniff_sniff(head) {
    const f = head.facts;
    if (head.stage !== 'json' || f?.top !== 'object')
        return undefined;
    return f.kind('target_metric') === 'object' ? 'optimization-plan' : undefined;
}

;// CONCATENATED MODULE: ./.build/parsers/plan/index.js
// optimization-plan.json, validated with zod. Only `target_metric { name, stat, direction }` is
// required; every other key is optional and unknown keys are kept (teams add their own fields).
// `name` may carry k6 tags (`http_req_duration{name:checkout}` → name + tags); stats are
// normalised (`p(95)` → `p95`). Justification: plan-level `justification`, `target_metric.justification`,
// and any `optimizations[]` entry whose `metric` is the target (same metric and tags, same stat when
// it names one) with a `justification`; all found are joined with a blank line.





const direction = schemas/* enum */.k5n(['decrease', 'increase']);
const nonEmpty = schemas/* string */.YjP().trim().min(1, 'must not be empty');
const stat = schemas/* string */.YjP().refine((s) => (0,keys/* normalizeStat */._j)(s) !== undefined, {
    message: 'unknown stat (use avg, min, med, max, p50, p90, p95, p99, p(N), rate, count, value or median)',
});
const pct = schemas/* number */.aig()
    .refine(Number.isFinite, 'must be a finite number')
    .refine((v) => v >= 0, 'must be >= 0');
const metricRef = schemas/* looseObject */._H3({ name: nonEmpty, stat, direction });
const planSchema = schemas/* looseObject */._H3({
    target_metric: metricRef.extend({ justification: schemas/* string */.YjP().optional() }),
    improvement_threshold_pct: pct.optional(),
    regression_tolerance_pct: pct.optional(),
    tracked_metrics: schemas/* array */.YOg(metricRef).optional(),
    approved_by: schemas/* union */.KCZ([nonEmpty, schemas/* array */.YOg(nonEmpty)]).optional(),
    approved_at: nonEmpty.optional(),
    justification: schemas/* string */.YjP().optional(),
    optimizations: schemas/* array */.YOg(schemas/* looseObject */._H3({
        metric: schemas/* string */.YjP().optional(),
        stat: schemas/* string */.YjP().optional(),
        justification: schemas/* string */.YjP().optional(),
    }))
        .optional(),
});
function splitName(name, file, text, path) {
    if (!name.includes('{'))
        return { name: name.trim() };
    try {
        const k = (0,keys/* parseMetricKey */.$4)(name);
        return Object.keys(k.tags).length ? { name: k.metric, tags: k.tags } : { name: k.metric };
    }
    catch (e) {
        const at = (0,json/* locateJsonPath */.Od)(text, path);
        throw new model/* InputError */.dz(file, `optimization plan: ${e.message}`, at?.line, at?.column);
    }
}
function parseOptimizationPlan(text, file) {
    const doc = (0,json/* parseJsonText */.lk)(text, file);
    const r = planSchema.safeParse(doc);
    if (!r.success)
        throw (0,json/* zodInputError */._i)(file, 'optimization plan', r.error, (p) => (0,json/* locateJsonPath */.Od)(text, p));
    const d = r.data;
    const warnings = [];
    const t = d.target_metric;
    const target = {
        ...splitName(t.name, file, text, ['target_metric', 'name']),
        stat: (0,keys/* normalizeStat */._j)(t.stat),
        direction: t.direction,
    };
    const out = {
        format: 'optimization-plan',
        file,
        plan: doc,
        target,
        warnings,
    };
    if (d.improvement_threshold_pct !== undefined)
        out.improvementThreshold = d.improvement_threshold_pct;
    if (d.regression_tolerance_pct !== undefined)
        out.tolerance = d.regression_tolerance_pct;
    if (d.tracked_metrics)
        out.tracked = d.tracked_metrics.map((m, i) => ({
            ...splitName(m.name, file, text, ['tracked_metrics', i, 'name']),
            stat: (0,keys/* normalizeStat */._j)(m.stat),
            direction: m.direction,
        }));
    if (d.approved_by !== undefined)
        out.approvedBy = (Array.isArray(d.approved_by) ? d.approved_by : [d.approved_by]).map((s) => s.trim());
    if (d.approved_at !== undefined) {
        out.approvedAt = d.approved_at;
        if (Number.isNaN(Date.parse(d.approved_at)))
            warnings.push({ file, message: `approved_at "${d.approved_at}" is not a date-time` });
    }
    if (out.approvedBy && out.approvedAt === undefined)
        warnings.push({ file, message: 'approved_by without approved_at' });
    if (out.approvedAt !== undefined && !out.approvedBy)
        warnings.push({ file, message: 'approved_at without approved_by' });
    const justifications = [];
    const addJ = (j) => {
        const s = j?.trim();
        if (s && !justifications.includes(s))
            justifications.push(s);
    };
    addJ(d.justification);
    addJ(t.justification);
    for (const o of d.optimizations ?? []) {
        if (!o.metric || !o.justification)
            continue;
        if (!(0,keys/* sameMetricKey */.gg)(o.metric, t.name))
            continue;
        if (o.stat !== undefined && (0,keys/* normalizeStat */._j)(o.stat) !== target.stat)
            continue;
        addJ(o.justification);
    }
    if (justifications.length)
        out.justification = justifications.join('\n\n');
    return out;
}

;// CONCATENATED MODULE: ./.build/parsers/pytest-benchmark/sniff.js
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
function pytest_benchmark_sniff_sniff(head) {
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
        throw new model/* InputError */.dz(head.file, "this is pytest-benchmark's console table (the text it prints), not its JSON: run pytest with " +
            '`--benchmark-json=FILE` and give that file');
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/parsers/pytest-benchmark/index.js
// pytest-benchmark `--benchmark-json` (5.x): one BenchmarkEntry per benchmark, stats in seconds
// per iteration exactly as written, raw rounds (`stats.data`) kept when present.



const finite = schemas/* number */.aig().refine(Number.isFinite, 'must be a finite number');
const bench = schemas/* looseObject */._H3({
    group: schemas/* string */.YjP().nullish(),
    name: schemas/* string */.YjP(),
    fullname: schemas/* string */.YjP(),
    params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
    extra_info: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
    stats: schemas/* looseObject */._H3({
        min: finite,
        max: finite,
        mean: finite,
        stddev: finite,
        median: finite,
        iqr: finite,
        ops: finite,
        rounds: schemas/* number */.aig().int().nonnegative(),
        iterations: schemas/* number */.aig().int().positive().optional(),
        q1: finite.optional(),
        q3: finite.optional(),
        // raw rounds: negative or non-finite ones (null: Python's NaN/Infinity) are impossible samples,
        // counted and left out below, never a reason to refuse the whole file
        data: schemas/* array */.YOg(schemas/* number */.aig().nullable()).optional(),
    }),
});
const file = schemas/* looseObject */._H3({
    machine_info: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    commit_info: schemas/* looseObject */._H3({
        id: schemas/* string */.YjP().nullish(),
        branch: schemas/* string */.YjP().nullish(),
        dirty: schemas/* boolean */.zMY().nullish(),
        time: schemas/* string */.YjP().nullish(),
    })
        .optional(),
    benchmarks: schemas/* array */.YOg(bench),
    datetime: schemas/* string */.YjP().optional(),
});
function parsePytestBenchmark(text, path) {
    const warnings = [];
    const doc = (0,json/* parseJsonText */.lk)(text, path, warnings);
    const r = file.safeParse(doc);
    if (!r.success)
        throw (0,json/* zodInputError */._i)(path, 'pytest-benchmark JSON', r.error, (p) => (0,json/* locateJsonPath */.Od)(text, p));
    const d = r.data;
    const seen = new Set();
    const benchmarks = d.benchmarks.map((b, bi) => {
        const s = b.stats;
        const e = {
            file: path,
            fullname: b.fullname,
            name: b.name,
            group: b.group ?? null,
            unit: 's',
            rounds: s.rounds,
            min: s.min,
            max: s.max,
            mean: s.mean,
            median: s.median,
            stddev: s.stddev,
            iqr: s.iqr,
            ops: s.ops,
        };
        if (s.iterations !== undefined)
            e.iterations = s.iterations;
        if (s.q1 !== undefined)
            e.q1 = s.q1;
        if (s.q3 !== undefined)
            e.q3 = s.q3;
        if (s.data !== undefined) {
            const ok = (v) => v !== null && Number.isFinite(v) && v >= 0;
            const bad = s.data.findIndex((v) => !ok(v));
            e.data = bad < 0 ? s.data : s.data.filter(ok);
            if (bad >= 0) {
                const count = s.data.length - e.data.length;
                const neg = s.data.some((v) => v !== null && v < 0);
                const nonFinite = s.data.some((v) => v === null || !Number.isFinite(v));
                const line = (0,json/* locateJsonPath */.Od)(text, ['benchmarks', bi, 'stats', 'data', bad])?.line;
                e.impossible = {
                    count,
                    total: s.data.length,
                    what: [neg ? 'negative durations' : '', nonFinite ? 'non-finite values' : '']
                        .filter(Boolean)
                        .join(' and '),
                    file: path,
                    ...(line !== undefined ? { line } : {}),
                };
                warnings.push({
                    file: path,
                    ...(line !== undefined ? { line } : {}),
                    message: `${b.fullname}: ${count} of ${s.data.length} raw rounds are impossible (${e.impossible.what})${line !== undefined ? `, the first on line ${line}` : ''}: left out`,
                });
            }
            if (s.data.length !== s.rounds)
                warnings.push({
                    file: path,
                    message: `${b.fullname}: ${s.data.length} raw rounds but stats.rounds = ${s.rounds}`,
                });
        }
        if (b.extra_info)
            e.extra_info = b.extra_info;
        if (b.params !== undefined)
            e.params = b.params;
        if (seen.has(b.fullname))
            warnings.push({ file: path, message: `${b.fullname} appears more than once` });
        seen.add(b.fullname);
        return e;
    });
    if (benchmarks.length === 0)
        warnings.push({ file: path, message: 'the file lists no benchmarks' });
    const ds = { format: 'pytest-benchmark', file: path, benchmarks, warnings };
    const c = d.commit_info;
    if (c) {
        const commit = {};
        if (c.id != null)
            commit.id = c.id;
        if (c.branch != null)
            commit.branch = c.branch;
        if (c.dirty != null)
            commit.dirty = c.dirty;
        if (c.time !== undefined)
            commit.time = c.time;
        ds.commit = commit;
    }
    if (d.machine_info)
        ds.machine = d.machine_info;
    if (d.datetime !== undefined)
        ds.datetime = d.datetime;
    return ds;
}

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

;// CONCATENATED MODULE: ./.build/parsers/pytest-json/index.js
// pytest-json-report (numirias/pytest-json-report 1.5): `tests[]` → TestEntry.
//
// Markers. The report has no markers field: `keywords` mixes marker names with the test's own
// name, its parameter id, parent node names (module file, classes, directories), the rootdir
// basename, "" and function attributes such as `pytestmark`. The rule used here: a keyword is a
// marker unless it is
//   - "" or `pytestmark`,
//   - a part of the nodeid: each `/` path component and file basename, each `::` segment (class
//     names, the test name with and without its `[param-id]`), the param id itself,
//   - the basename of `root` (the rootdir),
//   - not a Python identifier (marker names are identifiers: `pytest.mark.<name>`), which drops
//     param ids like `10`, file names like `test_perf.py`, and dir names like `orders-service`,
//   - a dunder name such as `__wrapped__` (a function attribute leaked by a decorator).



const stage = schemas/* looseObject */._H3({
    duration: schemas/* number */.aig().optional(),
    outcome: schemas/* string */.YjP().optional(),
    crash: schemas/* looseObject */._H3({ message: schemas/* string */.YjP().optional() }).nullish(),
    longrepr: schemas/* unknown */.L5J().optional(),
})
    .nullish();
const report = schemas/* looseObject */._H3({
    created: schemas/* number */.aig().optional(),
    exitcode: schemas/* number */.aig().int().optional(),
    root: schemas/* string */.YjP().optional(),
    summary: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
    tests: schemas/* array */.YOg(schemas/* looseObject */._H3({
        nodeid: schemas/* string */.YjP(),
        outcome: schemas/* string */.YjP(),
        keywords: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        setup: stage,
        call: stage,
        teardown: stage,
        metadata: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
    }))
        .optional(),
});
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
function basename(p) {
    const parts = p.split(/[\\/]/).filter(Boolean);
    return parts[parts.length - 1] ?? '';
}
/** The keyword names that are not markers, derived from the nodeid and rootdir (see the rule above). */
function nodeNames(nodeid, root) {
    const names = new Set(['', 'pytestmark']);
    const segments = nodeid.split('::');
    for (const comp of (segments[0] ?? '').split('/'))
        names.add(comp);
    for (const seg of segments) {
        names.add(seg);
        const m = /^(.*?)\[(.*)\]$/.exec(seg);
        if (m) {
            names.add(m[1]);
            names.add(m[2]);
        }
    }
    if (root)
        names.add(basename(root));
    return names;
}
/** Markers of one test from its keywords (rule at the top of this file). */
function markersFromKeywords(keywords, nodeid, root) {
    const skip = nodeNames(nodeid, root);
    const out = [];
    for (const k of keywords) {
        if (skip.has(k) || !IDENT.test(k) || /^__.*__$/.test(k))
            continue;
        if (!out.includes(k))
            out.push(k);
    }
    return out;
}
/** `('/path/test_x.py', 89, 'Skipped: needs a GPU runner')` → `Skipped: needs a GPU runner` */
function firstLine(longrepr) {
    if (typeof longrepr !== 'string' || !longrepr.trim())
        return undefined;
    const tuple = /^\(\s*'[^']*',\s*\d+,\s*(['"])([\s\S]*)\1\s*\)$/.exec(longrepr.trim());
    if (tuple)
        return tuple[2];
    return longrepr
        .split(/\r?\n/)
        .find((l) => l.trim() !== '')
        ?.trim();
}
function messageOf(stages, callStage) {
    if (callStage?.crash?.message)
        return callStage.crash.message;
    for (const s of stages)
        if (s?.crash?.message)
            return s.crash.message;
    for (const s of stages)
        if (s && s.outcome && s.outcome !== 'passed')
            return firstLine(s.longrepr);
    return undefined;
}
/** Reads a pytest-json-report file (also `--json-report-summary` files, which have no tests). */
function parsePytestJson(text, file) {
    const warnings = [];
    const doc = (0,json/* parseJsonText */.lk)(text, file, warnings);
    const r = report.safeParse(doc);
    if (!r.success)
        throw (0,json/* zodInputError */._i)(file, 'pytest-json-report', r.error, (p) => (0,json/* locateJsonPath */.Od)(text, p));
    const d = r.data;
    const tests = [];
    if (d.tests === undefined) {
        warnings.push({
            file,
            message: 'no tests[] in this report (written with --json-report-summary?): only the summary counts are known',
        });
    }
    for (const t of d.tests ?? []) {
        const stages = [t.setup, t.call, t.teardown];
        let duration = 0;
        for (const s of stages)
            if (typeof s?.duration === 'number')
                duration += s.duration;
        const entry = {
            file,
            nodeid: t.nodeid,
            outcome: t.outcome,
            markers: markersFromKeywords(t.keywords ?? [], t.nodeid, d.root),
            duration,
            metadata: t.metadata ?? {},
        };
        const message = messageOf(stages, t.call);
        if (message !== undefined)
            entry.message = message;
        tests.push(entry);
    }
    if (d.tests && d.tests.length && d.tests.every((t) => t.keywords === undefined))
        warnings.push({
            file,
            message: 'keywords were omitted (--json-report-omit keywords): markers are unknown',
        });
    const summary = {};
    for (const [k, v] of Object.entries(d.summary))
        if (typeof v === 'number')
            summary[k] = v;
    const ds = { format: 'pytest-json-report', file, tests, summary, warnings };
    if (d.exitcode !== undefined)
        ds.exitcode = d.exitcode;
    if (d.created !== undefined)
        ds.created = new Date(d.created * 1000).toISOString();
    return ds;
}

// EXTERNAL MODULE: ./.build/parsers/text/yaml.js
var yaml = __webpack_require__(80066);
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

;// CONCATENATED MODULE: ./.build/parsers/slo/index.js
// slo-updates.yml: `slo_updates: [...]`, read with the `yaml` package and validated with zod.
// Two vocabularies are accepted and normalised to SloUpdate:
//   fixture/team form   service, metric, stat, current, proposed, rationale, approvers
//   protocol form       slo_name, previous_target, new_target, justification
// slo_name defaults to `<service> <metric> <stat>`; previous_target ← current, new_target ←
// proposed, justification ← rationale. Every key of the entry is kept as written too.





const target = schemas/* union */.KCZ([
    schemas/* string */.YjP().trim().min(1, 'must not be empty'),
    schemas/* number */.aig().refine(Number.isFinite, 'must be finite'),
]);
const names = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())]);
const entry = schemas/* looseObject */._H3({
    slo_name: schemas/* string */.YjP().trim().min(1).optional(),
    service: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).optional(),
    metric: schemas/* string */.YjP().optional(),
    stat: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).optional(),
    current: target.optional(),
    previous_target: target.optional(),
    proposed: target.optional(),
    new_target: target.optional(),
    rationale: schemas/* string */.YjP().optional(),
    justification: schemas/* string */.YjP().optional(),
    approvers: names.optional(),
})
    .refine((e) => e.new_target !== undefined || e.proposed !== undefined, {
    message: 'needs new_target (or proposed)',
})
    .refine((e) => e.slo_name !== undefined || e.service !== undefined || e.metric !== undefined, {
    message: 'needs slo_name (or service/metric/stat to name it)',
});
const schema = schemas/* looseObject */._H3({ slo_updates: schemas/* array */.YOg(entry) });
function parseSloUpdates(text, file) {
    const { raw, warnings, locate } = (0,yaml/* readYaml */.g)(text, file);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        throw new model/* InputError */.dz(file, 'SLO updates: expected a mapping with a `slo_updates` list');
    const r = schema.safeParse(raw);
    if (!r.success)
        throw (0,json/* zodInputError */._i)(file, 'SLO updates', r.error, locate);
    const updates = r.data.slo_updates.map((e) => {
        const name = e.slo_name ?? [e.service, e.metric, e.stat].filter((x) => x !== undefined && x !== '').join(' ');
        const { stat, approvers: _a, ...rest } = e;
        const u = {
            ...rest,
            slo_name: name,
            new_target: (e.new_target ?? e.proposed),
        };
        if (stat !== undefined)
            u.stat = String(stat);
        const prev = e.previous_target ?? e.current;
        if (prev !== undefined)
            u.previous_target = prev;
        const j = e.justification ?? e.rationale;
        if (j !== undefined)
            u.justification = j;
        if (e.approvers !== undefined)
            u.approvers = Array.isArray(e.approvers) ? e.approvers : [e.approvers];
        return u;
    });
    if (updates.length === 0)
        warnings.push({ file, message: 'slo_updates is empty: no SLO changes proposed' });
    return { format: 'slo-updates', file, updates, raw: raw, warnings };
}

;// CONCATENATED MODULE: ./.build/parsers/index.js
// The formats perf-gates reads, in the order detection asks them (src/parsers/sniff.ts walks the
// stages of a file's head; each format's own test is the `sniff` beside its reader), and the floor's
// exports. Every format except k6 NDJSON (streamed by src/parsers/k6-ndjson/) reads from text to a
// Dataset of src/model.ts here. Pure: strings and bytes in.














/**
 * The registry, in detection order: at each stage of a head the first sniff that claims it wins
 * (k6 NDJSON first: gzip, and a Metric or Point object before any summary; Markdown last: it takes
 * whatever text is left).
 */
const FORMATS = [
    {
        formats: ['k6-ndjson'],
        sniff: k6_ndjson_sniff_sniff,
        parse: (_text, file) => {
            throw new model/* InputError */.dz(file, 'k6 NDJSON is read by the streaming NDJSON reader, not parseDocument');
        },
    },
    {
        formats: ['k6-summary-export', 'k6-handle-summary', 'k6-machine-summary'],
        sniff: k6_summary_sniff_sniff,
        parse: (text, file, format) => parseK6Summary(text, file, format),
    },
    { formats: ['pytest-json-report'], sniff: pytest_json_sniff_sniff, parse: parsePytestJson },
    {
        formats: ['pytest-benchmark'],
        sniff: pytest_benchmark_sniff_sniff,
        parse: parsePytestBenchmark,
    },
    { formats: ['optimization-plan'], sniff: plan_sniff_sniff, parse: parseOptimizationPlan },
    { formats: ['noise'], sniff: noise_sniff_sniff, parse: parseNoise },
    { formats: ['approvals'], sniff: sniff, parse: parseApprovals },
    { formats: ['junit-xml'], sniff: junit_sniff_sniff, parse: parseJunit },
    { formats: ['baseline-csv'], sniff: sniff_sniff, parse: parseBaselineCsv },
    { formats: ['slo-updates'], sniff: slo_sniff_sniff, parse: parseSloUpdates },
    { formats: ['markdown'], sniff: markdown/* sniff */.Z, parse: markdown/* parseMarkdown */.D },
];
const SNIFFS = FORMATS.map((f) => f.sniff);
/**
 * The format of a file from its first bytes (up to ~64 KiB; the head may end in the middle of a
 * document). Unknown content is an InputError that says what was looked for. The file name only
 * vetoes: a `.json`, `.ndjson` or `.gz` file is never Markdown; Markdown at all only with
 * `{ markdown: true }`.
 */
function detectFormat(head, file, opts = {}) {
    return (0,parsers_sniff/* detectWith */.MM)(SNIFFS, head, file, opts);
}
/** Reads one document of a known format (every format except 'k6-ndjson'). */
function parseDocument(text, file, format) {
    const entry = FORMATS.find((f) => f.formats.includes(format));
    if (!entry)
        throw new model/* InputError */.dz(file, `unknown format "${String(format)}"`);
    return entry.parse(text, file, format);
}
/**
 * Bytes of a whole file to a Dataset: detects the format from the first 64 KiB unless `format`
 * names one, decodes the text (UTF-8, or UTF-16 with a BOM) and parses it. k6 NDJSON (detected or
 * named) is an InputError here: the I/O layer streams it through the NDJSON reader instead.
 */
function readDocument(bytes, file, format = 'auto', opts = {}) {
    const f = format === 'auto' ? detectFormat(bytes.subarray(0, parsers_sniff/* DETECT_HEAD_BYTES */.ZM), file, opts) : format;
    return parseDocument((0,decode/* decodeText */.g7)(bytes, file), file, f);
}















/***/ }),

/***/ 74847:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sv: () => (/* binding */ DEFAULT_BY),
  _6: () => (/* binding */ DEFAULT_VALUE_BUDGET),
  Oc: () => (/* binding */ MAX_LINE_BYTES),
  uC: () => (/* binding */ NdjsonAggregator),
  Dw: () => (/* binding */ ValueBudget)
});

// UNUSED EXPORTS: DEFAULT_MAX_TAG_SETS, MAX_LISTED_WARNINGS

// EXTERNAL MODULE: ./.build/model.js
var model = __webpack_require__(76995);
;// CONCATENATED MODULE: ./.build/parsers/k6-ndjson/time.js
// RFC 3339 timestamps as k6 writes them (`2026-11-22T09:22:15.010100264Z`, `...+02:00`), parsed
// cheaply: the `YYYY-MM-DDTHH:MM` prefix and the zone are parsed once with Date.parse and cached;
// seconds and the fraction (up to ns) are added by hand. Result: milliseconds since the epoch.
class TimeParser {
    prefix = '';
    zone = '';
    base = Number.NaN;
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
        }
        return base + (s1 * 10 + s2) * 1000 + (frac * 1000) / scale;
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

// EXTERNAL MODULE: ./.build/stats/sketch.js
var sketch = __webpack_require__(34260);
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
    constructor(metric, tags, keepValues, folded, budget) {
        this.metric = metric;
        this.tags = tags;
        this.budget = budget;
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
        const sk = new sketch/* QuantileSketch */.w();
        for (const b of this.blocks)
            sk.addAll(b === this.cur ? b.subarray(0, this.fill) : b);
        this.budget.kept -= this.kept;
        this.kept = 0;
        this.blocks = null;
        this.cur = null;
        this.fill = 0;
        this.sketch = sk;
    }
    state(sortValues) {
        let values = null;
        if (this.blocks !== null) {
            values = this.blocks.slice(0, -1);
            if (this.cur !== null && this.fill > 0)
                values.push(this.cur.subarray(0, this.fill));
            if (sortValues)
                for (const b of values)
                    b.sort(); // in place: each block a sorted run
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
class TagSet {
    raw;
    tags;
    byMetric = new Map();
    constructor(raw, tags) {
        this.raw = raw;
        this.tags = tags;
    }
}
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
/**
 * A JSON number in s[a, b). Plain decimals of at most 15 digits are computed as integer / 10^k:
 * both exact doubles, so the quotient is the correctly rounded value, the same double as
 * JSON.parse gives. Anything else (exponents, more digits) goes through Number(). NaN when the
 * text is not a finite JSON number.
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
    const c0 = s.charCodeAt(a);
    if (!((c0 >= 48 && c0 <= 57) || c0 === 45))
        return Number.NaN;
    const v = +s.slice(a, b);
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
    constructor(opts) {
        this.file = opts.file;
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
     * `sortValues`: sort each value block in place now (worker threads do, so the sorting runs in
     * parallel and finalize only merges sorted runs).
     */
    snapshot(opts = {}) {
        this.end();
        return {
            version: 1,
            files: [{ ...this.fs, segments: [...this.fs.segments], warnings: [...this.fs.warnings] }],
            leaves: this.leaves.map((l) => l.state(opts.sortValues === true)),
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
        let p = start;
        while (p < end) {
            let q = end;
            if (end - p > DECODE_PIECE) {
                const nl = buf.lastIndexOf(10, p + DECODE_PIECE - 1);
                q = nl >= p ? nl + 1 : buf.indexOf(10, p + DECODE_PIECE) + 1 || end;
            }
            this.scan(buf.toString('latin1', p, q), false);
            p = q;
        }
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
            const leaf = new Leaf(metric, ts.raw, keep, false, this.budget);
            ts.byMetric.set(metric, leaf);
            list.push(leaf);
            this.leaves.push(leaf);
            return leaf;
        }
        // Past the cap: keep only the tags the entries are built from (breakdown, filters and the
        // submetrics declared so far); whole-metric figures stay exact.
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
            leaf = new Leaf(metric, rawReduced, keep, true, this.budget);
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


/***/ }),

/***/ 54450:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ finalizeNdjson),
/* harmony export */   p8: () => (/* binding */ mergePartials)
/* harmony export */ });
/* unused harmony export transferList */
/* harmony import */ var _stats_sketch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34260);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76995);
/* harmony import */ var _stats_percentile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2099);
/* harmony import */ var _aggregator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74847);
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
    const sk = new _stats_sketch_js__WEBPACK_IMPORTED_MODULE_2__/* .QuantileSketch */ .w();
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
                a.values = [...a.values, ...l.values];
            }
            if (a.runs !== true || l.runs !== true)
                delete a.runs;
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
/** Scratch space for merging: two buffers, reused by every entry of a dataset (no garbage). */
class Scratch {
    a = new Float64Array(0);
    b = new Float64Array(0);
    ensure(n) {
        if (this.a.length < n) {
            this.a = new Float64Array(n);
            this.b = new Float64Array(n);
        }
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
    let level = arrays;
    let out = scratch.a;
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
        out = out === scratch.a ? scratch.b : scratch.a;
    }
    return level[0];
}
/**
 * A leaf's values as sorted runs: each block sorted in place (no copy, no garbage), unless a
 * worker already did. Entries merge the runs of their leaves.
 */
function leafRuns(l) {
    const blocks = l.values ?? [];
    if (l.runs !== true)
        for (const b of blocks)
            b.sort();
    l.runs = true;
    return blocks.filter((b) => b.length > 0);
}
/** One ascending array from sorted ones (the single input itself when there is one). */
function mergeSorted(arrays) {
    if (arrays.length === 0)
        return new Float64Array(0);
    const r = mergeInScratch(arrays, new Scratch());
    return r.length === r.buffer.byteLength / 8 ? r : r.slice();
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
                a = mergeSorted(leaves);
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
            throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(f.file, `not k6 NDJSON: no k6 line (a JSON object per line with "type":"Point" or "type":"Metric", as k6 --out json writes) in ${f.lines} lines; the first line that is not one: ${f.firstOther?.[2] ?? '?'}`, line);
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
    const by = opts.by ?? _aggregator_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_BY */ .Sv;
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
                    l.runs = leafRuns(l.state);
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
        for (const e of entries) {
            const negs = e.leaves.reduce((a, l) => a + (l.negatives ?? 0), 0);
            let s = entry(file, name, type, contains, e.tags, e.leaves, span, scratch);
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
function entry(file, metric, type, contains, tags, leaves, span, scratch) {
    const summary = contains !== undefined ? { file, metric, type, contains, tags } : { file, metric, type, tags };
    const series = { summary };
    if (type === 'trend' && leaves.some((l) => l.state.sketch !== undefined)) {
        // past the run's budget of kept values: percentiles from the sketch, count/sum/min/max exact
        const sk = new _stats_sketch_js__WEBPACK_IMPORTED_MODULE_2__/* .QuantileSketch */ .w();
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
        const a = mergeInScratch(arrays, scratch);
        const n = a.length;
        let sum = 0;
        for (let i = 0; i < n; i++)
            sum += a[i];
        if (n === 0)
            return null;
        summary.count = n;
        summary.avg = sum / n;
        summary.min = a[0];
        summary.med = (0,_stats_percentile_js__WEBPACK_IMPORTED_MODULE_3__/* .percentileSorted */ .v)(a, 0.5);
        summary.max = a[n - 1];
        summary.p90 = (0,_stats_percentile_js__WEBPACK_IMPORTED_MODULE_3__/* .percentileSorted */ .v)(a, 0.9);
        summary.p95 = (0,_stats_percentile_js__WEBPACK_IMPORTED_MODULE_3__/* .percentileSorted */ .v)(a, 0.95);
        summary.p99 = (0,_stats_percentile_js__WEBPACK_IMPORTED_MODULE_3__/* .percentileSorted */ .v)(a, 0.99);
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


/***/ }),

/***/ 10940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ parseMetricKey),
/* harmony export */   Il: () => (/* binding */ tryParseMetricKey),
/* harmony export */   Iu: () => (/* binding */ sameTags),
/* harmony export */   _j: () => (/* binding */ normalizeStat),
/* harmony export */   dw: () => (/* binding */ formatMetricKey),
/* harmony export */   gg: () => (/* binding */ sameMetricKey),
/* harmony export */   wn: () => (/* reexport safe */ _model_js__WEBPACK_IMPORTED_MODULE_0__.wn)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76995);
// k6 metric keys: `metric` or a submetric `metric{tag:value,tag2:value2}` (spaces around a tag key
// or value are trimmed and one pair of quotes dropped, so `metric{"name":"x"}` and
// `metric{ name: 'x' }` name the same submetric; a value with `,` `:` `{` `}` `"` is written in
// double quotes, see quoteTagPart). Trend stat names `p(95)`, `p95`, `med`...


/** Where the tag list opens: the first `{` outside quotes (a metric name has no quotes or braces). */
function tagListStart(key) {
    return key.indexOf('{');
}
/**
 * Splits `http_req_duration{name:products,status:200}` into the metric name and its tags.
 * Throws an Error (the caller turns it into an InputError with the file and line) when the
 * braces or a `tag:value` pair are malformed.
 */
function parseMetricKey(key) {
    const open = tagListStart(key);
    if (open < 0) {
        if (key.includes('}'))
            throw new Error(`"${key}": '}' without '{'`);
        return { metric: key.trim(), tags: {} };
    }
    if (!key.trimEnd().endsWith('}'))
        throw new Error(`"${key}": a submetric key must end with '}'`);
    const metric = key.slice(0, open).trim();
    if (!metric)
        throw new Error(`"${key}": no metric name before '{'`);
    const inner = key.slice(open + 1, key.trimEnd().length - 1);
    const tags = {};
    if (inner.trim() === '')
        return { metric, tags };
    for (const [k, v] of (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .splitTagList */ .nx)(inner, key)) {
        if (!k)
            throw new Error(`"${key}": a tag without a name`);
        tags[k] = v;
    }
    return { metric, tags };
}
/** parseMetricKey for places that must not throw: a malformed key is taken as a plain metric name. */
function tryParseMetricKey(key) {
    try {
        return parseMetricKey(key);
    }
    catch {
        return { metric: key.trim(), tags: {} };
    }
}
/** Exactly the same tags (order does not matter). */
function sameTags(a, b) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && b[k] === a[k]);
}
/** k6's spelling: tags sorted by key and comma-joined, `metric{a:1,b:2}`; `metric` without tags. */
function formatMetricKey(metric, tags) {
    const keys = Object.keys(tags).sort();
    if (keys.length === 0)
        return metric;
    return `${metric}{${keys.map((k) => `${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteTagPart */ .wn)(k, true)}:${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteTagPart */ .wn)(tags[k])}`).join(',')}}`;
}
/** Same metric and tags, whatever the spelling (quotes, spaces, tag order). */
function sameMetricKey(a, b) {
    try {
        const x = parseMetricKey(a);
        const y = parseMetricKey(b);
        return formatMetricKey(x.metric, x.tags) === formatMetricKey(y.metric, y.tags);
    }
    catch {
        return a.trim() === b.trim();
    }
}
/**
 * Normalises a stat name: `p(95)`/`P95`/`p(95.0)` → `p95`, `p(99.9)` → `p99.9`, `p(50)` → `p50`;
 * `avg min med max count rate value median` as they are (lower-cased). undefined when unknown.
 */
function normalizeStat(stat) {
    const s = stat.trim().toLowerCase();
    const m = /^p\(?\s*(\d+(?:\.\d+)?)\s*\)?$/.exec(s);
    if (m) {
        const v = Number(m[1]);
        if (!(v >= 0 && v <= 100))
            return undefined;
        return `p${String(v)}`;
    }
    if (['avg', 'min', 'med', 'max', 'count', 'rate', 'value', 'median', 'mean'].includes(s))
        return s;
    return undefined;
}


/***/ }),

/***/ 27783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ parseMarkdown),
  Z: () => (/* reexport */ sniff_sniff)
});

// EXTERNAL MODULE: ./.build/parsers/text/decode.js
var decode = __webpack_require__(85115);
// EXTERNAL MODULE: ./.build/model.js
var model = __webpack_require__(76995);
// EXTERNAL MODULE: ./.build/parsers/sniff.js
var sniff = __webpack_require__(29905);
;// CONCATENATED MODULE: ./.build/parsers/markdown/sniff.js
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
        return new model/* InputError */.dz(file, `invalid JSON: ${invalidJson.message}`, invalidJson.line, invalidJson.column);
    if (NOT_MARKDOWN_NAME.test(file)) {
        return new model/* InputError */.dz(file, `unknown format: ${what}, but a file named ${JSON.stringify(file.split(/[\\/]/).pop())} is never read as Markdown; looked for ${sniff/* LOOKED_FOR */.Fb}`);
    }
    return new model/* InputError */.dz(file, `unknown format: ${what}; Markdown is read only by the document inputs (hypotheses, profiling-report, capacity-analysis, instrumentation-log); looked for ${sniff/* LOOKED_FOR */.Fb}`);
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
function sniff_sniff(head) {
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

;// CONCATENATED MODULE: ./.build/parsers/markdown/index.js


const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** Heading text without the optional closing sequence (`## Title ##` → `Title`). */
function headingText(raw) {
    if (!raw)
        return '';
    const t = raw.replace(/[ \t]+#+[ \t]*$/, '').replace(/^#+$/, '');
    return t.trim();
}
function parseMarkdown(text, file) {
    const body = (0,decode/* stripBom */.F8)(text);
    const lines = body.split(/\r\n|\r|\n/);
    const sections = [];
    const warnings = [];
    let current;
    let fence;
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
                if (!(char === '`' && f[2].includes('`')))
                    fence = { char, len: f[1].length, line: i + 1 };
            }
            else if (char === fence.char && f[1].length >= fence.len && f[2].trim() === '')
                fence = undefined;
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
    if (body.trim() === '')
        warnings.push({ file, message: 'the document is empty' });
    const ds = { format: 'markdown', file, sections, text: body, warnings };
    const h1 = sections.find((s) => s.level === 1);
    if (h1)
        ds.title = h1.title;
    return ds;
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


/***/ }),

/***/ 80066:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ readYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76995);
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85115);
// A YAML document as the document parsers read it (SLO updates, waivers): a parse error or an
// alias bomb is an InputError naming the file (and line), keys are unique, and `locate` finds the
// line of a value by its path (for schema errors and per-entry lines).



function readYaml(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((0,_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(text), { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const pos = lineCounter.linePos(e.pos[0]);
        throw new _model_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, `invalid YAML: ${e.message.split('\n')[0]}`, pos.line, pos.col);
    }
    let raw;
    try {
        // an alias bomb (aliases of aliases) is stopped by the yaml library: say which file
        raw = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(file, `invalid YAML: ${e.message}`);
    }
    const warnings = doc.warnings.map((w) => ({
        file,
        line: lineCounter.linePos(w.pos[0]).line,
        message: w.message.split('\n')[0],
    }));
    const locate = (path) => {
        for (let n = path.length; n >= 0; n--) {
            const node = doc.getIn(path.slice(0, n), true);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(node) && node.range) {
                const { line, col } = lineCounter.linePos(node.range[0]);
                return { line, column: col };
            }
        }
        return undefined;
    };
    return { raw, warnings, locate };
}


/***/ }),

/***/ 53644:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YO: () => (/* binding */ addToStore),
/* harmony export */   uz: () => (/* binding */ readStore),
/* harmony export */   wr: () => (/* binding */ compareHistory)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76995);
/* harmony import */ var _io_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22316);
/* harmony import */ var _io_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9226);
/* harmony import */ var _parsers_history_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64150);
/* harmony import */ var _stats_history_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1100);
/* harmony import */ var _stats_history_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(97272);
/* harmony import */ var _stats_history_compare_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64114);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76760);
// The history store, end to end (issue 15): record a run into the store, read the store back.
// The rules are pure (src/stats/history/), the folder access an adapter (src/io/store.ts).








/** Every entry of the store, oldest first. A store that does not exist is empty. */
async function readStore(dir) {
    const names = await (0,_io_store_js__WEBPACK_IMPORTED_MODULE_2__/* .listFolder */ .bt)(dir);
    const warnings = (0,_stats_history_store_js__WEBPACK_IMPORTED_MODULE_7__/* .strayNames */ .eh)(names).map((n) => ({
        file: node_path__WEBPACK_IMPORTED_MODULE_6__.join(dir, n),
        message: 'not a history entry name (NNNNNN-<sha>.json): ignored',
    }));
    const entries = [];
    for (const { name } of (0,_stats_history_store_js__WEBPACK_IMPORTED_MODULE_7__/* .entryNames */ .VM)(names)) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_6__.join(dir, name);
        const { text } = await (0,_io_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(file);
        entries.push({ file, entry: (0,_parsers_history_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseHistoryEntry */ .EZ)(text, file) });
    }
    return { entries, warnings };
}
/** The commit of a run when its files say (pytest-benchmark's commit_info). */
function commitOf(run) {
    return run.benchmarks?.commit?.id ?? undefined;
}
/** The time of a run when its files say: k6 NDJSON's first sample, pytest-benchmark's datetime. */
function timeOf(run) {
    return run.k6?.startTime ?? run.benchmarks?.datetime ?? undefined;
}
function isoTime(t, where) {
    const ms = Date.parse(t);
    if (Number.isNaN(ms))
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where, `"${t}" is not an ISO 8601 time`);
    return new Date(ms).toISOString();
}
/**
 * Record `run` and append it to the store at `dir` (created when missing), keeping the last `keep`
 * entries. The whole store is read first: a store holding an entry this version cannot read is not
 * written to. Returns the new file and the files dropped.
 */
async function addToStore(dir, run, opts) {
    const { warnings } = await readStore(dir);
    const sha = opts.sha ?? commitOf(run);
    if (sha !== undefined && !/^[0-9a-fA-F]{4,64}$/.test(sha))
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('--sha', `"${sha}" is not a hex commit SHA`);
    const time = opts.time !== undefined
        ? isoTime(opts.time, '--time')
        : isoTime(timeOf(run) ?? new Date().toISOString(), run.files[0]?.path ?? 'run');
    const entry = (0,_stats_history_record_js__WEBPACK_IMPORTED_MODULE_4__/* .recordRun */ .vj)(run, {
        sha: sha?.toLowerCase() ?? null,
        time,
        version: opts.version,
        confidence: opts.confidence,
        keys: opts.keys,
    });
    // the entry must read back as written before it goes in
    const text = (0,_parsers_history_index_js__WEBPACK_IMPORTED_MODULE_3__/* .historyEntryText */ .iP)(entry);
    (0,_parsers_history_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseHistoryEntry */ .EZ)(text, '(new entry)');
    const names = await (0,_io_store_js__WEBPACK_IMPORTED_MODULE_2__/* .listFolder */ .bt)(dir);
    const plan = (0,_stats_history_store_js__WEBPACK_IMPORTED_MODULE_7__/* .planAppend */ .Ae)(names, entry, opts.keep ?? _stats_history_store_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_KEEP */ .oK);
    const file = await (0,_io_store_js__WEBPACK_IMPORTED_MODULE_2__/* .publishNew */ .Uo)(dir, plan.name, text);
    await (0,_io_store_js__WEBPACK_IMPORTED_MODULE_2__/* .removeFiles */ .WS)(dir, plan.remove);
    return { file, entry, removed: plan.remove.map((n) => node_path__WEBPACK_IMPORTED_MODULE_6__.join(dir, n)), warnings };
}
/**
 * `compare --history`: the store's entries as the baseline side. The entries' bounds were taken at
 * their own confidence: a comparison at another confidence is refused (naming the first such entry).
 */
async function compareHistory(dir, candidate, opts) {
    const { entries, warnings } = await readStore(dir);
    if (entries.length === 0)
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(dir, 'the history store has no entries (perf-gates history add)');
    const other = entries.find((e) => e.entry.confidence !== opts.confidence);
    if (other) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(other.file, `recorded at confidence ${other.entry.confidence}, the comparison asks for ${opts.confidence}: compare at ${other.entry.confidence}`);
    }
    const rows = (0,_stats_history_compare_js__WEBPACK_IMPORTED_MODULE_5__/* .compareWithHistory */ .KG)(entries.map((e) => e.entry), candidate, opts);
    return { rows, entries: entries.length, warnings };
}


/***/ }),

/***/ 9490:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ readK6NdjsonRun)
});

// UNUSED EXPORTS: k6ChunkParser

// EXTERNAL MODULE: ./.build/model.js
var model = __webpack_require__(76995);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
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
        this.start = o.now();
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
// streamed, cut into line-aligned chunks and handed to chunk parsers, in this thread for small
// inputs and in two worker threads for big ones. The main thread reads (and gunzips: zlib runs on
// the libuv pool), hashes, cuts chunks and hands them out; each worker's parser reads its chunks
// and posts back its state with the value buffers transferred. What the lines mean is the caller's
// (run/k6-read.ts gives k6's aggregator; the worker is the bundle entry entries/ndjson-worker.ts).
// Results are identical whichever way the lines were read (chunks are numbered).










/** Read size and parser chunk size: 1 MiB (gunzip's 16 KiB default is 7x slower). */
const CHUNK = 1 << 20;
/** Inputs bigger than this (uncompressed, estimated for gzip) are parsed by worker threads. */
const WORKER_MIN_BYTES = 32 * 1024 * 1024;
/**
 * Plain files below this are read fastest in this thread alone (measured on 2 cores: 100 MB took
 * 0.61 s without workers, 0.73 s with two: starting them costs more than they save). gzip input
 * keeps the lower bound, because gunzip already runs beside the parser on the thread pool.
 */
const PLAIN_WORKER_MIN_BYTES = 192 * 1024 * 1024;
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
    constructor(files, plan, pool) {
        this.pool = pool;
        this.aggs = files.map((file) => plan.parser(file));
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
class WorkerSink {
    helpWhileStarting;
    bufs;
    pool = [];
    waiters = [];
    failed;
    nFiles;
    /** chunks read while no worker has started yet are parsed here (workers take ~0.2 s to load) */
    local;
    localUsed = new Set();
    constructor(spec, n, files, plan, helpWhileStarting, bufs) {
        this.helpWhileStarting = helpWhileStarting;
        this.bufs = bufs;
        this.nFiles = files.length;
        this.local = new LocalSink(files, plan, bufs);
        for (let i = 0; i < n; i++) {
            const worker = new external_node_worker_threads_.Worker(spec.script, {
                workerData: spec.data,
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
    async chunk(f, buf, seq) {
        if (this.helpWhileStarting && !this.pool.some((pw) => pw.ready)) {
            this.localUsed.add(f);
            const items = this.local.parse(f, buf, seq);
            this.bufs.put(buf.buffer);
            if (items.length > 0)
                for (const pw of this.pool)
                    pw.worker.postMessage({ t: 'learn', items });
            await new Promise((r) => setImmediate(r)); // let 'ready' messages in
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
        const results = await Promise.all(this.pool.map((pw) => pw.done));
        const byFile = Array.from({ length: this.nFiles }, () => []);
        const local = await this.local.finish();
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
        hash.update(this.buf.subarray(this.len, this.len + bytesRead));
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
async function readPlain(path, hash, out, tick) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        while (await out.readFrom(fd, hash, tick))
            ;
        await out.end();
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Returns a warning when the gzip stream was cut short (k6 killed): the lines before it count. */
async function readGzip(path, hash, out, tick) {
    const rs = (0,external_node_fs_.createReadStream)(path, { highWaterMark: CHUNK });
    const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: CHUNK });
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
            const st = await (0,promises_.stat)(path);
            if (!st.isFile())
                throw new model/* InputError */.dz(path, 'not a file');
            bytes = st.size;
            const fh = await (0,promises_.open)(path, 'r');
            try {
                const b = Buffer.alloc(2);
                const { bytesRead } = await fh.read(b, 0, 2, 0);
                head = b.subarray(0, bytesRead);
            }
            finally {
                await fh.close();
            }
        }
        catch (e) {
            if (e instanceof model/* InputError */.dz)
                throw e;
            throw new model/* InputError */.dz(path, `cannot read: ${e.message}`);
        }
        infos.push({ path, bytes, gzip: head.length === 2 && head[0] === 0x1f && head[1] === 0x8b });
    }
    const estimate = infos.reduce((s, f) => s + (f.gzip ? f.bytes * GZIP_ESTIMATE : f.bytes), 0);
    const forced = process.env.PERF_GATES_NDJSON_WORKERS; // tests and benchmarks: force a thread count
    const wanted = plan.workers ?? (forced !== undefined && /^\d+$/.test(forced) ? Number(forced) : undefined);
    const minBytes = infos.some((f) => f.gzip) ? WORKER_MIN_BYTES : PLAIN_WORKER_MIN_BYTES;
    const nWorkers = plan.worker === undefined ? 0 : (wanted ?? (estimate > minBytes ? 2 : 0));
    const bufs = new BufferPool();
    const sink = nWorkers > 0 && plan.worker !== undefined
        ? new WorkerSink(plan.worker, nWorkers, paths, plan, plan.workers === undefined && forced === undefined, bufs)
        : new LocalSink(paths, plan, bufs);
    const target = plan.progress ?? { stream: process.stderr };
    const progress = new Progress({
        mode: estimate >= (target.minBytes ?? PROGRESS_MIN_BYTES)
            ? progressMode(target.stream, target.env ?? process.env)
            : 'off',
        label: infos.length === 1 ? external_node_path_.basename(infos[0].path) : `${infos.length} files`,
        total: infos.reduce((s, f) => s + f.bytes, 0),
        write: (s) => target.stream.write(s),
        now: target.now ?? (() => performance.now()),
    });
    const tick = (n) => progress.add(n);
    const refs = [];
    const warnings = [];
    try {
        for (let f = 0; f < infos.length; f++) {
            const { path, bytes, gzip } = infos[f];
            const hash = (0,external_node_crypto_.createHash)('sha256');
            const chunker = new LineChunker(path, (buf, seq) => sink.chunk(f, buf, seq), bufs, plan.maxLineBytes, plan.tooLongLine);
            try {
                if (gzip) {
                    const w = await readGzip(path, hash, chunker, tick);
                    if (w !== undefined)
                        warnings.push({ file: path, message: w });
                }
                else {
                    await readPlain(path, hash, chunker, tick);
                }
            }
            catch (e) {
                if (e instanceof model/* InputError */.dz)
                    throw e;
                const err = e;
                if (err.code !== undefined && !err.code.startsWith('ERR_'))
                    throw new model/* InputError */.dz(path, `cannot read: ${err.message}`);
                throw e;
            }
            refs.push({ path, sha256: hash.digest('hex'), bytes });
        }
        const parts = await sink.finish();
        progress.end();
        return { parts, files: refs, warnings };
    }
    catch (e) {
        progress.end(false);
        sink.abort();
        throw e;
    }
}

// EXTERNAL MODULE: ./.build/parsers/k6-ndjson/aggregator.js + 1 modules
var aggregator = __webpack_require__(74847);
// EXTERNAL MODULE: ./.build/parsers/k6-ndjson/finalize.js
var finalize = __webpack_require__(54450);
;// CONCATENATED MODULE: ./.build/run/k6-read.js




/** A k6 aggregator for one file, as the reader's chunk parser. */
function k6ChunkParser(file, cfg, budget, snapshot = {}) {
    const a = new aggregator/* NdjsonAggregator */.uC({ file, by: cfg.by, filters: cfg.filters, budget });
    return {
        push: (buf, seq) => a.pushSegment(buf, seq),
        takeLearned: () => a.takeNewTypes(),
        learn: (items) => a.learnTypes(items),
        snapshot: () => a.snapshot(snapshot),
    };
}
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
        (envBudget !== undefined && /^\d+$/.test(envBudget) ? Number(envBudget) : aggregator/* DEFAULT_VALUE_BUDGET */._6);
    const cfg = { files: paths, by: opts.by, filters: opts.filters, budget };
    const local = new aggregator/* ValueBudget */.Dw(budget); // shared by this thread's aggregators
    const { parts, files, warnings } = await readNdjsonFiles(paths, {
        parser: (file) => k6ChunkParser(file, cfg, local),
        maxLineBytes: aggregator/* MAX_LINE_BYTES */.Oc,
        tooLongLine: `not k6 NDJSON: a line longer than ${aggregator/* MAX_LINE_BYTES */.Oc >> 20} MiB (k6 --out json writes one short JSON object per line)`,
        worker: script === undefined ? undefined : { script, data: { perfGatesNdjson: cfg } },
        workers: opts.workers,
    });
    const merged = (0,finalize/* mergePartials */.p8)(parts.flat());
    const file = paths.length === 1 ? paths[0] : `${paths[0]} + ${paths.length - 1} more`;
    const dataset = (0,finalize/* finalizeNdjson */.Jj)(merged, { file, by: opts.by, filters: opts.filters });
    dataset.warnings.unshift(...warnings);
    return { dataset, files };
}


/***/ }),

/***/ 75330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ combineRuns),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Sj: () => (/* binding */ loadRun),
/* harmony export */   lR: () => (/* binding */ loadRuns),
/* harmony export */   u0: () => (/* binding */ readDocument),
/* harmony export */   vX: () => (/* binding */ readExpected)
/* harmony export */ });
/* unused harmony export formatOf */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76995);
/* harmony import */ var _parsers_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51492);
/* harmony import */ var _io_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22316);
/* harmony import */ var _k6_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9490);
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
    const parsers = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 51492));
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
    return (0,_parsers_index_js__WEBPACK_IMPORTED_MODULE_2__.detectFormat)(head, file, opts);
}
/** Read any single non-NDJSON document. */
async function readDocument(file, format) {
    const f = formatOf(file, format);
    if (f === 'k6-ndjson') {
        const { dataset, files } = await (0,_k6_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readK6NdjsonRun */ .X)([file], {});
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
        const { dataset, files } = await (0,_k6_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readK6NdjsonRun */ .X)(ndjson, { by: opts.by, filters: opts.filters });
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
    const all = (0,_io_files_js__WEBPACK_IMPORTED_MODULE_3__/* .expandRuns */ .PY)(lines, opts.cwd);
    for (let i = 0; i < all.length; i++) {
        const label = all.length === 1 ? prefix : `${prefix} #${i + 1}`;
        const r = await loadRun(all[i], label, opts);
        runs.push(r.run);
        warnings.push(...r.warnings);
    }
    return { runs, warnings };
}
/** Merge benchmark runs into k6 runs pairwise (the optimization gate takes both as runs of one build). */
function combineRuns(k6, bench) {
    const n = Math.max(k6.length, bench.length);
    const out = [];
    for (let i = 0; i < n; i++) {
        const a = k6[i];
        const b = bench[i];
        if (a && b)
            out.push({
                label: a.label,
                files: [...a.files, ...b.files],
                k6: a.k6,
                benchmarks: b.benchmarks ?? a.benchmarks,
            });
        else
            out.push((a ?? b));
    }
    return out;
}
function displayPath(file, cwd = process.cwd()) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, file);
    return rel && !rel.startsWith('..') ? rel : file;
}


/***/ }),

/***/ 80693:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $r: () => (/* binding */ DEFAULT_FDR),
  ZW: () => (/* binding */ applyFdr),
  C3: () => (/* reexport */ calibrate),
  qB: () => (/* binding */ compareRuns),
  lV: () => (/* binding */ compareStatistics),
  nB: () => (/* binding */ formatComparisonTable)
});

// UNUSED EXPORTS: DEFAULT_UNCALIBRATED_MARGIN, benjaminiHochberg, decideVerdict, defaultKeys, finishRow, keyMetric

// EXTERNAL MODULE: ./.build/stats/distributions.js
var distributions = __webpack_require__(81009);
// EXTERNAL MODULE: ./.build/stats/intervals.js
var intervals = __webpack_require__(65300);
;// CONCATENATED MODULE: ./.build/stats/components.js
// The two-component variance model of a calibrated comparison (issue 9, replacing DESIGN section 4's
// "Welch interval from the run-to-run spread").
//
// Per key, run i of a side gives y_i = ln(statistic_i) = mu + b_i + e_i, where
//   e_i  is the run's own sampling error, variance w_i, known from the run itself (its order-statistic,
//        Wilson, Poisson, t or rounds interval: w_i = ((ln U_i - ln L_i) / (2 z))^2), with degrees of
//        freedom n_i - 1 (n_i the samples behind the statistic: requests, trials, rounds);
//   b_i  is the between-run effect (environment, warm-up, neighbours), variance tau^2, estimated from
//        calibration runs of one build as max(0, s^2 - mean w) with df = runs - 1, where s^2 is their
//        sample variance of y.
// For m baseline and n candidate runs, d = mean(y_cand) - mean(y_base) has
//   Var(d) = tau^2 (1/m + 1/n) + sum_i w_i / m^2 + sum_j w_j / n^2
// and the degrees of freedom follow Welch-Satterthwaite over the independent components:
//   df = Var(d)^2 / sum_k (v_k^2 / df_k).
// The bounds are d -/+ t(confidence, df) * sqrt(Var(d)) on the log scale. A run's own interval is
// often asymmetric (a percentile next to a latency tail: its upper bound far, its lower bound near),
// so each bound uses the side of each run's interval that moves it: the lower bound of d the
// candidate runs' lower half-widths and the baseline runs' upper ones, w- = ((y - ln L) / z)^2 and
// w+ = ((ln U - y) / z)^2, the upper bound the other halves; each bound has its own Var and df. The
// symmetric w = ((ln U - ln L) / 2z)^2 is what estimates tau^2 (calibrate).
/** Welch-Satterthwaite: total variance and its degrees of freedom (Infinity when every df is). */
function satterthwaite(components) {
    let variance = 0;
    let den = 0;
    for (const c of components) {
        if (!(c.v > 0))
            continue;
        variance += c.v;
        if (Number.isFinite(c.df))
            den += (c.v * c.v) / c.df;
    }
    return { variance, df: variance > 0 && den > 0 ? (variance * variance) / den : Infinity };
}
/** A run's log statistic and sampling variances from its one-sided bounds at z = Φ⁻¹(confidence). */
function logRun(value, lower, upper, n, z) {
    const y = Math.log(value);
    if (lower === null || upper === null || !(lower > 0) || !(upper > 0) || !Number.isFinite(upper))
        return { y, w: null, n };
    const lo = Math.max(0, y - Math.log(lower));
    const hi = Math.max(0, Math.log(upper) - y);
    return { y, w: ((lo + hi) / (2 * z)) ** 2, wLo: (lo / z) ** 2, wHi: (hi / z) ** 2, n };
}
/** Between-run variance estimate: max(0, s^2 - mean w) over runs of one build, df = runs - 1. */
function betweenRunVariance(runs) {
    const k = runs.length;
    if (k < 2)
        return { tau2: 0, df: 0, s2: NaN, w: NaN };
    const mean = runs.reduce((a, r) => a + r.y, 0) / k;
    const s2 = runs.reduce((a, r) => a + (r.y - mean) ** 2, 0) / (k - 1);
    const ws = runs.filter((r) => r.w !== null).map((r) => r.w);
    const w = ws.length > 0 ? ws.reduce((a, v) => a + v, 0) / ws.length : 0;
    return { tau2: Math.max(0, s2 - w), df: k - 1, s2, w };
}
const sampleDf = (n) => Math.max(1, n - 1);
/**
 * The combined interval's centre and, per bound, standard error and df. Where tau^2 comes from:
 *  - a noise-file entry: its tau^2 (df from the file), pooled with each side that has >= 2 runs
 *    (each side's own estimate, df runs - 1; df add up); one tau^2 for both sides;
 *  - no noise entry, both sides >= 2 runs: each side's own estimate for that side (Welch);
 *  - no noise entry, one side with 1 run: the multi-run side's estimate for both sides.
 * A run without a sampling interval contributes the noise file's recorded calibration sampling
 * variance when there is one, else nothing (its spread is then all in the between-run part).
 */
function combinedInterval(input) {
    const { baseline: bs, candidate: cs, noise } = input;
    const m = bs.length;
    const n = cs.length;
    const fill = (r) => r.w === null && noise?.w !== undefined ? { ...r, w: noise.w, wLo: noise.w, wHi: noise.w } : r;
    const b = bs.map(fill);
    const c = cs.map(fill);
    const mean = (list) => list.reduce((a, r) => a + r.y, 0) / list.length;
    const d = mean(c) - mean(b);
    const components = [];
    let tauSource;
    let tau2;
    if (noise) {
        const parts = [{ tau2: noise.tau2, df: noise.df }];
        if (m >= 2)
            parts.push(betweenRunVariance(b));
        if (n >= 2)
            parts.push(betweenRunVariance(c));
        const df = parts.reduce((a, p) => a + p.df, 0);
        const t2 = df > 0 ? parts.reduce((a, p) => a + p.df * p.tau2, 0) / df : 0;
        components.push({ label: 'between-run', v: t2 * (1 / m + 1 / n), df });
        tau2 = t2;
        tauSource = `between-run variance from the noise file (df ${noise.df})${parts.length > 1 ? ' pooled with the observed runs' : ''}`;
    }
    else if (m >= 2 && n >= 2) {
        const tb = betweenRunVariance(b);
        const tc = betweenRunVariance(c);
        components.push({ label: 'between-run (baseline)', v: tb.tau2 / m, df: tb.df });
        components.push({ label: 'between-run (candidate)', v: tc.tau2 / n, df: tc.df });
        tau2 = [tb.tau2, tc.tau2];
        tauSource = 'between-run variance of each side from its own runs';
    }
    else {
        const multi = m >= 2 ? b : c;
        const t = betweenRunVariance(multi);
        components.push({ label: 'between-run', v: t.tau2 * (1 / m + 1 / n), df: t.df });
        tau2 = t.tau2;
        tauSource = `between-run variance of the ${m >= 2 ? 'baseline' : 'candidate'} side for both sides (one run on the other side)`;
    }
    const half = (r, side) => r.w === null ? null : ((side === 'lo' ? r.wLo : r.wHi) ?? r.w);
    const spread = (bSide, cSide) => {
        const list = [...components];
        for (const r of b) {
            const w = half(r, bSide);
            if (w !== null)
                list.push({ label: 'sampling (baseline run)', v: w / (m * m), df: sampleDf(r.n) });
        }
        for (const r of c) {
            const w = half(r, cSide);
            if (w !== null)
                list.push({ label: 'sampling (candidate run)', v: w / (n * n), df: sampleDf(r.n) });
        }
        const s = satterthwaite(list);
        return { se: Math.sqrt(s.variance), df: s.df };
    };
    return {
        d,
        // d's lower bound moves down with a low candidate and a high baseline
        lo: spread('hi', 'lo'),
        hi: spread('lo', 'hi'),
        components,
        tauSource,
        tau2,
        sampled: [...b, ...c].filter((r) => r.w !== null).length,
    };
}

// EXTERNAL MODULE: ./.build/stats/default-keys.js
var default_keys = __webpack_require__(77948);
// EXTERNAL MODULE: ./.build/stats/keys.js
var stats_keys = __webpack_require__(62308);
// EXTERNAL MODULE: ./.build/stats/run-statistic.js
var run_statistic = __webpack_require__(4284);
// EXTERNAL MODULE: ./.build/model.js
var model = __webpack_require__(76995);
;// CONCATENATED MODULE: ./.build/stats/calibrate.js
// `perf-gates calibrate`: A/A runs of one build -> per key, the between-run variance of the log
// statistic beyond each run's own sampling variance (components.ts), with df = runs - 1: the noise
// file (version 2) the verdict engine uses when a side has a single run.






/**
 * One key's noise entry from its per-run statistics (any number >= 2 of one build): runs whose
 * statistic is missing, non-positive (log undefined) or short of samples are left out; undefined when
 * fewer than two remain.
 */
function calibrateStatistics(stats, confidence = 0.95) {
    const z = (0,distributions/* normalQuantile */.Zl)(confidence);
    const runs = [];
    for (const s of stats) {
        if (!s.present || !(s.value > 0) || !Number.isFinite(s.value) || s.n < s.needed)
            continue;
        runs.push(logRun(s.value, s.lower, s.upper, s.n, z));
    }
    if (runs.length < 2)
        return undefined;
    const b = betweenRunVariance(runs);
    const withW = runs.some((r) => r.w !== null);
    return { between_var_log: b.tau2, df: b.df, runs: runs.length, sampling_var_log: withW ? b.w : null };
}
/** The noise file of A/A runs of one build (at least 2 runs; any number). */
function calibrate(runs, opts = {}) {
    if (runs.length < 2) {
        throw new model/* InputError */.dz(runs[0]?.files[0]?.path ?? 'calibrate', `calibration needs at least 2 A/A runs of the same build, got ${runs.length}`);
    }
    const keys = opts.keys ?? (0,default_keys/* defaultKeys */.KB)(runs, []);
    const confidence = opts.confidence ?? 0.95;
    const out = {
        version: model/* NOISE_FILE_VERSION */.Fx,
        generated_at: opts.now ?? new Date().toISOString(),
        runs: runs.length,
        keys: {},
    };
    for (const key of keys) {
        const entry = calibrateStatistics(runs.map((run) => (0,run_statistic/* runStatistic */.Uz)(run, key, confidence)), confidence);
        if (entry)
            out.keys[(0,stats_keys/* formatKey */.TD)(key)] = entry;
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/stats/compare.js
// The verdict engine (DESIGN section 4). Per key, the unit of replication is the run: each run gives
// one statistic (run-statistic.ts), and the ratio candidate/baseline is judged on the log scale.
//
// Modes:
//  - calibrated (>= 2 runs on one side, or a noise-file entry for the key): two variance components
//    kept apart (components.ts, issue 9): each run's own sampling variance of the log statistic (from
//    its interval, df from its sample count) plus the between-run variance (from the noise file, the
//    observed runs beyond their sampling variance, or both pooled; df from the number of runs),
//    combined by Welch-Satterthwaite; bounds exp(d -/+ t(conf, df)·SE).
//  - uncalibrated (one run per side, no noise entry): bounds from each run's own interval, combined
//    as BOUNDS: L = cand.lower / base.upper, U = cand.upper / base.lower, then widened by the
//    run-to-run allowance `uncalibratedMargin` (L/(1+m), U·(1+m)). Deliberate deviation from
//    DESIGN's bare rule: identical code drifts 5-10 % between runs (the pytest-benchmark controls
//    differ by up to ~9 % with very tight intervals), which the bare rule would call a regression.
//    An uncalibrated comparison never gives `improvement-confirmed` (at most `improvement`).
//
// Verdicts, `decrease` (lower is better):  regression L > 1 + tol; improvement-confirmed U <= 1 - target
// (calibrated only); improvement ratio <= 1 - target; else no-change.
// `increase` (higher is better) mirrors as a change relative to the baseline, the same percentage a
// report prints for a throughput change: regression U < 1 - tol; improvement-confirmed L >= 1 + target;
// improvement ratio >= 1 + target.
//
// Zeros (log undefined): rates pool their counts per side and use Wilson bounds (ratio bounds with a
// zero denominator are unbounded, never a division by zero); other statistics use the envelope of
// their runs' intervals; both are judged as uncalibrated. Baseline 0 and candidate > 0 for an error
// rate: L = cand.lower / base.upper is finite (Wilson's upper bound of 0/n is > 0), so a clear rise
// from zero is a regression, a rise of one or two failures is not; an improvement from 0 is impossible.
//
// Many keys: Benjamini-Hochberg at `fdr` over the default (not named) calibrated keys, one one-sided
// p-value per key from the same t statistic; a default key's regression / improvement-confirmed
// stands only when BH rejects. Named keys are judged alone.






const DEFAULT_UNCALIBRATED_MARGIN = 0.1;
const DEFAULT_FDR = 0.05;
// ---------------------------------------------------------------------------------------------
// formatting helpers (reasons)
function fmtValue(v, unit) {
    if (v === null || !Number.isFinite(v))
        return v === Infinity ? '∞' : 'n/a';
    if (unit === 's')
        return fmtSeconds(v);
    const a = Math.abs(v);
    const s = a === 0
        ? '0'
        : a >= 100
            ? v.toFixed(1)
            : a >= 1
                ? v.toFixed(2)
                : a >= 0.01
                    ? v.toFixed(4)
                    : v.toPrecision(3);
    return unit ? `${s} ${unit}` : s;
}
function fmtSeconds(v) {
    const a = Math.abs(v);
    if (a >= 1)
        return `${v.toFixed(3)} s`;
    if (a >= 1e-3)
        return `${(v * 1e3).toFixed(2)} ms`;
    if (a >= 1e-6)
        return `${(v * 1e6).toFixed(1)} µs`;
    return `${(v * 1e9).toFixed(0)} ns`;
}
function fmtRatio(r) {
    if (r === null)
        return 'n/a';
    if (r === Infinity)
        return '∞';
    return r.toFixed(3);
}
function fmtPct(r) {
    if (r === null || !Number.isFinite(r))
        return r === Infinity ? '+∞ %' : 'n/a';
    const p = (r - 1) * 100;
    return `${p >= 0 ? '+' : ''}${p.toFixed(1)} %`;
}
function fmtP(p) {
    return p < 1e-4 ? p.toExponential(1) : p.toFixed(4);
}
const finiteOrNull = (v) => (Number.isFinite(v) ? v : null);
/** DESIGN section 4's rules; `increase` mirrors as a change relative to the baseline. */
function decideVerdict(v) {
    if (v.direction === 'decrease') {
        if (v.lower > 1 + v.tolerance)
            return 'regression';
        if (v.calibrated && v.upper <= 1 - v.target)
            return 'improvement-confirmed';
        if (v.ratio <= 1 - v.target)
            return 'improvement';
        return 'no-change';
    }
    if (v.upper < 1 - v.tolerance)
        return 'regression';
    if (v.calibrated && v.lower >= 1 + v.target)
        return 'improvement-confirmed';
    if (v.ratio >= 1 + v.target)
        return 'improvement';
    return 'no-change';
}
function thresholdsText(direction, tolerance, target) {
    return direction === 'decrease'
        ? { reg: `lower bound > ${fmtRatio(1 + tolerance)}`, imp: `upper bound <= ${fmtRatio(1 - target)}` }
        : { reg: `upper bound < ${fmtRatio(1 - tolerance)}`, imp: `lower bound >= ${fmtRatio(1 + target)}` };
}
function ratioOf(c, b) {
    return b > 0 ? c / b : c > 0 ? Infinity : 1;
}
/** lower bound of c/b from bounds: a zero denominator with a positive numerator is unbounded above */
function lowerRatio(cLower, bUpper) {
    return bUpper > 0 ? cLower / bUpper : cLower > 0 ? Infinity : 0;
}
function upperRatio(cUpper, bLower) {
    return bLower > 0 ? cUpper / bLower : Infinity;
}
/**
 * Judge one key from per-run statistics (the core of compareRuns; also used by the simulation test
 * where runs are generated without building full arrays). `sources` is left empty.
 */
function compareStatistics(input, opts) {
    const row = finishRow(judgeKey(input, opts), opts);
    // a side read through a quantile sketch (a run past its budget of kept values): the row says so,
    // and its bounds were widened by the sketch's relative error run by run (run-statistic.ts)
    const sketched = [...input.baseline, ...input.candidate].filter((s) => s.present && s.exact === false);
    if (sketched.length > 0) {
        row.exact = false;
        row.relative_error = Math.max(...sketched.map((s) => (s.present && s.relative_error) || 0));
        (row.notes ??= []).push(`percentiles from a quantile sketch (within ${pct(row.relative_error * 100)}% of exact; the interval widened by it): the run outgrew the budget of kept values`);
    }
    return row;
}
function judgeKey(input, opts) {
    const { key } = input;
    const conf = opts.confidence;
    const tol = opts.tolerance;
    const target = opts.target;
    const margin = opts.uncalibratedMargin ?? DEFAULT_UNCALIBRATED_MARGIN;
    const keyStr = (0,stats_keys/* formatKey */.TD)(key);
    const direction = key.direction;
    const row = {
        key: keyStr,
        direction,
        baseline: null,
        candidate: null,
        ratio: null,
        lower: null,
        upper: null,
        verdict: 'insufficient-data',
        calibrated: false,
        runs: { baseline: input.baseline.length, candidate: input.candidate.length },
        sources: { baseline: [], candidate: [] },
        named: key.named ?? false,
        reason: '',
    };
    const bLabels = input.baselineLabels ?? input.baseline.map((_, i) => `baseline #${i + 1}`);
    const cLabels = input.candidateLabels ?? input.candidate.map((_, i) => `candidate #${i + 1}`);
    if (input.baseline.length === 0 || input.candidate.length === 0) {
        row.reason = `no ${input.baseline.length === 0 ? 'baseline' : 'candidate'} runs: nothing to compare`;
        return row;
    }
    const missing = [];
    for (const [side, list] of [
        ['baseline', input.baseline],
        ['candidate', input.candidate],
    ]) {
        const miss = list.filter((s) => !s.present);
        if (miss.length > 0) {
            missing.push(`${side}: ${miss[0].reason}${miss.length > 1 ? ` (and ${miss.length - 1} more runs)` : ''}`);
        }
    }
    const errors = [...input.baseline, ...input.candidate].filter((s) => !s.present && s.error === true);
    if (errors.length > 0) {
        row.verdict = 'error';
        row.reason = errors.map((e) => e.reason).join('; ');
        return row;
    }
    if (missing.length > 0) {
        row.reason = `key missing: ${missing.join('; ')}`;
        return row;
    }
    const bs = input.baseline;
    const cs = input.candidate;
    const unit = bs[0].unit ?? cs[0].unit;
    if (unit)
        row.unit = unit;
    const needed = Math.max(...bs.map((s) => s.needed), ...cs.map((s) => s.needed));
    const minIdx = (list) => list.reduce((best, s, i) => (s.n < list[best].n ? i : best), 0);
    const bMin = minIdx(bs);
    const cMin = minIdx(cs);
    row.samples = { baseline: bs[bMin].n, candidate: cs[cMin].n, needed };
    const short = [];
    if (bs[bMin].n < needed)
        short.push(`baseline run "${bLabels[bMin]}" has ${bs[bMin].n} samples`);
    if (cs[cMin].n < needed)
        short.push(`candidate run "${cLabels[cMin]}" has ${cs[cMin].n} samples`);
    if (short.length > 0) {
        row.reason = `${short.join('; ')}; ${key.stat} at ${Math.round(conf * 100)} % needs ${needed}`;
        return row;
    }
    const m = bs.length;
    const n = cs.length;
    const allPositive = bs.every((s) => s.value > 0) && cs.every((s) => s.value > 0);
    const noise = noiseEntry(opts.noise, key);
    const th = thresholdsText(direction, tol, target);
    // -------- zeros: log scale undefined
    if (!allPositive)
        return zeroPath(row, key, bs, cs, opts, margin, th);
    const gm = (list) => Math.exp(list.reduce((a, s) => a + Math.log(s.value), 0) / list.length);
    row.baseline = gm(bs);
    row.candidate = gm(cs);
    // -------- uncalibrated: one run per side, no noise entry
    if (m === 1 && n === 1 && !noise) {
        const b = bs[0];
        const c = cs[0];
        if (b.lower === null || b.upper === null || c.lower === null || c.upper === null) {
            const which = b.lower === null || b.upper === null
                ? `baseline run "${bLabels[0]}"`
                : `candidate run "${cLabels[0]}"`;
            const note = (b.lower === null || b.upper === null ? b.note : c.note) ?? 'no sampling interval';
            row.ratio = ratioOf(c.value, b.value);
            row.reason = `one run per side and ${which} has no sampling interval for ${key.stat} (${note}): repeat the runs (2+ per side) or give a noise file`;
            return row;
        }
        const ratio = ratioOf(c.value, b.value);
        const L = lowerRatio(c.lower, b.upper) / (1 + margin);
        const U = upperRatio(c.upper, b.lower) * (1 + margin);
        row.ratio = finiteOrNull(ratio);
        row.lower = finiteOrNull(L);
        row.upper = finiteOrNull(U);
        row.verdict = decideVerdict({
            direction,
            ratio,
            lower: L,
            upper: U,
            calibrated: false,
            tolerance: tol,
            target,
        });
        row.reason = `${verdictPhrase(row.verdict, direction, ratio, L, U, th, false, target)}; uncalibrated: one run per side, bounds from each run's own interval (${b.method}) combined as bounds and widened by the ${Math.round(margin * 100)} % run-to-run allowance`;
        return row;
    }
    // -------- calibrated: two variance components on the log statistics (components.ts)
    return calibratedPath(row, bs, cs, noise, opts, direction, th);
}
/** Calibrated: two variance components on the log statistics (components.ts). */
function calibratedPath(row, bs, cs, noise, opts, direction, th) {
    const conf = opts.confidence;
    const tol = opts.tolerance;
    const target = opts.target;
    const m = bs.length;
    const n = cs.length;
    row.calibrated = true;
    const z = (0,distributions/* normalQuantile */.Zl)(conf);
    const toLog = (s) => logRun(s.value, s.lower, s.upper, s.n, z);
    const ci = combinedInterval({
        baseline: bs.map(toLog),
        candidate: cs.map(toLog),
        noise: noise
            ? { tau2: noise.between_var_log, df: noise.df, w: noise.sampling_var_log ?? undefined }
            : undefined,
    });
    const d = ci.d;
    if (!(ci.lo.se > 0) || !(ci.hi.se > 0)) {
        row.ratio = Math.exp(d);
        row.reason = `no sampling interval in the runs and no run-to-run spread beyond it: cannot bound the ratio (repeat the runs with raw samples, or calibrate)`;
        return row;
    }
    const tauText = Array.isArray(ci.tau2)
        ? `SD ${Math.sqrt(ci.tau2[0]).toFixed(4)} / ${Math.sqrt(ci.tau2[1]).toFixed(4)}`
        : `SD ${Math.sqrt(ci.tau2).toFixed(4)}`;
    const method = `${ci.tauSource} (${tauText}) plus each run's own sampling variance${ci.sampled === 0 ? ' (none available)' : ''}, combined by Welch-Satterthwaite`;
    const ratio = Math.exp(d);
    const L = Math.exp(d - (0,distributions/* tQuantile */.YW)(conf, ci.lo.df) * ci.lo.se);
    const U = Math.exp(d + (0,distributions/* tQuantile */.YW)(conf, ci.hi.df) * ci.hi.se);
    row.ratio = ratio;
    row.lower = L;
    row.upper = U;
    row.verdict = decideVerdict({
        direction,
        ratio,
        lower: L,
        upper: U,
        calibrated: true,
        tolerance: tol,
        target,
    });
    // one-sided p-values of the two claims, each from the spread behind its bound
    const pAbove = (thr, b) => 1 - tCdfInf((d - thr) / b.se, b.df); // claim d > thr
    const pBelow = (thr, b) => tCdfInf((d - thr) / b.se, b.df); // claim d < thr
    let pReg;
    let pImp;
    if (direction === 'decrease') {
        pReg = pAbove(Math.log(1 + tol), ci.lo);
        pImp = pBelow(Math.log(1 - target), ci.hi);
    }
    else {
        pReg = pBelow(Math.log(1 - tol), ci.hi);
        pImp = pAbove(Math.log(1 + target), ci.lo);
    }
    row.pValue =
        row.verdict === 'regression'
            ? pReg
            : row.verdict === 'improvement-confirmed'
                ? pImp
                : Math.min(pReg, pImp);
    const dfText = (x) => (x === Infinity ? '∞' : x.toFixed(1));
    const dfs = dfText(ci.lo.df) === dfText(ci.hi.df)
        ? `df ${dfText(ci.lo.df)}`
        : `df ${dfText(ci.lo.df)} (lower bound) / ${dfText(ci.hi.df)} (upper bound)`;
    row.reason = `${verdictPhrase(row.verdict, direction, ratio, L, U, th, true, target)}; calibrated: ${m} v ${n} runs, ${method}, ${dfs}`;
    return row;
}
/** Student t CDF that also takes df = Infinity (the normal). */
function tCdfInf(t, df) {
    if (t === Infinity)
        return 1;
    if (t === -Infinity)
        return 0;
    return Number.isFinite(df) ? (0,distributions/* tCdf */.w_)(t, df) : (0,distributions/* tCdf */.w_)(t, 1e12);
}
const pct = (v) => (v >= 10 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : v.toPrecision(2));
/**
 * The detectable change of a finished row (see Comparison.detectable_change) and the per-key note when
 * it exceeds the regression tolerance. Verdicts are not changed here.
 */
function finishRow(row, opts) {
    const L = row.lower;
    const U = row.upper;
    if (row.verdict === 'insufficient-data' || row.verdict === 'error') {
        row.detectable_change = null;
        row.detectable_reason = `${row.verdict}: ${row.reason}`;
    }
    else if (row.baseline === 0 && row.candidate === 0 && L === null && U === null) {
        row.detectable_change = null;
        row.detectable_reason = 'zero on both sides: no interval';
    }
    else if (L === null || U === null || !(L > 0) || !Number.isFinite(U)) {
        row.detectable_change = null;
        row.detectable_reason =
            L === null && U === null
                ? 'no sampling interval'
                : 'the interval is unbounded (a zero on one side): no finite detectable change';
    }
    else {
        const h = (Math.log(U) - Math.log(L)) / 2;
        row.detectable_change = 100 * (Math.exp(h) - 1);
        delete row.detectable_reason;
        if (row.detectable_change > opts.tolerance * 100) {
            (row.notes ??= []).push(`blind to regressions below ${pct(row.detectable_change)}% (the ${pct(opts.tolerance * 100)}% tolerance is below what this comparison can see: run more requests or more runs${row.calibrated ? '' : ', or calibrate'})`);
        }
        if (row.verdict === 'no-change' && row.detectable_change > opts.target * 100) {
            (row.notes ??= []).push(`this comparison cannot see changes below ${pct(row.detectable_change)}%: a missed ${pct(opts.target * 100)}% improvement target is not evidence either way (run more requests or more runs)`);
        }
    }
    return row;
}
/** The noise-file entry of a key (`p50` and `med` are one statistic). */
function noiseEntry(noise, key) {
    if (!noise)
        return undefined;
    const alias = { p50: ['med'], med: ['p50'], median: ['med', 'p50'] };
    for (const stat of [key.stat, ...(alias[key.stat] ?? [])]) {
        const e = noise.keys[(0,stats_keys/* formatKey */.TD)({ ...key, stat })];
        if (e && e.df > 0 && Number.isFinite(e.between_var_log) && e.between_var_log >= 0)
            return e;
    }
    return undefined;
}
function verdictPhrase(verdict, direction, ratio, L, U, th, calibrated, target) {
    const change = `${fmtPct(ratio)} (ratio ${fmtRatio(ratio)}, bounds [${fmtRatio(L)}, ${fmtRatio(U)}])`;
    switch (verdict) {
        case 'regression':
            return `${change}: ${th.reg}`;
        case 'improvement-confirmed':
            return `${change}: ${th.imp}, the ${Math.round(target * 100)} % target is confirmed`;
        case 'improvement':
            return calibrated
                ? `${change}: meets the ${Math.round(target * 100)} % target but not confirmed (needs ${th.imp})`
                : `${change}: meets the ${Math.round(target * 100)} % target; not confirmed without calibration`;
        default:
            return `${change}: no ${direction === 'decrease' ? 'increase' : 'decrease'} beyond tolerance (${th.reg} needed for a regression)`;
    }
}
function zeroPath(row, key, bs, cs, opts, margin, th) {
    const tol = opts.tolerance;
    const target = opts.target;
    const direction = key.direction;
    const isRate = bs.every((s) => s.counts) && cs.every((s) => s.counts);
    let b;
    let c;
    let how;
    if (isRate) {
        const pool = (list) => {
            const successes = list.reduce((a, s) => a + s.counts.successes, 0);
            const trials = list.reduce((a, s) => a + s.counts.trials, 0);
            const w = (0,intervals/* wilsonInterval */.YV)(successes, trials, opts.confidence);
            return { value: w.estimate, lower: w.lower, upper: w.upper, successes, trials };
        };
        const pb = pool(bs);
        const pc = pool(cs);
        b = pb;
        c = pc;
        how = `a rate of 0 (baseline ${pb.successes}/${pb.trials}, candidate ${pc.successes}/${pc.trials}): log scale undefined, judged on ${bs.length + cs.length > 2 ? 'pooled counts with ' : ''}Wilson bounds, uncalibrated, widened by the ${Math.round(margin * 100)} % allowance`;
    }
    else {
        const env = (list) => ({
            value: list.reduce((a, s) => a + s.value, 0) / list.length,
            lower: list.some((s) => s.lower === null) ? null : Math.min(...list.map((s) => s.lower)),
            upper: list.some((s) => s.upper === null) ? null : Math.max(...list.map((s) => s.upper)),
        });
        b = env(bs);
        c = env(cs);
        how = `a statistic of 0: log scale undefined, judged on the envelope of the runs' own intervals, uncalibrated, widened by the ${Math.round(margin * 100)} % allowance`;
        if (b.value === 0 && c.value === 0 && bs.every((s) => s.value === 0) && cs.every((s) => s.value === 0)) {
            row.baseline = 0;
            row.candidate = 0;
            row.ratio = 1;
            row.verdict = 'no-change';
            row.reason = `${key.stat} is 0 in every run on both sides`;
            return row;
        }
    }
    row.baseline = b.value;
    row.candidate = c.value;
    const ratio = ratioOf(c.value, b.value);
    row.ratio = finiteOrNull(ratio);
    if (b.lower === null || b.upper === null || c.lower === null || c.upper === null) {
        row.reason = `${key.stat} is 0 in a run (log scale undefined) and a run has no sampling interval for it: cannot bound the ratio; repeat the runs with raw samples (NDJSON)`;
        return row;
    }
    const L = lowerRatio(c.lower, b.upper) / (1 + margin);
    const U = upperRatio(c.upper, b.lower) * (1 + margin);
    row.lower = finiteOrNull(L);
    row.upper = finiteOrNull(U);
    row.verdict = decideVerdict({
        direction,
        ratio,
        lower: L,
        upper: U,
        calibrated: false,
        tolerance: tol,
        target,
    });
    row.reason = `${verdictPhrase(row.verdict, direction, ratio, L, U, th, false, target)}; ${how}`;
    return row;
}
// ---------------------------------------------------------------------------------------------
// false-discovery-rate control
/** Benjamini-Hochberg step-up: which of `pValues` are rejected at FDR `q`. */
function benjaminiHochberg(pValues, q) {
    const m = pValues.length;
    const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
    let k = 0;
    for (let r = 1; r <= m; r++)
        if (order[r - 1].p <= (r / m) * q)
            k = r;
    const out = new Array(m).fill(false);
    for (let r = 0; r < k; r++)
        out[order[r].i] = true;
    return out;
}
/**
 * Apply BH over the default (not named) calibrated rows in place: a regression or
 * improvement-confirmed that BH does not reject becomes no-change (resp. improvement, which it then
 * is by definition: its ratio meets the target) with the reason "not significant after FDR control".
 */
function applyFdr(rows, q = DEFAULT_FDR) {
    const family = rows.filter((r) => !r.named && r.calibrated && r.pValue !== undefined);
    if (family.length === 0)
        return rows;
    const rejected = benjaminiHochberg(family.map((r) => r.pValue), q);
    family.forEach((r, i) => {
        if (rejected[i])
            return;
        if (r.verdict === 'regression' || r.verdict === 'improvement-confirmed') {
            const was = r.verdict;
            r.verdict = was === 'regression' ? 'no-change' : 'improvement';
            r.reason = `not significant after FDR control (Benjamini-Hochberg q=${q} over ${family.length} default keys, p=${fmtP(r.pValue)}): ${was} withdrawn; ${r.reason}`;
        }
    });
    return rows;
}
// ---------------------------------------------------------------------------------------------
// keys and runs


function sourcesOf(run) {
    const commit = run.benchmarks?.commit?.id;
    return run.files.map((f) => {
        const ref = { path: f.path, sha256: f.sha256 };
        if (commit && run.benchmarks && f.path === run.benchmarks.file)
            ref.commit = commit;
        return ref;
    });
}
/** Compare baseline runs with candidate runs, one row per key (named keys first). */
function compareRuns(baseline, candidate, opts) {
    const named = [];
    for (const k of opts.keys ?? []) {
        if (!named.some((x) => (0,stats_keys/* sameKey */.el)(x, k)))
            named.push({ ...k, named: k.named ?? true });
    }
    const wantDefaults = opts.defaultKeys ?? named.length === 0;
    const keys = [...named];
    if (wantDefaults) {
        for (const k of (0,default_keys/* defaultKeys */.KB)(baseline, candidate))
            if (!keys.some((x) => (0,stats_keys/* sameKey */.el)(x, k)))
                keys.push(k);
    }
    const sources = {
        baseline: baseline.flatMap(sourcesOf),
        candidate: candidate.flatMap(sourcesOf),
    };
    const rows = keys.map((key) => {
        const row = compareStatistics({
            key,
            baseline: baseline.map((r) => (0,run_statistic/* runStatistic */.Uz)(r, key, opts.confidence)),
            candidate: candidate.map((r) => (0,run_statistic/* runStatistic */.Uz)(r, key, opts.confidence)),
            baselineLabels: baseline.map((r) => r.label),
            candidateLabels: candidate.map((r) => r.label),
        }, opts);
        row.sources = { baseline: [...sources.baseline], candidate: [...sources.candidate] };
        return row;
    });
    return applyFdr(rows, opts.fdr ?? DEFAULT_FDR);
}
// ---------------------------------------------------------------------------------------------
// the CLI's table
/** A plain-text table for people (the CLI's `compare` without --json). */
function formatComparisonTable(rows) {
    const header = [
        'key',
        'verdict',
        'baseline',
        'candidate',
        'change',
        'bounds',
        'detectable',
        'calibrated',
        'runs',
        'reason',
    ];
    const body = rows.map((r) => [
        r.key + (r.named ? '' : ' *'),
        r.verdict,
        fmtValue(r.baseline, r.unit),
        fmtValue(r.candidate, r.unit),
        fmtPct(r.ratio),
        r.lower === null && r.upper === null
            ? '-'
            : `[${fmtRatio(r.lower)}, ${r.upper === null ? '∞' : fmtRatio(r.upper)}]`,
        r.detectable_change === null || r.detectable_change === undefined
            ? '-'
            : `±${r.detectable_change.toFixed(1)} %`,
        r.calibrated ? 'yes' : 'no',
        `${r.runs.baseline} v ${r.runs.candidate}`,
        [r.reason, ...(r.notes ?? [])].join('; '),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (i === header.length - 1 ? 0 : row[i].length))));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const out = [
        line(header),
        line(widths.map((w, i) => (i === header.length - 1 ? '-'.repeat(6) : '-'.repeat(w)))),
        ...body.map(line),
    ];
    if (rows.some((r) => !r.named))
        out.push('', '* default key: false-discovery-rate controlled (Benjamini-Hochberg)');
    return out.join('\n');
}
/** `metric{tags}` of a key, for grouping in reports. */
function keyMetric(key) {
    return isBenchmarkMetric(key.metric) ? key.metric : formatMetric(key.metric, key.tags);
}


/***/ }),

/***/ 77948:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ defaultKeys),
/* harmony export */   P: () => (/* binding */ defaultKeysOf),
/* harmony export */   o8: () => (/* binding */ inventoryOf)
/* harmony export */ });
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62308);
// The default key set of a comparison (and of calibration).

const K6_BUILTIN = new Set([
    'http_req_duration',
    'http_req_blocked',
    'http_req_connecting',
    'http_req_tls_handshaking',
    'http_req_sending',
    'http_req_waiting',
    'http_req_receiving',
    'http_req_failed',
    'http_reqs',
    'iteration_duration',
    'iterations',
    'dropped_iterations',
    'group_duration',
    'data_sent',
    'data_received',
    'vus',
    'vus_max',
    'checks',
]);
/**
 * The default key set: for http_req_duration (whole and per `name` tag) p50, p95, p99; error rate
 * `http_req_failed:rate` and throughput `http_reqs:rate` (whole and per `name`); `checks:rate`;
 * p95 of every custom trend and the rate of every custom rate metric (untagged); every benchmark's
 * `<fullname>:median`. Keys present on either side are listed (a key on one side only is reported
 * as insufficient-data, never dropped).
 */
function defaultKeys(baseline, candidate) {
    return defaultKeysOf([...baseline, ...candidate].map(inventoryOf));
}
function inventoryOf(run) {
    return {
        series: (run.k6?.series ?? []).map((s) => ({
            metric: s.summary.metric,
            tags: s.summary.tags,
            type: s.summary.type,
        })),
        benchmarks: (run.benchmarks?.benchmarks ?? []).map((b) => b.fullname),
    };
}
/** The default key set of runs given by their inventories (defaultKeys, for stored runs too). */
function defaultKeysOf(runs) {
    const out = new Map();
    const add = (metric, tags, stat, direction) => {
        const spec = { metric, tags, stat, direction, named: false };
        const k = (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKey */ .TD)(spec);
        if (!out.has(k))
            out.set(k, spec);
    };
    // k6 keys, in a stable order: whole metric first, then per name (sorted)
    const names = new Map();
    const types = new Map();
    for (const run of runs) {
        for (const s of run.series) {
            const tags = Object.keys(s.tags);
            if (!types.has(s.metric))
                types.set(s.metric, s.type);
            if (tags.length === 1 && tags[0] === 'name') {
                const set = names.get(s.metric) ?? new Set();
                set.add(s.tags.name);
                names.set(s.metric, set);
            }
        }
    }
    const withNames = (metric, stats, direction) => {
        if (!types.has(metric))
            return;
        for (const stat of stats)
            add(metric, {}, stat, direction);
        for (const name of [...(names.get(metric) ?? [])].sort()) {
            for (const stat of stats)
                add(metric, { name }, stat, direction);
        }
    };
    withNames('http_req_duration', ['p50', 'p95', 'p99'], 'decrease');
    withNames('http_req_failed', ['rate'], 'decrease');
    withNames('http_reqs', ['rate'], 'increase');
    if (types.get('checks') === 'rate')
        add('checks', {}, 'rate', 'increase');
    for (const [metric, type] of [...types].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
        if (K6_BUILTIN.has(metric))
            continue;
        const direction = /(fail|error|drop|timeout)/i.test(metric)
            ? 'decrease'
            : type === 'rate'
                ? 'increase'
                : 'decrease';
        if (type === 'trend')
            add(metric, {}, 'p95', 'decrease');
        else if (type === 'rate')
            add(metric, {}, 'rate', direction);
    }
    for (const run of runs) {
        for (const b of run.benchmarks)
            add(b, {}, 'median', 'decrease');
    }
    return [...out.values()];
}


/***/ }),

/***/ 81009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ binomialCdf),
/* harmony export */   VL: () => (/* binding */ gammaQuantile),
/* harmony export */   YW: () => (/* binding */ tQuantile),
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   w_: () => (/* binding */ tCdf)
/* harmony export */ });
/* unused harmony exports lnGamma, lnBeta, regIncBeta, regIncGammaP, regIncGammaQ, erfc, normalCdf, normalPdf, normalQuantileApprox, tSf, tPdf, chiSquareQuantile */
// Probability distributions written from first principles (simple-statistics has no t distribution,
// and its normal CDF is a 4-digit lookup table). Accuracy target: ~1e-12 relative in the ranges the
// engine uses; checked against scipy (scripts/reference-scipy.py -> __tests__/fixtures/stats-reference.json).
//
//   lnGamma            Lanczos (g = 7, 9 terms)
//   regIncBeta         I_x(a, b), continued fraction (modified Lentz), symmetry for convergence
//   regIncGamma{P,Q}   series / continued fraction
//   normalCdf          via erfc = Q(1/2, x^2), exact in the tails (no cancellation)
//   normalQuantile     Acklam's rational approximation + two Halley steps on the exact CDF
//   tCdf / tQuantile   incomplete beta; quantile by safeguarded Newton (closed forms for df 1, 2)
//   binomialCdf        I_{1-p}(n-k, k+1): stable for large n
//   gammaQuantile / chiSquareQuantile   safeguarded Newton on P(a, x)
const LANCZOS_G = 7;
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
/** ln Γ(x) for x > 0. */
function lnGamma(x) {
    if (!(x > 0)) {
        if (x === 0)
            return Infinity;
        // reflection (not needed by the engine, kept correct)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
    }
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
    const z = x - 1;
    let s = LANCZOS[0];
    for (let i = 1; i < LANCZOS.length; i++)
        s += LANCZOS[i] / (z + i);
    const t = z + LANCZOS_G + 0.5;
    return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(s);
}
/** ln B(a, b). */
function lnBeta(a, b) {
    return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
}
const EPS = 1e-15;
const TINY = 1e-300;
/** Continued fraction for I_x(a,b) (Numerical Recipes betacf, modified Lentz). */
function betaContinuedFraction(x, a, b) {
    const qab = a + b;
    const qap = a + 1;
    const qam = a - 1;
    let c = 1;
    let d = 1 - (qab * x) / qap;
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let h = d;
    const maxIter = 10000 + Math.ceil(20 * Math.sqrt(Math.max(a, b)));
    for (let m = 1; m <= maxIter; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const del = d * c;
        h *= del;
        if (Math.abs(del - 1) < EPS)
            return h;
    }
    throw new Error(`incomplete beta did not converge (x=${x}, a=${a}, b=${b})`);
}
/**
 * Regularized incomplete beta I_x(a, b). `y` = 1 - x may be passed when it is known more precisely
 * than 1 - x (the t distribution near t = 0).
 */
function regIncBeta(x, a, b, y = 1 - x) {
    if (!(a > 0) || !(b > 0))
        throw new RangeError(`regIncBeta: a and b must be > 0 (a=${a}, b=${b})`);
    if (x <= 0)
        return 0;
    if (y <= 0)
        return 1;
    const lnFront = a * Math.log(x) + b * Math.log(y) - lnBeta(a, b);
    if (x < (a + 1) / (a + b + 2)) {
        return (Math.exp(lnFront) * betaContinuedFraction(x, a, b)) / a;
    }
    return 1 - (Math.exp(lnFront) * betaContinuedFraction(y, b, a)) / b;
}
/** Regularized lower incomplete gamma P(a, x). */
function regIncGammaP(a, x) {
    if (!(a > 0))
        throw new RangeError(`regIncGammaP: a must be > 0 (a=${a})`);
    if (x <= 0)
        return 0;
    if (x < a + 1)
        return gammaSeries(a, x);
    return 1 - gammaContinuedFraction(a, x);
}
/** Regularized upper incomplete gamma Q(a, x) = 1 - P(a, x), without cancellation. */
function regIncGammaQ(a, x) {
    if (!(a > 0))
        throw new RangeError(`regIncGammaQ: a must be > 0 (a=${a})`);
    if (x <= 0)
        return 1;
    if (x < a + 1)
        return 1 - gammaSeries(a, x);
    return gammaContinuedFraction(a, x);
}
function gammaSeries(a, x) {
    let ap = a;
    let sum = 1 / a;
    let del = sum;
    const maxIter = 10000 + Math.ceil(20 * Math.sqrt(a));
    for (let n = 0; n < maxIter; n++) {
        ap += 1;
        del *= x / ap;
        sum += del;
        if (Math.abs(del) < Math.abs(sum) * EPS) {
            return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
        }
    }
    throw new Error(`incomplete gamma series did not converge (a=${a}, x=${x})`);
}
function gammaContinuedFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    const maxIter = 10000 + Math.ceil(20 * Math.sqrt(a));
    for (let i = 1; i <= maxIter; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const del = d * c;
        h *= del;
        if (Math.abs(del - 1) < EPS)
            return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
    }
    throw new Error(`incomplete gamma continued fraction did not converge (a=${a}, x=${x})`);
}
/** erfc(x), accurate in both tails. */
function erfc(x) {
    if (x === 0)
        return 1;
    if (x > 0)
        return x > 27 ? 0 : regIncGammaQ(0.5, x * x);
    return x < -6 ? 2 : 1 + regIncGammaP(0.5, x * x);
}
/** Standard normal CDF Φ(z). */
function normalCdf(z) {
    if (Number.isNaN(z))
        return NaN;
    if (z === Infinity)
        return 1;
    if (z === -Infinity)
        return 0;
    return 0.5 * erfc(-z / Math.SQRT2);
}
/** Standard normal density. */
function normalPdf(z) {
    return Math.exp(-0.5 * z * z - LN_SQRT_2PI);
}
// Acklam's inverse normal CDF (relative error < 1.15e-9).
const ACK_A = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
];
const ACK_B = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
];
const ACK_C = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
];
const ACK_D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
/** Fast inverse normal CDF (Acklam, |relative error| < 1.15e-9): for simulations and as a first guess. */
function normalQuantileApprox(p) {
    if (p <= 0)
        return -Infinity;
    if (p >= 1)
        return Infinity;
    const plow = 0.02425;
    if (p < plow) {
        const q = Math.sqrt(-2 * Math.log(p));
        return ((((((ACK_C[0] * q + ACK_C[1]) * q + ACK_C[2]) * q + ACK_C[3]) * q + ACK_C[4]) * q + ACK_C[5]) /
            ((((ACK_D[0] * q + ACK_D[1]) * q + ACK_D[2]) * q + ACK_D[3]) * q + 1));
    }
    if (p > 1 - plow) {
        const q = Math.sqrt(-2 * Math.log1p(-p));
        return -((((((ACK_C[0] * q + ACK_C[1]) * q + ACK_C[2]) * q + ACK_C[3]) * q + ACK_C[4]) * q + ACK_C[5]) /
            ((((ACK_D[0] * q + ACK_D[1]) * q + ACK_D[2]) * q + ACK_D[3]) * q + 1));
    }
    const q = p - 0.5;
    const r = q * q;
    return (((((((ACK_A[0] * r + ACK_A[1]) * r + ACK_A[2]) * r + ACK_A[3]) * r + ACK_A[4]) * r + ACK_A[5]) * q) /
        (((((ACK_B[0] * r + ACK_B[1]) * r + ACK_B[2]) * r + ACK_B[3]) * r + ACK_B[4]) * r + 1));
}
/** Inverse standard normal CDF, refined to full double precision. */
function normalQuantile(p) {
    if (Number.isNaN(p) || p < 0 || p > 1)
        throw new RangeError(`normalQuantile: p must be in [0, 1] (p=${p})`);
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    let x = normalQuantileApprox(p);
    // Halley steps on the exact CDF (work on the smaller tail to avoid cancellation)
    for (let i = 0; i < 2; i++) {
        const e = p < 0.5 ? normalCdf(x) - p : -(normalCdf(-x) - (1 - p));
        const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
        x = x - u / (1 + (x * u) / 2);
    }
    return x;
}
/** Student t CDF with `df` > 0 degrees of freedom (fractional df allowed). */
function tCdf(t, df) {
    if (!(df > 0))
        throw new RangeError(`tCdf: df must be > 0 (df=${df})`);
    if (Number.isNaN(t))
        return NaN;
    if (t === Infinity)
        return 1;
    if (t === -Infinity)
        return 0;
    if (df === Infinity || df > 1e10)
        return normalCdf(t);
    const t2 = t * t;
    // tail = P(T > |t|) = I_{df/(df+t²)}(df/2, 1/2) / 2
    const x = df / (df + t2);
    const y = t2 / (df + t2);
    const tail = 0.5 * regIncBeta(x, df / 2, 0.5, y);
    return t > 0 ? 1 - tail : tail;
}
/** Upper tail P(T > t), without the cancellation of 1 - tCdf for large t. */
function tSf(t, df) {
    return tCdf(-t, df);
}
/** Student t density. */
function tPdf(t, df) {
    if (df === Infinity || df > 1e10)
        return normalPdf(t);
    return Math.exp(lnGamma((df + 1) / 2) -
        lnGamma(df / 2) -
        0.5 * Math.log(df * Math.PI) -
        ((df + 1) / 2) * Math.log1p((t * t) / df));
}
/** Student t quantile: the t with P(T <= t) = p. */
function tQuantile(p, df) {
    if (Number.isNaN(p) || p < 0 || p > 1)
        throw new RangeError(`tQuantile: p must be in [0, 1] (p=${p})`);
    if (!(df > 0))
        throw new RangeError(`tQuantile: df must be > 0 (df=${df})`);
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p === 0.5)
        return 0;
    if (df === Infinity || df > 1e10)
        return normalQuantile(p);
    if (df === 1)
        return Math.tan(Math.PI * (p - 0.5));
    if (df === 2) {
        const a = 4 * p * (1 - p);
        return ((2 * p - 1) * Math.SQRT2) / Math.sqrt(a);
    }
    // solve for the upper tail q = min(p, 1-p) on the positive side, then mirror
    const upper = p > 0.5;
    const q = upper ? 1 - p : p; // target tail probability P(T > x) = q, x > 0
    // first guess: Cornish-Fisher style expansion around the normal quantile
    const z = -normalQuantile(q);
    const g1 = (z * z * z + z) / 4;
    const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
    let x = z + g1 / df + g2 / (df * df);
    if (!(x > 0) || !Number.isFinite(x))
        x = z > 0 ? z : 1;
    // bracket [lo, hi] with tail(lo) > q > tail(hi)
    let lo = 0;
    let hi = Math.max(2 * x, 1);
    while (tSf(hi, df) > q) {
        lo = hi;
        hi *= 2;
        if (hi > 1e300)
            return upper ? Infinity : -Infinity;
    }
    for (let i = 0; i < 200; i++) {
        const f = tSf(x, df) - q; // decreasing in x
        if (f === 0)
            break;
        if (f > 0)
            lo = Math.max(lo, x);
        else
            hi = Math.min(hi, x);
        const step = f / tPdf(x, df);
        if (Number.isFinite(step) && Math.abs(step) <= 1e-14 * Math.max(1, x)) {
            x += step;
            break;
        }
        let next = x + step;
        if (!(next > lo && next < hi))
            next = (lo + hi) / 2;
        if (hi - lo <= 1e-15 * hi)
            break;
        x = next;
    }
    return upper ? x : -x;
}
/** P(X <= k) for X ~ Binomial(n, p): I_{1-p}(n-k, k+1), stable for large n. */
function binomialCdf(k, n, p) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    if (p <= 0)
        return 1;
    if (p >= 1)
        return 0;
    const kk = Math.floor(k);
    return regIncBeta(1 - p, n - kk, kk + 1, p);
}
/** Quantile of Gamma(shape a, scale 1): the x with P(a, x) = p. */
function gammaQuantile(p, a) {
    if (Number.isNaN(p) || p < 0 || p > 1)
        throw new RangeError(`gammaQuantile: p must be in [0, 1] (p=${p})`);
    if (!(a > 0))
        throw new RangeError(`gammaQuantile: shape must be > 0 (a=${a})`);
    if (p === 0)
        return 0;
    if (p === 1)
        return Infinity;
    // Wilson-Hilferty first guess
    const z = normalQuantile(p);
    const c = 1 / (9 * a);
    let x = a * Math.pow(1 - c + z * Math.sqrt(c), 3);
    if (!(x > 0) || !Number.isFinite(x))
        x = Math.max(1e-3, a);
    let lo = 0;
    let hi = Math.max(2 * x, a + 10 * Math.sqrt(a) + 10);
    while (regIncGammaP(a, hi) < p) {
        lo = hi;
        hi *= 2;
    }
    const lgA = lnGamma(a);
    for (let i = 0; i < 300; i++) {
        const usesUpper = p > 0.5;
        const f = usesUpper ? 1 - p - regIncGammaQ(a, x) : regIncGammaP(a, x) - p; // increasing in x
        if (f === 0)
            break;
        if (f < 0)
            lo = Math.max(lo, x);
        else
            hi = Math.min(hi, x);
        const step = -f / Math.exp((a - 1) * Math.log(x) - x - lgA);
        if (Number.isFinite(step) && Math.abs(step) <= 1e-14 * x) {
            x += step;
            break;
        }
        let next = x + step;
        if (!(next > lo && next < hi))
            next = (lo + hi) / 2;
        if (hi - lo <= 1e-15 * hi)
            break;
        x = next;
    }
    return x;
}
/** Chi-square quantile with k degrees of freedom. */
function chiSquareQuantile(p, k) {
    return 2 * gammaQuantile(p, k / 2);
}


/***/ }),

/***/ 64114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KG: () => (/* binding */ compareWithHistory),
/* harmony export */   xV: () => (/* binding */ DEFAULT_WINDOW)
/* harmony export */ });
/* unused harmony export entryInventory */
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80693);
/* harmony import */ var _default_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77948);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62308);
/* harmony import */ var _run_statistic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4284);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1100);
/* harmony import */ var _series_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73997);
// `compare --history` (issue 15, item 3): the baseline side is main's stored runs. Per key, the
// entries since the key's last change point, the last `window` of them (default 10, at least 1):
// k runs against the candidate's, judged by the same verdict engine as `compare` (so k >= 2 is
// calibrated from the entries' own spread, with the degrees of freedom k gives; one entry is the
// uncalibrated path, and the row says so). The key set is the one `compare` would pick from the
// same runs: the named keys, then the default keys of the recent entries and the candidate.
// Pure: entries and runs in, rows out.






const DEFAULT_WINDOW = 10;
/** The default-key inventory of a stored run (from its default keys). */
function entryInventory(entry) {
    const inv = { series: [], benchmarks: [] };
    for (const s of entry.stats) {
        if (s.named)
            continue;
        if ((0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .isBenchmarkMetric */ .cH)(s.metric))
            inv.benchmarks.push(s.metric);
        else {
            const type = s.stat === 'rate' ? (s.metric === 'http_reqs' ? 'counter' : 'rate') : 'trend';
            inv.series.push({ metric: s.metric, tags: s.tags, type });
        }
    }
    return inv;
}
/** Compare the candidate runs with the stored runs, one row per key (named keys first). */
function compareWithHistory(entries, candidate, opts) {
    const window = opts.window ?? DEFAULT_WINDOW;
    if (!Number.isInteger(window) || window < 1)
        throw new RangeError(`--window must be a whole number >= 1 (got ${window})`);
    const named = [];
    for (const k of opts.keys ?? [])
        if (!named.some((x) => (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .sameKey */ .el)(x, k)))
            named.push({ ...k, named: k.named ?? true });
    const keys = [...named];
    if (opts.defaultKeys ?? named.length === 0) {
        const recent = entries.slice(-window);
        const inv = [...recent.map(entryInventory), ...candidate.map(_default_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .inventoryOf */ .o8)];
        for (const k of (0,_default_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultKeysOf */ .P)(inv))
            if (!keys.some((x) => (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .sameKey */ .el)(x, k)))
                keys.push(k);
    }
    const candSources = candidate.flatMap((r) => r.files.map((f) => ({ path: f.path, sha256: f.sha256 })));
    const rows = keys.map((key) => {
        const series = (0,_series_js__WEBPACK_IMPORTED_MODULE_5__/* .keySeries */ .J8)(entries, key, opts.changePoints);
        const since = series.changes[series.changes.length - 1];
        const from = since ? since.entry : 0;
        const used = entries
            .map((e, i) => ({ e, i }))
            .filter(({ i }) => i >= from)
            .slice(-window);
        const baseline = used.map(({ e }) => {
            const s = (0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .findStat */ .IT)(e, key);
            return s
                ? (0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .toRunStatistic */ .xM)(s)
                : { present: false, reason: `history entry ${(0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .entryLabel */ .b4)(e)} has no ${(0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .formatKey */ .TD)(key)}` };
        });
        const row = (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStatistics */ .lV)({
            key,
            baseline,
            candidate: candidate.map((r) => (0,_run_statistic_js__WEBPACK_IMPORTED_MODULE_3__/* .runStatistic */ .Uz)(r, key, opts.confidence)),
            baselineLabels: used.map(({ e }) => (0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .entryLabel */ .b4)(e)),
            candidateLabels: candidate.map((r) => r.label),
        }, opts);
        row.sources = {
            baseline: used.flatMap(({ e }) => e.sources.map((s) => ({ path: s.path, sha256: s.sha256, ...(e.sha ? { commit: e.sha } : {}) }))),
            candidate: [...candSources],
        };
        if (used.length === 1 && row.verdict !== 'insufficient-data')
            row.reason = `${row.reason}; one history entry in the window: uncalibrated (2 or more entries calibrate from their own spread)`;
        return {
            ...row,
            baseline_runs: used.length,
            baseline_entries: used.map(({ e }) => (0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .entryLabel */ .b4)(e)),
            window_start: since ? { sha: since.sha, time: since.time, text: since.text } : null,
        };
    });
    return (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .applyFdr */ .ZW)(rows, opts.fdr ?? _compare_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_FDR */ .$r);
}


/***/ }),

/***/ 1100:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ statKey),
/* harmony export */   IT: () => (/* binding */ findStat),
/* harmony export */   Wp: () => (/* binding */ HISTORY_ENTRY_FORMAT),
/* harmony export */   b4: () => (/* binding */ entryLabel),
/* harmony export */   bi: () => (/* binding */ HISTORY_ENTRY_VERSION),
/* harmony export */   vj: () => (/* binding */ recordRun),
/* harmony export */   xM: () => (/* binding */ toRunStatistic)
/* harmony export */ });
/* unused harmony export recordKeys */
/* harmony import */ var _default_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77948);
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81009);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62308);
/* harmony import */ var _run_statistic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4284);
// One history entry: a compact record of one run of main (issue 15). Per key the run's statistic,
// its sampling bounds, the within-run sampling variance of the log statistic, the samples behind it
// and, for rates, the counts; plus the commit, the time, the tools' versions and the version of the
// key grammar the keys are written in. No raw samples. Pure: a Run in, a record out, and back to the
// per-run statistics the verdict engine takes, so a comparison against stored runs is the
// comparison against the runs themselves.




/** The record's format version. Readers refuse a newer one; bump it on any change to the fields. */
const HISTORY_ENTRY_VERSION = 1;
const HISTORY_ENTRY_FORMAT = 'perf-gates-history-entry';
function logVariance(lower, upper, confidence) {
    if (lower === null || upper === null || !(lower > 0) || !Number.isFinite(upper) || !(upper > 0))
        return null;
    return ((Math.log(upper) - Math.log(lower)) / (2 * (0,_distributions_js__WEBPACK_IMPORTED_MODULE_1__/* .normalQuantile */ .Zl)(confidence))) ** 2;
}
function statOf(key, s, confidence) {
    const base = {
        key: (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .formatKey */ .TD)(key),
        metric: key.metric,
        tags: { ...key.tags },
        stat: key.stat,
        direction: key.direction,
        named: key.named ?? false,
    };
    if (!s.present) {
        const error = s.error === true;
        return { ...base, present: false, reason: s.reason, ...(error ? { error: true } : {}) };
    }
    const out = {
        ...base,
        present: true,
        value: s.value,
        lower: s.lower,
        upper: s.upper,
        var_log: logVariance(s.lower, s.upper, confidence),
        n: s.n,
        needed: s.needed,
        method: s.method,
    };
    if (s.unit !== undefined)
        out.unit = s.unit;
    if (s.counts)
        out.counts = { passes: s.counts.successes, total: s.counts.trials };
    if (s.note !== undefined)
        out.note = s.note;
    return out;
}
/** The tools' versions the run's files name. */
function toolsOf(run, version) {
    const tools = { 'perf-gates': version };
    if (run.k6?.k6Version)
        tools.k6 = run.k6.k6Version;
    const py = run.benchmarks?.machine?.python_version;
    if (typeof py === 'string' && py)
        tools.python = py;
    return tools;
}
/** The keys a record holds: the named keys, then the run's default keys (as `compare` picks them). */
function recordKeys(run, named = []) {
    const keys = [];
    for (const k of named)
        if (!keys.some((x) => (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .sameKey */ .el)(x, k)))
            keys.push({ ...k, named: true });
    for (const k of (0,_default_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultKeys */ .KB)([run], []))
        if (!keys.some((x) => (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .sameKey */ .el)(x, k)))
            keys.push(k);
    return keys;
}
/** The history entry of one run. */
function recordRun(run, opts) {
    const confidence = opts.confidence ?? 0.95;
    const stats = recordKeys(run, opts.keys).map((key) => statOf(key, (0,_run_statistic_js__WEBPACK_IMPORTED_MODULE_3__/* .runStatistic */ .Uz)(run, key, confidence), confidence));
    return {
        format: HISTORY_ENTRY_FORMAT,
        version: HISTORY_ENTRY_VERSION,
        key_grammar: _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KEY_GRAMMAR_VERSION */ .zZ,
        sha: opts.sha ?? null,
        time: opts.time,
        tools: toolsOf(run, opts.version),
        confidence,
        sources: run.files.map((f) => ({ path: f.path, sha256: f.sha256 })),
        stats,
    };
}
/** The key of a stored statistic, as the verdict engine takes it. */
function statKey(s) {
    return { metric: s.metric, tags: { ...s.tags }, stat: s.stat, direction: s.direction, named: s.named };
}
/** The stored statistic back as the per-run statistic it was made from. */
function toRunStatistic(s) {
    if (!s.present)
        return { present: false, reason: s.reason, ...(s.error ? { error: true } : {}) };
    const out = {
        present: true,
        value: s.value,
        lower: s.lower,
        upper: s.upper,
        n: s.n,
        needed: s.needed,
        method: s.method,
    };
    if (s.unit !== undefined)
        out.unit = s.unit;
    if (s.counts)
        out.counts = { successes: s.counts.passes, trials: s.counts.total };
    if (s.note !== undefined)
        out.note = s.note;
    return out;
}
/** The statistic of `key` in a stored entry (`p50` and `med` are one), or undefined. */
function findStat(entry, key) {
    return entry.stats.find((s) => (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .sameKey */ .el)(s, key));
}
/** A short label for an entry: its commit (12 characters) or its time. */
function entryLabel(entry) {
    return entry.sha ? entry.sha.slice(0, 12) : entry.time;
}


/***/ }),

/***/ 73997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zU: () => (/* binding */ historyKeys),
  J8: () => (/* binding */ keySeries)
});

// UNUSED EXPORTS: baselineWindow

// EXTERNAL MODULE: ./.build/stats/keys.js
var stats_keys = __webpack_require__(62308);
;// CONCATENATED MODULE: ./.build/stats/history/changepoints.js
// Change points in a key's history (issue 15, item 4): e-divisive means (Matteson & James 2014,
// "A nonparametric approach for multiple change point analysis of multivariate data", JASA), the
// method Apache Otava (formerly Hunter, Fleming et al., arXiv 2301.03034) runs over per-run results.
//
// On a series z (here the log statistic of each stored run, oldest first):
//  - within a segment [s, e), for every split s < tau < kappa <= e with both parts at least
//    `minSegment` long, X = z[s, tau), Y = z[tau, kappa) (n = |X|, m = |Y|), the divergence
//      Q(X, Y) = n m / (n + m) * ( 2/(n m) sum|X_i - Y_j| - 2/(n(n-1)) sum_{i<k}|X_i - X_k|
//                                   - 2/(m(m-1)) sum_{j<k}|Y_j - Y_k| )
//    (alpha = 1, Otava's `power`); the candidate is the tau of the largest Q over every segment
//    between the change points found so far;
//  - its significance: a permutation test, as in Matteson & James and Otava's
//    PermutationsSignificanceTester. The points are shuffled within each current segment, the largest
//    Q recomputed, `permutations` times; p = (1 + #{Q_perm >= Q}) / (1 + permutations). The candidate
//    is a change point when p <= `pValue` (the shuffles stop early once p must exceed it); the search then goes on in the new segments, and stops at
//    the first candidate that is not significant.
// The shuffles come from a seeded generator (mulberry32), so the same series and options always give
// the same change points. Pure; O(n^2) per candidate and permutation (prefix sums of the distances).
const CHANGE_POINT_DEFAULTS = { pValue: 0.01, minSegment: 3, permutations: 199, seed: 15 };
/** mulberry32: a small seeded generator of uniform numbers in [0, 1). */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** 2-D prefix sums of |z_i - z_j|: P[i*(n+1)+j] = sum over a < i, b < j. */
function prefixDistances(z) {
    const n = z.length;
    const w = n + 1;
    const P = new Float64Array(w * w);
    for (let i = 0; i < n; i++) {
        let row = 0;
        const zi = z[i];
        for (let j = 0; j < n; j++) {
            row += Math.abs(zi - z[j]);
            P[(i + 1) * w + j + 1] = P[i * w + j + 1] + row;
        }
    }
    return P;
}
/** The largest Q over splits of [s, e) with both parts >= minSeg; undefined when none fits. */
function bestSplit(P, w, s, e, minSeg) {
    const block = (a0, a1, b0, b1) => P[a1 * w + b1] - P[a0 * w + b1] - P[a1 * w + b0] + P[a0 * w + b0];
    let best;
    for (let tau = s + minSeg; tau + minSeg <= e; tau++) {
        const n = tau - s;
        const withinX = block(s, tau, s, tau) / 2;
        const wx = n > 1 ? (2 * withinX) / (n * (n - 1)) : 0;
        for (let kappa = tau + minSeg; kappa <= e; kappa++) {
            const m = kappa - tau;
            const between = block(s, tau, tau, kappa);
            const withinY = block(tau, kappa, tau, kappa) / 2;
            const wy = m > 1 ? (2 * withinY) / (m * (m - 1)) : 0;
            const q = ((n * m) / (n + m)) * ((2 * between) / (n * m) - wx - wy);
            if (!best || q > best.q)
                best = { index: tau, q };
        }
    }
    return best;
}
function bestOver(z, bounds, minSeg) {
    const P = prefixDistances(z);
    const w = z.length + 1;
    let best;
    for (let k = 0; k + 1 < bounds.length; k++) {
        const c = bestSplit(P, w, bounds[k], bounds[k + 1], minSeg);
        if (c && (!best || c.q > best.q))
            best = c;
    }
    return best;
}
const mean = (z, a, b) => {
    let s = 0;
    for (let i = a; i < b; i++)
        s += z[i];
    return s / (b - a);
};
/** The change points of `series` (finite numbers, oldest first), in order of index. */
function changePoints(series, opts = {}) {
    const alpha = opts.pValue ?? CHANGE_POINT_DEFAULTS.pValue;
    const minSeg = Math.max(2, Math.floor(opts.minSegment ?? CHANGE_POINT_DEFAULTS.minSegment));
    const R = Math.max(1, Math.floor(opts.permutations ?? CHANGE_POINT_DEFAULTS.permutations));
    const rng = mulberry32(opts.seed ?? CHANGE_POINT_DEFAULTS.seed);
    const n = series.length;
    if (series.some((v) => !Number.isFinite(v)))
        throw new RangeError('change points need finite values');
    const z = Float64Array.from(series);
    const found = [];
    const perm = new Float64Array(n);
    for (;;) {
        const bounds = [0, ...found.map((f) => f.index), n];
        const cand = bestOver(z, bounds, minSeg);
        if (!cand || !(cand.q > 0))
            break;
        let extreme = 0;
        for (let r = 0; r < R; r++) {
            perm.set(z);
            for (let k = 0; k + 1 < bounds.length; k++) {
                // Fisher-Yates within the segment
                for (let i = bounds[k + 1] - 1; i > bounds[k]; i--) {
                    const j = bounds[k] + Math.floor(rng() * (i - bounds[k] + 1));
                    const t = perm[i];
                    perm[i] = perm[j];
                    perm[j] = t;
                }
            }
            const c = bestOver(perm, bounds, minSeg);
            if (c && c.q >= cand.q)
                extreme++;
            // the decision is made once p can no longer reach the threshold (same answer, fewer shuffles)
            if ((1 + extreme) / (1 + R) > alpha)
                break;
        }
        const p = (1 + extreme) / (1 + R);
        if (p > alpha)
            break;
        found.push({ index: cand.index, q: cand.q, pValue: p });
        found.sort((a, b) => a.index - b.index);
    }
    const idx = found.map((f) => f.index);
    return found.map((f, i) => {
        const lo = i > 0 ? idx[i - 1] : 0;
        const hi = i + 1 < idx.length ? idx[i + 1] : n;
        return {
            index: f.index,
            pValue: f.pValue,
            q: f.q,
            before: mean(z, lo, f.index),
            after: mean(z, f.index, hi),
        };
    });
}

// EXTERNAL MODULE: ./.build/stats/history/record.js
var record = __webpack_require__(1100);
;// CONCATENATED MODULE: ./.build/stats/history/series.js
// Per-key series of a history (oldest first) and their change points, as `history show` lists them
// and `compare --history` starts its window at: "p95 of http_req_duration{name:checkout} stepped +18%
// at 1a2b3c4 (2026-11-20)". Pure.



/** Every key of the entries, in first-seen order (`p50`/`med` are one). */
function historyKeys(entries) {
    const keys = [];
    for (const e of entries)
        for (const s of e.stats)
            if (!keys.some((k) => (0,stats_keys/* sameKey */.el)(k, s)))
                keys.push((0,record/* statKey */.CD)(s));
    return keys;
}
function stepText(spec, ratio, sha, time) {
    const what = (0,stats_keys/* isBenchmarkMetric */.cH)(spec.metric) ? spec.metric : (0,stats_keys/* formatMetric */.gI)(spec.metric, spec.tags);
    const pct = (ratio - 1) * 100;
    const at = sha ? sha.slice(0, 12) : 'an entry without a commit';
    return `${spec.stat} of ${what} stepped ${pct >= 0 ? '+' : ''}${pct.toFixed(pct !== 0 && Math.abs(pct) < 1 ? 2 : 0)}% at ${at} (${time.slice(0, 10)})`;
}
/** One key's series over the entries and its change points on the log statistic. */
function keySeries(entries, spec, opts = {}) {
    const points = [];
    let skipped = 0;
    entries.forEach((e, i) => {
        const s = e.stats.find((x) => (0,stats_keys/* sameKey */.el)(x, spec));
        if (!s || !s.present || !(s.value > 0)) {
            skipped++;
            return;
        }
        points.push({ entry: i, sha: e.sha, time: e.time, value: s.value, lower: s.lower, upper: s.upper });
    });
    const cps = changePoints(points.map((p) => Math.log(p.value)), opts);
    const changes = cps.map((c) => {
        const p = points[c.index];
        const ratio = Math.exp(c.after - c.before);
        return {
            entry: p.entry,
            sha: p.sha,
            time: p.time,
            ratio,
            pValue: c.pValue,
            text: stepText(spec, ratio, p.sha, p.time),
        };
    });
    return { key: keyText(spec), spec, points, skipped, changes };
}
function keyText(spec) {
    return (0,stats_keys/* isBenchmarkMetric */.cH)(spec.metric)
        ? `${spec.metric}:${spec.stat}`
        : `${(0,stats_keys/* formatMetric */.gI)(spec.metric, spec.tags)}:${spec.stat}`;
}
/**
 * The entries a comparison takes as its baseline for one key: those since the key's last change point
 * (from it on), the last `window` of them. Entries without the key count toward neither.
 */
function baselineWindow(series, window) {
    if (!Number.isInteger(window) || window < 1)
        throw new RangeError(`--window must be a whole number >= 1 (got ${window})`);
    const since = series.changes.length ? series.changes[series.changes.length - 1] : undefined;
    const from = since ? since.entry : 0;
    const eligible = series.points.filter((p) => p.entry >= from).map((p) => p.entry);
    return { entries: eligible.slice(-window), since };
}


/***/ }),

/***/ 97272:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ planAppend),
/* harmony export */   VM: () => (/* binding */ entryNames),
/* harmony export */   eh: () => (/* binding */ strayNames),
/* harmony export */   oK: () => (/* binding */ DEFAULT_KEEP),
/* harmony export */   xG: () => (/* binding */ parseKeep)
/* harmony export */ });
/* unused harmony export entryFileName */
// The history store's rules (issue 15, item 2), pure: a folder of entries, one file per run, named
// `<sequence>-<commit or "nosha">.json` with a six-digit (or longer) sequence number that orders them
// (the order they were added, which is the order of main's runs). Appending takes the next number and
// keeps the last `keep` entries (default 100). The file I/O is src/io/store.ts; the orchestration,
// src/run/history.ts.
const DEFAULT_KEEP = 100;
const NAME = /^(\d{6,})-([0-9a-fA-F]{4,64}|nosha)\.json$/;
/** The entry files among a folder's names, in order (other names, temporary files included, are not entries). */
function entryNames(names) {
    const out = [];
    for (const name of names) {
        const m = NAME.exec(name);
        if (m)
            out.push({ name, seq: Number(m[1]) });
    }
    return out.sort((a, b) => a.seq - b.seq || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** Names in the folder that look like neither an entry nor a temporary file (said, never read). */
function strayNames(names) {
    return names.filter((n) => !NAME.test(n) && !/^\..*\.tmp$/.test(n)).sort();
}
function entryFileName(seq, entry) {
    return `${String(seq).padStart(6, '0')}-${entry.sha ? entry.sha.toLowerCase().slice(0, 12) : 'nosha'}.json`;
}
/** `--keep`: a whole number >= 1. */
function parseKeep(v) {
    if (v === undefined)
        return DEFAULT_KEEP;
    const n = typeof v === 'number' ? v : /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isInteger(n) || n < 1)
        throw new RangeError(`--keep must be a whole number >= 1 (got "${v}")`);
    return n;
}
/** Where a new entry goes and which old ones fall out of the last `keep`. */
function planAppend(names, entry, keep = DEFAULT_KEEP) {
    const entries = entryNames(names);
    const next = entries.length ? entries[entries.length - 1].seq + 1 : 1;
    const name = entryFileName(next, entry);
    const total = entries.length + 1;
    const drop = Math.max(0, total - keep);
    return { name, remove: entries.slice(0, drop).map((e) => e.name) };
}


/***/ }),

/***/ 65300:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ poissonInterval),
/* harmony export */   Ht: () => (/* binding */ samplesNeeded),
/* harmony export */   J9: () => (/* binding */ percentileInterval),
/* harmony export */   VO: () => (/* binding */ meanInterval),
/* harmony export */   YV: () => (/* binding */ wilsonInterval),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   ir: () => (/* binding */ orderStatisticRanks)
/* harmony export */ });
/* unused harmony exports welchDf, welchInterval, newcombeDifference, rateRatioBounds, NORMAL_APPROX_MIN_N */
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81009);
/* harmony import */ var _percentile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2099);
// Confidence intervals. Every interval here has ONE-SIDED bounds at `confidence`: `lower` is a
// `confidence` lower bound and `upper` a `confidence` upper bound (so [lower, upper] is a two-sided
// interval at 2*confidence - 1: 0.95 one-sided bounds = the 90 % two-sided interval). That is what the
// verdict rules of DESIGN section 4 use ("one-sided bounds L and U (95%)").


function checkConfidence(c) {
    if (!(c > 0.5 && c < 1))
        throw new RangeError(`confidence must be in (0.5, 1) (got ${c})`);
}
function summarize(values) {
    const n = values.length;
    let mean = 0;
    for (let i = 0; i < n; i++)
        mean += (values[i] - mean) / (i + 1);
    let ss = 0;
    for (let i = 0; i < n; i++)
        ss += (values[i] - mean) ** 2;
    return { mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : NaN, n };
}
/** Welch-Satterthwaite degrees of freedom for two variances of the mean v1 = s1²/n1, v2 = s2²/n2. */
function welchDf(v1, n1, v2, n2) {
    const num = (v1 + v2) ** 2;
    const den = (v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1);
    return den > 0 ? num / den : Infinity;
}
/**
 * Welch interval for mean(y) - mean(x) with one-sided bounds at `confidence`.
 * Accepts raw samples or summaries (mean, sd, n); each side needs n >= 2.
 */
function welchInterval(x, y, confidence = 0.95) {
    checkConfidence(confidence);
    const sx = 'mean' in x ? x : summarize(x);
    const sy = 'mean' in y ? y : summarize(y);
    if (sx.n < 2 || sy.n < 2)
        throw new RangeError('welchInterval: each side needs at least 2 values');
    const vx = (sx.sd * sx.sd) / sx.n;
    const vy = (sy.sd * sy.sd) / sy.n;
    const se = Math.sqrt(vx + vy);
    const df = welchDf(vx, sx.n, vy, sy.n);
    const estimate = sy.mean - sx.mean;
    const tCritical = tQuantile(confidence, df);
    return { estimate, se, df, tCritical, lower: estimate - tCritical * se, upper: estimate + tCritical * se };
}
/** t interval for a mean (one-sided bounds at `confidence`). */
function meanInterval(values, confidence = 0.95) {
    checkConfidence(confidence);
    const s = 'mean' in values ? values : summarize(values);
    if (s.n < 2)
        throw new RangeError('meanInterval: needs at least 2 values');
    const half = ((0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .tQuantile */ .YW)(confidence, s.n - 1) * s.sd) / Math.sqrt(s.n);
    return { ...s, lower: s.mean - half, upper: s.mean + half };
}
// ---------------------------------------------------------------------------------------------
// Proportions
/** Wilson score interval for `successes` out of `trials` (one-sided bounds at `confidence`). */
function wilsonInterval(successes, trials, confidence = 0.95) {
    checkConfidence(confidence);
    if (!(trials > 0))
        throw new RangeError('wilsonInterval: trials must be > 0');
    if (successes < 0 || successes > trials)
        throw new RangeError('wilsonInterval: successes must be in [0, trials]');
    const z = (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(confidence);
    const n = trials;
    const p = successes / n;
    const z2 = z * z;
    const denom = 1 + z2 / n;
    const center = (p + z2 / (2 * n)) / denom;
    const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    // exact ends: with 0 successes the lower bound is exactly 0, with all successes the upper is 1
    const lower = successes === 0 ? 0 : Math.max(0, center - half);
    const upper = successes === trials ? 1 : Math.min(1, center + half);
    return { estimate: p, lower, upper };
}
/**
 * Newcombe's hybrid score interval (method 10) for the difference p2 - p1 of two independent
 * proportions (x1/n1 = baseline, x2/n2 = candidate), one-sided bounds at `confidence`.
 */
function newcombeDifference(x1, n1, x2, n2, confidence = 0.95) {
    const w1 = wilsonInterval(x1, n1, confidence);
    const w2 = wilsonInterval(x2, n2, confidence);
    const p1 = w1.estimate;
    const p2 = w2.estimate;
    const d = p2 - p1;
    const lower = d - Math.sqrt((p2 - w2.lower) ** 2 + (w1.upper - p1) ** 2);
    const upper = d + Math.sqrt((w2.upper - p2) ** 2 + (p1 - w1.lower) ** 2);
    return { estimate: d, lower, upper };
}
/**
 * Bounds for the ratio p2/p1 of two rates from their Wilson bounds, combined as bounds (never as
 * symmetric standard errors): lower = p2.lower / p1.upper, upper = p2.upper / p1.lower. A zero
 * denominator gives Infinity (unbounded); the lower bound is always finite since p1.upper > 0.
 */
function rateRatioBounds(x1, n1, x2, n2, confidence = 0.95) {
    const w1 = wilsonInterval(x1, n1, confidence);
    const w2 = wilsonInterval(x2, n2, confidence);
    const estimate = w1.estimate > 0 ? w2.estimate / w1.estimate : w2.estimate > 0 ? Infinity : 1;
    return {
        estimate,
        lower: w2.lower / w1.upper,
        upper: w1.lower > 0 ? w2.upper / w1.lower : Infinity,
    };
}
// ---------------------------------------------------------------------------------------------
// Percentiles from order statistics (distribution-free)
/** Above this n the binomial ranks come from the normal approximation (tested to agree). */
const NORMAL_APPROX_MIN_N = 20_000_000;
/**
 * Ranks of the order statistics that bound the p-quantile with one-sided confidence:
 * upper = min { r : P(Bin(n,p) <= r-1) >= c }, lower = max { r : P(Bin(n,p) >= r) >= c }.
 */
function orderStatisticRanks(n, p, confidence = 0.95, method = 'auto') {
    checkConfidence(confidence);
    if (!(p > 0 && p < 1))
        throw new RangeError(`orderStatisticRanks: p must be in (0, 1) (p=${p})`);
    if (!Number.isInteger(n) || n < 1)
        return { lower: null, upper: null, method: 'exact' };
    const useNormal = method === 'normal' || (method === 'auto' && n >= NORMAL_APPROX_MIN_N);
    if (useNormal) {
        // continuity-corrected normal approximation to Bin(n, p)
        const z = (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(confidence);
        const mu = n * p;
        const sd = Math.sqrt(n * p * (1 - p));
        const u = Math.ceil(mu + z * sd + 0.5); // P(Bin <= u-1) >= c  <=>  u-1 >= mu + z sd - 0.5
        const l = Math.floor(mu - z * sd + 0.5); // P(Bin >= l) >= c <=> l-1 <= mu - z sd - 0.5
        return { lower: l >= 1 ? l : null, upper: u <= n ? u : null, method: 'normal' };
    }
    const cdf = (k) => (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .binomialCdf */ .HU)(k, n, p);
    // upper: smallest k = r-1 in [0, n-1] with cdf(k) >= c
    let upper = null;
    if (cdf(n - 1) >= confidence) {
        let lo = -1; // cdf(lo) < c (virtual)
        let hi = n - 1; // cdf(hi) >= c
        while (hi - lo > 1) {
            const mid = Math.floor((lo + hi) / 2);
            if (cdf(mid) >= confidence)
                hi = mid;
            else
                lo = mid;
        }
        upper = hi + 1;
    }
    // lower: largest k = r-1 in [0, n-1] with cdf(k) <= 1-c, r = k+1
    let lower = null;
    const alpha = 1 - confidence;
    if (cdf(0) <= alpha) {
        let lo = 0; // cdf(lo) <= alpha
        let hi = n; // cdf(n) = 1 > alpha
        while (hi - lo > 1) {
            const mid = Math.floor((lo + hi) / 2);
            if (cdf(mid) <= alpha)
                lo = mid;
            else
                hi = mid;
        }
        lower = lo + 1;
    }
    return { lower, upper, method: 'exact' };
}
/**
 * Samples a p-quantile needs for a one-sided bound at `confidence`:
 * upper bound n >= ln(1-c)/ln(p) (p99 at 95 %: 299), lower bound n >= ln(1-c)/ln(1-p); 'both' = max.
 */
function samplesNeeded(p, confidence = 0.95, side = 'both') {
    checkConfidence(confidence);
    if (!(p > 0 && p < 1))
        throw new RangeError(`samplesNeeded: p must be in (0, 1) (p=${p})`);
    const a = Math.log(1 - confidence);
    // tiny epsilon guards against ln ratios that land a hair above an integer
    const up = Math.ceil(a / Math.log(p) - 1e-9);
    const low = Math.ceil(a / Math.log1p(-p) - 1e-9);
    return side === 'upper' ? up : side === 'lower' ? low : Math.max(up, low);
}
/** "p95 = 54.0 ms [51.2, 57.9]": k6's percentile with its distribution-free bounds. */
function percentileInterval(sorted, p, confidence = 0.95) {
    const n = sorted.length;
    const value = (0,_percentile_js__WEBPACK_IMPORTED_MODULE_1__/* .percentileSorted */ .v)(sorted, p);
    const needed = p > 0 && p < 1 ? samplesNeeded(p, confidence) : 1;
    if (!(p > 0 && p < 1) || n === 0) {
        return { value, lower: null, upper: null, lowerRank: null, upperRank: null, n, needed };
    }
    const r = orderStatisticRanks(n, p, confidence);
    return {
        value,
        lower: r.lower !== null ? sorted[r.lower - 1] : null,
        upper: r.upper !== null ? sorted[r.upper - 1] : null,
        lowerRank: r.lower,
        upperRank: r.upper,
        n,
        needed,
    };
}
// ---------------------------------------------------------------------------------------------
// Poisson
/**
 * Exact (Garwood) one-sided bounds for a Poisson rate: `count` events over `exposure` (seconds, or
 * 1 for the count itself). lower = Gamma^-1(1-c; k) / T (0 when k = 0), upper = Gamma^-1(c; k+1) / T.
 */
function poissonInterval(count, exposure = 1, confidence = 0.95) {
    checkConfidence(confidence);
    if (!(count >= 0))
        throw new RangeError('poissonInterval: count must be >= 0');
    if (!(exposure > 0))
        throw new RangeError('poissonInterval: exposure must be > 0');
    const lower = count > 0 ? (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .gammaQuantile */ .VL)(1 - confidence, count) / exposure : 0;
    const upper = (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .gammaQuantile */ .VL)(confidence, count + 1) / exposure;
    return { estimate: count / exposure, lower, upper };
}


/***/ }),

/***/ 62308:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ parseKey),
/* harmony export */   Rn: () => (/* binding */ isValidStat),
/* harmony export */   TD: () => (/* binding */ formatKey),
/* harmony export */   cH: () => (/* binding */ isBenchmarkMetric),
/* harmony export */   el: () => (/* binding */ sameKey),
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   zZ: () => (/* binding */ KEY_GRAMMAR_VERSION)
/* harmony export */ });
/* unused harmony exports STATS, defaultDirection */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76995);
// Comparison keys, written as DESIGN section 4 spells them: `metric{tag:value,...}:stat`, tags in
// k6's spelling (sorted by key, comma-joined, as k6 names submetrics; a tag value with a comma or
// a quote is written in double quotes: parsers/k6-summary/keys.ts quoteTagPart); a benchmark is
// `<fullname>:median` (pytest fullnames contain `::` and may contain `[..]` and `{`).

/** The statistics a key may name (plus any `pNN`/`pNN.N` percentile). `p50` = `med`. */
const STATS = [
    'avg',
    'min',
    'med',
    'max',
    'p50',
    'p90',
    'p95',
    'p99',
    'rate',
    'count',
    'median',
];
const PERCENTILE_STAT = /^p(\d{1,2}(?:\.\d+)?|100)$/;
function isValidStat(stat) {
    return STATS.includes(stat) || PERCENTILE_STAT.test(stat);
}
/** A metric with `::` is a pytest-benchmark fullname. */
function isBenchmarkMetric(metric) {
    return metric.includes('::');
}
/**
 * Default direction: time trends (http_req_duration...), error/failure rates, counts of drops and
 * benchmarks `decrease`; throughput (`http_reqs:rate`, any counter's rate) and checks `increase`.
 */
function defaultDirection(metric, stat) {
    if (isBenchmarkMetric(metric))
        return 'decrease';
    const m = metric.toLowerCase();
    const bad = /(fail|error|err_|drop|timeout|reject|retr)/.test(m);
    if (bad)
        return 'decrease';
    if (m === 'checks' || /(^|_)(checks?|success|passe?s?|ok)($|_)/.test(m))
        return 'increase';
    if (stat === 'rate' || m === 'http_reqs' || m === 'iterations')
        return 'increase';
    return 'decrease';
}
/**
 * Parse `http_req_duration{name:checkout}:p95`, `http_reqs:rate`,
 * `tests/test_x.py::test_y[a:b]:median`. The stat is taken from the LAST `:`. Bad keys throw an
 * InputError naming `file` (the config or plan the key came from) and the key.
 */
function parseKey(key, file = 'key', direction) {
    const where = (msg) => new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(file, `invalid key "${key}": ${msg}`);
    const trimmed = key.trim();
    const cut = trimmed.lastIndexOf(':');
    if (cut <= 0)
        throw where('expected metric:stat, e.g. http_req_duration{name:checkout}:p95');
    const metricPart = trimmed.slice(0, cut);
    const stat = trimmed.slice(cut + 1).replace(/^p\((\d+(?:\.\d+)?)\)$/, 'p$1');
    if (!isValidStat(stat)) {
        throw where(`unknown stat "${stat}" (use one of ${STATS.join(' ')} or pNN)`);
    }
    const brace0 = metricPart.indexOf('{');
    if (isBenchmarkMetric(brace0 < 0 ? metricPart : metricPart.slice(0, brace0))) {
        return { metric: metricPart, tags: {}, stat, direction: direction ?? defaultDirection(metricPart, stat) };
    }
    const brace = metricPart.indexOf('{');
    let metric = metricPart;
    const tags = {};
    if (brace >= 0) {
        if (!metricPart.endsWith('}'))
            throw where('tag list must end with "}"');
        metric = metricPart.slice(0, brace);
        const inner = metricPart.slice(brace + 1, -1);
        if (inner.trim() === '')
            throw where('empty tag list "{}"');
        let pairs;
        try {
            pairs = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .splitTagList */ .nx)(inner, key);
        }
        catch (e) {
            throw where(e.message.replace(/^"[^]*?": /, ''));
        }
        for (const [k, v] of pairs) {
            if (!k)
                throw where('a tag without a name');
            if (k in tags)
                throw where(`tag "${k}" given twice`);
            tags[k] = v;
        }
    }
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(metric))
        throw where(`metric name "${metric}" is not a k6 metric name`);
    return { metric, tags, stat, direction: direction ?? defaultDirection(metric, stat) };
}
/** k6's spelling of a metric with tags: `http_req_duration{method:GET,name:checkout}`. */
function formatMetric(metric, tags) {
    const keys = Object.keys(tags).sort();
    if (keys.length === 0)
        return metric;
    return `${metric}{${keys.map((k) => `${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteTagPart */ .wn)(k, true)}:${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteTagPart */ .wn)(tags[k])}`).join(',')}}`;
}
function formatKey(spec) {
    if (isBenchmarkMetric(spec.metric))
        return `${spec.metric}:${spec.stat}`;
    return `${formatMetric(spec.metric, spec.tags)}:${spec.stat}`;
}
/** Two keys name the same statistic (`p50` and `med` are the same). */
function sameKey(a, b) {
    const norm = (s) => (s === 'p50' || s === 'median' ? 'med' : s);
    return formatKey({ ...a, stat: norm(a.stat) }) === formatKey({ ...b, stat: norm(b.stat) });
}
/**
 * The version of the key grammar above (`metric{tag:value,...}:stat`, stats as listed, `p50` = `med`,
 * a benchmark `<fullname>:median`). Stored records name it; bump it when keys are spelled differently.
 */
const KEY_GRAMMAR_VERSION = 1;


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


/***/ }),

/***/ 4284:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uz: () => (/* binding */ runStatistic)
/* harmony export */ });
/* unused harmony exports BENCHMARK_NOTCH, findSeries, findBenchmark */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76995);
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81009);
/* harmony import */ var _intervals_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65300);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62308);
/* harmony import */ var _percentile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2099);
// The statistic of one key in one run, with the run's own sampling interval (one-sided bounds at
// `confidence`): order statistics for percentiles and the median (never a t interval on logs for a
// tail percentile), Wilson for rates, exact Poisson for counts and counter rates, a t interval for
// `avg`, and for a benchmark the median with an order-statistic interval from its rounds (or
// median ± 1.58·IQR/√rounds when the file has no raw data).





/** `error` when a series or benchmark has more impossible samples than IMPOSSIBLE_LIMIT of its own. */
function impossibleError(run, name, imp) {
    if (!imp || !(imp.count > imp.total * _model_js__WEBPACK_IMPORTED_MODULE_0__/* .IMPOSSIBLE_LIMIT */ .Al))
        return undefined;
    return {
        present: false,
        error: true,
        reason: `run "${run.label}": ${name} has ${imp.count} impossible samples (${imp.what}) of ${imp.total} (${((100 * imp.count) / imp.total).toPrecision(2)}%, more than ${_model_js__WEBPACK_IMPORTED_MODULE_0__/* .IMPOSSIBLE_LIMIT */ .Al * 100}%), the first at ${imp.file}${imp.line !== undefined ? `:${imp.line}` : ''}: the run is not a measurement to compare`,
    };
}
/** pytest-benchmark's notch factor: median ± 1.58·IQR/√n at the default 95 % (scaled by z for others). */
const BENCHMARK_NOTCH = 1.58;
function tagsEqual(a, b) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length)
        return false;
    return ka.every((k) => b[k] === a[k]);
}
function findSeries(run, key) {
    return run.k6?.series.find((s) => s.summary.metric === key.metric && tagsEqual(s.summary.tags, key.tags));
}
function findBenchmark(run, fullname) {
    return run.benchmarks?.benchmarks.find((b) => b.fullname === fullname);
}
function unitOf(series) {
    const c = series.summary.contains;
    return c === 'time' ? 'ms' : c === 'data' ? 'B' : undefined;
}
/** The statistic of `key` in `run`, or `present: false` with the reason. */
function runStatistic(run, key, confidence = 0.95) {
    if ((0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .isBenchmarkMetric */ .cH)(key.metric))
        return benchmarkStatistic(run, key, confidence);
    const series = findSeries(run, key);
    const name = (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMetric */ .gI)(key.metric, key.tags);
    if (!series)
        return { present: false, reason: `run "${run.label}" has no ${name}` };
    const bad = impossibleError(run, name, series.impossible);
    if (bad)
        return bad;
    const s = series.summary;
    switch (s.type) {
        case 'trend':
            return trendStatistic(run, series, key, confidence);
        case 'rate':
            return rateStatistic(run, series, key, confidence);
        case 'counter':
            return counterStatistic(run, series, key, confidence);
        case 'gauge': {
            const v = key.stat === 'min' ? s.min : key.stat === 'max' ? s.max : undefined;
            if (v === undefined) {
                return { present: false, reason: `${name} is a gauge: ${key.stat} does not apply (min, max)` };
            }
            return {
                present: true,
                value: v,
                lower: null,
                upper: null,
                n: 1,
                needed: 1,
                method: 'gauge',
                note: 'a gauge has no sampling interval',
            };
        }
    }
}
function trendStatistic(run, series, key, confidence) {
    const s = series.summary;
    const sorted = series.sorted;
    const unit = unitOf(series);
    const name = (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMetric */ .gI)(key.metric, key.tags);
    const n = sorted ? sorted.length : (s.count ?? 0);
    const p = (0,_percentile_js__WEBPACK_IMPORTED_MODULE_4__/* .percentileOf */ .D)(key.stat);
    if (p !== undefined && p > 0 && p < 1) {
        const needed = (0,_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .samplesNeeded */ .Ht)(p, confidence);
        if (sorted) {
            if (sorted.length === 0)
                return { present: false, reason: `run "${run.label}" has no samples of ${name}` };
            const iv = (0,_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .percentileInterval */ .J9)(sorted, p, confidence);
            return {
                present: true,
                value: iv.value,
                lower: iv.lower,
                upper: iv.upper,
                n,
                needed,
                unit,
                method: 'order statistics',
            };
        }
        const sk = series.sketch;
        if (sk && sk.count > 0) {
            // past the run's budget of kept values: ranks from the sketch, each within its relative
            // error; the bounds move out by that error so the interval still covers
            const r = (0,_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .orderStatisticRanks */ .ir)(sk.count, p, confidence);
            const a = sk.alpha;
            return {
                present: true,
                value: sk.percentile(p),
                lower: r.lower !== null ? sk.valueAtRank(r.lower - 1) * (1 - a) : null,
                upper: r.upper !== null ? sk.valueAtRank(r.upper - 1) * (1 + a) : null,
                n: sk.count,
                needed,
                unit,
                method: 'order statistics (sketch)',
                exact: false,
                relative_error: a,
            };
        }
        const fromSummary = summaryPercentile(series, key.stat);
        if (fromSummary === undefined) {
            return {
                present: false,
                reason: `run "${run.label}": ${name} has no ${key.stat} (summary without raw samples)`,
            };
        }
        return {
            present: true,
            value: fromSummary,
            lower: null,
            upper: null,
            n,
            needed,
            unit,
            method: 'summary',
            note: 'summary file only: no raw samples for an order-statistic interval',
        };
    }
    switch (key.stat) {
        case 'avg': {
            if (sorted && sorted.length >= 2) {
                const iv = (0,_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .meanInterval */ .VO)((0,_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .summarize */ .eh)(sorted), confidence);
                return {
                    present: true,
                    value: iv.mean,
                    lower: iv.lower,
                    upper: iv.upper,
                    n,
                    needed: 2,
                    unit,
                    method: 't interval',
                };
            }
            if (s.avg === undefined)
                return { present: false, reason: `run "${run.label}": ${name} has no avg` };
            return {
                present: true,
                value: s.avg,
                lower: null,
                upper: null,
                n,
                needed: 2,
                unit,
                method: 'summary',
                note: 'summary file only: no raw samples for a t interval',
            };
        }
        case 'min':
        case 'max': {
            const v = sorted && sorted.length > 0
                ? key.stat === 'min'
                    ? sorted[0]
                    : sorted[sorted.length - 1]
                : s[key.stat];
            if (v === undefined)
                return { present: false, reason: `run "${run.label}": ${name} has no ${key.stat}` };
            return {
                present: true,
                value: v,
                lower: null,
                upper: null,
                n,
                needed: 1,
                unit,
                method: 'extreme',
                note: `${key.stat} has no distribution-free sampling interval from one run`,
            };
        }
        case 'count':
            return countStatistic(n, 1, 'count', confidence);
        default:
            return { present: false, reason: `${name} is a trend: ${key.stat} does not apply` };
    }
}
function summaryPercentile(series, stat) {
    const s = series.summary;
    switch (stat) {
        case 'med':
        case 'p50':
            return s.med;
        case 'p90':
            return s.p90;
        case 'p95':
            return s.p95;
        case 'p99':
            return s.p99;
        default:
            return undefined;
    }
}
function countStatistic(count, exposure, method, confidence, unit) {
    const iv = (0,_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .poissonInterval */ .Dx)(count, exposure, confidence);
    return {
        present: true,
        value: iv.estimate,
        lower: iv.lower,
        upper: iv.upper,
        n: count,
        needed: 1,
        unit,
        method: `Poisson (${method})`,
    };
}
function rateStatistic(run, series, key, confidence) {
    const s = series.summary;
    const name = (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMetric */ .gI)(key.metric, key.tags);
    const trials = s.count ?? (s.passes !== undefined && s.fails !== undefined ? s.passes + s.fails : undefined);
    if (key.stat === 'count') {
        if (trials === undefined)
            return { present: false, reason: `run "${run.label}": ${name} has no count` };
        return countStatistic(trials, 1, 'count', confidence);
    }
    if (key.stat !== 'rate')
        return { present: false, reason: `${name} is a rate: ${key.stat} does not apply (rate, count)` };
    let successes = s.passes;
    if (successes === undefined && s.rate !== undefined && trials !== undefined)
        successes = Math.round(s.rate * trials);
    if (trials === undefined || successes === undefined) {
        return { present: false, reason: `run "${run.label}": ${name} has no counts for a rate` };
    }
    if (trials === 0)
        return { present: false, reason: `run "${run.label}" has no samples of ${name}` };
    const w = (0,_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .wilsonInterval */ .YV)(successes, trials, confidence);
    return {
        present: true,
        value: w.estimate,
        lower: w.lower,
        upper: w.upper,
        n: trials,
        needed: 1,
        method: 'Wilson',
        counts: { successes, trials },
    };
}
function counterStatistic(run, series, key, confidence) {
    const s = series.summary;
    const name = (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMetric */ .gI)(key.metric, key.tags);
    const count = s.count;
    if (count === undefined)
        return { present: false, reason: `run "${run.label}": ${name} has no count` };
    if (key.stat === 'count')
        return countStatistic(count, 1, 'count', confidence);
    if (key.stat !== 'rate')
        return { present: false, reason: `${name} is a counter: ${key.stat} does not apply (rate, count)` };
    let span = series.spanSeconds;
    if (span === undefined && s.rate !== undefined && s.rate > 0)
        span = count / s.rate;
    if (span === undefined || !(span > 0)) {
        // many samples with one timestamp are a zero time span, not too few samples
        const samples = s.count ?? 0;
        return {
            present: false,
            reason: span === 0 || samples >= 2
                ? `run "${run.label}": ${name} has a zero time span (all its samples carry the same timestamp): no rate per second`
                : `run "${run.label}": ${name} has no time span for a rate (needs at least 2 samples)`,
        };
    }
    const st = countStatistic(count, span, 'count / span', confidence, '/s');
    return st.present ? { ...st, needed: 2 } : st;
}
function benchmarkStatistic(run, key, confidence) {
    const b = findBenchmark(run, key.metric);
    if (!b)
        return { present: false, reason: `run "${run.label}" has no benchmark ${key.metric}` };
    const bad = impossibleError(run, `benchmark ${key.metric}`, b.impossible);
    if (bad)
        return bad;
    if (key.stat !== 'median' && key.stat !== 'med' && key.stat !== 'p50') {
        // other stats of a benchmark: from its rounds when present
        const p = (0,_percentile_js__WEBPACK_IMPORTED_MODULE_4__/* .percentileOf */ .D)(key.stat);
        if (p !== undefined && b.data && b.data.length > 0) {
            const sorted = Float64Array.from(b.data).sort();
            const iv = (0,_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .percentileInterval */ .J9)(sorted, p, confidence);
            return {
                present: true,
                value: iv.value,
                lower: iv.lower,
                upper: iv.upper,
                n: sorted.length,
                needed: iv.needed,
                unit: 's',
                method: 'order statistics',
            };
        }
        const v = key.stat === 'min' ? b.min : key.stat === 'max' ? b.max : key.stat === 'avg' ? b.mean : undefined;
        if (v === undefined)
            return { present: false, reason: `benchmark ${key.metric}: ${key.stat} is not available` };
        return {
            present: true,
            value: v,
            lower: null,
            upper: null,
            n: b.rounds,
            needed: 1,
            unit: 's',
            method: 'summary',
            note: `no sampling interval for ${key.stat}`,
        };
    }
    const needed = (0,_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .samplesNeeded */ .Ht)(0.5, confidence);
    if (b.data && b.data.length > 0) {
        const sorted = Float64Array.from(b.data).sort();
        const iv = (0,_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .percentileInterval */ .J9)(sorted, 0.5, confidence);
        return {
            present: true,
            value: b.median,
            lower: iv.lower,
            upper: iv.upper,
            n: sorted.length,
            needed,
            unit: 's',
            method: 'order statistics (rounds)',
        };
    }
    const rounds = b.rounds;
    if (!(rounds > 0) || !Number.isFinite(b.iqr)) {
        return { present: false, reason: `benchmark ${key.metric} in run "${run.label}" has no rounds` };
    }
    const half = (BENCHMARK_NOTCH * ((0,_distributions_js__WEBPACK_IMPORTED_MODULE_1__/* .normalQuantile */ .Zl)(confidence) / (0,_distributions_js__WEBPACK_IMPORTED_MODULE_1__/* .normalQuantile */ .Zl)(0.95)) * b.iqr) / Math.sqrt(rounds);
    return {
        present: true,
        value: b.median,
        lower: b.median - half,
        upper: b.median + half,
        n: rounds,
        needed,
        unit: 's',
        method: 'median ± 1.58·IQR/√rounds',
    };
}


/***/ }),

/***/ 34260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ QuantileSketch)
/* harmony export */ });
/* unused harmony export SKETCH_RELATIVE_ERROR */
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
class QuantileSketch {
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
        const st = other instanceof QuantileSketch ? other.state() : other;
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
        const s = new QuantileSketch(st.alpha);
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


/***/ }),

/***/ 15922:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// The version every artifact's verified_by names ("perf-gates <version>"). Keep in step with package.json.
const VERSION = '0.1.0';


/***/ })

};
