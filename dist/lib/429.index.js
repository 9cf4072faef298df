export const id = 429;
export const ids = [429,141];
export const modules = {

/***/ 92903:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ defaultConfig)
/* harmony export */ });
/** Every default (a fresh object each call: callers may change theirs). */
function defaultConfig() {
    return {
        thresholds: {
            baseline_completeness: 95,
            diagnostic_coverage: 90,
            improvement: 15,
            regressions: 0,
            documentation_completeness: 95,
            approvals: 100,
        },
        tolerance: 5,
        confidence: 0.95,
        uncalibrated_margin: 10,
        fdr: 0.05,
        breakdown_tags: ['name', 'scenario'],
        baseline: {},
        diagnostics: { weights: { services: 1, peak_scenarios: 1, capacity: 1 } },
        optimization: { require_plan_approval: true },
        intake: { required: [] },
    };
}


/***/ }),

/***/ 9141:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INPUTS: () => (/* binding */ INPUTS),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   inputsOf: () => (/* binding */ inputsOf),
/* harmony export */   lG: () => (/* binding */ wouldPublish)
/* harmony export */ });
/* unused harmony exports PROTOCOL_GATES, OUTPUTS, InputSchema, checkInputs, withDefaults */
const ALL = [
    'baseline',
    'diagnostics',
    'optimization',
    'governance',
    'compare',
    'all',
];
/** The gates the root action runs by default (input `gates`): the four protocol gates. */
const PROTOCOL_GATES = ['baseline', 'diagnostics', 'optimization', 'governance'];
const GATE_CHOICES = [...PROTOCOL_GATES, 'compare'];
const INPUTS = {
    config: {
        description: 'Path of the perf-gates configuration (YAML). Optional: every key has a protocol default.',
        default: '.github/perf-gates.yml',
        gates: ALL,
    },
    'baseline-k6': {
        description: 'k6 output of the baseline run(s): one run per line; a glob on a line is the files of that run (NDJSON shards, plain or gzip, and its summary files).',
        default: '',
        gates: ['baseline', 'diagnostics', 'optimization', 'compare', 'all'],
        runs: true,
    },
    'load-test-k6': {
        description: 'k6 output of the peak-load run(s), same form as baseline-k6. Defaults to baseline-k6.',
        default: '',
        gates: ['diagnostics', 'all'],
        runs: true,
    },
    'candidate-k6': {
        description: 'k6 output of the changed build, same form as baseline-k6.',
        default: '',
        gates: ['optimization', 'compare', 'all'],
        runs: true,
    },
    format: {
        description: 'Force a reader instead of detecting each file from its content (auto).',
        default: 'auto',
        gates: ALL,
    },
    'baseline-csv': {
        description: 'An existing baseline-metrics.csv (metric_name,service,value,unit,collection_method,timestamp). Gate 3 traces the baseline of its claim to it (else to the one gate 1 wrote in artifacts-dir).',
        default: '',
        gates: ['baseline', 'optimization', 'all'],
    },
    hypotheses: { description: 'hypothesis-log.md', default: '', gates: ['baseline', 'all'] },
    'monitoring-package': {
        description: 'MONITORING-PACKAGE.zip of protocol 16, or the folder it unpacks to: listed, and its Prometheus text or CSV metric exports read (CPU, memory, firing alerts).',
        default: '',
        gates: ['baseline', 'all'],
    },
    'incident-report': {
        description: 'INCIDENT-REPORT.md of protocol 17 (its Business impact and Alerts sections are read).',
        default: '',
        gates: ['baseline', 'all'],
    },
    'deployment-report': {
        description: 'DEPLOYMENT-REPORT.md of protocol 15.',
        default: '',
        gates: ['baseline', 'all'],
    },
    'intake-backlog': {
        description: 'performance-intake-backlog.json of previous cycles.',
        default: '',
        gates: ['baseline', 'all'],
    },
    'pytest-report': {
        description: 'pytest-json-report (or JUnit XML) of `pytest -m performance`.',
        default: '',
        gates: ['baseline', 'optimization', 'compare', 'all'],
    },
    'baseline-benchmark': {
        description: 'pytest-benchmark JSON of the baseline build: one run per line, globs allowed.',
        default: '',
        gates: ['baseline', 'optimization', 'compare', 'all'],
        runs: true,
    },
    'candidate-benchmark': {
        description: 'pytest-benchmark JSON of the changed build: one run per line, globs allowed.',
        default: '',
        gates: ['optimization', 'compare', 'all'],
        runs: true,
    },
    'profiling-report': {
        description: 'profiling-report.md (one section per profiled service).',
        default: '',
        gates: ['diagnostics', 'all'],
    },
    'capacity-analysis': { description: 'capacity-analysis.md', default: '', gates: ['diagnostics', 'all'] },
    plan: {
        description: 'optimization-plan.json (needs only target_metric { name, stat, direction }).',
        default: '',
        gates: ['optimization', 'all'],
    },
    noise: {
        description: 'Noise file written by `perf-gates calibrate` from A/A runs: makes single-run comparisons calibrated.',
        default: '',
        gates: ['optimization', 'all'],
    },
    'slo-updates': {
        description: 'slo-updates.yml: the proposed SLO changes and the roles that approve them.',
        default: '',
        gates: ['governance', 'all'],
    },
    'instrumentation-log': {
        description: "The team's instrumentation-update-log.md (gate 3 evidence; gate 4 counts it).",
        default: '',
        gates: ['optimization', 'governance', 'all'],
    },
    approvals: {
        description: "A JSON file shaped like GitHub's run-approvals response. Without it, governance reads GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals.",
        default: '',
        gates: ['optimization', 'governance', 'all'],
    },
    waivers: {
        description: 'Waivers file (YAML, schema $defs.waivers): gate, criterion, justification, requested_by, expires, approver_role. In Actions a waiver counts only when its role approved it through its environment in this run; in the CLI it is self-attested.',
        default: '',
        gates: ALL,
    },
    gates: {
        description: 'The gates the root action runs, comma-separated, in this order: baseline, diagnostics, optimization, governance (the protocol gates) and compare (no regressions, no plan).',
        default: 'baseline,diagnostics,optimization,governance',
        gates: ['all'],
    },
    baseline: {
        description: "compare's baseline side: runs (baseline-k6 / baseline-benchmark) or history (the runs stored in history-dir).",
        default: 'runs',
        gates: ['compare', 'all'],
    },
    'history-dir': {
        description: 'The history store (a folder of perf-gates history entries, as `perf-gates history add` writes them) that baseline: history reads and history: record appends to.',
        default: '',
        gates: ['compare', 'all'],
    },
    history: {
        description: "off, or record: append this run's candidate to the history store (on the default branch).",
        default: 'off',
        gates: ['compare', 'all'],
    },
    'history-keep': {
        description: 'How many entries the history store keeps (the oldest are dropped). 1 to 10000.',
        default: '100',
        gates: ['compare', 'all'],
    },
    'history-retention': {
        description: 'Days the uploaded perf-gates-history artifact is kept (GitHub Actions, history: record). 1 to 400.',
        default: '90',
        gates: ['compare', 'all'],
    },
    'artifacts-dir': {
        description: 'Where the evidence is written.',
        default: '.artifacts/performance',
        gates: ALL,
    },
    'artifact-name': {
        description: 'Name of the uploaded workflow artifact; default perf-gates-<gate>-<job id>. Add the matrix values in a matrix.',
        default: '',
        gates: ALL,
    },
    token: {
        description: 'GitHub token for the PR comment, the commit status, approvals and artifacts.',
        default: '${{ github.token }}',
        gates: ALL,
    },
    comment: { description: 'PR comment: update (default), on-failure or off.', default: 'update', gates: ALL },
    'comment-author': {
        description: 'Login the PR comment is written as: only a marker comment by this login is ever edited or deleted. github-actions[bot] for GITHUB_TOKEN; your login for a personal token; <app-slug>[bot] for an App token.',
        default: 'github-actions[bot]',
        gates: ALL,
    },
    status: {
        description: 'Set a commit status perf-gates/<gate> on the PR head: true or false.',
        default: 'true',
        gates: ALL,
    },
    upload: {
        description: 'Upload the evidence as a workflow artifact: true or false.',
        default: 'true',
        gates: ALL,
    },
    'fail-on': {
        description: 'Verdicts that fail the step (comma-separated).',
        default: 'fail,insufficient-data,error',
        gates: ALL,
    },
    'api-timeout': {
        description: 'Seconds one GitHub API request may take before it is abandoned (and retried, logged). 1 to 600.',
        default: '30',
        gates: ALL,
    },
    'publish-deadline': {
        description: 'Seconds for the PR comment, the commit statuses and the approvals reads together; past it the step finishes with its verdict and a warning. The same bound applies to the artifact upload. 1 to 3600.',
        default: '120',
        gates: ALL,
    },
};
const OUTPUTS = {
    verdict: 'pass, waived, fail, insufficient-data or error (for the root action: the worst of the gates it ran).',
    score: "The gate's headline percentage (completeness, coverage, improvement, documentation); empty when none.",
    'improvement-pct': 'Improvement of the target metric in percent (optimization), empty otherwise.',
    'regression-count': 'Number of regressions found (optimization, compare), empty otherwise.',
    'report-path': "Path of the gate's main report in the evidence folder.",
    'artifact-id': 'ID of the uploaded evidence artifact, empty when not uploaded.',
};
function inputsOf(action) {
    return Object.keys(INPUTS).filter((k) => INPUTS[k].gates.includes(action));
}
const VERDICTS = ['pass', 'waived', 'fail', 'insufficient-data', 'error'];
const bool = (name) => (s, bad) => {
    const v = s.trim();
    if (/^(true|True|TRUE)$/.test(v))
        return true;
    if (/^(false|False|FALSE)$/.test(v))
        return false;
    return bad(`input ${name} must be true or false (got "${s}")`);
};
const lines = (s) => s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
const optionalPath = (s) => (s.trim() ? s.trim() : undefined);
const seconds = (name, max) => (s, bad) => {
    const v = s.trim();
    const n = /^\d+(\.\d+)?$/.test(v) ? Number(v) : Number.NaN;
    if (n >= 1 && n <= max)
        return n;
    return bad(`input ${name} must be a number of seconds from 1 to ${max} (got "${s}")`);
};
const oneOf = (name, dflt, choices, said) => (s, bad) => {
    const v = s.trim() || dflt;
    if (choices.includes(v))
        return v;
    return bad(`input ${name} must be ${said} (got "${s}")`);
};
const wholeNumber = (name, dflt, max, what) => (s, bad) => {
    const v = s.trim() || dflt;
    const n = /^\d+$/.test(v) ? Number(v) : Number.NaN;
    if (n >= 1 && n <= max)
        return n;
    return bad(`input ${name} must be ${what} from 1 to ${max} (got "${s}")`);
};
const artifactName = (s, bad) => {
    const v = s.trim();
    // the names the artifact service accepts (io/artifacts.ts validateArtifactName: at most 256,
    // and `all` appends -<gate>): a name it would refuse must not pass the step un-uploaded
    const found = /[":<>|*?\\/\p{Cc}]/u.exec(v);
    if (found || v.length > 240)
        return bad(`input artifact-name ${JSON.stringify(v.length > 60 ? v.slice(0, 60) + '…' : v)} is not a valid artifact name: ${found ? `it contains ${JSON.stringify(found[0])}` : `${v.length} characters (at most 240)`}; use letters, digits, - _ . and spaces, without " : < > | * ? \\ / or line breaks`);
    return v;
};
const failOn = (s, bad) => {
    const list = s
        .split(/[\s,]+/)
        .map((v) => v.trim())
        .filter(Boolean);
    for (const v of list)
        if (!VERDICTS.includes(v))
            return bad(`input fail-on: unknown verdict "${v}" (use ${VERDICTS.join(', ')})`);
    // "," or " " would fail on nothing: every verdict would pass the step
    if (list.length === 0)
        return bad(`input fail-on must name at least one verdict (${VERDICTS.join(', ')}); got "${s}"`);
    return list;
};
const gateList = (s, bad) => {
    // not declared (a gate's own step): the root action's default
    const list = (s.trim() || PROTOCOL_GATES.join(','))
        .split(/[\s,]+/)
        .map((v) => v.trim())
        .filter(Boolean);
    const unknown = list.find((v) => !GATE_CHOICES.includes(v));
    if (unknown !== undefined || list.length === 0)
        return bad(`input gates: ${unknown !== undefined ? `unknown gate "${unknown}"` : 'names no gate'} (use ${GATE_CHOICES.join(', ')})`);
    return GATE_CHOICES.filter((g) => list.includes(g));
};
/** Raw strings (as the runner passes them) -> typed inputs: one check per input, in this order. */
const InputSchema = {
    config: (s) => s.trim(),
    'baseline-k6': lines,
    'load-test-k6': lines,
    'candidate-k6': lines,
    format: (s) => s.trim() || 'auto', // checked against FORMATS by the runner
    'baseline-csv': optionalPath,
    hypotheses: optionalPath,
    'monitoring-package': optionalPath,
    'incident-report': optionalPath,
    'deployment-report': optionalPath,
    'intake-backlog': optionalPath,
    waivers: optionalPath,
    'pytest-report': optionalPath,
    'baseline-benchmark': lines,
    'candidate-benchmark': lines,
    'profiling-report': optionalPath,
    'capacity-analysis': optionalPath,
    plan: optionalPath,
    noise: optionalPath,
    'slo-updates': optionalPath,
    'instrumentation-log': optionalPath,
    approvals: optionalPath,
    'artifacts-dir': (s) => s.trim() || '.artifacts/performance',
    'artifact-name': artifactName,
    token: (s) => s,
    comment: oneOf('comment', 'update', ['update', 'on-failure', 'off'], 'update, on-failure or off'),
    'comment-author': (s) => s.trim() || 'github-actions[bot]',
    status: bool('status'),
    upload: bool('upload'),
    'fail-on': failOn,
    gates: gateList,
    baseline: oneOf('baseline', 'runs', ['runs', 'history'], 'runs or history'),
    'history-dir': optionalPath,
    history: oneOf('history', 'off', ['off', 'record'], 'off or record'),
    'history-keep': wholeNumber('history-keep', '100', 10000, 'a whole number'),
    'history-retention': wholeNumber('history-retention', '90', 400, 'a whole number of days'),
    'api-timeout': seconds('api-timeout', 600),
    'publish-deadline': seconds('publish-deadline', 3600),
};
/** Every input checked (each one, in the table's order): the typed inputs, or every problem found. */
function checkInputs(raw) {
    const issues = [];
    const data = {};
    class Bad extends Error {
    }
    const bad = (message) => {
        issues.push({ message });
        throw new Bad(message);
    };
    for (const [name, check] of Object.entries(InputSchema)) {
        const v = raw[name];
        if (typeof v !== 'string') {
            issues.push({ message: `input ${name}: expected a string` });
            continue;
        }
        try {
            data[name] = check(v, bad);
        }
        catch (e) {
            if (!(e instanceof Bad))
                throw e;
        }
    }
    return issues.length ? { success: false, issues } : { success: true, data: data };
}
/** Fill every input with its declared default where the raw value is missing or empty. */
function withDefaults(raw) {
    const out = {};
    for (const [k, def] of Object.entries(INPUTS)) {
        const v = raw[k];
        out[k] =
            v !== undefined && v !== '' ? v : def.default === '${{ github.token }}' ? '' : (def.default ?? '');
    }
    return out;
}
/** A PR comment or a commit status is asked for (otherwise there is nothing to publish). */
function wouldPublish(inputs) {
    return inputs.comment !== 'off' || inputs.status;
}
function parseInputs(raw) {
    const r = checkInputs(withDefaults(raw));
    if (!r.success)
        throw new Error(r.issues.map((i) => i.message).join('; '));
    return r.data;
}


/***/ }),

/***/ 95005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ combineRuns)
/* harmony export */ });
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


/***/ }),

/***/ 57429:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGates: () => (/* binding */ runGates)
});

// UNUSED EXPORTS: FORK_NOTICE, GATE_NUMBER, VERSION, errorResult, forkPullRequest, placement, runOneGate

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/gates/common.js
var common = __webpack_require__(99856);
// EXTERNAL MODULE: ./.build/model.js
var model = __webpack_require__(76995);
// EXTERNAL MODULE: ./.build/inputs.js
var _build_inputs = __webpack_require__(9141);
// EXTERNAL MODULE: ./.build/report/overview.js
var overview = __webpack_require__(3898);
// EXTERNAL MODULE: ./.build/io/evidence.js
var evidence = __webpack_require__(89030);
// EXTERNAL MODULE: ./.build/io/files.js
var files = __webpack_require__(22316);
// EXTERNAL MODULE: ./.build/version.js
var version = __webpack_require__(15922);
;// CONCATENATED MODULE: ./.build/run/deadline.js
// Time bounds for the GitHub side of a run: the publish deadline (comment, statuses and approvals
// reads together) and the bound on the artifact upload. Past either, the verdict stands.
/** Thrown when the publish deadline (or the upload bound) passes. */
class DeadlineError extends Error {
}
/**
 * The time GitHub may take for the comment, the statuses and the approvals reads together
 * (input `publish-deadline`): each call gets what is left, and an abort signal that ends its
 * requests when that runs out.
 */
class GitHubBudget {
    seconds;
    leftMs;
    /** GitHub cannot be used at all in this run (its event payload is unusable): why */
    blocked;
    constructor(seconds) {
        this.seconds = seconds;
        this.leftMs = seconds * 1000;
    }
    async run(what, fn) {
        if (this.blocked)
            throw new DeadlineError(`${what} skipped: ${this.blocked}`);
        if (this.leftMs <= 0)
            throw new DeadlineError(`${what} skipped: the publish-deadline of ${this.seconds} s has passed`);
        const ac = new AbortController();
        const started = Date.now();
        let timer;
        const expired = new Promise((_r, reject) => {
            timer = setTimeout(() => {
                ac.abort();
                reject(new DeadlineError(`${what} stopped: the publish-deadline of ${this.seconds} s has passed`));
            }, this.leftMs);
        });
        try {
            return await Promise.race([fn(ac.signal), expired]);
        }
        finally {
            clearTimeout(timer);
            this.leftMs -= Date.now() - started;
        }
    }
}
/** Resolves fn, or rejects with a DeadlineError after `seconds` (fn goes on in the background). */
async function within(seconds, what, fn) {
    let timer;
    const expired = new Promise((_r, reject) => {
        timer = setTimeout(() => reject(new DeadlineError(`${what}: no end within ${seconds} s`)), seconds * 1000);
        timer.unref?.();
    });
    try {
        return await Promise.race([fn(), expired]);
    }
    finally {
        clearTimeout(timer);
    }
}

// EXTERNAL MODULE: ./.build/config/defaults.js
var defaults = __webpack_require__(92903);
;// CONCATENATED MODULE: ./.build/run/evidence.js
// The earlier gates' evidence, as the next gate reads it: this job's artifacts folder and every
// downloaded perf-gates-* artifact inside it, each file's checksum verified against its SHA256SUMS.




/** The run a gate JSON records as its context (and governance checks evidence against). */
function gitContext(env) {
    let prNumber;
    let headSha;
    // no event payload (a local run) or an unreadable one: neither number nor SHA from it
    const ev = (0,files/* readJsonIfPresent */.He)(env.GITHUB_EVENT_PATH);
    if (ev !== null && typeof ev === 'object') {
        prNumber = ev.pull_request?.number;
        headSha = ev.pull_request?.head?.sha;
    }
    return {
        repository: env.GITHUB_REPOSITORY ?? null,
        pr_number: prNumber ?? null,
        head_sha: headSha ?? env.GITHUB_SHA ?? null,
        run_id: env.GITHUB_RUN_ID ?? null,
        job: env.GITHUB_JOB ?? null,
        event: env.GITHUB_EVENT_NAME ?? null,
    };
}
/**
 * Why a gate JSON is not evidence of this run: it must name a gate (matching its file name), this
 * repository and this head SHA. Undefined when it is.
 */
function identityProblem(doc, file, want) {
    const m = /^gate-(\d)-([a-z]+)\.json$/.exec(external_node_path_.basename(file));
    if (!m ||
        !common/* GATE_NUMBER */.S5[doc.gate] ||
        doc.gate !== m[2] ||
        common/* GATE_NUMBER */.S5[doc.gate] !== Number(m[1]))
        return `names gate ${JSON.stringify(doc.gate)}, which is not the gate its file name says`;
    const c = doc.context ?? {};
    if (want.repository && c.repository !== want.repository)
        return `names repository ${c.repository ?? 'none'}, not ${want.repository}`;
    if (want.headSha && c.head_sha !== want.headSha)
        return `names head SHA ${c.head_sha ?? 'none'}, not this run's ${want.headSha}`;
    return undefined;
}
/**
 * Earlier gates' evidence: the artifacts dir and any downloaded artifact folders inside it. A gate
 * JSON counts as a gate result only when it verifies and names this repository, head SHA and a
 * gate; the same file with the same checksum seen twice (on disk and downloaded, when governance
 * runs in the same job) is one result; two different results for the same gate and leg (artifact)
 * are a conflict, reported naming both.
 */
async function collectEvidence(dir, want = { repository: null, headSha: null }) {
    const checks = [];
    const results = [];
    const texts = {};
    const refs = [];
    const problems = [];
    if (!(0,files/* pathExists */.s0)(dir))
        return { checks, results, texts, refs, problems };
    const dirs = [{ abs: dir, prefix: '' }];
    for (const sub of await (0,evidence/* evidenceSubfolders */.Nr)(dir))
        dirs.push({ abs: external_node_path_.join(dir, sub), prefix: `${sub}/` });
    // A file keeps its own name (what governance looks for: `baseline-metrics.csv`) where it is
    // first found: at the top (this job wrote it) or in a downloaded artifact (governance in a job of
    // its own). Further copies (same job: the artifacts of the steps before; matrix jobs) are named
    // with their artifact folder, and every copy is verified.
    const named = new Set();
    const seenResults = new Set();
    const legs = new Map();
    for (const d of dirs) {
        const found = await (0,evidence/* checkEvidence */.K7)(d.abs);
        if (!found)
            continue;
        for (const p of found.problems)
            checks.push({ name: `${d.prefix}${evidence/* SUMS */.vf}`, present: true, ok: false, reason: p });
        for (const ch of found.checks) {
            if (ch.name === evidence/* MANIFEST */.e0)
                continue;
            const first = !named.has(ch.name);
            named.add(ch.name);
            checks.push({
                ...ch,
                name: first ? ch.name : d.prefix + ch.name,
                ...(ch.reason && d.prefix ? { reason: `${ch.reason} (in artifact ${d.prefix.slice(0, -1)})` } : {}),
            });
            if (!ch.present || (!ch.ok && ch.reason?.startsWith('refused ')))
                continue;
            refs.push({ path: external_node_path_.join(d.abs, ch.name), sha256: ch.actual ?? '' });
            const text = await (0,files/* readUtf8 */.Sx)(external_node_path_.join(d.abs, ch.name));
            if (!(ch.name in texts) || d.prefix === '')
                texts[ch.name] = text;
            if (/^gate-\d-[a-z]+\.json$/.test(ch.name) && ch.ok) {
                let doc;
                try {
                    doc = JSON.parse(text);
                }
                catch {
                    checks.push({
                        name: d.prefix + ch.name,
                        present: true,
                        ok: false,
                        reason: `${ch.name} is not valid JSON`,
                    });
                    continue;
                }
                if (doc.gate === 'governance')
                    continue;
                const sha = ch.actual ?? '';
                if (seenResults.has(sha))
                    continue; // the same result, seen again: one piece of evidence
                seenResults.add(sha);
                const label = d.prefix + ch.name;
                const why = identityProblem(doc, ch.name, want);
                if (why) {
                    problems.push(`${label} is not evidence of this run: it ${why}`);
                    continue;
                }
                const leg = `${doc.gate}\0${doc.context?.artifact_name ?? (d.prefix ? d.prefix.slice(0, -1) : 'this job')}`;
                const other = legs.get(leg);
                if (other) {
                    problems.push(`conflict: ${other.file} and ${label} are two different results for gate ${common/* GATE_NUMBER */.S5[doc.gate]} ${doc.gate} (${leg.split('\0')[1]})`);
                    continue;
                }
                legs.set(leg, { file: label, sha });
                results.push(doc);
            }
        }
    }
    return { checks, results, texts, refs, problems };
}

// EXTERNAL MODULE: ./.build/parsers/k6-summary/keys.js
var keys = __webpack_require__(10940);
// EXTERNAL MODULE: ./.build/run/combine.js
var combine = __webpack_require__(95005);
;// CONCATENATED MODULE: ./.build/run/intake.js
// Gate 1's intake inputs read from disk: the monitoring package (a zip's bytes, or a folder's files),
// the incident and deployment reports, the intake backlog. Each is hashed as it is read; a folder's
// checksum is the SHA-256 of its listing (`<sha256>  <path>` per file, sorted), said in the report.


async function loadIntake(inputs, cwd, c) {
    const ev = {};
    const abs = (f) => external_node_path_.resolve(cwd, f);
    const pkg = inputs['monitoring-package'];
    if (pkg) {
        // the zip and CSV readers load only when a package is given
        const { readMonitoringPackage, unzipPackage } = await Promise.all(/* import() */[__webpack_require__.e(728), __webpack_require__.e(306), __webpack_require__.e(558)]).then(__webpack_require__.bind(__webpack_require__, 73558));
        if ((0,files/* isFolder */.lQ)(abs(pkg))) {
            const entries = await (0,files/* readTree */.Zc)(abs(pkg));
            ev.monitoring = readMonitoringPackage(entries, pkg, 'folder');
            const listing = ev.monitoring.entries.map((e) => `${e.sha256}  ${e.path}\n`).join('');
            c.refs.push({ path: pkg, sha256: (0,files/* sha256 */.sc)(listing) });
        }
        else {
            const { data, ref } = await (0,files/* readBytes */.io)(abs(pkg));
            ev.monitoring = readMonitoringPackage(unzipPackage(data, pkg), pkg, 'zip');
            c.refs.push({ path: pkg, sha256: ref.sha256 });
        }
        c.warnings.push(...ev.monitoring.warnings);
    }
    // the document readers load only when one of the documents is given
    const doc = async (file, parse) => {
        if (!file)
            return undefined;
        const { text, ref } = await (0,files/* readText */.yR)(abs(file));
        c.refs.push({ path: file, sha256: ref.sha256 });
        return parse(await Promise.all(/* import() */[__webpack_require__.e(511), __webpack_require__.e(348)]).then(__webpack_require__.bind(__webpack_require__, 39348)))(text, file);
    };
    ev.incident = await doc(inputs['incident-report'], (d) => d.parseIncidentReport);
    ev.deployment = await doc(inputs['deployment-report'], (d) => d.parseDeploymentReport);
    ev.backlog = await doc(inputs['intake-backlog'], (d) => d.parseIntakeBacklog);
    return ev;
}

;// CONCATENATED MODULE: ./.build/run/teams.js
/**
 * What GitHub says about the `team:` approvers of the configured roles, for every login that
 * acted in the role's environment (and `extra` logins, e.g. approving reviewers). No API (CLI):
 * nothing, and team entries then confirm nobody.
 */
async function lookupTeams(config, approvals, extra, host, inputs) {
    if (!host.github || !config.roles)
        return [];
    // the role rules load only when roles are configured and GitHub can be asked
    const { actorsIn, bindRole, teamLookups } = await __webpack_require__.e(/* import() */ 686).then(__webpack_require__.bind(__webpack_require__, 4686));
    const out = [];
    for (const role of Object.keys(config.roles)) {
        const binding = bindRole(role, config.roles);
        const logins = [...actorsIn(binding, approvals), ...extra];
        for (const l of teamLookups(binding, logins)) {
            if (out.some((o) => o.team === l.team && o.login.toLowerCase() === l.login.toLowerCase()))
                continue;
            const m = await host.github.teamMembership(inputs, l.org, l.slug, l.login);
            out.push({ team: l.team, login: l.login, ...m });
            if (m.active !== true)
                host.info(`${l.team}: ${l.login} not confirmed (${m.reason ?? 'unknown'})`);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/run/waivers.js
// The waivers file (input `waivers`) and, in Actions, what makes a waiver count: the run's
// environment approvals, and the pull request's reviews (an approving review by a user of the
// waiver's role on the head SHA), with `team:` approvers confirmed through GitHub.



async function readWaivers(inputs, host, c, config) {
    const file = inputs.waivers;
    if (!file)
        return {};
    const { text, ref } = await (0,files/* readText */.yR)(external_node_path_.resolve(host.cwd, file));
    c.refs.push({ path: file, sha256: ref.sha256 });
    // the YAML reader and the waivers schema load only when there is a waivers file
    const { parseWaivers } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(371)]).then(__webpack_require__.bind(__webpack_require__, 75371));
    const ds = parseWaivers(text, file);
    c.warnings.push(...ds.warnings);
    const out = { file: { path: file, sha256: ref.sha256, waivers: ds.waivers.length } };
    if (host.kind === 'action') {
        // In Actions only the run's own approvals count (never a file from the repository).
        let approvals = [];
        let error;
        if (!host.github)
            error = 'no GitHub access in this run';
        else
            try {
                approvals = await host.github.approvals(inputs);
            }
            catch (e) {
                error = e.message;
            }
        out.approvals = { source: 'api', count: approvals.length, ...(error ? { error } : {}) };
        // the other path: an approving review of the pull request by a user of the waiver's role
        const reviews = host.github ? await host.github.pullReviews(inputs) : undefined;
        const approvers = (reviews?.reviews ?? []).filter((r) => r.state === 'APPROVED').map((r) => r.login);
        const teams = await lookupTeams(config, approvals, approvers, host, inputs);
        out.input = {
            file,
            waivers: ds.waivers,
            mode: 'action',
            approvals,
            reviews,
            teams,
            ...(error ? { approvalsError: error } : {}),
        };
    }
    else {
        out.input = { file, waivers: ds.waivers, mode: 'cli', approvals: [] };
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/run/evaluate.js
// Step 1 and 2 of a gate's run: load what the gate needs (config, runs, documents, the earlier
// gates' evidence), each file hashed as it is read, then evaluate the gate on it. Bad input throws
// an InputError naming the file and line before anything is written.
// What a run may not need loads when it does (start-up, issue 18): the config schema (zod, yaml)
// only with a config file, the readers only with files to read, each gate's code only for that
// gate; the static imports here are what every gate's run uses.











/** Inside GitHub Actions only GitHub's answers approve: a file is what anyone can write. */
const APPROVALS_FILE_IN_ACTIONS = "an approvals file is not accepted inside GitHub Actions: approvals come only from GitHub's run-approvals API (GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals); remove the input (the CLI accepts the file and labels it self-attested)";
function addRefs(c, runs) {
    for (const r of runs)
        for (const f of r.files)
            c.refs.push({ path: f.path, sha256: f.sha256 });
}
async function optionalDoc(file, formats, c, inputs) {
    if (!file)
        return undefined;
    const { readExpected } = await Promise.all(/* import() */[__webpack_require__.e(511), __webpack_require__.e(330)]).then(__webpack_require__.bind(__webpack_require__, 75330));
    const r = await readExpected(file, formats, inputs.format);
    c.refs.push({ path: r.ref.path, sha256: r.ref.sha256 });
    c.warnings.push(...r.dataset.warnings);
    return { dataset: r.dataset, text: r.text };
}
async function runs(lines, label, c, opts) {
    if (!lines.length)
        return [];
    const { loadRuns } = await Promise.all(/* import() */[__webpack_require__.e(511), __webpack_require__.e(330)]).then(__webpack_require__.bind(__webpack_require__, 75330));
    const r = await loadRuns(lines, label, opts);
    addRefs(c, r.runs);
    c.warnings.push(...r.warnings);
    return r.runs;
}
async function loadConfig(inputs, host, c) {
    const file = inputs.config;
    if (!file)
        return (0,defaults/* defaultConfig */.s)();
    const abs = external_node_path_.resolve(host.cwd, file);
    if (!(0,files/* pathExists */.s0)(abs)) {
        if (file === '.github/perf-gates.yml')
            return (0,defaults/* defaultConfig */.s)();
        throw new model/* InputError */.dz(file, 'config file not found');
    }
    const { text, ref } = await (0,files/* readText */.yR)(abs);
    c.refs.push({ path: file, sha256: ref.sha256 });
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(1)]).then(__webpack_require__.bind(__webpack_require__, 45001));
    return parseConfig(text, file);
}
function readOptions(inputs, config, host) {
    return { format: inputs.format, by: config.breakdown_tags, cwd: host.cwd };
}
/** A path as the evidence records it: relative to the workspace, forward slashes. */
function workspacePath(p, cwd) {
    if (!external_node_path_.isAbsolute(p))
        return p.split(external_node_path_.sep).join('/');
    return (external_node_path_.relative(cwd, p) || '.').split(external_node_path_.sep).join('/');
}
/** Gate 3's plan approvals: the approvals file (CLI only), else the run's environment approvals and the PR's reviews. */
async function planApprovals(inputs, config, host, budget, c) {
    let approvals;
    let reviews;
    let teams = [];
    if (inputs.approvals && host.kind === 'action')
        throw new model/* InputError */.dz('approvals', APPROVALS_FILE_IN_ACTIONS);
    if (inputs.approvals)
        approvals = (await optionalDoc(inputs.approvals, ['approvals'], c, inputs))?.dataset
            .approvals;
    else if (config.optimization.plan_role &&
        host.github &&
        config.optimization.require_plan_approval !== false) {
        const gh = host.github;
        try {
            approvals = await budget.run('the approvals read', (signal) => gh.approvals(inputs, signal));
        }
        catch (e) {
            host.warning(`the run's environment approvals could not be read: ${e.message}`);
            approvals = [];
        }
        reviews = await gh.pullReviews(inputs);
        const approvers = (reviews?.reviews ?? []).filter((r) => r.state === 'APPROVED').map((r) => r.login);
        teams = await lookupTeams(config, approvals, approvers, host, inputs);
    }
    return { approvals, reviews, teams };
}
/** Gate 4's approvals of the SLO updates: the approvals file (CLI only), else the API, observed now. */
async function sloApprovals(inputs, host, budget, c, now) {
    let approvals;
    if (inputs.approvals && host.kind === 'action')
        throw new model/* InputError */.dz('approvals', APPROVALS_FILE_IN_ACTIONS);
    if (inputs.approvals) {
        const a = await optionalDoc(inputs.approvals, ['approvals'], c, inputs);
        approvals = {
            approvals: a?.dataset.approvals ?? [],
            source: 'file',
            path: inputs.approvals,
            observedAt: now,
        };
    }
    else if (host.github) {
        try {
            approvals = {
                approvals: await budget.run('the approvals read', (signal) => host.github.approvals(inputs, signal)),
                source: 'api',
                observedAt: now,
            };
        }
        catch (e) {
            approvals = { approvals: [], source: 'api', observedAt: now, error: e.message };
        }
    }
    return approvals;
}
/** Gate 4's evidence: this run's artifacts (downloaded in Actions), checked against their checksums. */
async function gatherEvidence(inputs, host) {
    const dir = external_node_path_.resolve(host.cwd, inputs['artifacts-dir']);
    if (host.github) {
        const got = await host.github.download(dir, []);
        if (got.length)
            host.info(`Downloaded evidence of this run: ${got.join(', ')}`);
    }
    const here = gitContext(host.env);
    const found = await collectEvidence(dir, {
        repository: here.repository,
        headSha: host.env.GITHUB_ACTIONS === 'true' ? here.head_sha : null,
    });
    for (const p of found.problems)
        host.warning(p);
    return found;
}
/** The recorded baseline gate 3's claim traces to: the input, else the one gate 1 wrote in this folder. */
async function recordedBaseline(inputs, host, c) {
    const written = external_node_path_.join(external_node_path_.resolve(host.cwd, inputs['artifacts-dir']), 'baseline-metrics.csv');
    const csvPath = inputs['baseline-csv'] ?? ((0,files/* pathExists */.s0)(written) ? written : undefined);
    const csv = await optionalDoc(csvPath, ['baseline-csv'], c, inputs);
    if (csv && !inputs['baseline-csv'])
        csv.dataset.file = workspacePath(written, host.cwd);
    return csv;
}
/** Gate 1's inputs: the baseline runs, the baseline CSV, the hypotheses, pytest and the intake. */
async function baselineEvidence(inputs, host, c, ro) {
    const k6 = await runs(inputs['baseline-k6'], 'baseline', c, ro);
    const bench = await runs(inputs['baseline-benchmark'], 'baseline benchmark', c, ro);
    const csv = await optionalDoc(inputs['baseline-csv'], ['baseline-csv'], c, inputs);
    const hyp = await optionalDoc(inputs.hypotheses, ['markdown'], c, inputs);
    const pytest = await optionalDoc(inputs['pytest-report'], ['pytest-json-report', 'junit-xml'], c, inputs);
    if (csv)
        csv.dataset.text = csv.text; // copied byte for byte into the evidence
    const intake = await loadIntake(inputs, host.cwd, c);
    const ev = {
        runs: (0,combine/* combineRuns */.G)(k6, bench),
        csv: csv?.dataset,
        hypotheses: hyp?.dataset,
        pytest: pytest?.dataset,
        intake,
    };
    return ev;
}
/** Read everything one gate needs; throws InputError on bad input (before anything is written). */
async function evaluateGate(gate, inputs, host, ctxBase, budget = new GitHubBudget(inputs['publish-deadline']), step = {}) {
    const c = { refs: [], warnings: [] };
    let config = await loadConfig(inputs, host, c);
    const ro = readOptions(inputs, config, host);
    const waivers = await readWaivers(inputs, host, c, config);
    const waiverHook = waivers.input ? (await Promise.all(/* import() */[__webpack_require__.e(578), __webpack_require__.e(847), __webpack_require__.e(520), __webpack_require__.e(828)]).then(__webpack_require__.bind(__webpack_require__, 98828))).waiverHook : undefined;
    const refsNow = () => dedupe(c.refs.map((r) => ({ ...r, path: workspacePath(r.path, host.cwd) })));
    const ctx = () => ({
        ...ctxBase,
        inputs: refsNow(),
        ...(waivers.input && waiverHook ? { waive: waiverHook(waivers.input, config) } : {}),
    });
    let outcome;
    switch (gate) {
        case 'baseline': {
            const { evaluateBaseline } = await __webpack_require__.e(/* import() */ 853).then(__webpack_require__.bind(__webpack_require__, 83853));
            outcome = evaluateBaseline(await baselineEvidence(inputs, host, c, ro), config, ctx());
            break;
        }
        case 'diagnostics': {
            const lines = inputs['load-test-k6'].length ? inputs['load-test-k6'] : inputs['baseline-k6'];
            const k6 = await runs(lines, 'load test', c, ro);
            const prof = await optionalDoc(inputs['profiling-report'], ['markdown'], c, inputs);
            const cap = await optionalDoc(inputs['capacity-analysis'], ['markdown'], c, inputs);
            const ev = { runs: k6, profiling: prof?.dataset, capacity: cap?.dataset };
            const { evaluateDiagnostics } = await __webpack_require__.e(/* import() */ 847).then(__webpack_require__.bind(__webpack_require__, 45847));
            outcome = evaluateDiagnostics(ev, config, ctx());
            break;
        }
        case 'optimization': {
            const plan = await optionalDoc(inputs.plan, ['optimization-plan'], c, inputs);
            if (plan)
                config = (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(1)]).then(__webpack_require__.bind(__webpack_require__, 45001))).mergePlanIntoConfig(config, plan.dataset);
            const roPlan = { ...ro, filters: planFilters(config) };
            const base = (0,combine/* combineRuns */.G)(await runs(inputs['baseline-k6'], 'baseline', c, roPlan), await runs(inputs['baseline-benchmark'], 'baseline benchmark', c, roPlan));
            const cand = (0,combine/* combineRuns */.G)(await runs(inputs['candidate-k6'], 'candidate', c, roPlan), await runs(inputs['candidate-benchmark'], 'candidate benchmark', c, roPlan));
            const pytest = await optionalDoc(inputs['pytest-report'], ['pytest-json-report', 'junit-xml'], c, inputs);
            const noisePath = inputs.noise ?? config.noise;
            const noise = await optionalDoc(noisePath, ['noise'], c, inputs);
            const { approvals, reviews, teams } = await planApprovals(inputs, config, host, budget, c);
            const log = await optionalDoc(inputs['instrumentation-log'], ['markdown'], c, inputs);
            const csv = await recordedBaseline(inputs, host, c);
            const ev = {
                where: host.kind,
                approvalsFile: inputs.approvals,
                reviews,
                teams,
                baseline: base,
                candidate: cand,
                pytest: pytest?.dataset,
                plan: plan?.dataset,
                planText: plan?.text,
                noise: noise?.dataset.noise,
                approvals,
                instrumentationLog: log?.dataset,
                baselineCsv: csv?.dataset,
            };
            const { evaluateOptimization } = await Promise.all(/* import() */[__webpack_require__.e(578), __webpack_require__.e(847), __webpack_require__.e(520)]).then(__webpack_require__.bind(__webpack_require__, 53520));
            outcome = evaluateOptimization(ev, config, ctx());
            // the job summary's charts of the changed keys, as SVG files in the gate's artifact
            const { chartArtifacts } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 10340));
            outcome.artifacts.push(...chartArtifacts(outcome.result));
            break;
        }
        case 'governance': {
            const found = await gatherEvidence(inputs, host);
            const slo = await optionalDoc(inputs['slo-updates'], ['slo-updates'], c, inputs);
            const log = await optionalDoc(inputs['instrumentation-log'], ['markdown'], c, inputs);
            const approvals = await sloApprovals(inputs, host, budget, c, ctxBase.now);
            for (const r of found.refs)
                c.refs.push(r);
            const teams = await lookupTeams(config, approvals?.approvals ?? [], [], host, inputs);
            const ev = {
                teams,
                checks: found.checks,
                results: found.results,
                evidenceProblems: found.problems,
                artifacts: found.texts,
                slo: slo?.dataset,
                instrumentationLog: log?.dataset,
                approvals,
            };
            const { evaluateGovernance } = await __webpack_require__.e(/* import() */ 352).then(__webpack_require__.bind(__webpack_require__, 8352));
            outcome = evaluateGovernance(ev, config, ctx(), { artifactsDir: inputs['artifacts-dir'] });
            break;
        }
        case 'compare': {
            const { evaluateCompareStep } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(578), __webpack_require__.e(847), __webpack_require__.e(520), __webpack_require__.e(644), __webpack_require__.e(159)]).then(__webpack_require__.bind(__webpack_require__, 28017));
            outcome = await evaluateCompareStep(inputs, host, config, compareReaders(c, ro, inputs), ctx, step);
            break;
        }
    }
    outcome.result.notes.push(...c.warnings.map((w) => `${w.file}${w.line !== undefined ? `:${w.line}` : ''}: ${w.message}`));
    // reader warnings (a truncated last line, a rejected CSV row, a file a glob matched but no reader
    // takes) are annotations on the file and line, not only notes in the report (DESIGN section 5)
    for (const w of c.warnings)
        host.warning(w.message, w.file, w.line);
    return { ...outcome, inputs: refsNow(), waivers };
}
/** The readers the compare step borrows: every file read is recorded in `c`. */
function compareReaders(c, ro, inputs) {
    return {
        runs: (lines, label) => runs(lines, label, c, ro),
        pytest: async (file) => (await optionalDoc(file, ['pytest-json-report', 'junit-xml'], c, inputs))?.dataset,
        refs: c.refs,
        warnings: c.warnings,
    };
}
function planFilters(config) {
    const names = [
        config.optimization.target?.name,
        ...(config.optimization.tracked ?? []).map((t) => t.name),
    ].filter((n) => !!n);
    const out = [];
    for (const n of names) {
        // single tags are breakdown entries already; combined tags become filters like submetrics
        const { tags } = (0,keys/* tryParseMetricKey */.Il)(n);
        if (Object.keys(tags).length > 1)
            out.push(tags);
    }
    return out;
}
function dedupe(refs) {
    const seen = new Set();
    return refs.filter((r) => {
        const k = `${r.path}\0${r.sha256}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}

;// CONCATENATED MODULE: ./.build/run/execution-log.js
// The protocol execution log ("All modifications logged in protocol execution log"):
// protocol-execution-log.jsonl in the evidence folder, one JSON object a line, appended by every
// gate: phase start and complete, every input read, approvals and waivers read, each criterion
// evaluated, each artifact written with its sha256, upload and publish outcomes, errors. It is
// checksummed in SHA256SUMS like every artifact; `verify` checks that every file SHA256SUMS lists is
// in it with its current checksum.





class ExecutionLog {
    gate;
    pending = [];
    constructor(gate) {
        this.gate = gate;
    }
    add(event, data = {}) {
        this.pending.push({
            time: new Date().toISOString(),
            gate: this.gate,
            phase: common/* GATE_NUMBER */.S5[this.gate],
            event,
            ...data,
        });
    }
    inputs(refs) {
        for (const r of refs)
            this.add('input-read', { path: r.path, sha256: r.sha256 });
    }
    criteria(result) {
        for (const c of result.criteria)
            this.add('criterion-evaluated', {
                criterion: c.name,
                verdict: c.verdict,
                actual: c.actual,
                threshold: c.threshold,
                ...(c.waiver
                    ? {
                        waiver: {
                            status: c.waiver.status,
                            expires: c.waiver.expires,
                            approval: c.waiver.approval,
                            was: c.waiver.was,
                        },
                    }
                    : {}),
            });
    }
    written(files) {
        for (const f of files)
            this.add('artifact-written', { path: f.name, sha256: f.sha256, bytes: f.bytes });
    }
    get size() {
        return this.pending.length;
    }
    /**
     * Append the pending events to the folder's log (written atomically, SHA256SUMS updated). With
     * `onlyIfPresent`, a folder without a log is left untouched (a gate that stopped on bad input
     * writes nothing into a fresh folder).
     */
    async flush(dir, opts = {}) {
        if (!this.pending.length)
            return false;
        // read and rewrite under the folder's lock: another gate appending at the same time loses nothing
        if (!opts.locked)
            return (0,evidence/* withEvidenceLock */.t$)(dir, () => this.flush(dir, { ...opts, locked: true }));
        // (a flush with nothing new keeps the file as it is: the manifest may have listed its bytes)
        if (opts.onlyIfPresent && !(0,files/* pathExists */.s0)(external_node_path_.join(dir, evidence/* EXECUTION_LOG */.eC)))
            return false;
        await (0,evidence/* writeEvidenceLocked */.ZV)(dir, [this.appended(dir)]);
        this.pending = [];
        return true;
    }
    /**
     * Write `files` and the log with them in one all-or-nothing write (one SHA256SUMS update; the
     * caller holds the folder's lock). Their artifact-written events are appended to the log; then
     * `then` may add files made from the log as it stands at that point (the governance manifest
     * lists it), logged the same way; then `more` adds its events. If the write fails, every event
     * this call added is taken back.
     */
    async writeWith(dir, files, opts = {}) {
        const mark = this.pending.length;
        const before = this.onDisk(dir);
        try {
            this.written((0,evidence/* fileDigests */.KQ)(files));
            const extra = opts.then ? await opts.then(this.appended(dir, before)) : [];
            this.written((0,evidence/* fileDigests */.KQ)(extra));
            opts.more?.();
            await (0,evidence/* writeEvidenceLocked */.ZV)(dir, [...files, ...extra, this.appended(dir, before)]);
        }
        catch (e) {
            this.pending.length = mark;
            throw e;
        }
        this.pending = [];
    }
    /** The log's text in `dir` ('' when there is none yet). */
    onDisk(dir) {
        const file = external_node_path_.join(dir, evidence/* EXECUTION_LOG */.eC);
        return (0,files/* pathExists */.s0)(file) ? (0,files/* readUtf8Sync */.TL)(file) : '';
    }
    /** The log file: `before` (its text in `dir`) with the pending events appended. */
    appended(dir, before = this.onDisk(dir)) {
        const lines = this.pending.map((e) => JSON.stringify(e)).join('\n') + '\n';
        return { name: evidence/* EXECUTION_LOG */.eC, content: before + (before && !before.endsWith('\n') ? '\n' : '') + lines };
    }
}

;// CONCATENATED MODULE: ./.build/run/runner.js
// One gate run, the same for the action steps and `perf-gates gate`: read every input (nothing is
// written until all of them parsed), evaluate, write the evidence, report, publish.














function verifiedBy(env) {
    const v = { tool: `perf-gates ${version/* VERSION */.x}` };
    if (env.GITHUB_ACTIONS === 'true') {
        if (env.GITHUB_ACTOR)
            v.actor = env.GITHUB_ACTOR;
        if (env.GITHUB_WORKFLOW)
            v.workflow = env.GITHUB_WORKFLOW;
        if (env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
            v.run_url = `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
        }
    }
    else {
        try {
            v.user = external_node_os_.userInfo().username;
        }
        catch {
            v.user = env.USER ?? 'unknown';
        }
        v.host = external_node_os_.hostname();
    }
    return v;
}
/** The GateResult for bad input: verdict error, the reader's message as the reason. */
function errorResult(gate, e, now) {
    const msg = e instanceof Error ? e.message : String(e);
    const r = (0,common/* makeResult */.U2)(gate, [(0,common/* criterion */.u6)('inputs readable and valid', false, true, 'error', msg)], {
        now,
        verifiedBy: { tool: `perf-gates ${version/* VERSION */.x}` },
        inputs: [],
    });
    return r;
}
function mainReport(gate) {
    return {
        baseline: 'performance-intake-report.json',
        diagnostics: 'load-test-results.json',
        optimization: 'optimization-validation-report.json',
        governance: 'PERFORMANCE-REPORT.md',
        compare: 'compare-report.json',
    }[gate];
}
/** Run one gate end to end. Never throws for bad input: that is verdict `error`. */
/**
 * Where a gate's results go. By default the section of the PR comment is the job (GITHUB_JOB)
 * and the status context is `perf-gates/<gate>`. In a matrix every leg has the same GITHUB_JOB,
 * so a leg names itself through `artifact-name` (which must be unique in the run anyway): its
 * section and its status context then carry that name, and legs never overwrite each other.
 */
function placement(gate, inputs, env, all) {
    const job = env.GITHUB_JOB || 'local';
    const given = inputs['artifact-name'];
    if (!given)
        return { artifactName: `perf-gates-${gate}-${job}`, job, statusContext: gate };
    // The root action runs four gates: one artifact each, so the given name gets the gate appended.
    const artifactName = all ? `${given}-${gate}` : given;
    const leg = given.replace(new RegExp(`^perf-gates-(${gate}-)?`), '') || given;
    return { artifactName, job: `${job}-${leg}`, statusContext: `${gate} (${leg})` };
}
/**
 * The gate's artifacts and its result file with the execution log (their artifact-written events,
 * then what `complete` adds), for governance the manifest too, in one all-or-nothing write under
 * one hold of the folder's lock. The manifest is computed from SHA256SUMS with this write's files
 * in it, and lists the execution log as it stands before the manifest's own events (append-only:
 * `verify` checks those first bytes). Throws EvidenceWriteError; the folder is then as it was.
 */
async function writeGateEvidence(gate, dir, outcome, now, vb, env, artifactName, log, complete) {
    const ctxFile = {
        name: (0,common/* gateResultFile */.lg)(gate),
        content: JSON.stringify({
            ...outcome.result,
            context: { ...gitContext(env), artifact_name: artifactName },
            generated_at: now,
            verified_by: vb,
            inputs: outcome.inputs,
        }, null, 2) + '\n',
    };
    const files = [...outcome.artifacts, ctxFile];
    const written = files.map((f) => f.name);
    if (gate === 'governance')
        written.push(evidence/* MANIFEST */.e0);
    const manifestFor = async (logNow) => {
        const entries = await (0,evidence/* manifestEntries */.eq)(dir, { now, verifiedBy: vb }, [...files, logNow]);
        // evidence downloaded from the other jobs' artifacts (governance in a job of its own)
        // belongs in the manifest too, unless the same file is already listed at the top
        const listed = new Set(entries.map((e) => `${external_node_path_.basename(e.path)}\0${e.sha256}`));
        for (const sub of await (0,evidence/* evidenceSubfolders */.Nr)(dir)) {
            for (const e of await (0,evidence/* manifestEntries */.eq)(external_node_path_.join(dir, sub), { now, verifiedBy: vb })) {
                if (listed.has(`${e.path}\0${e.sha256}`))
                    continue;
                entries.push({ ...e, path: `${sub}/${e.path}` });
            }
        }
        const manifest = {
            protocol: 'protocol-18-performance-optimization',
            artifacts: entries,
            execution_log: {
                path: evidence/* EXECUTION_LOG */.eC,
                note: 'append-only: listed here as it stood when the manifest was written (bytes, sha256 of those bytes); the events after it (this manifest written, phase complete, upload, publish) are covered by SHA256SUMS',
            },
            generated_at: now,
            verified_by: vb,
            inputs: entries.map((e) => ({ path: e.path, sha256: e.sha256 })),
        };
        return [{ name: evidence/* MANIFEST */.e0, content: JSON.stringify(manifest, null, 2) + '\n' }];
    };
    await (0,evidence/* withEvidenceLock */.t$)(dir, () => log.writeWith(dir, files, { then: gate === 'governance' ? manifestFor : undefined, more: complete }));
    return written;
}
/** The step's outputs of one gate (the artifact id is set once the upload is done). */
function setGateOutputs(gate, result, written, inputs, host) {
    host.setOutput('verdict', result.verdict);
    host.setOutput('score', result.score === null ? '' : String(result.score));
    host.setOutput('improvement-pct', result.improvementPct === undefined || result.improvementPct === null
        ? ''
        : String(result.improvementPct));
    host.setOutput('regression-count', result.regressionCount === undefined || result.regressionCount === null
        ? ''
        : String(result.regressionCount));
    host.setOutput('report-path', written.includes(mainReport(gate)) ? external_node_path_.join(inputs['artifacts-dir'], mainReport(gate)) : '');
}
/** Uploads the gate's evidence as its artifact; its id, or '' (a failed upload is a warning). */
async function uploadEvidence(dir, written, artifactName, result, inputs, host, log) {
    let artifactId = '';
    if (host.github && inputs.upload && written.length) {
        try {
            const stage = await (0,evidence/* stageArtifact */.Z9)(dir, written, host.env.RUNNER_TEMP);
            try {
                const gh = host.github;
                const up = await within(inputs['publish-deadline'], `upload of artifact ${artifactName}`, () => gh.upload(artifactName, stage, [...written, evidence/* SUMS */.vf]));
                if (up?.id !== undefined)
                    artifactId = String(up.id);
            }
            finally {
                await (0,evidence/* removeDir */.M1)(stage);
            }
            log.add('artifact-uploaded', { name: artifactName, id: artifactId || null, files: written.length });
        }
        catch (e) {
            const msg = (0,common/* rayError */.RZ)('uploading the evidence artifact', `artifact ${artifactName} was not uploaded: ${e.message}; the verdict (${result.verdict}) stands and the evidence is in ${inputs['artifacts-dir']}`);
            host.warning(msg);
            log.add('error', { announcement: msg });
        }
    }
    return artifactId;
}
async function runOneGate(gate, inputs, host, all = false, budget = new GitHubBudget(inputs['publish-deadline'])) {
    const now = new Date().toISOString();
    const vb = verifiedBy(host.env);
    const dir = external_node_path_.resolve(host.cwd, inputs['artifacts-dir']);
    const where = placement(gate, inputs, host.env, all);
    const { artifactName, job } = where;
    let result;
    let written = [];
    let evidenceError;
    let announcement = '';
    const log = new ExecutionLog(gate);
    log.add('phase-start', { announcement: common/* PHASE_START */.j_[gate] });
    await host.group(`${common/* PHASE_START */.j_[gate]}`, async () => {
        let outcome;
        try {
            outcome = await evaluateGate(gate, inputs, host, { now, verifiedBy: vb }, budget);
            result = outcome.result;
            log.inputs(outcome.inputs);
            if (outcome.waivers.file)
                log.add('waivers-read', { ...outcome.waivers.file });
            if (outcome.waivers.approvals)
                log.add('approvals-read', { ...outcome.waivers.approvals });
            log.criteria(result);
        }
        catch (e) {
            if (!(e instanceof Error))
                throw e;
            result = errorResult(gate, e, now);
            const file = e instanceof model/* InputError */.dz ? e.file : undefined;
            const line = e instanceof model/* InputError */.dz ? e.line : undefined;
            host.error(`${gate}: ${e.message}`, file, line);
            announcement = (0,common/* rayError */.RZ)(`${common/* GATE_TITLES */.Wc[gate]} (${e instanceof model/* InputError */.dz ? 'reading the inputs' : 'writing the evidence'})`, e.message);
            host.error(announcement);
            log.add('error', { announcement });
            // a folder that already holds a log gets the error too; a fresh folder stays empty
            try {
                await log.flush(dir, { onlyIfPresent: true });
            }
            catch (le) {
                host.warning(`could not append to ${evidence/* EXECUTION_LOG */.eC}: ${le.message}`);
            }
        }
        if (outcome) {
            result = outcome.result;
            // Writing the evidence is not reading the inputs: a full disk or a read-only folder is its
            // own outcome. The verdict computed above stands (printed, set as an output, deciding the
            // step); the message says the evidence could not be written; nothing half-written stays.
            try {
                const verdict = result.verdict;
                written = await writeGateEvidence(gate, dir, outcome, now, vb, host.env, artifactName, log, () => {
                    announcement = (0,common/* phaseComplete */.ny)(gate, verdict, true);
                    log.add('phase-complete', { verdict, announcement });
                });
                written.push(evidence/* EXECUTION_LOG */.eC);
            }
            catch (e) {
                if (!(e instanceof evidence/* EvidenceWriteError */.Ls))
                    throw e;
                written = [];
                evidenceError = e.message;
                announcement = (0,common/* rayError */.RZ)(`${common/* GATE_TITLES */.Wc[gate]} (writing the evidence)`, e.message);
                host.error(`${gate}: the verdict is ${result.verdict}, but the ${e.message}; no evidence of this gate was kept`);
            }
        }
        logResult(result, host);
        if (announcement.startsWith('[PHASE'))
            host.info(announcement);
    });
    result = result;
    const failed = inputs['fail-on'].includes(result.verdict);
    setGateOutputs(gate, result, written, inputs, host);
    const artifactId = await uploadEvidence(dir, written, artifactName, result, inputs, host, log);
    host.setOutput('artifact-id', artifactId);
    await host.summary((0,overview/* renderJobSummary */.qE)(result, {
        job,
        runUrl: vb.run_url,
        artifactName: written.length ? artifactName : undefined,
        evidence: { dir: inputs['artifacts-dir'], files: written.length },
        notice: host.github && forkPullRequest(host.env) ? FORK_NOTICE : undefined,
    }) + (evidenceError ? `\nEvidence: none (${evidenceError}).\n` : ''));
    // nothing asked for (comment off, status off): nothing published, nothing logged as published
    if (host.github && !budget.blocked && (0,_build_inputs/* wouldPublish */.lG)(inputs)) {
        try {
            const gh = host.github;
            await budget.run('publishing the PR comment and commit status', (signal) => gh.publish(result, inputs, where, signal));
            log.add('published', { status_context: `perf-gates/${where.statusContext}`, comment: inputs.comment });
        }
        catch (e) {
            const msg = (0,common/* rayError */.RZ)('publishing to GitHub', `could not publish to GitHub: ${e.message}; the verdict (${result.verdict}) stands`);
            host.warning(msg);
            log.add('error', { announcement: msg });
        }
    }
    // upload and publish outcomes go to the folder's log (the uploaded copy ends before them)
    if (log.size && written.length)
        try {
            await log.flush(dir, { onlyIfPresent: true });
        }
        catch (e) {
            host.warning(`could not append to ${evidence/* EXECUTION_LOG */.eC}: ${e.message}`);
        }
    if (result.verdict === 'waived')
        host.warning(`${result.title}: waived — ${result.failure?.actual ?? ''}`);
    return { result, failed, written, evidenceError };
}
const FORK_NOTICE = "This pull request comes from a fork, so this job's token is read-only: the PR comment and the commit status are not written by this job. The `publish` action of a `workflow_run` workflow posts them from this run's artifacts.";
/** A pull request from another repository (the same test as the GitHub adapter's context). */
function forkPullRequest(env) {
    const ev = (0,files/* readJsonIfPresent */.He)(env.GITHUB_EVENT_PATH);
    const pr = ev && typeof ev === 'object' ? ev.pull_request : undefined;
    if (!pr || typeof pr !== 'object')
        return false;
    const base = ev?.repository?.full_name ?? pr.base?.repo?.full_name ?? env.GITHUB_REPOSITORY;
    const head = pr.head?.repo?.full_name;
    return !head || head !== base;
}
function logResult(result, host) {
    host.info(`${result.title}: ${result.verdict.toUpperCase()}${result.score !== null ? ` (score ${result.score}%)` : ''}`);
    for (const c of result.criteria) {
        const line = `  [${c.verdict}] ${c.name}: ${c.actual === null ? 'n/a' : String(c.actual)}${c.unit && c.unit !== '%' ? ` ${c.unit}` : (c.unit ?? '')}${c.threshold !== null ? ` (required ${String(c.threshold)}${c.unit === '%' ? '%' : ''})` : ''} - ${c.reason}${c.protocolReason ? ` [${c.protocolReason}]` : ''}`;
        if (c.verdict === 'fail' || c.verdict === 'error' || c.verdict === 'insufficient-data')
            host.error(line.trim());
        else if (c.verdict === 'waived')
            host.warning(line.trim());
        else
            host.info(line);
    }
    for (const n of result.notes)
        host.info(`  note: ${n}`);
    if (result.failure)
        host.info((0,common/* failureText */.kY)(result));
}
/** Run one gate or all four (root action / `gate all`). Returns the process exit code. */
async function runGates(which, raw, host) {
    let inputs;
    try {
        inputs = (0,_build_inputs/* parseInputs */.TL)(raw);
        if (inputs.format !== 'auto' && !model/* FORMATS */.hR.includes(inputs.format))
            throw new Error(`input format must be auto or one of ${model/* FORMATS */.hR.join(', ')} (got "${inputs.format}")`);
    }
    catch (e) {
        host.error(e.message);
        host.setOutput('verdict', 'error');
        return { code: 2, results: [] };
    }
    // the root action runs the gates of its input `gates` (default: the four protocol gates)
    const gates = which === 'all' ? [...inputs.gates] : [which];
    const results = [];
    const budget = new GitHubBudget(inputs['publish-deadline']);
    // The event payload names the pull request and its head: unusable, nothing can be posted or
    // read from GitHub. One line says so; the gates run and their verdicts stand.
    const eventPath = host.env.GITHUB_EVENT_PATH;
    if (host.github && eventPath) {
        const problem = (0,files/* jsonFileProblem */.aY)(eventPath);
        if (problem) {
            budget.blocked = `the event payload GITHUB_EVENT_PATH (${eventPath}) is ${problem}`;
            host.warning(`GITHUB_EVENT_PATH ${eventPath}: ${problem}; no PR comment, status or approvals read this run, the verdicts are not affected`);
        }
    }
    for (const g of gates)
        results.push(await runOneGate(g, inputs, host, which === 'all', budget));
    if (which === 'all') {
        const worst = results.map((r) => r.result.verdict).sort((a, b) => SEV[b] - SEV[a])[0];
        host.setOutput('verdict', worst);
        const opt = results.find((r) => r.result.gate === 'optimization')?.result;
        host.setOutput('improvement-pct', opt?.improvementPct == null ? '' : String(opt.improvementPct));
        const reg = opt ?? results.find((r) => r.result.gate === 'compare')?.result;
        host.setOutput('regression-count', reg?.regressionCount == null ? '' : String(reg.regressionCount));
    }
    const failing = results.filter((r) => r.failed).map((r) => r.result.verdict);
    if (!failing.length)
        return { code: 0, results };
    // DESIGN section 7: 2 for bad input (error), 1 for fail / insufficient-data. The runner only looks at non-zero.
    return { code: failing.every((v) => v === 'error') ? 2 : 1, results };
}
const SEV = { pass: 0, waived: 1, 'insufficient-data': 2, fail: 3, error: 4 };



/***/ })

};
