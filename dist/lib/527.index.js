export const id = 527;
export const ids = [527];
export const modules = {

/***/ 64842:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ formatHelp),
/* harmony export */   Jr: () => (/* binding */ checkOptions),
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   Uq: () => (/* binding */ value),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   lx: () => (/* binding */ wantsHelp),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   xH: () => (/* binding */ one),
/* harmony export */   zO: () => (/* binding */ fraction)
/* harmony export */ });
/* unused harmony export wrap */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _config_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34883);
// The argument layer of the perf-gates command line, on node:util parseArgs. Pure: argv and a
// command's declared options in, parsed values (or a UsageError with a "did you mean") out.
// Adding an option is one line in the command's `options` table in main.ts.


/** A wrong command line: exit 2, the message and one line of usage on stderr. */
class UsageError extends Error {
    /** the command whose one-line usage follows the message (undefined: the program's) */
    command;
    constructor(message, command) {
        super(message);
        this.name = 'UsageError';
        this.command = command;
    }
}
/** One-line option declarations. */
const flag = (help) => ({ kind: 'flag', help });
const value = (arg, help) => ({ kind: 'value', arg, help });
const list = (arg, help) => ({ kind: 'list', arg, help });
const HELP = { kind: 'flag', help: 'show this help and exit (runs nothing)' };
/** Whether argv asks for help (`-h`/`--help` anywhere before a `--`). Help runs nothing. */
function wantsHelp(argv) {
    for (const a of argv) {
        if (a === '--')
            return false;
        if (a === '--help' || a === '-h')
            return true;
    }
    return false;
}
/**
 * Parse the words after the command name against the command's declared options. Unknown options,
 * missing values, repeated single values given as flags, and too many or too few positionals are
 * UsageErrors naming the option (with the nearest declared name when there is one).
 */
function parseCommand(command, argv, spec) {
    const decl = { ...spec.options, help: HELP };
    const nodeOptions = {};
    for (const [name, o] of Object.entries(decl))
        nodeOptions[name] = o.kind === 'flag' ? { type: 'boolean' } : { type: 'string', multiple: true };
    nodeOptions.help.short = 'h';
    let tokens;
    try {
        ({ tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: [...argv],
            options: nodeOptions,
            strict: false,
            allowPositionals: true,
            tokens: true,
        }));
    }
    catch (e) {
        throw new UsageError(e.message, command);
    }
    const out = { command, positionals: [], options: new Map(), flags: new Set() };
    let greedy;
    let terminated = false;
    for (const t of tokens) {
        if (t.kind === 'option-terminator') {
            terminated = true;
            greedy = undefined;
            continue;
        }
        if (t.kind === 'positional') {
            if (greedy && !terminated)
                out.options.get(greedy).push(t.value);
            else
                out.positionals.push(t.value);
            continue;
        }
        greedy = undefined;
        const o = Object.hasOwn(decl, t.name) ? decl[t.name] : undefined;
        const singleDash = !t.rawName.startsWith('--') && t.rawName !== '-h';
        if (!o || singleDash)
            throw unknownOption(command, t.rawName, decl);
        if (o.kind === 'flag') {
            if (t.value !== undefined)
                throw new UsageError(`${t.rawName} takes no value`, command);
            out.flags.add(t.name);
            continue;
        }
        if (t.value === undefined || (!t.inlineValue && t.value.startsWith('--')))
            throw new UsageError(`${t.rawName} needs a value (${t.rawName} ${o.arg ?? 'VALUE'})`, command);
        const values = out.options.get(t.name) ?? [];
        values.push(t.value);
        out.options.set(t.name, values);
        if (o.kind === 'list' && !t.inlineValue)
            greedy = t.name;
    }
    const n = out.positionals.length;
    const { min, max } = spec.positionals;
    if (n > max) {
        const extra = out.positionals[max];
        throw new UsageError(max === 0
            ? `${command} takes no arguments besides its options (got "${extra}")`
            : `${command} takes at most ${max} argument${max === 1 ? '' : 's'} (unexpected "${extra}")`, command);
    }
    if (n < min && !out.flags.has('help'))
        throw new UsageError(`${command} needs ${spec.positionals.what ?? (min === 1 ? 'an argument' : `${min} arguments`)}`, command);
    return out;
}
function unknownOption(command, raw, decl) {
    const name = raw.replace(/^-+/, '').replace(/=.*$/, '');
    const guess = (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .nearest */ .p)(name, Object.keys(decl));
    return new UsageError(`unknown option ${raw} for ${command}${guess ? ` (did you mean --${guess}?)` : ''}`, command);
}
/** The "did you mean" clause for a word that is not one of `choices` ('' when nothing is close). */
function didYouMean(word, choices) {
    const guess = (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .nearest */ .p)(word, choices);
    return guess ? ` (did you mean ${guess}?)` : '';
}
/** `--help` of one command: usage line, summary, options, details. */
function formatHelp(program, command, spec, width = 100) {
    const lines = [
        `${program} ${command}: ${spec.summary}`,
        '',
        `Usage: ${program} ${command} ${spec.synopsis}`,
    ];
    const entries = Object.entries({ ...spec.options, help: HELP }).map(([name, o]) => {
        const short = name === 'help' ? '-h, ' : '';
        const arg = o.kind === 'flag' ? '' : o.kind === 'list' ? ` <${o.arg}...>` : ` <${o.arg}>`;
        return { left: `  ${short}--${name}${arg}`, help: o.help };
    });
    lines.push('', 'Options:');
    const col = Math.min(32, Math.max(...entries.map((e) => e.left.length)) + 2);
    for (const e of entries) {
        const wrapped = wrap(e.help, width - col);
        if (e.left.length + 2 > col) {
            lines.push(e.left);
            for (const w of wrapped)
                lines.push(' '.repeat(col) + w);
        }
        else {
            lines.push(e.left.padEnd(col) + wrapped[0]);
            for (const w of wrapped.slice(1))
                lines.push(' '.repeat(col) + w);
        }
    }
    if (spec.details)
        lines.push('', spec.details);
    return lines.join('\n');
}
/** Words of `s` in lines at most `width` long (a longer word gets its own line). */
function wrap(s, width) {
    const out = [];
    let line = '';
    for (const word of s.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > width) {
            out.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    out.push(line);
    return out;
}
function one(args, name) {
    const v = args.options.get(name);
    if (!v)
        return undefined;
    if (v.length > 1)
        throw new UsageError(`--${name} was given ${v.length} times; it takes one value`, args.command);
    return v[0];
}
/**
 * `15%`, `15`, `0.15` -> fraction 0.15 (values above 1 are percents). Negative or above 100% is
 * a UsageError: a negative target or tolerance would silently weaken the gate.
 */
function fraction(s, name) {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*(%)?\s*$/.exec(s);
    const bad = () => new UsageError(`--${name} must be a percentage from 0% to 100%, like 15% (got "${s}")`);
    if (!m)
        throw bad();
    const v = Number(m[1]);
    const f = m[2] || v > 1 ? v / 100 : v;
    if (!(f >= 0 && f <= 1))
        throw bad();
    return f;
}
/** Options and flags a (sub)command does not take are usage errors naming them and what it takes. */
function checkOptions(a, options, flags) {
    const known = [...options.map((o) => `--${o} VALUE`), ...flags.map((f) => `--${f}`)];
    for (const name of [...a.options.keys(), ...a.flags]) {
        const isFlag = a.flags.has(name);
        if (isFlag ? flags.includes(name) : options.includes(name))
            continue;
        throw new UsageError(`unknown option --${name} for ${a.command} (it takes: ${known.length ? known.join(', ') : 'no options'})`);
    }
}


/***/ }),

/***/ 1092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ out),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   em: () => (/* binding */ tagText),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export printable */
/* harmony import */ var _parsers_k6_summary_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10940);
// Plain-text tables for the terminal. Pure.

/** Control characters from input files (ANSI escapes in a tag name...) never reach the terminal raw. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
function printable(s) {
    return s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function table(head, rows) {
    const cells = [
        head,
        ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : printable(String(c))))),
    ];
    const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
    const line = (r) => r
        .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
/** A number for people: up to 3 decimals, thousands kept plain. */
function num(v, digits = 3) {
    if (v === undefined || v === null || Number.isNaN(v))
        return '';
    if (Number.isInteger(v))
        return String(v);
    const a = Math.abs(v);
    if (a !== 0 && a < 0.001)
        return v.toPrecision(4);
    return String(Number(v.toFixed(digits)));
}
function tagText(tags) {
    const keys = Object.keys(tags).sort();
    return keys.length
        ? `{${keys.map((k) => `${(0,_parsers_k6_summary_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteTagPart */ .wn)(k, true)}:${(0,_parsers_k6_summary_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteTagPart */ .wn)(tags[k])}`).join(',')}}`
        : '';
}
/** Print to stdout, ending with one newline. */
function out(s) {
    process.stdout.write(s.endsWith('\n') ? s : s + '\n');
}
/** Text for a terminal: every line without raw control characters from input files. */
function text(s) {
    return s
        .split('\n')
        .map((l) => printable(l))
        .join('\n');
}


/***/ }),

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

/***/ 66527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./.build/model.js
var model = __webpack_require__(76995);
// EXTERNAL MODULE: ./.build/cli/args.js
var args = __webpack_require__(64842);
// EXTERNAL MODULE: ./.build/cli/format.js
var cli_format = __webpack_require__(1092);
// EXTERNAL MODULE: ./.build/stats/format.js
var format = __webpack_require__(7383);
// EXTERNAL MODULE: ./.build/parsers/k6-summary/keys.js
var keys = __webpack_require__(10940);
;// CONCATENATED MODULE: ./.build/cli/summarize.js



const METRIC_FIELDS = [
    'count',
    'avg',
    'min',
    'med',
    'max',
    'p90',
    'p95',
    'p99',
    'rate',
    'passes',
    'fails',
    'value',
];
function metricJson(m, file) {
    const out = { file, metric: m.metric, type: m.type, tags: m.tags };
    if (m.contains)
        out.contains = m.contains;
    for (const k of METRIC_FIELDS)
        if (m[k] !== undefined && m[k] !== null)
            out[k] = m[k];
    if (m.exact === false) {
        out.exact = false;
        out.relative_error = m.relative_error;
    }
    return out;
}
function summarizeJson(items) {
    const out = { files: [], metrics: [], thresholds: [], tests: [], benchmarks: [] };
    for (const [file, { dataset: d, ref, shownPath }] of items.entries()) {
        out.files.push({
            path: shownPath,
            format: d.format,
            sha256: ref.sha256,
            warnings: d.warnings.map((w) => w.line !== undefined ? { line: w.line, message: w.message } : { message: w.message }),
        });
        if ('series' in d) {
            for (const s of d.series)
                out.metrics.push(metricJson(s.summary, file));
            for (const t of d.thresholds)
                out.thresholds.push({ ...t, file });
        }
        if ('tests' in d)
            for (const t of d.tests)
                out.tests.push({ ...t, file });
        if ('benchmarks' in d) {
            for (const b of d.benchmarks) {
                out.benchmarks.push({
                    file,
                    fullname: b.fullname,
                    name: b.name,
                    group: b.group,
                    unit: 's',
                    rounds: b.rounds,
                    min: b.min,
                    max: b.max,
                    mean: b.mean,
                    median: b.median,
                    stddev: b.stddev,
                    iqr: b.iqr,
                    ops: b.ops,
                });
            }
        }
    }
    return out;
}
/** True when a file gave nothing to judge (no samples, no tests, no benchmarks, no rows...). */
function hasData(d) {
    switch (d.format) {
        case 'k6-ndjson':
        case 'k6-summary-export':
        case 'k6-handle-summary':
        case 'k6-machine-summary':
            return d.series.some((s) => (s.summary.count ?? 0) > 0 || s.summary.value !== undefined);
        case 'pytest-json-report':
        case 'junit-xml':
            return d.tests.length > 0;
        case 'pytest-benchmark':
            return d.benchmarks.length > 0;
        case 'baseline-csv':
            return d.rows.length > 0;
        case 'markdown':
            return d.text.trim().length > 0;
        case 'slo-updates':
            return d.updates.length > 0;
        case 'approvals':
            return d.approvals.length > 0;
        default:
            return true;
    }
}
/** `http_req_duration{name:products,status:200}` -> name and tags (k6's spelling). */
/**
 * Thresholds without a verdict (NDJSON) whose metric has no samples in their file: no data, never
 * a pass (k6 itself lets such a threshold pass).
 */
function thresholdsWithoutSamples(s) {
    return s.thresholds.filter((t) => {
        if (t.ok !== null)
            return false;
        const { metric, tags } = (0,keys/* tryParseMetricKey */.Il)(t.metric);
        return !s.metrics.some((m) => m.file === t.file &&
            m.metric === metric &&
            (0,keys/* sameTags */.Iu)(m.tags, tags) &&
            ((m.count ?? 0) > 0 || m.value !== undefined));
    });
}
/** A metric's figure through the one formatter: k6 time trends in ms, data in bytes (raw in --json). */
function q(v, m) {
    if (v === undefined || v === null || Number.isNaN(v))
        return '';
    return (0,format/* formatQuantity */.VZ)(v, m.contains === 'time' ? 'ms' : m.contains === 'data' ? 'B' : undefined);
}
function summarizeText(s) {
    const empty = new Set(thresholdsWithoutSamples(s));
    const parts = [];
    for (const [i, f] of s.files.entries()) {
        parts.push(`${f.path}  (${f.format}, sha256 ${f.sha256.slice(0, 12)}…)`);
        for (const w of f.warnings)
            parts.push(`  warning${w.line !== undefined ? ` (line ${w.line})` : ''}: ${w.message}`);
        const metrics = s.metrics.filter((m) => m.file === i);
        const trends = metrics.filter((m) => m.type === 'trend');
        if (trends.length) {
            parts.push((0,cli_format/* table */.tp)(['trend', 'count', 'avg', 'min', 'med', 'max', 'p90', 'p95', 'p99'], trends.map((m) => [
                // ~ : percentiles from the quantile sketch (the run outgrew its budget of kept values)
                m.metric + (0,cli_format/* tagText */.em)(m.tags) + (m.exact === false ? ' ~' : ''),
                m.count,
                q(m.avg, m),
                q(m.min, m),
                q(m.med, m),
                q(m.max, m),
                q(m.p90, m),
                q(m.p95, m),
                q(m.p99, m),
            ])));
        }
        const sketched = trends.filter((m) => m.exact === false);
        if (sketched.length)
            parts.push(`  ~ percentiles from a quantile sketch, each within ${Math.max(...sketched.map((m) => m.relative_error ?? 0)) * 100}% of exact: the run outgrew the budget of kept values (PERF_GATES_VALUE_BUDGET)`);
        const rates = metrics.filter((m) => m.type === 'rate');
        if (rates.length) {
            parts.push((0,cli_format/* table */.tp)(['rate', 'count', 'passes', 'fails', 'rate'], rates.map((m) => [
                m.metric + (0,cli_format/* tagText */.em)(m.tags),
                m.count,
                m.passes,
                m.fails,
                m.rate === undefined ? '' : (0,format/* formatQuantity */.VZ)(m.rate * 100, '%'),
            ])));
        }
        const others = metrics.filter((m) => m.type === 'counter' || m.type === 'gauge');
        if (others.length) {
            parts.push((0,cli_format/* table */.tp)(['counter / gauge', 'type', 'count', 'rate/s', 'value', 'min', 'max'], others.map((m) => [
                m.metric + (0,cli_format/* tagText */.em)(m.tags),
                m.type,
                (0,cli_format/* num */.bu)(m.count),
                m.rate === undefined ? '' : (0,format/* formatQuantity */.VZ)(m.rate, '/s'),
                q(m.value, m),
                q(m.min, m),
                q(m.max, m),
            ])));
        }
        const th = s.thresholds.filter((t) => t.file === i);
        if (th.length) {
            parts.push((0,cli_format/* table */.tp)(['threshold', 'expression', 'verdict', 'source'], th.map((t) => [
                t.metric,
                t.expression,
                empty.has(t)
                    ? 'NO DATA (no samples)'
                    : t.ok === null
                        ? 'no verdict in this file'
                        : t.ok
                            ? 'passed'
                            : 'FAILED',
                t.source,
            ])));
        }
        const tests = s.tests.filter((t) => t.file === i);
        if (tests.length) {
            parts.push((0,cli_format/* table */.tp)(['test', 'outcome', 'duration', 'markers'], tests.map((t) => [t.nodeid, t.outcome, (0,format/* formatQuantity */.VZ)(t.duration, 's'), t.markers.join(',')])));
        }
        const benches = s.benchmarks.filter((b) => b.file === i);
        if (benches.length) {
            parts.push((0,cli_format/* table */.tp)(['benchmark', 'rounds', 'median', 'mean', 'min', 'max', 'iqr', 'ops/s'], benches.map((b) => [
                b.fullname,
                b.rounds,
                (0,format/* formatQuantity */.VZ)(b.median, 's'),
                (0,format/* formatQuantity */.VZ)(b.mean, 's'),
                (0,format/* formatQuantity */.VZ)(b.min, 's'),
                (0,format/* formatQuantity */.VZ)(b.max, 's'),
                (0,format/* formatQuantity */.VZ)(b.iqr, 's'),
                (0,format/* formatQuantity */.VZ)(b.ops),
            ])));
        }
        parts.push('');
    }
    return parts.join('\n');
}

// EXTERNAL MODULE: ./.build/stats/keys.js
var stats_keys = __webpack_require__(62308);
// EXTERNAL MODULE: ./.build/io/glob.js
var glob = __webpack_require__(47045);
// EXTERNAL MODULE: ./.build/run/load.js
var load = __webpack_require__(75330);
// EXTERNAL MODULE: ./.build/run/k6-read.js + 10 modules
var k6_read = __webpack_require__(24476);
// EXTERNAL MODULE: ./.build/version.js
var version = __webpack_require__(15922);
// EXTERNAL MODULE: ./.build/io/files.js
var files = __webpack_require__(22316);
;// CONCATENATED MODULE: ./.build/cli/main.js










/** What `gate` runs: the four protocol gates, the plan-free compare gate, and all (the root action's). */
const CLI_GATES = [...model/* GATES */.JH, 'compare', 'all'];
const PROGRAM = 'perf-gates';
/**
 * Every command, its options and its help. Adding an option is one line in `options`;
 * the parser rejects anything not declared here (exit 2, with the nearest name).
 */
const COMMANDS = {
    summarize: {
        synopsis: '<files...> [options]',
        summary: "read k6, pytest and summary files and print each metric's figures",
        positionals: { min: 1, max: Infinity, what: 'at least one file' },
        options: {
            format: (0,args/* value */.Uq)('F', `force a reader: auto (default) or one of ${model/* FORMATS */.hR.join(', ')}`),
            by: (0,args/* value */.Uq)('TAGS', 'k6 tags to split metrics by (default: name,scenario)'),
            json: (0,args/* flag */.Jt)('print JSON instead of a table'),
        },
        details: `A file may be a quoted glob ('runs/**/*.ndjson.gz') or a folder; an argument starting with !
leaves out what it matches ('!**/run-meta.json'). What a glob or folder matched and no reader knows
(run-meta.json, a README) is skipped with a warning, as the gates do; a file named on its own is read.
Exit codes: 0 read, 1 no data (or a threshold on a metric without samples), 2 bad input.`,
    },
    compare: {
        synopsis: '--baseline <files...> --candidate <files...> [options]',
        summary: "compare a candidate build's runs with a baseline's, key by key",
        positionals: { min: 0, max: 0 },
        options: {
            baseline: (0,args/* list */.p_)('files', 'the baseline runs: each file is one run; a quoted glob is the files of one run'),
            candidate: (0,args/* list */.p_)('files', 'the candidate runs, same form'),
            noise: (0,args/* value */.Uq)('FILE', 'run-to-run noise from perf-gates calibrate'),
            target: (0,args/* value */.Uq)('PCT', 'improvement wanted (default 15%)'),
            tolerance: (0,args/* value */.Uq)('PCT', 'worsening allowed before a key is a regression (default 5%)'),
            confidence: (0,args/* value */.Uq)('P', 'confidence of the intervals (default 0.95)'),
            key: (0,args/* value */.Uq)('KEY', "a key to gate, like 'http_req_duration{name:checkout}:p95' (repeatable)"),
            history: (0,args/* value */.Uq)('DIR', 'the baseline is this history store (perf-gates history) instead of --baseline'),
            window: (0,args/* value */.Uq)('N', 'with --history: at most N stored runs since the last change point (default 10)'),
            'p-value': (0,args/* value */.Uq)('P', 'with --history: change-point significance (default 0.01)'),
            'min-segment': (0,args/* value */.Uq)('N', 'with --history: fewest runs between change points (default 3)'),
            seed: (0,args/* value */.Uq)('N', 'with --history: the permutation test seed (default 15)'),
            json: (0,args/* flag */.Jt)('print JSON instead of a table'),
        },
        details: `Exit codes: 0 no regression, 1 a regression or insufficient-data on a gated key, 2 bad input.
With --history DIR the baseline side is the store's runs since each key's last change point.`,
    },
    history: {
        synopsis: '<add|show> --store DIR [options] [files of ONE run...]',
        summary: "keep main's runs in a store, show their series and change points",
        positionals: { min: 1, max: Infinity, what: 'add or show (and, for add, the files of ONE run)' },
        options: {
            store: (0,args/* value */.Uq)('DIR', 'the history store (a folder of entries)'),
            sha: (0,args/* value */.Uq)('SHA', "add: the commit of this run (default: the benchmark file's, else $GITHUB_SHA)"),
            time: (0,args/* value */.Uq)('ISO', "add: the run's time (default: the run's own start)"),
            keep: (0,args/* value */.Uq)('N', 'add: keep the last N entries (default 100)'),
            key: (0,args/* value */.Uq)('KEY', 'a key to record or show besides the default keys (repeatable)'),
            'p-value': (0,args/* value */.Uq)('P', 'show: change-point significance (default 0.01)'),
            'min-segment': (0,args/* value */.Uq)('N', 'show: fewest runs between change points (default 3)'),
            seed: (0,args/* value */.Uq)('N', 'show: the permutation test seed (default 15)'),
            json: (0,args/* flag */.Jt)('print JSON'),
        },
        details: `history add: ALL the files given are ONE run (a k6 run's NDJSON and its summary, or one
pytest-benchmark file); compare and calibrate, by contrast, take one run per file.
history show: the entries, each key's series, and its change points (e-divisive means).
compare --history DIR --candidate <files...>: per key, the stored runs since the key's last change
point (at most --window) are the baseline.`,
    },
    calibrate: {
        synopsis: '<runs...> [options]',
        summary: 'measure run-to-run noise from two or more runs of the same build (A/A runs)',
        positionals: { min: 2, max: Infinity, what: 'two or more runs of the same build (A/A runs)' },
        options: {
            out: (0,args/* value */.Uq)('FILE', 'write the noise file there (atomically) instead of printing it'),
            json: (0,args/* flag */.Jt)('print the noise file even with --out'),
        },
        details: 'Each argument is one run; a quoted glob is the files of one run.',
    },
    gate: {
        synopsis: `<${CLI_GATES.join('|')}> [--config F] [--<input> VALUE ...]`,
        summary: 'run a gate locally as the action would (no PR comment, status or upload)',
        positionals: { min: 1, max: 1, what: `one of ${CLI_GATES.join(', ')}` },
        // The inputs of the gate named are added when it is known (see gateSpec).
        options: {},
        details: `Exit codes: 0 pass or waived, 1 fail or insufficient-data, 2 error.
\`${PROGRAM} gate <name> --help\` lists that gate's inputs.`,
    },
    verify: {
        synopsis: '<artifacts-dir>',
        summary: 'check an evidence folder against its SHA256SUMS and manifest',
        positionals: { min: 1, max: 1, what: 'the evidence folder' },
        options: {},
        details: 'Exit codes: 0 intact, 1 altered or missing, 2 not an evidence folder.',
    },
    completion: {
        synopsis: 'bash',
        summary: 'print a bash completion script (commands, gates, options)',
        positionals: { min: 1, max: 1, what: 'a shell: bash' },
        options: {},
        details: `Load it in the current shell with: source <(perf-gates completion bash)
zsh: autoload -U bashcompinit && bashcompinit, then the same.`,
    },
};
/** Inputs the command line sets itself: there is no PR to comment on and no artifact service. */
const LOCAL_ONLY = new Set(['token', 'comment', 'status', 'upload']);
/** `gate <name>`'s spec: the inputs of that gate, from the action inputs table, as options. */
async function gateSpec(which) {
    const { INPUTS, inputsOf } = await __webpack_require__.e(/* import() */ 141).then(__webpack_require__.bind(__webpack_require__, 9141));
    const names = which && isGate(which) ? inputsOf(which) : Object.keys(INPUTS);
    const options = {};
    for (const n of names) {
        if (LOCAL_ONLY.has(n))
            continue;
        const d = INPUTS[n];
        const dflt = d.default ? ` (default: ${d.default})` : '';
        // Repeat an input for several lines (`--baseline-k6 a --baseline-k6 b`: two runs).
        options[n] = (0,args/* value */.Uq)(d.runs ? 'RUN' : 'VALUE', d.description + dflt);
    }
    const spec = COMMANDS.gate;
    return which && isGate(which)
        ? { ...spec, synopsis: '[--<input> VALUE ...]', options }
        : { ...spec, options };
}
function isGate(s) {
    return CLI_GATES.includes(s);
}
const USAGE = `${PROGRAM} ${version/* VERSION */.x}: performance quality gates for k6 and pytest

Usage:
${Object.entries(COMMANDS)
    .map(([name, c]) => `  ${PROGRAM} ${name} ${c.synopsis}\n      ${c.summary}`)
    .join('\n')}
  ${PROGRAM} --version

\`${PROGRAM} <command> --help\` shows a command's options. Each file given to compare/calibrate is one
run; a quoted glob is the files of one run. history add takes the files of ONE run.`;
/** The one line of usage printed after an error. */
function usageLine(command) {
    if (command && COMMANDS[command])
        return `usage: ${PROGRAM} ${command} ${COMMANDS[command].synopsis}  (${PROGRAM} ${command} --help for more)`;
    return `usage: ${PROGRAM} <${Object.keys(COMMANDS).join('|')}> ...  (${PROGRAM} --help for more)`;
}
function parseFormat(v) {
    if (!v || v === 'auto')
        return 'auto';
    if (!model/* FORMATS */.hR.includes(v))
        throw new args/* UsageError */.eb(`--format must be auto or one of: ${model/* FORMATS */.hR.join(', ')}`);
    return v;
}
async function summarize(a) {
    if (!a.positionals.length)
        throw new args/* UsageError */.eb('summarize needs at least one file');
    const format = parseFormat((0,args/* one */.xH)(a, 'format'));
    const by = ((0,args/* one */.xH)(a, 'by') ?? 'name,scenario')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    const items = [];
    // The gates' skip rule: what a glob or folder matched and no reader knows is skipped, with a warning.
    const matched = (await (0,glob/* expandRuns */.PY)(a.positionals)).flatMap((r) => r.files.map((file) => ({ file, fromGlob: r.fromGlob })));
    const seen = new Set();
    for (const { file: f, fromGlob } of matched) {
        if (seen.has(f))
            continue;
        seen.add(f);
        const c = (0,load/* classify */.L8)(f, fromGlob, format, () => true, 'a format perf-gates reads');
        if ('skip' in c) {
            process.stderr.write((0,cli_format/* text */.Qq)(`warning: ${c.skip.file}: ${c.skip.message}`) + '\n');
            continue;
        }
        const fmt = c.format;
        if (fmt === 'k6-ndjson') {
            const { dataset, files: refs } = await (0,k6_read/* readK6NdjsonRun */.X)([f], { by });
            items.push({ dataset, ref: refs[0], shownPath: (0,load/* displayPath */.Gt)(f) });
        }
        else {
            const { dataset, ref } = await (0,load/* readDocument */.u0)(f, fmt);
            items.push({ dataset, ref, shownPath: (0,load/* displayPath */.Gt)(f) });
        }
    }
    const s = summarizeJson(items);
    (0,cli_format/* out */.FD)(a.flags.has('json') ? JSON.stringify(s, null, 2) : (0,cli_format/* text */.Qq)(summarizeText(s)));
    const empty = items.filter((i) => !hasData(i.dataset));
    for (const e of empty)
        process.stderr.write(`${e.shownPath}: no data (nothing to summarize: no samples, tests or benchmarks)\n`);
    // A threshold on a metric without samples is no data, never a pass (k6 itself lets it pass).
    const noSamples = thresholdsWithoutSamples(s);
    for (const t of noSamples) {
        const where = s.files[t.file].path;
        process.stderr.write((0,cli_format/* text */.Qq)(`${where}: no data for threshold ${t.metric} ${t.expression}: the metric has no samples`) + '\n');
    }
    return empty.length || noSamples.length ? 1 : 0;
}
async function runsOf(values, label) {
    const runs = [];
    // One run per value; a value starting with ! leaves its matches out of every run of the option.
    for (const [i, rf] of (await (0,glob/* expandRuns */.PY)(values ?? [])).entries()) {
        const { run, warnings } = await (0,load/* loadRun */.Sj)(rf, `${label} #${i + 1}`);
        for (const w of warnings)
            process.stderr.write((0,cli_format/* text */.Qq)(`warning: ${w.file}${w.line !== undefined ? `:${w.line}` : ''}: ${w.message}`) + '\n');
        runs.push(run);
    }
    return runs;
}
/** `compare --json`'s top-level version: 2 since issue 9 (detectable_change, notes, error rows). */
const COMPARE_JSON_VERSION = 2;
async function compare(a) {
    if (a.options.has('history')) {
        const candidate = await runsOf(a.options.get('candidate'), 'candidate');
        if (!candidate.length)
            throw new args/* UsageError */.eb('compare --history needs --candidate <files...>');
        const keys = (a.options.get('key') ?? []).map((k) => ({ ...keyOf(k), named: true }));
        const { compareHistoryCmd } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(578), __webpack_require__.e(644), __webpack_require__.e(811)]).then(__webpack_require__.bind(__webpack_require__, 1811));
        return compareHistoryCmd(a, candidate, keys, COMPARE_JSON_VERSION);
    }
    const baseline = await runsOf(a.options.get('baseline'), 'baseline');
    const candidate = await runsOf(a.options.get('candidate'), 'candidate');
    if (!baseline.length || !candidate.length)
        throw new args/* UsageError */.eb('compare needs --baseline <files...> and --candidate <files...>');
    let noise;
    const noisePath = (0,args/* one */.xH)(a, 'noise');
    if (noisePath) {
        const { dataset } = await (0,load/* readDocument */.u0)(noisePath, 'noise');
        if (dataset.format !== 'noise')
            throw new model/* InputError */.dz(noisePath, 'not a noise file from perf-gates calibrate');
        noise = dataset.noise;
    }
    const keys = (a.options.get('key') ?? []).map((k) => ({ ...keyOf(k), named: true }));
    const { compareRuns, formatComparisonTable } = await __webpack_require__.e(/* import() */ 578).then(__webpack_require__.bind(__webpack_require__, 25578));
    const rows = compareRuns(baseline, candidate, {
        keys: keys.length ? keys : undefined,
        defaultKeys: keys.length === 0,
        target: (0,args/* fraction */.zO)((0,args/* one */.xH)(a, 'target') ?? '15%', 'target'),
        tolerance: (0,args/* fraction */.zO)((0,args/* one */.xH)(a, 'tolerance') ?? '5%', 'tolerance'),
        confidence: Number((0,args/* one */.xH)(a, 'confidence') ?? '0.95'),
        noise,
    });
    (0,cli_format/* out */.FD)(a.flags.has('json')
        ? JSON.stringify({ version: COMPARE_JSON_VERSION, comparisons: rows }, null, 2)
        : (0,cli_format/* text */.Qq)(formatComparisonTable(rows)));
    // impossible samples above the limit in any compared key: bad input, exit 2 (DESIGN section 7)
    if (rows.some((r) => r.verdict === 'error'))
        return 2;
    const gated = keys.length ? rows.filter((r) => r.named) : rows;
    return gated.some((r) => r.verdict === 'regression' || r.verdict === 'insufficient-data') ? 1 : 0;
}
function keyOf(k) {
    try {
        return (0,stats_keys/* parseKey */.Do)(k);
    }
    catch (e) {
        throw new args/* UsageError */.eb(`--key ${k}: ${e.message}`);
    }
}
async function calibrateCmd(a) {
    if (a.positionals.length < 2)
        throw new args/* UsageError */.eb('calibrate needs two or more runs of the same build (A/A runs)');
    const runs = await runsOf(a.positionals, 'run');
    const { calibrate } = await __webpack_require__.e(/* import() */ 578).then(__webpack_require__.bind(__webpack_require__, 25578));
    const noise = calibrate(runs);
    const text = JSON.stringify(noise, null, 2) + '\n';
    const dest = (0,args/* one */.xH)(a, 'out');
    if (dest) {
        await (0,files/* writeAtomic */.vZ)(dest, text);
        process.stderr.write(`wrote ${dest}: between-run variance of ${Object.keys(noise.keys).length} keys from ${runs.length} runs (noise file version ${noise.version})\n`);
    }
    if (!dest || a.flags.has('json'))
        (0,cli_format/* out */.FD)(text);
    return Object.keys(noise.keys).length ? 0 : 1;
}
async function gate(a) {
    const which = a.positionals[0];
    if (!which || !isGate(which))
        throw new args/* UsageError */.eb(`gate needs one of ${CLI_GATES.join(', ')}`);
    const { INPUTS } = await __webpack_require__.e(/* import() */ 141).then(__webpack_require__.bind(__webpack_require__, 9141));
    for (const f of a.flags)
        throw new args/* UsageError */.eb(`unknown option --${f} for gate (it takes --<input> VALUE)`);
    const raw = {};
    for (const [name, values] of a.options) {
        if (!(name in INPUTS))
            throw new args/* UsageError */.eb(`unknown input --${name} (inputs: ${Object.keys(INPUTS).join(', ')})`);
        raw[name] = values.join('\n');
    }
    // Locally there is no PR to comment on and no artifact service.
    const { runGates } = await Promise.all(/* import() */[__webpack_require__.e(976), __webpack_require__.e(429)]).then(__webpack_require__.bind(__webpack_require__, 57429));
    const { cliHost } = await __webpack_require__.e(/* import() */ 399).then(__webpack_require__.bind(__webpack_require__, 71780));
    const { code } = await runGates(which, { ...raw, upload: 'false', comment: 'off', status: 'false' }, cliHost());
    return code;
}
/** A bash completion script made from the command table: it cannot list an option that is not there. */
async function completion(a) {
    if (a.positionals[0] !== 'bash')
        throw new args/* UsageError */.eb(`completion supports bash (got "${a.positionals[0]}")`, 'completion');
    const opts = (spec) => [...Object.keys(spec.options), 'help'].map((o) => `--${o}`).join(' ');
    const gates = CLI_GATES;
    const cases = Object.entries(COMMANDS)
        .filter(([name]) => name !== 'gate')
        .map(([name, spec]) => `    ${name}) opts="${opts(spec)}" ;;`);
    const gateCases = [];
    for (const g of gates)
        gateCases.push(`        ${g}) opts="${opts(await gateSpec(g))}" ;;`);
    (0,cli_format/* out */.FD)(`# bash completion for ${PROGRAM} ${version/* VERSION */.x}: source <(${PROGRAM} completion bash)
_perf_gates() {
  local cur=\${COMP_WORDS[COMP_CWORD]} cmd=\${COMP_WORDS[1]} opts=""
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${Object.keys(COMMANDS).join(' ')} --help --version" -- "$cur"))
    return
  fi
  case "$cmd" in
${cases.join('\n')}
    gate)
      if [ "$COMP_CWORD" -eq 2 ]; then
        COMPREPLY=($(compgen -W "${gates.join(' ')}" -- "$cur"))
        return
      fi
      case "\${COMP_WORDS[2]}" in
${gateCases.join('\n')}
      esac ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _perf_gates ${PROGRAM}`);
    return 0;
}
async function verify(a) {
    const dir = a.positionals[0];
    if (!dir)
        throw new args/* UsageError */.eb('verify needs the evidence folder');
    const { verifyFolder } = await __webpack_require__.e(/* import() */ 214).then(__webpack_require__.bind(__webpack_require__, 26214));
    const r = await verifyFolder(dir);
    (0,cli_format/* out */.FD)(r.text);
    return r.code;
}
/** parseCommand, and for `gate <name>` an input of another gate is named as such. */
async function parseGateAware(command, rest, spec) {
    try {
        return (0,args/* parseCommand */.RM)(command, rest, spec);
    }
    catch (e) {
        const which = rest[0];
        const opt = /^unknown option --([\w-]+)/.exec(e instanceof args/* UsageError */.eb ? e.message : '')?.[1];
        if (command !== 'gate' || !opt || !which || !isGate(which))
            throw e;
        const { INPUTS } = await __webpack_require__.e(/* import() */ 141).then(__webpack_require__.bind(__webpack_require__, 9141));
        if (!Object.hasOwn(INPUTS, opt))
            throw e;
        if (LOCAL_ONLY.has(opt))
            throw new args/* UsageError */.eb(`--${opt} is set by the command line itself (no PR, status or upload locally)`, command);
        throw new args/* UsageError */.eb(`--${opt} is not an input of gate ${which} (it is one of: ${INPUTS[opt].gates.join(', ')})`, command);
    }
}
async function main(argv) {
    let command;
    try {
        const [first, ...rest] = argv;
        if (first === undefined) {
            process.stderr.write(USAGE + '\n');
            return 2;
        }
        if (first === '--help' || first === '-h' || first === 'help') {
            const topic = first === 'help' ? rest[0] : undefined;
            if (topic === undefined)
                (0,cli_format/* out */.FD)(USAGE);
            else if (topic in COMMANDS)
                (0,cli_format/* out */.FD)((0,args/* formatHelp */.B2)(PROGRAM, topic, topic === 'gate' ? await gateSpec(rest[1]) : COMMANDS[topic]));
            else
                throw new args/* UsageError */.eb(`no command "${topic}"${(0,args/* didYouMean */.au)(topic, Object.keys(COMMANDS))}`);
            return 0;
        }
        if (first === '--version' || first === '-V') {
            (0,cli_format/* out */.FD)(version/* VERSION */.x);
            return 0;
        }
        if (!Object.hasOwn(COMMANDS, first)) {
            const what = first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"`;
            throw new args/* UsageError */.eb(`${what}${(0,args/* didYouMean */.au)(first, Object.keys(COMMANDS))}`);
        }
        command = first;
        let spec = COMMANDS[command];
        if (command === 'gate') {
            const which = rest[0];
            if (which !== undefined && !which.startsWith('-') && !isGate(which))
                throw new args/* UsageError */.eb(`unknown gate "${which}"${(0,args/* didYouMean */.au)(which, [...model/* GATES */.JH, 'all'])}; gates: ${[...model/* GATES */.JH, 'all'].join(', ')}`, command);
            spec = await gateSpec(which !== undefined && isGate(which) ? which : undefined);
        }
        if ((0,args/* wantsHelp */.lx)(rest)) {
            const title = command === 'gate' && rest[0] && isGate(rest[0]) ? `gate ${rest[0]}` : command;
            (0,cli_format/* out */.FD)((0,args/* formatHelp */.B2)(PROGRAM, title, spec));
            return 0;
        }
        const a = await parseGateAware(command, rest, spec);
        switch (command) {
            case 'summarize':
                return await summarize(a);
            case 'compare':
                return await compare(a);
            case 'calibrate':
                return await calibrateCmd(a);
            case 'gate':
                return await gate(a);
            case 'verify':
                return await verify(a);
            case 'completion':
                return await completion(a);
            case 'history':
                return await (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(578), __webpack_require__.e(644), __webpack_require__.e(811)]).then(__webpack_require__.bind(__webpack_require__, 1811))).historyCmd(a);
            default:
                throw new args/* UsageError */.eb(`unknown command "${command}"`);
        }
    }
    catch (e) {
        if (e instanceof args/* UsageError */.eb) {
            process.stderr.write(`${PROGRAM}: ${(0,cli_format/* text */.Qq)(e.message)}\n${usageLine(e.command ?? command)}\n`);
            return 2;
        }
        if (e instanceof model/* InputError */.dz) {
            process.stderr.write(`${PROGRAM}: bad input: ${(0,cli_format/* text */.Qq)(e.message)}\n`);
            return 2;
        }
        process.stderr.write(`${PROGRAM}: ${e instanceof Error ? e.message : String(e)}\n`);
        if (process.env.PERF_GATES_DEBUG && e instanceof Error)
            process.stderr.write(`${e.stack}\n`);
        return 2;
    }
}

;// CONCATENATED MODULE: ./.build/entries/cli.js
// The perf-gates command line. dist/cli/index.js (written by scripts/package.mjs, the package's
// `bin`) imports it from the one library bundle (dist/lib/, src/entries/lib.ts) and calls `run()`.


// a cancelled `gate` or `calibrate --out` leaves no temporary or unlisted file
(0,files/* installSignalCleanup */.a0)();
/**
 * Run the command line on `argv`; sets the process exit code and returns it. `exit` (the bin,
 * dist/cli/index.js): then exit the process once stdout and stderr are flushed, and stop with
 * status 141 when a reader closes the pipe early (`| head`: io/files.ts, exitOnBrokenPipe). A process left to
 * end on its own also waits for V8 to finish the compile jobs it started in the background (20 ms
 * of a 0.23 s `summarize` of 1 MB, measured); the command awaits everything it starts, so nothing
 * is cut short.
 */
async function run(argv = process.argv.slice(2), opts = {}) {
    // the bin only: a library caller's streams are its own
    if (opts.exit)
        (0,files/* exitOnBrokenPipe */.J8)();
    const code = await main(argv);
    // `npm run bench` reads the peak memory this way where /usr/bin/time is missing.
    if (process.env.PERF_GATES_REPORT_RSS === '1')
        process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`);
    process.exitCode = code;
    if (opts.exit) {
        const flushed = (s) => new Promise((r) => (s.writableLength > 0 ? s.once('drain', () => r()) : r()));
        await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
        process.exit(code);
    }
    return code;
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

/***/ 15922:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// The version every artifact's verified_by names ("perf-gates <version>"). Keep in step with package.json.
const VERSION = '0.1.0';


/***/ })

};
