export const id = 291;
export const ids = [291,672];
export const modules = {

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

/***/ 9226:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pd: () => (/* binding */ makeTempFolder),
/* harmony export */   Uo: () => (/* binding */ publishNew),
/* harmony export */   WS: () => (/* binding */ removeFiles),
/* harmony export */   bt: () => (/* binding */ listFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76995);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22316);
// A folder of small files, for the history store: list its names, publish a new file atomically
// (temporary file in the same folder, then rename) without replacing one that exists, remove files.





/** The names in `dir`; [] when it does not exist. A path that is not a folder is an InputError. */
async function listFolder(dir) {
    try {
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(dir);
        if (!st.isDirectory())
            throw new _model_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(dir, 'not a folder');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return [];
        if (e instanceof _model_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw e;
        throw new _model_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(dir, (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .describeFsError */ .TQ)(e));
    }
    return (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(dir)).sort();
}
/** Write `dir/name` atomically; refuse when it already exists (another writer took the name). */
async function publishNew(dir, name, content) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name);
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.access(file);
        throw new _model_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(file, 'already exists: another writer added an entry at the same time; run again');
    }
    catch (e) {
        if (e instanceof _model_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw e;
    }
    await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeAtomic */ .vZ)(file, content);
    return file;
}
async function removeFiles(dir, names) {
    for (const n of names)
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, n), { force: true });
}
/** A new empty folder under `base` (RUNNER_TEMP in Actions) or the system's temporary folder. */
async function makeTempFolder(prefix, base) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_2__.join(base || node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), prefix));
}


/***/ }),

/***/ 96291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchHistory: () => (/* binding */ fetchHistory),
/* harmony export */   uploadHistory: () => (/* binding */ uploadHistory)
/* harmony export */ });
/* unused harmony exports NO_HISTORY_YET, TRUSTED_EVENTS, workflowFile, eligibleRuns */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _io_artifacts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99672);
/* harmony import */ var _io_github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97540);
/* harmony import */ var _io_history_remote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84270);
/* harmony import */ var _io_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9226);
/* harmony import */ var _stats_history_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97272);
// The history store in GitHub Actions (issue 16, items 2 and 3). The store travels as the artifact
// `perf-gates-history` of the runs of the same workflow on the default branch:
//  - `history: record` takes the newest such artifact, whatever the run's conclusion (a main run
//    whose gate failed still recorded), appends this run and uploads the new store;
//  - `baseline: history` on a pull request takes the newest history whose last entry is not newer
//    than the merge base's commit time (GET .../compare/{base}...{head}, merge_base_commit); when the
//    compare call fails, the history recorded by the run of the event's base SHA and older.
// Entries recorded on a push carry the pushed commit's time, so a run's commit time is the time of
// its history's last entry. The REST calls are adapters in src/io/.







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
    const ctx = (0,_io_github_js__WEBPACK_IMPORTED_MODULE_2__.getGitHubContext)(env);
    const client = (0,_io_github_js__WEBPACK_IMPORTED_MODULE_2__.createClient)(inputs.token, {
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
                const mb = await (0,_io_history_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeBase */ .wu)(client, ctx, baseSha, headSha);
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
    const runs = eligibleRuns(await (0,_io_history_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .listBranchRuns */ .RB)(client, ctx, workflow, branch, RUNS_LOOKED_AT), {
        notAfter,
        uptoSha,
        exclude: ctx.runId,
    });
    for (const r of runs) {
        const art = (await (0,_io_github_js__WEBPACK_IMPORTED_MODULE_2__.listRunArtifacts)(client, ctx, r.id)).find((a) => a.name === _io_history_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .HISTORY_ARTIFACT */ .kQ && !a.expired);
        if (!art)
            continue;
        await (0,_io_artifacts_js__WEBPACK_IMPORTED_MODULE_1__/* .downloadRunArtifact */ .qA)(art.id, dir, {
            token: inputs.token,
            workflowRunId: r.id,
            repositoryOwner: ctx.owner,
            repositoryName: ctx.repo,
        });
        const from = `${_io_history_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .HISTORY_ARTIFACT */ .kQ} of run ${r.id} (${r.headSha.slice(0, 7)}, ${r.commitTime}, ${r.conclusion ?? 'no conclusion'})`;
        log.info(`history: downloaded ${from}`);
        return { ...base, found: true, from };
    }
    return {
        ...base,
        found: false,
        missing: `${NO_HISTORY_YET} (no unexpired ${_io_history_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .HISTORY_ARTIFACT */ .kQ} artifact in the last ${RUNS_LOOKED_AT} runs of ${workflow} on ${branch}${notAfter ? ` up to the merge base's time ${notAfter}` : ''})`,
    };
}
/** Upload the store in `dir` as this run's `perf-gates-history` artifact. */
async function uploadHistory(dir, retentionDays, log) {
    const files = (0,_stats_history_store_js__WEBPACK_IMPORTED_MODULE_5__/* .entryNames */ .VM)(await (0,_io_store_js__WEBPACK_IMPORTED_MODULE_3__/* .listFolder */ .bt)(dir)).map((n) => node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, n.name));
    return (0,_io_artifacts_js__WEBPACK_IMPORTED_MODULE_1__.uploadEvidence)(_io_history_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .HISTORY_ARTIFACT */ .kQ, dir, files, log, { retentionDays });
}


/***/ }),

/***/ 97272:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ planAppend),
/* harmony export */   VM: () => (/* binding */ entryNames),
/* harmony export */   eh: () => (/* binding */ strayNames),
/* harmony export */   oK: () => (/* binding */ DEFAULT_KEEP),
/* harmony export */   xG: () => (/* binding */ parseKeep)
/* harmony export */ });
/* unused harmony export entryFileName */
// The history store's rules (issue 15, item 2), pure: a folder of entries, one file per run, named
// `<sequence>-<commit or "nosha">.json` with a six-digit (or longer) sequence number that orders them
// (the order they were added, which is the order of main's runs). Appending takes the next number and
// keeps the last `keep` entries (default 100). The file I/O is src/io/store.ts; the orchestration,
// src/run/history.ts.
const DEFAULT_KEEP = 100;
const NAME = /^(\d{6,})-([0-9a-fA-F]{4,64}|nosha)\.json$/;
/** The entry files among a folder's names, in order (other names, temporary files included, are not entries). */
function entryNames(names) {
    const out = [];
    for (const name of names) {
        const m = NAME.exec(name);
        if (m)
            out.push({ name, seq: Number(m[1]) });
    }
    return out.sort((a, b) => a.seq - b.seq || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** Names in the folder that look like neither an entry nor a temporary file (said, never read). */
function strayNames(names) {
    return names.filter((n) => !NAME.test(n) && !/^\..*\.tmp$/.test(n)).sort();
}
function entryFileName(seq, entry) {
    return `${String(seq).padStart(6, '0')}-${entry.sha ? entry.sha.toLowerCase().slice(0, 12) : 'nosha'}.json`;
}
/** `--keep`: a whole number >= 1. */
function parseKeep(v) {
    if (v === undefined)
        return DEFAULT_KEEP;
    const n = typeof v === 'number' ? v : /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isInteger(n) || n < 1)
        throw new RangeError(`--keep must be a whole number >= 1 (got "${v}")`);
    return n;
}
/** Where a new entry goes and which old ones fall out of the last `keep`. */
function planAppend(names, entry, keep = DEFAULT_KEEP) {
    const entries = entryNames(names);
    const next = entries.length ? entries[entries.length - 1].seq + 1 : 1;
    const name = entryFileName(next, entry);
    const total = entries.length + 1;
    const drop = Math.max(0, total - keep);
    return { name, remove: entries.slice(0, drop).map((e) => e.name) };
}


/***/ })

};
