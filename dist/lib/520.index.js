export const id = 520;
export const ids = [520,686];
export const modules = {

/***/ 4686:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actorsIn: () => (/* binding */ actorsIn),
/* harmony export */   bindRole: () => (/* binding */ bindRole),
/* harmony export */   fy: () => (/* binding */ resolveRole),
/* harmony export */   teamLookups: () => (/* binding */ teamLookups),
/* harmony export */   zA: () => (/* binding */ isRoleMember)
/* harmony export */ });
/* unused harmony exports roleSlug, defaultEnvironment */
/** "Product Owner" -> "product-owner" (the environment naming convention the README's workflow uses). */
function roleSlug(role) {
    return role
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
/** The environment whose approval counts for a role when config names none. */
function defaultEnvironment(role) {
    return `perf-approval-${roleSlug(role)}`;
}
/**
 * Config `roles` maps role -> { environment, approvers }. A role is looked up by its exact name,
 * then by slug ("Product Owner" matches a `product_owner` or `product-owner` key). Without a
 * config entry the convention `perf-approval-<role slug>` applies.
 */
function bindRole(role, roles) {
    if (roles) {
        const exact = roles[role];
        const entry = exact ?? Object.entries(roles).find(([k]) => roleSlug(k) === roleSlug(role))?.[1];
        if (entry)
            return { role, environment: entry.environment, approvers: entry.approvers ?? [], source: 'config' };
    }
    return { role, environment: defaultEnvironment(role), approvers: [], source: 'convention' };
}
function inEnvironment(a, env) {
    return (a.environments ?? []).some((e) => e.name === env);
}
/**
 * Is `login` one of the role's approvers? A listed login is; a `team:org/slug` entry counts only
 * when GitHub confirmed an active membership (`teams`). A team entry never widens the role to
 * "anyone": an unconfirmed membership is not a membership, and the reason is returned.
 */
function isRoleMember(binding, login, teams = []) {
    const who = login.toLowerCase();
    const logins = binding.approvers.filter((a) => !a.startsWith('team:')).map((a) => a.toLowerCase());
    if (logins.includes(who))
        return { member: true, notes: [] };
    const notes = [];
    for (const team of binding.approvers.filter((a) => a.startsWith('team:'))) {
        const m = teams.find((t) => t.team.toLowerCase() === team.toLowerCase() && t.login.toLowerCase() === who);
        if (m?.active === true)
            return { member: true, notes: [] };
        notes.push(`${login} is not a confirmed member of ${team}: ${m?.reason ?? 'membership not looked up (no GitHub API here)'}`);
    }
    return { member: false, notes };
}
/** The `team:` lookups a role needs: each team entry x each login that acted in its environment. */
function teamLookups(binding, logins) {
    const out = [];
    for (const team of binding.approvers.filter((a) => a.startsWith('team:'))) {
        const m = /^team:([^/\s]+)\/([^/\s]+)$/.exec(team);
        if (!m)
            continue;
        for (const login of logins) {
            if (!out.some((o) => o.team === team && o.login.toLowerCase() === login.toLowerCase()))
                out.push({ team, org: m[1], slug: m[2], login });
        }
    }
    return out;
}
/** Logins that acted (approved, rejected, pending) in the role's environment. */
function actorsIn(binding, approvals) {
    const out = [];
    for (const a of approvals)
        if (inEnvironment(a, binding.environment) && a.user?.login && !out.includes(a.user.login))
            out.push(a.user.login);
    return out;
}
/**
 * What the approvals say about one role: `rejected` wins over `approved` (an explicit rejection is
 * never outvoted), then `approved`, then `pending`; no approval in the environment is `missing`.
 * With approvers listed (logins or teams), only they count; with none, whoever the environment's
 * required reviewers let approve.
 */
function resolveRole(binding, approvals, teams = []) {
    const restrict = binding.approvers.length > 0;
    const ignored = [];
    const teamNotes = [];
    const counted = [];
    for (const a of approvals) {
        if (!inEnvironment(a, binding.environment))
            continue;
        if (restrict) {
            const m = isRoleMember(binding, a.user?.login ?? '', teams);
            if (!m.member) {
                ignored.push({ login: a.user?.login ?? '', state: a.state });
                for (const n of m.notes)
                    if (!teamNotes.includes(n))
                        teamNotes.push(n);
                continue;
            }
        }
        counted.push(a);
    }
    const pick = (state) => counted.find((a) => a.state === state);
    const rejected = pick('rejected');
    const approved = pick('approved');
    const pending = pick('pending');
    const who = binding.approvers.length ? ` (approvers: ${binding.approvers.join(', ')})` : '';
    if (rejected) {
        return {
            binding,
            status: 'rejected',
            approval: rejected,
            ignored,
            teamNotes,
            reason: `${binding.role}: rejected by ${rejected.user.login} in environment ${binding.environment}${rejected.comment ? ` ("${rejected.comment}")` : ''}`,
        };
    }
    if (approved) {
        return {
            binding,
            status: 'approved',
            approval: approved,
            ignored,
            teamNotes,
            reason: `${binding.role}: approved by ${approved.user.login} in environment ${binding.environment}`,
        };
    }
    const ignoredNote = ignored.length
        ? `; ignored ${ignored.map((i) => `${i.state} by ${i.login}`).join(', ')} (not a listed approver)`
        : '';
    const teamNote = teamNotes.length ? `; ${teamNotes.join('; ')}` : '';
    if (pending) {
        return {
            binding,
            status: 'pending',
            approval: pending,
            ignored,
            teamNotes,
            reason: `${binding.role}: approval pending in environment ${binding.environment}${who}${ignoredNote}${teamNote}`,
        };
    }
    return {
        binding,
        status: 'missing',
        ignored,
        teamNotes,
        reason: `${binding.role}: no approval in environment ${binding.environment}${who}${ignoredNote}${teamNote}`,
    };
}


/***/ }),

/***/ 53520:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ef: () => (/* binding */ checkPerformanceTests),
  evaluateOptimization: () => (/* binding */ evaluateOptimization),
  DK: () => (/* binding */ latestReviews)
});

// UNUSED EXPORTS: PLAN_ARTIFACT, VALIDATION_REPORT, failedPerformanceTests, resolveTarget, targetDistribution, targetJustification, testsRanCriterion

// EXTERNAL MODULE: ./.build/stats/compare.js + 4 modules
var compare = __webpack_require__(25578);
// EXTERNAL MODULE: ./.build/stats/percentile.js
var percentile = __webpack_require__(2099);
// EXTERNAL MODULE: ./.build/gates/common.js
var common = __webpack_require__(99856);
// EXTERNAL MODULE: ./.build/stats/format.js
var format = __webpack_require__(7383);
// EXTERNAL MODULE: ./.build/gates/governance/approvals.js
var approvals = __webpack_require__(4686);
// EXTERNAL MODULE: ./.build/gates/diagnostics/evaluate.js
var evaluate = __webpack_require__(45847);
// EXTERNAL MODULE: ./.build/gates/thresholds.js
var thresholds = __webpack_require__(1053);
// EXTERNAL MODULE: ./.build/gates/baseline/markdown.js
var markdown = __webpack_require__(15352);
// EXTERNAL MODULE: ./.build/parsers/k6-summary/keys.js
var keys = __webpack_require__(10940);
// EXTERNAL MODULE: ./.build/gates/optimization/keys.js
var optimization_keys = __webpack_require__(41515);
;// CONCATENATED MODULE: ./.build/gates/optimization/protocol-checks.js






const NOT_UNDER_PEAK = 'the improvement was not shown under peak load';
/** Criterion `candidate peak load reached`; undefined when the candidate has no k6 run (benchmarks only). */
function candidatePeakCriterion(candidate, config) {
    const k6Runs = candidate.filter((r) => r.k6);
    if (k6Runs.length === 0)
        return { checks: [], note: 'the candidate has no k6 run: peak load not checked' };
    const sampled = k6Runs.filter(evaluate/* runHasSamples */.f);
    if (sampled.length === 0)
        return {
            checks: [],
            criterion: (0,common/* criterion */.u6)('candidate peak load reached', 0, null, 'insufficient-data', `${NOT_UNDER_PEAK}: the candidate k6 output has no samples`, 'scenarios', 'TelemetryGap'),
        };
    const { peaks, configured, checks, perScenario } = (0,evaluate/* peakChecks */.H)(sampled, config);
    const unreached = perScenario.filter((p) => !p.reached);
    const origin = configured ? 'config `diagnostics.peak_scenarios`' : 'every scenario in the candidate run';
    if (unreached.length) {
        const why = unreached
            .map((p) => {
            const rs = p.checks.flatMap((c) => c.reasons.filter((r) => r !== 'reached').map((r) => `${c.run}: ${r}`));
            return `${p.scenario} (${rs.join('; ') || 'did not run'})`;
        })
            .join('; ');
        return {
            checks,
            criterion: (0,common/* criterion */.u6)('candidate peak load reached', perScenario.length - unreached.length, peaks.length, 'insufficient-data', `${NOT_UNDER_PEAK}: ${why}`, 'scenarios', 'TelemetryGap'),
        };
    }
    return {
        checks,
        criterion: (0,common/* criterion */.u6)('candidate peak load reached', perScenario.length, peaks.length, 'pass', `the candidate reached every peak scenario (${origin}): ${checks
            .map((c) => `${c.scenario} in ${c.run}${c.achieved_rps !== null ? ` at ${(0,common/* fmt */.Sc)(c.achieved_rps)} /s` : ''}`)
            .join(', ')}`, 'scenarios'),
    };
}
const thresholdKey = (metric, expression) => `${metric}\u0000${expression.replace(/\s+/g, '')}`;
/**
 * The candidate's own k6 thresholds. A threshold the candidate crossed and the baseline did not is
 * a regression; one both crossed is said, not counted.
 */
function candidateThresholds(baseline, candidate) {
    const notes = [];
    const baseCrossed = new Set();
    for (const r of baseline)
        for (const t of (0,thresholds/* evaluateThresholds */.S$)(r.k6))
            if (t.status === 'crossed')
                baseCrossed.add(thresholdKey(t.metric, t.expression));
    const crossed = [];
    let total = 0;
    for (const r of candidate) {
        const vs = (0,thresholds/* evaluateThresholds */.S$)(r.k6);
        total += vs.length;
        for (const t of vs) {
            if (t.status === 'unevaluable')
                notes.push(`candidate threshold ${t.metric} ${t.expression}: ${t.reason}`);
            if (t.status !== 'crossed')
                continue;
            crossed.push({
                run: r.label,
                metric: t.metric,
                expression: t.expression,
                ...(t.actual !== undefined ? { actual: t.actual } : {}),
                baselineToo: baseCrossed.has(thresholdKey(t.metric, t.expression)),
            });
        }
    }
    if (total === 0)
        return { crossed, notes };
    const fresh = crossed.filter((c) => !c.baselineToo);
    const both = crossed.filter((c) => c.baselineToo);
    const name = (c) => `${c.metric} ${c.expression}`;
    const bothText = both.length
        ? `; crossed on the baseline too (not counted as a regression): ${both.map(name).join(', ')}`
        : '';
    const c = fresh.length
        ? (0,common/* criterion */.u6)('candidate k6 thresholds', fresh.length, 0, 'fail', `the candidate crossed ${fresh.length} of its k6 thresholds that the baseline held: ${fresh
            .map((x) => `${name(x)}${x.actual !== undefined ? ` (actual ${(0,common/* fmt */.Sc)(x.actual)})` : ''} in ${x.run}`)
            .join(', ')}${bothText}`, 'thresholds crossed', 'RegressionDetected')
        : (0,common/* criterion */.u6)('candidate k6 thresholds', 0, 0, 'pass', both.length
            ? `no threshold crossed that the baseline held${bothText}`
            : `all ${total} candidate thresholds held`, 'thresholds crossed');
    c.operator = '<=';
    return { criterion: c, crossed, notes };
}
/** The instrumentation update log: present, non-empty, naming the changed metrics or a dashboard/alert. */
function instrumentationCriterion(log, keys) {
    if (!log)
        return (0,common/* criterion */.u6)('instrumentation updated', false, true, 'insufficient-data', 'no instrumentation-update-log.md given (input `instrumentation-log`): the protocol lists it as gate 3 evidence', undefined, 'TelemetryGap');
    const body = (0,markdown/* substantiveText */.Sw)(log);
    if (!body)
        return (0,common/* criterion */.u6)('instrumentation updated', false, true, 'fail', `${log.file} is empty`, undefined, 'TelemetryGap');
    const text = (0,markdown/* plain */.pj)(log.text);
    const named = new Set();
    for (const k of keys) {
        for (const cand of [k.metric, ...Object.values(k.tags)])
            if ((0,markdown/* names */.Dy)(text, cand))
                named.add(cand);
    }
    const surfaces = ['dashboard', 'alert', 'panel', 'tracing', 'span'].filter((w) => new RegExp(`\\b${w}s?\\b`, 'i').test(text));
    if (named.size === 0 && surfaces.length === 0)
        return (0,common/* criterion */.u6)('instrumentation updated', false, true, 'fail', `${log.file} names neither a changed metric (${keys.map((k) => k.metric).join(', ') || 'none'}) nor a dashboard or alert`);
    return (0,common/* criterion */.u6)('instrumentation updated', true, true, 'pass', `${log.file} names ${[...named]
        .map((n) => `\`${n}\``)
        .concat(surfaces.map((s) => `${s}s`))
        .join(', ')}`);
}
// ---------------------------------------------------------------------------------------------
// Traceability to baseline-metrics.csv
const UNIT_SCALE = {
    ms: { dim: 'time', f: 1 },
    s: { dim: 'time', f: 1000 },
    us: { dim: 'time', f: 0.001 },
    µs: { dim: 'time', f: 0.001 },
    ns: { dim: 'time', f: 1e-6 },
    '%': { dim: 'ratio', f: 0.01 },
    percent: { dim: 'ratio', f: 0.01 },
    ratio: { dim: 'ratio', f: 1 },
    '/s': { dim: 'rate', f: 1 },
    'req/s': { dim: 'rate', f: 1 },
    rps: { dim: 'rate', f: 1 },
};
function toUnit(v, from, to) {
    if (from === to)
        return v;
    const a = UNIT_SCALE[from.trim().toLowerCase()];
    const b = UNIT_SCALE[to.trim().toLowerCase()];
    if (!a || !b || a.dim !== b.dim)
        return undefined;
    return (v * a.f) / b.f;
}
/** The row of baseline-metrics.csv that records the target: by config's required_metrics mapping, else by the collection method naming the k6 metric and the metric name ending in the statistic. */
function matchBaselineRow(csv, spec, config) {
    const stat = (0,optimization_keys/* normStat */.TZ)(spec.stat);
    const sameKey = (k6) => {
        const p = (0,keys/* tryParseMetricKey */.Il)(k6);
        const a = Object.entries(p.tags).sort().join();
        const b = Object.entries(spec.tags).sort().join();
        return p.metric === spec.metric && a === b;
    };
    for (const m of config.baseline.required_metrics ?? []) {
        if (!m.k6 || !sameKey(m.k6) || (0,optimization_keys/* normStat */.TZ)(m.stat ?? '') !== stat)
            continue;
        const row = csv.rows.find((r) => r.metric_name === m.metric_name && r.service === m.service);
        if (row)
            return { row, how: `config baseline.required_metrics maps ${m.metric_name}/${m.service} to it` };
    }
    const spelled = `${spec.metric}${Object.keys(spec.tags).length
        ? `{${Object.entries(spec.tags)
            .sort()
            .map(([k, v]) => `${k}:${v}`)
            .join(',')}}`
        : ''}`;
    const statNames = stat === 'p50' || stat === 'med' ? ['p50', 'med', 'median'] : [stat];
    const row = csv.rows.find((r) => r.collection_method.includes(spelled) &&
        statNames.some((s) => r.metric_name.toLowerCase().endsWith(`_${s}`)));
    return row ? { row, how: `its collection method names ${spelled}` } : undefined;
}
/**
 * Criterion `baseline traces to baseline-metrics.csv`: the comparison's baseline figure for the
 * target against the recorded row. Beyond the row's own interval (extra columns lower/upper or
 * ci_lower/ci_upper) or 5% when it has none, it fails unless the plan names the run the claim rests
 * on (`baseline_run`). Undefined when either side is missing (said in a note).
 */
function traceabilityCriterion(row, csv, spec, plan, baselineRuns, config) {
    if (!spec || !row || row.baseline === null)
        return {};
    if (!csv)
        return {
            note: 'no baseline-metrics.csv to trace the baseline of the claim to (input `baseline-csv`, or gate 1 run first in the same artifacts folder)',
        };
    const m = matchBaselineRow(csv, spec, config);
    if (!m)
        return { note: `${csv.file} has no row for ${row.key}: the baseline of the claim is not traced to it` };
    const r = m.row;
    const unit = row.unit ?? (spec.stat === 'rate' ? 'ratio' : 'ms');
    const recorded = toUnit(r.value, r.unit, unit);
    if (recorded === undefined || !Number.isFinite(recorded))
        return {
            note: `${csv.file}:${r.line} (${r.metric_name}) is in ${r.unit}, not comparable with ${row.key} in ${unit}`,
        };
    const num = (k) => {
        const v = r.extra?.[k];
        return v !== undefined && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
    };
    const lo = num('lower') ?? num('ci_lower');
    const hi = num('upper') ?? num('ci_upper');
    let inside;
    let band;
    if (lo !== undefined && hi !== undefined) {
        const l = toUnit(lo, r.unit, unit);
        const h = toUnit(hi, r.unit, unit);
        inside = row.baseline >= l && row.baseline <= h;
        band = `the row's interval ${(0,common/* fmt */.Sc)(l)}-${(0,common/* fmt */.Sc)(h)} ${unit}`;
    }
    else {
        inside = Math.abs(row.baseline - recorded) <= 0.05 * Math.abs(recorded);
        band = '5% (the row has no interval)';
    }
    const figures = `${(0,common/* fmt */.Sc)(row.baseline)} ${unit} vs ${(0,common/* fmt */.Sc)(recorded)} ${unit}`;
    const where = `${csv.file}:${r.line} ${r.metric_name}/${r.service}, ${r.collection_method}; matched because ${m.how}`;
    const trace = {
        key: row.key,
        claim_baseline: row.baseline,
        recorded: recorded,
        unit,
        row: { file: csv.file, line: r.line, metric_name: r.metric_name, service: r.service },
        matched_by: m.how,
        within: inside,
        band,
    };
    if (inside)
        return {
            trace,
            criterion: (0,common/* criterion */.u6)('baseline traces to baseline-metrics.csv', true, true, 'pass', `baseline of the claim matches the recorded baseline within ${band}: ${figures} (${where})`),
        };
    const named = typeof plan?.plan.baseline_run === 'string' ? plan.plan.baseline_run.trim() : '';
    const namesRun = named !== '' &&
        baselineRuns.some((b) => b.label === named || b.files.some((f) => f.path === named || f.path.includes(named)));
    if (namesRun)
        return {
            trace: { ...trace, rests_on: named },
            criterion: (0,common/* criterion */.u6)('baseline traces to baseline-metrics.csv', true, true, 'pass', `baseline of the claim differs from the recorded baseline: ${figures} (beyond ${band}; ${where}); the plan says the claim rests on ${named}`),
        };
    return {
        trace,
        criterion: (0,common/* criterion */.u6)('baseline traces to baseline-metrics.csv', false, true, 'fail', `baseline of the claim differs from the recorded baseline: ${figures} (beyond ${band}; ${where}); name the run the claim rests on in the plan (\`baseline_run\`)${named ? ` — \`${named}\` names none of the baseline runs` : ''}`),
    };
}

;// CONCATENATED MODULE: ./.build/gates/optimization/evaluate.js







const VALIDATION_REPORT = 'optimization-validation-report.json';
const PLAN_ARTIFACT = 'optimization-plan.json';
/** Plan target first (plan values override config for the run), then config optimization.target. */
function resolveTarget(plan, config) {
    if (plan?.target) {
        const t = plan.target;
        const spec = (0,optimization_keys/* specOf */.rI)(t.name, t.stat, t.direction, t.tags, true, plan.file);
        const unit = typeof plan.plan.target_metric === 'object' && plan.plan.target_metric !== null
            ? plan.plan.target_metric.unit
            : undefined;
        return { spec, key: (0,optimization_keys/* keyOf */.TN)(spec), source: 'plan', unit: typeof unit === 'string' ? unit : undefined };
    }
    const t = config.optimization?.target;
    if (t) {
        const spec = (0,optimization_keys/* specOf */.rI)(t.name, t.stat, t.direction, undefined, true, 'config optimization.target');
        return { spec, key: (0,optimization_keys/* keyOf */.TN)(spec), source: 'config' };
    }
    return undefined;
}
/** Tracked keys: the plan's list when it has one, else config's. Named keys are judged alone. */
function trackedSpecs(plan, config) {
    const list = plan?.tracked ?? config.optimization?.tracked ?? [];
    const file = plan?.tracked ? plan.file : 'config optimization.tracked';
    return list.map((t) => (0,optimization_keys/* specOf */.rI)(t.name, t.stat, t.direction, t.tags, true, file));
}
/** A plan justification for the target: plan-level, or the optimization entry for the target metric. */
function targetJustification(plan, target) {
    if (!plan)
        return undefined;
    const opts = Array.isArray(plan.plan.optimizations) ? plan.plan.optimizations : [];
    for (const o of opts) {
        if (!o || typeof o !== 'object')
            continue;
        const e = o;
        if (typeof e.justification !== 'string' || !e.justification.trim() || typeof e.metric !== 'string')
            continue;
        let spec;
        try {
            spec = (0,optimization_keys/* specOf */.rI)(e.metric, typeof e.stat === 'string' ? e.stat : target.stat, target.direction, undefined, true, plan.file);
        }
        catch {
            continue;
        }
        if ((0,optimization_keys/* sameKey */.el)(spec, target)) {
            return {
                text: e.justification.trim(),
                where: `optimization ${typeof e.id === 'string' ? e.id : '(no id)'}`,
            };
        }
    }
    // The plan reader folds plan-level and target_metric justifications into `justification`.
    if (plan.justification && plan.justification.trim())
        return { text: plan.justification.trim(), where: 'plan' };
    return undefined;
}
/**
 * Performance tests and what happened to them. pytest-json-report carries marker data (a test's
 * keywords): the performance tests are those marked `performance`. JUnit XML has no markers: every
 * test counts as a performance test. `ran` = passed, failed, error or xpassed (an xpassed test ran).
 */
function failedPerformanceTests(ds) {
    if (!ds)
        return { failed: [], performance: [], markersKnown: false, ran: 0, passed: 0, skipped: 0, xfailed: 0 };
    const markersKnown = ds.format === 'pytest-json-report';
    const performance = markersKnown ? ds.tests.filter((t) => t.markers.includes('performance')) : ds.tests;
    const failed = performance.filter((t) => t.outcome === 'failed' || t.outcome === 'error');
    const n = (...o) => performance.filter((t) => o.includes(t.outcome)).length;
    return {
        failed,
        performance,
        markersKnown,
        ran: n('passed', 'failed', 'error', 'xpassed'),
        passed: n('passed', 'xpassed'),
        skipped: n('skipped'),
        xfailed: n('xfailed'),
    };
}
/**
 * The `pytest -m performance` check both comparing gates make: with marker data (pytest-json-report)
 * the tests-must-run criterion; JUnit XML (no markers) counts every test, said in a note; no report
 * at all is a note. Returns the tests, whose failures the gate counts as regressions.
 */
function checkPerformanceTests(pytest, criteria, notes) {
    const tests = failedPerformanceTests(pytest);
    if (pytest && tests.markersKnown)
        criteria.push(testsRanCriterion(pytest, tests));
    if (pytest && !tests.markersKnown)
        notes.push(`${pytest.file} (JUnit XML) carries no marker data: every test in it is treated as a performance test; ${tests.ran} ran (${tests.passed} passed, ${tests.failed.length} failed), ${tests.skipped} skipped of ${tests.performance.length}`);
    if (!pytest)
        notes.push('no pytest-json-report given: performance tests were not checked');
    return tests;
}
/** Gate 3's "performance tests ran" criterion (pytest-json-report only: JUnit has no markers). */
function testsRanCriterion(ds, t) {
    const counts = `${t.ran} ran (${t.passed} passed, ${t.failed.length} failed), ${t.skipped} skipped, ${t.xfailed} xfailed of ${t.performance.length} \`performance\`-marked test${t.performance.length === 1 ? '' : 's'} (${ds.tests.length} in the report)`;
    if (t.ran > 0)
        return (0,common/* criterion */.u6)('performance tests ran', t.ran, 1, 'pass', `${ds.file}: ${counts}`);
    const why = ds.tests.length === 0
        ? 'the report has no tests'
        : t.performance.length === 0
            ? 'no test carries the `performance` marker (run `pytest -m performance` with markers registered, and do not omit keywords)'
            : 'every performance test was skipped or xfailed';
    return (0,common/* criterion */.u6)('performance tests ran', 0, 1, 'insufficient-data', `${ds.file}: no performance test ran: ${why}; ${counts}`, undefined, 'TelemetryGap');
}
/** The latest review of each user (by submission time, then id). */
function latestReviews(reviews) {
    const byUser = new Map();
    const order = (r) => `${r.submittedAt ?? ''}\0${String(r.id).padStart(20, '0')}`;
    for (const r of reviews) {
        // COMMENTED reviews do not change a user's approval state on GitHub
        if (r.state === 'COMMENTED' || r.state === 'PENDING')
            continue;
        const k = r.login.toLowerCase();
        const prev = byUser.get(k);
        if (!prev || order(r) > order(prev))
            byUser.set(k, r);
    }
    return [...byUser.values()];
}
/**
 * Plan approval (protocol: an approved optimization plan before validation). Inside GitHub Actions
 * only GitHub approves: an environment approval of `optimization.plan_role` in this run, or an
 * approving review of the pull request (each user's latest review, APPROVED, on the current head
 * SHA) by a user of that role. The plan's own `approved_by` is a claim: shown, counted only in the
 * CLI, and labelled self-attested there (so is an approvals file).
 */
function planApproval(ev, config) {
    const opt = config.optimization;
    if (opt && opt.require_plan_approval === false)
        return undefined;
    const plan = ev.plan;
    const role = opt?.plan_role;
    const inActions = ev.where === 'action';
    if (!plan) {
        return (0,common/* criterion */.u6)('plan approved', false, true, 'insufficient-data', 'no optimization-plan.json given: the protocol requires an approved plan (or set optimization.require_plan_approval: false)', undefined, 'TelemetryGap');
    }
    const binding = role ? (0,approvals.bindRole)(role, config.roles) : undefined;
    const env = binding ? (0,approvals/* resolveRole */.fy)(binding, ev.approvals ?? [], ev.teams) : undefined;
    const fileNote = !inActions && ev.approvalsFile ? ` (from ${ev.approvalsFile}: self-attested)` : '';
    if (env?.status === 'rejected') {
        return (0,common/* criterion */.u6)('plan approved', false, true, 'fail', `plan rejected: ${env.reason}${fileNote}`);
    }
    if (env?.status === 'approved') {
        return (0,common/* criterion */.u6)('plan approved', true, true, 'pass', `approved in environment ${env.binding.environment} by ${env.approval?.user.login ?? 'unknown'} (${role})${fileNote}`);
    }
    const why = [];
    // pull request reviews (Actions)
    if (inActions && binding) {
        const rv = ev.reviews;
        if (!rv)
            why.push('no pull request to read reviews from');
        else if (rv.error)
            why.push(`the reviews of #${rv.prNumber} could not be read (${rv.error})`);
        else if (binding.approvers.length === 0) {
            why.push(`role ${role} lists no approvers in config roles, so no pull request review can be attributed to it (only its environment ${binding.environment} approves)`);
        }
        else {
            const latest = latestReviews(rv.reviews);
            const notes = [];
            for (const r of latest) {
                if (r.state !== 'APPROVED')
                    continue;
                const m = (0,approvals/* isRoleMember */.zA)(binding, r.login, ev.teams);
                if (!m.member) {
                    notes.push(`${r.login} approved but is not in ${role}${m.notes.length ? ` (${m.notes.join('; ')})` : ''}`);
                    continue;
                }
                if (r.commitId !== rv.headSha) {
                    notes.push(`${r.login} approved ${r.commitId ? r.commitId.slice(0, 12) : 'an unknown commit'}, not the head ${rv.headSha.slice(0, 12)}`);
                    continue;
                }
                return (0,common/* criterion */.u6)('plan approved', true, true, 'pass', `approved by ${r.login} (${role}) in a review of #${rv.prNumber} on ${rv.headSha.slice(0, 12)}`);
            }
            why.push(`no approving review of #${rv.prNumber} on ${rv.headSha.slice(0, 12)} by ${role} (${binding.approvers.join(', ')})${notes.length ? `: ${notes.join('; ')}` : ''}`);
        }
    }
    const by = (plan.approvedBy ?? []).filter((s) => s.trim());
    if (!inActions && by.length && plan.approvedAt) {
        return (0,common/* criterion */.u6)('plan approved', true, true, 'pass', `approved by ${by.join(', ')} at ${plan.approvedAt} (the plan says so: self-attested)`);
    }
    if (env)
        why.push(env.reason);
    else if (inActions)
        why.push('config optimization.plan_role names no role whose approval counts');
    const claim = by.length
        ? `; the plan claims approved_by ${by.join(', ')}${plan.approvedAt ? ` at ${plan.approvedAt}` : ''}, which is not counted inside GitHub Actions`
        : '';
    if (inActions) {
        return (0,common/* criterion */.u6)('plan approved', false, true, 'fail', `plan not approved: ${why.join('; ')}${claim}; approve the pull request as a user of ${role ?? 'the plan role'} or approve its environment`);
    }
    const missing = [];
    if (!by.length)
        missing.push('approved_by');
    if (!plan.approvedAt)
        missing.push('approved_at');
    const envText = role ? `, and ${env?.reason ?? `no approval for ${role}`}` : '';
    return (0,common/* criterion */.u6)('plan approved', false, true, 'fail', `plan not approved: ${missing.join(' and ')} missing in ${plan.file}${envText}; add them or approve the plan role's environment (config optimization.plan_role)`);
}
/** When the key was measured: the benchmark file's datetime for a benchmark, else k6's last sample (latest run). */
function timestampOf(runs, metric) {
    const times = [];
    for (const r of runs) {
        const isBench = r.benchmarks?.benchmarks.some((b) => b.fullname === metric || b.name === metric) ?? false;
        const t = isBench ? r.benchmarks?.datetime : (r.k6?.endTime ?? r.k6?.startTime);
        if (t)
            times.push(t);
    }
    return times.length ? times.sort()[times.length - 1] : null;
}
/** The unit of a key: the comparison's, else from the data (k6 time trend = ms, benchmark = s). */
function unitOf(c, spec, runs, fallback) {
    if (c?.unit)
        return c.unit;
    for (const r of runs) {
        if (r.benchmarks?.benchmarks.some((b) => b.fullname === spec.metric || b.name === spec.metric))
            return 's';
        const s = r.k6?.series.find((x) => x.summary.metric === spec.metric);
        if (s) {
            if (s.summary.type === 'rate')
                return 'ratio';
            if (s.summary.type === 'counter' && (0,optimization_keys/* normStat */.TZ)(spec.stat) === 'rate')
                return '/s';
            if (s.summary.contains === 'time')
                return 'ms';
            if (s.summary.contains === 'data')
                return 'B';
            return null;
        }
    }
    return fallback ?? null;
}
/** p50/p95/p99 of the target's k6 trend on each side (mean of per-run figures), for the report's chart. */
function targetDistribution(baseline, candidate, spec) {
    const side = (runs) => {
        const per = [];
        let unit = null;
        for (const r of runs) {
            const s = r.k6?.series.find((x) => x.summary.type === 'trend' &&
                x.summary.metric === spec.metric &&
                (0,optimization_keys/* sameKey */.el)({ ...x.summary, stat: 'p95' }, { ...spec, stat: 'p95' }));
            if (!s)
                continue;
            if (s.summary.contains === 'time')
                unit = 'ms';
            const q = (p, field) => s.sorted && s.sorted.length
                ? (0,percentile/* percentileSorted */.v)(s.sorted, p)
                : s.sketch && s.sketch.count > 0
                    ? s.sketch.percentile(p)
                    : field;
            const p50 = q(0.5, s.summary.med);
            const p95 = q(0.95, s.summary.p95);
            const p99 = q(0.99, s.summary.p99);
            if ([p50, p95, p99].every((v) => typeof v === 'number' && Number.isFinite(v)))
                per.push({ p50: p50, p95: p95, p99: p99 });
        }
        const mean = (k) => per.length ? per.reduce((a, b) => a + b[k], 0) / per.length : null;
        return { unit, n: per.length, v: { p50: mean('p50'), p95: mean('p95'), p99: mean('p99') } };
    };
    const b = side(baseline);
    const o = side(candidate);
    if (b.n === 0 && o.n === 0)
        return null;
    return {
        unit: b.unit ?? o.unit,
        baseline: b.v,
        optimized: o.v,
        runs: { baseline: b.n, optimized: o.n },
        combined: b.n > 1 || o.n > 1 ? 'mean of per-run percentiles' : 'single run per side',
    };
}
function bounds(c) {
    return { lower: c.lower, upper: c.upper };
}
/** Improvement interval in percent from the ratio bounds (decrease: [(1-U), (1-L)] x 100). */
function improvementBounds(c) {
    if (c.lower === null || c.upper === null)
        return { lower: null, upper: null };
    return c.direction === 'decrease'
        ? { lower: (0,optimization_keys/* round2 */.X4)((1 - c.upper) * 100), upper: (0,optimization_keys/* round2 */.X4)((1 - c.lower) * 100) }
        : { lower: (0,optimization_keys/* round2 */.X4)((c.lower - 1) * 100), upper: (0,optimization_keys/* round2 */.X4)((c.upper - 1) * 100) };
}
function regressionPct(c) {
    if (c.ratio === null || !Number.isFinite(c.ratio))
        return null;
    return (0,optimization_keys/* round2 */.X4)(c.direction === 'decrease' ? (c.ratio - 1) * 100 : (1 - c.ratio) * 100);
}
function comparisonRow(c) {
    return {
        key: c.key,
        direction: c.direction,
        named: c.named,
        baseline: c.baseline,
        optimized: c.candidate,
        unit: c.unit ?? null,
        ratio: c.ratio,
        change_percentage: c.ratio === null ? null : (0,optimization_keys/* round2 */.X4)((c.ratio - 1) * 100),
        improvement_percentage: (0,optimization_keys/* improvementPct */.up)(c.ratio, c.direction),
        bounds: bounds(c),
        verdict: c.verdict,
        calibrated: c.calibrated,
        runs: c.runs,
        samples: c.samples ?? null,
        p_value: c.pValue ?? null,
        detectable_change: c.detectable_change ?? null,
        ...(c.detectable_reason ? { detectable_reason: c.detectable_reason } : {}),
        notes: c.notes ?? [],
        reason: c.reason,
        sources: c.sources,
    };
}
function verdictWords(c) {
    const conf = c.verdict === 'improvement-confirmed'
        ? 'confirmed (the whole interval clears the threshold)'
        : 'not confirmed (the point estimate clears the threshold, the interval does not)';
    const cal = c.calibrated
        ? 'calibrated'
        : 'uncalibrated: one run per side and no noise file, so the interval is a lower bound on the real uncertainty';
    return `${conf}; ${cal}`;
}
/** 3, with a row that decides: improvement, regression, blind to the target's size, waived or missed. */
function improvementDecided(criteria, target, targetRow, impPct, threshold, justification) {
    if (targetRow.verdict === 'improvement' || targetRow.verdict === 'improvement-confirmed') {
        criteria.push((0,common/* criterion */.u6)(`improvement on ${target.key}`, impPct, threshold, 'pass', `${(0,format/* formatQuantity */.VZ)(targetRow.baseline, targetRow.unit)} -> ${(0,format/* formatQuantity */.VZ)(targetRow.candidate, targetRow.unit)} (${(0,common/* fmt */.Sc)(impPct)}% better): ${targetRow.verdict}, ${verdictWords(targetRow)}`, '%'));
    }
    else if (targetRow.verdict === 'regression') {
        criteria.push((0,common/* criterion */.u6)(`improvement on ${target.key}`, impPct, threshold, 'fail', `${target.key} regressed: ${(0,format/* formatQuantity */.VZ)(targetRow.baseline, targetRow.unit)} -> ${(0,format/* formatQuantity */.VZ)(targetRow.candidate, targetRow.unit)} (${targetRow.reason}); a justification never waives a regression`, '%', 'RegressionDetected'));
    }
    else if (targetRow.detectable_change !== null &&
        targetRow.detectable_change !== undefined &&
        threshold < targetRow.detectable_change) {
        // the target is missed, but a change of the target's size could not have been seen (issue 9)
        const seen = Math.ceil(targetRow.detectable_change);
        criteria.push((0,common/* criterion */.u6)(`improvement on ${target.key}`, impPct, threshold, 'insufficient-data', `improvement ${(0,common/* fmt */.Sc)(impPct)}% is below the ${threshold}% target, but this run cannot see changes below ${seen}%: run more requests or more runs${targetRow.calibrated ? '' : ' (or calibrate with A/A runs)'}`, '%', 'TelemetryGap'));
    }
    else if (justification) {
        criteria.push((0,common/* criterion */.u6)(`improvement on ${target.key}`, impPct, threshold, 'waived', `improvement ${(0,common/* fmt */.Sc)(impPct)}% is below ${threshold}%; waived by the documented justification (${justification.where}): ${oneLine(justification.text)}`, '%'));
    }
    else {
        criteria.push((0,common/* criterion */.u6)(`improvement on ${target.key}`, impPct, threshold, 'fail', `improvement ${(0,common/* fmt */.Sc)(impPct)}% is below ${threshold}% (${targetRow.reason}); no justification in the plan for this metric`, '%'));
    }
}
/** 3. The improvement on the target: one criterion (which `criteria` receives). */
function improvementOnTarget(criteria, target, haveRuns, targetRow, impPct, threshold, justification) {
    if (!target) {
        criteria.push((0,common/* criterion */.u6)('improvement on target metric', null, threshold, 'insufficient-data', 'no target metric: add optimization-plan.json or config optimization.target', '%', 'TelemetryGap'));
    }
    else if (!haveRuns) {
        criteria.push((0,common/* criterion */.u6)(`improvement on ${target.key}`, null, threshold, 'insufficient-data', 'no runs to compare', '%', 'TelemetryGap'));
    }
    else if (!targetRow) {
        criteria.push((0,common/* criterion */.u6)(`improvement on ${target.key}`, null, threshold, 'insufficient-data', `${target.key} was not found in the runs (no such metric, tags or statistic on either side)`, '%', 'TelemetryGap'));
    }
    else if (targetRow.verdict === 'error') {
        criteria.push((0,common/* criterion */.u6)(`improvement on ${target.key}`, null, threshold, 'error', `${target.key}: ${targetRow.reason}`, '%', 'TelemetryGap'));
    }
    else if (targetRow.verdict === 'insufficient-data' || impPct === null) {
        criteria.push((0,common/* criterion */.u6)(`improvement on ${target.key}`, impPct, threshold, 'insufficient-data', `${target.key}: ${targetRow.reason || 'too few samples to decide'}`, '%', 'TelemetryGap'));
    }
    else
        improvementDecided(criteria, target, targetRow, impPct, threshold, justification);
}
/**
 * 4. Regressions: compared keys (unless the candidate ran below peak load), failed performance
 * tests and k6 thresholds the candidate crossed and the baseline held. Pushes the tests criterion
 * and the notes on the way, in that order.
 */
function collectRegressions(ev, comparisons, notUnderPeak, haveRuns, criteria, notes) {
    const regressions = [];
    const offPeak = notUnderPeak ? comparisons.filter((c) => c.verdict === 'regression') : [];
    if (offPeak.length)
        notes.push(`not counted as regressions (the candidate ran below peak load, so its comparison decides nothing): ${offPeak.map((c) => c.key).join(', ')}`);
    for (const c of comparisons) {
        if (c.verdict !== 'regression' || notUnderPeak)
            continue;
        regressions.push({
            metric: c.key,
            kind: 'comparison',
            baseline: c.baseline,
            optimized: c.candidate,
            regression_percentage: regressionPct(c),
            bounds: bounds(c),
            verdict: c.verdict,
            calibrated: c.calibrated,
            reason: c.reason,
        });
    }
    const tests = checkPerformanceTests(ev.pytest, criteria, notes);
    for (const t of tests.failed) {
        regressions.push({
            metric: t.nodeid,
            kind: 'pytest',
            baseline: null,
            optimized: null,
            regression_percentage: null,
            bounds: null,
            verdict: t.outcome,
            calibrated: null,
            reason: `pytest -m performance: ${t.outcome}${t.message ? `: ${oneLine(t.message)}` : ''}`,
        });
    }
    // The candidate's own k6 thresholds: one it crossed and the baseline held is a regression.
    const thr = haveRuns ? candidateThresholds(ev.baseline, ev.candidate) : { crossed: [], notes: [] };
    notes.push(...thr.notes);
    for (const t of thr.crossed) {
        if (t.baselineToo)
            continue;
        regressions.push({
            metric: `threshold ${t.metric} ${t.expression}`,
            kind: 'threshold',
            baseline: null,
            optimized: t.actual ?? null,
            regression_percentage: null,
            bounds: null,
            verdict: 'crossed',
            calibrated: null,
            reason: `the candidate run ${t.run} crossed its k6 threshold ${t.metric} ${t.expression}; the baseline held it`,
        });
    }
    return { regressions, tests, thr };
}
/** The regression count and one criterion per regression (failing when over the allowed count). */
function regressionCriteria(criteria, regressions, comparisons, maxRegressions, ev, tests) {
    const over = regressions.length > maxRegressions;
    const names = regressions.map((r) => r.metric);
    const c = (0,common/* criterion */.u6)('regression count', regressions.length, maxRegressions, over ? 'fail' : 'pass', regressions.length === 0
        ? `no regression among ${comparisons.length} compared keys${ev.pytest ? ` and ${tests.performance.length} performance tests` : ''}`
        : `${regressions.length} regression${regressions.length === 1 ? '' : 's'}: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ` and ${names.length - 10} more` : ''}`, undefined, over ? 'RegressionDetected' : undefined);
    c.operator = '<=';
    criteria.push(c);
    const unitOf = new Map(comparisons.map((c) => [c.key, c.unit]));
    for (const r of regressions) {
        const unit = unitOf.get(r.metric);
        const detail = r.kind === 'pytest'
            ? r.reason
            : `${(0,format/* formatQuantity */.VZ)(r.baseline, unit)} -> ${(0,format/* formatQuantity */.VZ)(r.optimized, unit)} (${(0,common/* fmt */.Sc)(r.regression_percentage)}% worse; ${r.reason})`;
        criteria.push((0,common/* criterion */.u6)(`regression: ${r.metric}`, r.regression_percentage ?? r.verdict, null, over ? 'fail' : 'waived', over ? detail : `${detail}; allowed by config thresholds.regressions = ${maxRegressions}`, r.regression_percentage === null ? undefined : '%', over ? 'RegressionDetected' : undefined));
    }
}
/** Notes: uncalibrated rows, crossed thresholds on either side, plan tracked keys not found. */
function closingNotes(notes, ev, comparisons, tracked, haveRuns) {
    const uncal = comparisons.filter((c) => !c.calibrated && c.verdict !== 'insufficient-data');
    if (uncal.length)
        notes.push(`${uncal.length} of ${comparisons.length} comparisons are uncalibrated (one run per side, no noise file): run \`perf-gates calibrate\` on A/A runs or repeat the runs`);
    for (const t of tracked) {
        const row = (0,optimization_keys/* findComparison */.DM)(comparisons, t);
        if (haveRuns && (!row || row.verdict === 'insufficient-data'))
            notes.push(`tracked key ${(0,optimization_keys/* keyOf */.TN)(t)}: ${row ? row.reason : 'not found in the runs'}`);
    }
    // (the candidate's crossed thresholds are a criterion above; the baseline's are said here)
    for (const [side, runs] of [['baseline', ev.baseline]]) {
        for (const r of runs) {
            const crossed = (r.k6?.thresholds ?? []).filter((t) => t.ok === false);
            if (crossed.length)
                notes.push(`${side} run ${r.label} crossed ${crossed.length} of its own k6 thresholds: ${crossed.map((t) => `${t.metric} ${t.expression}`).join(', ')}`);
        }
    }
}
/** 2. The comparison of the two sides (none, and the runs criterion, when a side has no run). */
function compareSides(ev, config, target, tracked, threshold, tolerance, criteria) {
    const haveRuns = ev.baseline.length > 0 && ev.candidate.length > 0;
    if (!haveRuns) {
        const missing = [ev.baseline.length ? '' : 'baseline', ev.candidate.length ? '' : 'candidate']
            .filter(Boolean)
            .join(' and ');
        criteria.push((0,common/* criterion */.u6)('runs', `${ev.baseline.length} baseline, ${ev.candidate.length} candidate`, 'at least one run per side', 'insufficient-data', `no ${missing} run given: nothing to compare (inputs baseline-k6/baseline-benchmark and candidate-k6/candidate-benchmark)`, undefined, 'TelemetryGap'));
    }
    else {
        const keys = [];
        if (target)
            keys.push(target.spec);
        for (const t of tracked)
            if (!keys.some((k) => (0,optimization_keys/* sameKey */.el)(k, t)))
                keys.push(t);
        return (0,compare.compareRuns)(ev.baseline, ev.candidate, {
            keys,
            defaultKeys: true,
            target: threshold / 100,
            tolerance: tolerance / 100,
            confidence: config.confidence,
            noise: ev.noise,
            uncalibratedMargin: config.uncalibrated_margin / 100,
            fdr: config.fdr,
        });
    }
    return [];
}
/** The validation report (protocol shape plus every comparison row and the tests summary). */
function validationReport(parts) {
    const { ev, ctx, plan, approval, target, targetRow, impPct, threshold, tolerance, maxRegressions } = parts;
    const { justification, criteria, peak, thr, trace, regressions, haveRuns, result, comparisons, tests, notes, } = parts;
    const runsRef = (runs) => runs.flatMap((r) => r.files.map((f) => ({ path: f.path, sha256: f.sha256 })));
    const unit = target ? unitOf(targetRow, target.spec, [...ev.baseline, ...ev.candidate], target.unit) : null;
    const dir = target?.spec.direction ?? 'decrease';
    const absolute = targetRow && targetRow.baseline !== null && targetRow.candidate !== null
        ? (0,optimization_keys/* round4 */.XP)(dir === 'decrease'
            ? targetRow.baseline - targetRow.candidate
            : targetRow.candidate - targetRow.baseline)
        : null;
    const impBounds = targetRow ? improvementBounds(targetRow) : { lower: null, upper: null };
    const improvementCriterion = criteria.find((c) => c.name.startsWith('improvement on'));
    return {
        validation_date: ctx.now,
        optimization_id: plan && typeof plan.plan.plan_id === 'string' ? plan.plan.plan_id : null,
        plan: plan
            ? {
                file: plan.file,
                title: typeof plan.plan.title === 'string' ? plan.plan.title : null,
                approval: approval ?? null,
            }
            : null,
        target_metric: target?.key ?? null,
        target_source: target?.source ?? null,
        direction: target ? dir : null,
        baseline: {
            value: targetRow?.baseline ?? null,
            unit,
            timestamp: target ? timestampOf(ev.baseline, target.spec.metric) : null,
            runs: ev.baseline.length,
            sources: targetRow?.sources.baseline ?? runsRef(ev.baseline),
        },
        optimized: {
            value: targetRow?.candidate ?? null,
            unit,
            timestamp: target ? timestampOf(ev.candidate, target.spec.metric) : null,
            runs: ev.candidate.length,
            sources: targetRow?.sources.candidate ?? runsRef(ev.candidate),
        },
        improvement: {
            absolute,
            percentage: impPct,
            threshold_percentage: threshold,
            meets_threshold: impPct !== null &&
                impPct >= threshold &&
                (targetRow?.verdict === 'improvement' || targetRow?.verdict === 'improvement-confirmed'),
            lower_bound_percentage: impBounds.lower,
            upper_bound_percentage: impBounds.upper,
            ratio: targetRow?.ratio ?? null,
            ratio_bounds: targetRow ? bounds(targetRow) : null,
            verdict: targetRow?.verdict ?? 'insufficient-data',
            confirmed: targetRow?.verdict === 'improvement-confirmed',
            calibrated: targetRow?.calibrated ?? null,
            justification: improvementCriterion?.verdict === 'waived' && justification
                ? { text: justification.text, source: justification.where }
                : null,
            reason: improvementCriterion?.reason ?? null,
        },
        target_distribution: target ? targetDistribution(ev.baseline, ev.candidate, target.spec) : null,
        peak_load: {
            rule: 'the peak scenarios gate 2 checks on the load test (config diagnostics.peak_scenarios), checked on the candidate run',
            criterion: peak.criterion ?? null,
            scenarios: peak.checks,
        },
        candidate_thresholds: thr.crossed,
        instrumentation_log: ev.instrumentationLog ? { file: ev.instrumentationLog.file } : null,
        baseline_trace: trace.trace ?? null,
        regressions,
        regression_count: haveRuns || ev.pytest ? regressions.length : null,
        regression_threshold: maxRegressions,
        tolerance_percentage: tolerance,
        status: result.verdict,
        criteria: result.criteria,
        comparisons: comparisons.map(comparisonRow),
        tests: ev.pytest
            ? {
                file: ev.pytest.file,
                total: ev.pytest.tests.length,
                performance: tests.performance.length,
                markers_known: tests.markersKnown,
                outcomes: countOutcomes(tests.performance),
                failed: tests.failed.map((t) => ({
                    nodeid: t.nodeid,
                    outcome: t.outcome,
                    message: t.message ?? null,
                })),
            }
            : null,
        notes,
    };
}
function evaluateOptimization(ev, config, ctx) {
    const notes = [];
    const criteria = [];
    const plan = ev.plan;
    const threshold = plan?.improvementThreshold ?? config.thresholds.improvement;
    const tolerance = plan?.tolerance ?? config.tolerance;
    const maxRegressions = config.thresholds.regressions;
    const target = resolveTarget(plan, config);
    const tracked = trackedSpecs(plan, config);
    if (plan?.improvementThreshold !== undefined)
        notes.push(`improvement threshold ${plan.improvementThreshold}% from ${plan.file} (overrides config)`);
    if (plan?.tolerance !== undefined)
        notes.push(`regression tolerance ${plan.tolerance}% from ${plan.file} (overrides config)`);
    // 1. Plan approval.
    const approval = planApproval(ev, config);
    if (approval)
        criteria.push(approval);
    else
        notes.push('plan approval not required (config optimization.require_plan_approval: false)');
    // 2. The comparison.
    const haveRuns = ev.baseline.length > 0 && ev.candidate.length > 0;
    const comparisons = compareSides(ev, config, target, tracked, threshold, tolerance, criteria);
    // Peak load on the changed build: without it the comparison shows nothing about peak load.
    const peak = haveRuns ? candidatePeakCriterion(ev.candidate, config) : { checks: [] };
    const notUnderPeak = peak.criterion?.verdict === 'insufficient-data';
    // 3. The improvement on the target.
    const targetRow = target ? (0,optimization_keys/* findComparison */.DM)(comparisons, target.spec) : undefined;
    const impPct = targetRow ? (0,optimization_keys/* improvementPct */.up)(targetRow.ratio, targetRow.direction) : null;
    const justification = target ? targetJustification(plan, target.spec) : undefined;
    improvementOnTarget(criteria, target, haveRuns, targetRow, impPct, threshold, justification);
    const impCrit = criteria.find((c) => c.name.startsWith('improvement on'));
    if (notUnderPeak && impCrit && impCrit.verdict !== 'insufficient-data') {
        impCrit.reason = `${NOT_UNDER_PEAK} (the candidate run did not reach the peak scenarios); the comparison alone: ${impCrit.verdict}, ${impCrit.reason}`;
        impCrit.verdict = 'insufficient-data';
        impCrit.protocolReason = 'TelemetryGap';
    }
    // Impossible samples (negative durations, non-finite values) above the limit in any compared key.
    const broken = comparisons.filter((c) => c.verdict === 'error' && c.key !== targetRow?.key);
    if (broken.length > 0)
        criteria.push((0,common/* criterion */.u6)('impossible samples', broken.length, 0, 'error', `${broken.length} compared key${broken.length === 1 ? '' : 's'} with impossible samples: ${broken
            .slice(0, 5)
            .map((c) => `${c.key}: ${c.reason}`)
            .join('; ')}${broken.length > 5 ? ` and ${broken.length - 5} more` : ''}`, undefined, 'TelemetryGap'));
    // 4. Regressions: compared keys and failed performance tests.
    const { regressions, tests, thr } = collectRegressions(ev, comparisons, notUnderPeak, haveRuns, criteria, notes);
    if (haveRuns || ev.pytest)
        regressionCriteria(criteria, regressions, comparisons, maxRegressions, ev, tests);
    // Peak load on the changed build, the candidate's thresholds, instrumentation, traceability.
    if (peak.criterion)
        criteria.push(peak.criterion);
    if ('note' in peak && peak.note)
        notes.push(peak.note);
    if (thr.criterion)
        criteria.push(thr.criterion);
    const instrumentKeys = [...(target ? [target.spec] : []), ...tracked];
    criteria.push(instrumentationCriterion(ev.instrumentationLog, instrumentKeys));
    const trace = traceabilityCriterion(targetRow, ev.baselineCsv, target?.spec, plan, ev.baseline, config);
    if (trace.criterion)
        criteria.push(trace.criterion);
    if (trace.note)
        notes.push(trace.note);
    closingNotes(notes, ev, comparisons, tracked, haveRuns);
    const result = (0,common/* makeResult */.U2)('optimization', criteria, ctx, {
        score: impPct,
        improvementPct: impPct,
        regressionCount: haveRuns || ev.pytest ? regressions.length : null,
        comparisons,
        notes,
    });
    const report = validationReport({
        ev,
        ctx,
        plan,
        approval,
        target,
        targetRow,
        impPct,
        threshold,
        tolerance,
        maxRegressions,
        justification,
        criteria,
        peak,
        thr,
        trace,
        regressions,
        haveRuns,
        result,
        comparisons,
        tests,
        notes,
    });
    const artifacts = [(0,common/* jsonArtifact */.pm)(VALIDATION_REPORT, report, ctx)];
    if (ev.planText !== undefined)
        artifacts.push({ name: PLAN_ARTIFACT, content: ev.planText });
    else if (plan) {
        // No bytes of the team's file were handed over: re-serialise the plan as read, and say so.
        artifacts.push({ name: PLAN_ARTIFACT, content: JSON.stringify(plan.plan, null, 2) + '\n' });
        result.notes.push(`${PLAN_ARTIFACT} re-serialised from the parsed plan (the original bytes were not available), so its checksum differs from ${plan.file}`);
    }
    return { result, artifacts };
}
function countOutcomes(tests) {
    const out = {};
    for (const t of tests)
        out[t.outcome] = (out[t.outcome] ?? 0) + 1;
    return out;
}
function oneLine(s) {
    const flat = s.replace(/\s+/g, ' ').trim();
    return flat.length > 240 ? `${flat.slice(0, 237)}...` : flat;
}


/***/ }),

/***/ 41515:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ findComparison),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   TZ: () => (/* binding */ normStat),
/* harmony export */   X4: () => (/* binding */ round2),
/* harmony export */   XP: () => (/* binding */ round4),
/* harmony export */   el: () => (/* binding */ sameKey),
/* harmony export */   rI: () => (/* binding */ specOf),
/* harmony export */   up: () => (/* binding */ improvementPct)
/* harmony export */ });
/* harmony import */ var _stats_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62308);
/* harmony import */ var _parsers_k6_summary_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10940);


/** One spelling per statistic: `med`, `p50`, `median`, `p(50)` are the same; `p(95)` = `p95`. */
function normStat(stat) {
    const s = stat.trim().toLowerCase();
    if (s === 'med' || s === 'median' || s === 'p50' || s === 'p(50)')
        return 'med';
    const m = /^p\((\d+(?:\.\d+)?)\)$/.exec(s);
    if (m)
        return `p${m[1]}`;
    return s;
}
function sameKey(a, b) {
    return (a.metric === b.metric && (0,_parsers_k6_summary_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .sameTags */ .Iu)(a.tags ?? {}, b.tags ?? {}) && normStat(a.stat) === normStat(b.stat));
}
/**
 * A key spec from a metric name as plans and SLO files write it (`http_req_duration{name:checkout}`,
 * `test_benchmarks.py::test_parse_orders`), a statistic, a direction and optional extra tags.
 */
function specOf(name, stat, direction, tags, named = true, file = 'key') {
    const parsed = (0,_stats_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .parseKey */ .Do)(`${name}:${stat}`, file, direction);
    return {
        metric: parsed.metric,
        tags: { ...parsed.tags, ...(tags ?? {}) },
        stat: parsed.stat,
        direction,
        named,
    };
}
function keyOf(spec) {
    return (0,_stats_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKey */ .TD)(spec);
}
/** The comparison row for a spec: same key string, or the same metric, tags and statistic. */
function findComparison(rows, spec) {
    const key = keyOf(spec);
    const exact = rows.find((c) => c.key === key);
    if (exact)
        return exact;
    return rows.find((c) => {
        try {
            return sameKey((0,_stats_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .parseKey */ .Do)(c.key), spec);
        }
        catch {
            return false;
        }
    });
}
/** Relative change in the good direction, percent: (1 - ratio) * 100 for decrease, mirrored for increase. */
function improvementPct(ratio, direction) {
    if (ratio === null || !Number.isFinite(ratio))
        return null;
    return round2(direction === 'decrease' ? (1 - ratio) * 100 : (ratio - 1) * 100);
}
function round2(v) {
    return Math.round(v * 100) / 100;
}
function round4(v) {
    return Math.round(v * 10000) / 10000;
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


/***/ })

};
