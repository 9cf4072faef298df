export const id = 644;
export const ids = [644];
export const modules = {

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

/***/ 64150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ parseHistoryEntry),
/* harmony export */   iP: () => (/* binding */ historyEntryText)
/* harmony export */ });
/* unused harmony export historyEntrySchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38816);
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

/***/ 64114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KG: () => (/* binding */ compareWithHistory),
/* harmony export */   xV: () => (/* binding */ DEFAULT_WINDOW)
/* harmony export */ });
/* unused harmony export entryInventory */
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25578);
/* harmony import */ var _default_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77948);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62308);
/* harmony import */ var _run_statistic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4284);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1100);
/* harmony import */ var _series_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73997);
// `compare --history` (issue 15, item 3): the baseline side is main's stored runs. Per key, the
// entries since the key's last change point, the last `window` of them (default 10, at least 1):
// k runs against the candidate's, judged by the same verdict engine as `compare` (so k >= 2 is
// calibrated from the entries' own spread, with the degrees of freedom k gives; one entry is the
// uncalibrated path, and the row says so); the keys are judged together as `compare` judges them
// (compareFamily: the default keys' between-run variance moderated across their family). The key
// set is the one `compare` would pick from the same runs: the named keys, then the default keys of
// the recent entries and the candidate.
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
    const plans = keys.map((key) => {
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
        const input = {
            key,
            baseline,
            candidate: candidate.map((r) => (0,_run_statistic_js__WEBPACK_IMPORTED_MODULE_3__/* .runStatistic */ .Uz)(r, key, opts.confidence)),
            baselineLabels: used.map(({ e }) => (0,_record_js__WEBPACK_IMPORTED_MODULE_4__/* .entryLabel */ .b4)(e)),
            candidateLabels: candidate.map((r) => r.label),
        };
        return { since, used, input };
    });
    // judged together, as `compare` judges them (the default keys' between-run variance is moderated
    // across their family), then FDR control
    const judged = (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFamily */ .KW)(plans.map((p) => p.input), opts);
    const rows = plans.map(({ since, used }, i) => {
        const row = judged[i];
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


/***/ })

};
