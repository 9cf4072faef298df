// The evidence folder: atomic writes, SHA256SUMS (sha256sum -c format), the manifest, verification.
import { promises as fsp, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArtifactCheck, ArtifactFile, VerifiedBy } from '../model.js';
import { sha256, writeAtomic } from './files.js';

export const SUMS = 'SHA256SUMS';
export const MANIFEST = 'performance-report-manifest.json';
/** The protocol execution log (JSON lines, appended by every gate; checksummed in SHA256SUMS). */
export const EXECUTION_LOG = 'protocol-execution-log.jsonl';

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
 * Write artifacts (each atomically) and fold their checksums into SHA256SUMS. Nothing is written
 * until every artifact is in memory, so a failure before this call leaves no file behind.
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
  const written: { name: string; sha256: string; bytes: number }[] = [];
  const sums = (await readSums(dir)) ?? new Map<string, string>();
  for (const f of files) {
    const buf = Buffer.from(f.content, 'utf8');
    await writeAtomic(path.join(dir, f.name), buf);
    const hex = sha256(buf);
    sums.set(f.name, hex);
    written.push({ name: f.name, sha256: hex, bytes: buf.length });
  }
  await writeAtomic(path.join(dir, SUMS), formatSums(sums));
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
    // the manifest is not in itself; the execution log is listed as it is now (it is append-only:
    // `verify` checks the manifest's bytes and checksum against the log's first `bytes` bytes)
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
