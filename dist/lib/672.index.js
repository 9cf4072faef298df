export const id = 672;
export const ids = [672];
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


/***/ })

};
