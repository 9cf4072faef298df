export const id = 967;
export const ids = [967];
export const modules = {

/***/ 47305:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _run_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(806);
// The `diagnostics` action step. dist/diagnostics/index.js (written by scripts/package.mjs) imports it from the one
// library bundle (dist/lib/, src/entries/lib.ts) and calls `run()`; @github/local-action calls it too.

function run() {
    return (0,_run_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)('diagnostics');
}


/***/ }),

/***/ 9954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ downloadSkipped),
/* harmony export */   OH: () => (/* binding */ artifactServiceMissing),
/* harmony export */   fy: () => (/* binding */ getGitHubContext),
/* harmony export */   wH: () => (/* binding */ NO_TOKEN)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76995);
// The runner's context for the GitHub side (environment and event payload), apart from the REST
// client (io/github.ts, Octokit): the run layer reads it to decide whether anything is to be asked
// of GitHub at all, and loads the client only then.


/**
 * The message a client without a token fails with (the words of @actions/github's getOctokit, which
 * evidence files already hold): said here, before the client library is loaded.
 */
const NO_TOKEN = 'Parameter token or opts.auth is required';
/**
 * Why the artifact service cannot be used here, or undefined when it can (here, not in
 * io/artifacts.ts: a step without it says so without loading the artifact client's module).
 */
function artifactServiceMissing(env = process.env) {
    const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((k) => !env[k]);
    if (missing.length === 0)
        return undefined;
    return `${missing.join(' and ')} not set (the runner gives them only to JavaScript action steps; not running in GitHub Actions?)`;
}
/** The log line of a download of this run's artifacts that cannot happen. */
function downloadSkipped(missing) {
    return `Downloading this run's perf-gates artifacts skipped: ${missing}.`;
}
const obj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v) => {
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
};
/** The runner's context from its environment and event payload (GITHUB_EVENT_PATH). */
function getGitHubContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    let payload = {};
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath) {
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8');
        }
        catch (e) {
            throw new _model_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(eventPath, `cannot read the event payload (GITHUB_EVENT_PATH): ${e.message}`);
        }
        try {
            payload = obj(JSON.parse(text)) ?? {};
        }
        catch (e) {
            throw new _model_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(eventPath, `the event payload is not JSON: ${e.message}`);
        }
    }
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const runId = num(env.GITHUB_RUN_ID);
    const ctx = {
        owner,
        repo,
        repository,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        sha: str(env.GITHUB_SHA),
        headSha: str(env.GITHUB_SHA),
        runId,
        runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
        job: env.GITHUB_JOB ?? '',
        isFork: false,
        apiUrl,
        serverUrl,
        payload,
    };
    const pr = obj(payload.pull_request);
    if (pr) {
        ctx.prNumber = num(pr.number) ?? num(payload.number);
        const head = obj(pr.head);
        ctx.headSha = str(head?.sha) ?? ctx.headSha;
        const headRepo = obj(head?.repo);
        const baseRepoName = str(obj(payload.repository)?.full_name) ?? str(obj(obj(pr.base)?.repo)?.full_name) ?? repository;
        // pull_request_target runs this repository's workflow with a write token: not read-only
        ctx.isFork =
            ctx.eventName !== 'pull_request_target' && (!headRepo || str(headRepo.full_name) !== baseRepoName);
    }
    else if (obj(payload.issue) && obj(obj(payload.issue)?.pull_request)) {
        // issue_comment on a pull request: the number is known, the head SHA is not in the payload
        ctx.prNumber = num(obj(payload.issue)?.number);
    }
    const wr = obj(payload.workflow_run);
    if (wr) {
        const prs = Array.isArray(wr.pull_requests) ? wr.pull_requests : [];
        const info = {
            id: num(wr.id) ?? 0,
            headSha: str(wr.head_sha) ?? '',
            event: str(wr.event),
            htmlUrl: str(wr.html_url),
            headRepository: str(obj(wr.head_repository)?.full_name),
            pullRequests: prs
                .map((p) => obj(p))
                .filter((p) => !!p && num(p.number) !== undefined)
                .map((p) => ({ number: num(p.number), headSha: str(obj(p.head)?.sha) })),
        };
        ctx.workflowRun = info;
        if (info.pullRequests.length > 0)
            ctx.prNumber = info.pullRequests[0].number;
        if (info.headSha)
            ctx.headSha = info.headSha;
        // the workflow_run workflow runs in the base repository with its own (write) token
        ctx.isFork = false;
    }
    return ctx;
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

/***/ 806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: githubSide

// EXTERNAL MODULE: ./.build/inputs.js
var inputs = __webpack_require__(9141);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
;// CONCATENATED MODULE: ./.build/io/action-host.js
// The Actions runner as a host: @actions/core for inputs, outputs, logs, the job summary and the
// step's failure. What to run and how to publish is the run layer's (run/action.ts).

function annotate(file, line) {
    return file ? { file, startLine: line } : undefined;
}
function actionHost(github, env = process.env) {
    return {
        kind: 'action',
        info: (s) => core/* info */.pq(s),
        notice: (s) => core/* notice */.lm(s),
        warning: (s, file, line) => core/* warning */.$e(s, annotate(file, line)),
        error: (s, file, line) => core/* error */.z3(s, annotate(file, line)),
        group: (name, fn) => core/* group */.Os(name, fn),
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        summary: async (md) => {
            if (!env.GITHUB_STEP_SUMMARY)
                return;
            await core/* summary */.z.addRaw(md, true).write();
        },
        github,
        env,
        cwd: env.GITHUB_WORKSPACE || process.cwd(),
    };
}
/** The step's inputs by name, as the runner gives them ('' when not set). */
function readActionInputs(names) {
    const raw = {};
    for (const name of names)
        raw[name] = core/* getInput */.V4(name);
    return raw;
}
/** A log for the publishing code: the runner's info, notice and warning. */
const actionLog = {
    info: (s) => core/* info */.pq(s),
    notice: (s) => core/* notice */.lm(s),
    warning: (s) => core/* warning */.$e(s),
};
/** Fail the step with this message (the exit code is set by @actions/core). */
function failStep(message) {
    core/* setFailed */.C1(message);
}

// EXTERNAL MODULE: ./.build/io/github-context.js
var github_context = __webpack_require__(9954);
// EXTERNAL MODULE: ./.build/io/files.js
var files = __webpack_require__(22316);
// EXTERNAL MODULE: ./.build/run/runner.js + 7 modules
var runner = __webpack_require__(57429);
;// CONCATENATED MODULE: ./.build/run/action.js





/** The GitHub side of the action host: comment, status, artifacts, approvals, reviews, teams. */
function githubSide(env) {
    return {
        // called only when a comment or a status is asked for (run/runner.ts, wouldPublish): with
        // neither, the GitHub client (Octokit) and zod are not even loaded
        async publish(result, inputs, where, signal) {
            const { publishGateResult } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(913), __webpack_require__.e(540), __webpack_require__.e(50)]).then(__webpack_require__.bind(__webpack_require__, 63050));
            await publishGateResult(result, {
                token: inputs.token,
                comment: inputs.comment,
                commentAuthor: inputs['comment-author'],
                status: inputs.status,
                job: where.job,
                artifactName: where.artifactName,
                statusContext: where.statusContext,
                timeoutSeconds: inputs['api-timeout'],
                signal,
            }, actionLog);
        },
        async upload(name, dir, files) {
            const { uploadEvidence } = await __webpack_require__.e(/* import() */ 672).then(__webpack_require__.bind(__webpack_require__, 99672));
            return uploadEvidence(name, dir, files);
        },
        async download(dir, exclude) {
            // no artifact service (not in Actions): nothing to download, said without loading the client
            const missing = (0,github_context/* artifactServiceMissing */.OH)(env);
            if (missing) {
                actionLog.info((0,github_context/* downloadSkipped */.DQ)(missing));
                return [];
            }
            const { downloadRunEvidence } = await __webpack_require__.e(/* import() */ 672).then(__webpack_require__.bind(__webpack_require__, 99672));
            return downloadRunEvidence(dir, exclude);
        },
        async approvals(inputs, signal) {
            const ctx = (0,github_context/* getGitHubContext */.fy)(env);
            // without a token nothing can be read: said before the client (Octokit) is loaded
            if (!inputs.token)
                throw new Error(github_context/* NO_TOKEN */.wH);
            const gh = await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(540)]).then(__webpack_require__.bind(__webpack_require__, 97540));
            const client = gh.createClient(inputs.token, {
                baseUrl: ctx.apiUrl,
                log: actionLog,
                timeoutSeconds: inputs['api-timeout'],
                signal,
            });
            return gh.listRunApprovals(client, ctx);
        },
        async pullReviews(inputs) {
            const ctx = (0,github_context/* getGitHubContext */.fy)(env);
            if (!ctx.prNumber || !ctx.headSha)
                return undefined;
            const gh = await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(540)]).then(__webpack_require__.bind(__webpack_require__, 97540));
            const client = gh.createClient(inputs.token, ctx);
            try {
                return {
                    reviews: await gh.listPullReviews(client, ctx, ctx.prNumber),
                    headSha: ctx.headSha,
                    prNumber: ctx.prNumber,
                };
            }
            catch (e) {
                const status = gh.httpStatus(e);
                return {
                    reviews: [],
                    headSha: ctx.headSha,
                    prNumber: ctx.prNumber,
                    error: `GET /repos/${ctx.repository}/pulls/${ctx.prNumber}/reviews answered ${status ?? 'an error'}: ${e.message} (needs pull-requests: read)`,
                };
            }
        },
        async history(inputs, purpose, dir) {
            const { fetchHistory } = await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(540), __webpack_require__.e(291)]).then(__webpack_require__.bind(__webpack_require__, 96291));
            return fetchHistory(env, inputs, purpose, dir, actionLog);
        },
        async uploadHistory(inputs, dir) {
            const { uploadHistory } = await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(540), __webpack_require__.e(291)]).then(__webpack_require__.bind(__webpack_require__, 96291));
            return uploadHistory(dir, inputs['history-retention'], actionLog);
        },
        async teamMembership(inputs, org, slug, login) {
            const ctx = (0,github_context/* getGitHubContext */.fy)(env);
            const gh = await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(540)]).then(__webpack_require__.bind(__webpack_require__, 97540));
            return gh.getTeamMembership(gh.createClient(inputs.token, ctx), org, slug, login);
        },
    };
}
/** Run one action step (a gate, or `all`) and set the step's outcome. */
async function runAction(action) {
    // a cancelled job (SIGINT, SIGTERM) leaves no temporary or unlisted evidence file
    (0,files/* installSignalCleanup */.a0)();
    const raw = readActionInputs((0,inputs.inputsOf)(action));
    // inputs not declared by this step keep their defaults
    for (const name of Object.keys(inputs.INPUTS))
        if (!(name in raw))
            raw[name] = '';
    try {
        const { code, results } = await (0,runner.runGates)(action, raw, actionHost(githubSide(process.env)));
        if (code !== 0) {
            const failed = results.filter((r) => r.failed).map((r) => `${r.result.title}: ${r.result.verdict}`);
            failStep(failed.length ? `perf-gates: ${failed.join('; ')}` : 'perf-gates: invalid inputs');
        }
    }
    catch (e) {
        failStep(e instanceof Error ? e.message : String(e));
    }
}


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
