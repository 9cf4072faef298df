export const id = 294;
export const ids = [294,50,672];
export const modules = {

/***/ 21294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var _run_publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63050);
// The `publish` action (workflow_run: post what a pull_request run computed). dist/publish/index.js
// (written by scripts/package.mjs) imports it from the one library bundle and calls `run()`.
// Outputs: `verdict` (the worst published verdict, empty when nothing was published; a pass or
// waiver from an untrusted (fork) run counts as insufficient-data: it is not evidence), `trusted`,
// `published` and `refused` (counts). The step fails when any result was refused (wrong head SHA, another
// repository or pull request, not a gate result): a refusal means someone should look.


const SEVERITY = { pass: 0, waived: 1, 'insufficient-data': 2, fail: 3, error: 4 };
/** The worst of the verdicts (error > fail > insufficient-data > waived > pass); '' for none. */
function worstVerdict(verdicts) {
    let worst = '';
    for (const v of verdicts)
        if (worst === '' || SEVERITY[v] > SEVERITY[worst])
            worst = v;
    return worst;
}
/** A whole number of seconds from 1 to `max`; anything else fails the step naming the input. */
function seconds(input, name, dflt, max) {
    const raw = input.trim();
    if (raw === '')
        return dflt;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > max)
        throw new Error(`input ${name} must be a whole number of seconds from 1 to ${max} (got ${JSON.stringify(raw)})`);
    return n;
}
async function publishStep() {
    const outcome = await (0,_run_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .runPublish */ .jN)({
        token: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('token'),
        comment: (_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('comment') || 'update'),
        status: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt('status'),
        artifactPattern: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('artifact-pattern') || 'perf-gates-*',
        commentAuthor: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('comment-author') || 'github-actions[bot]',
        trustForkResults: (_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('trust-fork-results') || 'false') === 'true',
        timeoutSeconds: seconds(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('api-timeout'), 'api-timeout', 30, 600),
        deadlineSeconds: seconds(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('publish-deadline'), 'publish-deadline', 120, 3600),
    }, { info: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq, notice: (s) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(s), warning: (s) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(s) });
    // a pass from an untrusted run is not evidence: it counts as insufficient-data
    const verdicts = outcome.published.map((p) => !p.trusted && (p.verdict === 'pass' || p.verdict === 'waived') ? 'insufficient-data' : p.verdict);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('verdict', worstVerdict(verdicts));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('trusted', String(outcome.trust.trusted));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('published', String(outcome.published.length));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('refused', String(outcome.refused.length));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`perf-gates publish: ${outcome.published.length} result(s) published, ${outcome.refused.length} refused.`);
    if (outcome.refused.length > 0) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`perf-gates publish refused ${outcome.refused.length} result(s): ${outcome.refused
            .map((r) => `${r.file}: ${r.reason}`)
            .join('; ')}`);
    }
}
async function run() {
    try {
        await publishStep();
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(e instanceof Error ? e.message : String(e));
    }
}


/***/ }),

/***/ 99672:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadRunEvidence: () => (/* binding */ downloadRunEvidence),
/* harmony export */   qA: () => (/* binding */ downloadRunArtifact),
/* harmony export */   uploadEvidence: () => (/* binding */ uploadEvidence)
/* harmony export */ });
/* unused harmony exports ARTIFACT_PREFIX, defaultArtifactName, validateArtifactName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91659);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76995);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9954);
// Evidence upload and download through the Actions artifact service (@actions/artifact 6, loaded
// lazily so the CLI and pure tests never pay for it). Artifact names must be unique in a run:
// the default is perf-gates-<gate>-<GITHUB_JOB>; matrix jobs add their matrix values.





const defaultLog = { info: _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq, notice: _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .notice */ .lm, warning: _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e };
/** Characters the artifact service rejects in names (actions/toolkit path-and-artifact-name-validation). */
const FORBIDDEN = /[":<>|*?\r\n\\/]/;
const ARTIFACT_PREFIX = 'perf-gates-';
/** The default name: perf-gates-<gate>-<job>, with anything the service rejects replaced by `-`. */
function defaultArtifactName(gate, job = process.env.GITHUB_JOB ?? 'local') {
    const clean = (s) => s.replace(/[":<>|*?\r\n\\/\s]+/g, '-');
    return `${ARTIFACT_PREFIX}${clean(gate)}-${clean(job || 'local')}`;
}
/** Throws an InputError (input `artifact-name`) when the service would reject the name. */
function validateArtifactName(name) {
    if (!name || name.trim() === '')
        throw new _model_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('artifact-name', 'the artifact name is empty');
    const bad = FORBIDDEN.exec(name);
    if (bad) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('artifact-name', `artifact name ${JSON.stringify(name)} contains ${JSON.stringify(bad[0])}; names cannot contain " : < > | * ? \\r \\n \\ /`);
    }
    if (name.length > 256)
        throw new _model_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('artifact-name', `artifact name is ${name.length} characters long (at most 256)`);
    return name;
}
/**
 * Upload `files` (names relative to `dir`, or absolute paths inside it) as the artifact `name`.
 * Returns {} with a notice when the artifact service is not available (local runs).
 */
async function uploadEvidence(name, dir, files, log = defaultLog, opts = {}) {
    validateArtifactName(name);
    const missing = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactServiceMissing */ .OH)();
    if (missing) {
        log.info(`Artifact upload skipped: ${missing}. The evidence stays in ${dir}.`);
        return {};
    }
    const root = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);
    const absolute = files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, f));
    for (const f of absolute) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, f);
        if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel)) {
            throw new _model_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(f, `is outside the evidence folder ${root}: it cannot be part of the artifact`);
        }
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f))
            throw new _model_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(f, 'does not exist: cannot upload it');
    }
    if (absolute.length === 0) {
        log.warning(`Artifact ${name}: no files to upload.`);
        return {};
    }
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(780), __webpack_require__.e(394)]).then(__webpack_require__.bind(__webpack_require__, 37394));
    const client = new DefaultArtifactClient();
    const res = await client.uploadArtifact(name, absolute, root, {
        ...(opts.retentionDays ? { retentionDays: opts.retentionDays } : {}),
    });
    log.info(`Uploaded artifact ${name} (${absolute.length} files, ${res.size ?? 0} bytes, id ${res.id ?? 'n/a'}).`);
    return { id: res.id, size: res.size };
}
function hasFiles(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory() && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).length > 0;
    }
    catch {
        return false;
    }
}
/**
 * Download this run's `perf-gates-*` artifacts into `destDir/<artifact name>/` (governance merges
 * them), except those named in `exclude` and those already on disk there. Returns the folders it
 * downloaded into. Skips with a note when the artifact service is not available.
 */
async function downloadRunEvidence(destDir, exclude = [], log = defaultLog) {
    const missing = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactServiceMissing */ .OH)();
    if (missing) {
        log.info((0,_github_context_js__WEBPACK_IMPORTED_MODULE_4__/* .downloadSkipped */ .DQ)(missing));
        return [];
    }
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(780), __webpack_require__.e(394)]).then(__webpack_require__.bind(__webpack_require__, 37394));
    const client = new DefaultArtifactClient();
    const { artifacts } = await client.listArtifacts({ latest: true });
    const out = [];
    for (const a of artifacts) {
        if (!a.name.startsWith(ARTIFACT_PREFIX) || exclude.includes(a.name) || FORBIDDEN.test(a.name))
            continue;
        const target = node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(destDir), a.name);
        if (hasFiles(target)) {
            log.info(`Artifact ${a.name} is already on disk in ${target}: not downloaded again.`);
            continue;
        }
        await client.downloadArtifact(a.id, { path: target });
        log.info(`Downloaded artifact ${a.name} (id ${a.id}) into ${target}.`);
        out.push(target);
    }
    return out;
}
/** Download one artifact of another workflow run (the `publish` action) into `dir`. */
async function downloadRunArtifact(id, dir, findBy) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(780), __webpack_require__.e(394)]).then(__webpack_require__.bind(__webpack_require__, 37394));
    await new DefaultArtifactClient().downloadArtifact(id, { path: dir, findBy });
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

/***/ 63050:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishGateResult: () => (/* binding */ publishGateResult),
  jN: () => (/* binding */ runPublish)
});

// UNUSED EXPORTS: UNTRUSTED_BANNER, UNTRUSTED_STATUS, readResultFile, triggeringRunTrust

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./.build/model.js
var model = __webpack_require__(76995);
// EXTERNAL MODULE: ./.build/report/markdown.js
var markdown = __webpack_require__(54348);
// EXTERNAL MODULE: ./.build/gates/common.js
var common = __webpack_require__(99856);
;// CONCATENATED MODULE: ./.build/gates/verdict-check.js

/** Every contradiction in `result` (empty when the verdict follows from the criteria). */
function verdictContradictions(result) {
    const out = [];
    const criteria = Array.isArray(result.criteria) ? result.criteria : [];
    const expected = (0,common/* rollUp */.F3)(criteria);
    if (result.verdict !== expected) {
        out.push(criteria.length === 0
            ? `verdict ${result.verdict} with no criteria (no criteria is insufficient-data)`
            : `verdict ${result.verdict}, but its criteria roll up to ${expected}`);
    }
    for (const c of criteria) {
        if (c.verdict !== 'pass')
            continue;
        if (typeof c.actual !== 'number' || typeof c.threshold !== 'number' || !c.operator)
            continue;
        const holds = c.operator === '<=' ? c.actual <= c.threshold : c.actual >= c.threshold;
        if (!holds || !Number.isFinite(c.actual)) {
            out.push(`criterion "${c.name}" says pass, but ${c.actual} ${c.operator} ${c.threshold} is false`);
        }
    }
    if (Array.isArray(result.comparisons) && typeof result.regressionCount === 'number') {
        const regressions = result.comparisons.filter((c) => c.verdict === 'regression').length;
        if (regressions > result.regressionCount) {
            out.push(`regressionCount ${result.regressionCount}, but ${regressions} comparison(s) are regressions`);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./.build/io/evidence.js
var evidence = __webpack_require__(89030);
// EXTERNAL MODULE: ./.build/io/github.js + 1 modules
var github = __webpack_require__(97540);
// EXTERNAL MODULE: ./.build/io/artifacts.js
var io_artifacts = __webpack_require__(99672);
// EXTERNAL MODULE: ./.build/io/files.js
var io_files = __webpack_require__(22316);
// EXTERNAL MODULE: ./.build/report/overview.js
var overview = __webpack_require__(3898);
// EXTERNAL MODULE: ./.build/report/verdict.js
var verdict = __webpack_require__(7064);
;// CONCATENATED MODULE: ./.build/report/comment.js
// The one sticky PR comment of a workflow: a hidden marker, then one section per (gate, job), each
// between hidden markers, so four gate steps and every matrix job update their own part of the
// same comment. Pure: the I/O layer fetches the freshest body and writes what mergeSection returns.
//
// The comment opens with the overall verdict line and a row per gate, recomputed at every update
// from the hidden verdict marker each section starts with (src/report/verdict.ts), so it is right
// whichever job writes last.
//
// User content cannot forge a marker: sections are rendered with every input string escaped
// (src/report/markdown.ts turns `<` into `&lt;`), and mergeSection neutralises any marker that
// still appears inside a section it is given.



const COMMENT_MARKER = '<!-- perf-gates:comment -->';
const END_MARKER = '<!-- perf-gates:end -->';
/** GitHub rejects comment bodies of 65,536 characters or more (422 "Body is too long"). */
const COMMENT_LIMIT = 65_536;
/** What we aim for, leaving room for GitHub's own counting of characters. */
const COMMENT_BUDGET = 65_000;
const SECTION_RE = /<!-- perf-gates:section gate=([A-Za-z0-9._-]+) job=([A-Za-z0-9._-]+) -->\r?\n([\s\S]*?)\r?\n?<!-- perf-gates:end -->/g;
/** gate/job values as they appear inside markers: `[A-Za-z0-9._-]`, at most 100 characters. */
function sanitizeId(value) {
    const s = String(value ?? '')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .slice(0, 100);
    return s === '' ? '_' : s;
}
function sectionMarker(gate, job) {
    return `<!-- perf-gates:section gate=${sanitizeId(gate)} job=${sanitizeId(job)} -->`;
}
/** True when a comment body is a perf-gates comment (starts with the marker). */
function isPerfGatesComment(body) {
    return typeof body === 'string' && body.trimStart().startsWith(COMMENT_MARKER);
}
/**
 * Any of our markers inside section text is turned into visible, inert text, except the verdict
 * marker on the section's first line (which the section renderer writes itself).
 */
function neutralise(markdown) {
    const text = markdown.trim();
    const [first, ...rest] = text.split(/\r?\n/);
    const inert = (s) => s.replace(/<!--\s*perf-gates:/gi, '&lt;!-- perf-gates:');
    if ((0,verdict/* isVerdictMarker */.GE)(first))
        return [first.trim(), ...rest.map(inert)].join('\n').trim();
    return inert(text);
}
/** The verdict summaries of the sections (those without a readable marker are left out). */
function sectionSummaries(sections) {
    const out = [];
    for (const s of sections) {
        const summary = (0,verdict/* parseVerdictMarker */.Fn)(s.markdown);
        if (summary)
            out.push({ ...summary, gate: s.gate, job: s.job });
    }
    return out;
}
/** The sections of an existing perf-gates comment, in the order they appear. */
function parseSections(body) {
    if (!isPerfGatesComment(body))
        return [];
    const out = [];
    for (const m of body.matchAll(SECTION_RE)) {
        out.push({ gate: m[1], job: m[2], markdown: m[3].trim() });
    }
    return out;
}
function gateRank(gate) {
    const i = model/* GATES */.JH.indexOf(gate);
    return i === -1 ? model/* GATES */.JH.length : i;
}
function orderSections(sections) {
    return [...sections].sort((a, b) => gateRank(a.gate) - gateRank(b.gate) ||
        (a.gate < b.gate ? -1 : a.gate > b.gate ? 1 : 0) ||
        (a.job < b.job ? -1 : a.job > b.job ? 1 : 0));
}
/**
 * The marker, the verdict line over `all` sections and a row per shown section (when sections
 * had to be dropped to fit, the verdict line still counts them).
 */
function header(shown, all = shown) {
    return `${COMMENT_MARKER}\n${(0,overview/* renderOverview */.mp)(sectionSummaries(shown), sectionSummaries(all))}`;
}
const COLLAPSED_NOTE = "<sub>Detail collapsed to keep this comment under GitHub's 65,536-character limit: the full result is in the run's job summary and artifacts.</sub>";
function render(sections, footer, all = sections) {
    const parts = [header(sections, all)];
    for (const s of sections) {
        parts.push(`${sectionMarker(s.gate, s.job)}\n${s.markdown}\n${END_MARKER}`);
    }
    if (footer)
        parts.push(footer);
    return parts.join('\n\n') + '\n';
}
/** The summary of a section: its first paragraph (verdict marker, headline, meta line with the run link). */
function collapseSection(markdown) {
    const first = markdown.split(/\r?\n\s*\r?\n/, 1)[0].trim();
    const capped = first.length > 1500 ? first.slice(0, 1499) + '…' : first;
    return `${capped}\n\n${COLLAPSED_NOTE}`;
}
function isCollapsed(markdown) {
    return markdown.endsWith(COLLAPSED_NOTE);
}
/**
 * Put `sectionMarkdown` as the section of (gate, job) into the comment body `existing` (undefined:
 * a new comment), keeping every other section, ordered baseline, diagnostics, optimization,
 * governance, then other gates; jobs alphabetically. The result is always shorter than GitHub's
 * limit: the largest sections' detail is collapsed to their one-line verdict and run link first,
 * and, if that is not enough, the other sections are dropped with a note saying how many.
 */
function mergeSection(existing, gate, job, sectionMarkdown) {
    const g = sanitizeId(gate);
    const j = sanitizeId(job);
    const mine = { gate: g, job: j, markdown: neutralise(sectionMarkdown) };
    const others = parseSections(existing).filter((s) => !(s.gate === g && s.job === j));
    const sections = orderSections([...others, mine]);
    // sections an earlier update had to omit stay counted in the note (their text is gone)
    const before = /<sub>(\d+) more sections? omitted/.exec(existing ?? '');
    const earlier = before ? Math.min(Number(before[1]), 100_000) : 0;
    const note = earlier > 0 ? dropNote(earlier) : undefined;
    let total = render(sections, note).length;
    if (total <= COMMENT_BUDGET)
        return render(sections, note);
    // 1. collapse the largest sections first (ours too, if it is among the largest).
    const bySize = sections
        .filter((s) => !isCollapsed(s.markdown))
        .sort((a, b) => b.markdown.length - a.markdown.length);
    for (const s of bySize) {
        const was = s.markdown.length;
        s.markdown = collapseSection(s.markdown);
        total += s.markdown.length - was;
        if (total <= COMMENT_BUDGET)
            return render(sections, note);
    }
    // 2. still too long (hundreds of matrix jobs): keep ours and as many others as fit, in order.
    const blockLength = (s) => sectionMarker(s.gate, s.job).length + s.markdown.length + END_MARKER.length + 4;
    const reserve = dropNote(sections.length + earlier).length + 2;
    let used = header(sections).length + 1 + reserve + blockLength(mine);
    const kept = [];
    let dropped = 0;
    for (const s of sections) {
        if (s === mine) {
            kept.push(s);
            continue;
        }
        const len = blockLength(s);
        if (used + len <= COMMENT_BUDGET) {
            kept.push(s);
            used += len;
        }
        else
            dropped++;
    }
    const body = render(kept, dropped + earlier > 0 ? dropNote(dropped + earlier) : undefined, sections);
    if (body.length <= COMMENT_BUDGET)
        return body;
    // 3. our own summary alone is too long (cannot happen with rendered sections): hard cut.
    mine.markdown = mine.markdown.slice(0, COMMENT_BUDGET - 2000) + '…';
    return render([mine], dropNote(sections.length - 1 + earlier), sections);
}
function dropNote(n) {
    return `<sub>${n} more section${n === 1 ? '' : 's'} omitted to keep this comment under GitHub's 65,536-character limit: see the job summaries.</sub>`;
}

;// CONCATENATED MODULE: ./.build/run/comment.js


/** The identity GITHUB_TOKEN writes as; a personal token or an App writes as its own login. */
const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]';
/** Foreign marker comments already reported in this process (each is reported once). */
const reportedForeign = new Set();
/**
 * Every comment of the PR that is ours: the marker at the start AND written by `author` (input
 * `comment-author`). A marker comment by anyone else (another bot, a user) is never adopted,
 * edited or deleted: it is reported once in the log and left alone.
 */
async function findOurComments(client, ctx, prNumber, author = DEFAULT_COMMENT_AUTHOR, log) {
    const want = author.trim().toLowerCase();
    const ours = [];
    for (const c of await (0,github.listIssueComments)(client, ctx, prNumber)) {
        if (!isPerfGatesComment(c.body))
            continue;
        if ((c.user?.login ?? '').toLowerCase() === want)
            ours.push(c);
        else if (!reportedForeign.has(c.id)) {
            reportedForeign.add(c.id);
            log?.info(`Comment ${c.id} on #${prNumber} carries the perf-gates marker but was written by ${c.user?.login ?? 'an unknown user'}, not ${author} (input comment-author): left alone.`);
        }
    }
    return ours.sort((a, b) => a.id - b.id);
}
/**
 * Put the (gate, job) section into the one perf-gates comment of the PR: list every comment
 * (paginated), find ours (marker + `author`), re-read it right before writing and merge into the freshest body, PATCH;
 * else POST. With `createIfMissing: false` an existing comment is updated but none is created.
 */
async function upsertComment(client, ctx, gate, job, sectionMarkdown, opts = {}) {
    const prNumber = ctx.prNumber;
    if (!prNumber)
        throw new Error('no pull request in this context: nothing to comment on');
    for (let attempt = 0; attempt < 2; attempt++) {
        const ours = await findOurComments(client, ctx, prNumber, opts.author, opts.log);
        if (ours.length === 0) {
            if (opts.createIfMissing === false)
                return undefined;
            const body = mergeSection(undefined, gate, job, sectionMarkdown);
            return { id: await (0,github.createComment)(client, ctx, prNumber, body), created: true, mergedDuplicates: 0 };
        }
        const [keep, ...dupes] = ours;
        try {
            // re-read right before writing: another step or matrix job may have written since the listing
            const fresh = await (0,github.getCommentBody)(client, ctx, keep.id);
            let body = fresh;
            for (const d of dupes) {
                for (const s of parseSections(d.body ?? '')) {
                    if (!parseSections(body).some((x) => x.gate === s.gate && x.job === s.job)) {
                        body = mergeSection(body, s.gate, s.job, s.markdown);
                    }
                }
            }
            body = mergeSection(body.startsWith(COMMENT_MARKER) ? body : undefined, gate, job, sectionMarkdown);
            await (0,github.updateComment)(client, ctx, keep.id, body);
            for (const d of dupes) {
                try {
                    await (0,github.deleteComment)(client, ctx, d.id);
                }
                catch {
                    // already gone (another job cleaned up): fine
                }
            }
            return { id: keep.id, created: false, mergedDuplicates: dupes.length };
        }
        catch (e) {
            // the comment vanished between listing and writing (deleted by another job): look again once
            if ((0,github.httpStatus)(e) === 404 && attempt === 0)
                continue;
            throw e;
        }
    }
    throw new Error('the perf-gates comment kept disappearing while it was being updated');
}

;// CONCATENATED MODULE: ./.build/run/publish.js
// Publishing a gate's verdict: the sticky PR comment section and the commit status, with fork and
// read-only tokens handled up front (a notice, never a failure), and the `publish` action of the
// two-workflow pattern: a `workflow_run` workflow (write token, never runs PR code) posts what the
// `pull_request` workflow computed, after checking that the results belong to the PR's head SHA.










/** The banner on a comment section whose results a fork's own workflow computed. */
const UNTRUSTED_BANNER = "> [!WARNING]\n> **computed by the fork's own workflow, not verified**: a pull request from a fork runs its own copy of the workflow, so these figures may be forged. A pass is posted as `pending` until a trusted run (in this repository) confirms it.";
/** The status description for a pass from an untrusted run (posted as `pending`). */
const UNTRUSTED_STATUS = 'fork run: needs a trusted run';
const OK_VERDICTS = new Set(['pass', 'waived']);
/** Comment + status for one result in a given context (shared by the gates and `publish`). */
async function publishInContext(client, ctx, result, opts, log, guard) {
    if (opts.comment !== 'off') {
        if (!ctx.prNumber) {
            log.info(`No pull request in this ${ctx.eventName || 'event'}: the PR comment is skipped.`);
        }
        else {
            const create = opts.comment === 'update' || !OK_VERDICTS.has(result.verdict);
            const section = (0,markdown/* renderGateSection */.$p)(result, {
                job: opts.job,
                runUrl: ctx.runUrl,
                artifactName: opts.artifactName,
                ...(opts.untrusted ? { banner: UNTRUSTED_BANNER } : {}),
            });
            const done = await guard.attempt('PR comment', () => upsertComment(client, ctx, result.gate, opts.job, section, {
                createIfMissing: create,
                author: opts.commentAuthor,
                log,
            }));
            if (done) {
                log.info(`${done.created ? 'Created' : 'Updated'} the perf-gates comment on #${ctx.prNumber} (comment ${done.id}, section ${result.gate}/${opts.job}).`);
            }
            else if (!create && guard.skipped.length === 0) {
                log.info(`comment: on-failure and the verdict is ${result.verdict}: no comment created.`);
            }
        }
    }
    if (opts.status) {
        if (!ctx.headSha) {
            log.info('No commit SHA in this context: the commit status is skipped.');
        }
        else {
            // an untrusted pass never turns the status green: `pending` until a trusted run says so;
            // a failure (or error) is posted as it is: a forger gains nothing by reporting one
            const override = opts.untrusted && github.STATUS_STATE[result.verdict] === 'success'
                ? {
                    state: 'pending',
                    description: `${UNTRUSTED_STATUS} (the fork's workflow reported ${result.verdict})`,
                }
                : undefined;
            const done = await guard.attempt('commit status', () => (0,github.setStatus)(client, ctx, opts.statusContext ?? result.gate, result, override));
            if (done)
                log.info(`Set commit status perf-gates/${opts.statusContext ?? result.gate} = ${done.state} on ${done.sha.slice(0, 12)}.`);
        }
    }
}
/**
 * Post one gate's result to GitHub: the PR comment section (per `comment`) and the commit status
 * `perf-gates/<gate>` on the PR head SHA. Never throws for GitHub trouble and never decides the
 * step's outcome: 403/404 are explained once, fork PRs are skipped up front with a notice.
 */
async function publishGateResult(result, opts, log, ctx = (0,github.getGitHubContext)()) {
    if (opts.comment === 'off' && !opts.status)
        return;
    if (!ctx.repository || !ctx.owner || !ctx.repo) {
        log.info('GITHUB_REPOSITORY is not set (not running in GitHub Actions): nothing published to GitHub.');
        return;
    }
    if (!opts.token) {
        log.notice('No GitHub token (input `token` is empty): the PR comment and commit status were skipped.');
        return;
    }
    if (ctx.isFork) {
        log.notice('This pull request comes from a fork, so its token is read-only: the PR comment and commit status were skipped (they would fail with 403 Resource not accessible by integration); the job summary and artifacts have the results and the verdict still decides the job. Use the `publish` action from a `workflow_run` workflow to post them.');
        return;
    }
    if (!ctx.prNumber && opts.comment !== 'off') {
        log.info(`No pull request in this ${ctx.eventName || 'event'} (push?): the PR comment is skipped; the status goes on ${ctx.headSha ?? 'no SHA'}.`);
    }
    const client = (0,github.createClient)(opts.token, {
        baseUrl: ctx.apiUrl,
        log,
        timeoutSeconds: opts.timeoutSeconds,
        signal: opts.signal,
    });
    const guard = new github.WriteGuard(log);
    try {
        await publishInContext(client, ctx, result, { ...opts, comment: ctx.prNumber ? opts.comment : 'off' }, log, guard);
    }
    catch (e) {
        // publishInContext guards every write; this is a bug or a network failure outside them
        log.warning(`Publishing to GitHub failed: ${e.message}; the verdict still decides the job.`);
    }
}
// ---------------------------------------------------------------------------------------------
// The `publish` action (workflow_run)
const verdictSchema = schemas/* enum */.k5n(['pass', 'waived', 'fail', 'insufficient-data', 'error']);
const scalar = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP(), schemas/* boolean */.zMY(), schemas/* null */.chJ()]);
const criterionSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    actual: scalar,
    threshold: scalar,
    unit: schemas/* string */.YjP().optional(),
    operator: schemas/* enum */.k5n(['>=', '<=']).optional(),
    verdict: verdictSchema,
    reason: schemas/* string */.YjP(),
    protocolReason: schemas/* enum */.k5n(['TelemetryGap', 'LoadTestFailure', 'RegressionDetected']).optional(),
});
const nullableNum = schemas/* number */.aig().nullable();
const comparisonSchema = schemas/* object */.Ikc({
    key: schemas/* string */.YjP(),
    direction: schemas/* enum */.k5n(['decrease', 'increase']).optional(),
    baseline: nullableNum.optional(),
    candidate: nullableNum.optional(),
    ratio: nullableNum.optional(),
    lower: nullableNum.optional(),
    upper: nullableNum.optional(),
    verdict: schemas/* enum */.k5n([
        'regression',
        'improvement-confirmed',
        'improvement',
        'no-change',
        'insufficient-data',
        'error',
    ]),
    calibrated: schemas/* boolean */.zMY().optional(),
    reason: schemas/* string */.YjP(),
    unit: schemas/* string */.YjP().optional(),
    detectable_change: nullableNum.optional(),
    detectable_reason: schemas/* string */.YjP().optional(),
    notes: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
});
const gateResultSchema = schemas/* object */.Ikc({
    gate: schemas/* enum */.k5n([...model/* GATES */.JH, 'compare']),
    title: schemas/* string */.YjP(),
    verdict: verdictSchema,
    score: schemas/* number */.aig().nullable(),
    criteria: schemas/* array */.YOg(criterionSchema),
    improvementPct: schemas/* number */.aig().nullable().optional(),
    regressionCount: schemas/* number */.aig().nullable().optional(),
    comparisons: schemas/* array */.YOg(comparisonSchema).optional(),
    failure: schemas/* object */.Ikc({
        criteria: schemas/* string */.YjP(),
        actual: schemas/* string */.YjP(),
        requiredAction: schemas/* string */.YjP(),
        options: schemas/* array */.YOg(schemas/* string */.YjP()),
    })
        .optional(),
    notes: schemas/* array */.YOg(schemas/* string */.YjP()),
    generated_at: schemas/* string */.YjP(),
});
const contextSchema = schemas/* object */.Ikc({
    repository: schemas/* string */.YjP(),
    pr_number: schemas/* number */.aig().int().positive().nullable().optional(),
    head_sha: schemas/* string */.YjP().regex(/^[0-9a-f]{40}$/, 'a 40-character hex SHA'),
    run_id: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).nullable().optional(),
    job: schemas/* string */.YjP().min(1).nullable().optional(),
});
/**
 * Read and validate one `gate-<n>-<name>.json` from a downloaded artifact: a GateResult (at the top
 * level, or under `result`) plus `context`. Throws InputError naming the file.
 */
function readResultFile(file, text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new model/* InputError */.dz(file, `not JSON: ${e.message}`);
    }
    const o = (doc ?? {});
    const candidate = o.result && typeof o.result === 'object' ? o.result : o;
    const r = gateResultSchema.safeParse(candidate);
    if (!r.success) {
        const i = r.error.issues[0];
        throw new model/* InputError */.dz(file, `not a perf-gates gate result: ${i.path.join('.') || '(root)'}: ${i.message}`);
    }
    const c = contextSchema.safeParse(o.context);
    if (!c.success) {
        const i = c.error.issues[0];
        throw new model/* InputError */.dz(file, `has no valid \`context\` (repository, pr_number, head_sha, job): ${i.path.join('.') || 'context'}: ${i.message}`);
    }
    return { result: r.data, context: c.data, file };
}
function globToRegExp(pattern) {
    const re = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${re}$`);
}
/** The gate results a downloaded artifact holds. */
const RESULT_FILE = /^gate-\d+-[a-z]+\.json$/;
/**
 * Trust follows the run that produced the evidence. A run whose head repository is not this
 * repository (a fork's `pull_request` run executes the fork's own copy of the workflow) is
 * untrusted, and so is a run that names no head repository. `pull_request_target` runs execute
 * this repository's workflow file, so they are trusted like any run of this repository.
 */
function triggeringRunTrust(ctx, trustForkResults = false) {
    const wr = ctx.workflowRun;
    const head = wr?.headRepository;
    if (head && head === ctx.repository)
        return { trusted: true, reason: `run ${wr?.id} ran in ${ctx.repository}` };
    if (wr?.event === 'pull_request_target')
        return {
            trusted: true,
            reason: `run ${wr.id} is a pull_request_target run: it executed ${ctx.repository}'s own workflow file`,
        };
    const why = head
        ? `run ${wr?.id} (${wr?.event ?? 'unknown event'}) came from the fork ${head}, whose own workflow computed its results`
        : `run ${wr?.id} names no head repository, so where its results were computed is unknown`;
    if (trustForkResults)
        return { trusted: true, reason: `${why}; trusted anyway because trust-fork-results is true` };
    return { trusted: false, reason: why };
}
/**
 * Why a downloaded gate result cannot be taken as evidence: its folder's SHA256SUMS is missing,
 * does not list it, or fails; or its verdict contradicts its own criteria. Undefined when it holds.
 */
async function evidenceProblem(file, parsed) {
    const dir = external_node_path_.dirname(file);
    const name = external_node_path_.basename(file);
    const found = await (0,evidence/* checkEvidence */.K7)(dir);
    if (!found)
        return 'its folder has no SHA256SUMS, so the file cannot be verified';
    const mine = found.checks.find((c) => c.name === name);
    if (!mine)
        return 'it is not listed in its SHA256SUMS, so it cannot be verified';
    if (!mine.ok)
        return `it fails its checksum: ${mine.reason ?? 'altered'}`;
    const contradictions = verdictContradictions(parsed.result);
    if (contradictions.length)
        return `its verdict contradicts its own criteria: ${contradictions.join('; ')}`;
    return undefined;
}
/** Downloads the matching artifacts and reads their gate results; a file that does not check out is refused. */
async function downloadResults(artifacts, inputs, ctx, wr, outcome, log) {
    const base = (0,io_files/* makeTempDir */.mk)('perf-gates-publish-');
    const files = [];
    for (const a of artifacts) {
        const dir = external_node_path_.join(base, String(a.id));
        await (0,io_artifacts/* downloadRunArtifact */.qA)(a.id, dir, {
            token: inputs.token,
            workflowRunId: wr.id,
            repositoryOwner: ctx.owner,
            repositoryName: ctx.repo,
        });
        for (const f of (0,io_files/* findFiles */.lY)(dir, RESULT_FILE)) {
            const label = `${a.name}/${external_node_path_.relative(dir, f)}`;
            try {
                const parsed = readResultFile(label, await (0,io_files/* readUtf8 */.Sx)(f));
                const problem = await evidenceProblem(f, parsed);
                if (problem)
                    throw new model/* InputError */.dz(label, problem);
                files.push(parsed);
            }
            catch (e) {
                outcome.refused.push({ file: label, reason: e.message });
                log.warning(`Refused ${label}: ${e.message}`);
            }
        }
    }
    return files;
}
/**
 * The `publish` action: in a `workflow_run` workflow, list the triggering run's artifacts,
 * download the `perf-gates-*` ones, check each gate result's head SHA against the triggering run's
 * head SHA and the pull request's current head (refusing, naming the file, otherwise), then post
 * the comment sections and statuses.
 */
async function runPublish(inputs, log, ctx = (0,github.getGitHubContext)()) {
    const wr = ctx.workflowRun;
    if (!wr || !wr.id || !wr.headSha) {
        throw new model/* InputError */.dz(process.env.GITHUB_EVENT_PATH ?? 'event payload', `the publish action runs on \`workflow_run\` events (this is \`${ctx.eventName || 'unknown'}\`): it posts what the triggering run computed`);
    }
    const trust = triggeringRunTrust(ctx, inputs.trustForkResults);
    const outcome = { published: [], refused: [], trust };
    if (!trust.trusted) {
        log.notice(`Untrusted results: ${trust.reason}. A fail is posted as failure; a pass is posted as pending ("${UNTRUSTED_STATUS}") and the comment says the results were not verified. Run the gates in a trusted job (README "Security model") to turn the statuses green.`);
    }
    else if (inputs.trustForkResults && /trust-fork-results/.test(trust.reason)) {
        log.warning(`${trust.reason}: a fork can forge a pass, and it will be posted as success (README "Security model").`);
    }
    if (!inputs.token)
        throw new model/* InputError */.dz('token', 'the publish action needs a token (actions: read, pull-requests: write, statuses: write)');
    // the publish deadline: every request of this client is aborted when it passes, and the results
    // not yet posted are skipped with a warning (what was posted stands)
    const deadline = new AbortController();
    const timer = inputs.deadlineSeconds !== undefined
        ? setTimeout(() => deadline.abort(), inputs.deadlineSeconds * 1000)
        : undefined;
    timer?.unref?.();
    const client = (0,github.createClient)(inputs.token, {
        baseUrl: ctx.apiUrl,
        log,
        timeoutSeconds: inputs.timeoutSeconds,
        signal: deadline.signal,
    });
    try {
        return await publishRun(client, inputs, ctx, wr, outcome, log, deadline.signal);
    }
    catch (e) {
        if (!deadline.signal.aborted)
            throw e;
        log.warning(`publish-deadline of ${inputs.deadlineSeconds} s passed (${e.message}): ${outcome.published.length} result(s) posted, the rest not; what was posted stands`);
        return outcome;
    }
    finally {
        clearTimeout(timer);
    }
}
async function publishRun(client, inputs, ctx, wr, outcome, log, deadline) {
    const pattern = globToRegExp(inputs.artifactPattern || 'perf-gates-*');
    const artifacts = (await (0,github.listRunArtifacts)(client, ctx, wr.id)).filter((a) => pattern.test(a.name) && !a.expired);
    if (artifacts.length === 0) {
        log.warning(`Run ${wr.id} has no artifacts matching ${inputs.artifactPattern || 'perf-gates-*'}: nothing to publish.`);
        return outcome;
    }
    const files = await downloadResults(artifacts, inputs, ctx, wr, outcome, log);
    // the pull request each result names, and its current head
    const prHeads = new Map();
    const guard = new github.WriteGuard(log);
    for (const [i, f] of files.entries()) {
        if (deadline.aborted) {
            log.warning(`publish-deadline of ${inputs.deadlineSeconds} s passed: ${files.length - i} result(s) not posted (${files
                .slice(i)
                .map((x) => x.file)
                .join(', ')}); what was posted stands`);
            break;
        }
        const c = f.context;
        const refuse = (reason) => {
            outcome.refused.push({ file: f.file, reason });
            log.warning(`Refused ${f.file}: ${reason}`);
        };
        if (c.repository !== ctx.repository) {
            refuse(`it was computed for ${c.repository}, not ${ctx.repository}`);
            continue;
        }
        if (c.head_sha !== wr.headSha) {
            refuse(`its head_sha ${c.head_sha} is not the triggering run's head SHA ${wr.headSha}`);
            continue;
        }
        const prNumber = c.pr_number ?? wr.pullRequests[0]?.number;
        if (!prNumber) {
            refuse('it names no pull request and the triggering run has none');
            continue;
        }
        if (wr.pullRequests.length > 0 && !wr.pullRequests.some((p) => p.number === prNumber)) {
            refuse(`it names pull request #${prNumber}, which did not trigger run ${wr.id}`);
            continue;
        }
        if (!prHeads.has(prNumber)) {
            const head = await guard.attempt(`pull request #${prNumber} lookup`, () => (0,github.pullRequestHead)(client, ctx, prNumber));
            prHeads.set(prNumber, head);
        }
        const prHead = prHeads.get(prNumber);
        if (!prHead) {
            refuse(`pull request #${prNumber} could not be read, so its head SHA cannot be checked`);
            continue;
        }
        if (prHead !== c.head_sha) {
            refuse(`pull request #${prNumber} is now at ${prHead}, not ${c.head_sha}: the results are stale`);
            continue;
        }
        const prCtx = {
            ...ctx,
            prNumber,
            headSha: c.head_sha,
            runUrl: wr.htmlUrl ??
                (ctx.repository ? `${ctx.serverUrl}/${ctx.repository}/actions/runs/${wr.id}` : undefined),
            isFork: false,
        };
        const artifactName = f.file.split('/')[0];
        const job = c.job || artifactName.replace(/^perf-gates-[a-z]+-/, '') || 'job';
        await publishInContext(client, prCtx, f.result, {
            token: inputs.token,
            comment: inputs.comment,
            status: inputs.status,
            job,
            artifactName,
            commentAuthor: inputs.commentAuthor,
            untrusted: !outcome.trust.trusted,
        }, log, guard);
        outcome.published.push({
            file: f.file,
            gate: f.result.gate,
            job,
            verdict: f.result.verdict,
            trusted: outcome.trust.trusted,
        });
    }
    return outcome;
}


/***/ })

};
