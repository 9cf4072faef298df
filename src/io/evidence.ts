// The evidence folder: atomic writes, SHA256SUMS (sha256sum -c format), the manifest, verification.
import {
  promises as fsp,
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArtifactCheck, ArtifactFile, VerifiedBy } from '../model.js';
import { inFlight, sha256 } from './files.js';

export const SUMS = 'SHA256SUMS';
export const MANIFEST = 'performance-report-manifest.json';
/** Held while a writer updates SHA256SUMS and the manifest of a folder (never listed in them). */
export const LOCK = '.perf-gates.lock';

export interface LockOptions {
  /** give up after this long (default 60 s) */
  timeoutMs?: number;
  /** a lock older than this is stale and is taken over (default 120 s) */
  staleMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Why the lock at `file` may be taken over, or undefined when its holder may still be writing. */
async function staleReason(file: string, staleMs: number): Promise<string | undefined> {
  let text: string;
  let mtime: number;
  try {
    text = await fsp.readFile(file, 'utf8');
    mtime = (await fsp.stat(file)).mtimeMs;
  } catch {
    return undefined; // gone already: the next attempt takes it
  }
  const age = Date.now() - mtime;
  if (age > staleMs)
    return `held for ${Math.round(age / 1000)} s (stale after ${Math.round(staleMs / 1000)} s)`;
  let holder: { pid?: unknown; host?: unknown } = {};
  try {
    holder = JSON.parse(text) as typeof holder;
  } catch {
    // being written right now, or not ours: wait for the age rule
    return undefined;
  }
  if (typeof holder.pid === 'number' && holder.host === os.hostname() && holder.pid !== process.pid) {
    try {
      process.kill(holder.pid, 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') return `its holder (pid ${holder.pid}) is gone`;
    }
  }
  return undefined;
}

/**
 * Run `fn` holding the folder's lock file (created with O_EXCL, so one writer at a time across
 * processes): a waiting writer retries with backoff until `timeoutMs`, and takes over a stale lock
 * (older than `staleMs`, or held by a process of this machine that no longer exists).
 */
export async function withEvidenceLock<T>(
  dir: string,
  fn: () => Promise<T>,
  opts: LockOptions = {},
): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const staleMs = opts.staleMs ?? 120_000;
  ensureFolder(dir);
  const file = path.join(dir, LOCK);
  const start = Date.now();
  let delay = 1;
  const me = JSON.stringify({ pid: process.pid, host: os.hostname(), at: new Date().toISOString() });
  for (;;) {
    try {
      // synchronous: a hundred bytes, and each await is a thread-pool round trip (a gate's whole
      // evidence write is a dozen of them); the evidence files themselves are written async
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, me);
      } finally {
        closeSync(fd);
      }
      inFlight.add(file); // ours now: a cancellation removes it
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        // not EEXIST: whatever was created is ours (a lock half-written on a full disk)
        await fsp.rm(file, { force: true }).catch(() => undefined);
        const { code, what } = describeWriteError(e);
        throw new EvidenceWriteError(file, code, what);
      }
    }
    const stale = await staleReason(file, staleMs);
    if (stale) {
      await fsp.rm(file, { force: true });
      continue;
    }
    if (Date.now() - start > timeoutMs)
      throw new Error(
        `${file}: another perf-gates writer has held this evidence folder's lock for over ${Math.round(timeoutMs / 1000)} s; if none is running, delete the lock file`,
      );
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 20);
  }
  try {
    return await fn();
  } finally {
    releaseLock(file);
    inFlight.delete(file);
  }
}

/** Remove the lock file (unlink, not rm: one call, rm stats first); already gone is fine. */
function releaseLock(file: string): void {
  try {
    unlinkSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/** The protocol execution log (JSON lines, appended by every gate; checksummed in SHA256SUMS). */
export const EXECUTION_LOG = 'protocol-execution-log.jsonl';

/** Parse `sha256sum` output: `<hex>  <name>` (or `<hex> *<name>`). */
export function parseSums(text: string): Map<string, string> {
  return parseSumsStrict(text).sums;
}

/** `sha256sum` output and every line that is not a checksum line (1-based line numbers). */
export function parseSumsStrict(text: string): {
  sums: Map<string, string>;
  bad: { line: number; text: string }[];
} {
  const sums = new Map<string, string>();
  const bad: { line: number; text: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trimEnd());
    if (m) sums.set(m[2], m[1].toLowerCase());
    else bad.push({ line: i + 1, text: line.length > 80 ? `${line.slice(0, 79)}…` : line });
  });
  return { sums, bad };
}

/**
 * Why `name` (an entry of SHA256SUMS or the manifest) is not a file inside `dir`: absolute, `..`,
 * or a symbolic link (or a link on the way) that resolves outside the folder. Undefined when safe.
 */
export function escapesFolder(dir: string, name: string): string | undefined {
  if (path.isAbsolute(name) || /^[a-zA-Z]:[\\/]/.test(name) || name.startsWith('\\'))
    return 'an absolute path: entries must stay inside the evidence folder';
  if (name.split(/[\\/]/).includes('..'))
    return 'contains "..": entries must stay inside the evidence folder';
  const root = path.resolve(dir);
  const file = path.resolve(root, name);
  if (file !== root && !file.startsWith(root + path.sep)) return 'leaves the evidence folder';
  try {
    lstatSync(file);
  } catch {
    return undefined; // missing: reported as missing, not as an escape
  }
  let real: string;
  let realRoot: string;
  try {
    real = realpathSync(file);
    realRoot = realpathSync(root);
  } catch {
    return 'a symbolic link that resolves nowhere';
  }
  if (real !== realRoot && !real.startsWith(realRoot + path.sep))
    return `a symbolic link pointing outside the evidence folder (to ${real})`;
  return undefined;
}

export function formatSums(sums: Map<string, string>): string {
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, hex]) => `${hex}  ${name}\n`)
    .join('');
}

export async function readSums(dir: string): Promise<Map<string, string> | undefined> {
  const file = path.join(dir, SUMS);
  if (!existsSync(file)) return undefined;
  // a synchronous read: a few kilobytes, and each await on the thread pool costs a round trip
  return parseSums(readFileSync(file, 'utf8'));
}

/**
 * The evidence could not be written: a fault of the machine (disk full, read-only folder, a file
 * where the folder should be), not of the inputs. The computed verdict stands; nothing of this
 * write is left behind.
 */
export class EvidenceWriteError extends Error {
  constructor(
    readonly path: string,
    readonly code: string | undefined,
    what: string,
  ) {
    super(`evidence could not be written: ${path}: ${what}${code ? ` (${code})` : ''}`);
    this.name = 'EvidenceWriteError';
  }
}

function describeWriteError(e: unknown): { code?: string; what: string } {
  const err = e as NodeJS.ErrnoException;
  const code = typeof err?.code === 'string' ? err.code : undefined;
  const what =
    code === 'ENOSPC'
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
function ensureFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    const { code, what } = describeWriteError(e);
    throw new EvidenceWriteError(dir, code, what);
  }
  const st = statSync(dir);
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
export async function writeEvidence(
  dir: string,
  files: ArtifactFile[],
  lock: LockOptions = {},
): Promise<{ name: string; sha256: string; bytes: number }[]> {
  return withEvidenceLock(dir, () => writeEvidenceLocked(dir, files), lock);
}

let stampCounter = 0;

/** Each file's name, sha256 and size in bytes, as writeEvidence records them (UTF-8). */
export function fileDigests(
  files: readonly ArtifactFile[],
  bufs: readonly Buffer[] = files.map((f) => Buffer.from(f.content, 'utf8')),
): { name: string; sha256: string; bytes: number }[] {
  return files.map((f, i) => ({ name: f.name, sha256: sha256(bufs[i]), bytes: bufs[i].length }));
}

/** writeEvidence for a caller that already holds the folder's lock (withEvidenceLock). */
export async function writeEvidenceLocked(
  dir: string,
  files: ArtifactFile[],
): Promise<{ name: string; sha256: string; bytes: number }[]> {
  for (const f of files) {
    if (f.name.includes('/') || f.name.includes('\\') || f.name.startsWith('.')) {
      throw new Error(`refusing to write artifact with an unsafe name: ${f.name}`);
    }
  }
  // (the folder's lock is held: withEvidenceLock made sure the folder is there)
  const written: { name: string; sha256: string; bytes: number }[] = [];
  const sums = (await readSums(dir)) ?? new Map<string, string>();
  const staged: { tmp: string; file: string }[] = [];
  const stamp = `${process.pid}.${Date.now()}.${stampCounter++}`;
  const stage = async (name: string, buf: Buffer) => {
    const file = path.join(dir, name);
    const tmp = path.join(dir, `.${name}.${stamp}.tmp`);
    staged.push({ tmp, file });
    inFlight.add(tmp);
    try {
      await fsp.writeFile(tmp, buf);
    } catch (e) {
      const { code, what } = describeWriteError(e);
      throw new EvidenceWriteError(file, code, what);
    }
  };
  const renamed: string[] = [];
  try {
    const bufs = files.map((f) => Buffer.from(f.content, 'utf8'));
    written.push(...fileDigests(files, bufs));
    for (const w of written) sums.set(w.name, w.sha256);
    // every temporary file written at once (the thread pool writes them side by side; one after
    // the other, each costs its own open, write and close round trips); all settled before a
    // failure is handled, so that the clean-up below removes every one of them
    const staging = await Promise.allSettled([
      ...files.map((f, i) => stage(f.name, bufs[i])),
      stage(SUMS, Buffer.from(formatSums(sums), 'utf8')),
    ]);
    for (const r of staging) if (r.status === 'rejected') throw r.reason;
    // SHA256SUMS last: until it is in place the folder's listing is the old one. The files before
    // it are renamed together (one thread-pool round trip, not one each).
    const rename = async ({ tmp, file }: { tmp: string; file: string }) => {
      const existed = existsSync(file);
      // until SHA256SUMS is renamed, a new file is unlisted: a cancellation removes it
      if (!existed) inFlight.add(file);
      await fsp.rename(tmp, file);
      inFlight.delete(tmp);
      if (!existed) renamed.push(file);
    };
    // (all settled before a failure is handled: the clean-up below must see every rename done)
    const results = await Promise.allSettled(staged.slice(0, -1).map(rename));
    for (const r of results) if (r.status === 'rejected') throw r.reason;
    await rename(staged[staged.length - 1]);
  } catch (e) {
    await Promise.all(staged.map(({ tmp }) => fsp.rm(tmp, { force: true })));
    // a rename that failed half-way: the new files this write added are unlisted, remove them
    await Promise.all(renamed.map((f) => fsp.rm(f, { force: true })));
    if (e instanceof EvidenceWriteError) throw e;
    const { code, what } = describeWriteError(e);
    throw new EvidenceWriteError(dir, code, what);
  } finally {
    for (const { tmp, file } of staged) {
      inFlight.delete(tmp);
      inFlight.delete(file);
    }
  }
  return written;
}

/**
 * Check every file SHA256SUMS lists (and that the listed files exist). `problems` says why the
 * SHA256SUMS itself proves nothing: empty, or lines that are not checksums (by line number).
 * Entries that leave the folder (absolute, `..`, symlinks pointing out) are never read: they fail.
 */
export async function checkEvidence(
  dir: string,
): Promise<{ checks: ArtifactCheck[]; unlisted: string[]; problems: string[] } | undefined> {
  const file0 = path.join(dir, SUMS);
  if (!existsSync(file0)) return undefined;
  const { sums, bad } = parseSumsStrict(await fsp.readFile(file0, 'utf8'));
  const problems: string[] = [];
  if (sums.size === 0)
    problems.push(`${SUMS} lists no files${bad.length ? '' : ' (empty)'}: it proves nothing`);
  for (const b of bad)
    problems.push(`${SUMS} line ${b.line} is not "<sha256>  <file>": ${JSON.stringify(b.text)}`);
  const checks: ArtifactCheck[] = [];
  for (const [name, expected] of sums) {
    const escape = escapesFolder(dir, name);
    if (escape) {
      checks.push({ name, present: true, expected, ok: false, reason: `refused ${name}: ${escape}` });
      continue;
    }
    const file = path.join(dir, name);
    if (!existsSync(file)) {
      checks.push({ name, present: false, expected, ok: false, reason: 'listed in SHA256SUMS but missing' });
      continue;
    }
    const actual = sha256(await fsp.readFile(file));
    checks.push({
      name,
      present: true,
      expected,
      actual,
      ok: actual === expected,
      reason:
        actual === expected
          ? undefined
          : `checksum mismatch: ${name} (expected ${expected.slice(0, 12)}…, found ${actual.slice(0, 12)}…)`,
    });
  }
  const unlisted = (await fsp.readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && e.name !== SUMS && !e.name.startsWith('.') && !sums.has(e.name))
    .map((e) => e.name)
    .sort();
  return { checks, unlisted, problems };
}

export interface ManifestEntry {
  path: string;
  bytes: number;
  sha256: string;
  timestamp: string;
  verified_by: VerifiedBy;
}

/** The manifest body: every file SHA256SUMS lists, with size, checksum, timestamp and verified_by. */
export async function manifestEntries(
  dir: string,
  fallback: { now: string; verifiedBy: VerifiedBy },
  pending: readonly ArtifactFile[] = [],
): Promise<ManifestEntry[]> {
  const sums = (await readSums(dir)) ?? new Map<string, string>();
  // files about to be written with the manifest count as written (their bytes, not the disk's)
  const next = new Map(pending.map((f) => [f.name, Buffer.from(f.content, 'utf8')]));
  for (const [name, buf] of next) sums.set(name, sha256(buf));
  const out: ManifestEntry[] = [];
  for (const [name, hex] of [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // the manifest is not in itself; the execution log is listed as it is now (it is append-only:
    // `verify` checks the manifest's bytes and checksum against the log's first `bytes` bytes)
    if (name === MANIFEST) continue;
    const file = path.join(dir, name);
    let buf = next.get(name);
    if (buf === undefined) {
      if (!existsSync(file)) continue;
      buf = readFileSync(file);
    }
    let timestamp = fallback.now;
    let verifiedBy = fallback.verifiedBy;
    if (name.endsWith('.json')) {
      try {
        const doc = JSON.parse(buf.toString('utf8')) as { generated_at?: string; verified_by?: VerifiedBy };
        if (typeof doc.generated_at === 'string') timestamp = doc.generated_at;
        if (doc.verified_by && typeof doc.verified_by === 'object') verifiedBy = doc.verified_by;
      } catch {
        // not our JSON: keep the fallback provenance
      }
    }
    out.push({ path: name, bytes: buf.length, sha256: hex, timestamp, verified_by: verifiedBy });
  }
  return out;
}

/** Folders inside the evidence folder that hold evidence of their own (downloaded artifacts). */
export async function evidenceSubfolders(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await fsp.readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, SUMS)))
    .map((e) => e.name)
    .sort();
}

/**
 * One gate's artifact: copies of the files it wrote and a SHA256SUMS listing exactly those. The
 * folder's own SHA256SUMS also lists the earlier gates' files, which travel in their own artifacts:
 * uploaded as is, it would name files the artifact does not hold, and governance (which downloads
 * every perf-gates-* artifact of the run and verifies each) would report them missing.
 */
export async function stageArtifact(dir: string, files: string[], tempRoot?: string): Promise<string> {
  const stage = await fsp.mkdtemp(path.join(tempRoot || os.tmpdir(), 'perf-gates-artifact-'));
  const all = (await readSums(dir)) ?? new Map<string, string>();
  const mine = new Map<string, string>();
  for (const f of files) {
    await fsp.copyFile(path.join(dir, f), path.join(stage, f));
    const hex = all.get(f);
    if (hex) mine.set(f, hex);
  }
  await fsp.writeFile(path.join(stage, SUMS), formatSums(mine));
  return stage;
}

/** Remove a folder and what it holds (a staged artifact). */
export async function removeDir(dir: string): Promise<void> {
  await fsp.rm(dir, { recursive: true, force: true });
}
