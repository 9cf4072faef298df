export const id = 697;
export const ids = [697];
export const modules = {

/***/ 64078:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _run_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(806);
// The `compare` action step. dist/compare/index.js (written by scripts/package.mjs) imports it from the one
// library bundle (dist/lib/, src/entries/lib.ts) and calls `run()`; @github/local-action calls it too.

function run() {
    return (0,_run_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)('compare');
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

// EXTERNAL MODULE: ./.build/io/files.js
var files = __webpack_require__(22316);
// EXTERNAL MODULE: ./.build/run/runner.js + 40 modules
var runner = __webpack_require__(84507);
;// CONCATENATED MODULE: ./.build/run/action.js




/** The GitHub side of the action host: comment, status, artifacts, approvals, reviews, teams. */
function githubSide(env) {
    return {
        async publish(result, inputs, where, signal) {
            const { publishGateResult } = await __webpack_require__.e(/* import() */ 50).then(__webpack_require__.bind(__webpack_require__, 63050));
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
            const { uploadEvidence } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 99672));
            return uploadEvidence(name, dir, files);
        },
        async download(dir, exclude) {
            const { downloadRunEvidence } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 99672));
            return downloadRunEvidence(dir, exclude);
        },
        async approvals(inputs, signal) {
            const gh = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9028));
            const ctx = gh.getGitHubContext(env);
            const client = gh.createClient(inputs.token, {
                baseUrl: ctx.apiUrl,
                log: actionLog,
                timeoutSeconds: inputs['api-timeout'],
                signal,
            });
            return gh.listRunApprovals(client, ctx);
        },
        async pullReviews(inputs) {
            const gh = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9028));
            const ctx = gh.getGitHubContext(env);
            if (!ctx.prNumber || !ctx.headSha)
                return undefined;
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
            const { fetchHistory } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 70607));
            return fetchHistory(env, inputs, purpose, dir, actionLog);
        },
        async uploadHistory(inputs, dir) {
            const { uploadHistory } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 70607));
            return uploadHistory(dir, inputs['history-retention'], actionLog);
        },
        async teamMembership(inputs, org, slug, login) {
            const gh = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9028));
            const ctx = gh.getGitHubContext(env);
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


/***/ })

};
