export const id = 811;
export const ids = [811];
export const modules = {

/***/ 1811:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HISTORY_USAGE: () => (/* binding */ HISTORY_USAGE),
/* harmony export */   changePointOptions: () => (/* binding */ changePointOptions),
/* harmony export */   compareHistoryCmd: () => (/* binding */ compareHistoryCmd),
/* harmony export */   historyCmd: () => (/* binding */ historyCmd)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76995);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64842);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1092);
/* harmony import */ var _io_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47045);
/* harmony import */ var _run_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75330);
/* harmony import */ var _run_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53644);
/* harmony import */ var _stats_compare_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25578);
/* harmony import */ var _stats_keys_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62308);
/* harmony import */ var _stats_history_compare_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(64114);
/* harmony import */ var _stats_history_series_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(73997);
/* harmony import */ var _stats_history_store_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(97272);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(15922);
// `perf-gates history add|show` and `perf-gates compare --history` (issue 15).












const HISTORY_USAGE = `perf-gates history: a store of main's runs, change points, and compare --history

Usage:
  perf-gates history add --store DIR [--sha S] [--time T] [--keep N] [--key K ...] [--json] <files...>
      ALL the files given are ONE run (a k6 run's NDJSON and its summary, or one pytest-benchmark
      file); compare and calibrate, by contrast, take one run per file. Records per key the run's
      statistic, sampling bounds, log variance, samples and rate counts (no raw samples) as the
      next entry of the folder DIR, keeping the last N entries (default 100). --sha defaults to the
      pytest-benchmark file's commit or $GITHUB_SHA; --time to the run's own start time.
  perf-gates history show --store DIR [--key K] [--json] [--p-value 0.01] [--min-segment 3] [--seed 15]
      The entries, each key's series, and its change points (e-divisive means).
  perf-gates compare --history DIR --candidate <files...> [--window 10] [--key K ...] [--json]
      Baseline: per key, the stored runs since the key's last change point (at most --window).`;
function warn(ws) {
    for (const w of ws)
        process.stderr.write((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(`warning: ${w.file}${w.line !== undefined ? `:${w.line}` : ''}: ${w.message}`) + '\n');
}
function keysOf(a) {
    return (a.options.get('key') ?? []).map((k) => {
        try {
            return { ...(0,_stats_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .parseKey */ .Do)(k), named: true };
        }
        catch (e) {
            throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--key ${k}: ${e.message}`);
        }
    });
}
function store(a, name = 'store') {
    const dir = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .one */ .xH)(a, name);
    if (!dir)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`history ${a.positionals[0] ?? ''} needs --${name} DIR`.replace('  ', ' '));
    return dir;
}
function wholeNumber(v, name, min) {
    if (v === undefined)
        return undefined;
    if (!/^\s*\d+\s*$/.test(v) || Number(v) < min)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--${name} must be a whole number >= ${min} (got "${v}")`);
    return Number(v);
}
function changePointOptions(a) {
    const p = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .one */ .xH)(a, 'p-value');
    let pValue;
    if (p !== undefined) {
        pValue = Number(p);
        if (!(pValue > 0 && pValue < 1))
            throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--p-value must be between 0 and 1 (got "${p}")`);
    }
    return {
        pValue,
        minSegment: wholeNumber((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .one */ .xH)(a, 'min-segment'), 'min-segment', 2),
        seed: wholeNumber((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .one */ .xH)(a, 'seed'), 'seed', 0),
    };
}
async function add(a) {
    const dir = store(a);
    const files = [];
    for (const p of a.positionals.slice(1)) {
        const f = await (0,_io_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .expandGlob */ .hT)(p);
        if (!f.length)
            throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(p, 'no file matches this pattern');
        files.push(...f);
    }
    if (!files.length)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('history add needs the files of one run');
    let keep;
    try {
        keep = (0,_stats_history_store_js__WEBPACK_IMPORTED_MODULE_10__/* .parseKeep */ .xG)((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .one */ .xH)(a, 'keep'));
    }
    catch (e) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(e.message);
    }
    const { run, warnings } = await (0,_run_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadRun */ .Sj)({
        line: a.positionals.slice(1).join(' '),
        files,
        fromGlob: a.positionals.slice(1).some((p) => /[*?[{]/.test(p)),
    }, 'run');
    warn(warnings);
    const sha = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .one */ .xH)(a, 'sha') ?? (run.benchmarks?.commit?.id ? undefined : process.env.GITHUB_SHA || undefined);
    const res = await (0,_run_history_js__WEBPACK_IMPORTED_MODULE_5__/* .addToStore */ .YO)(dir, run, {
        sha,
        time: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .one */ .xH)(a, 'time'),
        keep,
        keys: keysOf(a),
        version: _version_js__WEBPACK_IMPORTED_MODULE_11__/* .VERSION */ .x,
    });
    warn(res.warnings);
    const present = res.entry.stats.filter((s) => s.present).length;
    process.stderr.write((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(`added ${res.file}: ${present} of ${res.entry.stats.length} keys, commit ${res.entry.sha ?? 'unknown'}, ${res.entry.time}` +
        (res.removed.length
            ? `; dropped ${res.removed.length} old entr${res.removed.length === 1 ? 'y' : 'ies'} (--keep ${keep})`
            : '')) + '\n');
    if (a.flags.has('json'))
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .out */ .FD)(JSON.stringify(res.entry, null, 2));
    return 0;
}
function fmt(v) {
    const x = Math.abs(v);
    return x >= 100 ? v.toFixed(1) : x >= 1 ? v.toFixed(3) : v.toPrecision(4);
}
async function show(a) {
    const dir = store(a);
    const { entries, warnings } = await (0,_run_history_js__WEBPACK_IMPORTED_MODULE_5__/* .readStore */ .uz)(dir);
    warn(warnings);
    const cp = changePointOptions(a);
    const list = entries.map((e) => e.entry);
    const wanted = keysOf(a);
    const keys = wanted.length ? wanted : (0,_stats_history_series_js__WEBPACK_IMPORTED_MODULE_9__/* .historyKeys */ .zU)(list);
    const series = keys.map((k) => (0,_stats_history_series_js__WEBPACK_IMPORTED_MODULE_9__/* .keySeries */ .J8)(list, k, cp));
    if (a.flags.has('json')) {
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .out */ .FD)(JSON.stringify({
            version: 1,
            store: dir,
            entries: entries.map((e) => ({ file: e.file, entry: e.entry })),
            series: series.map((s) => ({
                key: s.key,
                points: s.points,
                skipped: s.skipped,
                changes: s.changes,
            })),
        }, null, 2));
        return entries.length ? 0 : 1;
    }
    if (!entries.length) {
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .out */ .FD)(`history store ${dir}: no entries`);
        return 1;
    }
    const lines = [
        `history store ${dir}: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}, oldest first`,
        '',
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['#', 'file', 'commit', 'time', 'keys', 'tools'], entries.map((e, i) => [
            i + 1,
            e.file.split(/[\\/]/).pop(),
            e.entry.sha ?? '-',
            e.entry.time,
            e.entry.stats.filter((s) => s.present).length,
            Object.entries(e.entry.tools)
                .map(([t, v]) => `${t} ${v}`)
                .join(', '),
        ])),
        '',
    ];
    for (const s of series) {
        const last = s.points[s.points.length - 1];
        lines.push(`${s.key}: ${s.points.length} run(s)${s.skipped ? ` (absent or not positive in ${s.skipped})` : ''}${last ? `, last ${fmt(last.value)}` : ''}`);
        for (const c of s.changes)
            lines.push(`  ${c.text} (p = ${c.pValue.toFixed(3)})`);
        if (wanted.length) {
            for (const p of s.points)
                lines.push(`  ${String(p.entry + 1).padStart(4)}  ${(p.sha ?? '-').slice(0, 12).padEnd(12)}  ${p.time}  ${fmt(p.value)}${p.lower !== null && p.upper !== null ? `  [${fmt(p.lower)}, ${fmt(p.upper)}]` : ''}`);
        }
    }
    (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .out */ .FD)((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(lines.join('\n')));
    return 0;
}
const CHANGE_POINT_OPTIONS = ['p-value', 'min-segment', 'seed'];
const COMPARE_HISTORY_OPTIONS = [
    'history',
    'candidate',
    'target',
    'tolerance',
    'confidence',
    'key',
    'window',
    ...CHANGE_POINT_OPTIONS,
];
async function historyCmd(a) {
    const sub = a.positionals[0];
    if (sub === 'add')
        (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .checkOptions */ .Jr)(a, ['store', 'sha', 'time', 'keep', 'key'], ['json']);
    else if (sub === 'show')
        (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .checkOptions */ .Jr)(a, ['store', 'key', ...CHANGE_POINT_OPTIONS], ['json']);
    if (a.flags.has('help') || !sub) {
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .out */ .FD)(HISTORY_USAGE);
        return sub || a.flags.has('help') ? 0 : 2;
    }
    if (sub === 'add')
        return add(a);
    if (sub === 'show')
        return show(a);
    throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown history command "${sub}" (add, show)`);
}
/** `compare --history DIR`: rows as compare, plus the history columns. */
async function compareHistoryCmd(a, candidate, keys, jsonVersion) {
    const dir = store(a, 'history');
    if (a.options.has('baseline'))
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('compare takes --baseline or --history, not both');
    if (a.options.has('noise'))
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('compare --history calibrates from the stored runs: --noise does not apply');
    (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .checkOptions */ .Jr)(a, [...COMPARE_HISTORY_OPTIONS], ['json']);
    const window = wholeNumber((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .one */ .xH)(a, 'window'), 'window', 1) ?? _stats_history_compare_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_WINDOW */ .xV;
    const { rows, entries, warnings } = await (0,_run_history_js__WEBPACK_IMPORTED_MODULE_5__/* .compareHistory */ .wr)(dir, candidate, {
        keys: keys.length ? keys : undefined,
        defaultKeys: keys.length === 0,
        target: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .fraction */ .zO)((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .one */ .xH)(a, 'target') ?? '15%', 'target'),
        tolerance: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .fraction */ .zO)((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .one */ .xH)(a, 'tolerance') ?? '5%', 'tolerance'),
        confidence: Number((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .one */ .xH)(a, 'confidence') ?? '0.95'),
        window,
        changePoints: changePointOptions(a),
    });
    warn(warnings);
    if (a.flags.has('json')) {
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .out */ .FD)(JSON.stringify({ version: jsonVersion, history: { store: dir, entries, window }, comparisons: rows }, null, 2));
    }
    else {
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .out */ .FD)((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)((0,_stats_compare_js__WEBPACK_IMPORTED_MODULE_6__.formatComparisonTable)(rows)));
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .out */ .FD)((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(historyNotes(rows, dir, entries, window)));
    }
    // impossible samples above the limit in a compared key: bad input, exit 2, as compare
    if (rows.some((r) => r.verdict === 'error'))
        return 2;
    const gated = keys.length ? rows.filter((r) => r.named) : rows;
    return gated.some((r) => r.verdict === 'regression' || r.verdict === 'insufficient-data') ? 1 : 0;
}
function historyNotes(rows, dir, entries, window) {
    const lines = [
        ``,
        `baseline: history store ${dir} (${entries} entries; per key at most ${window}, since its last change point)`,
    ];
    for (const r of rows) {
        const start = r.window_start ? `, window starts at: ${r.window_start.text}` : '';
        lines.push(`  ${r.key}: ${r.baseline_runs} stored run(s)${start}`);
    }
    return lines.join('\n');
}


/***/ })

};
