export const id = 352;
export const ids = [352,686];
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

/***/ 8352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluateGovernance: () => (/* binding */ evaluateGovernance)
});

// EXTERNAL MODULE: ./.build/gates/common.js
var common = __webpack_require__(99856);
;// CONCATENATED MODULE: ./.build/gates/governance/handoff.js

const find = (r, pred) => r?.criteria.find(pred);
function item(item, c, missing) {
    if (!c)
        return { item, checked: false, why: missing };
    const ok = c.verdict === 'pass' || c.verdict === 'waived';
    return { item, checked: ok, why: `${c.name}: ${c.verdict} — ${c.reason}` };
}
function handoffChecklist(earlier, governance, opts) {
    const byGate = new Map();
    for (const r of [...earlier.filter((r) => r.gate !== 'governance'), governance]) {
        const list = byGate.get(r.gate) ?? [];
        list.push(r);
        byGate.set(r.gate, list);
    }
    const gates = ['baseline', 'diagnostics', 'optimization', 'governance'];
    const status = gates.map((g) => {
        const rs = byGate.get(g) ?? [];
        if (!rs.length)
            return { g, ok: false, text: `gate ${common/* GATE_NUMBER */.S5[g]}: no result` };
        const bad = rs.filter((r) => r.verdict !== 'pass' && r.verdict !== 'waived');
        const waived = rs.flatMap((r) => r.criteria.filter((c) => c.verdict === 'waived'));
        const verdicts = [...new Set(rs.map((r) => r.verdict))].join('/');
        const doc = waived.length
            ? ` (waived: ${waived.map((c) => `${c.name}${c.waiver ? ` until ${c.waiver.expires}, ${c.waiver.approval.kind === 'environment' || c.waiver.approval.kind === 'review' ? `approved by ${c.waiver.approval.by ?? 'unknown'}` : c.waiver.approval.kind}` : ''}`).join('; ')})`
            : '';
        return { g, ok: bad.length === 0, text: `gate ${common/* GATE_NUMBER */.S5[g]} ${verdicts}${doc}` };
    });
    const gov = governance;
    const opt = (byGate.get('optimization') ?? [])[0];
    const improvement = find(opt, (c) => c.name.startsWith('improvement on'));
    const docs = find(gov, (c) => c.name === 'documentation completeness');
    return [
        {
            item: 'All quality gates passed (Gate 1-4) or waivers documented',
            checked: status.every((s) => s.ok),
            why: status.map((s) => s.text).join('; '),
        },
        {
            item: '`PERFORMANCE-REPORT.md` complete with all evidence',
            checked: !!docs && docs.verdict === 'pass' && typeof docs.actual === 'number' && docs.actual >= 100,
            why: docs
                ? `written by this gate; ${docs.reason}`
                : 'no documentation completeness criterion in the governance result',
        },
        item(`\`optimization-validation-report.json\` shows improvement ≥ ${opts.improvementThreshold}% or documented justification`, improvement, opt ? 'gate 3 has no improvement criterion (no target)' : 'no gate 3 result in the evidence'),
        item('`slo-update-record.json` contains approvals captured', find(gov, (c) => c.name === 'SLO update approvals'), 'no SLO update approvals criterion (no slo-updates given)'),
        item('All artifacts archived in the evidence folder (`artifacts-dir`)', find(gov, (c) => c.name === 'artifact checksums'), 'no artifact checksum criterion'),
        item(`Documentation completeness ≥ ${opts.documentationThreshold}%`, docs, 'no documentation completeness criterion'),
    ];
}

// EXTERNAL MODULE: ./.build/stats/keys.js
var keys = __webpack_require__(62308);
// EXTERNAL MODULE: ./.build/gates/governance/approvals.js
var governance_approvals = __webpack_require__(4686);
// EXTERNAL MODULE: ./.build/gates/optimization/keys.js
var optimization_keys = __webpack_require__(41515);
;// CONCATENATED MODULE: ./.build/gates/governance/evaluate.js
// Gate 4, governance & communication (protocol-18 Phase 4; DESIGN section 2). Pure: the run layer
// collects the earlier artifacts (checksums verified), the earlier gate results, the SLO updates,
// the team's instrumentation log and the environment approvals; this decides, writes
// slo-update-record.json and instrumentation-update-log.md, and returns what PERFORMANCE-REPORT.md
// and continuous-improvement-notes.md are rendered from (run/governance.ts renders them; the
// manifest is written last, from the written bytes).





/** The protocol's 13 required artifacts ("Artifact Traceability"), in its order. */
const REQUIRED_ARTIFACTS = [
    'performance-intake-report.json',
    'baseline-metrics.csv',
    'hypothesis-log.md',
    'profiling-report.md',
    'load-test-results.json',
    'capacity-analysis.md',
    'optimization-plan.json',
    'optimization-validation-report.json',
    'instrumentation-update-log.md',
    'slo-update-record.json',
    'PERFORMANCE-REPORT.md',
    'performance-report-manifest.json',
    'continuous-improvement-notes.md',
];
const SLO_RECORD = 'slo-update-record.json';
const PERFORMANCE_REPORT = 'PERFORMANCE-REPORT.md';
const IMPROVEMENT_NOTES = 'continuous-improvement-notes.md';
const MANIFEST = 'performance-report-manifest.json';
const INSTRUMENTATION_LOG = 'instrumentation-update-log.md';
/** Written by this gate (the manifest by the I/O layer right after): they count once written. */
const GOVERNANCE_WRITES = [
    SLO_RECORD,
    PERFORMANCE_REPORT,
    IMPROVEMENT_NOTES,
    MANIFEST,
];
const APPROVAL_TIMESTAMP_SOURCE = "observed by perf-gates; GitHub's approvals API records no time";
// ---------------------------------------------------------------------------------------------
// Target values: `60ms`, `1.2s`, `0.5%`, `0.005`, `250us`
const TIME_MS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    sec: 1000,
    m: 60000,
    min: 60000,
};
function parseTargetValue(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? { value: v, unit: null } : undefined;
    if (typeof v !== 'string')
        return undefined;
    const m = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(ns|us|µs|ms|sec|s|min|m|%|rps|req\/s|\/s)?\s*$/i.exec(v);
    if (!m)
        return undefined;
    return { value: Number(m[1]), unit: m[2] ? m[2].toLowerCase() : null };
}
/** The comparison's unit when the row does not carry one: benchmarks are seconds, k6 trends ms. */
function rowUnit(row) {
    if (row.unit)
        return row.unit;
    let spec;
    try {
        spec = (0,keys/* parseKey */.Do)(row.key);
    }
    catch {
        return null;
    }
    if (spec.stat === 'median' || spec.metric.includes('::'))
        return 's';
    if (spec.stat === 'rate' || spec.stat === 'count')
        return null;
    return 'ms';
}
/** The new target in the comparison's unit, or why it cannot be read. */
function targetInUnit(target, unit) {
    const t = target.unit;
    if (t === null)
        return { value: target.value };
    if (t in TIME_MS) {
        const to = unit && unit in TIME_MS ? unit : unit === null ? 'ms' : undefined;
        if (!to)
            return { error: `a time target (${target.value}${t}) for a metric measured in ${unit}` };
        return { value: (target.value * TIME_MS[t]) / TIME_MS[to] };
    }
    if (t === '%')
        return unit === '%' ? { value: target.value } : { value: target.value / 100 };
    return { value: target.value }; // rps, req/s, /s: the comparison's own rate
}
// ---------------------------------------------------------------------------------------------
function validatedRows(ev) {
    const opt = ev.results.filter((r) => r.gate === 'optimization');
    const fromResults = opt.flatMap((r) => (Array.isArray(r.comparisons) ? r.comparisons : []));
    if (fromResults.length) {
        return {
            rows: fromResults.map((c) => ({
                key: c.key,
                direction: c.direction,
                candidate: c.candidate,
                verdict: c.verdict,
                unit: c.unit ?? null,
            })),
            source: (0,common/* gateResultFile */.lg)('optimization'),
        };
    }
    const text = ev.artifacts['optimization-validation-report.json'];
    if (text) {
        try {
            const doc = JSON.parse(text);
            if (Array.isArray(doc.comparisons)) {
                const rows = [];
                for (const r of doc.comparisons) {
                    if (!r || typeof r !== 'object')
                        continue;
                    const o = r;
                    if (typeof o.key !== 'string')
                        continue;
                    rows.push({
                        key: o.key,
                        direction: o.direction === 'increase' ? 'increase' : 'decrease',
                        candidate: typeof o.optimized === 'number'
                            ? o.optimized
                            : typeof o.candidate === 'number'
                                ? o.candidate
                                : null,
                        verdict: typeof o.verdict === 'string' ? o.verdict : 'insufficient-data',
                        unit: typeof o.unit === 'string' ? o.unit : null,
                    });
                }
                return { rows, source: 'optimization-validation-report.json' };
            }
        }
        catch {
            // unreadable report: no rows (reported as untraced below)
        }
    }
    return { rows: [], source: null };
}
function str(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' && Number.isFinite(v))
        return String(v);
    return null;
}
/** Field names as the protocol writes them, with the slo-updates.yml spellings as fallbacks. */
function updateFields(u) {
    const rec = u;
    const metric = str(u.metric);
    const stat = str(u.stat);
    const service = str(rec.service);
    const pick = (...vals) => {
        for (const v of vals)
            if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
                return v;
        return null;
    };
    const name = str(u.slo_name) ??
        [service, metric ? `${metric}${stat ? `:${stat}` : ''}` : null].filter(Boolean).join(' ');
    return {
        name: name || 'unnamed SLO',
        service,
        metric,
        stat,
        previous: pick(u.previous_target, rec.current, rec.previous),
        next: pick(u.new_target, rec.proposed, rec.target),
        justification: str(u.justification) ?? str(rec.rationale),
        approvers: Array.isArray(u.approvers) ? u.approvers.map(String) : undefined,
    };
}
function traceUpdate(f, rows, rowsSource) {
    const none = (reason, extra = {}) => ({
        validated: false,
        key: null,
        verdict: null,
        optimized_value: null,
        unit: null,
        new_target_value: null,
        meets_new_target: false,
        reason,
        ...extra,
    });
    if (!f.metric)
        return none('names no metric, so it cannot trace to the validation');
    let spec;
    try {
        spec = f.stat ? (0,optimization_keys/* specOf */.rI)(f.metric, f.stat, 'decrease') : { ...(0,keys/* parseKey */.Do)(f.metric), direction: 'decrease' };
    }
    catch (e) {
        return none(`metric ${f.metric} cannot be read as a key: ${e instanceof Error ? e.message : String(e)}`);
    }
    const key = (0,optimization_keys/* keyOf */.TN)(spec);
    if (!rowsSource)
        return none(`no gate 3 validation found (${(0,common/* gateResultFile */.lg)('optimization')} or optimization-validation-report.json)`, { key });
    const match = (0,optimization_keys/* findComparison */.DM)(rows, spec);
    if (!match)
        return none(`${key} was not among gate 3's validated comparisons`, { key });
    const unit = rowUnit(match);
    const base = { key: match.key, verdict: match.verdict, optimized_value: match.candidate, unit };
    if (match.verdict === 'insufficient-data' || match.candidate === null) {
        return none(`${match.key}: gate 3 had insufficient data for it`, base);
    }
    if (match.verdict === 'regression') {
        return none(`${match.key}: gate 3 found a regression on it`, { ...base, validated: false });
    }
    const target = parseTargetValue(f.next);
    if (!target)
        return none(`new target ${String(f.next)} cannot be read (expected e.g. 60ms, 1.2s, 0.5%, 0.005)`, {
            ...base,
            validated: true,
        });
    const conv = targetInUnit(target, unit);
    if ('error' in conv)
        return none(`new target: ${conv.error}`, { ...base, validated: true });
    const meets = match.direction === 'decrease' ? match.candidate <= conv.value : match.candidate >= conv.value;
    const op = match.direction === 'decrease' ? '<=' : '>=';
    return {
        validated: true,
        key: match.key,
        verdict: match.verdict,
        optimized_value: match.candidate,
        unit,
        new_target_value: (0,optimization_keys/* round4 */.XP)(conv.value),
        meets_new_target: meets,
        reason: `${match.key}: optimized ${(0,common/* fmt */.Sc)(match.candidate)}${unit ? ` ${unit}` : ''} ${meets ? op : `is not ${op}`} new target ${String(f.next)} (validated in gate 3: ${match.verdict})`,
    };
}
/** The protocol's 13 artifacts: present and verified, or written by this gate. */
function documentation(ev) {
    const counted = [];
    const missing = [];
    for (const name of REQUIRED_ARTIFACTS) {
        if (GOVERNANCE_WRITES.includes(name)) {
            counted.push(name);
            continue;
        }
        if (name === INSTRUMENTATION_LOG) {
            if (ev.instrumentationLog && ev.instrumentationLog.text.trim() !== '')
                counted.push(name);
            else if (ev.instrumentationLog)
                missing.push({ name, reason: `${ev.instrumentationLog.file} is empty (an empty document)` });
            else
                missing.push({ name, reason: 'not provided: no instrumentation-log input given' });
            continue;
        }
        const check = ev.checks.find((c) => c.name === name);
        if (!check || !check.present)
            missing.push({ name, reason: check?.reason ?? 'not found among the earlier artifacts' });
        else if (!check.ok)
            missing.push({ name, reason: check.reason ?? `checksum mismatch: ${name}` });
        else
            counted.push(name);
    }
    return {
        required: [...REQUIRED_ARTIFACTS],
        counted,
        missing,
        percentage: (0,common/* pct */.Oe)(counted.length, REQUIRED_ARTIFACTS.length),
    };
}
function earlierGates(ev) {
    const out = [];
    const order = ['baseline', 'diagnostics', 'optimization'];
    const rank = { pass: 0, waived: 1, 'insufficient-data': 2, fail: 3, error: 4 };
    for (const gate of order) {
        const n = common/* GATE_NUMBER */.S5[gate];
        const rs = ev.results.filter((r) => r.gate === gate);
        const name = `gate ${n} ${gate}`;
        if (!rs.length) {
            out.push((0,common/* criterion */.u6)(name, null, 'pass', 'insufficient-data', `gate ${n} result not found (${(0,common/* gateResultFile */.lg)(gate)})`, undefined, 'TelemetryGap'));
            continue;
        }
        const worst = rs.reduce((a, b) => ((rank[b.verdict] ?? 4) > (rank[a.verdict] ?? 4) ? b : a));
        const v = worst.verdict;
        const jobs = rs.length > 1 ? ` (worst of ${rs.length} results)` : '';
        if (v === 'pass')
            out.push((0,common/* criterion */.u6)(name, v, 'pass', 'pass', `gate ${n} passed${jobs}`));
        else if (v === 'waived')
            out.push((0,common/* criterion */.u6)(name, v, 'pass', 'waived', `gate ${n} waived${jobs}: ${waivedWhat(worst)}`));
        else
            out.push((0,common/* criterion */.u6)(name, v, 'pass', 'fail', `gate ${n} failed (${v})${jobs}: ${missedWhat(worst)}`));
    }
    return out;
}
function waivedWhat(r) {
    return ((r.criteria ?? [])
        .filter((c) => c.verdict === 'waived')
        .map((c) => c.name)
        .join(', ') || 'see its result');
}
function missedWhat(r) {
    const missed = (r.criteria ?? [])
        .filter((c) => c.verdict !== 'pass' && c.verdict !== 'waived')
        .map((c) => c.name);
    const s = missed.slice(0, 5).join(', ');
    return missed.length > 5 ? `${s} and ${missed.length - 5} more` : s || 'see its result';
}
/** 1. Checksums of every earlier artifact; 1b. gate results that are not evidence of this run. */
function checksumCriteria(ev, criteria) {
    // 1. Checksums of every earlier artifact.
    const present = ev.checks.filter((c) => c.present);
    const tampered = present.filter((c) => !c.ok);
    const listedMissing = ev.checks.filter((c) => !c.present);
    if (!ev.checks.length) {
        criteria.push((0,common/* criterion */.u6)('artifact checksums', null, 0, 'insufficient-data', 'no earlier artifacts found to verify (no SHA256SUMS or no perf-gates artifacts)', undefined, 'TelemetryGap'));
    }
    else {
        const bad = [...tampered, ...listedMissing];
        const c = (0,common/* criterion */.u6)('artifact checksums', bad.length, 0, bad.length ? 'fail' : 'pass', bad.length
            ? bad
                .map((b) => (b.present ? `checksum mismatch: ${b.name}` : `listed but missing: ${b.name}`))
                .join('; ')
            : `${present.length} earlier artifact${present.length === 1 ? '' : 's'} verified against their recorded SHA-256`);
        c.operator = '<=';
        criteria.push(c);
    }
    // 1b. Gate results that are not evidence of this run, or that contradict each other.
    const problems = ev.evidenceProblems ?? [];
    if (problems.length) {
        const c = (0,common/* criterion */.u6)('gate evidence', problems.length, 0, 'fail', problems.join('; '));
        c.operator = '<=';
        criteria.push(c);
    }
}
/** The roles the SLO updates need (each update's approvers, else config roles), resolved. */
function sloRoles(ev, slo, config, record) {
    const approvals = ev.approvals?.approvals ?? [];
    const fields = slo.updates.map(updateFields);
    const configRoles = Object.keys(config.roles ?? {});
    // Every role any update needs, in first-seen order.
    const roles = [];
    const unnamed = [];
    for (const f of fields) {
        const need = f.approvers && f.approvers.length ? f.approvers : configRoles;
        if (!need.length)
            unnamed.push(f.name);
        for (const r of need)
            if (!roles.includes(r))
                roles.push(r);
    }
    const resolved = new Map();
    for (const r of roles)
        resolved.set(r, (0,governance_approvals/* resolveRole */.fy)((0,governance_approvals.bindRole)(r, config.roles), approvals, ev.teams));
    for (const ra of resolved.values()) {
        if (ra.binding.source === 'convention' && config.roles)
            record.notes.push(`role ${ra.binding.role} is not in config roles: environment ${ra.binding.environment} by convention`);
        for (const n of ra.teamNotes)
            record.notes.push(`${ra.binding.role}: ${n}`);
    }
    const approvedRoles = roles.filter((r) => resolved.get(r)?.status === 'approved');
    const rejectedRoles = roles.filter((r) => resolved.get(r)?.status === 'rejected');
    const waiting = roles.filter((r) => !approvedRoles.includes(r) && !rejectedRoles.includes(r));
    const percentage = roles.length ? (0,common/* pct */.Oe)(approvedRoles.length, roles.length) : 0;
    record.required_roles = roles;
    record.approval_percentage = percentage;
    record.missing_roles = waiting.map((r) => {
        const ra = resolved.get(r);
        return {
            role: r,
            environment: ra.binding.environment,
            approvers: ra.binding.approvers,
            status: ra.status,
        };
    });
    return { fields, configRoles, roles, unnamed, resolved, approvedRoles, rejectedRoles, waiting, percentage };
}
/** One record entry per SLO update: its approvers and their status, and its trace to gate 3. */
function recordUpdates(record, r, observedAt, rows) {
    const { fields, configRoles, resolved, rejectedRoles, waiting, unnamed } = r;
    for (const f of fields) {
        const need = f.approvers && f.approvers.length ? f.approvers : configRoles;
        const approvers = need.map((r) => {
            const ra = resolved.get(r);
            const login = ra.approval?.user.login ?? null;
            const seen = ra.status === 'approved' || ra.status === 'rejected';
            return {
                name: login ?? r,
                role: r,
                login,
                environment: ra.binding.environment,
                approval_status: ra.status,
                approval_timestamp: seen ? observedAt : null,
                approval_timestamp_source: seen ? APPROVAL_TIMESTAMP_SOURCE : null,
                comment: ra.approval?.comment ?? null,
            };
        });
        const status = approvers.some((a) => a.approval_status === 'rejected')
            ? 'rejected'
            : approvers.length && approvers.every((a) => a.approval_status === 'approved')
                ? 'approved'
                : 'pending';
        record.updates.push({
            slo_name: f.name,
            service: f.service,
            metric: f.metric ? `${f.metric}${f.stat ? `:${f.stat}` : ''}` : null,
            previous_target: f.previous,
            new_target: f.next,
            justification: f.justification,
            approvers,
            approval_status: status,
            trace: traceUpdate(f, rows.rows, rows.source),
        });
    }
    record.approval_status = rejectedRoles.length
        ? 'rejected'
        : waiting.length || unnamed.length
            ? 'pending'
            : 'approved';
}
/** The approvals criterion of the SLO updates. */
function approvalsCriterion(ev, config, r, criteria, notes) {
    const { roles, unnamed, resolved, approvedRoles, rejectedRoles, waiting, percentage } = r;
    const observedAt = ev.approvals?.observedAt ?? null;
    const threshold = config.thresholds.approvals;
    if (ev.approvals?.error) {
        criteria.push((0,common/* criterion */.u6)('SLO update approvals', null, threshold, 'error', `approvals could not be read (${ev.approvals.source}): ${ev.approvals.error}`, '%'));
    }
    else if (!ev.approvals) {
        criteria.push((0,common/* criterion */.u6)('SLO update approvals', null, threshold, 'insufficient-data', `no approvals observed (no approvals file and the API was not queried); needed: ${roles.map((r) => `${r} (environment ${resolved.get(r)?.binding.environment})`).join(', ')}`, '%', 'TelemetryGap'));
    }
    else if (rejectedRoles.length) {
        criteria.push((0,common/* criterion */.u6)('SLO update approvals', percentage, threshold, 'fail', rejectedRoles.map((r) => resolved.get(r)?.reason).join('; '), '%'));
    }
    else if (unnamed.length) {
        criteria.push((0,common/* criterion */.u6)('SLO update approvals', percentage, threshold, 'fail', `SLO update${unnamed.length === 1 ? '' : 's'} ${unnamed.join(', ')} name${unnamed.length === 1 ? 's' : ''} no approver role and config has no roles`, '%'));
    }
    else {
        const ok = percentage >= threshold;
        criteria.push((0,common/* criterion */.u6)('SLO update approvals', percentage, threshold, ok ? 'pass' : 'fail', ok
            ? `${approvedRoles.length}/${roles.length} roles approved: ${approvedRoles.map((r) => `${r} by ${resolved.get(r)?.approval?.user.login}`).join(', ')}`
            : `${approvedRoles.length}/${roles.length} roles approved; still needed: ${waiting.map((r) => `${r} (environment ${resolved.get(r)?.binding.environment}, ${resolved.get(r)?.status})`).join(', ')}`, '%'));
    }
    if (ev.approvals && !ev.approvals.error)
        notes.push(`approval times are the time perf-gates observed them (${observedAt}): GitHub's approvals API records no time`);
}
/** 3. SLO updates (at least one): approvals and trace to gate 3. */
function sloUpdateCriteria(ev, slo, config, record, rows, criteria, notes) {
    const observedAt = ev.approvals?.observedAt ?? null;
    const r = sloRoles(ev, slo, config, record);
    recordUpdates(record, r, observedAt, rows);
    approvalsCriterion(ev, config, r, criteria, notes);
    // Trace.
    const untraced = record.updates.filter((u) => !(u.trace.validated && u.trace.meets_new_target));
    const traceVerdict = untraced.length === 0 ? 'pass' : rows.source ? 'fail' : 'insufficient-data';
    criteria.push((0,common/* criterion */.u6)('SLO updates traced to validation', `${record.updates.length - untraced.length}/${record.updates.length}`, 'all', traceVerdict, untraced.length
        ? `untraced: ${untraced.map((u) => `${u.slo_name} (${u.trace.reason})`).join('; ')}`
        : record.updates.map((u) => u.trace.reason).join('; '), undefined, traceVerdict === 'insufficient-data' ? 'TelemetryGap' : undefined));
}
/**
 * Decide gate 4. The artifacts returned are the SLO record and the instrumentation log; the report
 * and the improvement notes are rendered from `docs` by the run layer and follow them.
 */
function decideGovernance(ev, config, ctx) {
    const criteria = [];
    const notes = [];
    checksumCriteria(ev, criteria);
    // 2. Documentation completeness.
    const docs = documentation(ev);
    const docThreshold = config.thresholds.documentation_completeness;
    criteria.push((0,common/* criterion */.u6)('documentation completeness', docs.percentage, docThreshold, docs.percentage >= docThreshold ? 'pass' : 'fail', docs.missing.length
        ? `${docs.counted.length}/${REQUIRED_ARTIFACTS.length} required artifacts present and verified; missing: ${docs.missing.map((m) => `${m.name} (${m.reason})`).join('; ')}`
        : `all ${REQUIRED_ARTIFACTS.length} required artifacts present and verified (the four this gate writes count once written)`, '%'));
    // 3. SLO updates: approvals and trace to gate 3.
    const observedAt = ev.approvals?.observedAt ?? null;
    const rows = validatedRows(ev);
    const record = {
        update_date: ctx.now,
        source: ev.slo?.file ?? null,
        updates: [],
        approval_status: 'unknown',
        approval_percentage: null,
        required_roles: [],
        missing_roles: [],
        approvals_source: {
            source: ev.approvals ? ev.approvals.source : 'none',
            self_attested: ev.approvals?.source === 'file',
            path: ev.approvals?.path ?? null,
            observed_at: observedAt,
            error: ev.approvals?.error ?? null,
        },
        notes: [],
    };
    if (!ev.slo) {
        criteria.push((0,common/* criterion */.u6)('SLO update approvals', null, config.thresholds.approvals, 'insufficient-data', 'no slo-updates.yml given: the protocol requires SLO updates recorded with approvals (a file listing no updates says "nothing to approve")', '%', 'TelemetryGap'));
        record.notes.push('not provided: no slo-updates input given');
    }
    else if (ev.slo.updates.length === 0) {
        record.approval_status = 'not-required';
        record.notes.push(`${ev.slo.file} lists no SLO updates: nothing to approve or trace`);
        criteria.push((0,common/* criterion */.u6)('SLO update approvals', 'no updates', config.thresholds.approvals, 'pass', `${ev.slo.file} proposes no SLO change: nothing to approve`));
    }
    else
        sloUpdateCriteria(ev, ev.slo, config, record, rows, criteria, notes);
    // 4. Earlier gates.
    criteria.push(...earlierGates(ev));
    if (!ev.instrumentationLog)
        notes.push('not provided: no instrumentation-log given, so instrumentation-update-log.md is missing');
    notes.push(...record.notes);
    const result = (0,common/* makeResult */.U2)('governance', criteria, ctx, { score: docs.percentage, notes });
    result.handoff = handoffChecklist(ev.results, result, {
        improvementThreshold: config.thresholds.improvement,
        documentationThreshold: docThreshold,
    });
    const artifacts = [];
    artifacts.push((0,common/* jsonArtifact */.pm)(SLO_RECORD, record, ctx));
    if (ev.instrumentationLog)
        artifacts.push({ name: INSTRUMENTATION_LOG, content: ev.instrumentationLog.text });
    const allResults = [...ev.results.filter((r) => r.gate !== 'governance'), result];
    return {
        result,
        artifacts,
        docs: {
            results: allResults,
            sloRecord: ev.slo ? record : undefined,
            documentation: docs,
            written: artifacts.map((a) => a.name).concat([PERFORMANCE_REPORT, IMPROVEMENT_NOTES, MANIFEST]),
        },
    };
}

// EXTERNAL MODULE: ./.build/report/markdown.js
var markdown = __webpack_require__(54348);
// EXTERNAL MODULE: ./.build/stats/format.js
var format = __webpack_require__(7383);
;// CONCATENATED MODULE: ./.build/report/performance-report/common.js



function parseJson(text) {
    if (text === undefined)
        return {};
    try {
        const v = JSON.parse(text);
        return v && typeof v === 'object' && !Array.isArray(v)
            ? { doc: v }
            : { error: 'not a JSON object' };
    }
    catch (e) {
        return { error: e instanceof Error ? e.message : String(e) };
    }
}
function obj(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function arr(v) {
    return Array.isArray(v) ? v : [];
}
function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
/** A value from an input, for a table cell. */
function cell(v, max = 120) {
    if (v === null || v === undefined || v === '')
        return 'n/a';
    if (typeof v === 'number')
        return Number.isFinite(v) ? (0,markdown/* formatNumber */.ZV)(v) : 'n/a';
    if (typeof v === 'boolean')
        return v ? 'yes' : 'no';
    if (typeof v === 'object')
        return (0,markdown/* escapeInline */.VV)(JSON.stringify(v), max);
    return (0,markdown/* escapeInline */.VV)(v, max);
}
/** Units the formatter scales or prints itself (its output needs no escaping). */
const KNOWN_UNIT = /^(ns|us|µs|μs|ms|s|B|kB|MB|GB|%|\/s|req\/s|rps)$/;
/** A figure with its unit through the one formatter (36.6 us, 54 ms); an unknown unit escaped. */
function withUnit(v, unit) {
    if (typeof v === 'number' && Number.isFinite(v)) {
        const u = typeof unit === 'string' && unit !== '' ? unit : undefined;
        if (!u || KNOWN_UNIT.test(u))
            return (0,format/* formatQuantity */.VZ)(v, u);
        return `${(0,format/* formatQuantity */.VZ)(v)} ${(0,markdown/* escapeInline */.VV)(u, 20)}`;
    }
    const c = cell(v);
    return c === 'n/a' || unit === null || unit === undefined || unit === ''
        ? c
        : `${c} ${(0,markdown/* escapeInline */.VV)(unit, 20)}`;
}
function signedPct(v) {
    if (v === null)
        return 'n/a';
    return `${v > 0 ? '+' : ''}${(0,markdown/* formatNumber */.ZV)(v)}%`;
}
function table(head, rows, align) {
    const line = (cells) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
    return [line(head), line(align ?? head.map(() => '---')), ...rows.map(line)].join('\n');
}
function verdictCell(v) {
    const s = (0,markdown/* safeVerdict */.vL)(v);
    return `${markdown/* VERDICT_EMOJI */.vK[s]} ${s}`;
}
function criteriaTable(criteria) {
    return table(['Criterion', 'Actual', 'Threshold', 'Verdict', 'Reason'], criteria.map((c) => [
        (0,markdown/* escapeInline */.VV)(c.name, 160),
        withUnit(c.actual, c.unit),
        c.threshold === null || c.threshold === undefined
            ? 'n/a'
            : `${typeof c.threshold === 'number' ? `${c.operator ?? '>='} ` : ''}${withUnit(c.threshold, c.unit)}`,
        verdictCell(c.verdict),
        (0,markdown/* escapeInline */.VV)(c.reason, 400) + (c.protocolReason ? ` (${(0,markdown/* escapeInline */.VV)(c.protocolReason, 40)})` : ''),
    ]));
}
function resultOf(results, gate) {
    // several jobs may report one gate (a matrix): show the worst
    const rs = results.filter((r) => r.gate === gate);
    if (!rs.length)
        return undefined;
    const worst = (0,common/* rollUp */.F3)(rs.map((r) => ({
        name: r.gate,
        actual: null,
        threshold: null,
        verdict: (0,markdown/* safeVerdict */.vL)(r.verdict),
        reason: '',
    })));
    return rs.find((r) => (0,markdown/* safeVerdict */.vL)(r.verdict) === worst) ?? rs[0];
}
function gateBlock(results, gate) {
    const r = resultOf(results, gate);
    if (!r)
        return [
            `Not provided: no ${(0,markdown/* escapeInline */.VV)(`gate-${common/* GATE_NUMBER */.S5[gate]}-${gate}.json`)} result was found, so this gate's outcome is unknown.`,
            '',
        ];
    const score = typeof r.score === 'number' && Number.isFinite(r.score) ? `, score ${(0,markdown/* formatNumber */.ZV)(r.score)}%` : '';
    const out = [
        `**${(0,markdown/* escapeInline */.VV)(r.title || common/* GATE_TITLES */.Wc[gate], 120)}: ${verdictCell(r.verdict)}**${score}`,
        '',
    ];
    const criteria = Array.isArray(r.criteria) ? r.criteria : [];
    out.push(criteria.length ? criteriaTable(criteria) : '_No criteria were evaluated._', '');
    const notes = Array.isArray(r.notes) ? r.notes : [];
    if (notes.length)
        out.push(...notes.slice(0, 30).map((n) => `- ${(0,markdown/* escapeInline */.VV)(n, 400)}`), '');
    return out;
}

;// CONCATENATED MODULE: ./.build/report/performance-report/summary.js



function summary(input) {
    const rows = [];
    for (const gate of ['baseline', 'diagnostics', 'optimization', 'governance']) {
        const r = resultOf(input.results, gate);
        rows.push([
            (0,markdown/* escapeInline */.VV)(common/* GATE_TITLES */.Wc[gate]),
            r ? verdictCell(r.verdict) : '❔ not run',
            r && typeof r.score === 'number' && Number.isFinite(r.score) ? `${(0,markdown/* formatNumber */.ZV)(r.score)}%` : 'n/a',
            r ? headline(r) : 'no result found',
        ]);
    }
    const present = ['baseline', 'diagnostics', 'optimization', 'governance'].map((g) => resultOf(input.results, g));
    const overall = present.some((r) => !r)
        ? (0,common/* rollUp */.F3)([
            ...present
                .filter((r) => !!r)
                .map((r) => ({
                name: r.gate,
                actual: null,
                threshold: null,
                verdict: (0,markdown/* safeVerdict */.vL)(r.verdict),
                reason: '',
            })),
            { name: 'missing', actual: null, threshold: null, verdict: 'insufficient-data', reason: '' },
        ])
        : (0,common/* rollUp */.F3)(present.map((r) => ({
            name: r.gate,
            actual: null,
            threshold: null,
            verdict: (0,markdown/* safeVerdict */.vL)(r.verdict),
            reason: '',
        })));
    return [
        '## Summary',
        '',
        `Overall: **${verdictCell(overall)}** (the worst gate decides; protocol 18 hands off to protocol 22 only when every gate passed or was waived with a documented justification).`,
        '',
        table(['Gate', 'Verdict', 'Score', 'Headline'], rows),
        '',
        ...handoffLines(present[3]),
    ];
}
/** The protocol 22 handoff checklist governance decided, each item checked or not, and why. */
function handoffLines(gov) {
    const items = Array.isArray(gov?.handoff) ? gov.handoff : [];
    if (!items.length)
        return [];
    return [
        `Protocol 22 handoff checklist (${items.filter((h) => h.checked).length}/${items.length}):`,
        '',
        ...items.map((h) => `- [${h.checked ? 'x' : ' '}] ${(0,markdown/* escapeInline */.VV)(h.item, 200)}: ${(0,markdown/* escapeInline */.VV)(h.why, 600)}`),
        '',
    ];
}
function headline(r) {
    const parts = [];
    if (r.gate === 'optimization') {
        if (typeof r.improvementPct === 'number')
            parts.push(`improvement ${(0,markdown/* formatNumber */.ZV)(r.improvementPct)}%`);
        if (typeof r.regressionCount === 'number')
            parts.push(`${r.regressionCount} regression${r.regressionCount === 1 ? '' : 's'}`);
    }
    const missed = (Array.isArray(r.criteria) ? r.criteria : []).filter((c) => (0,markdown/* safeVerdict */.vL)(c.verdict) !== 'pass');
    if (missed.length)
        parts.push(`not met: ${missed
            .slice(0, 4)
            .map((c) => (0,markdown/* escapeInline */.VV)(c.name, 80))
            .join(', ')}${missed.length > 4 ? ` and ${missed.length - 4} more` : ''}`);
    else
        parts.push('every criterion met');
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./.build/report/performance-report/intake.js
// PERFORMANCE-REPORT.md: intake (phase 1), the baseline telemetry and its alerts.


/** A note or item list an artifact carries as `{ provided, items?, note? }`, an array, or a string. */
function noted(v, item) {
    if (v === undefined || v === null)
        return undefined;
    if (Array.isArray(v))
        return v.length ? v.slice(0, 20).map(item).join('; ') : 'none recorded';
    const o = obj(v);
    if (o) {
        const items = arr(o.items);
        if (items.length)
            return (items.slice(0, 20).map(item).join('; ') + (items.length > 20 ? ` and ${items.length - 20} more` : ''));
        if (typeof o.note === 'string')
            return (0,markdown/* escapeInline */.VV)(o.note, 300);
        return o.provided === false ? 'not provided' : 'none recorded';
    }
    return cell(v, 400);
}
function alertItem(x) {
    const a = obj(x);
    if (!a)
        return cell(x, 200);
    if (a.kind === 'k6-threshold-crossed')
        return `k6 threshold crossed: ${cell(a.metric)} ${cell(a.threshold)} (actual ${cell(a.actual)}, run ${cell(a.run)})`;
    if (a.kind === 'pytest-performance-failure')
        return `performance test ${cell(a.outcome)}: ${cell(a.test, 160)}`;
    if (a.kind === 'incident-report-alert')
        return `incident report: ${cell(a.alert, 160)}`;
    if (a.kind === 'monitoring-alert-firing')
        return `firing in the monitoring package: ${cell(a.alert, 160)}`;
    return cell(x, 200);
}
function intake(input) {
    const out = ['## 1. Intake and baseline', ''];
    out.push(...gateBlock(input.results, 'baseline'));
    const { doc, error } = parseJson(input.artifacts['performance-intake-report.json']);
    if (error)
        out.push(`performance-intake-report.json could not be read: ${(0,markdown/* escapeInline */.VV)(error)}.`, '');
    else if (!doc)
        out.push('Not provided: no performance-intake-report.json among the artifacts.', '');
    else {
        const completeness = num(doc.baseline_completeness);
        if (completeness !== null) {
            out.push(`Baseline completeness ${(0,markdown/* formatNumber */.ZV)(completeness)}% (${cell(doc.metrics_collected)} of ${cell(doc.metrics_required)} required metrics; threshold ${cell(doc.threshold)}%).`, '');
        }
        const metrics = arr(doc.metrics)
            .map(obj)
            .filter((m) => !!m);
        if (metrics.length) {
            out.push(`Baseline metrics (${metrics.length}, from performance-intake-report.json):`, '');
            out.push(table(['Metric', 'Service', 'Value', 'Collection method', 'Timestamp', 'Source', 'Counted'], metrics.slice(0, 60).map((m) => {
                const src = obj(m.source)?.path ?? m.source;
                const where = m.file
                    ? `${cell(src)} (${cell(m.file)}${typeof m.line === 'number' ? `:${m.line}` : ''})`
                    : cell(src ?? m.file);
                return [
                    cell(m.metric_name ?? m.name ?? m.key),
                    cell(m.service),
                    withUnit(m.value, m.unit),
                    cell(m.collection_method ?? m.method),
                    cell(m.timestamp),
                    where,
                    m.counted === false ? `no: ${cell(m.reason, 200)}` : m.counted === true ? 'yes' : 'n/a',
                ];
            })), '');
            if (metrics.length > 60)
                out.push(`… ${metrics.length - 60} more in performance-intake-report.json.`, '');
        }
        const missing = arr(doc.missing_metrics);
        if (missing.length)
            out.push(`Missing baseline metrics: ${missing
                .slice(0, 30)
                .map((m) => cell(typeof m === 'object' ? (obj(m)?.metric_name ?? m) : m))
                .join(', ')}.`, '');
        const alerts = noted(doc.alerts, alertItem);
        if (alerts)
            out.push(`Alerts: ${alerts}.`, '');
        const bi = obj(doc.business_impact);
        const impact = bi && typeof bi.text === 'string'
            ? `${(0,markdown/* escapeInline */.VV)(bi.text, 600)} (source: ${cell(bi.source, 200)})`
            : noted(doc.business_impact, (x) => cell(x, 200));
        if (impact)
            out.push(`Business impact: ${impact}.`, '');
        const ru = obj(doc.resource_utilization);
        if (ru && arr(ru.rows).length)
            out.push(`Resource utilization (monitoring package): ${arr(ru.rows)
                .slice(0, 20)
                .map((x) => {
                const r = obj(x) ?? {};
                return `${cell(r.metric_name, 40)} ${cell(r.service, 60)} ${cell(r.value, 20)} ${cell(r.unit, 10)}`;
            })
                .join('; ')}.`, '');
        const intake = obj(doc.intake);
        if (intake) {
            const cited = ['monitoring_package', 'incident_report', 'deployment_report', 'intake_backlog'].map((k) => {
                const e = obj(intake[k]) ?? {};
                return `${k.replace(/_/g, ' ')}: ${typeof e.file === 'string' ? `${cell(e.file, 120)} (sha256 ${cell(String(e.sha256 ?? '').slice(0, 12), 20)}…)` : cell(e.status, 40)}`;
            });
            out.push(`Intake inputs: ${cited.join('; ')}.`, '');
        }
        const hyp = obj(doc.hypotheses);
        if (hyp) {
            out.push(typeof hyp.count === 'number'
                ? `Hypotheses: ${(0,markdown/* formatNumber */.ZV)(hyp.count)} in ${cell(hyp.file)}${arr(hyp.ids).length
                    ? ` (${arr(hyp.ids)
                        .slice(0, 20)
                        .map((i) => cell(i, 40))
                        .join(', ')})`
                    : ''}.`
                : `Hypotheses: ${noted(hyp, (x) => cell(x, 80))}.`, '');
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/report/performance-report/diagnostics.js
// PERFORMANCE-REPORT.md: diagnostics (phase 2), the load test, coverage and bottlenecks.


/** The peak scenarios table: every check of every scenario (or the scenario itself). */
function peakScenarios(doc) {
    const out = [];
    const scenarioChecks = arr(doc.scenarios)
        .map(obj)
        .filter((x) => !!x)
        .flatMap((sc) => {
        const checks = arr(sc.checks)
            .map(obj)
            .filter((c) => !!c);
        return checks.length ? checks : [sc];
    });
    if (scenarioChecks.length) {
        out.push('Peak scenarios:', '');
        out.push(table(['Scenario', 'Run', 'Requests', 'Achieved', 'Target', 'Duration', 'Dropped iterations', 'Reached'], scenarioChecks.slice(0, 40).map((c) => {
            const t = obj(c.targets) ?? {};
            const target = [
                num(t.min_rps) !== null ? `${(0,markdown/* formatNumber */.ZV)(num(t.min_rps))} req/s` : '',
                num(t.min_duration_s) !== null ? `${(0,markdown/* formatNumber */.ZV)(num(t.min_duration_s))} s` : '',
                num(t.min_vus) !== null ? `${(0,markdown/* formatNumber */.ZV)(num(t.min_vus))} VUs` : '',
            ]
                .filter(Boolean)
                .join(', ');
            const reasons = arr(c.reasons).map((x) => cell(x, 160));
            return [
                cell(c.scenario),
                cell(c.run),
                cell(c.requests),
                withUnit(c.achieved_rps, num(c.achieved_rps) === null ? null : 'req/s'),
                target || 'ran',
                withUnit(c.duration_s, num(c.duration_s) === null ? null : 's'),
                cell(c.dropped_iterations),
                c.reached === true
                    ? 'yes'
                    : c.reached === false
                        ? `no${reasons.length ? `: ${reasons.join('; ')}` : ''}`
                        : 'n/a',
            ];
        })), '');
    }
    return out;
}
function diagnostics(input) {
    const out = ['## 2. Diagnostics and load simulation', ''];
    out.push(...gateBlock(input.results, 'diagnostics'));
    const r = resultOf(input.results, 'diagnostics');
    const crossed = (r?.criteria ?? []).filter((c) => c.protocolReason === 'LoadTestFailure');
    if (crossed.length) {
        out.push('Load test failures (the run broke its own thresholds or did not reach the target load):', '');
        out.push(...crossed.map((c) => `- ${(0,markdown/* escapeInline */.VV)(c.name, 160)}: ${(0,markdown/* escapeInline */.VV)(c.reason, 400)}`), '');
    }
    const { doc, error } = parseJson(input.artifacts['load-test-results.json']);
    if (error)
        out.push(`load-test-results.json could not be read: ${(0,markdown/* escapeInline */.VV)(error)}.`, '');
    else if (!doc)
        out.push('Not provided: no load-test-results.json among the artifacts.', '');
    else {
        const res = obj(doc.results) ?? {};
        const tp = obj(res.throughput);
        const lat = obj(res.latency);
        const er = obj(res.error_rate);
        const cov = num(doc.diagnostic_coverage);
        if (cov !== null) {
            const missingServices = arr(doc.missing_services);
            out.push(`Diagnostic coverage ${(0,markdown/* formatNumber */.ZV)(cov)}% (services profiled ${cell(doc.services_profiled)} of ${cell(doc.services_required)}${missingServices.length
                ? `; not profiled: ${missingServices
                    .slice(0, 20)
                    .map((x) => cell(x, 60))
                    .join(', ')}`
                : ''}).`, '');
        }
        out.push(`Load test: scenario ${cell(doc.test_scenario)}, ${cell(doc.test_date)}.`, '');
        out.push(table(['Measure', 'Target', 'Actual', 'Status'], [
            ['Throughput', withUnit(tp?.target, tp?.unit), withUnit(tp?.actual, tp?.unit), cell(tp?.status)],
            [
                'Latency p50 / p95 / p99',
                'n/a',
                lat
                    ? `${cell(lat.p50)} / ${cell(lat.p95)} / ${cell(lat.p99)}${lat.unit ? ` ${(0,markdown/* escapeInline */.VV)(lat.unit, 20)}` : ''}`
                    : 'n/a',
                cell(lat?.status),
            ],
            ['Error rate', withUnit(er?.target, er?.unit), withUnit(er?.actual, er?.unit), cell(er?.status)],
        ]), '');
        out.push(...peakScenarios(doc));
        const thresholds = arr(doc.thresholds)
            .map(obj)
            .filter((t) => !!t && (t.ok === false || t.status === 'crossed'));
        out.push(thresholds.length
            ? `Thresholds crossed: ${thresholds
                .slice(0, 30)
                .map((t) => `${cell(t.metric)} ${cell(t.expression)}${num(t.actual) !== null ? ` (actual ${(0,markdown/* formatNumber */.ZV)(num(t.actual))})` : ''}`)
                .join('; ')}.`
            : arr(doc.thresholds).length
                ? `Thresholds crossed: none of ${arr(doc.thresholds).length}.`
                : 'Thresholds: none recorded in load-test-results.json.', '');
        const bottlenecks = arr(doc.bottlenecks)
            .map(obj)
            .filter((b) => !!b);
        if (bottlenecks.length) {
            out.push('Bottlenecks:', '', table(['Service', 'Issue', 'Severity'], bottlenecks.slice(0, 30).map((b) => [cell(b.service), cell(b.issue, 300), cell(b.severity)])), '');
        }
        else if (typeof doc.bottlenecks_note === 'string')
            out.push(`Bottlenecks: ${(0,markdown/* escapeInline */.VV)(doc.bottlenecks_note, 300)}.`, '');
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/report/performance-report/plan.js
// PERFORMANCE-REPORT.md: the optimization actions (phase 3) and the target's Mermaid chart.


function planSection(input) {
    const out = ['## 3. Optimization actions', ''];
    const { doc, error } = parseJson(input.artifacts['optimization-plan.json']);
    if (error)
        return [...out, `optimization-plan.json could not be read: ${(0,markdown/* escapeInline */.VV)(error)}.`, ''];
    if (!doc)
        return [...out, 'Not provided: no optimization-plan.json among the artifacts.', ''];
    const approvedBy = Array.isArray(doc.approved_by)
        ? doc.approved_by.map((a) => cell(a)).join(', ')
        : cell(doc.approved_by);
    out.push(`Plan ${cell(doc.plan_id)}: ${cell(doc.title, 200)} (owner ${cell(doc.owner)}; approved by ${approvedBy} at ${cell(doc.approved_at)}).`, '');
    const opts = arr(doc.optimizations)
        .map(obj)
        .filter((o) => !!o);
    if (!opts.length)
        out.push('The plan lists no optimization tasks.', '');
    else {
        out.push(table([
            'Id',
            'Action',
            'Service',
            'Metric',
            'Baseline',
            'Expected',
            'Expected gain',
            'Status',
            'Risk',
            'Justification',
        ], opts
            .slice(0, 50)
            .map((o) => [
            cell(o.id),
            cell(o.title, 160),
            cell(o.service),
            `${cell(o.metric)}${o.stat ? ` ${cell(o.stat)}` : ''}`,
            withUnit(o.baseline_value, o.unit),
            withUnit(o.expected_value, o.unit),
            num(o.expected_improvement_pct) === null
                ? 'n/a'
                : `${(0,markdown/* formatNumber */.ZV)(num(o.expected_improvement_pct))}%`,
            cell(o.status),
            cell(o.risk),
            o.justification ? cell(o.justification, 300) : '',
        ])), '');
    }
    return out;
}
/** Mermaid text: only characters xychart-beta's lexer takes inside a quoted string. */
function mermaidText(s) {
    return (s
        .replace(/[^A-Za-z0-9 _:{}=,./()-]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 80) || 'target');
}
/** A number in xychart-beta's grammar: digits with an optional fraction, never an exponent. */
function mermaidNumber(v) {
    // toFixed switches to exponent notation from 1e21 up: print such integers exactly instead
    if (Math.abs(v) >= 1e21)
        return BigInt(Math.round(v)).toString();
    const s = v.toFixed(3).replace(/\.?0+$/, '');
    return s === '-0' ? '0' : s;
}
function targetChart(key, unit, before, after) {
    const all = [...before, ...after];
    if (all.some((v) => v === null || !Number.isFinite(v)) || all.length !== 6)
        return undefined;
    const nums = all;
    const max = Math.max(...nums) * 1.1;
    // round the axis top up to two significant digits
    const step = max > 0 ? Math.pow(10, Math.floor(Math.log10(max)) - 1) : 1;
    const top = max > 0 ? Math.ceil(max / step) * step : 1;
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${mermaidText(key)} before and after"`,
        '    x-axis [p50, p95, p99]',
        `    y-axis "${mermaidText(unit ?? 'value')}" 0 --> ${mermaidNumber(top)}`,
        `    bar [${before.map(mermaidNumber).join(', ')}]`,
        `    line [${after.map(mermaidNumber).join(', ')}]`,
        '```',
    ].join('\n');
}

;// CONCATENATED MODULE: ./.build/report/performance-report/validation.js
// PERFORMANCE-REPORT.md: validation (phase 4), the before/after tables and the regressions.



/** The target's latency distribution (p50/p95/p99 on both sides) and its chart. */
function distribution(doc) {
    const out = [];
    const dist = obj(doc.target_distribution);
    if (dist) {
        const bd = obj(dist.baseline) ?? {};
        const od = obj(dist.optimized) ?? {};
        const before = [num(bd.p50), num(bd.p95), num(bd.p99)];
        const after = [num(od.p50), num(od.p95), num(od.p99)];
        const unit = typeof dist.unit === 'string' ? dist.unit : null;
        out.push(`Latency distribution of ${(0,markdown/* inlineCode */.ti)(doc.target_metric)} (${cell(dist.combined)}):`, '');
        out.push(table(['Percentile', 'Baseline', 'Optimized', 'Change'], ['p50', 'p95', 'p99'].map((p, i) => [
            p,
            withUnit(before[i], unit),
            withUnit(after[i], unit),
            before[i] !== null && after[i] !== null && before[i] !== 0
                ? signedPct(Math.round((after[i] / before[i] - 1) * 10000) / 100)
                : 'n/a',
        ])), '');
        const chart = targetChart(String(doc.target_metric ?? 'target'), unit, before, after);
        if (chart)
            out.push('Bars: baseline; line: optimized.', '', chart, '');
        else
            out.push('No chart: a percentile is missing on one side.', '');
    }
    else {
        out.push('No latency chart: the target is not a k6 trend measured in both runs.', '');
    }
    return out;
}
function validation(input) {
    const out = ['## 4. Validation results', ''];
    out.push(...gateBlock(input.results, 'optimization'));
    const { doc, error } = parseJson(input.artifacts['optimization-validation-report.json']);
    const gate3 = resultOf(input.results, 'optimization');
    if (error)
        out.push(`optimization-validation-report.json could not be read: ${(0,markdown/* escapeInline */.VV)(error)}.`, '');
    if (doc) {
        const b = obj(doc.baseline) ?? {};
        const o = obj(doc.optimized) ?? {};
        const imp = obj(doc.improvement) ?? {};
        out.push(`Target metric ${(0,markdown/* inlineCode */.ti)(doc.target_metric ?? 'none')} (${cell(doc.direction)} is better), optimization ${cell(doc.optimization_id)}:`, '');
        out.push(table(['', 'Value', 'Measured', 'Runs'], [
            ['Baseline', withUnit(b.value, b.unit), cell(b.timestamp), cell(b.runs)],
            ['Optimized', withUnit(o.value, o.unit), cell(o.timestamp), cell(o.runs)],
        ]), '');
        const lo = num(imp.lower_bound_percentage);
        const hi = num(imp.upper_bound_percentage);
        const verdict = cell(imp.verdict);
        out.push(`Improvement: **${num(imp.percentage) === null ? 'n/a' : `${(0,markdown/* formatNumber */.ZV)(num(imp.percentage))}%`}** (absolute ${withUnit(imp.absolute, b.unit)}; threshold ${cell(imp.threshold_percentage)}%; 95% bounds ${lo === null || hi === null ? 'n/a' : `${(0,markdown/* formatNumber */.ZV)(lo)}% to ${(0,markdown/* formatNumber */.ZV)(hi)}%`}). ` +
            `Verdict ${verdict}: ${imp.verdict === 'improvement-confirmed' ? 'confirmed, the whole interval clears the threshold' : imp.verdict === 'improvement' ? 'met by the point estimate, not confirmed by the interval' : 'not an improvement that meets the threshold'}; ${imp.calibrated === true ? 'calibrated (run-to-run noise measured)' : imp.calibrated === false ? 'uncalibrated (one run per side, no noise file: the interval understates the real uncertainty)' : 'calibration unknown'}.`, '');
        const just = obj(imp.justification);
        if (just)
            out.push(`Waived by the documented justification (${cell(just.source)}): ${(0,markdown/* escapeMarkdown */.FV)(just.text, 1000)}`, '');
        out.push(...distribution(doc));
    }
    else if (!error) {
        out.push('Not provided: no optimization-validation-report.json among the artifacts; the rows below come from the gate 3 result.', '');
    }
    const rows = doc
        ? arr(doc.comparisons)
            .map(obj)
            .filter((r) => !!r)
        : (gate3?.comparisons ?? []).map((c) => ({
            ...c,
            optimized: c.candidate,
            bounds: { lower: c.lower, upper: c.upper },
            change_percentage: c.ratio === null ? null : Math.round((c.ratio - 1) * 10000) / 100,
        }));
    if (rows.length) {
        out.push(`Before/after comparison (${rows.length} key${rows.length === 1 ? '' : 's'}; bounds are the 95% one-sided bounds of the ratio optimized/baseline):`, '');
        out.push(table(['Key', 'Baseline', 'Optimized', 'Change', 'Ratio bounds', 'Verdict', 'Calibrated'], rows.slice(0, 80).map((r) => {
            const bd = obj(r.bounds) ?? {};
            const lo = num(bd.lower);
            const hi = num(bd.upper);
            return [
                (0,markdown/* escapeInline */.VV)(r.key, 160) + (r.named === false ? '' : ' (named)'),
                withUnit(r.baseline, r.unit),
                withUnit(r.optimized, r.unit),
                signedPct(num(r.change_percentage)),
                lo === null || hi === null ? 'n/a' : `${(0,markdown/* formatNumber */.ZV)(lo)} to ${(0,markdown/* formatNumber */.ZV)(hi)}`,
                cell(r.verdict),
                r.calibrated === true ? 'yes' : 'no',
            ];
        })), '');
        if (rows.length > 80)
            out.push(`… ${rows.length - 80} more in optimization-validation-report.json.`, '');
    }
    if (doc) {
        const regs = arr(doc.regressions)
            .map(obj)
            .filter((r) => !!r);
        out.push(regs.length ? `Regressions (${regs.length}):` : 'Regressions: none.', '');
        if (regs.length)
            out.push(...regs.slice(0, 50).map((r) => `- ${(0,markdown/* inlineCode */.ti)(r.metric, 160)}: ${(0,markdown/* escapeInline */.VV)(r.reason, 300)}`), '');
        const tests = obj(doc.tests);
        if (tests) {
            const outcomes = obj(tests.outcomes) ?? {};
            out.push(`Performance tests (${cell(tests.file)}): ${cell(tests.performance)} run; ${Object.entries(outcomes)
                .map(([k, v]) => `${cell(v)} ${(0,markdown/* escapeInline */.VV)(k, 20)}`)
                .join(', ') || 'no outcomes'}.`, '');
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/report/performance-report/slo.js
// PERFORMANCE-REPORT.md: SLO updates and their approvals (phase 5).


function sloSection(input) {
    const out = ['## 5. SLO updates and approvals', ''];
    const rec = input.sloRecord;
    if (!rec)
        return [...out, 'Not provided: no slo-updates input given, so no SLO change is recorded.', ''];
    if (!rec.updates.length)
        return [...out, 'No SLO change proposed in this cycle.', ''];
    out.push(table(['SLO', 'Metric', 'Previous', 'New', 'Traced to validation', 'Approval'], rec.updates.map((u) => [
        cell(u.slo_name, 120),
        u.metric ? (0,markdown/* inlineCode */.ti)(u.metric) : 'n/a',
        cell(u.previous_target),
        cell(u.new_target),
        `${u.trace.validated && u.trace.meets_new_target ? '✅' : '❌'} ${(0,markdown/* escapeInline */.VV)(u.trace.reason, 300)}`,
        cell(u.approval_status),
    ])), '');
    const seen = new Set();
    const approvers = rec.updates
        .flatMap((u) => u.approvers)
        .filter((a) => (seen.has(a.role) ? false : (seen.add(a.role), true)));
    out.push(`Approvals: ${rec.approval_percentage === null ? 'n/a' : `${(0,markdown/* formatNumber */.ZV)(rec.approval_percentage)}%`} of the required roles (${rec.required_roles.map((r) => (0,markdown/* escapeInline */.VV)(r, 60)).join(', ') || 'none'}); status ${cell(rec.approval_status)}. Source: ${cell(rec.approvals_source.source)}${rec.approvals_source.self_attested ? ' (**self-attested**: a file, not GitHub)' : ''}${rec.approvals_source.path ? ` ${(0,markdown/* inlineCode */.ti)(rec.approvals_source.path)}` : ''}${rec.approvals_source.error ? `, error: ${(0,markdown/* escapeInline */.VV)(rec.approvals_source.error, 300)}` : ''}.`, '');
    if (approvers.length) {
        out.push(table(['Role', 'Environment', 'Approver', 'Status', 'Observed at', 'Comment'], approvers.map((a) => [
            cell(a.role),
            (0,markdown/* inlineCode */.ti)(a.environment),
            a.login ? (0,markdown/* inlineCode */.ti)(a.login, 60) : 'n/a',
            cell(a.approval_status),
            cell(a.approval_timestamp),
            a.comment ? cell(a.comment, 200) : '',
        ])), '', "Approval times are when perf-gates observed the approval: GitHub's approvals API records no time.", '');
    }
    if (rec.missing_roles.length)
        out.push(`Still needed: ${rec.missing_roles.map((m) => `${(0,markdown/* escapeInline */.VV)(m.role, 60)} (environment ${(0,markdown/* inlineCode */.ti)(m.environment)}, ${(0,markdown/* escapeInline */.VV)(m.status, 20)})`).join(', ')}.`, '');
    for (const u of rec.updates)
        if (u.justification)
            out.push(`- ${cell(u.slo_name)}: ${(0,markdown/* escapeInline */.VV)(u.justification, 400)}`);
    out.push('');
    return out;
}

;// CONCATENATED MODULE: ./.build/report/performance-report/failures.js
// PERFORMANCE-REPORT.md: what failed and why.


function failures(input) {
    const out = ['## 6. What failed and why', ''];
    const bad = input.results.filter((r) => (0,markdown/* safeVerdict */.vL)(r.verdict) !== 'pass');
    if (!bad.length)
        return [...out, 'Nothing: every gate passed.', ''];
    for (const r of bad) {
        out.push(`### ${(0,markdown/* escapeInline */.VV)(r.title, 120)}: ${verdictCell(r.verdict)}`, '');
        const f = r.failure;
        if (!f) {
            out.push('No failure form recorded.', '');
            continue;
        }
        out.push(`- **Criteria:** ${(0,markdown/* escapeMarkdown */.FV)(f.criteria, 1500)}`, `- **Actual:** ${(0,markdown/* escapeMarkdown */.FV)(f.actual, 2000)}`, `- **Required action:** ${(0,markdown/* escapeMarkdown */.FV)(f.requiredAction, 400)}`, '- **Options:**', ...(Array.isArray(f.options) ? f.options : [])
            .slice(0, 10)
            .map((o, i) => `  ${i + 1}. ${(0,markdown/* escapeInline */.VV)(o, 200)}`), '');
        const reasons = (r.criteria ?? []).filter((c) => c.protocolReason);
        if (reasons.length)
            out.push(`Protocol reasons: ${[...new Set(reasons.map((c) => (0,markdown/* escapeInline */.VV)(c.protocolReason, 40)))].join(', ')}.`, '');
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/report/performance-report/evidence.js
// PERFORMANCE-REPORT.md: the evidence, every artifact with its checksum.


function evidence(input) {
    const out = ['## 7. Evidence', ''];
    out.push(`Every file is in ${input.artifactsDir ? (0,markdown/* inlineCode */.ti)(input.artifactsDir.replace(/\/*$/, '/'), 200) : 'the folder of this report'} (and in this gate's artifact), listed in \`SHA256SUMS\` (\`sha256sum -c SHA256SUMS\` verifies the set) and in \`performance-report-manifest.json\`.`, '');
    const docs = input.documentation;
    const written = new Set(input.written ?? []);
    const required = docs?.required ?? [];
    if (required.length) {
        out.push(`Documentation completeness: ${docs ? `${(0,markdown/* formatNumber */.ZV)(docs.percentage)}%` : 'n/a'} (${docs?.counted.length ?? 0}/${required.length} protocol artifacts).`, '');
        out.push(table(['Artifact', 'Status', 'SHA-256'], required.map((name) => {
            const check = input.checks.find((c) => c.name === name);
            const miss = docs?.missing.find((m) => m.name === name);
            const status = miss
                ? `❌ ${(0,markdown/* escapeInline */.VV)(miss.reason, 200)}`
                : name === 'instrumentation-update-log.md' && written.has(name)
                    ? "✅ the team's log, copied byte for byte by this gate"
                    : written.has(name)
                        ? '✅ written by this gate'
                        : '✅ present, checksum verified';
            const hash = check?.actual
                ? (0,markdown/* inlineCode */.ti)(check.actual)
                : check?.expected
                    ? (0,markdown/* inlineCode */.ti)(check.expected)
                    : written.has(name)
                        ? 'in SHA256SUMS'
                        : 'n/a';
            return [(0,markdown/* inlineCode */.ti)(name), status, hash];
        })), '');
    }
    const others = input.checks.filter((c) => !required.includes(c.name));
    if (others.length) {
        out.push('Other evidence verified:', '', table(['File', 'Status', 'SHA-256'], others.map((c) => [
            (0,markdown/* inlineCode */.ti)(c.name),
            c.ok
                ? '✅ verified'
                : `❌ ${(0,markdown/* escapeInline */.VV)(c.reason ?? (c.present ? 'checksum mismatch' : 'missing'), 200)}`,
            c.actual ? (0,markdown/* inlineCode */.ti)(c.actual) : c.expected ? (0,markdown/* inlineCode */.ti)(c.expected) : 'n/a',
        ])), '');
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/report/performance-report.js
// PERFORMANCE-REPORT.md: the whole story of a protocol-18 cycle for a person to read (intake,
// diagnostics, optimization actions, validation with before/after tables and a Mermaid chart, SLO
// updates and approvals, what failed and why, the evidence). Pure: gate results and artifact texts
// in, Markdown out. Every string that came from an input file goes through escapeInline /
// escapeMarkdown (src/report/markdown.ts): no Markdown/HTML injection, no @-mentions.
// Each section is a module of src/report/performance-report/.










function renderPerformanceReport(input) {
    const vb = input.verifiedBy;
    const who = vb
        ? [
            vb.tool,
            vb.actor && `actor ${vb.actor}`,
            vb.workflow && `workflow ${vb.workflow}`,
            vb.user && `user ${vb.user}`,
            vb.host && `host ${vb.host}`,
        ]
            .filter(Boolean)
            .join(', ')
        : 'perf-gates';
    const lines = [
        '# Performance Report',
        '',
        `Protocol 18, Performance Optimization & Tuning. Generated ${(0,markdown/* escapeInline */.VV)(input.now, 40)} by ${(0,markdown/* escapeInline */.VV)(who, 300)}${vb?.run_url ? ` (run ${(0,markdown/* inlineCode */.ti)(vb.run_url, 200)})` : ''}.`,
        '',
        ...summary(input),
        ...intake(input),
        ...diagnostics(input),
        ...planSection(input),
        ...validation(input),
        ...sloSection(input),
        ...failures(input),
        ...evidence(input),
    ];
    return (lines
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd() + '\n');
}

;// CONCATENATED MODULE: ./.build/report/improvement-notes.js


function figure(v, unit) {
    if (v === null || v === undefined)
        return 'n/a';
    if (typeof v === 'number')
        return `${(0,markdown/* formatNumber */.ZV)(v)}${unit ? (unit === '%' ? '%' : ` ${(0,markdown/* escapeInline */.VV)(unit, 20)}`) : ''}`;
    if (typeof v === 'boolean')
        return v ? 'yes' : 'no';
    return (0,markdown/* escapeInline */.VV)(v, 80);
}
function threshold(c) {
    if (c.threshold === null || c.threshold === undefined)
        return 'n/a';
    return typeof c.threshold === 'number'
        ? `${c.operator ?? '>='} ${figure(c.threshold, c.unit)}`
        : (0,markdown/* escapeInline */.VV)(c.threshold, 80);
}
/** Passing, numeric, and within `margin` of the threshold on the passing side. */
function isMarginal(c, margin = 0.1) {
    if ((0,markdown/* safeVerdict */.vL)(c.verdict) !== 'pass' || typeof c.actual !== 'number' || typeof c.threshold !== 'number')
        return false;
    if (!Number.isFinite(c.actual) || !Number.isFinite(c.threshold) || c.threshold === 0)
        return false;
    // a percentage at 100 has no headroom left to lose to: nothing to watch
    if (c.unit === '%' && (c.operator ?? '>=') === '>=' && c.actual >= 100)
        return false;
    const t = Math.abs(c.threshold);
    return (c.operator ?? '>=') === '>='
        ? c.actual - c.threshold < margin * t
        : c.threshold - c.actual < margin * t;
}
function line(i, extra = '') {
    const reason = (0,markdown/* escapeInline */.VV)(i.c.reason, 400);
    const protocol = i.c.protocolReason ? ` (${(0,markdown/* escapeInline */.VV)(i.c.protocolReason, 40)})` : '';
    return `- ${(0,markdown/* escapeInline */.VV)(i.gate.title, 80)}, ${(0,markdown/* escapeInline */.VV)(i.c.name, 160)}: ${figure(i.c.actual, i.c.unit)} (threshold ${threshold(i.c)}). ${reason}${protocol}${!protocol && /[.!?]$/.test(i.c.reason.trim()) ? '' : '.'}${extra}`;
}
function renderImprovementNotes(results, opts) {
    const margin = opts.margin ?? 0.1;
    const items = results.flatMap((gate) => (Array.isArray(gate.criteria) ? gate.criteria : []).map((c) => ({ gate, c })));
    const failed = items.filter((i) => ['fail', 'error'].includes((0,markdown/* safeVerdict */.vL)(i.c.verdict)));
    const missing = items.filter((i) => (0,markdown/* safeVerdict */.vL)(i.c.verdict) === 'insufficient-data');
    const marginal = items.filter((i) => isMarginal(i.c, margin));
    const waived = items.filter((i) => (0,markdown/* safeVerdict */.vL)(i.c.verdict) === 'waived');
    const comparisons = results.flatMap((gate) => (Array.isArray(gate.comparisons) ? gate.comparisons : []).map((c) => ({ gate, c })));
    const uncalibrated = comparisons.filter((x) => !x.c.calibrated && x.c.verdict !== 'insufficient-data');
    const unconfirmed = comparisons.filter((x) => x.c.verdict === 'improvement');
    const absentNotes = results.flatMap((gate) => (Array.isArray(gate.notes) ? gate.notes : [])
        .filter((n) => /^not provided\b/i.test(n))
        .map((n) => ({ gate, n })));
    const out = [
        '# Continuous Improvement Notes',
        '',
        `Generated ${(0,markdown/* escapeInline */.VV)(opts.now, 40)} from the results of ${results.length} gate${results.length === 1 ? '' : 's'} (${results.map((r) => `${(0,markdown/* escapeInline */.VV)(r.title, 80)}: ${(0,markdown/* safeVerdict */.vL)(r.verdict)}`).join('; ') || 'none'}). ` +
            'For protocol 22 (retrospective) and protocol 19 (monitoring). Every item below comes from a gate criterion or comparison; nothing else is assumed.',
        '',
    ];
    out.push('## Failed criteria', '');
    if (failed.length)
        out.push(...failed.map((i) => line(i, ` Action: ${(0,markdown/* escapeInline */.VV)((0,common/* actionFor */.cY)(i.gate.gate, i.c), 200)}`)), '');
    else
        out.push('None.', '');
    out.push('## Missing evidence', '');
    if (missing.length || absentNotes.length) {
        out.push(...missing.map((i) => line(i, ' Provide the evidence and rerun the gate.')));
        out.push(...absentNotes.map((x) => `- ${(0,markdown/* escapeInline */.VV)(x.gate.title, 80)}: ${(0,markdown/* escapeInline */.VV)(x.n, 300)}`), '');
    }
    else
        out.push('None.', '');
    out.push(`## Marginal criteria (passed within ${(0,markdown/* formatNumber */.ZV)(margin * 100)}% of the threshold)`, '');
    if (marginal.length)
        out.push(...marginal.map((i) => line(i, ' Little headroom: watch this in monitoring and in the next cycle.')), '');
    else
        out.push('None.', '');
    out.push('## Waivers', '');
    if (waived.length)
        out.push(...waived.map((i) => line(i, ' Revisit the justification in the retrospective.')), '');
    else
        out.push('None.', '');
    out.push('## Uncalibrated comparisons', '');
    if (uncalibrated.length) {
        out.push(`${uncalibrated.length} comparison${uncalibrated.length === 1 ? ' was' : 's were'} judged from one run per side without a noise file, so their intervals only cover sampling noise inside each run, not run-to-run drift. ` +
            'Recommendation: run the same build several times (A/A runs), measure the noise with `perf-gates calibrate <runs...> --out noise.json`, and pass it as the `noise` input (or repeat the baseline and candidate runs).', '', ...uncalibrated
            .slice(0, 40)
            .map((x) => `- ${(0,markdown/* inlineCode */.ti)(x.c.key, 160)}: ${(0,markdown/* escapeInline */.VV)(x.c.verdict, 30)}`));
        if (uncalibrated.length > 40)
            out.push(`- … ${uncalibrated.length - 40} more (see optimization-validation-report.json)`);
        out.push('');
    }
    else
        out.push(comparisons.length ? 'None: every comparison is calibrated.' : 'None: no comparisons were made.', '');
    out.push('## Unconfirmed improvements', '');
    if (unconfirmed.length) {
        out.push('The point estimate clears the improvement threshold but the interval does not: more runs per side would confirm or refute it.', '', ...unconfirmed
            .slice(0, 40)
            .map((x) => `- ${(0,markdown/* inlineCode */.ti)(x.c.key, 160)}: ratio ${x.c.ratio === null ? 'n/a' : (0,markdown/* formatNumber */.ZV)(x.c.ratio)}, bounds ${x.c.lower === null || x.c.upper === null ? 'n/a' : `${(0,markdown/* formatNumber */.ZV)(x.c.lower)} to ${(0,markdown/* formatNumber */.ZV)(x.c.upper)}`}${x.c.calibrated ? '' : ' (uncalibrated)'}`), '');
    }
    else
        out.push('None.', '');
    if (!failed.length &&
        !missing.length &&
        !absentNotes.length &&
        !marginal.length &&
        !waived.length &&
        !uncalibrated.length &&
        !unconfirmed.length) {
        out.push('No failed, marginal or waived criteria, no missing evidence, and every comparison is calibrated and confirmed.', '');
    }
    return out.join('\n').trimEnd() + '\n';
}

;// CONCATENATED MODULE: ./.build/run/governance.js



/** Gate 4 decided, with its report and improvement notes rendered. */
function evaluateGovernance(ev, config, ctx, opts = {}) {
    const { result, artifacts, docs } = decideGovernance(ev, config, ctx);
    artifacts.push({
        name: PERFORMANCE_REPORT,
        content: renderPerformanceReport({
            now: ctx.now,
            verifiedBy: ctx.verifiedBy,
            results: docs.results,
            artifacts: ev.artifacts,
            checks: ev.checks,
            sloRecord: docs.sloRecord,
            documentation: docs.documentation,
            written: docs.written,
            artifactsDir: opts.artifactsDir,
        }),
    });
    artifacts.push({
        name: IMPROVEMENT_NOTES,
        content: renderImprovementNotes(docs.results, { now: ctx.now }),
    });
    return { result, artifacts };
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
