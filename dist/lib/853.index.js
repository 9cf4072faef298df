export const id = 853;
export const ids = [853];
export const modules = {

/***/ 83853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluateBaseline: () => (/* binding */ evaluateBaseline)
});

// UNUSED EXPORTS: label

// EXTERNAL MODULE: ./.build/gates/common.js
var common = __webpack_require__(99856);
// EXTERNAL MODULE: ./.build/gates/thresholds.js
var thresholds = __webpack_require__(1053);
// EXTERNAL MODULE: ./.build/gates/baseline/markdown.js
var markdown = __webpack_require__(15352);
;// CONCATENATED MODULE: ./.build/gates/baseline/derive.js

const K6_FORMAT = {
    'k6-ndjson': 'k6 NDJSON',
    'k6-summary-export': 'k6 summary-export',
    'k6-handle-summary': 'k6 handleSummary',
    'k6-machine-summary': 'k6 machine-readable summary',
};
const base = (p) => p.split(/[\\/]/).pop() ?? p;
function describeSources(refs) {
    return refs.map((r) => `${base(r.path)} sha256:${r.sha256}`).join(', ');
}
/** The files of a run that hold its k6 data (all files but the benchmark file). */
function k6Files(run) {
    const bench = run.benchmarks?.file;
    const files = run.files.filter((f) => f.path !== bench);
    return files.map((f) => ({ path: f.path, sha256: f.sha256 }));
}
function benchFiles(run) {
    const f = run.files.filter((x) => x.path === run.benchmarks?.file);
    return f.map((x) => ({ path: x.path, sha256: x.sha256 }));
}
function median(values) {
    const s = [...values].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
// ---------------------------------------------------------------------------------------------
// Units
const TIME_MS = {
    ms: 1,
    s: 1000,
    sec: 1000,
    seconds: 1000,
    us: 1e-3,
    µs: 1e-3,
    ns: 1e-6,
    min: 60000,
};
const RATIO = { ratio: 1, fraction: 1, '%': 100, percent: 100, pct: 100 };
/** Convert `value` from `from` to `to` (time units, ratio/percent); undefined when not convertible. */
function convertUnit(value, from, to) {
    if (from === to)
        return value;
    const f = from.toLowerCase();
    const t = to.toLowerCase();
    if (f === t)
        return value;
    if (TIME_MS[f] !== undefined && TIME_MS[t] !== undefined)
        return (value * TIME_MS[f]) / TIME_MS[t];
    if (RATIO[f] !== undefined && RATIO[t] !== undefined)
        return (value / RATIO[f]) * RATIO[t];
    return undefined;
}
function withUnit(value, natural, wanted) {
    if (!wanted)
        return { value, unit: natural };
    const v = convertUnit(value, natural, wanted);
    if (v === undefined)
        return { error: `the source is in ${natural}, which cannot be converted to \`${wanted}\`` };
    return { value: v, unit: wanted };
}
/** The unit a k6 statistic comes in, and the unit we record it in by default (rates as percent). */
function k6Units(series, stat) {
    const s = series.summary;
    if (s.type === 'trend') {
        if (stat === 'count')
            return { natural: 'count', preferred: 'count' };
        const u = s.contains === 'time' ? 'ms' : s.contains === 'data' ? 'B' : 'unitless';
        return { natural: u, preferred: u };
    }
    if (s.type === 'rate') {
        if (stat === 'rate' || stat === 'value')
            return { natural: 'ratio', preferred: '%' };
        return { natural: 'count', preferred: 'count' };
    }
    if (s.type === 'counter') {
        const per = s.metric === 'http_reqs'
            ? 'req'
            : s.metric === 'iterations'
                ? 'iterations'
                : s.contains === 'data'
                    ? 'B'
                    : 'count';
        if (stat === 'rate') {
            const u = per === 'count' ? '/s' : `${per}/s`;
            return { natural: u, preferred: u };
        }
        return { natural: per, preferred: per };
    }
    const u = s.contains === 'time' ? 'ms' : s.contains === 'data' ? 'B' : 'unitless';
    return { natural: u, preferred: u };
}
function defaultStat(series) {
    switch (series.summary.type) {
        case 'trend':
            return 'p95';
        case 'rate':
        case 'counter':
            return 'rate';
        case 'gauge':
            return 'value';
    }
}
// ---------------------------------------------------------------------------------------------
// Sources
/** A k6 statistic over the baseline runs: the median of the per-run values (one run: its value). */
function deriveFromK6(runs, selector, stat, unit) {
    const { metric, tags } = (0,thresholds/* parseMetricSelector */.r5)(selector);
    const withK6 = runs.filter((r) => r.k6 !== undefined);
    if (withK6.length === 0)
        return { ok: false, reason: 'no k6 output of the baseline run was given' };
    const values = [];
    const ends = [];
    const refs = [];
    let approximate;
    let units;
    let usedStat = stat;
    const formats = new Set();
    const problems = [];
    for (const run of withK6) {
        const k6 = run.k6;
        const series = (0,thresholds/* findSeries */.lD)(k6, metric, tags);
        if (!series) {
            problems.push(`${run.label}: no ${selector} in ${base(k6.file)}`);
            continue;
        }
        usedStat = usedStat ?? defaultStat(series);
        const v = (0,thresholds/* statOf */._N)(series, usedStat, k6);
        if (!v) {
            problems.push(`${run.label}: ${selector} ${usedStat} is not in ${base(k6.file)} (${series.summary.type} metric)`);
            continue;
        }
        values.push(v.value);
        if (v.approximate)
            approximate = v.approximate;
        units = units ?? k6Units(series, usedStat);
        formats.add(K6_FORMAT[k6.format]);
        refs.push(...k6Files(run));
        if (k6.endTime)
            ends.push(k6.endTime);
    }
    if (values.length === 0 || !units)
        return { ok: false, reason: problems.join('; ') || `no ${selector} samples` };
    if (problems.length > 0)
        return { ok: false, reason: `not in every baseline run: ${problems.join('; ')}` };
    if (ends.length < values.length) {
        return {
            ok: false,
            reason: `no timestamp: ${[...formats].join('/')} records no end time (give the k6 NDJSON output of the run)`,
        };
    }
    const raw = values.length === 1 ? values[0] : median(values);
    const converted = withUnit(raw, units.natural, unit ?? units.preferred);
    if ('error' in converted)
        return { ok: false, reason: converted.error };
    const across = values.length > 1 ? ` median of ${values.length} runs` : '';
    const timestamp = ends.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
    const row = {
        value: converted.value,
        unit: converted.unit,
        collection_method: `${[...formats].join('+')} ${selector} ${usedStat}${across} (${describeSources(refs)})`,
        timestamp,
        sources: refs,
    };
    if (approximate)
        row.approximate = approximate;
    return { ok: true, row };
}
const BENCH_STATS = ['median', 'mean', 'min', 'max', 'stddev', 'iqr', 'ops'];
function findBenchmark(run, name) {
    const list = run.benchmarks?.benchmarks ?? [];
    return list.find((b) => b.fullname === name) ?? list.find((b) => b.name === name);
}
/** A pytest-benchmark statistic (seconds; median by default) over the baseline runs. */
function deriveFromBenchmark(runs, name, stat, unit) {
    const s = stat ?? 'median';
    if (!BENCH_STATS.includes(s))
        return { ok: false, reason: `\`${s}\` is not a pytest-benchmark statistic (${BENCH_STATS.join(', ')})` };
    const withBench = runs.filter((r) => r.benchmarks !== undefined);
    if (withBench.length === 0)
        return { ok: false, reason: 'no pytest-benchmark output of the baseline was given' };
    const values = [];
    const times = [];
    const refs = [];
    const rounds = [];
    for (const run of withBench) {
        const b = findBenchmark(run, name);
        if (!b)
            return { ok: false, reason: `${name} is not in ${base(run.benchmarks?.file ?? run.label)}` };
        values.push(b[s]);
        rounds.push(b.rounds);
        refs.push(...benchFiles(run));
        if (run.benchmarks?.datetime)
            times.push(run.benchmarks.datetime);
    }
    if (times.length < values.length)
        return { ok: false, reason: 'no timestamp: the benchmark file has no `datetime`' };
    const natural = s === 'ops' ? 'ops/s' : 's';
    const raw = values.length === 1 ? values[0] : median(values);
    const converted = withUnit(raw, natural, unit);
    if ('error' in converted)
        return { ok: false, reason: converted.error };
    const across = values.length > 1 ? `, median of ${values.length} runs` : '';
    return {
        ok: true,
        row: {
            value: converted.value,
            unit: converted.unit,
            collection_method: `pytest-benchmark ${name} ${s} of ${rounds.join('/')} rounds${across} (${describeSources(refs)})`,
            timestamp: times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)),
            sources: refs,
        },
    };
}
const KEY_UNITS = [
    [/_ms$/i, 'ms'],
    [/_us$/i, 'us'],
    [/_ns$/i, 'ns'],
    [/_(s|sec|seconds)$/i, 's'],
    [/_rps$/i, 'req/s'],
    [/_kb$/i, 'KiB'],
    [/_mb$/i, 'MiB'],
    [/_bytes$/i, 'B'],
    [/_(pct|percent)$/i, '%'],
];
/** A value a `pytest -m performance` test recorded with json_metadata (`stat` = key, dotted path). */
function deriveFromPytest(report, nodeid, key, unit, sha256) {
    if (!report)
        return { ok: false, reason: 'no pytest report was given' };
    const test = report.tests.find((t) => t.nodeid === nodeid) ??
        report.tests.find((t) => t.nodeid.endsWith(`::${nodeid}`));
    if (!test)
        return { ok: false, reason: `${nodeid} is not in ${base(report.file)}` };
    let cur = test.metadata;
    for (const part of key.split('.'))
        cur = cur !== null && typeof cur === 'object' ? cur[part] : undefined;
    if (typeof cur !== 'number' || !Number.isFinite(cur))
        return { ok: false, reason: `${test.nodeid} (${test.outcome}) recorded no numeric \`${key}\`` };
    const leaf = key.split('.').pop();
    const parentUnit = (() => {
        const m = test.metadata.unit;
        return typeof m === 'string' && m.trim() !== '' ? m : undefined;
    })();
    const natural = KEY_UNITS.find(([re]) => re.test(leaf))?.[1] ?? parentUnit;
    let value = cur;
    let u = natural;
    if (unit) {
        if (natural) {
            const v = convertUnit(cur, natural, unit);
            if (v === undefined)
                return { ok: false, reason: `\`${key}\` is in ${natural}, which cannot be converted to \`${unit}\`` };
            value = v;
        }
        u = unit;
    }
    if (!u)
        return { ok: false, reason: `the unit of \`${key}\` is unknown: set \`unit\` for this metric` };
    if (!report.created)
        return { ok: false, reason: `no timestamp: ${base(report.file)} records no creation time` };
    const refs = sha256 ? [{ path: report.file, sha256 }] : [];
    return {
        ok: true,
        row: {
            value,
            unit: u,
            collection_method: `pytest ${test.nodeid} json_metadata ${key} (${test.outcome}; ${sha256 ? describeSources(refs) : base(report.file)})`,
            timestamp: report.created,
            sources: refs,
        },
    };
}

// EXTERNAL MODULE: ./.build/model.js
var model = __webpack_require__(76995);
// EXTERNAL MODULE: ./.build/parsers/baseline-csv/safe.js
var safe = __webpack_require__(29687);
;// CONCATENATED MODULE: ./.build/gates/baseline/csv.js
// baseline-metrics.csv as Gate 1 writes it: the team's file as given (byte for byte when its text is
// known, except that every cell is spreadsheet-safe: a text cell a spreadsheet would run as a
// formula gets a leading `'`) followed by the rows derived from k6/pytest, RFC 4180 quoting,
// numbers at full precision.


/** The protocol's columns, as the reader requires them. */
const STANDARD_COLUMNS = model/* BASELINE_COLUMNS */.Ac;
/** RFC 4180: quote a field holding a comma, a quote, CR/LF or edge spaces; double inner quotes. */
function csvField(v) {
    return /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
/** Shortest text that reads back as the same double (no rounding). */
function fullPrecision(n) {
    return Number.isFinite(n) ? String(n) : '';
}
function rowCells(r, columns) {
    return columns.map((c) => {
        switch (c) {
            case 'metric_name':
            case 'service':
            case 'unit':
            case 'collection_method':
            case 'timestamp':
                return r[c] ?? '';
            case 'value':
                return fullPrecision(r.value);
            default:
                return r.extra?.[c] ?? '';
        }
    });
}
function baselineCsv(csv, derived) {
    const hasStd = (cols) => STANDARD_COLUMNS.every((c) => cols.includes(c));
    const columns = csv && csv.columns.length > 0 && hasStd(csv.columns) ? csv.columns : [...STANDARD_COLUMNS];
    const line = (cells) => cells.map((c) => csvField((0,safe/* spreadsheetSafe */.MT)(c))).join(',');
    if (csv?.text !== undefined) {
        const eol = csv.text.includes('\r\n') ? '\r\n' : '\n';
        let text = (0,safe/* spreadsheetSafeCsv */._m)(csv.text);
        if (text !== '' && !text.endsWith('\n'))
            text += eol;
        if (text.trim() === '')
            text = line(columns) + eol;
        return text + derived.map((r) => line(rowCells(r, columns)) + eol).join('');
    }
    const out = [line(columns)];
    if (csv) {
        const given = csv.rows.map((r) => ({
            line: r.line,
            cells: rowCells(r, columns),
        }));
        for (const r of csv.rejected)
            if (r.cells)
                given.push({ line: r.line, cells: columns.map((c) => r.cells?.[c] ?? '') });
        given.sort((a, b) => a.line - b.line);
        for (const g of given)
            out.push(line(g.cells));
    }
    for (const r of derived)
        out.push(line(rowCells(r, columns)));
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./.build/parsers/k6-summary/keys.js
var keys = __webpack_require__(10940);
;// CONCATENATED MODULE: ./.build/parsers/intake/resources.js
function classify(s) {
    const n = s.name.toLowerCase();
    const unit = (s.unit ?? '').toLowerCase();
    const pctUnit = unit === '%' || unit === 'percent';
    if (n.includes('cpu') &&
        /(utili[sz]ation|usage|percent|ratio)/.test(n) &&
        !/seconds_total|_total$/.test(n)) {
        if (n.endsWith('_ratio') || unit === 'ratio')
            return { metric: 'cpu_utilization', value: s.value * 100, unit: '%' };
        if (pctUnit || n.includes('percent') || n.includes('utili'))
            return { metric: 'cpu_utilization', value: s.value, unit: '%' };
        return undefined;
    }
    if (n.includes('memory') || n.includes('mem_')) {
        if (n.endsWith('_ratio') || unit === 'ratio')
            return { metric: 'memory_utilization', value: s.value * 100, unit: '%' };
        if (pctUnit || n.includes('percent') || n.includes('utili'))
            return { metric: 'memory_utilization', value: s.value, unit: '%' };
        if (n.endsWith('_bytes') || unit === 'b' || unit === 'bytes')
            return { metric: 'memory_bytes', value: s.value, unit: 'B' };
    }
    return undefined;
}
function serviceOf(s) {
    for (const k of ['service', 'job', 'container', 'app', 'pod'])
        if (s.labels[k])
            return s.labels[k];
    return undefined;
}
/** CPU and memory per service from the package's exports: the mean of the samples, the latest time. */
function resourceUtilization(pkg) {
    const groups = new Map();
    for (const s of pkg.samples) {
        const c = classify(s);
        const service = serviceOf(s);
        if (!c || !service)
            continue;
        const k = `${c.metric}\0${service}`;
        let g = groups.get(k);
        if (!g) {
            g = { metric: c.metric, service, unit: c.unit, vals: [], times: [], src: new Map() };
            groups.set(k, g);
        }
        g.vals.push(c.value);
        if (s.timestamp)
            g.times.push(s.timestamp);
        g.src.set(`${s.entry}\0${s.name}`, { entry: s.entry, metric: s.name });
    }
    return [...groups.values()]
        .map((g) => {
        const sources = [...g.src.values()];
        return {
            metric_name: g.metric,
            service: g.service,
            value: Math.round((g.vals.reduce((a, b) => a + b, 0) / g.vals.length) * 100) / 100,
            unit: g.unit,
            timestamp: g.times.length ? g.times.sort()[g.times.length - 1] : null,
            samples: g.vals.length,
            collection_method: `monitoring package export ${sources.map((s) => `${s.entry} (${s.metric})`).join(', ')}${g.vals.length > 1 ? `, mean of ${g.vals.length} samples` : ''}`,
            sources,
        };
    })
        .sort((a, b) => (a.service + a.metric_name < b.service + b.metric_name ? -1 : 1));
}
/** Firing alerts the exports carry: Prometheus' `ALERTS{alertname, alertstate="firing"}` series. */
function packageAlerts(pkg) {
    return pkg.samples
        .filter((s) => s.name === 'ALERTS' && s.value > 0 && (s.labels.alertstate ?? 'firing') === 'firing')
        .map((s) => ({
        alertname: s.labels.alertname ?? '(unnamed)',
        labels: s.labels,
        entry: s.entry,
        line: s.line,
    }));
}

;// CONCATENATED MODULE: ./.build/gates/baseline/intake.js


/** What each intake input is in the protocol's words. */
const INTAKE_DOCS = {
    'monitoring-package': 'MONITORING-PACKAGE.zip (protocol 16)',
    'incident-report': 'INCIDENT-REPORT.md (protocol 17)',
    'deployment-report': 'DEPLOYMENT-REPORT.md (protocol 15)',
    'intake-backlog': 'performance-intake-backlog.json (previous cycles)',
};
function given(ev) {
    return {
        'monitoring-package': ev?.monitoring?.file,
        'incident-report': ev?.incident?.file,
        'deployment-report': ev?.deployment?.file,
        'intake-backlog': ev?.backlog?.file,
    };
}
/** Criterion `telemetry_intake`: every required intake input given. Undefined when none is required or given. */
function intakeCriterion(ev, config) {
    const g = given(ev);
    const required = config.intake.required;
    const present = Object.keys(g).filter((k) => g[k]);
    if (!required.length && !present.length)
        return undefined;
    const missing = required.filter((r) => !g[r]);
    if (missing.length)
        return (0,common/* criterion */.u6)('telemetry_intake', required.length - missing.length, required.length, 'insufficient-data', `critical telemetry unavailable: required intake input${missing.length > 1 ? 's' : ''} missing: ${missing
            .map((m) => `\`${m}\` (${INTAKE_DOCS[m]})`)
            .join(', ')} (config intake.required)`, 'inputs', 'TelemetryGap');
    return (0,common/* criterion */.u6)('telemetry_intake', required.length, required.length, 'pass', `${present.map((p) => `${p}: ${g[p]}`).join('; ')}${required.length ? ` (required: ${required.join(', ')})` : ' (none required)'}`, 'inputs');
}
function businessImpact(ev, config) {
    if (config.intake.business_impact)
        return { provided: true, text: config.intake.business_impact, source: 'config intake.business_impact' };
    const s = ev?.incident?.businessImpact;
    if (s && ev?.incident)
        return {
            provided: true,
            text: s.text,
            source: `${ev.incident.file}:${s.line} (section "${s.title}")`,
        };
    return {
        provided: false,
        note: ev?.incident
            ? `not provided: ${ev.incident.file} has no "Business impact" section and config has no intake.business_impact`
            : 'not provided: no incident report (input `incident-report`) and no config intake.business_impact',
    };
}
/** Alerts from the intake inputs: the incident report's Alerts section and firing ALERTS series in the package. */
function intakeAlerts(ev) {
    const out = [];
    if (ev?.incident)
        for (const a of ev.incident.alerts)
            out.push({ kind: 'incident-report-alert', file: ev.incident.file, line: a.line, alert: a.text });
    if (ev?.monitoring)
        for (const a of packageAlerts(ev.monitoring))
            out.push({
                kind: 'monitoring-alert-firing',
                file: a.entry,
                line: a.line,
                alert: a.alertname,
                labels: a.labels,
            });
    return out;
}
function resourceRows(ev) {
    return ev?.monitoring ? resourceUtilization(ev.monitoring) : [];
}
/** The intake section of performance-intake-report.json: each input cited with its checksum. */
function intakeSources(ev, ctx, config) {
    const sha = (f) => ctx.inputs.find((i) => i.path === f)?.sha256 ?? null;
    const g = given(ev);
    const status = (k) => g[k] ? 'provided' : config.intake.required.includes(k) ? 'missing (required)' : 'not provided (optional)';
    return {
        required: config.intake.required,
        monitoring_package: ev?.monitoring
            ? {
                status: status('monitoring-package'),
                file: ev.monitoring.file,
                sha256: sha(ev.monitoring.file),
                kind: ev.monitoring.kind,
                entries: ev.monitoring.entries,
                metric_exports: ev.monitoring.exports,
            }
            : { status: status('monitoring-package'), protocol_name: INTAKE_DOCS['monitoring-package'] },
        incident_report: ev?.incident
            ? {
                status: status('incident-report'),
                file: ev.incident.file,
                sha256: sha(ev.incident.file),
                title: ev.incident.title ?? null,
                business_impact_section: ev.incident.businessImpact
                    ? { title: ev.incident.businessImpact.title, line: ev.incident.businessImpact.line }
                    : null,
                timeline_section: ev.incident.timeline
                    ? { title: ev.incident.timeline.title, line: ev.incident.timeline.line }
                    : null,
                alerts: ev.incident.alerts.length,
            }
            : { status: status('incident-report'), protocol_name: INTAKE_DOCS['incident-report'] },
        deployment_report: ev?.deployment
            ? {
                status: status('deployment-report'),
                file: ev.deployment.file,
                sha256: sha(ev.deployment.file),
                title: ev.deployment.title ?? null,
                sections: ev.deployment.sections,
            }
            : { status: status('deployment-report'), protocol_name: INTAKE_DOCS['deployment-report'] },
        intake_backlog: ev?.backlog
            ? {
                status: status('intake-backlog'),
                file: ev.backlog.file,
                sha256: sha(ev.backlog.file),
                items: ev.backlog.items,
            }
            : { status: status('intake-backlog'), protocol_name: INTAKE_DOCS['intake-backlog'] },
    };
}

;// CONCATENATED MODULE: ./.build/gates/baseline/evaluate.js







const id = (metric, service) => `${metric}\u0000${service}`;
const label = (metric, service) => `${metric} (${service})`;
/** The protocol's default required set per k6 `name` tag: p50/p95/p99 latency, throughput, error rate. */
function defaultRequired(runs) {
    const names = new Set();
    let whole = false;
    for (const r of runs) {
        for (const s of r.k6?.series ?? []) {
            if (s.summary.metric !== 'http_req_duration')
                continue;
            const keys = Object.keys(s.summary.tags);
            if (keys.length === 1 && keys[0] === 'name' && (0,thresholds/* hasSamples */.sK)(s))
                names.add(s.summary.tags.name);
            if (keys.length === 0 && (0,thresholds/* hasSamples */.sK)(s))
                whole = true;
        }
    }
    const out = [];
    const add = (service, sel) => {
        const m = (metric_name, k6, stat, unit) => ({
            metric_name,
            service,
            mapping: { metric_name, service, k6, stat, unit },
        });
        out.push(m('api_latency_p50', sel('http_req_duration'), 'med', 'ms'), m('api_latency_p95', sel('http_req_duration'), 'p95', 'ms'), m('api_latency_p99', sel('http_req_duration'), 'p99', 'ms'), m('throughput', sel('http_reqs'), 'rate', 'req/s'), m('error_rate', sel('http_req_failed'), 'rate', '%'));
    };
    if (names.size > 0)
        for (const n of [...names].sort())
            add(n, (metric) => (0,keys/* formatMetricKey */.dw)(metric, { name: n }));
    else if (whole)
        add('all requests', (metric) => metric);
    return out;
}
function csvRequired(csv) {
    const seen = new Set();
    const out = [];
    const entries = [
        ...csv.rows.map((r) => ({ line: r.line, metric_name: r.metric_name, service: r.service })),
        ...csv.rejected.map((r) => ({
            line: r.line,
            metric_name: r.cells?.metric_name?.trim() || `line ${r.line}`,
            service: r.cells?.service?.trim() || 'unknown service',
        })),
    ].sort((a, b) => a.line - b.line);
    for (const e of entries) {
        const k = id(e.metric_name, e.service);
        if (seen.has(k))
            continue;
        seen.add(k);
        out.push({ metric_name: e.metric_name, service: e.service });
    }
    return out;
}
/** Why a CSV row does not count (empty string when it does). */
function rowProblem(r) {
    const missing = [];
    if (!Number.isFinite(r.value))
        missing.push('value');
    if (!r.unit?.trim())
        missing.push('unit');
    if (!r.collection_method?.trim())
        missing.push('collection_method');
    if (!r.timestamp?.trim())
        missing.push('timestamp');
    else if (Number.isNaN(Date.parse(r.timestamp)))
        return `timestamp \`${r.timestamp}\` is not a date`;
    return missing.length ? `missing ${missing.join(', ')}` : '';
}
function shaOf(ctx, file) {
    if (!file)
        return undefined;
    return ctx.inputs.find((i) => i.path === file)?.sha256;
}
function derive(m, ev, ctx) {
    if (m.k6)
        return { result: deriveFromK6(ev.runs, m.k6, m.stat, m.unit), source: 'k6' };
    if (m.benchmark)
        return { result: deriveFromBenchmark(ev.runs, m.benchmark, m.stat, m.unit), source: 'pytest-benchmark' };
    if (m.pytest)
        return {
            result: deriveFromPytest(ev.pytest, m.pytest, m.stat ?? '', m.unit, shaOf(ctx, ev.pytest?.file)),
            source: 'pytest',
        };
    return {
        result: { ok: false, reason: 'no source mapped (k6, benchmark or pytest) and no CSV row' },
        source: null,
    };
}
/** 1. The required set: config's, else the CSV's rows, else the protocol's default per k6 `name` tag. */
function requiredSet(ev, config, csvRows, notes) {
    let origin;
    let required;
    const configured = config.baseline.required_metrics;
    if (configured && configured.length > 0) {
        origin = 'config';
        required = configured.map((m) => ({ metric_name: m.metric_name, service: m.service, mapping: m }));
    }
    else if (ev.csv && csvRows > 0) {
        origin = 'csv';
        required = csvRequired(ev.csv);
    }
    else {
        origin = 'default';
        required = defaultRequired(ev.runs);
        if (ev.csv)
            notes.push(`${ev.csv.file} has no data rows: the required set is the protocol's default per k6 \`name\` tag.`);
    }
    const originText = origin === 'config'
        ? 'config `baseline.required_metrics`'
        : origin === 'csv'
            ? `the rows of ${ev.csv?.file}`
            : 'p50/p95/p99 latency, throughput and error rate per k6 `name` tag';
    return { origin, required, originText };
}
/** 2. Each required metric: a complete CSV row, else derived from its source. */
function collectMetrics(ev, ctx, required, resources, notes) {
    const rowsById = new Map();
    for (const r of ev.csv?.rows ?? [])
        if (!rowsById.has(id(r.metric_name, r.service)))
            rowsById.set(id(r.metric_name, r.service), r);
    const rejectedById = new Map();
    for (const r of ev.csv?.rejected ?? []) {
        const m = r.cells?.metric_name?.trim() || `line ${r.line}`;
        const s = r.cells?.service?.trim() || 'unknown service';
        if (!rejectedById.has(id(m, s)))
            rejectedById.set(id(m, s), r);
    }
    const metrics = [];
    const derivedRows = [];
    for (const req of required) {
        const row = rowsById.get(id(req.metric_name, req.service));
        const problem = row ? rowProblem(row) : undefined;
        if (row && problem === '') {
            metrics.push({
                metric_name: req.metric_name,
                service: req.service,
                value: row.value,
                unit: row.unit,
                collection_method: row.collection_method,
                timestamp: row.timestamp,
                source: 'csv',
                file: ev.csv?.file,
                line: row.line,
                counted: true,
                reason: `${ev.csv?.file}:${row.line}`,
            });
            continue;
        }
        const csvWhy = row
            ? `${ev.csv?.file}:${row.line}: ${problem}`
            : rejectedById.has(id(req.metric_name, req.service))
                ? `${ev.csv?.file}:${rejectedById.get(id(req.metric_name, req.service))?.line}: rejected (${rejectedById.get(id(req.metric_name, req.service))?.reason})`
                : ev.csv
                    ? `not in ${ev.csv.file}`
                    : '';
        const res = resources.find((r) => r.metric_name === req.metric_name && r.service === req.service);
        if (res &&
            res.timestamp &&
            !(req.mapping && (req.mapping.k6 || req.mapping.benchmark || req.mapping.pytest))) {
            const sources = ev.intake?.monitoring
                ? [{ path: ev.intake.monitoring.file, sha256: shaOf(ctx, ev.intake.monitoring.file) ?? '' }]
                : [];
            metrics.push({
                metric_name: req.metric_name,
                service: req.service,
                value: res.value,
                unit: res.unit,
                collection_method: res.collection_method,
                timestamp: res.timestamp,
                source: 'monitoring-package',
                sources,
                counted: true,
                reason: `from the monitoring package${csvWhy ? ` (${csvWhy})` : ''}`,
            });
            derivedRows.push({
                metric_name: req.metric_name,
                service: req.service,
                value: res.value,
                unit: res.unit,
                collection_method: res.collection_method,
                timestamp: res.timestamp,
                line: 0,
            });
            continue;
        }
        if (req.mapping && (req.mapping.k6 || req.mapping.benchmark || req.mapping.pytest)) {
            const { result, source } = derive(req.mapping, ev, ctx);
            if (result.ok) {
                const d = result.row;
                metrics.push({
                    metric_name: req.metric_name,
                    service: req.service,
                    value: d.value,
                    unit: d.unit,
                    collection_method: d.collection_method,
                    timestamp: d.timestamp,
                    source,
                    sources: d.sources,
                    counted: true,
                    reason: `derived from ${source}${csvWhy ? ` (${csvWhy})` : ''}`,
                });
                derivedRows.push({
                    metric_name: req.metric_name,
                    service: req.service,
                    value: d.value,
                    unit: d.unit,
                    collection_method: d.collection_method,
                    timestamp: d.timestamp,
                    line: 0,
                });
                if (d.approximate && !notes.some((n) => n.includes('first-to-last')))
                    notes.push(`Throughput derived from k6 NDJSON: ${d.approximate}.`);
                continue;
            }
            metrics.push(missing(req, source, [csvWhy, result.reason].filter(Boolean).join('; ')));
            continue;
        }
        metrics.push(missing(req, null, csvWhy || 'no CSV row and no source mapped'));
    }
    return { metrics, derivedRows };
}
/** 3. Baseline completeness: the share of the required metrics captured. */
function completenessCriterion(ev, anyEvidence, required, metrics, threshold, originText) {
    const criteria = [];
    const collected = metrics.filter((m) => m.counted).length;
    const completeness = (0,common/* pct */.Oe)(collected, required.length);
    const missingMetrics = metrics.filter((m) => !m.counted);
    if (!anyEvidence) {
        criteria.push((0,common/* criterion */.u6)('baseline_completeness', null, threshold, 'insufficient-data', `no baseline telemetry: no k6 or benchmark samples, no baseline-metrics.csv rows${ev.pytest ? ', no pytest tests' : ''}`, '%', 'TelemetryGap'));
    }
    else if (required.length === 0) {
        criteria.push((0,common/* criterion */.u6)('baseline_completeness', null, threshold, 'insufficient-data', 'no required metrics: no config `baseline.required_metrics`, no CSV rows, and the k6 run has no http_req_duration samples to take the default set from', '%', 'TelemetryGap'));
    }
    else {
        const ok = completeness >= threshold;
        const shownMissing = missingMetrics.slice(0, 5).map((m) => label(m.metric_name, m.service));
        criteria.push((0,common/* criterion */.u6)('baseline_completeness', completeness, threshold, ok ? 'pass' : 'fail', `${collected} of ${required.length} required metrics captured (required set: ${originText})` +
            (missingMetrics.length
                ? `; missing: ${shownMissing.join(', ')}${missingMetrics.length > 5 ? ` and ${missingMetrics.length - 5} more` : ''}`
                : ''), '%'));
    }
    return criteria[0];
}
/** The hypotheses documented (at least one in the hypothesis log). */
function hypothesesCriterion(ev, hyp) {
    const criteria = [];
    if (!ev.hypotheses || !hyp) {
        criteria.push((0,common/* criterion */.u6)('hypotheses_documented', null, 1, 'insufficient-data', 'no hypothesis log given (input `hypotheses`)', 'hypotheses', 'TelemetryGap'));
    }
    else {
        criteria.push((0,common/* criterion */.u6)('hypotheses_documented', hyp.count, 1, hyp.count >= 1 ? 'pass' : 'fail', hyp.count >= 1
            ? `${hyp.count} hypotheses in ${ev.hypotheses.file} (${hyp.ids.slice(0, 8).join(', ')}${hyp.count > 8 ? ', ...' : ''})`
            : `${ev.hypotheses.file} holds no hypothesis (no H1-style table row or section, no Hypothesis column or section)`, 'hypotheses'));
    }
    return criteria[0];
}
/** The intake report's sources: the runs, the baseline CSV and the pytest report. */
function intakeReportSources(ev, ctx) {
    return {
        runs: ev.runs.map((r) => ({
            label: r.label,
            files: r.files.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes })),
        })),
        baseline_csv: ev.csv
            ? {
                file: ev.csv.file,
                sha256: shaOf(ctx, ev.csv.file) ?? null,
                rows: ev.csv.rows.length,
                rejected: ev.csv.rejected.length,
            }
            : null,
        pytest_report: ev.pytest
            ? { file: ev.pytest.file, sha256: shaOf(ctx, ev.pytest.file) ?? null, tests: ev.pytest.tests.length }
            : null,
    };
}
function evaluateBaseline(ev, config, ctx) {
    const notes = [];
    const threshold = config.thresholds.baseline_completeness;
    const runsWithData = ev.runs.filter((r) => (r.k6 && r.k6.series.some(thresholds/* hasSamples */.sK)) || (r.benchmarks && r.benchmarks.benchmarks.length > 0));
    const csvRows = ev.csv ? ev.csv.rows.length + ev.csv.rejected.length : 0;
    // 1. The required set
    const { origin, required, originText } = requiredSet(ev, config, csvRows, notes);
    // 2. Each required metric: a complete CSV row, else derived from its source
    const resources = resourceRows(ev.intake);
    const { metrics, derivedRows } = collectMetrics(ev, ctx, required, resources, notes);
    const collected = metrics.filter((m) => m.counted).length;
    const completeness = (0,common/* pct */.Oe)(collected, required.length);
    const missingMetrics = metrics.filter((m) => !m.counted);
    // 3. Criteria
    const criteria = [];
    const anyEvidence = runsWithData.length > 0 || csvRows > 0 || (ev.pytest?.tests.length ?? 0) > 0;
    criteria.push(completenessCriterion(ev, anyEvidence, required, metrics, threshold, originText));
    // Prerequisites: the intake inputs config requires ("Halt if critical telemetry unavailable").
    const intakeC = intakeCriterion(ev.intake, config);
    if (intakeC)
        criteria.push(intakeC);
    const hyp = ev.hypotheses ? (0,markdown/* countHypotheses */.EK)(ev.hypotheses) : undefined;
    criteria.push(hypothesesCriterion(ev, hyp));
    if (ev.csv?.rejected.length)
        notes.push(`${ev.csv.rejected.length} row(s) of ${ev.csv.file} rejected: ${ev.csv.rejected.map((r) => `line ${r.line} (${r.reason})`).join('; ')}.`);
    const result = (0,common/* makeResult */.U2)('baseline', criteria, ctx, {
        score: anyEvidence && required.length > 0 ? completeness : null,
        notes,
    });
    // 4. Artifacts
    const intakeGiven = !!(ev.intake?.monitoring ||
        ev.intake?.incident ||
        ev.intake?.deployment ||
        ev.intake?.backlog);
    if (!anyEvidence && !intakeGiven)
        notes.push('performance-intake-report.json not written: no baseline telemetry to summarize.');
    if (!ev.hypotheses)
        notes.push('hypothesis-log.md not written: no hypothesis log given (input `hypotheses`).');
    if (!((ev.csv && csvRows > 0) || derivedRows.length > 0))
        notes.push('baseline-metrics.csv not written: no CSV rows given and none derived.');
    const alerts = collectAlerts(ev);
    const more = intakeAlerts(ev.intake);
    if (more.length) {
        const before = alerts.provided ? `${String(alerts.note)}; ` : '';
        alerts.items.push(...more);
        alerts.provided = true;
        alerts.note = `${before}from the intake inputs (the incident report's Alerts section, firing ALERTS series in the monitoring package)`;
    }
    const intake = {
        report: 'performance-intake-report',
        protocol: 'protocol-18 Phase 1',
        status: result.verdict,
        baseline_completeness: anyEvidence && required.length > 0 ? completeness : null,
        threshold,
        metrics_collected: collected,
        metrics_required: required.length,
        missing_metrics: missingMetrics.map((m) => label(m.metric_name, m.service)),
        required_set: { origin, description: originText },
        metrics,
        missing: missingMetrics.map((m) => ({
            metric_name: m.metric_name,
            service: m.service,
            reason: m.reason,
        })),
        rejected_rows: (ev.csv?.rejected ?? []).map((r) => ({
            file: ev.csv?.file,
            line: r.line,
            reason: r.reason,
        })),
        alerts,
        business_impact: businessImpact(ev.intake, config),
        resource_utilization: resources.length
            ? { provided: true, rows: resources }
            : {
                provided: false,
                note: ev.intake?.monitoring
                    ? `not provided: no CPU or memory export per service in ${ev.intake.monitoring.file}`
                    : 'not provided: no monitoring package (input `monitoring-package`)',
            },
        intake: intakeSources(ev.intake, ctx, config),
        hypotheses: ev.hypotheses && hyp
            ? { file: ev.hypotheses.file, count: hyp.count, ids: hyp.ids, found_in: hyp.found }
            : { provided: false, note: 'not provided: no hypotheses given' },
        sources: intakeReportSources(ev, ctx),
        notes,
    };
    // A document with no input behind it is not written: governance counts artifacts, and a
    // placeholder must not pass for the team's evidence. The GateResult says what was missing.
    const artifacts = [];
    if (anyEvidence || intakeGiven)
        artifacts.push((0,common/* jsonArtifact */.pm)('performance-intake-report.json', intake, ctx));
    if ((ev.csv && csvRows > 0) || derivedRows.length > 0)
        artifacts.push({ name: 'baseline-metrics.csv', content: baselineCsv(ev.csv, derivedRows) });
    if (ev.hypotheses)
        artifacts.push({ name: 'hypothesis-log.md', content: ev.hypotheses.text });
    return { result, artifacts };
}
function missing(req, source, reason) {
    return {
        metric_name: req.metric_name,
        service: req.service,
        value: null,
        unit: null,
        collection_method: null,
        timestamp: null,
        source,
        counted: false,
        reason,
    };
}
/** Alerts the inputs give: thresholds the baseline run crossed, failed `pytest -m performance` tests. */
function collectAlerts(ev) {
    const items = [];
    let sources = 0;
    for (const r of ev.runs) {
        if (!r.k6)
            continue;
        if (r.k6.thresholds.length)
            sources++;
        for (const t of (0,thresholds/* evaluateThresholds */.S$)(r.k6)) {
            if (t.status !== 'crossed')
                continue;
            items.push({
                kind: 'k6-threshold-crossed',
                run: r.label,
                file: t.file,
                metric: t.metric,
                threshold: t.expression,
                verdict_from: t.verdictFrom,
                actual: t.actual ?? null,
            });
        }
    }
    if (ev.pytest) {
        sources++;
        for (const t of ev.pytest.tests) {
            if (t.outcome !== 'failed' && t.outcome !== 'error')
                continue;
            items.push({
                kind: 'pytest-performance-failure',
                file: t.file,
                test: t.nodeid,
                outcome: t.outcome,
                message: t.message ?? null,
            });
        }
    }
    if (sources === 0)
        return {
            provided: false,
            items: [],
            note: 'not provided: no k6 thresholds and no pytest report in the inputs',
        };
    return {
        provided: true,
        items,
        note: 'from k6 thresholds of the baseline run and failed pytest performance tests',
    };
}


/***/ }),

/***/ 15352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ listItems),
/* harmony export */   Dy: () => (/* binding */ names),
/* harmony export */   EK: () => (/* binding */ countHypotheses),
/* harmony export */   Sw: () => (/* binding */ substantiveText),
/* harmony export */   pj: () => (/* binding */ plain),
/* harmony export */   rO: () => (/* binding */ sectionText),
/* harmony export */   um: () => (/* binding */ tables)
/* harmony export */ });
function cells(line) {
    let s = line.trim();
    if (s.startsWith('|'))
        s = s.slice(1);
    if (s.endsWith('|') && !s.endsWith('\\|'))
        s = s.slice(0, -1);
    const out = [];
    let cur = '';
    for (let i = 0; i < s.length; i++) {
        if (s[i] === '\\' && s[i + 1] === '|') {
            cur += '|';
            i++;
        }
        else if (s[i] === '|') {
            out.push(cur.trim());
            cur = '';
        }
        else
            cur += s[i];
    }
    out.push(cur.trim());
    return out;
}
const SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** Every GitHub-style pipe table in the text (header, separator, rows). Fenced code is skipped. */
function tables(text) {
    const lines = text.split(/\r?\n/);
    const out = [];
    let fence = false;
    for (let i = 0; i < lines.length; i++) {
        if (/^\s*(```|~~~)/.test(lines[i]))
            fence = !fence;
        if (fence)
            continue;
        if (lines[i].includes('|') &&
            i + 1 < lines.length &&
            SEPARATOR.test(lines[i + 1]) &&
            lines[i + 1].includes('-')) {
            const header = cells(lines[i]);
            const rows = [];
            let j = i + 2;
            while (j < lines.length && lines[j].trim() !== '' && lines[j].includes('|'))
                rows.push(cells(lines[j++]));
            out.push({ header, rows, line: i + 1 });
            i = j - 1;
        }
    }
    return out;
}
/** A section's text including its sub-sections (the dataset keeps each section's own body only). */
function sectionText(doc, index) {
    const s = doc.sections[index];
    const parts = [s.body];
    for (let i = index + 1; i < doc.sections.length && doc.sections[i].level > s.level; i++) {
        parts.push(doc.sections[i].title, doc.sections[i].body);
    }
    return parts.join('\n').trim();
}
/** The text without headings, blank lines and HTML comments: empty means the document says nothing. */
function substantiveText(doc) {
    return doc.text
        .replace(/<!--[\s\S]*?-->/g, '')
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '' && !/^\s{0,3}#{1,6}(\s|$)/.test(l))
        .join('\n')
        .trim();
}
/** Strip inline Markdown (emphasis, code, links) for matching and quoting. */
function plain(s) {
    return s
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\*\*([^*]*)\*\*/g, '$1')
        .replace(/__([^_]*)__/g, '$1')
        .replace(/(^|[^*])\*([^*]+)\*/g, '$1$2')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .trim();
}
/** Whether `text` names `name` as a whole word (case-insensitive; `-`, `_`, `.` are part of a name). */
function names(text, name) {
    const esc = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (esc === '')
        return false;
    return new RegExp(`(^|[^A-Za-z0-9_.-])${esc}($|[^A-Za-z0-9_-]|\\.(?![A-Za-z0-9]))`, 'i').test(text);
}
/** Top-level list items (`-`, `*`, `+`, `1.`) of a block of text, continuation lines folded in. */
function listItems(body) {
    const items = [];
    for (const line of body.split(/\r?\n/)) {
        const m = /^(\s{0,3})([-*+]|\d+[.)])\s+(.*)$/.exec(line);
        if (m)
            items.push(m[3].trim());
        else if (items.length > 0 && /^\s{2,}\S/.test(line))
            items[items.length - 1] += ' ' + line.trim();
    }
    return items;
}
const ID = /^\**\s*(H-?\d+[a-z]?)\b/i;
/**
 * Hypotheses in a log: rows of a table whose first cell is an id like H1 or whose header has a
 * `Hypothesis` column, and sections titled `H1: ...` or `Hypothesis ...` (the document's own
 * title excluded). Ids seen in both count once.
 */
function countHypotheses(doc) {
    const ids = new Set();
    const unnamed = [];
    const found = [];
    let fromTables = 0;
    for (const t of tables(doc.text)) {
        const hypCol = t.header.findIndex((h) => /hypothes/i.test(plain(h)));
        const idTable = t.rows.some((r) => ID.test(plain(r[0] ?? '')));
        if (hypCol < 0 && !idTable)
            continue;
        for (const r of t.rows) {
            const first = plain(r[0] ?? '');
            const m = ID.exec(first);
            if (m)
                ids.add(m[1].toUpperCase().replace('-', ''));
            else if (hypCol >= 0 && plain(r[hypCol] ?? '') !== '')
                unnamed.push(plain(r[hypCol]));
            else
                continue;
            fromTables++;
        }
    }
    if (fromTables)
        found.push(`${fromTables} table row(s)`);
    let fromSections = 0;
    doc.sections.forEach((s, i) => {
        const title = plain(s.title);
        const m = ID.exec(title);
        if (m) {
            ids.add(m[1].toUpperCase().replace('-', ''));
            fromSections++;
        }
        else if (/\bhypothes[ie]s\b/i.test(title) && !(i === 0 && s.level === 1) && !/\blog\b/i.test(title)) {
            if (sectionText(doc, i) !== '') {
                unnamed.push(title);
                fromSections++;
            }
        }
    });
    if (fromSections)
        found.push(`${fromSections} section(s)`);
    const all = [...[...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })), ...new Set(unnamed)];
    return { count: all.length, ids: all, found };
}


/***/ }),

/***/ 1053:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ runDurationSeconds),
/* harmony export */   S$: () => (/* binding */ evaluateThresholds),
/* harmony export */   _N: () => (/* binding */ statOf),
/* harmony export */   hc: () => (/* binding */ parseThresholdExpression),
/* harmony export */   lD: () => (/* binding */ findSeries),
/* harmony export */   r5: () => (/* binding */ parseMetricSelector),
/* harmony export */   sK: () => (/* binding */ hasSamples)
/* harmony export */ });
/* unused harmony export compare */
/* harmony import */ var _stats_percentile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2099);
/* harmony import */ var _parsers_k6_summary_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10940);
// k6 thresholds, evaluated the way k6 does (grafana/k6 metrics/thresholds_parser.go, thresholds.go)
// on our exact figures, for thresholds whose source carries no verdict (NDJSON Metric lines,
// `ok: null`), and the metric-selector spelling `metric{tag:value,...}`. Pure.


/** k6 scans operators in this order and takes the first split whose right side is non-empty. */
const OPERATORS = ['<=', '<', '>=', '>', '===', '==', '!='];
/** Parse `p(95)<40`, `avg<100`, `rate<0.01`, `count>100`, `value>=1`. Undefined when not k6 grammar. */
function parseThresholdExpression(expression) {
    for (const op of OPERATORS) {
        const at = expression.indexOf(op);
        if (at < 0)
            continue;
        const left = expression.slice(0, at).trim();
        const right = expression.slice(at + op.length).trim();
        if (right === '')
            continue;
        if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(right))
            return undefined;
        const value = Number(right);
        if (!Number.isFinite(value))
            return undefined;
        const pm = /^p\(\s*(\d+(?:\.\d+)?)\s*\)$/.exec(left);
        if (pm) {
            const pv = Number(pm[1]);
            if (pv < 0 || pv > 100)
                return undefined;
            return { expression, aggregation: 'percentile', p: pv / 100, method: left, operator: op, value };
        }
        if (['avg', 'min', 'max', 'med', 'rate', 'count', 'value'].includes(left)) {
            return { expression, aggregation: left, method: left, operator: op, value };
        }
        return undefined;
    }
    return undefined;
}
function compare(actual, op, target) {
    switch (op) {
        case '<':
            return actual < target;
        case '<=':
            return actual <= target;
        case '>':
            return actual > target;
        case '>=':
            return actual >= target;
        case '==':
        case '===':
            return actual === target;
        case '!=':
            return actual !== target;
    }
}
/** `http_req_duration{name:products,status:200}` → metric and tags (k6's submetric spelling). */
const parseMetricSelector = _parsers_k6_summary_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseMetricKey */ .Il;
/** The series of `metric` with exactly these tags (`{}` = the whole metric), if the run has it. */
function findSeries(k6, metric, tags = {}) {
    if (!k6)
        return undefined;
    return k6.series.find((s) => s.summary.metric === metric && (0,_parsers_k6_summary_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .sameTags */ .Iu)(s.summary.tags, tags));
}
/** Seconds the run lasted: NDJSON first-to-last sample, or the summary's test duration. */
function runDurationSeconds(k6) {
    if (!k6)
        return undefined;
    if (k6.startTime && k6.endTime) {
        const s = (Date.parse(k6.endTime) - Date.parse(k6.startTime)) / 1000;
        if (Number.isFinite(s) && s > 0)
            return { seconds: s, source: 'first to last sample (NDJSON)' };
    }
    if (k6.durationSeconds !== undefined && k6.durationSeconds > 0)
        return { seconds: k6.durationSeconds, source: 'test duration recorded in the summary' };
    const reqs = findSeries(k6, 'http_reqs');
    if (reqs?.summary.count && reqs.summary.rate && reqs.summary.rate > 0 && !reqs.spanSeconds)
        return { seconds: reqs.summary.count / reqs.summary.rate, source: "k6's own http_reqs count / rate" };
    return undefined;
}
/**
 * A statistic of a series: avg min med max p50 p90 p95 p99 p(N) (trends, exact from the sorted
 * values when present), rate and count (rates and counters), value (gauges).
 */
function statOf(series, stat, k6) {
    const s = series.summary;
    const num = (v) => v !== undefined && Number.isFinite(v) ? { value: v } : undefined;
    switch (s.type) {
        case 'trend': {
            if (stat === 'avg' || stat === 'mean')
                return num(s.avg);
            if (stat === 'min')
                return num(s.min ?? (series.sorted?.length ? series.sorted[0] : undefined));
            if (stat === 'max')
                return num(s.max ?? (series.sorted?.length ? series.sorted[series.sorted.length - 1] : undefined));
            if (stat === 'count')
                return num(s.count ?? series.sorted?.length);
            const p = (0,_stats_percentile_js__WEBPACK_IMPORTED_MODULE_1__/* .percentileOf */ .D)(stat === 'median' ? 'med' : stat);
            if (p === undefined)
                return undefined;
            if (series.sorted && series.sorted.length > 0)
                return { value: (0,_stats_percentile_js__WEBPACK_IMPORTED_MODULE_1__/* .percentileSorted */ .v)(series.sorted, p) };
            // past the run's budget of kept values: the sketch's percentile, within its relative error
            if (series.sketch && series.sketch.count > 0)
                return { value: series.sketch.percentile(p) };
            const named = {
                '0.5': s.med,
                '0.9': s.p90,
                '0.95': s.p95,
                '0.99': s.p99,
            };
            return num(named[String(p)]);
        }
        case 'rate':
            if (stat === 'rate' || stat === 'value')
                return num(s.rate);
            if (stat === 'count')
                return num(s.count);
            if (stat === 'passes')
                return num(s.passes);
            if (stat === 'fails')
                return num(s.fails);
            return undefined;
        case 'counter':
            if (stat === 'count')
                return num(s.count);
            if (stat === 'rate') {
                if (series.spanSeconds !== undefined && s.count !== undefined && series.spanSeconds > 0) {
                    return {
                        value: s.count / series.spanSeconds,
                        approximate: "counter rate over the first-to-last sample span (k6 divides by the test duration, which the NDJSON does not record): close to k6's, not equal",
                    };
                }
                if (s.rate !== undefined)
                    return num(s.rate);
                const d = k6?.durationSeconds;
                if (s.count !== undefined && d)
                    return { value: s.count / d };
                return undefined;
            }
            return undefined;
        case 'gauge':
            if (stat === 'value')
                return num(s.value);
            if (stat === 'max' || stat === 'min')
                return num(s[stat] ?? s.value);
            return undefined;
    }
}
const ALLOWED = {
    counter: ['count', 'rate'],
    gauge: ['value'],
    rate: ['rate'],
    trend: ['avg', 'min', 'max', 'med', 'percentile'],
};
/**
 * Every threshold of a run with its verdict. A verdict a summary carries wins (duplicates of the same
 * metric/expression from the NDJSON are folded into it); an NDJSON-only threshold (`ok: null`) is
 * evaluated here on the exact figures; a metric without samples passes, as in k6.
 */
function evaluateThresholds(k6) {
    if (!k6)
        return [];
    const groups = new Map();
    for (const t of k6.thresholds) {
        const key = `${t.metric}\u0000${t.expression.replace(/\s+/g, '')}`;
        const g = groups.get(key);
        if (g)
            g.push(t);
        else
            groups.set(key, [t]);
    }
    const out = [];
    for (const entries of groups.values()) {
        const withVerdict = entries.filter((e) => e.ok !== null);
        const first = withVerdict[0] ?? entries[0];
        const abortOnFail = entries.some((e) => e.abortOnFail === true) || undefined;
        const base = {
            file: first.file,
            metric: first.metric,
            expression: first.expression,
            source: first.source,
            abortOnFail,
        };
        if (withVerdict.length > 0) {
            const crossed = withVerdict.some((e) => e.ok === false);
            const computed = evaluateOne(first, k6);
            out.push({
                ...base,
                status: crossed ? 'crossed' : 'passed',
                verdictFrom: 'k6 summary',
                ...(computed.actual !== undefined ? { actual: computed.actual } : {}),
                reason: crossed
                    ? `k6 reported ${first.metric} ${first.expression} as crossed`
                    : `k6 reported ${first.metric} ${first.expression} as passed`,
            });
        }
        else {
            out.push({ ...base, ...evaluateOne(first, k6), verdictFrom: 'evaluated from the NDJSON' });
        }
    }
    return out;
}
function evaluateOne(t, k6) {
    const parsed = parseThresholdExpression(t.expression);
    if (!parsed)
        return { status: 'unevaluable', reason: `\`${t.expression}\` is not a k6 threshold expression` };
    const { metric, tags } = parseMetricSelector(t.metric);
    const series = findSeries(k6, metric, tags);
    if (!series || !hasSamples(series)) {
        return {
            status: 'no-samples',
            reason: `${t.metric} has no samples: k6 skips thresholds on empty metrics (passes)`,
        };
    }
    if (!ALLOWED[series.summary.type].includes(parsed.aggregation)) {
        return {
            status: 'unevaluable',
            reason: `\`${parsed.method}\` does not apply to ${series.summary.type} metric ${t.metric}`,
        };
    }
    const stat = parsed.method.replace(/\s+/g, '');
    const v = statOf(series, stat, k6);
    if (!v)
        return {
            status: 'unevaluable',
            reason: `${t.metric} ${parsed.method} cannot be computed from this source`,
        };
    const ok = compare(v.value, parsed.operator, parsed.value);
    const shown = Math.round(v.value * 1e6) / 1e6;
    return {
        status: ok ? 'passed' : 'crossed',
        actual: v.value,
        ...(v.approximate ? { approximate: v.approximate } : {}),
        reason: `${t.metric} ${parsed.method} = ${shown} ${ok ? 'meets' : 'crosses'} ${t.expression}${v.approximate ? ' (counter rate approximate)' : ''}`,
    };
}
function hasSamples(series) {
    const s = series.summary;
    if (s.count !== undefined)
        return s.count > 0;
    if (series.sorted)
        return series.sorted.length > 0;
    if (s.type === 'rate')
        return (s.passes ?? 0) + (s.fails ?? 0) > 0;
    return s.value !== undefined || s.avg !== undefined;
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
