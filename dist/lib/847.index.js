export const id = 847;
export const ids = [847];
export const modules = {

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

/***/ 45847:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ peakChecks),
/* harmony export */   evaluateDiagnostics: () => (/* binding */ evaluateDiagnostics),
/* harmony export */   f: () => (/* binding */ runHasSamples)
/* harmony export */ });
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99856);
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1053);
/* harmony import */ var _baseline_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15352);



const round = (v, d = 3) => Math.round(v * 10 ** d) / 10 ** d;
/** Values of one tag in the run's breakdown entries (series tagged with that tag alone). */
function tagValues(runs, tag, metrics) {
    const out = new Set();
    for (const r of runs)
        for (const s of r.k6?.series ?? []) {
            const keys = Object.keys(s.summary.tags);
            if (keys.length === 1 &&
                keys[0] === tag &&
                (!metrics || metrics.includes(s.summary.metric)) &&
                (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .hasSamples */ .sK)(s))
                out.add(s.summary.tags[tag]);
        }
    return [...out].sort();
}
function runHasSamples(r) {
    return !!r.k6 && r.k6.series.some(_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .hasSamples */ .sK);
}
function scenarioCheck(run, target, scenariosInRun, configured) {
    const k6 = run.k6;
    const name = target.scenario;
    const reasons = [];
    const noBreakdown = scenariosInRun.length === 0;
    // A run without a scenario breakdown (summary files) is judged as one scenario, whole-run figures.
    const tags = noBreakdown ? {} : { scenario: name };
    if (noBreakdown)
        reasons.push('the run has no scenario breakdown: whole-run figures used');
    const httpWhole = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .findSeries */ .lD)(k6, 'http_reqs');
    const counted = httpWhole && (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .hasSamples */ .sK)(httpWhole) ? 'http_reqs' : 'iterations';
    const reqSeries = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .findSeries */ .lD)(k6, counted, tags);
    const requests = reqSeries ? ((0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .statOf */ ._N)(reqSeries, 'count', k6)?.value ?? null) : null;
    const ran = noBreakdown ? requests !== null && requests > 0 : scenariosInRun.includes(name);
    const dur = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .runDurationSeconds */ .Dc)(k6);
    const droppedSeries = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .findSeries */ .lD)(k6, 'dropped_iterations', tags);
    let dropped = droppedSeries ? ((0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .statOf */ ._N)(droppedSeries, 'count', k6)?.value ?? 0) : 0;
    if (!droppedSeries && !noBreakdown) {
        const whole = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .findSeries */ .lD)(k6, 'dropped_iterations');
        const wholeCount = whole ? ((0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .statOf */ ._N)(whole, 'count', k6)?.value ?? 0) : 0;
        if (wholeCount > 0) {
            dropped = wholeCount;
            reasons.push(`${wholeCount} dropped_iterations in the run, not broken down by scenario: counted against every scenario`);
        }
    }
    const vusSeries = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .findSeries */ .lD)(k6, 'vus');
    const vusMax = vusSeries ? ((0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .statOf */ ._N)(vusSeries, 'max', k6)?.value ?? null) : null;
    const check = {
        scenario: name,
        run: run.label,
        ran,
        requests,
        counted,
        duration_s: dur ? round(dur.seconds) : null,
        duration_source: dur?.source ?? null,
        achieved_rps: requests !== null && dur ? requests / dur.seconds : null,
        dropped_iterations: dropped,
        vus_max: vusMax,
        targets: {
            min_rps: target.min_rps ?? null,
            min_duration_s: target.min_duration ?? null,
            min_vus: target.min_vus ?? null,
        },
        reached: false,
        below_target: false,
        reasons,
    };
    if (!ran) {
        reasons.push(configured ? `scenario \`${name}\` did not run in ${run.label}` : `no samples for scenario \`${name}\``);
        return check;
    }
    let ok = true;
    if (!requests || requests <= 0) {
        reasons.push(`no ${counted} samples`);
        ok = false;
    }
    if (dropped > 0) {
        reasons.push(`${dropped} dropped_iterations: the load generator could not start every iteration (target load not reached)`);
        ok = false;
    }
    if (target.min_rps !== undefined) {
        if (check.achieved_rps === null) {
            reasons.push('achieved rate unknown: the run records no duration');
            ok = false;
        }
        else if (check.achieved_rps < target.min_rps) {
            reasons.push(`achieved ${round(check.achieved_rps, 2)} ${counted === 'http_reqs' ? 'req/s' : 'iterations/s'} < min_rps ${target.min_rps}`);
            ok = false;
        }
    }
    if (target.min_duration !== undefined) {
        if (!dur) {
            reasons.push('duration unknown: the run records no start/end time or test duration');
            ok = false;
        }
        else if (dur.seconds < target.min_duration) {
            reasons.push(`ran ${round(dur.seconds, 2)} s < min_duration ${target.min_duration} s`);
            ok = false;
        }
    }
    if (target.min_vus !== undefined) {
        if (scenariosInRun.length > 1) {
            reasons.push(`min_vus not checked: k6's vus samples carry no scenario tag and this run has ${scenariosInRun.length} scenarios`);
        }
        else if (vusMax === null) {
            reasons.push('min_vus: the run has no vus samples');
            ok = false;
        }
        else if (vusMax < target.min_vus) {
            reasons.push(`vus reached ${vusMax} < min_vus ${target.min_vus}`);
            ok = false;
        }
    }
    check.reached = ok;
    check.below_target = !ok;
    if (ok)
        reasons.push('reached');
    return check;
}
function bottlenecks(docs, known) {
    const out = [];
    const serviceIn = (text) => known.find((s) => (0,_baseline_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .names */ .Dy)(text, s)) ?? null;
    for (const doc of docs) {
        if (!doc)
            continue;
        doc.sections.forEach((s, i) => {
            if (!/bottleneck/i.test(s.title))
                return;
            (0,_baseline_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .listItems */ .Dw)((0,_baseline_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .sectionText */ .rO)(doc, i)).forEach((item, n) => {
                const text = (0,_baseline_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(item);
                const m = /^([^:]{1,60}):\s+(.+)$/.exec(text);
                const lead = m ? serviceIn(m[1]) : null;
                out.push({
                    service: lead ?? serviceIn(text),
                    issue: lead && m ? m[2] : text,
                    rank: n + 1,
                    source: doc.file,
                    line: s.line,
                });
            });
        });
        for (const t of (0,_baseline_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .tables */ .um)(doc.text)) {
            const svc = t.header.findIndex((h) => /^(service|endpoint|component)\b/i.test((0,_baseline_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(h)));
            const issue = t.header.findIndex((h) => /hotspot|bottleneck|issue/i.test((0,_baseline_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(h)));
            if (svc < 0 || issue < 0)
                continue;
            for (const r of t.rows) {
                const cell = (0,_baseline_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(r[issue] ?? '');
                if (!cell || /^(n\/a|none|-)$/i.test(cell))
                    continue;
                out.push({
                    service: (0,_baseline_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(r[svc] ?? '') || null,
                    issue: `${(0,_baseline_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(t.header[issue])}: ${cell}`,
                    source: doc.file,
                    line: t.line,
                });
            }
        }
    }
    return out;
}
/** `metric{tags}:stat` (DESIGN key spelling). */
function parseKey(key) {
    const close = key.lastIndexOf('}');
    const colon = key.indexOf(':', close < 0 ? 0 : close);
    if (colon < 0)
        return undefined;
    const { metric, tags } = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMetricSelector */ .r5)(key.slice(0, colon));
    return { metric, tags, stat: key.slice(colon + 1).trim() };
}
/**
 * The peak scenarios (config `diagnostics.peak_scenarios`, else every scenario in the runs) checked
 * on every run with samples: the rule gate 2 applies to the load test and gate 3 to the candidate.
 */
function peakChecks(runsIn, config) {
    const runs = runsIn.filter(runHasSamples);
    const configuredPeaks = config.diagnostics.peak_scenarios;
    const scenarioNames = tagValues(runs, 'scenario');
    const peaks = configuredPeaks && configuredPeaks.length > 0
        ? configuredPeaks
        : scenarioNames.length > 0
            ? scenarioNames.map((s) => ({ scenario: s }))
            : runs.length > 0
                ? [{ scenario: 'default' }]
                : [];
    const configuredP = !!(configuredPeaks && configuredPeaks.length > 0);
    const checks = [];
    for (const r of runs) {
        const inRun = tagValues([r], 'scenario');
        for (const p of peaks) {
            if (inRun.length === 0 && configuredP && peaks.length > 1) {
                checks.push({
                    ...scenarioCheck(r, p, inRun, configuredP),
                    ran: false,
                    reached: false,
                    below_target: false,
                    reasons: [
                        `${r.label} has no scenario breakdown (summary files only): scenario \`${p.scenario}\` cannot be told apart`,
                    ],
                });
                continue;
            }
            checks.push(scenarioCheck(r, p, inRun, configuredP));
        }
    }
    const perScenario = peaks.map((p) => {
        const cs = checks.filter((c) => c.scenario === p.scenario);
        const reached = cs.length > 0 && cs.every((c) => c.reached);
        return { scenario: p.scenario, reached, checks: cs };
    });
    return { peaks, configured: configuredP, checks, perScenario };
}
/** The load test: present with samples, and the thresholds it declared (pushed to `criteria`). */
function loadTestCriteria(ev, runs, criteria, notes) {
    const sampled = runs.length > 0;
    // Load test present
    if (!sampled) {
        criteria.push((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .criterion */ .u6)('load_test_samples', 0, null, 'insufficient-data', ev.runs.length === 0
            ? 'no load-test run given (input `load-test-k6`)'
            : `the load-test output has no samples (${ev.runs.map((r) => r.label).join(', ')})`, 'runs', 'TelemetryGap'));
    }
    else {
        criteria.push((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .criterion */ .u6)('load_test_samples', runs.length, null, 'pass', `${runs.length} load-test run(s) with samples`, 'runs'));
    }
    // Thresholds the load test declared
    const verdicts = [];
    for (const r of runs)
        for (const t of (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateThresholds */ .S$)(r.k6))
            verdicts.push({ ...t, run: r.label });
    for (const r of runs)
        if (r.k6?.thresholdsAbsent)
            notes.push(`${r.k6.file}: this summary shape carries no thresholds; only k6's exit code tells whether any failed.`);
    if (verdicts.some((v) => v.approximate))
        notes.push('Counter `rate` thresholds evaluated from the NDJSON use the first-to-last sample span (k6 uses the test duration): approximate.');
    if (sampled) {
        const crossed = verdicts.filter((v) => v.status === 'crossed');
        const unevaluable = verdicts.filter((v) => v.status === 'unevaluable');
        const aborted = crossed.some((v) => v.abortOnFail);
        if (crossed.length > 0) {
            criteria.push((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .criterion */ .u6)('load_test_thresholds', crossed.length, 0, 'fail', `the load test crossed ${crossed.length} of its ${verdicts.length} thresholds${aborted ? ' (abortOnFail: the test was stopped)' : ''}: ${crossed
                .slice(0, 4)
                .map((v) => `${v.metric} ${v.expression}`)
                .join(', ')}${crossed.length > 4 ? ', ...' : ''}`, 'thresholds crossed', 'LoadTestFailure'));
        }
        else if (unevaluable.length > 0) {
            criteria.push((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .criterion */ .u6)('load_test_thresholds', null, 0, 'insufficient-data', `${unevaluable.length} threshold(s) could not be evaluated: ${unevaluable.map((v) => `${v.metric} ${v.expression} (${v.reason})`).join('; ')}`, 'thresholds crossed', 'TelemetryGap'));
        }
        else {
            criteria.push((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .criterion */ .u6)('load_test_thresholds', 0, 0, 'pass', verdicts.length ? `all ${verdicts.length} thresholds held` : 'the load test declares no thresholds', 'thresholds crossed'));
        }
    }
    for (const c of criteria)
        if (c.name === 'load_test_thresholds')
            c.operator = '<=';
    return verdicts;
}
/** Component 1: the services, and which the profiling report has a section on. */
function servicesProfiledBy(ev, runs, config) {
    const configuredServices = config.diagnostics.services;
    const services = configuredServices && configuredServices.length > 0 ? configuredServices : tagValues(runs, 'name');
    const servicesOrigin = configuredServices && configuredServices.length > 0
        ? 'config `diagnostics.services`'
        : 'the k6 `name` tags of the run';
    const profiled = services.map((svc) => {
        const doc = ev.profiling;
        if (!doc)
            return { service: svc, section: null, line: null };
        const i = doc.sections.findIndex((s, idx) => (0,_baseline_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .names */ .Dy)((0,_baseline_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(s.title), svc) && (0,_baseline_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .sectionText */ .rO)(doc, idx) !== '');
        return i < 0
            ? { service: svc, section: null, line: null }
            : { service: svc, section: doc.sections[i].title, line: doc.sections[i].line };
    });
    const servicesProfiled = profiled.filter((p) => p.section !== null).length;
    const missingServices = profiled.filter((p) => p.section === null).map((p) => p.service);
    const fServices = services.length > 0 ? servicesProfiled / services.length : null;
    return {
        configuredServices,
        services,
        servicesOrigin,
        profiled,
        servicesProfiled,
        missingServices,
        fServices,
    };
}
/** The diagnostic coverage: the weighted components, and its criterion (pushed to `criteria`). */
function coverageCriterion(ev, config, f, missingServices, perScenario, criteria) {
    const threshold = config.thresholds.diagnostic_coverage;
    const [fServices, fPeaks, fCapacity] = [f.services, f.peaks, f.capacity];
    const w = config.diagnostics.weights;
    const parts = [
        { name: 'services_profiled', weight: w.services, value: fServices },
        { name: 'peak_scenarios_reached', weight: w.peak_scenarios, value: fPeaks },
        { name: 'capacity_analysis', weight: w.capacity, value: fCapacity },
    ];
    const undecidable = parts.filter((p) => p.weight > 0 && p.value === null);
    const wsum = parts.reduce((a, p) => a + p.weight, 0);
    const coverage = undecidable.length === 0
        ? Math.round((parts.reduce((a, p) => a + p.weight * (p.value ?? 0), 0) / wsum) * 10000) / 100
        : null;
    const componentText = parts
        .filter((p) => p.weight > 0)
        .map((p) => `${p.name.replace(/_/g, ' ')} ${p.value === null ? 'n/a' : `${(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(p.value, 1)}%`}`)
        .join(', ');
    if (coverage === null) {
        const why = undecidable.map((p) => p.name === 'services_profiled'
            ? 'no services to check (no `diagnostics.services` and no k6 `name` tags)'
            : 'no load-test samples to judge the peak scenarios');
        criteria.push((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .criterion */ .u6)('diagnostic_coverage', null, threshold, 'insufficient-data', `coverage cannot be computed: ${why.join('; ')}`, '%', 'TelemetryGap'));
    }
    else {
        const gaps = [];
        if (missingServices.length)
            gaps.push(`not profiled: ${missingServices.join(', ')}${ev.profiling ? '' : ' (no profiling report given)'}`);
        const unreached = perScenario.filter((p) => !p.reached).map((p) => p.scenario);
        if (unreached.length)
            gaps.push(`peak scenarios not reached: ${unreached.join(', ')}`);
        if (!fCapacity)
            gaps.push(ev.capacity ? `${ev.capacity.file} is empty` : 'no capacity analysis given');
        criteria.push((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .criterion */ .u6)('diagnostic_coverage', coverage, threshold, coverage >= threshold ? 'pass' : 'fail', `${componentText}${gaps.length ? `; ${gaps.join('; ')}` : ''}`, '%'));
    }
    return coverage;
}
/** load-test-results.json's `results`: throughput, latency and error rate of the first run, with their targets. */
function resultsSection(runs, verdicts, config, peaks, configuredP) {
    const head = runs[0]?.k6;
    const dur = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .runDurationSeconds */ .Dc)(head);
    const v = (metric, stat, tags = {}) => {
        const s = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .findSeries */ .lD)(head, metric, tags);
        return s ? ((0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .statOf */ ._N)(s, stat, head)?.value ?? null) : null;
    };
    const reqCount = v('http_reqs', 'count');
    const throughputActual = reqCount !== null && dur ? reqCount / dur.seconds : null;
    const headVerdicts = verdicts.filter((x) => x.run === runs[0]?.label);
    const wholeThresholds = (metric) => headVerdicts.filter((x) => x.metric === metric);
    const sloTargets = (metric) => (config.slo ?? []).flatMap((s) => {
        const k = parseKey(s.metric);
        return k && k.metric === metric && Object.keys(k.tags).length === 0
            ? [{ stat: k.stat, target: s.target, unit: s.unit, name: s.name }]
            : [];
    });
    const status = (ts) => ts.length === 0 ? 'no target' : ts.some((t) => t.met === false) ? 'breached' : 'met';
    // throughput
    const tpTargets = [];
    const minRps = configuredP ? peaks.reduce((a, p) => a + (p.min_rps ?? 0), 0) : 0;
    if (minRps > 0)
        tpTargets.push({
            value: minRps,
            from: 'sum of diagnostics.peak_scenarios min_rps',
            met: throughputActual === null ? false : throughputActual >= minRps,
        });
    for (const t of wholeThresholds('http_reqs')) {
        const p = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .parseThresholdExpression */ .hc)(t.expression);
        if (p?.aggregation === 'rate')
            tpTargets.push({
                value: p.value,
                from: `k6 threshold ${t.expression}`,
                met: t.status === 'crossed' ? false : t.status === 'passed' ? true : null,
            });
    }
    // latency
    const latTargets = [];
    for (const t of wholeThresholds('http_req_duration'))
        latTargets.push({
            value: (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .parseThresholdExpression */ .hc)(t.expression)?.value ?? NaN,
            from: `k6 threshold ${t.expression}`,
            met: t.status === 'crossed' ? false : t.status === 'passed' ? true : null,
        });
    for (const s of sloTargets('http_req_duration')) {
        const actual = v('http_req_duration', s.stat);
        latTargets.push({
            value: s.target,
            from: `slo ${s.name} (${s.stat})`,
            met: actual === null ? false : actual <= s.target,
        });
    }
    // error rate (percent)
    const errActual = v('http_req_failed', 'rate');
    const errTargets = [];
    for (const t of wholeThresholds('http_req_failed')) {
        const p = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .parseThresholdExpression */ .hc)(t.expression);
        if (p?.aggregation === 'rate')
            errTargets.push({
                value: p.value * 100,
                from: `k6 threshold ${t.expression}`,
                met: t.status === 'crossed' ? false : t.status === 'passed' ? true : null,
            });
    }
    for (const s of sloTargets('http_req_failed')) {
        const target = s.unit && /^(%|percent|pct)$/i.test(s.unit) ? s.target : s.target * 100;
        errTargets.push({
            value: target,
            from: `slo ${s.name}`,
            met: errActual === null ? false : errActual * 100 <= target,
        });
    }
    return {
        throughput: {
            target: tpTargets.length ? tpTargets[0].value : null,
            actual: throughputActual,
            unit: 'req/s',
            status: status(tpTargets),
            targets: tpTargets,
            ...(dur ? { duration_s: dur.seconds, duration_source: dur.source } : {}),
        },
        latency: {
            p50: v('http_req_duration', 'med'),
            p95: v('http_req_duration', 'p95'),
            p99: v('http_req_duration', 'p99'),
            unit: 'ms',
            status: status(latTargets),
            targets: latTargets,
        },
        error_rate: {
            target: errTargets.length ? errTargets[0].value : null,
            actual: errActual === null ? null : errActual * 100,
            unit: 'percent',
            status: status(errTargets),
            targets: errTargets,
        },
    };
}
/** Target load reached in the scenarios that ran (a run with samples only). */
function peakLoadCriterion(checks, perScenario) {
    const below = checks.filter((c) => c.ran && c.below_target);
    return below.length
        ? (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .criterion */ .u6)('peak_load_reached', checks.filter((c) => c.ran && c.reached).length, checks.filter((c) => c.ran).length, 'fail', `target load not reached: ${below.map((c) => `${c.scenario} in ${c.run} (${c.reasons.filter((r) => r !== 'reached').join('; ')})`).join('; ')}`, 'scenarios', 'LoadTestFailure')
        : (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .criterion */ .u6)('peak_load_reached', checks.filter((c) => c.ran && c.reached).length, checks.filter((c) => c.ran).length, 'pass', `every peak scenario that ran reached its target load (${perScenario.map((p) => p.scenario).join(', ')})`, 'scenarios');
}
/** Every run given, with its files and span. */
function runEntries(runs) {
    return runs.map((r) => {
        const d = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .runDurationSeconds */ .Dc)(r.k6);
        return {
            label: r.label,
            files: r.files.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes })),
            format: r.k6?.format ?? null,
            samples: runHasSamples(r),
            start: r.k6?.startTime ?? null,
            end: r.k6?.endTime ?? null,
            duration_s: d?.seconds ?? null,
        };
    });
}
function evaluateDiagnostics(ev, config, ctx) {
    const notes = [];
    const criteria = [];
    const threshold = config.thresholds.diagnostic_coverage;
    const runs = ev.runs.filter(runHasSamples);
    const sampled = runs.length > 0;
    const verdicts = loadTestCriteria(ev, runs, criteria, notes);
    // Component 1: services profiled
    const { configuredServices, services, servicesOrigin, profiled, servicesProfiled, missingServices, fServices, } = servicesProfiledBy(ev, runs, config);
    // Component 2: peak scenarios reached
    const { peaks, configured: configuredP, checks, perScenario } = peakChecks(runs, config);
    const reachedCount = perScenario.filter((p) => p.reached).length;
    const fPeaks = sampled && peaks.length > 0 ? reachedCount / peaks.length : null;
    // Component 3: capacity analysis
    const capacityText = ev.capacity ? (0,_baseline_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .substantiveText */ .Sw)(ev.capacity) : '';
    const fCapacity = capacityText !== '' ? 1 : 0;
    // Coverage
    const w = config.diagnostics.weights;
    const coverage = coverageCriterion(ev, config, { services: fServices, peaks: fPeaks, capacity: fCapacity }, missingServices, perScenario, criteria);
    // Target load reached in the scenarios that ran
    if (sampled)
        criteria.push(peakLoadCriterion(checks, perScenario));
    if (configuredP &&
        peaks.some((p) => p.min_vus !== undefined) &&
        checks.some((c) => c.reasons.some((r) => r.startsWith('min_vus not checked'))))
        notes.push("min_vus is checked only for single-scenario runs: k6's `vus` samples carry no scenario tag.");
    if (!configuredP)
        notes.push('No `diagnostics.peak_scenarios` configured: every scenario in the run is a peak scenario (reached = it ran with requests and no dropped iterations).');
    if (!(configuredServices && configuredServices.length))
        notes.push(`No \`diagnostics.services\` configured: the services are ${servicesOrigin} (${services.join(', ') || 'none'}).`);
    const result = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .makeResult */ .U2)('diagnostics', criteria, ctx, { score: coverage, notes });
    // load-test-results.json (protocol shape plus detail)
    if (!sampled)
        notes.push('load-test-results.json not written: no load-test samples.');
    if (!ev.profiling)
        notes.push('profiling-report.md not written: no profiling report given (input `profiling-report`).');
    if (!ev.capacity)
        notes.push('capacity-analysis.md not written: no capacity analysis given (input `capacity-analysis`).');
    const head = runs[0]?.k6;
    if (runs.length > 1)
        notes.push(`Headline figures are from ${runs[0].label}; every run is listed under \`runs\` and \`scenarios\`.`);
    const known = [
        ...new Set([
            ...services,
            ...tagValues(runs, 'name'),
            ...(ev.profiling?.sections.filter((s) => s.level >= 2).map((s) => (0,_baseline_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(s.title)) ?? []),
        ]),
    ];
    const found = bottlenecks([ev.capacity, ev.profiling], known);
    const body = {
        test_date: head?.startTime ?? head?.endTime ?? null,
        test_scenario: peaks.map((p) => p.scenario).join(', ') || null,
        status: result.verdict,
        results: resultsSection(runs, verdicts, config, peaks, configuredP),
        bottlenecks: found,
        ...(found.length === 0
            ? {
                bottlenecks_note: `not provided: ${ev.capacity || ev.profiling ? 'the capacity analysis and profiling report name no bottlenecks' : 'no capacity analysis or profiling report given'}`,
            }
            : {}),
        diagnostic_coverage: coverage,
        threshold,
        services_profiled: servicesProfiled,
        services_required: services.length,
        missing_services: missingServices,
        coverage: {
            weights: w,
            services: { origin: servicesOrigin, required: services, profiled, fraction: fServices },
            peak_scenarios: {
                origin: configuredP ? 'config `diagnostics.peak_scenarios`' : 'every scenario in the run',
                reached: reachedCount,
                required: peaks.length,
                fraction: fPeaks,
            },
            capacity_analysis: {
                provided: !!ev.capacity,
                file: ev.capacity?.file ?? null,
                non_empty: fCapacity === 1,
            },
        },
        scenarios: perScenario,
        thresholds: verdicts,
        runs: runEntries(ev.runs),
        notes,
    };
    // A document with no input behind it is not written (governance counts artifacts; a placeholder
    // must not pass for the team's evidence): the GateResult says what was missing.
    const artifacts = [];
    if (sampled)
        artifacts.push((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonArtifact */ .pm)('load-test-results.json', body, ctx));
    if (ev.profiling)
        artifacts.push({ name: 'profiling-report.md', content: ev.profiling.text });
    if (ev.capacity)
        artifacts.push({ name: 'capacity-analysis.md', content: ev.capacity.text });
    return { result, artifacts };
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
