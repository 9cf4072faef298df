export const id = 41;
export const ids = [41];
export const modules = {

/***/ 47041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./.build/model.js
var model = __webpack_require__(76995);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./.build/config/suggest.js
var suggest = __webpack_require__(34883);
;// CONCATENATED MODULE: ./.build/cli/args.js
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
        ({ tokens } = (0,external_node_util_.parseArgs)({
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
    const guess = (0,suggest/* nearest */.p)(name, Object.keys(decl));
    return new UsageError(`unknown option ${raw} for ${command}${guess ? ` (did you mean --${guess}?)` : ''}`, command);
}
/** The "did you mean" clause for a word that is not one of `choices` ('' when nothing is close). */
function didYouMean(word, choices) {
    const guess = (0,suggest/* nearest */.p)(word, choices);
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

// EXTERNAL MODULE: ./.build/parsers/k6-summary/keys.js
var k6_summary_keys = __webpack_require__(10940);
;// CONCATENATED MODULE: ./.build/cli/format.js
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
        ? `{${keys.map((k) => `${(0,k6_summary_keys/* quoteTagPart */.wn)(k, true)}:${(0,k6_summary_keys/* quoteTagPart */.wn)(tags[k])}`).join(',')}}`
        : '';
}
/** Print to stdout, ending with one newline. */
function out(s) {
    process.stdout.write(s.endsWith('\n') ? s : s + '\n');
}
/** Text for a terminal: every line without raw control characters from input files. */
function format_text(s) {
    return s
        .split('\n')
        .map((l) => printable(l))
        .join('\n');
}

// EXTERNAL MODULE: ./.build/stats/format.js
var format = __webpack_require__(7383);
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
        const { metric, tags } = (0,k6_summary_keys/* tryParseMetricKey */.Il)(t.metric);
        return !s.metrics.some((m) => m.file === t.file &&
            m.metric === metric &&
            (0,k6_summary_keys/* sameTags */.Iu)(m.tags, tags) &&
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
            parts.push(table(['trend', 'count', 'avg', 'min', 'med', 'max', 'p90', 'p95', 'p99'], trends.map((m) => [
                // ~ : percentiles from the quantile sketch (the run outgrew its budget of kept values)
                m.metric + tagText(m.tags) + (m.exact === false ? ' ~' : ''),
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
            parts.push(table(['rate', 'count', 'passes', 'fails', 'rate'], rates.map((m) => [
                m.metric + tagText(m.tags),
                m.count,
                m.passes,
                m.fails,
                m.rate === undefined ? '' : (0,format/* formatQuantity */.VZ)(m.rate * 100, '%'),
            ])));
        }
        const others = metrics.filter((m) => m.type === 'counter' || m.type === 'gauge');
        if (others.length) {
            parts.push(table(['counter / gauge', 'type', 'count', 'rate/s', 'value', 'min', 'max'], others.map((m) => [
                m.metric + tagText(m.tags),
                m.type,
                num(m.count),
                m.rate === undefined ? '' : (0,format/* formatQuantity */.VZ)(m.rate, '/s'),
                q(m.value, m),
                q(m.min, m),
                q(m.max, m),
            ])));
        }
        const th = s.thresholds.filter((t) => t.file === i);
        if (th.length) {
            parts.push(table(['threshold', 'expression', 'verdict', 'source'], th.map((t) => [
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
            parts.push(table(['test', 'outcome', 'duration', 'markers'], tests.map((t) => [t.nodeid, t.outcome, (0,format/* formatQuantity */.VZ)(t.duration, 's'), t.markers.join(',')])));
        }
        const benches = s.benchmarks.filter((b) => b.file === i);
        if (benches.length) {
            parts.push(table(['benchmark', 'rounds', 'median', 'mean', 'min', 'max', 'iqr', 'ops/s'], benches.map((b) => [
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

// EXTERNAL MODULE: ./.build/stats/compare.js + 2 modules
var compare = __webpack_require__(80693);
// EXTERNAL MODULE: ./.build/stats/keys.js
var keys = __webpack_require__(62308);
// EXTERNAL MODULE: ./.build/io/files.js
var io_files = __webpack_require__(22316);
// EXTERNAL MODULE: ./.build/run/load.js
var load = __webpack_require__(75330);
// EXTERNAL MODULE: ./.build/run/k6-read.js + 2 modules
var k6_read = __webpack_require__(9490);
// EXTERNAL MODULE: ./.build/version.js
var version = __webpack_require__(15922);
// EXTERNAL MODULE: ./.build/run/history.js
var run_history = __webpack_require__(53644);
// EXTERNAL MODULE: ./.build/stats/history/compare.js
var history_compare = __webpack_require__(64114);
// EXTERNAL MODULE: ./.build/stats/history/series.js + 1 modules
var history_series = __webpack_require__(73997);
// EXTERNAL MODULE: ./.build/stats/history/store.js
var store = __webpack_require__(97272);
;// CONCATENATED MODULE: ./.build/cli/history.js
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
        process.stderr.write(format_text(`warning: ${w.file}${w.line !== undefined ? `:${w.line}` : ''}: ${w.message}`) + '\n');
}
function keysOf(a) {
    return (a.options.get('key') ?? []).map((k) => {
        try {
            return { ...(0,keys/* parseKey */.Do)(k), named: true };
        }
        catch (e) {
            throw new UsageError(`--key ${k}: ${e.message}`);
        }
    });
}
function history_store(a, name = 'store') {
    const dir = one(a, name);
    if (!dir)
        throw new UsageError(`history ${a.positionals[0] ?? ''} needs --${name} DIR`.replace('  ', ' '));
    return dir;
}
function wholeNumber(v, name, min) {
    if (v === undefined)
        return undefined;
    if (!/^\s*\d+\s*$/.test(v) || Number(v) < min)
        throw new UsageError(`--${name} must be a whole number >= ${min} (got "${v}")`);
    return Number(v);
}
function changePointOptions(a) {
    const p = one(a, 'p-value');
    let pValue;
    if (p !== undefined) {
        pValue = Number(p);
        if (!(pValue > 0 && pValue < 1))
            throw new UsageError(`--p-value must be between 0 and 1 (got "${p}")`);
    }
    return {
        pValue,
        minSegment: wholeNumber(one(a, 'min-segment'), 'min-segment', 2),
        seed: wholeNumber(one(a, 'seed'), 'seed', 0),
    };
}
async function add(a) {
    const dir = history_store(a);
    const files = a.positionals.slice(1).flatMap((p) => {
        const f = (0,io_files/* expandGlob */.hT)(p);
        if (!f.length)
            throw new model/* InputError */.dz(p, 'no file matches this pattern');
        return f;
    });
    if (!files.length)
        throw new UsageError('history add needs the files of one run');
    let keep;
    try {
        keep = (0,store/* parseKeep */.xG)(one(a, 'keep'));
    }
    catch (e) {
        throw new UsageError(e.message);
    }
    const { run, warnings } = await (0,load/* loadRun */.Sj)({
        line: a.positionals.slice(1).join(' '),
        files,
        fromGlob: a.positionals.slice(1).some((p) => /[*?[{]/.test(p)),
    }, 'run');
    warn(warnings);
    const sha = one(a, 'sha') ?? (run.benchmarks?.commit?.id ? undefined : process.env.GITHUB_SHA || undefined);
    const res = await (0,run_history/* addToStore */.YO)(dir, run, {
        sha,
        time: one(a, 'time'),
        keep,
        keys: keysOf(a),
        version: version/* VERSION */.x,
    });
    warn(res.warnings);
    const present = res.entry.stats.filter((s) => s.present).length;
    process.stderr.write(format_text(`added ${res.file}: ${present} of ${res.entry.stats.length} keys, commit ${res.entry.sha ?? 'unknown'}, ${res.entry.time}` +
        (res.removed.length
            ? `; dropped ${res.removed.length} old entr${res.removed.length === 1 ? 'y' : 'ies'} (--keep ${keep})`
            : '')) + '\n');
    if (a.flags.has('json'))
        out(JSON.stringify(res.entry, null, 2));
    return 0;
}
function fmt(v) {
    const x = Math.abs(v);
    return x >= 100 ? v.toFixed(1) : x >= 1 ? v.toFixed(3) : v.toPrecision(4);
}
async function show(a) {
    const dir = history_store(a);
    const { entries, warnings } = await (0,run_history/* readStore */.uz)(dir);
    warn(warnings);
    const cp = changePointOptions(a);
    const list = entries.map((e) => e.entry);
    const wanted = keysOf(a);
    const keys = wanted.length ? wanted : (0,history_series/* historyKeys */.zU)(list);
    const series = keys.map((k) => (0,history_series/* keySeries */.J8)(list, k, cp));
    if (a.flags.has('json')) {
        out(JSON.stringify({
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
        out(`history store ${dir}: no entries`);
        return 1;
    }
    const lines = [
        `history store ${dir}: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}, oldest first`,
        '',
        table(['#', 'file', 'commit', 'time', 'keys', 'tools'], entries.map((e, i) => [
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
    out(format_text(lines.join('\n')));
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
        checkOptions(a, ['store', 'sha', 'time', 'keep', 'key'], ['json']);
    else if (sub === 'show')
        checkOptions(a, ['store', 'key', ...CHANGE_POINT_OPTIONS], ['json']);
    if (a.flags.has('help') || !sub) {
        out(HISTORY_USAGE);
        return sub || a.flags.has('help') ? 0 : 2;
    }
    if (sub === 'add')
        return add(a);
    if (sub === 'show')
        return show(a);
    throw new UsageError(`unknown history command "${sub}" (add, show)`);
}
/** `compare --history DIR`: rows as compare, plus the history columns. */
async function compareHistoryCmd(a, candidate, keys, jsonVersion) {
    const dir = history_store(a, 'history');
    if (a.options.has('baseline'))
        throw new UsageError('compare takes --baseline or --history, not both');
    if (a.options.has('noise'))
        throw new UsageError('compare --history calibrates from the stored runs: --noise does not apply');
    checkOptions(a, [...COMPARE_HISTORY_OPTIONS], ['json']);
    const window = wholeNumber(one(a, 'window'), 'window', 1) ?? history_compare/* DEFAULT_WINDOW */.xV;
    const { rows, entries, warnings } = await (0,run_history/* compareHistory */.wr)(dir, candidate, {
        keys: keys.length ? keys : undefined,
        defaultKeys: keys.length === 0,
        target: fraction(one(a, 'target') ?? '15%', 'target'),
        tolerance: fraction(one(a, 'tolerance') ?? '5%', 'tolerance'),
        confidence: Number(one(a, 'confidence') ?? '0.95'),
        window,
        changePoints: changePointOptions(a),
    });
    warn(warnings);
    if (a.flags.has('json')) {
        out(JSON.stringify({ version: jsonVersion, history: { store: dir, entries, window }, comparisons: rows }, null, 2));
    }
    else {
        out(format_text((0,compare/* formatComparisonTable */.nB)(rows)));
        out(format_text(historyNotes(rows, dir, entries, window)));
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

;// CONCATENATED MODULE: ./.build/cli/main.js












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
            format: value('F', `force a reader: auto (default) or one of ${model/* FORMATS */.hR.join(', ')}`),
            by: value('TAGS', 'k6 tags to split metrics by (default: name,scenario)'),
            json: flag('print JSON instead of a table'),
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
            baseline: list('files', 'the baseline runs: each file is one run; a quoted glob is the files of one run'),
            candidate: list('files', 'the candidate runs, same form'),
            noise: value('FILE', 'run-to-run noise from perf-gates calibrate'),
            target: value('PCT', 'improvement wanted (default 15%)'),
            tolerance: value('PCT', 'worsening allowed before a key is a regression (default 5%)'),
            confidence: value('P', 'confidence of the intervals (default 0.95)'),
            key: value('KEY', "a key to gate, like 'http_req_duration{name:checkout}:p95' (repeatable)"),
            history: value('DIR', 'the baseline is this history store (perf-gates history) instead of --baseline'),
            window: value('N', 'with --history: at most N stored runs since the last change point (default 10)'),
            'p-value': value('P', 'with --history: change-point significance (default 0.01)'),
            'min-segment': value('N', 'with --history: fewest runs between change points (default 3)'),
            seed: value('N', 'with --history: the permutation test seed (default 15)'),
            json: flag('print JSON instead of a table'),
        },
        details: `Exit codes: 0 no regression, 1 a regression or insufficient-data on a gated key, 2 bad input.
With --history DIR the baseline side is the store's runs since each key's last change point.`,
    },
    history: {
        synopsis: '<add|show> --store DIR [options] [files of ONE run...]',
        summary: "keep main's runs in a store, show their series and change points",
        positionals: { min: 1, max: Infinity, what: 'add or show (and, for add, the files of ONE run)' },
        options: {
            store: value('DIR', 'the history store (a folder of entries)'),
            sha: value('SHA', "add: the commit of this run (default: the benchmark file's, else $GITHUB_SHA)"),
            time: value('ISO', "add: the run's time (default: the run's own start)"),
            keep: value('N', 'add: keep the last N entries (default 100)'),
            key: value('KEY', 'a key to record or show besides the default keys (repeatable)'),
            'p-value': value('P', 'show: change-point significance (default 0.01)'),
            'min-segment': value('N', 'show: fewest runs between change points (default 3)'),
            seed: value('N', 'show: the permutation test seed (default 15)'),
            json: flag('print JSON'),
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
            out: value('FILE', 'write the noise file there (atomically) instead of printing it'),
            json: flag('print the noise file even with --out'),
        },
        details: 'Each argument is one run; a quoted glob is the files of one run.',
    },
    gate: {
        synopsis: `<${[...model/* GATES */.JH, 'all'].join('|')}> [--config F] [--<input> VALUE ...]`,
        summary: 'run a gate locally as the action would (no PR comment, status or upload)',
        positionals: { min: 1, max: 1, what: `one of ${[...model/* GATES */.JH, 'all'].join(', ')}` },
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
        options[n] = value(d.runs ? 'RUN' : 'VALUE', d.description + dflt);
    }
    const spec = COMMANDS.gate;
    return which && isGate(which)
        ? { ...spec, synopsis: '[--<input> VALUE ...]', options }
        : { ...spec, options };
}
function isGate(s) {
    return [...model/* GATES */.JH, 'all'].includes(s);
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
        throw new UsageError(`--format must be auto or one of: ${model/* FORMATS */.hR.join(', ')}`);
    return v;
}
async function summarize(a) {
    if (!a.positionals.length)
        throw new UsageError('summarize needs at least one file');
    const format = parseFormat(one(a, 'format'));
    const by = (one(a, 'by') ?? 'name,scenario')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    const items = [];
    // The gates' skip rule: what a glob or folder matched and no reader knows is skipped, with a warning.
    const matched = (0,io_files/* expandRuns */.PY)(a.positionals).flatMap((r) => r.files.map((file) => ({ file, fromGlob: r.fromGlob })));
    const seen = new Set();
    for (const { file: f, fromGlob } of matched) {
        if (seen.has(f))
            continue;
        seen.add(f);
        const c = (0,load/* classify */.L8)(f, fromGlob, format, () => true, 'a format perf-gates reads');
        if ('skip' in c) {
            process.stderr.write(format_text(`warning: ${c.skip.file}: ${c.skip.message}`) + '\n');
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
    out(a.flags.has('json') ? JSON.stringify(s, null, 2) : format_text(summarizeText(s)));
    const empty = items.filter((i) => !hasData(i.dataset));
    for (const e of empty)
        process.stderr.write(`${e.shownPath}: no data (nothing to summarize: no samples, tests or benchmarks)\n`);
    // A threshold on a metric without samples is no data, never a pass (k6 itself lets it pass).
    const noSamples = thresholdsWithoutSamples(s);
    for (const t of noSamples) {
        const where = s.files[t.file].path;
        process.stderr.write(format_text(`${where}: no data for threshold ${t.metric} ${t.expression}: the metric has no samples`) + '\n');
    }
    return empty.length || noSamples.length ? 1 : 0;
}
async function runsOf(values, label) {
    const runs = [];
    // One run per value; a value starting with ! leaves its matches out of every run of the option.
    for (const [i, rf] of (0,io_files/* expandRuns */.PY)(values ?? []).entries()) {
        const { run, warnings } = await (0,load/* loadRun */.Sj)(rf, `${label} #${i + 1}`);
        for (const w of warnings)
            process.stderr.write(format_text(`warning: ${w.file}${w.line !== undefined ? `:${w.line}` : ''}: ${w.message}`) + '\n');
        runs.push(run);
    }
    return runs;
}
/** `compare --json`'s top-level version: 2 since issue 9 (detectable_change, notes, error rows). */
const COMPARE_JSON_VERSION = 2;
async function main_compare(a) {
    if (a.options.has('history')) {
        const candidate = await runsOf(a.options.get('candidate'), 'candidate');
        if (!candidate.length)
            throw new UsageError('compare --history needs --candidate <files...>');
        const keys = (a.options.get('key') ?? []).map((k) => ({ ...keyOf(k), named: true }));
        return compareHistoryCmd(a, candidate, keys, COMPARE_JSON_VERSION);
    }
    const baseline = await runsOf(a.options.get('baseline'), 'baseline');
    const candidate = await runsOf(a.options.get('candidate'), 'candidate');
    if (!baseline.length || !candidate.length)
        throw new UsageError('compare needs --baseline <files...> and --candidate <files...>');
    let noise;
    const noisePath = one(a, 'noise');
    if (noisePath) {
        const { dataset } = await (0,load/* readDocument */.u0)(noisePath, 'noise');
        if (dataset.format !== 'noise')
            throw new model/* InputError */.dz(noisePath, 'not a noise file from perf-gates calibrate');
        noise = dataset.noise;
    }
    const keys = (a.options.get('key') ?? []).map((k) => ({ ...keyOf(k), named: true }));
    const rows = (0,compare/* compareRuns */.qB)(baseline, candidate, {
        keys: keys.length ? keys : undefined,
        defaultKeys: keys.length === 0,
        target: fraction(one(a, 'target') ?? '15%', 'target'),
        tolerance: fraction(one(a, 'tolerance') ?? '5%', 'tolerance'),
        confidence: Number(one(a, 'confidence') ?? '0.95'),
        noise,
    });
    out(a.flags.has('json')
        ? JSON.stringify({ version: COMPARE_JSON_VERSION, comparisons: rows }, null, 2)
        : format_text((0,compare/* formatComparisonTable */.nB)(rows)));
    // impossible samples above the limit in any compared key: bad input, exit 2 (DESIGN section 7)
    if (rows.some((r) => r.verdict === 'error'))
        return 2;
    const gated = keys.length ? rows.filter((r) => r.named) : rows;
    return gated.some((r) => r.verdict === 'regression' || r.verdict === 'insufficient-data') ? 1 : 0;
}
function keyOf(k) {
    try {
        return (0,keys/* parseKey */.Do)(k);
    }
    catch (e) {
        throw new UsageError(`--key ${k}: ${e.message}`);
    }
}
async function calibrateCmd(a) {
    if (a.positionals.length < 2)
        throw new UsageError('calibrate needs two or more runs of the same build (A/A runs)');
    const runs = await runsOf(a.positionals, 'run');
    const noise = (0,compare/* calibrate */.C3)(runs);
    const text = JSON.stringify(noise, null, 2) + '\n';
    const dest = one(a, 'out');
    if (dest) {
        await (0,io_files/* writeAtomic */.vZ)(dest, text);
        process.stderr.write(`wrote ${dest}: between-run variance of ${Object.keys(noise.keys).length} keys from ${runs.length} runs (noise file version ${noise.version})\n`);
    }
    if (!dest || a.flags.has('json'))
        out(text);
    return Object.keys(noise.keys).length ? 0 : 1;
}
async function gate(a) {
    const which = a.positionals[0];
    if (!which || ![...model/* GATES */.JH, 'all'].includes(which))
        throw new UsageError('gate needs one of baseline, diagnostics, optimization, governance, all');
    const { INPUTS } = await __webpack_require__.e(/* import() */ 141).then(__webpack_require__.bind(__webpack_require__, 9141));
    for (const f of a.flags)
        throw new UsageError(`unknown option --${f} for gate (it takes --<input> VALUE)`);
    const raw = {};
    for (const [name, values] of a.options) {
        if (!(name in INPUTS))
            throw new UsageError(`unknown input --${name} (inputs: ${Object.keys(INPUTS).join(', ')})`);
        raw[name] = values.join('\n');
    }
    // Locally there is no PR to comment on and no artifact service.
    const { runGates } = await Promise.all(/* import() */[__webpack_require__.e(394), __webpack_require__.e(306), __webpack_require__.e(210), __webpack_require__.e(507)]).then(__webpack_require__.bind(__webpack_require__, 84507));
    const { cliHost } = await __webpack_require__.e(/* import() */ 399).then(__webpack_require__.bind(__webpack_require__, 71780));
    const { code } = await runGates(which, { ...raw, upload: 'false', comment: 'off', status: 'false' }, cliHost());
    return code;
}
/** A bash completion script made from the command table: it cannot list an option that is not there. */
async function completion(a) {
    if (a.positionals[0] !== 'bash')
        throw new UsageError(`completion supports bash (got "${a.positionals[0]}")`, 'completion');
    const opts = (spec) => [...Object.keys(spec.options), 'help'].map((o) => `--${o}`).join(' ');
    const gates = [...model/* GATES */.JH, 'all'];
    const cases = Object.entries(COMMANDS)
        .filter(([name]) => name !== 'gate')
        .map(([name, spec]) => `    ${name}) opts="${opts(spec)}" ;;`);
    const gateCases = [];
    for (const g of gates)
        gateCases.push(`        ${g}) opts="${opts(await gateSpec(g))}" ;;`);
    out(`# bash completion for ${PROGRAM} ${version/* VERSION */.x}: source <(${PROGRAM} completion bash)
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
        throw new UsageError('verify needs the evidence folder');
    const { verifyFolder } = await __webpack_require__.e(/* import() */ 214).then(__webpack_require__.bind(__webpack_require__, 26214));
    const r = await verifyFolder(dir);
    out(r.text);
    return r.code;
}
/** parseCommand, and for `gate <name>` an input of another gate is named as such. */
async function parseGateAware(command, rest, spec) {
    try {
        return parseCommand(command, rest, spec);
    }
    catch (e) {
        const which = rest[0];
        const opt = /^unknown option --([\w-]+)/.exec(e instanceof UsageError ? e.message : '')?.[1];
        if (command !== 'gate' || !opt || !which || !isGate(which))
            throw e;
        const { INPUTS } = await __webpack_require__.e(/* import() */ 141).then(__webpack_require__.bind(__webpack_require__, 9141));
        if (!Object.hasOwn(INPUTS, opt))
            throw e;
        if (LOCAL_ONLY.has(opt))
            throw new UsageError(`--${opt} is set by the command line itself (no PR, status or upload locally)`, command);
        throw new UsageError(`--${opt} is not an input of gate ${which} (it is one of: ${INPUTS[opt].gates.join(', ')})`, command);
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
                out(USAGE);
            else if (topic in COMMANDS)
                out(formatHelp(PROGRAM, topic, topic === 'gate' ? await gateSpec(rest[1]) : COMMANDS[topic]));
            else
                throw new UsageError(`no command "${topic}"${didYouMean(topic, Object.keys(COMMANDS))}`);
            return 0;
        }
        if (first === '--version' || first === '-V') {
            out(version/* VERSION */.x);
            return 0;
        }
        if (!Object.hasOwn(COMMANDS, first)) {
            const what = first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"`;
            throw new UsageError(`${what}${didYouMean(first, Object.keys(COMMANDS))}`);
        }
        command = first;
        let spec = COMMANDS[command];
        if (command === 'gate') {
            const which = rest[0];
            if (which !== undefined && !which.startsWith('-') && !isGate(which))
                throw new UsageError(`unknown gate "${which}"${didYouMean(which, [...model/* GATES */.JH, 'all'])}; gates: ${[...model/* GATES */.JH, 'all'].join(', ')}`, command);
            spec = await gateSpec(which !== undefined && isGate(which) ? which : undefined);
        }
        if (wantsHelp(rest)) {
            const title = command === 'gate' && rest[0] && isGate(rest[0]) ? `gate ${rest[0]}` : command;
            out(formatHelp(PROGRAM, title, spec));
            return 0;
        }
        const a = await parseGateAware(command, rest, spec);
        switch (command) {
            case 'summarize':
                return await summarize(a);
            case 'compare':
                return await main_compare(a);
            case 'calibrate':
                return await calibrateCmd(a);
            case 'gate':
                return await gate(a);
            case 'verify':
                return await verify(a);
            case 'completion':
                return await completion(a);
            case 'history':
                return await historyCmd(a);
            default:
                throw new UsageError(`unknown command "${command}"`);
        }
    }
    catch (e) {
        if (e instanceof UsageError) {
            process.stderr.write(`${PROGRAM}: ${format_text(e.message)}\n${usageLine(e.command ?? command)}\n`);
            return 2;
        }
        if (e instanceof model/* InputError */.dz) {
            process.stderr.write(`${PROGRAM}: bad input: ${format_text(e.message)}\n`);
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
(0,io_files/* installSignalCleanup */.a0)();
/** Run the command line on `argv`; sets the process exit code and returns it. */
async function run(argv = process.argv.slice(2)) {
    const code = await main(argv);
    // `npm run bench` reads the peak memory this way where /usr/bin/time is missing.
    if (process.env.PERF_GATES_REPORT_RSS === '1')
        process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`);
    process.exitCode = code;
    return code;
}


/***/ })

};
