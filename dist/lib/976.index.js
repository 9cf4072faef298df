export const id = 976;
export const ids = [976];
export const modules = {

/***/ 99856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ rollUp),
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   RZ: () => (/* binding */ rayError),
/* harmony export */   S5: () => (/* binding */ GATE_NUMBER),
/* harmony export */   Sc: () => (/* binding */ fmt),
/* harmony export */   U2: () => (/* binding */ makeResult),
/* harmony export */   Wc: () => (/* binding */ GATE_TITLES),
/* harmony export */   cY: () => (/* binding */ actionFor),
/* harmony export */   j_: () => (/* binding */ PHASE_START),
/* harmony export */   kY: () => (/* binding */ failureText),
/* harmony export */   lg: () => (/* binding */ gateResultFile),
/* harmony export */   ny: () => (/* binding */ phaseComplete),
/* harmony export */   pm: () => (/* binding */ jsonArtifact),
/* harmony export */   u6: () => (/* binding */ criterion)
/* harmony export */ });
/* unused harmony exports PHASE_EVIDENCE, REQUIRED_ACTION, FAILURE_OPTIONS, requiredAction */
const GATE_NUMBER = {
    baseline: 1,
    diagnostics: 2,
    optimization: 3,
    governance: 4,
    // not a protocol phase: 0 in file names (gate-0-compare.json) and the execution log
    compare: 0,
};
const GATE_TITLES = {
    baseline: 'Gate 1: Baseline Validation',
    diagnostics: 'Gate 2: Diagnostic Coverage',
    optimization: 'Gate 3: Optimization Validation',
    governance: 'Gate 4: Governance & Communication',
    compare: 'Compare: No Regressions',
};
/** The protocol's status announcements (protocol-18, "Communication Protocols"). */
const PHASE_START = {
    baseline: '[PHASE 1 START] - Consolidating telemetry and incident evidence for performance triage...',
    diagnostics: '[PHASE 2 START] - Profiling critical transactions across services...',
    optimization: '[PHASE 3 START] - Publishing optimization backlog with ownership and risk notes...',
    governance: '[PHASE 4 START] - Documenting SLO updates and communicating performance improvements...',
    compare: '[COMPARE START] - Comparing this change with the baseline for regressions...',
};
/** The main evidence of each phase, named in its completion announcement. */
const PHASE_EVIDENCE = {
    baseline: 'performance-intake-report.json',
    diagnostics: 'load-test-results.json',
    optimization: 'optimization-validation-report.json',
    governance: 'PERFORMANCE-REPORT.md',
    compare: 'compare-report.json',
};
/**
 * `[PHASE N COMPLETE] - ...` after each gate, in the form of the protocol's one completion
 * announcement (`[PHASE 4 COMPLETE] - Performance report published. Evidence: PERFORMANCE-REPORT.md.`).
 */
function phaseComplete(gate, verdict, evidenceWritten) {
    const n = GATE_NUMBER[gate];
    const what = gate === 'governance' && evidenceWritten
        ? 'Performance report published'
        : `${GATE_TITLES[gate]}: ${verdict}`;
    const head = gate === 'compare' ? '[COMPARE COMPLETE]' : `[PHASE ${n} COMPLETE]`;
    return `${head} - ${what}.${evidenceWritten ? ` Evidence: ${PHASE_EVIDENCE[gate]}.` : ' No evidence written.'}`;
}
/** The protocol's error announcement: `[RAY ERROR] - Failed at {step}. Reason: {explanation}.` */
function rayError(step, explanation) {
    const reason = explanation.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
    return `[RAY ERROR] - Failed at ${step}. Reason: ${reason}.`;
}
/**
 * What the protocol says to do when a gate fails ("Gate Failure Handling"): the fallback for a
 * criterion no rule below knows; the required action is derived from the criteria that failed.
 */
const REQUIRED_ACTION = {
    baseline: 'Fill telemetry gaps; rerun baseline capture before proceeding.',
    diagnostics: 'Extend diagnostics or add scenarios; rerun validation.',
    optimization: 'Rework optimizations; rollback changes; rerun validation tests.',
    governance: 'Obtain missing approvals; finalize report; redistribute communications.',
    compare: 'Fix the regressions (or the failing performance tests); rerun the comparison.',
};
const FAILURE_OPTIONS = [
    'Refine and retry (fix the evidence or the change, then rerun the gate)',
    'Request a gate waiver with a documented justification',
    'Halt protocol execution',
];
/** The file name of a gate's own result artifact: gate-1-baseline.json ... */
function gateResultFile(gate) {
    return `gate-${GATE_NUMBER[gate]}-${gate}.json`;
}
const SEVERITY = { pass: 0, waived: 1, 'insufficient-data': 2, fail: 3, error: 4 };
/** The overall verdict: the worst criterion wins (error > fail > insufficient-data > waived > pass). */
function rollUp(criteria) {
    if (criteria.length === 0)
        return 'insufficient-data';
    let worst = 'pass';
    for (const c of criteria)
        if (SEVERITY[c.verdict] > SEVERITY[worst])
            worst = c.verdict;
    return worst;
}
function fmt(v, unit) {
    if (v === null || v === undefined)
        return 'n/a';
    if (typeof v === 'number') {
        const s = Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
        return unit ? `${s}${unit === '%' ? '%' : ` ${unit}`}` : s;
    }
    return String(v);
}
/** Build a GateResult with the roll-up verdict and, when not a pass, the protocol's failure form. */
function makeResult(gate, criteria, ctx, extra = {}) {
    const notes = extra.notes ?? [];
    if (ctx.waive) {
        const w = ctx.waive(gate, criteria, ctx.now);
        criteria = w.criteria;
        // the gates keep pushing to the notes array they passed: add to it, do not replace it
        notes.push(...w.notes);
    }
    const verdict = rollUp(criteria);
    const result = {
        gate,
        title: GATE_TITLES[gate],
        verdict,
        score: extra.score ?? null,
        criteria,
        notes,
        generated_at: ctx.now,
    };
    if (extra.improvementPct !== undefined)
        result.improvementPct = extra.improvementPct;
    if (extra.regressionCount !== undefined)
        result.regressionCount = extra.regressionCount;
    if (extra.comparisons !== undefined)
        result.comparisons = extra.comparisons;
    if (verdict !== 'pass') {
        const missed = criteria.filter((c) => c.verdict !== 'pass');
        result.failure = {
            criteria: criteria.map((c) => `${c.name} ${thresholdText(c)}`).join('; '),
            actual: missed.map((c) => `${c.name}: ${fmt(c.actual, c.unit)} (${c.reason})`).join('; '),
            ...requiredAction(gate, missed),
        };
    }
    return result;
}
const short = (s, max = 80) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);
/** What to do about one criterion that was not met: derived from what it measures and why it failed. */
function actionFor(gate, c) {
    const blocked = /^gate (\d) /.exec(c.name);
    if (gate === 'governance' && blocked) {
        return c.verdict === 'insufficient-data'
            ? `Run gate ${blocked[1]} in this workflow (its result was not found)`
            : `Fix gate ${blocked[1]} first (gate 4 is blocked by it)`;
    }
    if (c.verdict === 'error')
        return `Fix the input or configuration behind "${short(c.name)}": ${short(c.reason, 120)}`;
    if (c.name.startsWith('regression') ||
        (c.protocolReason === 'RegressionDetected' && !c.name.startsWith('improvement on ')))
        return 'Fix or roll back the change behind the regressions';
    if (c.name.startsWith('improvement on ')) {
        const key = c.name.slice('improvement on '.length);
        if (c.protocolReason === 'RegressionDetected')
            return `Fix or roll back the change behind the regressions (the target ${key} got worse)`;
        if (c.verdict === 'insufficient-data')
            return `Provide runs that measure the target ${key} on both sides`;
        return `Rework the optimization: the target ${key} did not improve by the planned threshold`;
    }
    if (/approv/i.test(c.name))
        return `Obtain the missing approvals (${short(c.name)})`;
    if (c.name === 'documentation completeness')
        return 'Provide the missing protocol artifacts listed in the report';
    if (c.name === 'artifact checksums')
        return c.verdict === 'insufficient-data'
            ? "Upload the earlier gates' artifacts in this workflow run"
            : 'Find out why earlier artifacts changed after they were written, then rerun the gates';
    if (c.protocolReason === 'LoadTestFailure')
        return 'Fix what failed the load test (breached thresholds, an abort or unreached load) and rerun it';
    if (c.protocolReason === 'TelemetryGap' && gate !== 'baseline')
        return `Provide the missing data for "${short(c.name)}"`;
    return REQUIRED_ACTION[gate].replace(/\.$/, '');
}
/**
 * The failure form's required action and options, from the criteria that were not met (and which
 * gate blocked which), not fixed per gate: blocking gates first, then input errors, then the rest.
 */
function requiredAction(gate, missed) {
    // gates that failed before gates not found, then input errors, then the rest
    const rank = (c) => /^gate \d /.test(c.name) ? (c.verdict === 'fail' ? 0 : 1) : c.verdict === 'error' ? 2 : 3;
    const actions = [];
    for (const c of [...missed].sort((a, b) => rank(a) - rank(b))) {
        const a = actionFor(gate, c);
        // "X (detail)" and "X" are one action: keep the more specific
        const same = actions.findIndex((x) => x.startsWith(a) || a.startsWith(x));
        if (same === -1)
            actions.push(a);
        else if (a.length > actions[same].length)
            actions[same] = a;
    }
    const shown = actions.slice(0, 3);
    if (actions.length > shown.length)
        shown.push(`${actions.length - shown.length} more in the criteria`);
    let text = shown.map((a, i) => (i === 0 ? a : a.charAt(0).toLowerCase() + a.slice(1))).join('; ') ||
        REQUIRED_ACTION[gate].replace(/\.$/, '');
    if (!/rerun/i.test(text))
        text += gate === 'compare' ? '; then rerun the comparison' : `; then rerun gate ${GATE_NUMBER[gate]}`;
    const options = [FAILURE_OPTIONS[0]];
    const waivable = missed.some((c) => c.verdict !== 'error' && !/^gate \d /.test(c.name));
    if (waivable)
        options.push(FAILURE_OPTIONS[1]);
    const blockers = [...new Set(missed.map((c) => /^gate (\d) /.exec(c.name)?.[1]).filter(Boolean))];
    if (blockers.length) {
        const list = blockers.length === 1
            ? `gate ${blockers[0]}`
            : `gates ${blockers.slice(0, -1).join(', ')} and ${blockers[blockers.length - 1]}`;
        options.push(`Get ${list} passed or waived, then rerun gate 4`);
    }
    options.push(FAILURE_OPTIONS[2]);
    return { requiredAction: `${text}.`, options };
}
function thresholdText(c) {
    if (c.threshold === null || c.threshold === undefined)
        return '';
    if (typeof c.threshold === 'number')
        return `${c.operator ?? '>='} ${fmt(c.threshold, c.unit)}`;
    return String(c.threshold);
}
/** The protocol's gate-failure text block. */
function failureText(result) {
    if (!result.failure)
        return '';
    const f = result.failure;
    return [
        `[RAY GATE FAILED: ${result.title}]`,
        `Quality gate '${result.title}' ${result.verdict === 'waived' ? 'was waived' : `failed (${result.verdict})`}.`,
        `Criteria: ${f.criteria}`,
        `Actual: ${f.actual}`,
        `Required action: ${f.requiredAction}`,
        'Options:',
        ...f.options.map((o, i) => `${i + 1}. ${o}`),
    ].join('\n');
}
/** A JSON artifact with the provenance every JSON artifact carries (DESIGN section 3). */
function jsonArtifact(name, body, ctx) {
    const doc = { ...body, generated_at: ctx.now, verified_by: ctx.verifiedBy, inputs: ctx.inputs };
    return { name, content: JSON.stringify(doc, null, 2) + '\n' };
}
function criterion(name, actual, threshold, verdict, reason, unit, protocolReason) {
    const c = { name, actual, threshold, verdict, reason };
    if (unit)
        c.unit = unit;
    if (protocolReason)
        c.protocolReason = protocolReason;
    return c;
}
/** Percent with two decimals, never NaN. */
function pct(num, den) {
    return den === 0 ? 0 : Math.round((num / den) * 10000) / 100;
}


/***/ }),

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

/***/ 10340:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   Rm: () => (/* binding */ renderChartsMarkdown),
/* harmony export */   _n: () => (/* binding */ xml),
/* harmony export */   chartArtifacts: () => (/* binding */ chartArtifacts),
/* harmony export */   hs: () => (/* binding */ mermaidNumber),
/* harmony export */   tl: () => (/* binding */ axisTop),
/* harmony export */   tp: () => (/* binding */ MAX_CHARTS)
/* harmony export */ });
/* unused harmony exports chartSpecs, mermaidChart, svgChart, svgFileName */
/* harmony import */ var _stats_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7383);

const MAX_CHARTS = 6;
const PERCENTILES = ['p50', 'p90', 'p95', 'p99'];
const CHANGED = new Set(['regression', 'improvement', 'improvement-confirmed']);
function splitKey(key) {
    const i = key.lastIndexOf(':');
    return i <= 0 ? { base: key, stat: '' } : { base: key.slice(0, i), stat: key.slice(i + 1) };
}
function finite(v) {
    return typeof v === 'number' && Number.isFinite(v);
}
/** A latency key: a k6 time trend (unit ms) at a percentile. Benchmarks (unit s) are single values. */
function isLatency(c) {
    const { stat } = splitKey(c.key);
    return c.unit === 'ms' && (/^p\d+(\.\d+)?$/.test(stat) || stat === 'med');
}
/**
 * The charts of a result's changed keys (regression or improvement), worst first: a latency key
 * gets baseline vs candidate at p50/p90/p95/p99 (those the comparison has), any other key its two
 * values with the candidate's range. At most `max`; the keys not charted are returned by name.
 */
function chartSpecs(result, max = MAX_CHARTS) {
    const all = Array.isArray(result.comparisons) ? result.comparisons : [];
    const changed = all
        .filter((c) => CHANGED.has(c.verdict) && finite(c.baseline) && finite(c.candidate) && finite(c.ratio))
        .sort((a, b) => Number(b.verdict === 'regression') - Number(a.verdict === 'regression') ||
        Math.abs(Math.log(b.ratio)) - Math.abs(Math.log(a.ratio)));
    const charts = [];
    const notCharted = [];
    const seen = new Set();
    for (const c of changed) {
        const latency = isLatency(c);
        const id = latency ? splitKey(c.key).base : c.key;
        if (seen.has(id))
            continue;
        seen.add(id);
        if (charts.length >= max) {
            notCharted.push(c.key);
            continue;
        }
        if (latency) {
            const base = splitKey(c.key).base;
            const at = (p) => all.find((x) => {
                const k = splitKey(x.key);
                return k.base === base && (k.stat === p || (p === 'p50' && k.stat === 'med'));
            });
            const cats = [];
            const b = [];
            const o = [];
            for (const p of PERCENTILES) {
                const x = at(p);
                if (x && finite(x.baseline) && finite(x.candidate)) {
                    cats.push(p);
                    b.push(x.baseline);
                    o.push(x.candidate);
                }
            }
            const scale = (0,_stats_format_js__WEBPACK_IMPORTED_MODULE_0__/* .scaleFor */ .E1)([...b, ...o], c.unit);
            charts.push({
                key: base,
                title: `${base}: baseline (bars) vs candidate (line)`,
                unit: scale.unit,
                categories: cats,
                baseline: b.map((v) => v * scale.factor),
                candidate: o.map((v) => v * scale.factor),
                kind: 'latency',
                caption: `${c.key}: ${(0,_stats_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChange */ .eD)(c.ratio, c.lower, c.upper)} (${c.verdict})`,
            });
        }
        else {
            const lo = finite(c.lower) ? c.baseline * c.lower : null;
            const hi = finite(c.upper) ? c.baseline * c.upper : null;
            const values = [c.baseline, c.candidate];
            const cats = ['baseline', 'candidate'];
            if (lo !== null && hi !== null) {
                cats.push('range low', 'range high');
                values.push(lo, hi);
            }
            const scale = (0,_stats_format_js__WEBPACK_IMPORTED_MODULE_0__/* .scaleFor */ .E1)(values, c.unit);
            const scaled = values.map((v) => v * scale.factor);
            charts.push({
                key: c.key,
                title: `${c.key}: baseline vs candidate`,
                unit: scale.unit,
                categories: cats,
                baseline: scaled,
                candidate: [],
                kind: 'value',
                caption: `${c.key}: ${(0,_stats_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChange */ .eD)(c.ratio, c.lower, c.upper)} (${c.verdict}); the range is the candidate's 95% interval`,
            });
        }
    }
    return { charts, notCharted };
}
/** Mermaid text: only characters xychart-beta's lexer takes inside a quoted string. */
function mermaidText(s, max = 90) {
    return (s
        .replace(/[^A-Za-z0-9 _:{}=,./()[\]-]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, max) || 'key');
}
/** A number in xychart-beta's grammar: plain digits, never an exponent. */
function mermaidNumber(v) {
    const s = (0,_stats_format_js__WEBPACK_IMPORTED_MODULE_0__/* .sig3 */ .tH)(v);
    return /e/i.test(s) || !Number.isFinite(v) ? '0' : s;
}
function axisTop(values) {
    const max = Math.max(0, ...values.filter(Number.isFinite)) * 1.1;
    if (max <= 0)
        return 1;
    const step = Math.pow(10, Math.floor(Math.log10(max)) - 1);
    return Math.ceil(max / step) * step;
}
function mermaidChart(c) {
    const top = axisTop([...c.baseline, ...c.candidate]);
    const lines = [
        '```mermaid',
        'xychart-beta',
        `    title "${mermaidText(c.title)}"`,
        `    x-axis [${c.categories.map((x) => `"${mermaidText(x, 20)}"`).join(', ')}]`,
        `    y-axis "${mermaidText(c.unit || 'value', 20)}" 0 --> ${mermaidNumber(top)}`,
        `    bar [${c.baseline.map(mermaidNumber).join(', ')}]`,
    ];
    if (c.candidate.length)
        lines.push(`    line [${c.candidate.map(mermaidNumber).join(', ')}]`);
    lines.push('```');
    return lines.join('\n');
}
// ---------------------------------------------------------------------------------------------
// SVG (the report artifact): grouped bars, drawn without a browser.
function xml(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}
const BASE_COLOR = '#8c959f';
const CAND_COLOR = '#0969da';
function svgChart(c) {
    const W = 640;
    const H = 360;
    const left = 70;
    const right = 20;
    const top = 50;
    const bottom = 60;
    const plotW = W - left - right;
    const plotH = H - top - bottom;
    const maxV = axisTop([...c.baseline, ...c.candidate]);
    const y = (v) => top + plotH - (Math.max(0, v) / maxV) * plotH;
    const n = c.categories.length || 1;
    const slot = plotW / n;
    const out = [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
        `<title>${xml(c.title)}</title>`,
        `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
        `<text x="${W / 2}" y="24" text-anchor="middle" font-size="14" font-weight="bold">${xml(c.title.slice(0, 90))}</text>`,
    ];
    for (let i = 0; i <= 4; i++) {
        const v = (maxV * i) / 4;
        const yy = y(v);
        out.push(`<line x1="${left}" y1="${yy.toFixed(1)}" x2="${W - right}" y2="${yy.toFixed(1)}" stroke="#d0d7de"/>`, `<text x="${left - 6}" y="${(yy + 4).toFixed(1)}" text-anchor="end">${xml((0,_stats_format_js__WEBPACK_IMPORTED_MODULE_0__/* .sig3 */ .tH)(v))}</text>`);
    }
    out.push(`<text x="16" y="${top + plotH / 2}" transform="rotate(-90 16 ${top + plotH / 2})" text-anchor="middle">${xml(c.unit || 'value')}</text>`);
    const pairs = c.kind === 'latency';
    c.categories.forEach((cat, i) => {
        const x0 = left + i * slot;
        const barW = pairs ? slot * 0.35 : slot * 0.6;
        const bars = pairs
            ? [
                [c.baseline[i], BASE_COLOR],
                [c.candidate[i], CAND_COLOR],
            ]
            : [[c.baseline[i], i === 0 ? BASE_COLOR : CAND_COLOR]];
        bars.forEach(([v, color], j) => {
            const x = pairs ? x0 + slot * 0.15 + j * barW : x0 + slot * 0.2;
            const yy = y(v);
            out.push(`<rect x="${x.toFixed(1)}" y="${yy.toFixed(1)}" width="${barW.toFixed(1)}" height="${(top + plotH - yy).toFixed(1)}" fill="${color}"/>`, `<text x="${(x + barW / 2).toFixed(1)}" y="${(yy - 4).toFixed(1)}" text-anchor="middle">${xml((0,_stats_format_js__WEBPACK_IMPORTED_MODULE_0__/* .sig3 */ .tH)(v))}</text>`);
        });
        out.push(`<text x="${(x0 + slot / 2).toFixed(1)}" y="${top + plotH + 18}" text-anchor="middle">${xml(cat)}</text>`);
    });
    const legendY = H - 18;
    out.push(`<rect x="${left}" y="${legendY - 10}" width="12" height="12" fill="${BASE_COLOR}"/>`, `<text x="${left + 18}" y="${legendY}">baseline</text>`, `<rect x="${left + 90}" y="${legendY - 10}" width="12" height="12" fill="${CAND_COLOR}"/>`, `<text x="${left + 108}" y="${legendY}">candidate</text>`, `<text x="${W - right}" y="${legendY}" text-anchor="end">${xml(c.caption.slice(0, 70))}</text>`, '</svg>');
    return out.join('\n') + '\n';
}
/** A file name for a chart: `chart-<n>-<key as [A-Za-z0-9._-]>.svg`, at most 100 characters. */
function svgFileName(index, c) {
    const slug = c.key
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 80);
    return `chart-${index + 1}-${slug || 'key'}.svg`;
}
/** The charts section in Markdown: the Mermaid blocks, each with its caption, and the rest listed. */
function renderChartsMarkdown(result, escape, max = MAX_CHARTS) {
    const { charts, notCharted } = chartSpecs(result, max);
    if (!charts.length)
        return { markdown: '', count: 0 };
    const parts = [];
    for (const c of charts)
        parts.push(mermaidChart(c), '', `<sub>${escape(c.caption)}</sub>`, '');
    if (notCharted.length)
        parts.push(`Also changed, not charted: ${notCharted
            .slice(0, 20)
            .map((k) => `<code>${escape(k)}</code>`)
            .join(', ')}${notCharted.length > 20 ? ` and ${notCharted.length - 20} more` : ''}.`);
    return { markdown: parts.join('\n').trim(), count: charts.length };
}
/**
 * The charts of a comparing gate as SVG files for its artifact (the same charts as the job
 * summary's Mermaid blocks, drawn here without a browser).
 */
function chartArtifacts(result, max = MAX_CHARTS) {
    return chartSpecs(result, max).charts.map((c, i) => ({ name: svgFileName(i, c), content: svgChart(c) }));
}


/***/ }),

/***/ 21871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ renderHistoryChartsMarkdown),
/* harmony export */   M5: () => (/* binding */ historyChartArtifacts)
/* harmony export */ });
/* unused harmony exports historyMermaid, historySvg */
/* harmony import */ var _stats_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7383);
/* harmony import */ var _charts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10340);


const HIST_COLOR = '#8c959f';
const CAND_COLOR = '#0969da';
function scaled(c) {
    const s = (0,_stats_format_js__WEBPACK_IMPORTED_MODULE_0__/* .scaleFor */ .E1)(c.values, c.unit);
    return { values: c.values.map((v) => v * s.factor), unit: s.unit };
}
function historyMermaid(c) {
    const { values, unit } = scaled(c);
    // the PR's point as a bar over the line, so the last point stands out
    const pr = values.map((v, i) => (i === values.length - 1 ? v : 0));
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${(0,_charts_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidText */ .Hg)(`${c.key}: main's last runs, this change last`)}"`,
        `    x-axis [${c.labels.map((x) => `"${(0,_charts_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidText */ .Hg)(x, 12)}"`).join(', ')}]`,
        `    y-axis "${(0,_charts_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidText */ .Hg)(unit || 'value', 20)}" 0 --> ${(0,_charts_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidNumber */ .hs)((0,_charts_js__WEBPACK_IMPORTED_MODULE_1__/* .axisTop */ .tl)(values))}`,
        `    bar [${pr.map(_charts_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidNumber */ .hs).join(', ')}]`,
        `    line [${values.map(_charts_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidNumber */ .hs).join(', ')}]`,
        '```',
    ].join('\n');
}
function historySvg(c) {
    const { values, unit } = scaled(c);
    const [W, H, left, right, top, bottom] = [640, 360, 70, 20, 50, 70];
    const plotW = W - left - right;
    const plotH = H - top - bottom;
    const maxV = (0,_charts_js__WEBPACK_IMPORTED_MODULE_1__/* .axisTop */ .tl)(values);
    const n = Math.max(1, values.length);
    const x = (i) => left + (plotW * (i + 0.5)) / n;
    const y = (v) => top + plotH - (Math.max(0, v) / maxV) * plotH;
    const title = `${c.key}: main's last runs, this change last`;
    const out = [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
        `<title>${(0,_charts_js__WEBPACK_IMPORTED_MODULE_1__/* .xml */ ._n)(title)}</title>`,
        `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
        `<text x="${W / 2}" y="24" text-anchor="middle" font-size="14" font-weight="bold">${(0,_charts_js__WEBPACK_IMPORTED_MODULE_1__/* .xml */ ._n)(title.slice(0, 90))}</text>`,
    ];
    for (let i = 0; i <= 4; i++) {
        const v = (maxV * i) / 4;
        out.push(`<line x1="${left}" y1="${y(v).toFixed(1)}" x2="${W - right}" y2="${y(v).toFixed(1)}" stroke="#d0d7de"/>`, `<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${(0,_charts_js__WEBPACK_IMPORTED_MODULE_1__/* .xml */ ._n)((0,_stats_format_js__WEBPACK_IMPORTED_MODULE_0__/* .sig3 */ .tH)(v))}</text>`);
    }
    out.push(`<text x="16" y="${top + plotH / 2}" transform="rotate(-90 16 ${top + plotH / 2})" text-anchor="middle">${(0,_charts_js__WEBPACK_IMPORTED_MODULE_1__/* .xml */ ._n)(unit || 'value')}</text>`, `<polyline fill="none" stroke="${HIST_COLOR}" stroke-width="2" points="${values
        .slice(0, -1)
        .map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`)
        .join(' ')}"/>`);
    values.forEach((v, i) => {
        const last = i === values.length - 1;
        out.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="${last ? 6 : 3}" fill="${last ? CAND_COLOR : HIST_COLOR}"/>`, `<text x="${x(i).toFixed(1)}" y="${top + plotH + 18}" text-anchor="middle" font-size="10">${(0,_charts_js__WEBPACK_IMPORTED_MODULE_1__/* .xml */ ._n)(c.labels[i] ?? '')}</text>`);
    });
    out.push(`<text x="${left}" y="${H - 18}">${(0,_charts_js__WEBPACK_IMPORTED_MODULE_1__/* .xml */ ._n)(c.caption.slice(0, 95))}</text>`, '</svg>');
    return out.join('\n') + '\n';
}
/** The Markdown of the history charts (the first `max`; the rest listed by key). */
function renderHistoryChartsMarkdown(series, escape, max = _charts_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_CHARTS */ .tp) {
    const shown = series.slice(0, max);
    if (!shown.length)
        return { markdown: '', count: 0 };
    const parts = [];
    for (const c of shown)
        parts.push(historyMermaid(c), '', `<sub>${escape(c.caption)}</sub>`, '');
    const rest = series.slice(max);
    if (rest.length)
        parts.push(`Also changed, not charted: ${rest.map((c) => `<code>${escape(c.key)}</code>`).join(', ')}.`);
    return { markdown: parts.join('\n').trim(), count: shown.length };
}
/** Every series as an SVG file for the report artifact: history-<n>-<key>.svg. */
function historyChartArtifacts(series) {
    return series.map((c, i) => {
        const slug = c.key
            .replace(/[^A-Za-z0-9._-]+/g, '-')
            .replace(/^-+|-+$/g, '')
            .slice(0, 80);
        return { name: `history-${i + 1}-${slug || 'key'}.svg`, content: historySvg(c) };
    });
}


/***/ }),

/***/ 54348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ renderGateSection),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   vK: () => (/* binding */ VERDICT_EMOJI),
/* harmony export */   vL: () => (/* binding */ safeVerdict)
/* harmony export */ });
/* unused harmony export escapeHtmlInline */
/* harmony import */ var _charts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10340);
/* harmony import */ var _history_charts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21871);
/* harmony import */ var _stats_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7383);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7064);




/** Control characters and bidi/zero-width overrides that can hide or reorder text. */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Markdown punctuation that is backslash-escaped (CommonMark: any ASCII punctuation may be). */
const MD_PUNCT = /[\\`*_{}[\]()#+\-.!|~=:$^]/g;
function truncate(s, max) {
    if (max <= 0 || s.length <= max)
        return s;
    // do not cut a surrogate pair in half
    let cut = max - 1;
    const code = s.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    return s.slice(0, cut) + '…';
}
function escapeCore(s) {
    return s
        .replace(HIDDEN, '')
        .replace(MD_PUNCT, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/@/g, '@&#8203;');
}
/**
 * One line of untrusted text for inline use (table cells, headings, list items): newlines become
 * spaces, Markdown and HTML are neutralised, `@` cannot mention, capped at `max` characters (before
 * escaping, so an entity is never cut).
 */
function escapeInline(value, max = 200) {
    const s = String(value ?? '')
        .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
        .trim();
    return escapeCore(truncate(s, max));
}
/**
 * One line of untrusted text for an HTML block (a `<summary>` line): GitHub does not process
 * Markdown escapes there, so only HTML is escaped (a backslash would show). The line cannot end
 * the block: newlines become spaces.
 */
function escapeHtmlInline(value, max = 200) {
    const s = String(value ?? '')
        .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
        .trim();
    return truncate(s, max)
        .replace(HIDDEN, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/@/g, '@&#8203;');
}
/**
 * Multi-line untrusted text: like escapeInline, but line breaks are kept as `<br>` so no line can
 * start a block (heading, list, quote, fence, HTML block) of its own.
 */
function escapeMarkdown(value, max = 2000) {
    const s = String(value ?? '')
        .replace(/\r\n?|\u2028|\u2029/g, '\n')
        .trim();
    return truncate(s, max)
        .split('\n')
        .map((line) => escapeCore(line))
        .join('<br>');
}
/** Untrusted text shown as code: `<code>` around the escaped text (entities still render there). */
function inlineCode(value, max = 120) {
    const s = escapeInline(value, max);
    return `<code>${s === '' ? '&nbsp;' : s}</code>`;
}
const VERDICT_EMOJI = {
    pass: '✅',
    waived: '⚠️',
    fail: '❌',
    'insufficient-data': '❔',
    error: '💥',
};
const VERDICTS = ['pass', 'waived', 'fail', 'insufficient-data', 'error'];
/** A verdict from untrusted data: anything unknown is shown as `error`. */
function safeVerdict(v) {
    return VERDICTS.includes(v) ? v : 'error';
}
/** Numbers the way a person reads them: up to 4 significant decimals, no exponent noise. */
function formatNumber(n) {
    if (!Number.isFinite(n))
        return String(n);
    if (Number.isInteger(n))
        return String(n);
    const abs = Math.abs(n);
    const digits = abs >= 100 ? 2 : abs >= 1 ? 3 : 4;
    return String(Number(n.toFixed(digits)));
}
function formatValue(v, unit, max = 80) {
    if (v === null || v === undefined)
        return 'n/a';
    if (typeof v === 'number') {
        const u = typeof unit === 'string' && unit !== '' ? unit : undefined;
        const s = (0,_stats_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatQuantity */ .VZ)(v, u);
        return u && !KNOWN_UNIT.test(u) ? escapeInline(s, max) : s;
    }
    if (typeof v === 'boolean')
        return v ? 'yes' : 'no';
    return escapeInline(v, max);
}
/** Units the formatter knows (its output needs no escaping). */
const KNOWN_UNIT = /^(ns|us|µs|μs|ms|s|B|kB|MB|GB|%|\/s|req\/s|rps)$/;
/** Cells of a Markdown table row (the cells are already escaped). */
function row(cells) {
    return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}
/** `<details>`: the summary is an HTML block line, so it takes HTML-escaped text only. */
function details(summaryHtml, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summaryHtml}</summary>\n\n${body}\n\n</details>`;
}
const MAX_TABLE_ROWS = 60;
const COLLAPSE_AFTER = 12;
function thresholdText(c) {
    if (c.threshold === null || c.threshold === undefined)
        return '';
    const t = formatValue(c.threshold, c.unit);
    return typeof c.threshold === 'number' ? `${c.operator ?? '>='} ${t}` : t;
}
function criteriaTable(criteria) {
    const lines = [
        row(['Criterion', 'Actual', 'Threshold', 'Verdict', 'Reason']),
        row(['---', '--:', '--:', '---', '---']),
    ];
    for (const c of criteria.slice(0, MAX_TABLE_ROWS)) {
        const v = safeVerdict(c.verdict);
        const reason = escapeInline(c.reason, 300) + (c.protocolReason ? ` (${escapeInline(c.protocolReason, 40)})` : '');
        lines.push(row([
            escapeInline(c.name, 120),
            formatValue(c.actual, c.unit),
            thresholdText(c),
            `${VERDICT_EMOJI[v]} ${v}`,
            reason,
        ]));
    }
    if (criteria.length > MAX_TABLE_ROWS) {
        lines.push(row([`… ${criteria.length - MAX_TABLE_ROWS} more in the job summary`, '', '', '', '']));
    }
    return lines.join('\n');
}
const KEY_VERDICT = {
    regression: '❌ regression',
    improvement: '✅ improvement',
    'improvement-confirmed': '✅ improvement (confirmed)',
    'no-change': 'no change',
    'insufficient-data': '❔ insufficient data',
};
function keyVerdict(c) {
    return KEY_VERDICT[c.verdict] ?? `💥 ${escapeInline(c.verdict, 30)}`;
}
/** The smallest change the comparison can see, "±12.3%", or "n/a" with no interval. */
function detectable(c) {
    const d = c.detectable_change;
    return d === null || d === undefined || !Number.isFinite(d)
        ? 'n/a'
        : `±${formatNumber(Math.round(d * 10) / 10)}%`;
}
function keyValue(v, unit) {
    return v === null || v === undefined ? 'n/a' : formatValue(v, unit);
}
/**
 * Key, baseline, candidate, change in % with its 95% range, the smallest change this comparison
 * can see, verdict; then the row's notes ("blind to regressions below 31%") and, for missing data,
 * why.
 */
function keysTable(rows, withReason) {
    const head = ['Key', 'Baseline', 'Candidate', 'Change (95% range)', 'Detectable', 'Verdict'];
    const lines = [
        row(withReason ? [...head, 'Notes'] : head),
        row(['---', '--:', '--:', '--:', '--:', '---', ...(withReason ? ['---'] : [])]),
    ];
    for (const c of rows.slice(0, MAX_TABLE_ROWS)) {
        const cells = [
            inlineCode(c.key, 160),
            keyValue(c.baseline, c.unit),
            keyValue(c.candidate, c.unit),
            (0,_stats_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatChange */ .eD)(c.ratio, c.lower, c.upper),
            detectable(c),
            keyVerdict(c),
        ];
        if (withReason)
            cells.push(escapeInline([
                ...(c.notes ?? []),
                ...(c.verdict === 'insufficient-data' || c.verdict === 'error' ? [c.reason] : []),
            ].join('; '), 240));
        lines.push(row(cells));
    }
    if (rows.length > MAX_TABLE_ROWS) {
        lines.push(row([
            `… ${rows.length - MAX_TABLE_ROWS} more in the artifacts`,
            '',
            '',
            '',
            '',
            '',
            ...(withReason ? [''] : []),
        ]));
    }
    return lines.join('\n');
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** The keys that need a look (regression, improvement, insufficient data, error), then the unchanged ones collapsed. */
function comparisonsBlock(result) {
    const comparisons = Array.isArray(result.comparisons) ? result.comparisons : [];
    if (!comparisons.length)
        return '';
    const rank = {
        regression: 0,
        'insufficient-data': 2,
        'improvement-confirmed': 3,
        improvement: 3,
    };
    const look = comparisons
        .filter((c) => c.verdict !== 'no-change')
        .sort((a, b) => (rank[a.verdict] ?? 1) - (rank[b.verdict] ?? 1));
    const same = comparisons.filter((c) => c.verdict === 'no-change');
    const count = (v) => comparisons.filter(v).length;
    const regress = count((c) => c.verdict === 'regression');
    const improved = count((c) => c.verdict === 'improvement' || c.verdict === 'improvement-confirmed');
    const missing = count((c) => c.verdict === 'insufficient-data');
    const counted = typeof result.regressionCount === 'number' ? result.regressionCount : regress;
    const tests = Math.max(0, counted - regress);
    const figures = [plural(regress, 'regression'), plural(improved, 'improvement')];
    if (missing)
        figures.push(`${missing} without enough data`);
    const label = `**${plural(comparisons.length, 'compared key')}:** ${figures.join(', ')}` +
        (tests ? `; ${plural(tests, 'failed performance test')} (in the criteria)` : '');
    const parts = [label];
    const noted = (rs) => rs.some((c) => c.verdict === 'insufficient-data' || c.verdict === 'error' || (c.notes ?? []).length > 0);
    if (look.length)
        parts.push('', keysTable(look, noted(look)));
    if (same.length)
        parts.push('', details(`${plural(same.length, 'key')} with no change`, keysTable(same, noted(same))));
    return parts.join('\n');
}
function failureForm(result) {
    const f = result.failure;
    if (!f)
        return '';
    const options = Array.isArray(f.options) ? f.options : [];
    const body = [
        `**Criteria:** ${escapeMarkdown(f.criteria, 1500)}`,
        '',
        `**Actual:** ${escapeMarkdown(f.actual, 1500)}`,
        '',
        `**Required action:** ${escapeMarkdown(f.requiredAction, 400)}`,
        '',
        '**Options:**',
        '',
        ...options.slice(0, 10).map((o, i) => `${i + 1}. ${escapeInline(o, 200)}`),
    ].join('\n');
    return details(`Gate failure form: ${escapeHtmlInline(result.title, 120)}`, body);
}
/** A run URL is only linked when it is a plain http(s) URL. */
function safeUrl(u) {
    if (!u)
        return undefined;
    try {
        const url = new URL(u);
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            return undefined;
        return url.toString().replace(/[()<>\s"]/g, (c) => encodeURIComponent(c));
    }
    catch {
        return undefined;
    }
}
/**
 * One gate's section: a hidden verdict marker (what the comment's overall line is recomputed
 * from), then the first paragraph (headline + meta line), kept when the comment has to be
 * shortened; everything after the first blank line is detail: the required action, the keys that
 * changed, the criteria, the failure form, charts and notes.
 */
function renderGateSection(result, opts) {
    const verdict = safeVerdict(result.verdict);
    const headline = `#### ${VERDICT_EMOJI[verdict]} ${escapeInline(result.title || result.gate, 120)}: **${verdict}**`;
    const meta = [`job ${inlineCode(opts.job, 80)}`];
    const run = safeUrl(opts.runUrl);
    if (run)
        meta.push(`[workflow run](${run})`);
    if (opts.artifactName)
        meta.push(`artifact ${inlineCode(opts.artifactName, 120)}`);
    const summary = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .sectionSummary */ .Yx)(result, opts);
    const parts = [(0,_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .verdictMarker */ .eG)(summary), headline, `<sub>${meta.join(' · ')}</sub>`, ''];
    if (opts.banner)
        parts.push(opts.banner, '');
    if (summary.figure)
        parts.push(`Deciding figure: ${escapeInline(summary.figure, 300)}`, '');
    if (result.failure && verdict !== 'pass') {
        parts.push(`**Required action:** ${escapeMarkdown(result.failure.requiredAction, 600)}`, '');
    }
    const comparisons = comparisonsBlock(result);
    if (comparisons)
        parts.push(comparisons, '');
    const criteria = Array.isArray(result.criteria) ? result.criteria : [];
    const all = `All ${criteria.length} ${criteria.length === 1 ? 'criterion' : 'criteria'}`;
    if (criteria.length === 0) {
        parts.push('_No criteria were evaluated._', '');
    }
    else {
        // a regression of a compared key is already a row of the keys table: not repeated here
        const keys = new Set((result.comparisons ?? []).map((c) => c.key));
        const missed = criteria.filter((c) => safeVerdict(c.verdict) !== 'pass');
        const shown = missed.filter((c) => !(c.name.startsWith('regression: ') && keys.has(c.name.slice(12))));
        const inKeys = missed.length - shown.length;
        if (missed.length === 0) {
            parts.push(criteria.length > COLLAPSE_AFTER ? details(all, criteriaTable(criteria)) : criteriaTable(criteria), '');
        }
        else {
            parts.push(`**Criteria not met** (${missed.length} of ${criteria.length}${inKeys ? `; ${plural(inKeys, 'regression')} of compared keys are in the table above` : ''})`, '');
            if (shown.length)
                parts.push(criteriaTable(shown.slice(0, COLLAPSE_AFTER)), '');
            if (missed.length < criteria.length || shown.length > COLLAPSE_AFTER)
                parts.push(details(all, criteriaTable(criteria)), '');
        }
    }
    const handoff = Array.isArray(result.handoff) ? result.handoff : [];
    if (handoff.length > 0) {
        const done = handoff.filter((h) => h.checked).length;
        parts.push(`**Protocol 22 handoff checklist** (${done}/${handoff.length})`, '', handoff
            .map((h) => `- [${h.checked ? 'x' : ' '}] ${escapeInline(h.item, 200)} — ${escapeInline(h.why, 600)}`)
            .join('\n'), '');
    }
    const failure = failureForm(result);
    if (failure)
        parts.push(failure, '');
    if ((opts.charts ?? 'collapsed') !== 'none') {
        const charts = result.series?.length
            ? (0,_history_charts_js__WEBPACK_IMPORTED_MODULE_1__/* .renderHistoryChartsMarkdown */ .FN)(result.series, (s) => escapeInline(s, 160))
            : (0,_charts_js__WEBPACK_IMPORTED_MODULE_0__/* .renderChartsMarkdown */ .Rm)(result, (s) => escapeInline(s, 160));
        if (charts.count) {
            const label = `Charts of the changed keys (${charts.count})`;
            parts.push(opts.charts === 'open' ? `**${label}**\n\n${charts.markdown}` : details(label, charts.markdown), '');
        }
    }
    const notes = Array.isArray(result.notes) ? result.notes : [];
    if (notes.length > 0) {
        const list = notes
            .slice(0, 50)
            .map((n) => `- ${escapeInline(n, 400)}`)
            .join('\n');
        const more = notes.length > 50 ? `\n- … ${notes.length - 50} more in the job summary` : '';
        parts.push(details(`Notes (${notes.length})`, list + more));
    }
    return parts.join('\n').trim();
}


/***/ }),

/***/ 3898:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mp: () => (/* binding */ renderOverview),
/* harmony export */   qE: () => (/* binding */ renderJobSummary)
/* harmony export */ });
/* unused harmony exports verdictLine, MAX_GATE_ROWS, gateTable */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54348);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7064);


const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const VERDICT_WORDS = {
    pass: 'passed',
    waived: 'waived',
    fail: 'failed',
    'insufficient-data': 'insufficient data',
    error: 'error',
};
function rankOf(s) {
    return (0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .gateNumber */ .dx)(s.gate) ?? 99;
}
/** "gate 3 failed, gate 4 blocked by it" for the gates that did not pass, in gate order. */
function gatesPhrase(summaries) {
    const byGate = new Map();
    for (const s of [...summaries].sort((a, b) => rankOf(a) - rankOf(b)))
        byGate.set(s.gate, [...(byGate.get(s.gate) ?? []), s]);
    const failing = [];
    const failedNumbers = [];
    for (const [gate, list] of byGate) {
        const worst = list.reduce((a, b) => (_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITY */ .C$[b.verdict] > _verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITY */ .C$[a.verdict] ? b : a));
        if (worst.verdict === 'pass')
            continue;
        const n = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .gateNumber */ .dx)(gate);
        const name = n ? `gate ${n}` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(gate, 40);
        const jobs = list.length > 1
            ? ` (${list.filter((s) => s.verdict === worst.verdict).length} of ${list.length} jobs)`
            : '';
        const blockers = (worst.blockedBy ?? []).filter((b) => b !== n);
        if (worst.verdict === 'fail' && blockers.length) {
            const by = blockers.length === 1 && failedNumbers.length === 1 && failedNumbers[0] === blockers[0]
                ? 'it'
                : blockers.map((b) => `gate ${b}`).join(' and ');
            failing.push(`${name} blocked by ${by}${jobs}`);
        }
        else
            failing.push(`${name} ${VERDICT_WORDS[worst.verdict]}${jobs}`);
        if (n)
            failedNumbers.push(n);
    }
    if (failing.length)
        return failing.join(', ');
    const n = byGate.size;
    return n === 1
        ? `${[...byGate.keys()].map((g) => ((0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .gateNumber */ .dx)(g) ? `gate ${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .gateNumber */ .dx)(g)}` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(g, 40)))[0]} passed`
        : `${n} gates passed`;
}
/** The verdict line: "❌ **perf-gates: 7 regressions** - `key` +41% (+18.1% to +67.7%) - gate 3 failed, gate 4 blocked by it". */
function verdictLine(summaries) {
    if (!summaries.length)
        return '❔ **perf-gates: no results yet**';
    const worst = summaries.reduce((a, b) => (_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITY */ .C$[b.verdict] > _verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITY */ .C$[a.verdict] ? b : a)).verdict;
    const regressions = summaries.reduce((n, s) => n + (s.regressions ?? 0), 0);
    const title = regressions > 0 && worst !== 'pass' && worst !== 'waived'
        ? plural(regressions, 'regression')
        : worst === 'pass'
            ? 'passed'
            : worst === 'waived'
                ? 'passed with a waiver'
                : VERDICT_WORDS[worst];
    // the worst finding, from a section at the worst verdict (regressions first); such a section
    // without a finding gives its deciding figure instead (an improvement elsewhere is not the news)
    const atWorst = summaries
        .filter((s) => s.verdict === worst)
        .sort((a, b) => (b.regressions ?? 0) - (a.regressions ?? 0) || rankOf(a) - rankOf(b));
    const withWorst = atWorst.find((s) => s.worst);
    const parts = [`${_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_EMOJI */ .vK[worst]} **perf-gates: ${title}**`];
    if (withWorst?.worst)
        parts.push(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(withWorst.worst.key, 160)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(withWorst.worst.text, 120)}`);
    else if (atWorst[0]?.figure)
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(atWorst[0].figure, 240));
    parts.push(gatesPhrase(summaries));
    return parts.join(' - ');
}
/** Rows shown in the gate table; with more (matrix jobs), the worst are shown and the rest counted. */
const MAX_GATE_ROWS = 20;
/** One row per (gate, job): gate, verdict, the deciding figure, the run and the artifact. */
function gateTable(summaries) {
    const order = (a, b) => rankOf(a) - rankOf(b) || (a.job < b.job ? -1 : a.job > b.job ? 1 : 0);
    let rows = [...summaries].sort(order);
    let rest = [];
    if (rows.length > MAX_GATE_ROWS) {
        const worstFirst = [...rows].sort((a, b) => _verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITY */ .C$[b.verdict] - _verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITY */ .C$[a.verdict] || order(a, b));
        const shown = new Set(worstFirst.slice(0, MAX_GATE_ROWS));
        rest = rows.filter((s) => !shown.has(s));
        rows = rows.filter((s) => shown.has(s));
    }
    const lines = ['| Gate | Job | Verdict | Deciding figure | Evidence |', '| --- | --- | --- | --- | --- |'];
    for (const s of rows) {
        const links = [];
        const run = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .safeUrl */ .Pl)(s.run);
        if (run)
            links.push(`[run](${run})`);
        if (s.artifact)
            links.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(s.artifact, 120));
        lines.push(`| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(s.title, 120)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(s.job, 80)} | ${_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_EMOJI */ .vK[s.verdict]} ${s.verdict} | ${s.figure ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(s.figure, 240) : ' '} | ${links.join(' · ') || ' '} |`);
    }
    if (rest.length) {
        const counts = new Map();
        for (const s of rest)
            counts.set(s.verdict, (counts.get(s.verdict) ?? 0) + 1);
        const text = [...counts].map(([v, n]) => `${n} ${v}`).join(', ');
        lines.push(`| … ${plural(rest.length, 'more job')} | | ${text} | | |`);
    }
    return lines.join('\n');
}
/** The verdict line over `all` (default: the rows shown), then the gate table of `rows`. */
function renderOverview(rows, all = rows) {
    if (!rows.length)
        return verdictLine(all);
    return `${verdictLine(all)}\n\n${gateTable(rows)}`;
}
/**
 * The job summary of one gate: the verdict line and gate row, then the gate's section with its
 * charts shown (not collapsed), then where the evidence is.
 */
function renderJobSummary(result, opts) {
    const summary = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .sectionSummary */ .Yx)(result, opts);
    // the hidden verdict marker is for the sticky comment's merge; a summary (and the CLI's stdout)
    // has no use for it
    const section = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderGateSection */ .$p)(result, { ...opts, charts: opts.charts ?? 'open' })
        .split('\n')
        .filter((line, i) => !(i === 0 && (0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .isVerdictMarker */ .GE)(line)))
        .join('\n');
    const parts = [renderOverview([summary])];
    if (opts.notice)
        parts.push(`> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(opts.notice, 600)}`);
    parts.push(section);
    if (opts.evidence && opts.evidence.files > 0)
        parts.push(`Evidence: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(opts.evidence.dir, 200)} (${plural(opts.evidence.files, 'file')}, SHA256SUMS beside them)`);
    return parts.join('\n\n') + '\n';
}


/***/ }),

/***/ 7064:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ SEVERITY),
/* harmony export */   Fn: () => (/* binding */ parseVerdictMarker),
/* harmony export */   GE: () => (/* binding */ isVerdictMarker),
/* harmony export */   Yx: () => (/* binding */ sectionSummary),
/* harmony export */   dx: () => (/* binding */ gateNumber),
/* harmony export */   eG: () => (/* binding */ verdictMarker)
/* harmony export */ });
/* unused harmony exports criterionFigure, decidingCriterion */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76995);
/* harmony import */ var _stats_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7383);


const VERDICTS = ['pass', 'waived', 'fail', 'insufficient-data', 'error'];
const SEVERITY = {
    pass: 0,
    waived: 1,
    'insufficient-data': 2,
    fail: 3,
    error: 4,
};
function gateNumber(gate) {
    const i = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .GATES */ .JH.indexOf(gate);
    return i === -1 ? undefined : i + 1;
}
function finite(v) {
    return typeof v === 'number' && Number.isFinite(v);
}
function valueText(v, unit) {
    if (v === null || v === undefined)
        return 'n/a';
    if (typeof v === 'number')
        return (0,_stats_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatQuantity */ .VZ)(v, unit);
    if (typeof v === 'boolean')
        return v ? 'yes' : 'no';
    return String(v);
}
/** "regression count 7 (needs <= 0)": the criterion's name, what it measured and what it needed. */
function criterionFigure(c) {
    const t = c.threshold === null || c.threshold === undefined
        ? ''
        : typeof c.threshold === 'number'
            ? ` (needs ${c.operator ?? '>='} ${valueText(c.threshold, c.unit)})`
            : ` (needs ${valueText(c.threshold, c.unit)})`;
    return `${c.name} ${valueText(c.actual, c.unit)}${t}`;
}
/** The criterion that decided the verdict: the first at the verdict's level, or the score's. */
function decidingCriterion(result) {
    const criteria = Array.isArray(result.criteria) ? result.criteria : [];
    if (result.verdict !== 'pass')
        return criteria.find((c) => c.verdict === result.verdict);
    return (criteria.find((c) => c.unit === '%' && finite(c.actual) && c.actual === result.score) ??
        criteria.find((c) => finite(c.actual) && c.threshold !== null) ??
        criteria[0]);
}
function worstFinding(result) {
    const comparisons = Array.isArray(result.comparisons) ? result.comparisons : [];
    const regs = comparisons
        .filter((c) => c.verdict === 'regression' && finite(c.ratio))
        .sort((a, b) => Math.abs(Math.log(b.ratio)) - Math.abs(Math.log(a.ratio)));
    // the target first when it regressed (it is what the change was for), else the largest change
    const target = (result.criteria ?? []).find((c) => c.name.startsWith('improvement on '));
    const targetKey = target?.name.slice('improvement on '.length);
    const pick = regs.find((c) => c.key === targetKey) ?? regs[0];
    if (pick)
        return { key: pick.key, text: (0,_stats_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChange */ .eD)(pick.ratio, pick.lower, pick.upper) };
    const failedTest = (result.criteria ?? []).find((c) => c.name.startsWith('regression: ') && c.verdict === 'fail' && c.actual === 'failed');
    if (failedTest)
        return { key: failedTest.name.slice('regression: '.length), text: 'failed' };
    if (result.verdict === 'pass' || result.verdict === 'waived') {
        const t = comparisons.find((c) => c.key === targetKey && finite(c.ratio));
        if (t)
            return { key: t.key, text: (0,_stats_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChange */ .eD)(t.ratio, t.lower, t.upper) };
    }
    return undefined;
}
function sectionSummary(result, opts) {
    const verdict = VERDICTS.includes(result.verdict) ? result.verdict : 'error';
    const s = {
        gate: String(result.gate),
        job: opts.job,
        verdict,
        title: String(result.title || result.gate).slice(0, 120),
    };
    const worst = worstFinding(result);
    if (worst)
        s.worst = { key: worst.key.slice(0, 160), text: worst.text };
    const deciding = decidingCriterion(result);
    if (deciding)
        s.figure = criterionFigure(deciding).slice(0, 240);
    if (finite(result.regressionCount))
        s.regressions = result.regressionCount;
    if (result.gate === 'governance') {
        const blocked = (result.criteria ?? [])
            .filter((c) => c.verdict === 'fail' && /^gate \d /.test(c.name))
            .map((c) => Number(c.name.slice(5, 6)));
        if (blocked.length)
            s.blockedBy = blocked;
    }
    if (opts.runUrl)
        s.run = opts.runUrl;
    if (opts.artifactName)
        s.artifact = opts.artifactName;
    return s;
}
const MARKER_RE = /^<!-- perf-gates:verdict ([A-Za-z0-9_-]{1,6000}) -->$/;
function verdictMarker(s) {
    return `<!-- perf-gates:verdict ${Buffer.from(JSON.stringify(s), 'utf8').toString('base64url')} -->`;
}
function isVerdictMarker(line) {
    return MARKER_RE.test(line.trim());
}
const str = (v, max) => typeof v === 'string' ? v.slice(0, max) : undefined;
/** The summary in a section's first line, validated; undefined when absent or malformed. */
function parseVerdictMarker(sectionMarkdown) {
    const first = sectionMarkdown.trimStart().split(/\r?\n/, 1)[0] ?? '';
    const m = MARKER_RE.exec(first.trim());
    if (!m)
        return undefined;
    let doc;
    try {
        doc = JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (!doc || typeof doc !== 'object')
        return undefined;
    const verdict = VERDICTS.includes(doc.verdict) ? doc.verdict : 'error';
    const out = {
        gate: str(doc.gate, 100) ?? '_',
        job: str(doc.job, 100) ?? '_',
        verdict,
        title: str(doc.title, 120) ?? String(doc.gate ?? ''),
    };
    const w = doc.worst;
    if (w && typeof w === 'object' && typeof w.key === 'string' && typeof w.text === 'string')
        out.worst = { key: w.key.slice(0, 160), text: w.text.slice(0, 120) };
    const figure = str(doc.figure, 240);
    if (figure)
        out.figure = figure;
    if (finite(doc.regressions) && doc.regressions >= 0)
        out.regressions = Math.floor(doc.regressions);
    if (Array.isArray(doc.blockedBy))
        out.blockedBy = doc.blockedBy
            .filter((n) => Number.isInteger(n) && n >= 1 && n <= 9)
            .slice(0, 9);
    const run = str(doc.run, 500);
    if (run)
        out.run = run;
    const artifact = str(doc.artifact, 120);
    if (artifact)
        out.artifact = artifact;
    return out;
}


/***/ })

};
