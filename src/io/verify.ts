// `perf-gates verify <dir>`: every checksum in SHA256SUMS, every manifest entry, and every file
// SHA256SUMS lists logged in protocol-execution-log.jsonl with its current checksum. Intact means
// something was proven: an empty or unparsable SHA256SUMS is not intact, an entry that leaves the
// folder (absolute, `..`, a symbolic link pointing out) is refused and never read, and a file that
// is gone is reported once even when both SHA256SUMS and the manifest list it.
import { existsSync, promises as fsp, statSync } from 'node:fs';
import path from 'node:path';
import { checkEvidence, escapesFolder, EXECUTION_LOG, MANIFEST, readSums, SUMS } from './evidence.js';
import { sha256 } from './files.js';

export async function verifyFolder(dir: string): Promise<{ code: number; text: string }> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { code: 2, text: `${dir}: not a folder` };
  const found = await checkEvidence(dir);
  if (!found) return { code: 2, text: `${dir}: not an evidence folder (no SHA256SUMS)` };
  const lines: string[] = [];
  const bad: string[] = [];
  const flag = (name: string) => {
    if (!bad.includes(name)) bad.push(name);
  };
  for (const p of found.problems) {
    lines.push(`INVALID  ${p}`);
    flag(SUMS);
  }
  for (const c of found.checks) {
    if (c.ok) lines.push(`OK       ${c.name}`);
    else if (c.reason?.startsWith('refused ')) {
      lines.push(`REFUSED  ${c.reason.slice('refused '.length)}`);
      flag(c.name);
    } else {
      lines.push(`${c.present ? 'ALTERED' : 'MISSING'}  ${c.name}${c.reason ? ` (${c.reason})` : ''}`);
      flag(c.name);
    }
  }
  const manifestFile = path.join(dir, MANIFEST);
  if (existsSync(manifestFile)) {
    try {
      const m = JSON.parse(await fsp.readFile(manifestFile, 'utf8')) as {
        artifacts?: { path: string; sha256: string; bytes: number }[];
      };
      for (const e of m.artifacts ?? []) {
        if (typeof e?.path !== 'string') {
          lines.push(`INVALID  ${MANIFEST}: an entry without a path`);
          flag(MANIFEST);
          continue;
        }
        const escape = escapesFolder(dir, e.path);
        if (escape) {
          if (!bad.includes(e.path)) lines.push(`REFUSED  ${e.path}: ${escape} (listed in the manifest)`);
          flag(e.path);
          continue;
        }
        const f = path.join(dir, e.path);
        if (!existsSync(f)) {
          // already reported from SHA256SUMS: once is enough
          if (!bad.includes(e.path)) lines.push(`MISSING  ${e.path} (listed in the manifest)`);
          flag(e.path);
          continue;
        }
        const whole = await fsp.readFile(f);
        // the execution log only grows after the manifest: its first `bytes` bytes are what was listed
        const appendOnly = path.basename(e.path) === EXECUTION_LOG && whole.length >= e.bytes;
        const buf = appendOnly ? whole.subarray(0, e.bytes) : whole;
        if (sha256(buf) !== e.sha256 || buf.length !== e.bytes) {
          if (!bad.includes(e.path)) lines.push(`ALTERED  ${e.path} (differs from the manifest)`);
          flag(e.path);
        }
      }
    } catch (e) {
      lines.push(`ALTERED  ${MANIFEST} (not valid JSON: ${(e as Error).message})`);
      flag(MANIFEST);
    }
  }
  // The execution log: every file SHA256SUMS lists is in it, written with its current checksum.
  const logFile = path.join(dir, EXECUTION_LOG);
  const sums = (await readSums(dir)) ?? new Map<string, string>();
  // a gate's evidence folder (it holds a gate result) must hold the log; another checksummed
  // folder is verified by its checksums alone
  const gateFolder = [...sums.keys()].some((n) => /^gate-\d+-[a-z]+\.json$/.test(path.basename(n)));
  if (!existsSync(logFile)) {
    if (gateFolder) {
      lines.push(
        `MISSING  ${EXECUTION_LOG} (the protocol execution log: every artifact a gate writes is logged there)`,
      );
      flag(EXECUTION_LOG);
    }
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
        flag(EXECUTION_LOG);
      }
    }
    for (const [name, hex] of sums) {
      if (name === EXECUTION_LOG) continue;
      const got = logged.get(name);
      if (got === undefined) {
        lines.push(`UNLOGGED ${name} (not in ${EXECUTION_LOG})`);
        flag(name);
      } else if (got !== hex) {
        lines.push(`UNLOGGED ${name} (${EXECUTION_LOG} records another checksum: ${got.slice(0, 12)}…)`);
        flag(name);
      }
    }
  }
  for (const u of found.unlisted) lines.push(`UNLISTED ${u} (not in SHA256SUMS)`);
  const verified = found.checks.filter((c) => c.ok).length;
  lines.push(
    bad.length
      ? `not intact: ${bad.length} problem(s): ${bad.join(', ')}`
      : `intact: ${verified} files verified`,
  );
  return { code: bad.length ? 1 : 0, text: lines.join('\n') };
}
