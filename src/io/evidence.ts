// The evidence folder: atomic writes, SHA256SUMS (sha256sum -c format), the manifest, verification.
import { promises as fsp, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArtifactCheck, ArtifactFile, VerifiedBy } from '../model.js';
import { inFlight, sha256 } from './files.js';

export const SUMS = 'SHA256SUMS';
export const MANIFEST = 'performance-report-manifest.json';

/** Parse `sha256sum` output: `<hex>  <name>` (or `<hex> *<name>`). */
export function parseSums(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trimEnd());
    if (m) out.set(m[2], m[1]);
  }
  return out;
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
  return parseSums(await fsp.readFile(file, 'utf8'));
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
async function ensureFolder(dir: string): Promise<void> {
  try {
    await fsp.mkdir(dir, { recursive: true });
  } catch (e) {
    const { code, what } = describeWriteError(e);
    throw new EvidenceWriteError(dir, code, what);
  }
  const st = await fsp.stat(dir);
  if (!st.isDirectory())
    throw new EvidenceWriteError(dir, 'ENOTDIR', 'a file is in the way where the artifacts folder should be');
}

/**
 * Write artifacts and fold their checksums into SHA256SUMS, all or nothing: every file (and the
 * new SHA256SUMS) is first written under a temporary name, and only when all of them are on disk
 * are they renamed into place. A failure (ENOSPC...) removes every temporary file and is an
 * EvidenceWriteError naming the path and the errno; the folder is as it was.
 */
export async function writeEvidence(
  dir: string,
  files: ArtifactFile[],
): Promise<{ name: string; sha256: string; bytes: number }[]> {
  for (const f of files) {
    if (f.name.includes('/') || f.name.includes('\\') || f.name.startsWith('.')) {
      throw new Error(`refusing to write artifact with an unsafe name: ${f.name}`);
    }
  }
  await ensureFolder(dir);
  const written: { name: string; sha256: string; bytes: number }[] = [];
  const sums = (await readSums(dir)) ?? new Map<string, string>();
  const staged: { tmp: string; file: string }[] = [];
  const stamp = `${process.pid}.${Date.now()}`;
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
    for (const f of files) {
      const buf = Buffer.from(f.content, 'utf8');
      await stage(f.name, buf);
      const hex = sha256(buf);
      sums.set(f.name, hex);
      written.push({ name: f.name, sha256: hex, bytes: buf.length });
    }
    await stage(SUMS, Buffer.from(formatSums(sums), 'utf8'));
    // SHA256SUMS last: until it is in place the folder's listing is the old one
    for (const { tmp, file } of staged) {
      const existed = existsSync(file);
      // until SHA256SUMS is renamed, a new file is unlisted: a cancellation removes it
      if (!existed) inFlight.add(file);
      await fsp.rename(tmp, file);
      inFlight.delete(tmp);
      if (!existed) renamed.push(file);
    }
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

/** Check every file SHA256SUMS lists (and that the listed files exist). */
export async function checkEvidence(
  dir: string,
): Promise<{ checks: ArtifactCheck[]; unlisted: string[] } | undefined> {
  const sums = await readSums(dir);
  if (!sums) return undefined;
  const checks: ArtifactCheck[] = [];
  for (const [name, expected] of sums) {
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
  return { checks, unlisted };
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
): Promise<ManifestEntry[]> {
  const sums = (await readSums(dir)) ?? new Map<string, string>();
  const out: ManifestEntry[] = [];
  for (const [name, hex] of [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (name === MANIFEST) continue;
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    const buf = await fsp.readFile(file);
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
