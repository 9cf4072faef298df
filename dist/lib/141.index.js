export const id = 141;
export const ids = [141];
export const modules = {

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


/***/ })

};
