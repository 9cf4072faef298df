export const id = 214;
export const ids = [214];
export const modules = {

/***/ 89030:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ checkEvidence),
/* harmony export */   KQ: () => (/* binding */ fileDigests),
/* harmony export */   Ls: () => (/* binding */ EvidenceWriteError),
/* harmony export */   M1: () => (/* binding */ removeDir),
/* harmony export */   Nr: () => (/* binding */ evidenceSubfolders),
/* harmony export */   Px: () => (/* binding */ readSums),
/* harmony export */   Z9: () => (/* binding */ stageArtifact),
/* harmony export */   ZV: () => (/* binding */ writeEvidenceLocked),
/* harmony export */   dv: () => (/* binding */ escapesFolder),
/* harmony export */   e0: () => (/* binding */ MANIFEST),
/* harmony export */   eC: () => (/* binding */ EXECUTION_LOG),
/* harmony export */   eq: () => (/* binding */ manifestEntries),
/* harmony export */   t$: () => (/* binding */ withEvidenceLock),
/* harmony export */   vf: () => (/* binding */ SUMS)
/* harmony export */ });
/* unused harmony exports LOCK, parseSums, parseSumsStrict, formatSums, writeEvidence */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22316);
// The evidence folder: atomic writes, SHA256SUMS (sha256sum -c format), the manifest, verification.




const SUMS = 'SHA256SUMS';
const MANIFEST = 'performance-report-manifest.json';
/** Held while a writer updates SHA256SUMS and the manifest of a folder (never listed in them). */
const LOCK = '.perf-gates.lock';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Why the lock at `file` may be taken over, or undefined when its holder may still be writing. */
async function staleReason(file, staleMs) {
    let text;
    let mtime;
    try {
        text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8');
        mtime = (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(file)).mtimeMs;
    }
    catch {
        return undefined; // gone already: the next attempt takes it
    }
    const age = Date.now() - mtime;
    if (age > staleMs)
        return `held for ${Math.round(age / 1000)} s (stale after ${Math.round(staleMs / 1000)} s)`;
    let holder = {};
    try {
        holder = JSON.parse(text);
    }
    catch {
        // being written right now, or not ours: wait for the age rule
        return undefined;
    }
    if (typeof holder.pid === 'number' && holder.host === node_os__WEBPACK_IMPORTED_MODULE_1__.hostname() && holder.pid !== process.pid) {
        try {
            process.kill(holder.pid, 0);
        }
        catch (e) {
            if (e.code === 'ESRCH')
                return `its holder (pid ${holder.pid}) is gone`;
        }
    }
    return undefined;
}
/**
 * Run `fn` holding the folder's lock file (created with O_EXCL, so one writer at a time across
 * processes): a waiting writer retries with backoff until `timeoutMs`, and takes over a stale lock
 * (older than `staleMs`, or held by a process of this machine that no longer exists).
 */
async function withEvidenceLock(dir, fn, opts = {}) {
    const timeoutMs = opts.timeoutMs ?? 60_000;
    const staleMs = opts.staleMs ?? 120_000;
    ensureFolder(dir);
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, LOCK);
    const start = Date.now();
    let delay = 1;
    const me = JSON.stringify({ pid: process.pid, host: node_os__WEBPACK_IMPORTED_MODULE_1__.hostname(), at: new Date().toISOString() });
    for (;;) {
        try {
            // synchronous: a hundred bytes, and each await is a thread-pool round trip (a gate's whole
            // evidence write is a dozen of them); the evidence files themselves are written async
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'wx');
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, me);
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
            _files_js__WEBPACK_IMPORTED_MODULE_3__/* .inFlight */ .CC.add(file); // ours now: a cancellation removes it
            break;
        }
        catch (e) {
            if (e.code !== 'EEXIST') {
                // not EEXIST: whatever was created is ours (a lock half-written on a full disk)
                await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(file, { force: true }).catch(() => undefined);
                const { code, what } = describeWriteError(e);
                throw new EvidenceWriteError(file, code, what);
            }
        }
        const stale = await staleReason(file, staleMs);
        if (stale) {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(file, { force: true });
            continue;
        }
        if (Date.now() - start > timeoutMs)
            throw new Error(`${file}: another perf-gates writer has held this evidence folder's lock for over ${Math.round(timeoutMs / 1000)} s; if none is running, delete the lock file`);
        await sleep(delay + Math.random() * delay);
        delay = Math.min(delay * 2, 20);
    }
    try {
        return await fn();
    }
    finally {
        releaseLock(file);
        _files_js__WEBPACK_IMPORTED_MODULE_3__/* .inFlight */ .CC.delete(file);
    }
}
/** Remove the lock file (unlink, not rm: one call, rm stats first); already gone is fine. */
function releaseLock(file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(file);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
}
/** The protocol execution log (JSON lines, appended by every gate; checksummed in SHA256SUMS). */
const EXECUTION_LOG = 'protocol-execution-log.jsonl';
/** Parse `sha256sum` output: `<hex>  <name>` (or `<hex> *<name>`). */
function parseSums(text) {
    return parseSumsStrict(text).sums;
}
/** `sha256sum` output and every line that is not a checksum line (1-based line numbers). */
function parseSumsStrict(text) {
    const sums = new Map();
    const bad = [];
    text.split('\n').forEach((raw, i) => {
        const line = raw.replace(/\r$/, '');
        if (line.trim() === '')
            return;
        const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trimEnd());
        if (m)
            sums.set(m[2], m[1].toLowerCase());
        else
            bad.push({ line: i + 1, text: line.length > 80 ? `${line.slice(0, 79)}…` : line });
    });
    return { sums, bad };
}
/**
 * Why `name` (an entry of SHA256SUMS or the manifest) is not a file inside `dir`: absolute, `..`,
 * or a symbolic link (or a link on the way) that resolves outside the folder. Undefined when safe.
 */
function escapesFolder(dir, name) {
    if (node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(name) || /^[a-zA-Z]:[\\/]/.test(name) || name.startsWith('\\'))
        return 'an absolute path: entries must stay inside the evidence folder';
    if (name.split(/[\\/]/).includes('..'))
        return 'contains "..": entries must stay inside the evidence folder';
    const root = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(dir);
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(root, name);
    if (file !== root && !file.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_2__.sep))
        return 'leaves the evidence folder';
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file);
    }
    catch {
        return undefined; // missing: reported as missing, not as an escape
    }
    let real;
    let realRoot;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file);
        realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    }
    catch {
        return 'a symbolic link that resolves nowhere';
    }
    if (real !== realRoot && !real.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_2__.sep))
        return `a symbolic link pointing outside the evidence folder (to ${real})`;
    return undefined;
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
    // a synchronous read: a few kilobytes, and each await on the thread pool costs a round trip
    return parseSums((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
}
/**
 * The evidence could not be written: a fault of the machine (disk full, read-only folder, a file
 * where the folder should be), not of the inputs. The computed verdict stands; nothing of this
 * write is left behind.
 */
class EvidenceWriteError extends Error {
    path;
    code;
    constructor(path, code, what) {
        super(`evidence could not be written: ${path}: ${what}${code ? ` (${code})` : ''}`);
        this.path = path;
        this.code = code;
        this.name = 'EvidenceWriteError';
    }
}
function describeWriteError(e) {
    const err = e;
    const code = typeof err?.code === 'string' ? err.code : undefined;
    const what = code === 'ENOSPC'
        ? 'no space left on the device'
        : code === 'EDQUOT'
            ? 'disk quota exceeded'
            : code === 'EROFS'
                ? 'the file system is read-only'
                : code === 'EACCES' || code === 'EPERM'
                    ? 'permission denied (the folder is read-only for this user)'
                    : code === 'EEXIST' || code === 'ENOTDIR'
                        ? 'a file is in the way where the artifacts folder (or one of its parents) should be'
                        : (err?.message ?? String(e));
    return { code, what };
}
/** The artifacts folder exists as a folder (created when missing), or an EvidenceWriteError. */
function ensureFolder(dir) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    }
    catch (e) {
        const { code, what } = describeWriteError(e);
        throw new EvidenceWriteError(dir, code, what);
    }
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir);
    if (!st.isDirectory())
        throw new EvidenceWriteError(dir, 'ENOTDIR', 'a file is in the way where the artifacts folder should be');
}
/**
 * Write artifacts and fold their checksums into SHA256SUMS, all or nothing: every file (and the
 * new SHA256SUMS) is first written under a temporary name, and only when all of them are on disk
 * are they renamed into place. A failure (ENOSPC...) removes every temporary file and is an
 * EvidenceWriteError naming the path and the errno; the folder is as it was. The folder's lock is
 * held throughout, so concurrent writers lose no SHA256SUMS entry.
 */
async function writeEvidence(dir, files, lock = {}) {
    return withEvidenceLock(dir, () => writeEvidenceLocked(dir, files), lock);
}
let stampCounter = 0;
/** Each file's name, sha256 and size in bytes, as writeEvidence records them (UTF-8). */
function fileDigests(files, bufs = files.map((f) => Buffer.from(f.content, 'utf8'))) {
    return files.map((f, i) => ({ name: f.name, sha256: (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)(bufs[i]), bytes: bufs[i].length }));
}
/** writeEvidence for a caller that already holds the folder's lock (withEvidenceLock). */
async function writeEvidenceLocked(dir, files) {
    for (const f of files) {
        if (f.name.includes('/') || f.name.includes('\\') || f.name.startsWith('.')) {
            throw new Error(`refusing to write artifact with an unsafe name: ${f.name}`);
        }
    }
    // (the folder's lock is held: withEvidenceLock made sure the folder is there)
    const written = [];
    const sums = (await readSums(dir)) ?? new Map();
    const staged = [];
    const stamp = `${process.pid}.${Date.now()}.${stampCounter++}`;
    const stage = async (name, buf) => {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name);
        const tmp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `.${name}.${stamp}.tmp`);
        staged.push({ tmp, file });
        _files_js__WEBPACK_IMPORTED_MODULE_3__/* .inFlight */ .CC.add(tmp);
        try {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(tmp, buf);
        }
        catch (e) {
            const { code, what } = describeWriteError(e);
            throw new EvidenceWriteError(file, code, what);
        }
    };
    const renamed = [];
    try {
        const bufs = files.map((f) => Buffer.from(f.content, 'utf8'));
        written.push(...fileDigests(files, bufs));
        for (const w of written)
            sums.set(w.name, w.sha256);
        // every temporary file written at once (the thread pool writes them side by side; one after
        // the other, each costs its own open, write and close round trips); all settled before a
        // failure is handled, so that the clean-up below removes every one of them
        const staging = await Promise.allSettled([
            ...files.map((f, i) => stage(f.name, bufs[i])),
            stage(SUMS, Buffer.from(formatSums(sums), 'utf8')),
        ]);
        for (const r of staging)
            if (r.status === 'rejected')
                throw r.reason;
        // SHA256SUMS last: until it is in place the folder's listing is the old one. The files before
        // it are renamed together (one thread-pool round trip, not one each).
        const rename = async ({ tmp, file }) => {
            const existed = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file);
            // until SHA256SUMS is renamed, a new file is unlisted: a cancellation removes it
            if (!existed)
                _files_js__WEBPACK_IMPORTED_MODULE_3__/* .inFlight */ .CC.add(file);
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(tmp, file);
            _files_js__WEBPACK_IMPORTED_MODULE_3__/* .inFlight */ .CC.delete(tmp);
            if (!existed)
                renamed.push(file);
        };
        // (all settled before a failure is handled: the clean-up below must see every rename done)
        const results = await Promise.allSettled(staged.slice(0, -1).map(rename));
        for (const r of results)
            if (r.status === 'rejected')
                throw r.reason;
        await rename(staged[staged.length - 1]);
    }
    catch (e) {
        await Promise.all(staged.map(({ tmp }) => node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(tmp, { force: true })));
        // a rename that failed half-way: the new files this write added are unlisted, remove them
        await Promise.all(renamed.map((f) => node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(f, { force: true })));
        if (e instanceof EvidenceWriteError)
            throw e;
        const { code, what } = describeWriteError(e);
        throw new EvidenceWriteError(dir, code, what);
    }
    finally {
        for (const { tmp, file } of staged) {
            _files_js__WEBPACK_IMPORTED_MODULE_3__/* .inFlight */ .CC.delete(tmp);
            _files_js__WEBPACK_IMPORTED_MODULE_3__/* .inFlight */ .CC.delete(file);
        }
    }
    return written;
}
/**
 * Check every file SHA256SUMS lists (and that the listed files exist). `problems` says why the
 * SHA256SUMS itself proves nothing: empty, or lines that are not checksums (by line number).
 * Entries that leave the folder (absolute, `..`, symlinks pointing out) are never read: they fail.
 */
async function checkEvidence(dir) {
    const file0 = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, SUMS);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file0))
        return undefined;
    const { sums, bad } = parseSumsStrict(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file0, 'utf8'));
    const problems = [];
    if (sums.size === 0)
        problems.push(`${SUMS} lists no files${bad.length ? '' : ' (empty)'}: it proves nothing`);
    for (const b of bad)
        problems.push(`${SUMS} line ${b.line} is not "<sha256>  <file>": ${JSON.stringify(b.text)}`);
    const checks = [];
    for (const [name, expected] of sums) {
        const escape = escapesFolder(dir, name);
        if (escape) {
            checks.push({ name, present: true, expected, ok: false, reason: `refused ${name}: ${escape}` });
            continue;
        }
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
    return { checks, unlisted, problems };
}
/** The manifest body: every file SHA256SUMS lists, with size, checksum, timestamp and verified_by. */
async function manifestEntries(dir, fallback, pending = []) {
    const sums = (await readSums(dir)) ?? new Map();
    // files about to be written with the manifest count as written (their bytes, not the disk's)
    const next = new Map(pending.map((f) => [f.name, Buffer.from(f.content, 'utf8')]));
    for (const [name, buf] of next)
        sums.set(name, (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)(buf));
    const out = [];
    for (const [name, hex] of [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
        // the manifest is not in itself; the execution log is listed as it is now (it is append-only:
        // `verify` checks the manifest's bytes and checksum against the log's first `bytes` bytes)
        if (name === MANIFEST)
            continue;
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name);
        let buf = next.get(name);
        if (buf === undefined) {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
                continue;
            buf = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
        }
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

/***/ 26214:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyFolder: () => (/* binding */ verifyFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89030);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22316);
// `perf-gates verify <dir>`: every checksum in SHA256SUMS, every manifest entry, and every file
// SHA256SUMS lists logged in protocol-execution-log.jsonl with its current checksum. Intact means
// something was proven: an empty or unparsable SHA256SUMS is not intact, an entry that leaves the
// folder (absolute, `..`, a symbolic link pointing out) is refused and never read, and a file that
// is gone is reported once even when both SHA256SUMS and the manifest list it.




async function verifyFolder(dir) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
        return { code: 2, text: `${dir}: not a folder` };
    const found = await (0,_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .checkEvidence */ .K7)(dir);
    if (!found)
        return { code: 2, text: `${dir}: not an evidence folder (no SHA256SUMS)` };
    const lines = [];
    const bad = [];
    const flag = (name) => {
        if (!bad.includes(name))
            bad.push(name);
    };
    for (const p of found.problems) {
        lines.push(`INVALID  ${p}`);
        flag(_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMS */ .vf);
    }
    for (const c of found.checks) {
        if (c.ok)
            lines.push(`OK       ${c.name}`);
        else if (c.reason?.startsWith('refused ')) {
            lines.push(`REFUSED  ${c.reason.slice('refused '.length)}`);
            flag(c.name);
        }
        else {
            lines.push(`${c.present ? 'ALTERED' : 'MISSING'}  ${c.name}${c.reason ? ` (${c.reason})` : ''}`);
            flag(c.name);
        }
    }
    const manifestFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, _evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST */ .e0);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifestFile)) {
        try {
            const m = JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(manifestFile, 'utf8'));
            for (const e of m.artifacts ?? []) {
                if (typeof e?.path !== 'string') {
                    lines.push(`INVALID  ${_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST */ .e0}: an entry without a path`);
                    flag(_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST */ .e0);
                    continue;
                }
                const escape = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .escapesFolder */ .dv)(dir, e.path);
                if (escape) {
                    if (!bad.includes(e.path))
                        lines.push(`REFUSED  ${e.path}: ${escape} (listed in the manifest)`);
                    flag(e.path);
                    continue;
                }
                const f = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, e.path);
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f)) {
                    // already reported from SHA256SUMS: once is enough
                    if (!bad.includes(e.path))
                        lines.push(`MISSING  ${e.path} (listed in the manifest)`);
                    flag(e.path);
                    continue;
                }
                const whole = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(f);
                // the execution log only grows after the manifest: its first `bytes` bytes are what was listed
                const appendOnly = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(e.path) === _evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .EXECUTION_LOG */ .eC && whole.length >= e.bytes;
                const buf = appendOnly ? whole.subarray(0, e.bytes) : whole;
                if ((0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)(buf) !== e.sha256 || buf.length !== e.bytes) {
                    if (!bad.includes(e.path))
                        lines.push(`ALTERED  ${e.path} (differs from the manifest)`);
                    flag(e.path);
                }
            }
        }
        catch (e) {
            lines.push(`ALTERED  ${_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST */ .e0} (not valid JSON: ${e.message})`);
            flag(_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST */ .e0);
        }
    }
    // The execution log: every file SHA256SUMS lists is in it, written with its current checksum.
    const logFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, _evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .EXECUTION_LOG */ .eC);
    const sums = (await (0,_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .readSums */ .Px)(dir)) ?? new Map();
    // a gate's evidence folder (it holds a gate result) must hold the log; another checksummed
    // folder is verified by its checksums alone
    const gateFolder = [...sums.keys()].some((n) => /^gate-\d+-[a-z]+\.json$/.test(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(n)));
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(logFile)) {
        if (gateFolder) {
            lines.push(`MISSING  ${_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .EXECUTION_LOG */ .eC} (the protocol execution log: every artifact a gate writes is logged there)`);
            flag(_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .EXECUTION_LOG */ .eC);
        }
    }
    else {
        const logged = new Map();
        const text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(logFile, 'utf8');
        let lineNo = 0;
        for (const l of text.split('\n')) {
            lineNo++;
            if (!l.trim())
                continue;
            try {
                const ev = JSON.parse(l);
                if (ev.event === 'artifact-written' && typeof ev.path === 'string' && typeof ev.sha256 === 'string')
                    logged.set(ev.path, ev.sha256);
            }
            catch {
                lines.push(`ALTERED  ${_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .EXECUTION_LOG */ .eC}:${lineNo} (not a JSON line)`);
                flag(_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .EXECUTION_LOG */ .eC);
            }
        }
        for (const [name, hex] of sums) {
            if (name === _evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .EXECUTION_LOG */ .eC)
                continue;
            const got = logged.get(name);
            if (got === undefined) {
                lines.push(`UNLOGGED ${name} (not in ${_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .EXECUTION_LOG */ .eC})`);
                flag(name);
            }
            else if (got !== hex) {
                lines.push(`UNLOGGED ${name} (${_evidence_js__WEBPACK_IMPORTED_MODULE_2__/* .EXECUTION_LOG */ .eC} records another checksum: ${got.slice(0, 12)}…)`);
                flag(name);
            }
        }
    }
    for (const u of found.unlisted)
        lines.push(`UNLISTED ${u} (not in SHA256SUMS)`);
    const verified = found.checks.filter((c) => c.ok).length;
    lines.push(bad.length
        ? `not intact: ${bad.length} problem(s): ${bad.join(', ')}`
        : `intact: ${verified} files verified`);
    return { code: bad.length ? 1 : 0, text: lines.join('\n') };
}


/***/ })

};
