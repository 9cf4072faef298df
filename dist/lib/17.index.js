export const id = 17;
export const ids = [17];
export const modules = {

/***/ 84270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ listBranchRuns),
/* harmony export */   kQ: () => (/* binding */ HISTORY_ARTIFACT),
/* harmony export */   wu: () => (/* binding */ mergeBase)
/* harmony export */ });
/** The artifact the history store travels as (here, not beside the Octokit calls: `compare` names it without loading them). */
const HISTORY_ARTIFACT = 'perf-gates-history';
/** The runs of `workflow` (its file name or id) on `branch`, newest first, at most `max`. */
async function listBranchRuns(client, ctx, workflow, branch, max = 100) {
    const out = [];
    for (let page = 1; out.length < max; page++) {
        const { data } = await client.rest.actions.listWorkflowRuns({
            owner: ctx.owner,
            repo: ctx.repo,
            workflow_id: workflow,
            branch,
            per_page: Math.min(100, max),
            page,
        });
        for (const r of data.workflow_runs)
            out.push({
                id: r.id,
                headSha: r.head_sha,
                commitTime: r.head_commit?.timestamp ?? r.created_at,
                event: r.event,
                conclusion: r.conclusion ?? null,
            });
        if (data.workflow_runs.length === 0 || out.length >= data.total_count)
            break;
    }
    return out.slice(0, max);
}
/** The merge base of `base`...`head` and its committer time. */
async function mergeBase(client, ctx, base, head) {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
        owner: ctx.owner,
        repo: ctx.repo,
        basehead: `${base}...${head}`,
        per_page: 1,
    });
    const c = data.merge_base_commit;
    return { sha: c.sha, time: c.commit.committer?.date ?? c.commit.author?.date ?? undefined };
}


/***/ }),

/***/ 28017:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluateCompareStep: () => (/* binding */ evaluateCompareStep)
});

// UNUSED EXPORTS: COMPARE_REPORT, NO_HISTORY, historyBaseline, pushCommitTime, readHistory

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/stats/compare.js + 4 modules
var compare = __webpack_require__(25578);
// EXTERNAL MODULE: ./.build/stats/history/compare.js
var history_compare = __webpack_require__(64114);
// EXTERNAL MODULE: ./.build/stats/history/series.js + 1 modules
var series = __webpack_require__(73997);
// EXTERNAL MODULE: ./.build/stats/keys.js
var stats_keys = __webpack_require__(62308);
// EXTERNAL MODULE: ./.build/stats/format.js
var format = __webpack_require__(7383);
// EXTERNAL MODULE: ./.build/gates/common.js
var common = __webpack_require__(99856);
// EXTERNAL MODULE: ./.build/gates/optimization/evaluate.js + 1 modules
var evaluate = __webpack_require__(53520);
// EXTERNAL MODULE: ./.build/gates/optimization/keys.js
var optimization_keys = __webpack_require__(41515);
;// CONCATENATED MODULE: ./.build/gates/compare/evaluate.js








const COMPARE_REPORT = 'compare-report.json';
/** The configured tracked keys, named (judged alone); none: the default keys. */
function compareKeys(config) {
    return (config.optimization?.tracked ?? []).map((t) => (0,optimization_keys/* specOf */.rI)(t.name, t.stat, t.direction, t.tags, true, 'config optimization.tracked'));
}
function changePct(c) {
    if (c.ratio === null || !Number.isFinite(c.ratio))
        return null;
    return (0,optimization_keys/* round2 */.X4)((c.ratio - 1) * 100);
}
function row(c) {
    return {
        key: c.key,
        direction: c.direction,
        named: c.named,
        baseline: c.baseline,
        candidate: c.candidate,
        unit: c.unit ?? null,
        ratio: c.ratio,
        change_percentage: changePct(c),
        improvement_percentage: (0,optimization_keys/* improvementPct */.up)(c.ratio, c.direction),
        bounds: { lower: c.lower, upper: c.upper },
        verdict: c.verdict,
        calibrated: c.calibrated,
        runs: c.runs,
        p_value: c.pValue ?? null,
        reason: c.reason,
        sources: c.sources,
    };
}
/** Points of main's history in a chart, before the candidate's. */
const CHART_RUNS = 20;
/**
 * The charts of a comparison against the history: each key that changed (regression first, then
 * improvements, biggest change first) or whose history has a change point, main's last runs and
 * the candidate's value as the last point.
 */
function historySeries(entries, comparisons) {
    const keys = (0,series/* historyKeys */.zU)(entries);
    const rank = (c) => (c.verdict === 'regression' ? 0 : CHANGED.has(c.verdict) ? 1 : 2);
    const charted = comparisons
        .filter((c) => c.candidate !== null &&
        Number.isFinite(c.candidate) &&
        (CHANGED.has(c.verdict) || c.window_start))
        .sort((a, b) => rank(a) - rank(b) || Math.abs(Math.log(b.ratio ?? 1)) - Math.abs(Math.log(a.ratio ?? 1)));
    const out = [];
    for (const c of charted) {
        const spec = keys.find((k) => (0,stats_keys/* formatKey */.TD)(k) === c.key || (0,optimization_keys/* keyOf */.TN)(k) === c.key);
        if (!spec)
            continue;
        const points = (0,series/* keySeries */.J8)(entries, spec).points.slice(-CHART_RUNS);
        if (!points.length)
            continue;
        const start = c.window_start;
        out.push({
            key: c.key,
            unit: c.unit ?? '',
            labels: [...points.map((p) => (p.sha ? p.sha.slice(0, 7) : p.time.slice(0, 10))), 'PR'],
            values: [...points.map((p) => p.value), c.candidate],
            caption: `${c.key}: ${(0,format/* formatChange */.eD)(c.ratio, c.lower, c.upper)} (${c.verdict})${start ? `; ${start.text}` : ''}`,
        });
    }
    return out;
}
const CHANGED = new Set(['regression', 'improvement', 'improvement-confirmed']);
function baselineCount(b) {
    return b.kind === 'runs' ? b.runs.length : b.entries.length;
}
/** No baseline or no candidate: insufficient-data, with the way out. */
function runsCriterion(ev) {
    const b = ev.baseline;
    if (b.kind === 'history' && b.entries.length === 0)
        return (0,common/* criterion */.u6)('baseline history', 0, 'at least one history entry', 'insufficient-data', b.missing ??
            `${b.source}: no history on main yet: merge this workflow, or run it once on main with workflow_dispatch`, undefined, 'TelemetryGap');
    if (baselineCount(b) > 0 && ev.candidate.length > 0)
        return undefined;
    const missing = [baselineCount(b) ? '' : 'baseline', ev.candidate.length ? '' : 'candidate']
        .filter(Boolean)
        .join(' and ');
    return (0,common/* criterion */.u6)('runs', `${baselineCount(b)} baseline, ${ev.candidate.length} candidate`, 'at least one run per side', 'insufficient-data', `no ${missing} run given: nothing to compare (inputs baseline-k6/baseline-benchmark, or baseline: history, and candidate-k6/candidate-benchmark)`, undefined, 'TelemetryGap');
}
/** `regression count` and one criterion per regressed key or failed performance test. */
function regressionCriteria(regressions, tests, compared, withTests) {
    const out = [];
    const count = regressions.length + tests.failed.length;
    const names = [...regressions.map((c) => c.key), ...tests.failed.map((t) => t.nodeid)];
    const c = (0,common/* criterion */.u6)('regression count', count, 0, count ? 'fail' : 'pass', count === 0
        ? `no regression among ${compared} compared keys${withTests ? ` and ${tests.performance.length} performance tests` : ''}`
        : `${count} regression${count === 1 ? '' : 's'}: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ` and ${names.length - 10} more` : ''}`, undefined, count ? 'RegressionDetected' : undefined);
    c.operator = '<=';
    out.push(c);
    for (const r of regressions)
        out.push((0,common/* criterion */.u6)(`regression: ${r.key}`, changePct(r), null, 'fail', `${(0,format/* formatQuantity */.VZ)(r.baseline, r.unit)} -> ${(0,format/* formatQuantity */.VZ)(r.candidate, r.unit)} (${r.reason})`, changePct(r) === null ? undefined : '%', 'RegressionDetected'));
    for (const t of tests.failed)
        out.push((0,common/* criterion */.u6)(`regression: ${t.nodeid}`, t.outcome, null, 'fail', `pytest -m performance: ${t.outcome}${t.message ? `: ${t.message.replace(/\s+/g, ' ').slice(0, 240)}` : ''}`, undefined, 'RegressionDetected'));
    return out;
}
/** Improvements (reported, never required), calibration and tracked keys without data. */
function reportedNotes(comparisons, keys, haveRuns) {
    const out = [];
    // improvements are reported, never required
    const better = comparisons.filter((c) => c.verdict === 'improvement' || c.verdict === 'improvement-confirmed');
    if (better.length)
        out.push(`improved (reported, not required): ${better
            .map((c) => `${c.key} ${(0,common/* fmt */.Sc)((0,optimization_keys/* improvementPct */.up)(c.ratio, c.direction), '%')}${c.verdict === 'improvement-confirmed' ? ' (confirmed)' : ''}`)
            .join(', ')}`);
    const uncal = comparisons.filter((c) => !c.calibrated && c.verdict !== 'insufficient-data');
    if (uncal.length)
        out.push(`${uncal.length} of ${comparisons.length} comparisons are uncalibrated (one run per side, no noise file): repeat the runs, or keep a history on main (baseline: history)`);
    for (const k of keys) {
        const found = comparisons.find((c) => c.key === (0,optimization_keys/* keyOf */.TN)(k));
        if (haveRuns && (!found || found.verdict === 'insufficient-data'))
            out.push(`tracked key ${(0,optimization_keys/* keyOf */.TN)(k)}: ${found ? found.reason : 'not found in the runs'}`);
    }
    return out;
}
function evaluateCompare(ev, config, ctx) {
    const notes = [];
    const criteria = [];
    const keys = compareKeys(config);
    const opts = {
        keys,
        defaultKeys: keys.length === 0,
        target: config.thresholds.improvement / 100,
        tolerance: config.tolerance / 100,
        confidence: config.confidence,
        uncalibratedMargin: config.uncalibrated_margin / 100,
        fdr: config.fdr,
    };
    const missing = runsCriterion(ev);
    let comparisons = [];
    if (missing)
        criteria.push(missing);
    else if (ev.baseline.kind === 'runs')
        comparisons = (0,compare.compareRuns)(ev.baseline.runs, ev.candidate, opts);
    else
        comparisons = (0,history_compare/* compareWithHistory */.KG)(ev.baseline.entries, ev.candidate, opts);
    const haveRuns = !missing;
    const broken = comparisons.filter((c) => c.verdict === 'error');
    if (broken.length)
        criteria.push((0,common/* criterion */.u6)('impossible samples', broken.length, 0, 'error', broken
            .slice(0, 5)
            .map((c) => `${c.key}: ${c.reason}`)
            .join('; '), undefined, 'TelemetryGap'));
    const regressions = comparisons.filter((c) => c.verdict === 'regression');
    const tests = (0,evaluate/* checkPerformanceTests */.Ef)(ev.pytest, criteria, notes);
    const count = regressions.length + tests.failed.length;
    if (haveRuns || ev.pytest)
        criteria.push(...regressionCriteria(regressions, tests, comparisons.length, !!ev.pytest));
    notes.push(...reportedNotes(comparisons, keys, haveRuns));
    const series = ev.baseline.kind === 'history' ? historySeries(ev.baseline.entries, comparisons) : [];
    const result = (0,common/* makeResult */.U2)('compare', criteria, ctx, {
        regressionCount: haveRuns || ev.pytest ? count : null,
        comparisons,
        notes,
    });
    if (series.length)
        result.series = series;
    const b = ev.baseline;
    const report = {
        baseline: b.kind === 'runs'
            ? { kind: 'runs', runs: b.runs.length }
            : { kind: 'history', source: b.source, entries: b.entries.length },
        candidate: { runs: ev.candidate.length },
        keys: keys.length ? 'tracked' : 'default',
        regression_count: result.regressionCount ?? null,
        regression_threshold: 0,
        tolerance_percentage: config.tolerance,
        status: result.verdict,
        criteria: result.criteria,
        comparisons: comparisons.map(row),
        history_series: series,
        tests: ev.pytest
            ? {
                file: ev.pytest.file,
                performance: tests.performance.length,
                ran: tests.ran,
                failed: tests.failed.map((t) => ({ nodeid: t.nodeid, outcome: t.outcome })),
            }
            : null,
        notes,
    };
    return { result, artifacts: [(0,common/* jsonArtifact */.pm)(COMPARE_REPORT, report, ctx)] };
}

// EXTERNAL MODULE: ./.build/model.js
var model = __webpack_require__(76995);
// EXTERNAL MODULE: ./.build/io/files.js
var files = __webpack_require__(22316);
// EXTERNAL MODULE: ./.build/io/store.js
var store = __webpack_require__(9226);
// EXTERNAL MODULE: ./.build/parsers/history/index.js
var parsers_history = __webpack_require__(64150);
// EXTERNAL MODULE: ./.build/stats/history/store.js
var history_store = __webpack_require__(97272);
// EXTERNAL MODULE: ./.build/version.js
var version = __webpack_require__(15922);
// EXTERNAL MODULE: ./.build/run/history.js
var run_history = __webpack_require__(53644);
// EXTERNAL MODULE: ./.build/run/load.js
var load = __webpack_require__(75330);
// EXTERNAL MODULE: ./.build/report/charts.js
var charts = __webpack_require__(10340);
// EXTERNAL MODULE: ./.build/report/history-charts.js
var history_charts = __webpack_require__(21871);
// EXTERNAL MODULE: ./.build/io/history-remote.js
var history_remote = __webpack_require__(84270);
;// CONCATENATED MODULE: ./.build/run/compare.js
// The `compare` gate's run (issue 16): read the candidate, the baseline side (runs of the base
// build, or the history store) and the pytest report, evaluate, then with `history: record` append
// the candidate to the store. Bad input throws an InputError naming the file before anything is
// written; the store is appended to only after the gate has evaluated.













const NO_HISTORY = 'no history on main yet: merge this workflow, or run it once on main with workflow_dispatch';
/** The entries of the store at `dir` (oldest first), each file recorded with its checksum. */
async function readHistory(dir, readers) {
    const names = await (0,store/* listFolder */.bt)(dir);
    const out = [];
    for (const { name } of (0,history_store/* entryNames */.VM)(names)) {
        const file = external_node_path_.join(dir, name);
        const { text, ref } = await (0,files/* readText */.yR)(file);
        readers.refs.push({ path: file, sha256: ref.sha256 });
        out.push((0,parsers_history/* parseHistoryEntry */.EZ)(text, file));
    }
    return out;
}
/** The history as the baseline side; entries at another confidence are refused (their bounds differ). */
function historyBaseline(entries, source, confidence, missing) {
    const other = entries.find((e) => e.confidence !== confidence);
    if (other)
        throw new model/* InputError */.dz(source, `history entry ${other.sha ?? other.time} was recorded at confidence ${other.confidence}, the config asks for ${confidence}: set confidence: ${other.confidence} or start a new history`);
    return {
        kind: 'history',
        entries,
        source,
        ...(entries.length ? {} : { missing: missing ?? `${source}: ${NO_HISTORY}` }),
    };
}
/** The commit time of a push (the event's head_commit.timestamp), for the entry's time. */
function pushCommitTime(event) {
    const t = event?.head_commit?.timestamp;
    return typeof t === 'string' && !Number.isNaN(Date.parse(t)) ? t : undefined;
}
/**
 * In GitHub Actions without history-dir: the store of the default branch runs, downloaded into a
 * new folder. No store: for a baseline, the reason (insufficient-data); for recording, a warning
 * and a new store.
 */
async function remoteHistory(inputs, host) {
    const wanted = inputs.baseline === 'history' || inputs.history === 'record';
    const event = host.env.GITHUB_EVENT_NAME ?? '';
    if (inputs.history === 'record' && !['push', 'schedule', 'workflow_dispatch'].includes(event))
        throw new model/* InputError */.dz('history', `history: record runs on the default branch (push, schedule or workflow_dispatch), not on ${event || 'this event'}: a pull request must not write main's history`);
    if (!wanted || !host.github?.history)
        return undefined;
    const dir = await (0,store/* makeTempFolder */.Pd)('perf-gates-history-', host.env.RUNNER_TEMP);
    const purpose = inputs.history === 'record' ? 'record' : 'baseline';
    const got = await host.github.history(inputs, purpose, dir);
    const notes = [...got.notes];
    if (got.found)
        notes.push(`history: ${got.from}`);
    else if (purpose === 'record') {
        host.warning(`history: starting a new history: ${got.missing ?? 'none found'}`);
        notes.push(`history: started a new history (${got.missing ?? 'none found'})`);
    }
    return {
        historyDir: dir,
        historyMissing: got.found ? undefined : (got.missing ?? NO_HISTORY),
        historyFrom: got.from ?? history_remote/* HISTORY_ARTIFACT */.kQ,
        notes,
        sha: got.sha,
        time: got.time,
    };
}
async function evaluateCompareStep(inputs, host, config, readers, ctx, step = {}) {
    const cand = (0,load/* combineRuns */.GC)(await readers.runs(inputs['candidate-k6'], 'candidate'), await readers.runs(inputs['candidate-benchmark'], 'candidate benchmark'));
    const given = inputs['history-dir'];
    const remote = given ? undefined : await remoteHistory(inputs, host);
    if (remote)
        step = { ...remote, ...step };
    const dir = step.historyDir ?? (given ? external_node_path_.resolve(host.cwd, given) : undefined);
    const label = given ?? step.historyFrom ?? 'history';
    let baseline;
    if (inputs.baseline === 'history') {
        if (!dir && !step.historyMissing)
            throw new model/* InputError */.dz('history-dir', 'baseline: history needs the history store: set history-dir to its folder (in GitHub Actions it is found from the default branch runs)');
        const entries = dir ? await readHistory(dir, readers) : [];
        baseline = historyBaseline(entries, label, config.confidence, step.historyMissing);
    }
    else {
        baseline = {
            kind: 'runs',
            runs: (0,load/* combineRuns */.GC)(await readers.runs(inputs['baseline-k6'], 'baseline'), await readers.runs(inputs['baseline-benchmark'], 'baseline benchmark')),
        };
    }
    if (inputs.history === 'record' && !dir)
        throw new model/* InputError */.dz('history-dir', 'history: record needs the history store: set history-dir to its folder (in GitHub Actions it is found from the default branch runs)');
    const pytest = await readers.pytest(inputs['pytest-report']);
    const outcome = evaluateCompare({ baseline, candidate: cand, pytest }, config, ctx());
    outcome.result.notes.push(...(step.notes ?? []));
    // the charts as files of the report artifact: main's series when compared with the history,
    // else the baseline-vs-candidate charts of the changed keys
    outcome.artifacts.push(...(outcome.result.series?.length
        ? (0,history_charts/* historyChartArtifacts */.M5)(outcome.result.series)
        : (0,charts.chartArtifacts)(outcome.result)));
    if (inputs.history === 'record' && dir) {
        if (!cand.length) {
            outcome.result.notes.push(`history: record: no candidate run, nothing recorded in ${label}`);
        }
        else {
            for (const run of cand) {
                const added = await (0,run_history/* addToStore */.YO)(dir, run, {
                    sha: step.sha,
                    time: step.time,
                    keep: inputs['history-keep'],
                    keys: compareKeys(config),
                    version: version/* VERSION */.x,
                    confidence: config.confidence,
                });
                const gone = added.removed.length ? `; dropped ${added.removed.length} oldest` : '';
                outcome.result.notes.push(`history: recorded ${run.label} in ${label} as ${external_node_path_.basename(added.file)}${gone}`);
                host.info(`history: recorded ${run.label} as ${added.file}${gone}`);
            }
            if (remote && host.github?.uploadHistory) {
                const up = await host.github.uploadHistory(inputs, dir);
                outcome.result.notes.push(`history: uploaded the store as artifact ${history_remote/* HISTORY_ARTIFACT */.kQ}${up.id !== undefined ? ` (id ${up.id})` : ''}`);
            }
        }
    }
    return outcome;
}



/***/ })

};
