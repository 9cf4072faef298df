export const id = 214;
export const ids = [214];
export const modules = {

/***/ 9030:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ checkEvidence),
/* harmony export */   M1: () => (/* binding */ removeDir),
/* harmony export */   Nr: () => (/* binding */ evidenceSubfolders),
/* harmony export */   Z9: () => (/* binding */ stageArtifact),
/* harmony export */   e0: () => (/* binding */ MANIFEST),
/* harmony export */   eq: () => (/* binding */ manifestEntries),
/* harmony export */   nP: () => (/* binding */ writeEvidence),
/* harmony export */   vf: () => (/* binding */ SUMS)
/* harmony export */ });
/* unused harmony exports parseSums, formatSums, readSums */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2316);
// The evidence folder: atomic writes, SHA256SUMS (sha256sum -c format), the manifest, verification.




const SUMS = 'SHA256SUMS';
const MANIFEST = 'performance-report-manifest.json';
/** Parse `sha256sum` output: `<hex>  <name>` (or `<hex> *<name>`). */
function parseSums(text) {
    const out = new Map();
    for (const line of text.split('\n')) {
        const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trimEnd());
        if (m)
            out.set(m[2], m[1]);
    }
    return out;
}
function formatSums(sums) {
    return [...sums.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, hex]) => `${hex}  ${name}\n`)
        .join('');
}
async function readSums(dir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, SUMS);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return undefined;
    return parseSums(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8'));
}
/**
 * Write artifacts (each atomically) and fold their checksums into SHA256SUMS. Nothing is written
 * until every artifact is in memory, so a failure before this call leaves no file behind.
 */
async function writeEvidence(dir, files) {
    for (const f of files) {
        if (f.name.includes('/') || f.name.includes('\\') || f.name.startsWith('.')) {
            throw new Error(`refusing to write artifact with an unsafe name: ${f.name}`);
        }
    }
    const written = [];
    const sums = (await readSums(dir)) ?? new Map();
    for (const f of files) {
        const buf = Buffer.from(f.content, 'utf8');
        await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeAtomic */ .vZ)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, f.name), buf);
        const hex = (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)(buf);
        sums.set(f.name, hex);
        written.push({ name: f.name, sha256: hex, bytes: buf.length });
    }
    await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeAtomic */ .vZ)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, SUMS), formatSums(sums));
    return written;
}
/** Check every file SHA256SUMS lists (and that the listed files exist). */
async function checkEvidence(dir) {
    const sums = await readSums(dir);
    if (!sums)
        return undefined;
    const checks = [];
    for (const [name, expected] of sums) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
            checks.push({ name, present: false, expected, ok: false, reason: 'listed in SHA256SUMS but missing' });
            continue;
        }
        const actual = (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file));
        checks.push({
            name,
            present: true,
            expected,
            actual,
            ok: actual === expected,
            reason: actual === expected
                ? undefined
                : `checksum mismatch: ${name} (expected ${expected.slice(0, 12)}…, found ${actual.slice(0, 12)}…)`,
        });
    }
    const unlisted = (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(dir, { withFileTypes: true }))
        .filter((e) => e.isFile() && e.name !== SUMS && !e.name.startsWith('.') && !sums.has(e.name))
        .map((e) => e.name)
        .sort();
    return { checks, unlisted };
}
/** The manifest body: every file SHA256SUMS lists, with size, checksum, timestamp and verified_by. */
async function manifestEntries(dir, fallback) {
    const sums = (await readSums(dir)) ?? new Map();
    const out = [];
    for (const [name, hex] of [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (name === MANIFEST)
            continue;
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            continue;
        const buf = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file);
        let timestamp = fallback.now;
        let verifiedBy = fallback.verifiedBy;
        if (name.endsWith('.json')) {
            try {
                const doc = JSON.parse(buf.toString('utf8'));
                if (typeof doc.generated_at === 'string')
                    timestamp = doc.generated_at;
                if (doc.verified_by && typeof doc.verified_by === 'object')
                    verifiedBy = doc.verified_by;
            }
            catch {
                // not our JSON: keep the fallback provenance
            }
        }
        out.push({ path: name, bytes: buf.length, sha256: hex, timestamp, verified_by: verifiedBy });
    }
    return out;
}
/** Folders inside the evidence folder that hold evidence of their own (downloaded artifacts). */
async function evidenceSubfolders(dir) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        return [];
    return (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(dir, { withFileTypes: true }))
        .filter((e) => e.isDirectory() && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, e.name, SUMS)))
        .map((e) => e.name)
        .sort();
}
/**
 * One gate's artifact: copies of the files it wrote and a SHA256SUMS listing exactly those. The
 * folder's own SHA256SUMS also lists the earlier gates' files, which travel in their own artifacts:
 * uploaded as is, it would name files the artifact does not hold, and governance (which downloads
 * every perf-gates-* artifact of the run and verifies each) would report them missing.
 */
async function stageArtifact(dir, files, tempRoot) {
    const stage = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_2__.join(tempRoot || node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), 'perf-gates-artifact-'));
    const all = (await readSums(dir)) ?? new Map();
    const mine = new Map();
    for (const f of files) {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.copyFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, f), node_path__WEBPACK_IMPORTED_MODULE_2__.join(stage, f));
        const hex = all.get(f);
        if (hex)
            mine.set(f, hex);
    }
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(stage, SUMS), formatSums(mine));
    return stage;
}
/** Remove a folder and what it holds (a staged artifact). */
async function removeDir(dir) {
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(dir, { recursive: true, force: true });
}


/***/ }),

/***/ 6214:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyFolder: () => (/* binding */ verifyFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9030);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2316);
// `perf-gates verify <dir>`: every checksum in SHA256SUMS and every manifest entry.




async function verifyFolder(dir) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
        return { code: 2, text: `${dir}: not a folder` };
    const found = await (0,_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .checkEvidence */ .K7)(dir);
    if (!found)
        return { code: 2, text: `${dir}: not an evidence folder (no SHA256SUMS)` };
    const lines = [];
    const bad = [];
    for (const c of found.checks) {
        if (c.ok)
            lines.push(`OK       ${c.name}`);
        else {
            lines.push(`${c.present ? 'ALTERED' : 'MISSING'}  ${c.name}${c.reason ? ` (${c.reason})` : ''}`);
            bad.push(c.name);
        }
    }
    const manifestFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, _evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST */ .e0);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifestFile)) {
        try {
            const m = JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(manifestFile, 'utf8'));
            for (const e of m.artifacts ?? []) {
                const f = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, e.path);
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f)) {
                    lines.push(`MISSING  ${e.path} (listed in the manifest)`);
                    bad.push(e.path);
                    continue;
                }
                const buf = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(f);
                if ((0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)(buf) !== e.sha256 || buf.length !== e.bytes) {
                    lines.push(`ALTERED  ${e.path} (differs from the manifest)`);
                    if (!bad.includes(e.path))
                        bad.push(e.path);
                }
            }
        }
        catch (e) {
            lines.push(`ALTERED  ${_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST */ .e0} (not valid JSON: ${e.message})`);
            bad.push(_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST */ .e0);
        }
    }
    for (const u of found.unlisted)
        lines.push(`UNLISTED ${u} (not in SHA256SUMS)`);
    lines.push(bad.length
        ? `${bad.length} file(s) altered or missing: ${bad.join(', ')}`
        : `intact: ${found.checks.length} files verified`);
    return { code: bad.length ? 1 : 0, text: lines.join('\n') };
}


/***/ })

};
