export const id = 507;
export const ids = [507,141];
export const modules = {

/***/ 9141:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INPUTS: () => (/* binding */ INPUTS),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   inputsOf: () => (/* binding */ inputsOf)
/* harmony export */ });
/* unused harmony exports PROTOCOL_GATES, OUTPUTS, InputSchema, withDefaults */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88532);
// The inputs of every action step and of `perf-gates gate`: one name for one thing everywhere
// (DESIGN section 1). action.yml files are checked against this table both ways by a test.

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
const bool = (name) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((s, ctx) => {
    const v = s.trim();
    if (/^(true|True|TRUE)$/.test(v))
        return true;
    if (/^(false|False|FALSE)$/.test(v))
        return false;
    ctx.addIssue({ code: 'custom', message: `input ${name} must be true or false (got "${s}")` });
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
});
const lines = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((s) => s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#')));
const optionalPath = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((s) => (s.trim() ? s.trim() : undefined));
const seconds = (name, max) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((s, ctx) => {
    const v = s.trim();
    const n = /^\d+(\.\d+)?$/.test(v) ? Number(v) : Number.NaN;
    if (n >= 1 && n <= max)
        return n;
    ctx.addIssue({
        code: 'custom',
        message: `input ${name} must be a number of seconds from 1 to ${max} (got "${s}")`,
    });
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
});
/** Raw strings (as the runner passes them) -> typed inputs. */
const InputSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    config: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((s) => s.trim()),
    'baseline-k6': lines,
    'load-test-k6': lines,
    'candidate-k6': lines,
    format: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((s) => s.trim() || 'auto'), // checked against FORMATS by the runner
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
    'artifacts-dir': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((s) => s.trim() || '.artifacts/performance'),
    'artifact-name': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((s, ctx) => {
        const v = s.trim();
        // the names the artifact service accepts (io/artifacts.ts validateArtifactName: at most 256,
        // and `all` appends -<gate>): a name it would refuse must not pass the step un-uploaded
        const bad = /[":<>|*?\\/\p{Cc}]/u.exec(v);
        if (bad || v.length > 240) {
            ctx.addIssue({
                code: 'custom',
                message: `input artifact-name ${JSON.stringify(v.length > 60 ? v.slice(0, 60) + '…' : v)} is not a valid artifact name: ${bad ? `it contains ${JSON.stringify(bad[0])}` : `${v.length} characters (at most 240)`}; use letters, digits, - _ . and spaces, without " : < > | * ? \\ / or line breaks`,
            });
            return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
        }
        return v;
    }),
    token: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    comment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((s, ctx) => {
        const v = s.trim() || 'update';
        if (v === 'update' || v === 'on-failure' || v === 'off')
            return v;
        ctx.addIssue({ code: 'custom', message: `input comment must be update, on-failure or off (got "${s}")` });
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }),
    'comment-author': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((s) => s.trim() || 'github-actions[bot]'),
    status: bool('status'),
    upload: bool('upload'),
    'fail-on': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((s, ctx) => {
        const list = s
            .split(/[\s,]+/)
            .map((v) => v.trim())
            .filter(Boolean);
        for (const v of list) {
            if (!VERDICTS.includes(v)) {
                ctx.addIssue({
                    code: 'custom',
                    message: `input fail-on: unknown verdict "${v}" (use ${VERDICTS.join(', ')})`,
                });
                return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
            }
        }
        if (list.length === 0) {
            // "," or " " would fail on nothing: every verdict would pass the step
            ctx.addIssue({
                code: 'custom',
                message: `input fail-on must name at least one verdict (${VERDICTS.join(', ')}); got "${s}"`,
            });
            return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
        }
        return list;
    }),
    gates: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((s, ctx) => {
        // not declared (a gate's own step): the root action's default
        const list = (s.trim() || PROTOCOL_GATES.join(','))
            .split(/[\s,]+/)
            .map((v) => v.trim())
            .filter(Boolean);
        const bad = list.find((v) => !GATE_CHOICES.includes(v));
        if (bad !== undefined || list.length === 0) {
            ctx.addIssue({
                code: 'custom',
                message: `input gates: ${bad !== undefined ? `unknown gate "${bad}"` : 'names no gate'} (use ${GATE_CHOICES.join(', ')})`,
            });
            return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
        }
        return GATE_CHOICES.filter((g) => list.includes(g));
    }),
    baseline: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((s, ctx) => {
        const v = s.trim() || 'runs';
        if (v === 'runs' || v === 'history')
            return v;
        ctx.addIssue({ code: 'custom', message: `input baseline must be runs or history (got "${s}")` });
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }),
    'history-dir': optionalPath,
    history: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((s, ctx) => {
        const v = s.trim() || 'off';
        if (v === 'off' || v === 'record')
            return v;
        ctx.addIssue({ code: 'custom', message: `input history must be off or record (got "${s}")` });
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }),
    'history-keep': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((s, ctx) => {
        const v = s.trim() || '100';
        const n = /^\d+$/.test(v) ? Number(v) : Number.NaN;
        if (n >= 1 && n <= 10000)
            return n;
        ctx.addIssue({
            code: 'custom',
            message: `input history-keep must be a whole number from 1 to 10000 (got "${s}")`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }),
    'history-retention': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((s, ctx) => {
        const v = s.trim() || '90';
        const n = /^\d+$/.test(v) ? Number(v) : Number.NaN;
        if (n >= 1 && n <= 400)
            return n;
        ctx.addIssue({
            code: 'custom',
            message: `input history-retention must be a whole number of days from 1 to 400 (got "${s}")`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }),
    'api-timeout': seconds('api-timeout', 600),
    'publish-deadline': seconds('publish-deadline', 3600),
});
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
function parseInputs(raw) {
    const r = InputSchema.safeParse(withDefaults(raw));
    if (!r.success)
        throw new Error(r.error.issues.map((i) => i.message).join('; '));
    return r.data;
}


/***/ }),

/***/ 70607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kQ: () => (/* binding */ HISTORY_ARTIFACT),
  fetchHistory: () => (/* binding */ fetchHistory),
  uploadHistory: () => (/* binding */ uploadHistory)
});

// UNUSED EXPORTS: NO_HISTORY_YET, TRUSTED_EVENTS, eligibleRuns, workflowFile

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/io/artifacts.js
var artifacts = __webpack_require__(99672);
// EXTERNAL MODULE: ./.build/io/github.js
var github = __webpack_require__(9028);
;// CONCATENATED MODULE: ./.build/io/history-remote.js
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

// EXTERNAL MODULE: ./.build/io/store.js
var store = __webpack_require__(9226);
// EXTERNAL MODULE: ./.build/stats/history/store.js
var history_store = __webpack_require__(97272);
;// CONCATENATED MODULE: ./.build/run/history-remote.js
// The history store in GitHub Actions (issue 16, items 2 and 3). The store travels as the artifact
// `perf-gates-history` of the runs of the same workflow on the default branch:
//  - `history: record` takes the newest such artifact, whatever the run's conclusion (a main run
//    whose gate failed still recorded), appends this run and uploads the new store;
//  - `baseline: history` on a pull request takes the newest history whose last entry is not newer
//    than the merge base's commit time (GET .../compare/{base}...{head}, merge_base_commit); when the
//    compare call fails, the history recorded by the run of the event's base SHA and older.
// Entries recorded on a push carry the pushed commit's time, so a run's commit time is the time of
// its history's last entry. The REST calls are adapters in src/io/.






const HISTORY_ARTIFACT = 'perf-gates-history';
const NO_HISTORY_YET = 'no history on main yet: merge this workflow, or run it once on main with workflow_dispatch';
/** The events whose runs on the default branch may supply the history. */
const TRUSTED_EVENTS = ['push', 'schedule', 'workflow_dispatch'];
/** Runs of the default branch looked at for a history artifact, newest first. */
const RUNS_LOOKED_AT = 30;
const obj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
/** The workflow file of this run from GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/x.yml@ref). */
function workflowFile(ref) {
    const m = ref ? /\/\.github\/workflows\/([^@/]+)@/.exec(ref) : null;
    return m ? m[1] : undefined;
}
/** Pick the run whose history counts: newest first, not newer than `notAfter`, not this run. */
function eligibleRuns(runs, opts) {
    // only runs the default branch itself started: a pull request (a fork's branch may be called
    // main too) never supplies the history
    let list = runs.filter((r) => r.id !== opts.exclude && TRUSTED_EVENTS.includes(r.event));
    if (opts.notAfter !== undefined) {
        const limit = Date.parse(opts.notAfter);
        list = list.filter((r) => Date.parse(r.commitTime) <= limit);
    }
    else if (opts.uptoSha) {
        const at = list.findIndex((r) => r.headSha === opts.uptoSha);
        list = at === -1 ? [] : list.slice(at);
    }
    return list;
}
/**
 * Download the history that counts for this run into `dir` (an empty folder). Never throws for a
 * missing history: `found: false` with the reason. API failures throw (the step reports them).
 */
async function fetchHistory(env, inputs, purpose, dir, log) {
    const ctx = (0,github.getGitHubContext)(env);
    const client = (0,github.createClient)(inputs.token, {
        baseUrl: ctx.apiUrl,
        log,
        timeoutSeconds: inputs['api-timeout'],
    });
    const notes = [];
    const pushTime = str(obj(ctx.payload.head_commit)?.timestamp);
    const base = { notes, sha: ctx.sha, time: pushTime };
    const workflow = workflowFile(env.GITHUB_WORKFLOW_REF);
    const branch = str(obj(ctx.payload.repository)?.default_branch);
    if (!workflow || !branch)
        return {
            ...base,
            found: false,
            missing: `the history cannot be looked up: ${!workflow ? 'GITHUB_WORKFLOW_REF names no workflow file' : 'the event payload has no repository.default_branch'}`,
        };
    let notAfter;
    let uptoSha;
    const pr = obj(ctx.payload.pull_request);
    if (purpose === 'baseline' && pr) {
        const baseSha = str(obj(pr.base)?.sha);
        const headSha = str(obj(pr.head)?.sha);
        if (baseSha && headSha) {
            try {
                const mb = await mergeBase(client, ctx, baseSha, headSha);
                notAfter = mb.time;
                notes.push(`history as of the merge base ${mb.sha.slice(0, 7)} (${mb.time ?? 'time unknown'})`);
                if (!mb.time)
                    uptoSha = mb.sha;
            }
            catch (e) {
                uptoSha = baseSha;
                notes.push(`the merge base could not be read (${e.message}): history as of the event's base ${baseSha.slice(0, 7)}`);
            }
        }
    }
    const runs = eligibleRuns(await listBranchRuns(client, ctx, workflow, branch, RUNS_LOOKED_AT), {
        notAfter,
        uptoSha,
        exclude: ctx.runId,
    });
    for (const r of runs) {
        const art = (await (0,github.listRunArtifacts)(client, ctx, r.id)).find((a) => a.name === HISTORY_ARTIFACT && !a.expired);
        if (!art)
            continue;
        await (0,artifacts/* downloadRunArtifact */.qA)(art.id, dir, {
            token: inputs.token,
            workflowRunId: r.id,
            repositoryOwner: ctx.owner,
            repositoryName: ctx.repo,
        });
        const from = `${HISTORY_ARTIFACT} of run ${r.id} (${r.headSha.slice(0, 7)}, ${r.commitTime}, ${r.conclusion ?? 'no conclusion'})`;
        log.info(`history: downloaded ${from}`);
        return { ...base, found: true, from };
    }
    return {
        ...base,
        found: false,
        missing: `${NO_HISTORY_YET} (no unexpired ${HISTORY_ARTIFACT} artifact in the last ${RUNS_LOOKED_AT} runs of ${workflow} on ${branch}${notAfter ? ` up to the merge base's time ${notAfter}` : ''})`,
    };
}
/** Upload the store in `dir` as this run's `perf-gates-history` artifact. */
async function uploadHistory(dir, retentionDays, log) {
    const files = (0,history_store/* entryNames */.VM)(await (0,store/* listFolder */.bt)(dir)).map((n) => external_node_path_.join(dir, n.name));
    return (0,artifacts.uploadEvidence)(HISTORY_ARTIFACT, dir, files, log, { retentionDays });
}


/***/ }),

/***/ 84507:
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./.build/config/duration.js
// k6-style durations in configuration ('20s', '2m', '1m30s', '1h', '500ms'; a bare number is seconds).
/** The accepted spelling: one or more <number><unit> parts, units h, m, s, ms, us/µs. */
const DURATION_PATTERN = '^\\s*(\\d+(\\.\\d+)?(h|ms|m|s|us|µs)\\s*)+$';
const PART = /(\d+(?:\.\d+)?)(h|ms|m|s|us|µs)/g;
const SECONDS = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, µs: 1e-6 };
/** Seconds for a k6 duration string; undefined when it is not one. */
function parseDuration(text) {
    if (!new RegExp(DURATION_PATTERN).test(text))
        return undefined;
    let total = 0;
    for (const m of text.matchAll(PART))
        total += Number(m[1]) * SECONDS[m[2]];
    return total;
}

// EXTERNAL MODULE: ./.build/config/suggest.js
var suggest = __webpack_require__(34883);
;// CONCATENATED MODULE: ./.build/config/schema.js
// `.github/perf-gates.yml`: the zod schema (source of the shipped JSON Schema), its defaults
// (protocol-18's thresholds) and the YAML reader with errors a person can act on: the key's path,
// the line, and for an unknown key the nearest valid name. Pure: text in, config out.





const INTAKE_INPUTS = [
    'monitoring-package',
    'incident-report',
    'deployment-report',
    'intake-backlog',
];
// ---------------------------------------------------------------------------------------------
// The zod schema
const STAT_PATTERN = /^(avg|min|med|max|p50|p90|p95|p99|rate|count|value|median|mean|p\(\d+(\.\d+)?\)|p\d+(\.\d+)?)$/;
const percent = (d, what) => schemas/* number */.aig().min(0).max(100).default(d).describe(`${what} (percent, default ${d})`);
const nonEmpty = schemas/* string */.YjP().trim().min(1);
const stat = schemas/* string */.YjP()
    .regex(STAT_PATTERN, {
    error: 'expected a statistic: avg, min, med, max, p50, p90, p95, p99, p(N), rate, count, value or median',
})
    .describe('statistic: avg min med max p50 p90 p95 p99 p(N) rate count value (k6), median (benchmarks)');
const direction = schemas/* enum */.k5n(['decrease', 'increase'])
    .describe('decrease: lower is better; increase: higher is better');
const metricRef = schemas/* strictObject */.rej({
    name: nonEmpty.describe('k6 metric in k6 spelling (`http_req_duration{name:checkout}`) or a benchmark fullname'),
    stat,
    direction,
});
const DURATION_ERROR = "expected seconds (a number) or a duration like '20s', '2m', '1m30s'";
const duration = schemas/* union */.KCZ([schemas/* number */.aig().nonnegative(), schemas/* string */.YjP().regex(new RegExp(DURATION_PATTERN), { error: DURATION_ERROR })], {
    error: DURATION_ERROR,
})
    .transform((v) => (typeof v === 'number' ? v : parseDuration(v)))
    .describe("seconds, or a k6 duration: '20s', '2m', '1m30s'");
const requiredMetric = schemas/* strictObject */.rej({
    metric_name: nonEmpty.describe('name as in baseline-metrics.csv, e.g. api_latency_p95'),
    service: nonEmpty.describe('service as in baseline-metrics.csv, e.g. catalog-api'),
    k6: nonEmpty
        .optional()
        .describe('k6 metric to derive it from, tags allowed: http_req_duration{name:products}'),
    stat: stat
        .or(nonEmpty)
        .optional()
        .describe('k6/benchmark statistic, or the pytest json_metadata key (dotted path)'),
    benchmark: nonEmpty.optional().describe('pytest-benchmark fullname to derive it from'),
    pytest: nonEmpty
        .optional()
        .describe('pytest node id whose json_metadata holds the value (stat = metadata key)'),
    unit: nonEmpty.optional().describe('unit to record (time units and % are converted)'),
})
    .superRefine((m, ctx) => {
    const sources = [m.k6, m.benchmark, m.pytest].filter((s) => s !== undefined).length;
    if (sources > 1)
        ctx.addIssue({ code: 'custom', message: 'name one source: k6, benchmark or pytest', path: [] });
    if (m.pytest !== undefined && m.stat === undefined)
        ctx.addIssue({
            code: 'custom',
            message: 'a pytest source needs `stat`: the json_metadata key holding the value',
            path: ['stat'],
        });
    if (m.k6 !== undefined && m.stat !== undefined && !STAT_PATTERN.test(m.stat))
        ctx.addIssue({ code: 'custom', message: `\`${m.stat}\` is not a k6 statistic`, path: ['stat'] });
});
const peakScenario = schemas/* strictObject */.rej({
    scenario: nonEmpty.describe('k6 scenario name (the `scenario` tag)'),
    min_rps: schemas/* number */.aig().nonnegative().optional().describe('requests per second the scenario must reach'),
    min_vus: schemas/* number */.aig()
        .int()
        .nonnegative()
        .optional()
        .describe('VUs it must reach (checked for single-scenario runs only)'),
    min_duration: duration.optional(),
});
const ConfigSchema = schemas/* strictObject */.rej({
    thresholds: schemas/* strictObject */.rej({
        baseline_completeness: percent(95, 'Gate 1: baseline completeness'),
        diagnostic_coverage: percent(90, 'Gate 2: diagnostic coverage score'),
        improvement: percent(15, 'Gate 3: improvement on the targeted metric'),
        regressions: schemas/* number */.aig()
            .int()
            .nonnegative()
            .default(0)
            .describe('Gate 3: regressions allowed (default 0)'),
        documentation_completeness: percent(95, 'Gate 4: documentation completeness'),
        approvals: percent(100, 'Gate 4: approvals captured'),
    })
        .prefault({})
        .describe('protocol-18 gate thresholds'),
    tolerance: schemas/* number */.aig().min(0).max(100).default(5).describe('regression tolerance, percent (default 5)'),
    confidence: schemas/* number */.aig()
        .gt(0.5)
        .lt(1)
        .default(0.95)
        .describe('one-sided confidence of the intervals (default 0.95)'),
    uncalibrated_margin: schemas/* number */.aig()
        .min(0)
        .max(100)
        .default(10)
        .describe('run-to-run allowance for single-run comparisons without a noise file, percent (default 10)'),
    fdr: schemas/* number */.aig()
        .gt(0)
        .lt(1)
        .default(0.05)
        .describe('false-discovery rate over keys config does not name (default 0.05)'),
    breakdown_tags: schemas/* array */.YOg(nonEmpty)
        .default(['name', 'scenario'])
        .describe('k6 tags to break metrics down by'),
    baseline: schemas/* strictObject */.rej({
        required_metrics: schemas/* array */.YOg(requiredMetric)
            .optional()
            .describe('the required baseline set, each mapped to a source'),
    })
        .prefault({}),
    diagnostics: schemas/* strictObject */.rej({
        services: schemas/* array */.YOg(nonEmpty)
            .optional()
            .describe('prioritized services the profiling report must cover'),
        peak_scenarios: schemas/* array */.YOg(peakScenario).optional().describe('peak scenarios the load test must reach'),
        weights: schemas/* strictObject */.rej({
            services: schemas/* number */.aig().nonnegative().default(1),
            peak_scenarios: schemas/* number */.aig().nonnegative().default(1),
            capacity: schemas/* number */.aig().nonnegative().default(1),
        })
            .prefault({})
            .refine((w) => w.services + w.peak_scenarios + w.capacity > 0, {
            error: 'at least one weight must be above 0',
        })
            .describe('weights of the coverage components (default equal)'),
    })
        .prefault({}),
    slo: schemas/* array */.YOg(schemas/* strictObject */.rej({
        name: nonEmpty,
        metric: nonEmpty.describe('key: metric{tag:value}:stat, e.g. http_req_duration{name:checkout}:p95'),
        target: schemas/* number */.aig(),
        unit: nonEmpty.optional(),
    }))
        .optional()
        .describe('service-level objectives'),
    optimization: schemas/* strictObject */.rej({
        target: metricRef.optional().describe('the targeted metric (the plan overrides it)'),
        tracked: schemas/* array */.YOg(metricRef).optional().describe('metrics that must not regress'),
        require_plan_approval: schemas/* boolean */.zMY().default(true).describe('the plan must be approved (default true)'),
        plan_role: nonEmpty
            .optional()
            .describe('role (in `roles`) whose environment approval approves the plan'),
    })
        .prefault({}),
    noise: nonEmpty.optional().describe('noise file from `perf-gates calibrate`'),
    roles: schemas/* record */.g1P(nonEmpty, schemas/* strictObject */.rej({
        environment: nonEmpty.describe('GitHub environment whose required-reviewer approval counts for this role'),
        approvers: schemas/* array */.YOg(nonEmpty).optional().describe("GitHub logins or 'team:org/slug'"),
    }))
        .optional()
        .describe('approver roles'),
    intake: schemas/* strictObject */.rej({
        required: schemas/* array */.YOg(schemas/* enum */.k5n(INTAKE_INPUTS))
            .default([])
            .describe('intake inputs gate 1 requires (protocol-18 prerequisites): monitoring-package, incident-report, deployment-report, intake-backlog (default none)'),
        business_impact: nonEmpty
            .optional()
            .describe("this cycle's business impact, as the team states it (else the incident report's section)"),
    })
        .prefault({})
        .describe('telemetry intake (protocol-18 Phase 1)'),
})
    .superRefine((c, ctx) => {
    const role = c.optimization.plan_role;
    if (role !== undefined && !(c.roles && Object.hasOwn(c.roles, role))) {
        const known = Object.keys(c.roles ?? {});
        const near = (0,suggest/* nearest */.p)(role, known);
        ctx.addIssue({
            code: 'custom',
            path: ['optimization', 'plan_role'],
            message: `role \`${role}\` is not defined in \`roles\`${near ? ` — did you mean \`${near}\`?` : known.length ? ` (roles: ${known.join(', ')})` : ''}`,
        });
    }
})
    .describe('perf-gates configuration (.github/perf-gates.yml); every key is optional');
// ---------------------------------------------------------------------------------------------
// Waivers (a file of their own, input `waivers`; shipped in the JSON Schema as $defs.waivers)
const GATE_NAMES = ['baseline', 'diagnostics', 'optimization', 'governance'];
const isoDate = schemas/* string */.YjP()
    .trim()
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), {
    error: 'expected a date YYYY-MM-DD',
});
const WaiverSchema = schemas/* strictObject */.rej({
    gate: schemas/* union */.KCZ([schemas/* enum */.k5n(GATE_NAMES), schemas/* number */.aig().int().min(1).max(4)])
        .transform((g) => (typeof g === 'number' ? GATE_NAMES[g - 1] : g))
        .describe('the gate: baseline, diagnostics, optimization, governance (or 1-4)'),
    criterion: nonEmpty.describe('the criterion name as the gate JSON writes it (e.g. diagnostic_coverage); a regression only by its own name, `regression: <key>`'),
    justification: nonEmpty.describe('why the miss is accepted'),
    requested_by: nonEmpty.describe('who asks for the waiver'),
    expires: isoDate.describe('last day the waiver counts (YYYY-MM-DD, UTC)'),
    approver_role: nonEmpty.describe('role (in the config `roles`) whose approval the waiver needs: an environment approval in Actions'),
})
    .describe('one waiver of one criterion of one gate');
const WaiversFileSchema = schemas/* strictObject */.rej({ waivers: schemas/* array */.YOg(WaiverSchema).describe('the waivers') })
    .describe('perf-gates waivers file (input `waivers`)');
const _sameShape = (p) => p;
void _sameShape;
/** Every default, as a team starting with no file gets it. */
function defaultConfig() {
    return ConfigSchema.parse({});
}
// ---------------------------------------------------------------------------------------------
// Reading YAML
/**
 * Parse `.github/perf-gates.yml`. Empty text (or comments only) gives the defaults. Any problem is
 * an InputError naming `file`, the line, the key's path and what was expected; an unknown key
 * names the nearest valid key.
 */
function parseConfig(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
        throw new model/* InputError */.dz(file, `not valid YAML: ${e.message.split('\n')[0]}`, pos.line, pos.col);
    }
    let raw;
    try {
        // an alias bomb (aliases of aliases) is stopped by the yaml library: say which file
        raw = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        throw new model/* InputError */.dz(file, `not valid YAML: ${e.message}`);
    }
    if (raw === null || raw === undefined)
        return defaultConfig();
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        throw new model/* InputError */.dz(file, `expected a mapping of configuration keys at the top level, got ${describe(raw)}`, 1);
    }
    const parsed = ConfigSchema.safeParse(raw);
    if (parsed.success)
        return parsed.data;
    const problems = parsed.error.issues.map((issue) => explain(issue, raw));
    problems.sort((a, b) => lineOf(doc, lineCounter, a.path, a.key) - lineOf(doc, lineCounter, b.path, b.key));
    const first = problems[0];
    const line = lineOf(doc, lineCounter, first.path, first.key);
    const more = problems.length > 1
        ? ` (and ${problems.length - 1} more: ${problems
            .slice(1)
            .map((p) => p.text)
            .join('; ')})`
        : '';
    throw new model/* InputError */.dz(file, `${first.text}${more}`, line > 0 ? line : undefined);
}
function dotted(path) {
    let s = '';
    for (const p of path)
        s += typeof p === 'number' ? `[${p}]` : s === '' ? String(p) : `.${String(p)}`;
    return s;
}
function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return `the string ${JSON.stringify(v)}`;
    return `${typeof v} ${String(v)}`;
}
function valueAt(root, path) {
    let cur = root;
    for (const p of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[p];
    }
    return cur;
}
function explain(issue, raw) {
    const path = issue.path;
    switch (issue.code) {
        case 'unrecognized_keys': {
            const key = issue.keys[0];
            const valid = keysAt(path);
            const near = (0,suggest/* nearest */.p)(key, valid);
            const where = dotted([...path, key]);
            const hint = near
                ? ` — did you mean \`${near}\`?`
                : valid.length
                    ? ` (valid keys${path.length ? ` under \`${dotted(path)}\`` : ''}: ${valid.join(', ')})`
                    : '';
            const others = issue.keys.length > 1 ? ` (also unknown here: ${issue.keys.slice(1).join(', ')})` : '';
            return { path, key, text: `unknown key \`${where}\`${hint}${others}` };
        }
        case 'invalid_type': {
            const got = valueAt(raw, path);
            if (got === undefined)
                return { path, text: `\`${dotted(path)}\` is required (expected ${issue.expected})` };
            return { path, text: `\`${dotted(path)}\`: expected ${issue.expected}, got ${describe(got)}` };
        }
        case 'too_small':
        case 'too_big': {
            const got = valueAt(raw, path);
            const small = issue.code === 'too_small';
            const bound = small ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
            const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
            const what = typeof got === 'string' || Array.isArray(got) ? 'length' : 'value';
            return {
                path,
                text: `\`${dotted(path)}\`: ${what} must be ${bound} ${String(limit)}, got ${describe(got)}`,
            };
        }
        case 'invalid_value':
            return {
                path,
                text: `\`${dotted(path)}\`: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(valueAt(raw, path))}`,
            };
        default:
            return { path, text: `\`${dotted(path) || '(top level)'}\`: ${issue.message}` };
    }
}
/** The valid key names of the object schema at `path` (array indexes and record keys skipped). */
function keysAt(path) {
    let schema = ConfigSchema;
    const unwrap = (s) => {
        let cur = s;
        for (;;) {
            const def = cur._zod.def;
            if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(def.type))
                cur = def.innerType;
            else if (def.type === 'pipe')
                cur = def.in;
            else
                return cur;
        }
    };
    for (const p of path) {
        if (!schema)
            return [];
        const s = unwrap(schema);
        const def = s._zod.def;
        if (def.type === 'object')
            schema = def.shape[String(p)];
        else if (def.type === 'array')
            schema = def.element;
        else if (def.type === 'record')
            schema = def.valueType;
        else
            return [];
    }
    if (!schema)
        return [];
    const s = unwrap(schema);
    const def = s._zod.def;
    return def.type === 'object' ? Object.keys(def.shape) : [];
}
/** 1-based line of the node at `path` (of the key itself when `key` is given); 0 if not found. */
function lineOf(doc, lc, path, key) {
    let node = doc.contents;
    const target = key !== undefined ? [...path, key] : path;
    let keyNode;
    for (const p of target) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((it) => (0,dist/* isPair */.tO)(it) && (0,dist/* isScalar */.jn)(it.key) && String(it.key.value) === String(p));
            if (!pair)
                break;
            keyNode = pair.key;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof p === 'number') {
            node = node.items[p];
            keyNode = undefined;
        }
        else
            break;
    }
    const n = (key !== undefined ? keyNode : (node ?? keyNode)) ?? keyNode;
    const range = n?.range ?? node?.range;
    return range ? lc.linePos(range[0]).line : 0;
}
// ---------------------------------------------------------------------------------------------
// The plan overrides config for its run
/**
 * Values in `optimization-plan.json` override config for that run: the target, the improvement
 * threshold, the regression tolerance and the tracked metrics. Returns a new config.
 */
function mergePlanIntoConfig(config, plan) {
    const withTags = (name, tags) => {
        if (!tags || Object.keys(tags).length === 0 || name.includes('{'))
            return name;
        const inner = Object.keys(tags)
            .sort()
            .map((k) => `${(0,model/* quoteTagPart */.wn)(k, true)}:${(0,model/* quoteTagPart */.wn)(tags[k])}`)
            .join(',');
        return `${name}{${inner}}`;
    };
    const merged = structuredClone(config);
    merged.optimization.target = {
        name: withTags(plan.target.name, plan.target.tags),
        stat: plan.target.stat,
        direction: plan.target.direction,
    };
    if (plan.improvementThreshold !== undefined)
        merged.thresholds.improvement = plan.improvementThreshold;
    if (plan.tolerance !== undefined)
        merged.tolerance = plan.tolerance;
    if (plan.tracked !== undefined)
        merged.optimization.tracked = plan.tracked.map((t) => ({
            name: withTags(t.name, t.tags),
            stat: t.stat,
            direction: t.direction,
        }));
    return merged;
}

// EXTERNAL MODULE: ./.build/stats/percentile.js
var percentile = __webpack_require__(2099);
// EXTERNAL MODULE: ./.build/parsers/k6-summary/keys.js
var keys = __webpack_require__(10940);
;// CONCATENATED MODULE: ./.build/gates/thresholds.js
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
const parseMetricSelector = keys/* tryParseMetricKey */.Il;
/** The series of `metric` with exactly these tags (`{}` = the whole metric), if the run has it. */
function findSeries(k6, metric, tags = {}) {
    if (!k6)
        return undefined;
    return k6.series.find((s) => s.summary.metric === metric && (0,keys/* sameTags */.Iu)(s.summary.tags, tags));
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
            const p = (0,percentile/* percentileOf */.D)(stat === 'median' ? 'med' : stat);
            if (p === undefined)
                return undefined;
            if (series.sorted && series.sorted.length > 0)
                return { value: (0,percentile/* percentileSorted */.v)(series.sorted, p) };
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

;// CONCATENATED MODULE: ./.build/gates/baseline/markdown.js
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
    const { metric, tags } = parseMetricSelector(selector);
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
        const series = findSeries(k6, metric, tags);
        if (!series) {
            problems.push(`${run.label}: no ${selector} in ${base(k6.file)}`);
            continue;
        }
        usedStat = usedStat ?? defaultStat(series);
        const v = statOf(series, usedStat, k6);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
// EXTERNAL MODULE: ./node_modules/papaparse/papaparse.js
var papaparse = __webpack_require__(28728);
;// CONCATENATED MODULE: ./.build/parsers/intake/monitoring.js
// The monitoring package of protocol 16 (`MONITORING-PACKAGE.zip`, or the folder it unpacks to): its
// listing, and the metric exports inside it: Prometheus text exposition (`*.prom`, or any text file
// starting with `# HELP`/`# TYPE`) and CSV exports (a header with `metric` or `metric_name` and
// `value`). Pure: bytes in (the I/O layer lists a folder or hands over the zip's bytes).




const sha = (b) => (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
/** Entries of a zip file (directories skipped). A damaged zip is an InputError naming the file. */
function unzipPackage(bytes, file) {
    if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
        throw new model/* InputError */.dz(file, 'not a zip file (no PK signature): give the monitoring package zip or its folder');
    let files;
    try {
        files = (0,esm/* unzipSync */.AO)(bytes);
    }
    catch (e) {
        throw new model/* InputError */.dz(file, `cannot read the zip: ${e.message}`);
    }
    return Object.entries(files)
        .filter(([p]) => !p.endsWith('/'))
        .map(([p, data]) => ({ path: p, data }))
        .sort((a, b) => (a.path < b.path ? -1 : 1));
}
const PROM_LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+([-+]?(?:[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?|NaN|[-+]?Inf))(?:\s+(-?\d+))?\s*$/;
function promLabels(s, entry, line) {
    const out = {};
    const re = /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*,?/y;
    let i = 0;
    while (i < s.length) {
        re.lastIndex = i;
        const m = re.exec(s);
        if (!m)
            throw new model/* InputError */.dz(entry, `Prometheus labels not readable: {${s}}`, line);
        out[m[1]] = m[2].replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
        i = re.lastIndex;
    }
    return out;
}
/** Prometheus text exposition format 0.0.4: one sample per line; comments and blank lines skipped. */
function parsePrometheusText(text, entry) {
    const out = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        const l = raw.trim();
        if (l === '' || l.startsWith('#'))
            return;
        const m = PROM_LINE.exec(l);
        if (!m)
            throw new model/* InputError */.dz(entry, `not a Prometheus text-format sample: ${l.slice(0, 80)}`, i + 1);
        const value = Number(m[4].replace(/^\+?Inf$/, 'Infinity').replace(/^-Inf$/, '-Infinity'));
        if (!Number.isFinite(value))
            return;
        const s = {
            name: m[1],
            labels: m[3] ? promLabels(m[3], entry, i + 1) : {},
            value,
            entry,
            line: i + 1,
        };
        if (m[5])
            s.timestamp = new Date(Number(m[5])).toISOString();
        out.push(s);
    });
    return out;
}
const NAME_COLS = ['metric_name', 'metric', '__name__', 'name'];
const LABEL_COLS = ['service', 'job', 'container', 'pod', 'instance'];
/** A CSV metric export: header with a metric column and `value`; service/job/instance, unit, timestamp optional. */
function parseMetricCsv(text, entry) {
    const parsed = papaparse.parse(text.replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: true,
        transformHeader: (h) => h.trim().toLowerCase(),
    });
    const fields = parsed.meta.fields ?? [];
    const nameCol = NAME_COLS.find((c) => fields.includes(c));
    if (!nameCol || !fields.includes('value'))
        return undefined;
    const out = [];
    parsed.data.forEach((row, i) => {
        const v = Number(row.value);
        if (!row[nameCol] || row.value === undefined || row.value.trim() === '' || !Number.isFinite(v))
            return;
        const labels = {};
        for (const c of LABEL_COLS)
            if (row[c])
                labels[c] = row[c].trim();
        const s = { name: row[nameCol].trim(), labels, value: v, entry, line: i + 2 };
        const ts = row.timestamp ?? row.time;
        if (ts && !Number.isNaN(Date.parse(ts)))
            s.timestamp = new Date(Date.parse(ts)).toISOString();
        else if (ts && /^\d{10}(\.\d+)?$/.test(ts))
            s.timestamp = new Date(Number(ts) * 1000).toISOString();
        if (row.unit)
            s.unit = row.unit.trim();
        out.push(s);
    });
    return out;
}
function isPromText(path, text) {
    if (/\.prom$/i.test(path))
        return true;
    return /^\s*#\s*(HELP|TYPE)\s+[a-zA-Z_:]/.test(text.slice(0, 512));
}
/** Read a package from its entries (a zip's, or a folder's files with paths relative to it). */
function readMonitoringPackage(entries, file, kind) {
    const warnings = [];
    const listing = entries.map((e) => ({
        path: e.path,
        bytes: e.data.length,
        sha256: sha(e.data),
    }));
    const exports = [];
    const samples = [];
    for (const e of entries) {
        const isText = /\.(prom|txt|csv|metrics)$/i.test(e.path);
        if (!isText)
            continue;
        const text = Buffer.from(e.data).toString('utf8');
        const where = `${file}:${e.path}`;
        if (/\.csv$/i.test(e.path)) {
            const got = parseMetricCsv(text, where);
            if (!got) {
                warnings.push({
                    file: where,
                    message: 'CSV without `metric`/`metric_name` and `value` columns: listed, not read',
                });
                continue;
            }
            exports.push({ path: e.path, format: 'csv', samples: got.length });
            samples.push(...got);
        }
        else if (isPromText(e.path, text)) {
            const got = parsePrometheusText(text, where);
            exports.push({ path: e.path, format: 'prometheus-text', samples: got.length });
            samples.push(...got);
        }
    }
    if (entries.length === 0)
        warnings.push({ file, message: 'the monitoring package is empty' });
    else if (exports.length === 0)
        warnings.push({
            file,
            message: 'no metric exports (Prometheus text or CSV) in the monitoring package: listed only',
        });
    return { format: 'monitoring-package', file, kind, entries: listing, exports, samples, warnings };
}
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
            if (keys.length === 1 && keys[0] === 'name' && hasSamples(s))
                names.add(s.summary.tags.name);
            if (keys.length === 0 && hasSamples(s))
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
    const runsWithData = ev.runs.filter((r) => (r.k6 && r.k6.series.some(hasSamples)) || (r.benchmarks && r.benchmarks.benchmarks.length > 0));
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
    const hyp = ev.hypotheses ? countHypotheses(ev.hypotheses) : undefined;
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
        for (const t of evaluateThresholds(r.k6)) {
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

;// CONCATENATED MODULE: ./.build/gates/diagnostics/evaluate.js



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
                hasSamples(s))
                out.add(s.summary.tags[tag]);
        }
    return [...out].sort();
}
function runHasSamples(r) {
    return !!r.k6 && r.k6.series.some(hasSamples);
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
    const httpWhole = findSeries(k6, 'http_reqs');
    const counted = httpWhole && hasSamples(httpWhole) ? 'http_reqs' : 'iterations';
    const reqSeries = findSeries(k6, counted, tags);
    const requests = reqSeries ? (statOf(reqSeries, 'count', k6)?.value ?? null) : null;
    const ran = noBreakdown ? requests !== null && requests > 0 : scenariosInRun.includes(name);
    const dur = runDurationSeconds(k6);
    const droppedSeries = findSeries(k6, 'dropped_iterations', tags);
    let dropped = droppedSeries ? (statOf(droppedSeries, 'count', k6)?.value ?? 0) : 0;
    if (!droppedSeries && !noBreakdown) {
        const whole = findSeries(k6, 'dropped_iterations');
        const wholeCount = whole ? (statOf(whole, 'count', k6)?.value ?? 0) : 0;
        if (wholeCount > 0) {
            dropped = wholeCount;
            reasons.push(`${wholeCount} dropped_iterations in the run, not broken down by scenario: counted against every scenario`);
        }
    }
    const vusSeries = findSeries(k6, 'vus');
    const vusMax = vusSeries ? (statOf(vusSeries, 'max', k6)?.value ?? null) : null;
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
    const serviceIn = (text) => known.find((s) => names(text, s)) ?? null;
    for (const doc of docs) {
        if (!doc)
            continue;
        doc.sections.forEach((s, i) => {
            if (!/bottleneck/i.test(s.title))
                return;
            listItems(sectionText(doc, i)).forEach((item, n) => {
                const text = plain(item);
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
        for (const t of tables(doc.text)) {
            const svc = t.header.findIndex((h) => /^(service|endpoint|component)\b/i.test(plain(h)));
            const issue = t.header.findIndex((h) => /hotspot|bottleneck|issue/i.test(plain(h)));
            if (svc < 0 || issue < 0)
                continue;
            for (const r of t.rows) {
                const cell = plain(r[issue] ?? '');
                if (!cell || /^(n\/a|none|-)$/i.test(cell))
                    continue;
                out.push({
                    service: plain(r[svc] ?? '') || null,
                    issue: `${plain(t.header[issue])}: ${cell}`,
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
    const { metric, tags } = parseMetricSelector(key.slice(0, colon));
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
        criteria.push((0,common/* criterion */.u6)('load_test_samples', 0, null, 'insufficient-data', ev.runs.length === 0
            ? 'no load-test run given (input `load-test-k6`)'
            : `the load-test output has no samples (${ev.runs.map((r) => r.label).join(', ')})`, 'runs', 'TelemetryGap'));
    }
    else {
        criteria.push((0,common/* criterion */.u6)('load_test_samples', runs.length, null, 'pass', `${runs.length} load-test run(s) with samples`, 'runs'));
    }
    // Thresholds the load test declared
    const verdicts = [];
    for (const r of runs)
        for (const t of evaluateThresholds(r.k6))
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
            criteria.push((0,common/* criterion */.u6)('load_test_thresholds', crossed.length, 0, 'fail', `the load test crossed ${crossed.length} of its ${verdicts.length} thresholds${aborted ? ' (abortOnFail: the test was stopped)' : ''}: ${crossed
                .slice(0, 4)
                .map((v) => `${v.metric} ${v.expression}`)
                .join(', ')}${crossed.length > 4 ? ', ...' : ''}`, 'thresholds crossed', 'LoadTestFailure'));
        }
        else if (unevaluable.length > 0) {
            criteria.push((0,common/* criterion */.u6)('load_test_thresholds', null, 0, 'insufficient-data', `${unevaluable.length} threshold(s) could not be evaluated: ${unevaluable.map((v) => `${v.metric} ${v.expression} (${v.reason})`).join('; ')}`, 'thresholds crossed', 'TelemetryGap'));
        }
        else {
            criteria.push((0,common/* criterion */.u6)('load_test_thresholds', 0, 0, 'pass', verdicts.length ? `all ${verdicts.length} thresholds held` : 'the load test declares no thresholds', 'thresholds crossed'));
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
        const i = doc.sections.findIndex((s, idx) => names(plain(s.title), svc) && sectionText(doc, idx) !== '');
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
        .map((p) => `${p.name.replace(/_/g, ' ')} ${p.value === null ? 'n/a' : `${(0,common/* pct */.Oe)(p.value, 1)}%`}`)
        .join(', ');
    if (coverage === null) {
        const why = undecidable.map((p) => p.name === 'services_profiled'
            ? 'no services to check (no `diagnostics.services` and no k6 `name` tags)'
            : 'no load-test samples to judge the peak scenarios');
        criteria.push((0,common/* criterion */.u6)('diagnostic_coverage', null, threshold, 'insufficient-data', `coverage cannot be computed: ${why.join('; ')}`, '%', 'TelemetryGap'));
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
        criteria.push((0,common/* criterion */.u6)('diagnostic_coverage', coverage, threshold, coverage >= threshold ? 'pass' : 'fail', `${componentText}${gaps.length ? `; ${gaps.join('; ')}` : ''}`, '%'));
    }
    return coverage;
}
/** load-test-results.json's `results`: throughput, latency and error rate of the first run, with their targets. */
function resultsSection(runs, verdicts, config, peaks, configuredP) {
    const head = runs[0]?.k6;
    const dur = runDurationSeconds(head);
    const v = (metric, stat, tags = {}) => {
        const s = findSeries(head, metric, tags);
        return s ? (statOf(s, stat, head)?.value ?? null) : null;
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
        const p = parseThresholdExpression(t.expression);
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
            value: parseThresholdExpression(t.expression)?.value ?? NaN,
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
        const p = parseThresholdExpression(t.expression);
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
        ? (0,common/* criterion */.u6)('peak_load_reached', checks.filter((c) => c.ran && c.reached).length, checks.filter((c) => c.ran).length, 'fail', `target load not reached: ${below.map((c) => `${c.scenario} in ${c.run} (${c.reasons.filter((r) => r !== 'reached').join('; ')})`).join('; ')}`, 'scenarios', 'LoadTestFailure')
        : (0,common/* criterion */.u6)('peak_load_reached', checks.filter((c) => c.ran && c.reached).length, checks.filter((c) => c.ran).length, 'pass', `every peak scenario that ran reached its target load (${perScenario.map((p) => p.scenario).join(', ')})`, 'scenarios');
}
/** Every run given, with its files and span. */
function runEntries(runs) {
    return runs.map((r) => {
        const d = runDurationSeconds(r.k6);
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
    const capacityText = ev.capacity ? substantiveText(ev.capacity) : '';
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
    const result = (0,common/* makeResult */.U2)('diagnostics', criteria, ctx, { score: coverage, notes });
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
            ...(ev.profiling?.sections.filter((s) => s.level >= 2).map((s) => plain(s.title)) ?? []),
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
        artifacts.push((0,common/* jsonArtifact */.pm)('load-test-results.json', body, ctx));
    if (ev.profiling)
        artifacts.push({ name: 'profiling-report.md', content: ev.profiling.text });
    if (ev.capacity)
        artifacts.push({ name: 'capacity-analysis.md', content: ev.capacity.text });
    return { result, artifacts };
}

// EXTERNAL MODULE: ./.build/stats/compare.js + 2 modules
var stats_compare = __webpack_require__(80693);
// EXTERNAL MODULE: ./.build/stats/format.js
var format = __webpack_require__(7383);
;// CONCATENATED MODULE: ./.build/gates/governance/approvals.js
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

// EXTERNAL MODULE: ./.build/stats/keys.js
var stats_keys = __webpack_require__(62308);
;// CONCATENATED MODULE: ./.build/gates/optimization/keys.js


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
    return (a.metric === b.metric && (0,keys/* sameTags */.Iu)(a.tags ?? {}, b.tags ?? {}) && normStat(a.stat) === normStat(b.stat));
}
/**
 * A key spec from a metric name as plans and SLO files write it (`http_req_duration{name:checkout}`,
 * `test_benchmarks.py::test_parse_orders`), a statistic, a direction and optional extra tags.
 */
function specOf(name, stat, direction, tags, named = true, file = 'key') {
    const parsed = (0,stats_keys/* parseKey */.Do)(`${name}:${stat}`, file, direction);
    return {
        metric: parsed.metric,
        tags: { ...parsed.tags, ...(tags ?? {}) },
        stat: parsed.stat,
        direction,
        named,
    };
}
function keyOf(spec) {
    return (0,stats_keys/* formatKey */.TD)(spec);
}
/** The comparison row for a spec: same key string, or the same metric, tags and statistic. */
function findComparison(rows, spec) {
    const key = keyOf(spec);
    const exact = rows.find((c) => c.key === key);
    if (exact)
        return exact;
    return rows.find((c) => {
        try {
            return sameKey((0,stats_keys/* parseKey */.Do)(c.key), spec);
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

;// CONCATENATED MODULE: ./.build/gates/optimization/protocol-checks.js






const NOT_UNDER_PEAK = 'the improvement was not shown under peak load';
/** Criterion `candidate peak load reached`; undefined when the candidate has no k6 run (benchmarks only). */
function candidatePeakCriterion(candidate, config) {
    const k6Runs = candidate.filter((r) => r.k6);
    if (k6Runs.length === 0)
        return { checks: [], note: 'the candidate has no k6 run: peak load not checked' };
    const sampled = k6Runs.filter(runHasSamples);
    if (sampled.length === 0)
        return {
            checks: [],
            criterion: (0,common/* criterion */.u6)('candidate peak load reached', 0, null, 'insufficient-data', `${NOT_UNDER_PEAK}: the candidate k6 output has no samples`, 'scenarios', 'TelemetryGap'),
        };
    const { peaks, configured, checks, perScenario } = peakChecks(sampled, config);
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
        for (const t of evaluateThresholds(r.k6))
            if (t.status === 'crossed')
                baseCrossed.add(thresholdKey(t.metric, t.expression));
    const crossed = [];
    let total = 0;
    for (const r of candidate) {
        const vs = evaluateThresholds(r.k6);
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
    const body = substantiveText(log);
    if (!body)
        return (0,common/* criterion */.u6)('instrumentation updated', false, true, 'fail', `${log.file} is empty`, undefined, 'TelemetryGap');
    const text = plain(log.text);
    const named = new Set();
    for (const k of keys) {
        for (const cand of [k.metric, ...Object.values(k.tags)])
            if (names(text, cand))
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
    const stat = normStat(spec.stat);
    const sameKey = (k6) => {
        const p = (0,keys/* tryParseMetricKey */.Il)(k6);
        const a = Object.entries(p.tags).sort().join();
        const b = Object.entries(spec.tags).sort().join();
        return p.metric === spec.metric && a === b;
    };
    for (const m of config.baseline.required_metrics ?? []) {
        if (!m.k6 || !sameKey(m.k6) || normStat(m.stat ?? '') !== stat)
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
        const spec = specOf(t.name, t.stat, t.direction, t.tags, true, plan.file);
        const unit = typeof plan.plan.target_metric === 'object' && plan.plan.target_metric !== null
            ? plan.plan.target_metric.unit
            : undefined;
        return { spec, key: keyOf(spec), source: 'plan', unit: typeof unit === 'string' ? unit : undefined };
    }
    const t = config.optimization?.target;
    if (t) {
        const spec = specOf(t.name, t.stat, t.direction, undefined, true, 'config optimization.target');
        return { spec, key: keyOf(spec), source: 'config' };
    }
    return undefined;
}
/** Tracked keys: the plan's list when it has one, else config's. Named keys are judged alone. */
function trackedSpecs(plan, config) {
    const list = plan?.tracked ?? config.optimization?.tracked ?? [];
    const file = plan?.tracked ? plan.file : 'config optimization.tracked';
    return list.map((t) => specOf(t.name, t.stat, t.direction, t.tags, true, file));
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
            spec = specOf(e.metric, typeof e.stat === 'string' ? e.stat : target.stat, target.direction, undefined, true, plan.file);
        }
        catch {
            continue;
        }
        if (sameKey(spec, target)) {
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
    const binding = role ? bindRole(role, config.roles) : undefined;
    const env = binding ? resolveRole(binding, ev.approvals ?? [], ev.teams) : undefined;
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
                const m = isRoleMember(binding, r.login, ev.teams);
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
            if (s.summary.type === 'counter' && normStat(spec.stat) === 'rate')
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
                sameKey({ ...x.summary, stat: 'p95' }, { ...spec, stat: 'p95' }));
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
        ? { lower: round2((1 - c.upper) * 100), upper: round2((1 - c.lower) * 100) }
        : { lower: round2((c.lower - 1) * 100), upper: round2((c.upper - 1) * 100) };
}
function regressionPct(c) {
    if (c.ratio === null || !Number.isFinite(c.ratio))
        return null;
    return round2(c.direction === 'decrease' ? (c.ratio - 1) * 100 : (1 - c.ratio) * 100);
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
        change_percentage: c.ratio === null ? null : round2((c.ratio - 1) * 100),
        improvement_percentage: improvementPct(c.ratio, c.direction),
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
        const row = findComparison(comparisons, t);
        if (haveRuns && (!row || row.verdict === 'insufficient-data'))
            notes.push(`tracked key ${keyOf(t)}: ${row ? row.reason : 'not found in the runs'}`);
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
            if (!keys.some((k) => sameKey(k, t)))
                keys.push(t);
        return (0,stats_compare/* compareRuns */.qB)(ev.baseline, ev.candidate, {
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
        ? round4(dir === 'decrease'
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
    const targetRow = target ? findComparison(comparisons, target.spec) : undefined;
    const impPct = targetRow ? improvementPct(targetRow.ratio, targetRow.direction) : null;
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
const evaluate_TIME_MS = {
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
        spec = (0,stats_keys/* parseKey */.Do)(row.key);
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
    if (t in evaluate_TIME_MS) {
        const to = unit && unit in evaluate_TIME_MS ? unit : unit === null ? 'ms' : undefined;
        if (!to)
            return { error: `a time target (${target.value}${t}) for a metric measured in ${unit}` };
        return { value: (target.value * evaluate_TIME_MS[t]) / evaluate_TIME_MS[to] };
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
        spec = f.stat ? specOf(f.metric, f.stat, 'decrease') : { ...(0,stats_keys/* parseKey */.Do)(f.metric), direction: 'decrease' };
    }
    catch (e) {
        return none(`metric ${f.metric} cannot be read as a key: ${e instanceof Error ? e.message : String(e)}`);
    }
    const key = keyOf(spec);
    if (!rowsSource)
        return none(`no gate 3 validation found (${(0,common/* gateResultFile */.lg)('optimization')} or optimization-validation-report.json)`, { key });
    const match = findComparison(rows, spec);
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
        new_target_value: round4(conv.value),
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
        resolved.set(r, resolveRole(bindRole(r, config.roles), approvals, ev.teams));
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
function common_withUnit(v, unit) {
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
        common_withUnit(c.actual, c.unit),
        c.threshold === null || c.threshold === undefined
            ? 'n/a'
            : `${typeof c.threshold === 'number' ? `${c.operator ?? '>='} ` : ''}${common_withUnit(c.threshold, c.unit)}`,
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
                    common_withUnit(m.value, m.unit),
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
                common_withUnit(c.achieved_rps, num(c.achieved_rps) === null ? null : 'req/s'),
                target || 'ran',
                common_withUnit(c.duration_s, num(c.duration_s) === null ? null : 's'),
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
            ['Throughput', common_withUnit(tp?.target, tp?.unit), common_withUnit(tp?.actual, tp?.unit), cell(tp?.status)],
            [
                'Latency p50 / p95 / p99',
                'n/a',
                lat
                    ? `${cell(lat.p50)} / ${cell(lat.p95)} / ${cell(lat.p99)}${lat.unit ? ` ${(0,markdown/* escapeInline */.VV)(lat.unit, 20)}` : ''}`
                    : 'n/a',
                cell(lat?.status),
            ],
            ['Error rate', common_withUnit(er?.target, er?.unit), common_withUnit(er?.actual, er?.unit), cell(er?.status)],
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
            common_withUnit(o.baseline_value, o.unit),
            common_withUnit(o.expected_value, o.unit),
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
            common_withUnit(before[i], unit),
            common_withUnit(after[i], unit),
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
            ['Baseline', common_withUnit(b.value, b.unit), cell(b.timestamp), cell(b.runs)],
            ['Optimized', common_withUnit(o.value, o.unit), cell(o.timestamp), cell(o.runs)],
        ]), '');
        const lo = num(imp.lower_bound_percentage);
        const hi = num(imp.upper_bound_percentage);
        const verdict = cell(imp.verdict);
        out.push(`Improvement: **${num(imp.percentage) === null ? 'n/a' : `${(0,markdown/* formatNumber */.ZV)(num(imp.percentage))}%`}** (absolute ${common_withUnit(imp.absolute, b.unit)}; threshold ${cell(imp.threshold_percentage)}%; 95% bounds ${lo === null || hi === null ? 'n/a' : `${(0,markdown/* formatNumber */.ZV)(lo)}% to ${(0,markdown/* formatNumber */.ZV)(hi)}%`}). ` +
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
                common_withUnit(r.baseline, r.unit),
                common_withUnit(r.optimized, r.unit),
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


function evidence_evidence(input) {
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
        ...evidence_evidence(input),
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

// EXTERNAL MODULE: ./.build/report/charts.js
var charts = __webpack_require__(10340);
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

// EXTERNAL MODULE: ./.build/run/load.js
var load = __webpack_require__(75330);
// EXTERNAL MODULE: ./.build/parsers/text/json.js
var json = __webpack_require__(60907);
// EXTERNAL MODULE: ./.build/parsers/markdown/index.js + 1 modules
var parsers_markdown = __webpack_require__(27783);
;// CONCATENATED MODULE: ./.build/parsers/intake/documents.js
// The intake documents of protocol-18's prerequisites besides the monitoring package:
// INCIDENT-REPORT.md (protocol 17), DEPLOYMENT-REPORT.md (protocol 15) and
// performance-intake-backlog.json (previous cycles). Pure: text in, what gate 1 cites out. Nothing
// is invented: a section that is not there is absent.



/** A section's own text and that of its sub-sections, up to the next section of the same or higher level. */
function sectionWithChildren(doc, i) {
    const s = doc.sections[i];
    const parts = [s.body];
    for (let j = i + 1; j < doc.sections.length && doc.sections[j].level > s.level; j++)
        parts.push(`${doc.sections[j].title}\n${doc.sections[j].body}`);
    return parts.join('\n').trim();
}
function findSection(doc, ...patterns) {
    for (const p of patterns) {
        const i = doc.sections.findIndex((s) => p.test(s.title));
        if (i >= 0) {
            const text = sectionWithChildren(doc, i);
            if (text)
                return { title: doc.sections[i].title, line: doc.sections[i].line, text };
        }
    }
    return undefined;
}
function parseIncidentReport(text, file) {
    const doc = (0,parsers_markdown/* parseMarkdown */.D)(text, file);
    if (!doc.text.trim())
        throw new model/* InputError */.dz(file, 'the incident report is empty');
    const alertsSec = doc.sections.findIndex((s) => /^alerts?\b/i.test(s.title.trim()));
    const alerts = [];
    if (alertsSec >= 0) {
        const s = doc.sections[alertsSec];
        s.body.split(/\r?\n/).forEach((l, k) => {
            const m = /^\s*(?:[-*+]|\d+[.)])\s+(.+)$/.exec(l);
            if (m)
                alerts.push({ text: m[1].trim(), line: s.line + 1 + k });
        });
    }
    const r = { format: 'incident-report', file, alerts, doc };
    if (doc.title)
        r.title = doc.title;
    const impact = findSection(doc, /business\s+impact/i, /^impact\b/i, /customer\s+impact/i);
    if (impact)
        r.businessImpact = impact;
    const timeline = findSection(doc, /timeline/i);
    if (timeline)
        r.timeline = timeline;
    return r;
}
function parseDeploymentReport(text, file) {
    const doc = (0,parsers_markdown/* parseMarkdown */.D)(text, file);
    if (!doc.text.trim())
        throw new model/* InputError */.dz(file, 'the deployment report is empty');
    const r = {
        format: 'deployment-report',
        file,
        sections: doc.sections.map((s) => s.title),
        doc,
    };
    if (doc.title)
        r.title = doc.title;
    return r;
}
const documents_str = (v) => typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null;
/** A list of backlog items, or an object holding one under `items`, `backlog` or `entries`. */
function parseIntakeBacklog(text, file) {
    const doc = (0,json/* parseJsonText */.lk)(text, file);
    let list;
    if (Array.isArray(doc))
        list = doc;
    else if (doc && typeof doc === 'object') {
        const o = doc;
        list = o.items ?? o.backlog ?? o.entries;
    }
    if (!Array.isArray(list))
        throw new model/* InputError */.dz(file, 'performance intake backlog: expected a list of items (or `items`, `backlog` or `entries` holding one)', 1);
    const items = list.map((it, i) => {
        if (!it || typeof it !== 'object' || Array.isArray(it))
            throw new model/* InputError */.dz(file, `performance intake backlog: item ${i} is not an object`);
        const o = it;
        return {
            id: documents_str(o.id ?? o.key),
            title: documents_str(o.title ?? o.summary ?? o.name),
            priority: documents_str(o.priority ?? o.severity),
            status: documents_str(o.status ?? o.state),
        };
    });
    return { format: 'intake-backlog', file, items };
}

;// CONCATENATED MODULE: ./.build/run/intake.js
// Gate 1's intake inputs read from disk: the monitoring package (a zip's bytes, or a folder's files),
// the incident and deployment reports, the intake backlog. Each is hashed as it is read; a folder's
// checksum is the SHA-256 of its listing (`<sha256>  <path>` per file, sorted), said in the report.




async function loadIntake(inputs, cwd, c) {
    const ev = {};
    const abs = (f) => external_node_path_.resolve(cwd, f);
    const pkg = inputs['monitoring-package'];
    if (pkg) {
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
    const doc = async (file, parse) => {
        if (!file)
            return undefined;
        const { text, ref } = await (0,files/* readText */.yR)(abs(file));
        c.refs.push({ path: file, sha256: ref.sha256 });
        return parse(text, file);
    };
    ev.incident = await doc(inputs['incident-report'], parseIncidentReport);
    ev.deployment = await doc(inputs['deployment-report'], parseDeploymentReport);
    ev.backlog = await doc(inputs['intake-backlog'], parseIntakeBacklog);
    return ev;
}

// EXTERNAL MODULE: ./.build/parsers/text/yaml.js
var yaml = __webpack_require__(80066);
;// CONCATENATED MODULE: ./.build/parsers/waivers/index.js
// The waivers file (input `waivers`): YAML `waivers: [...]`, each entry gate, criterion,
// justification, requested_by, expires (YYYY-MM-DD) and approver_role, validated against the schema
// shipped as $defs.waivers of schema/perf-gates.schema.json. Pure: text in, waivers out; a problem
// is an InputError naming the file, the line and the key.




function parseWaivers(text, file) {
    const { raw, locate } = (0,yaml/* readYaml */.g)(text, file);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        throw new model/* InputError */.dz(file, 'waivers: expected a mapping with a `waivers` list', 1);
    const r = WaiversFileSchema.safeParse(raw);
    if (!r.success)
        throw (0,json/* zodInputError */._i)(file, 'waivers', r.error, locate);
    const warnings = [];
    const waivers = r.data.waivers.map((w, i) => ({ ...w, line: locate(['waivers', i])?.line ?? 0 }));
    const seen = new Map();
    for (const w of waivers) {
        const k = `${w.gate}\0${w.criterion}`;
        const first = seen.get(k);
        if (first !== undefined)
            throw new model/* InputError */.dz(file, `two waivers for ${w.gate} / ${w.criterion} (the first on line ${first}): keep one`, w.line);
        seen.set(k, w.line);
    }
    if (waivers.length === 0)
        warnings.push({ file, message: 'waivers is empty: nothing is waived' });
    return { format: 'waivers', file, waivers, warnings };
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

;// CONCATENATED MODULE: ./.build/gates/waivers.js


/** An approving review of the pull request by a user of the role, on the head SHA; or why none. */
function reviewApproval(binding, input) {
    const rv = input.reviews;
    if (!rv)
        return { why: 'no pull request reviews to read' };
    if (rv.error)
        return { why: `the reviews of #${rv.prNumber} could not be read (${rv.error})` };
    if (binding.approvers.length === 0)
        return { why: `role ${binding.role} lists no approvers, so no review can be attributed to it` };
    const notes = [];
    for (const r of latestReviews([...rv.reviews])) {
        if (r.state !== 'APPROVED')
            continue;
        const m = isRoleMember(binding, r.login, input.teams ? [...input.teams] : []);
        if (!m.member) {
            notes.push(`${r.login} approved but is not in ${binding.role}`);
            continue;
        }
        if (r.commitId !== rv.headSha) {
            notes.push(`${r.login} approved another commit than the head ${rv.headSha.slice(0, 12)}`);
            continue;
        }
        return { by: r.login, pr: rv.prNumber };
    }
    return {
        why: `no approving review of #${rv.prNumber} on its head by ${binding.role}${notes.length ? ` (${notes.join('; ')})` : ''}`,
    };
}
const isRegression = (c) => c.name.startsWith('regression: ') || c.protocolReason === 'RegressionDetected';
function today(now) {
    return now.slice(0, 10);
}
/**
 * Apply the waivers that name this gate to its criteria (copies). `makeResult` calls this through
 * `GateContext.waive` before the roll-up, so the verdict and every artifact a gate writes after it
 * agree on what was waived.
 */
function waiveCriteria(gate, criteriaIn, input, config, now) {
    const criteria = criteriaIn.map((c) => ({ ...c }));
    const used = [];
    const notes = [];
    const mine = input.waivers.filter((w) => w.gate === gate);
    if (!mine.length)
        return { criteria, notes, used };
    for (const w of mine) {
        const c = criteria.find((x) => x.name === w.criterion);
        if (!c) {
            notes.push(`${input.file}:${w.line}: waiver for ${w.gate} / \`${w.criterion}\` names no criterion of this gate (criteria: ${criteria.map((x) => x.name).join(', ')})`);
            continue;
        }
        const base = {
            file: input.file,
            line: w.line,
            justification: w.justification,
            requested_by: w.requested_by,
            expires: w.expires,
            approver_role: w.approver_role,
            was: c.verdict,
        };
        const refuse = (reason, approval = { kind: 'none' }, verdict) => {
            const rec = { ...base, status: 'refused', approval, reason };
            c.waiver = rec;
            c.reason = `${c.reason}; waiver refused: ${reason}`;
            if (verdict)
                c.verdict = verdict;
            used.push(rec);
        };
        if (c.verdict === 'pass' || c.verdict === 'waived') {
            notes.push(`${input.file}:${w.line}: waiver for \`${c.name}\` not needed (the criterion is ${c.verdict})`);
            continue;
        }
        if (c.verdict === 'error') {
            refuse('an input error is not waivable: fix the input');
            continue;
        }
        if (c.name === 'regression count') {
            refuse('`regression count` is not waivable: waive each regression by its own name (`regression: <key>`)');
            continue;
        }
        if (w.expires < today(now)) {
            refuse(`the waiver expired on ${w.expires}`, { kind: 'none' }, 'fail');
            continue;
        }
        let approval;
        if (input.mode === 'action') {
            const binding = bindRole(w.approver_role, config.roles);
            const role = resolveRole(binding, input.approvals);
            if (role.status === 'approved') {
                approval = {
                    kind: 'environment',
                    by: role.approval?.user.login,
                    environment: role.binding.environment,
                };
            }
            else {
                const rv = reviewApproval(binding, input);
                if ('why' in rv) {
                    refuse(`not approved by ${w.approver_role}: ${role.reason}${input.approvalsError ? ` (approvals could not be read: ${input.approvalsError})` : ''}; ${rv.why}`);
                    continue;
                }
                approval = { kind: 'review', by: rv.by, pr: rv.pr };
            }
        }
        else {
            if (isRegression(c)) {
                refuse('a regression is waived only with an approval (an environment approval in Actions), never self-attested');
                continue;
            }
            approval = { kind: 'self-attested', by: w.requested_by };
        }
        const how = approval.kind === 'environment'
            ? `approved by ${approval.by ?? 'unknown'} as ${w.approver_role} in environment ${approval.environment}`
            : approval.kind === 'review'
                ? `approved by ${approval.by ?? 'unknown'} as ${w.approver_role} in a review of #${approval.pr}`
                : `self-attested by ${w.requested_by} (CLI: no approval checked)`;
        const rec = {
            ...base,
            status: 'counted',
            approval,
            reason: `waived until ${w.expires}: ${w.justification} (requested by ${w.requested_by}; ${how})`,
        };
        c.waiver = rec;
        c.reason = `${c.reason}; ${rec.reason}`;
        c.verdict = 'waived';
        used.push(rec);
    }
    // `regression count` follows its named regressions; so does the candidate-thresholds criterion.
    const named = criteria.filter((c) => c.name.startsWith('regression: '));
    const count = criteria.find((c) => c.name === 'regression count');
    if (count && count.verdict === 'fail' && named.length && named.every((c) => c.verdict === 'waived')) {
        count.verdict = 'waived';
        count.reason = `${count.reason}; each waived by name`;
    }
    const thr = criteria.find((c) => c.name === 'candidate k6 thresholds');
    const thrNamed = named.filter((c) => c.name.startsWith('regression: threshold '));
    if (thr && thr.verdict === 'fail' && thrNamed.length && thrNamed.every((c) => c.verdict === 'waived')) {
        thr.verdict = 'waived';
        thr.reason = `${thr.reason}; each waived by name`;
    }
    return { criteria, notes, used };
}
/** A `GateContext.waive` hook for these waivers. */
function waiverHook(input, config) {
    if (!input)
        return undefined;
    return (gate, criteria, now) => waiveCriteria(gate, criteria, input, config, now);
}
/** The waivers a result carries (counted and refused), for the report, the comment and the handoff. */
function waiversOf(result) {
    return result.criteria.filter((c) => c.waiver).map((c) => ({ ...c.waiver, criterion: c.name }));
}

// EXTERNAL MODULE: ./.build/stats/history/compare.js
var history_compare = __webpack_require__(64114);
// EXTERNAL MODULE: ./.build/stats/history/series.js + 1 modules
var series = __webpack_require__(73997);
;// CONCATENATED MODULE: ./.build/gates/compare/evaluate.js








const COMPARE_REPORT = 'compare-report.json';
/** The configured tracked keys, named (judged alone); none: the default keys. */
function compareKeys(config) {
    return (config.optimization?.tracked ?? []).map((t) => specOf(t.name, t.stat, t.direction, t.tags, true, 'config optimization.tracked'));
}
function changePct(c) {
    if (c.ratio === null || !Number.isFinite(c.ratio))
        return null;
    return round2((c.ratio - 1) * 100);
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
        improvement_percentage: improvementPct(c.ratio, c.direction),
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
        const spec = keys.find((k) => (0,stats_keys/* formatKey */.TD)(k) === c.key || keyOf(k) === c.key);
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
function evaluate_regressionCriteria(regressions, tests, compared, withTests) {
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
            .map((c) => `${c.key} ${(0,common/* fmt */.Sc)(improvementPct(c.ratio, c.direction), '%')}${c.verdict === 'improvement-confirmed' ? ' (confirmed)' : ''}`)
            .join(', ')}`);
    const uncal = comparisons.filter((c) => !c.calibrated && c.verdict !== 'insufficient-data');
    if (uncal.length)
        out.push(`${uncal.length} of ${comparisons.length} comparisons are uncalibrated (one run per side, no noise file): repeat the runs, or keep a history on main (baseline: history)`);
    for (const k of keys) {
        const found = comparisons.find((c) => c.key === keyOf(k));
        if (haveRuns && (!found || found.verdict === 'insufficient-data'))
            out.push(`tracked key ${keyOf(k)}: ${found ? found.reason : 'not found in the runs'}`);
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
        comparisons = (0,stats_compare/* compareRuns */.qB)(ev.baseline.runs, ev.candidate, opts);
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
    const tests = checkPerformanceTests(ev.pytest, criteria, notes);
    const count = regressions.length + tests.failed.length;
    if (haveRuns || ev.pytest)
        criteria.push(...evaluate_regressionCriteria(regressions, tests, comparisons.length, !!ev.pytest));
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

// EXTERNAL MODULE: ./.build/io/store.js
var store = __webpack_require__(9226);
// EXTERNAL MODULE: ./.build/parsers/history/index.js
var parsers_history = __webpack_require__(64150);
// EXTERNAL MODULE: ./.build/stats/history/store.js
var history_store = __webpack_require__(97272);
// EXTERNAL MODULE: ./.build/run/history.js
var run_history = __webpack_require__(53644);
// EXTERNAL MODULE: ./.build/report/history-charts.js
var history_charts = __webpack_require__(21871);
// EXTERNAL MODULE: ./.build/run/history-remote.js + 1 modules
var history_remote = __webpack_require__(70607);
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
        : (0,charts/* chartArtifacts */.Yo)(outcome.result)));
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


;// CONCATENATED MODULE: ./.build/run/evaluate.js
// Step 1 and 2 of a gate's run: load what the gate needs (config, runs, documents, the earlier
// gates' evidence), each file hashed as it is read, then evaluate the gate on it. Bad input throws
// an InputError naming the file and line before anything is written.


















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
    const r = await (0,load/* readExpected */.vX)(file, formats, inputs.format);
    c.refs.push({ path: r.ref.path, sha256: r.ref.sha256 });
    c.warnings.push(...r.dataset.warnings);
    return { dataset: r.dataset, text: r.text };
}
async function runs(lines, label, c, opts) {
    if (!lines.length)
        return [];
    const r = await (0,load/* loadRuns */.lR)(lines, label, opts);
    addRefs(c, r.runs);
    c.warnings.push(...r.warnings);
    return r.runs;
}
async function loadConfig(inputs, host, c) {
    const file = inputs.config;
    if (!file)
        return defaultConfig();
    const abs = external_node_path_.resolve(host.cwd, file);
    if (!(0,files/* pathExists */.s0)(abs)) {
        if (file === '.github/perf-gates.yml')
            return defaultConfig();
        throw new model/* InputError */.dz(file, 'config file not found');
    }
    const { text, ref } = await (0,files/* readText */.yR)(abs);
    c.refs.push({ path: file, sha256: ref.sha256 });
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
        runs: (0,load/* combineRuns */.GC)(k6, bench),
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
    const refsNow = () => dedupe(c.refs.map((r) => ({ ...r, path: workspacePath(r.path, host.cwd) })));
    const ctx = () => ({
        ...ctxBase,
        inputs: refsNow(),
        ...(waivers.input ? { waive: waiverHook(waivers.input, config) } : {}),
    });
    let outcome;
    switch (gate) {
        case 'baseline': {
            outcome = evaluateBaseline(await baselineEvidence(inputs, host, c, ro), config, ctx());
            break;
        }
        case 'diagnostics': {
            const lines = inputs['load-test-k6'].length ? inputs['load-test-k6'] : inputs['baseline-k6'];
            const k6 = await runs(lines, 'load test', c, ro);
            const prof = await optionalDoc(inputs['profiling-report'], ['markdown'], c, inputs);
            const cap = await optionalDoc(inputs['capacity-analysis'], ['markdown'], c, inputs);
            const ev = { runs: k6, profiling: prof?.dataset, capacity: cap?.dataset };
            outcome = evaluateDiagnostics(ev, config, ctx());
            break;
        }
        case 'optimization': {
            const plan = await optionalDoc(inputs.plan, ['optimization-plan'], c, inputs);
            if (plan)
                config = mergePlanIntoConfig(config, plan.dataset);
            const roPlan = { ...ro, filters: planFilters(config) };
            const base = (0,load/* combineRuns */.GC)(await runs(inputs['baseline-k6'], 'baseline', c, roPlan), await runs(inputs['baseline-benchmark'], 'baseline benchmark', c, roPlan));
            const cand = (0,load/* combineRuns */.GC)(await runs(inputs['candidate-k6'], 'candidate', c, roPlan), await runs(inputs['candidate-benchmark'], 'candidate benchmark', c, roPlan));
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
            outcome = evaluateOptimization(ev, config, ctx());
            // the job summary's charts of the changed keys, as SVG files in the gate's artifact
            outcome.artifacts.push(...(0,charts/* chartArtifacts */.Yo)(outcome.result));
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
            outcome = evaluateGovernance(ev, config, ctx(), { artifactsDir: inputs['artifacts-dir'] });
            break;
        }
        case 'compare': {
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
        const file = external_node_path_.join(dir, evidence/* EXECUTION_LOG */.eC);
        const exists = (0,files/* pathExists */.s0)(file);
        if (!exists && opts.onlyIfPresent)
            return false;
        const before = exists ? await (0,files/* readUtf8 */.Sx)(file) : '';
        const lines = this.pending.map((e) => JSON.stringify(e)).join('\n') + '\n';
        await (0,evidence/* writeEvidenceLocked */.ZV)(dir, [
            { name: evidence/* EXECUTION_LOG */.eC, content: before + (before && !before.endsWith('\n') ? '\n' : '') + lines },
        ]);
        this.pending = [];
        return true;
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
 * The gate's artifacts and its result file (and for governance the manifest) into the evidence
 * folder. Throws EvidenceWriteError; the governance manifest is written after the gate's files,
 * so a failure there leaves the gate's files listed and intact, never a half-written file.
 */
async function writeGateEvidence(gate, dir, outcome, now, vb, env, artifactName, log) {
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
    const w = await (0,evidence/* writeEvidence */.nP)(dir, [...outcome.artifacts, ctxFile]);
    log.written(w);
    const written = w.map((x) => x.name);
    if (gate === 'governance') {
        // the manifest is computed from SHA256SUMS and written back under one lock; the execution log
        // as it stands goes into it (bytes and checksum of an append-only file)
        await (0,evidence/* withEvidenceLock */.t$)(dir, async () => {
            await log.flush(dir, { locked: true });
            const entries = await (0,evidence/* manifestEntries */.eq)(dir, { now, verifiedBy: vb });
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
            const m = await (0,evidence/* writeEvidenceLocked */.ZV)(dir, [
                { name: evidence/* MANIFEST */.e0, content: JSON.stringify(manifest, null, 2) + '\n' },
            ]);
            log.written(m);
        });
        written.push(evidence/* MANIFEST */.e0);
    }
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
                written = await writeGateEvidence(gate, dir, outcome, now, vb, host.env, artifactName, log);
                announcement = (0,common/* phaseComplete */.ny)(gate, result.verdict, true);
                log.add('phase-complete', { verdict: result.verdict, announcement });
                await log.flush(dir);
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
    if (host.github && !budget.blocked) {
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
