// `perf-gates verify <dir>`: every checksum in SHA256SUMS, every manifest entry, and every file
// SHA256SUMS lists logged in protocol-execution-log.jsonl with its current checksum.
import { existsSync, promises as fsp, statSync } from 'node:fs';
import path from 'node:path';
import { checkEvidence, EXECUTION_LOG, MANIFEST, readSums } from './evidence.js';
import { sha256 } from './files.js';

export async function verifyFolder(dir: string): Promise<{ code: number; text: string }> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { code: 2, text: `${dir}: not a folder` };
  const found = await checkEvidence(dir);
  if (!found) return { code: 2, text: `${dir}: not an evidence folder (no SHA256SUMS)` };
  const lines: string[] = [];
  const bad: string[] = [];
  for (const c of found.checks) {
    if (c.ok) lines.push(`OK       ${c.name}`);
    else {
      lines.push(`${c.present ? 'ALTERED' : 'MISSING'}  ${c.name}${c.reason ? ` (${c.reason})` : ''}`);
      bad.push(c.name);
    }
  }
  const manifestFile = path.join(dir, MANIFEST);
  if (existsSync(manifestFile)) {
    try {
      const m = JSON.parse(await fsp.readFile(manifestFile, 'utf8')) as {
        artifacts?: { path: string; sha256: string; bytes: number }[];
      };
      for (const e of m.artifacts ?? []) {
        const f = path.join(dir, e.path);
        if (!existsSync(f)) {
          lines.push(`MISSING  ${e.path} (listed in the manifest)`);
          bad.push(e.path);
          continue;
        }
        const whole = await fsp.readFile(f);
        // the execution log only grows after the manifest: its first `bytes` bytes are what was listed
        const appendOnly = path.basename(e.path) === EXECUTION_LOG && whole.length >= e.bytes;
        const buf = appendOnly ? whole.subarray(0, e.bytes) : whole;
        if (sha256(buf) !== e.sha256 || buf.length !== e.bytes) {
          lines.push(`ALTERED  ${e.path} (differs from the manifest)`);
          if (!bad.includes(e.path)) bad.push(e.path);
        }
      }
    } catch (e) {
      lines.push(`ALTERED  ${MANIFEST} (not valid JSON: ${(e as Error).message})`);
      bad.push(MANIFEST);
    }
  }
  // The execution log: every file SHA256SUMS lists is in it, written with its current checksum.
  const logFile = path.join(dir, EXECUTION_LOG);
  const sums = (await readSums(dir)) ?? new Map<string, string>();
  if (!existsSync(logFile)) {
    lines.push(
      `MISSING  ${EXECUTION_LOG} (the protocol execution log: every artifact written is logged there)`,
    );
    bad.push(EXECUTION_LOG);
  } else {
    const logged = new Map<string, string>();
    const text = await fsp.readFile(logFile, 'utf8');
    let lineNo = 0;
    for (const l of text.split('\n')) {
      lineNo++;
      if (!l.trim()) continue;
      try {
        const ev = JSON.parse(l) as { event?: string; path?: string; sha256?: string };
        if (ev.event === 'artifact-written' && typeof ev.path === 'string' && typeof ev.sha256 === 'string')
          logged.set(ev.path, ev.sha256);
      } catch {
        lines.push(`ALTERED  ${EXECUTION_LOG}:${lineNo} (not a JSON line)`);
        if (!bad.includes(EXECUTION_LOG)) bad.push(EXECUTION_LOG);
      }
    }
    for (const [name, hex] of sums) {
      if (name === EXECUTION_LOG) continue;
      const got = logged.get(name);
      if (got === undefined) {
        lines.push(`UNLOGGED ${name} (not in ${EXECUTION_LOG})`);
        bad.push(name);
      } else if (got !== hex) {
        lines.push(`UNLOGGED ${name} (${EXECUTION_LOG} records another checksum: ${got.slice(0, 12)}…)`);
        bad.push(name);
      }
    }
  }
  for (const u of found.unlisted) lines.push(`UNLISTED ${u} (not in SHA256SUMS)`);
  lines.push(
    bad.length
      ? `${bad.length} file(s) altered or missing: ${bad.join(', ')}`
      : `intact: ${found.checks.length} files verified`,
  );
  return { code: bad.length ? 1 : 0, text: lines.join('\n') };
}
