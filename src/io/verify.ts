// `perf-gates verify <dir>`: every checksum in SHA256SUMS and every manifest entry.
import { existsSync, promises as fsp, statSync } from 'node:fs';
import path from 'node:path';
import { checkEvidence, MANIFEST } from './evidence.js';
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
        const buf = await fsp.readFile(f);
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
  for (const u of found.unlisted) lines.push(`UNLISTED ${u} (not in SHA256SUMS)`);
  lines.push(
    bad.length
      ? `${bad.length} file(s) altered or missing: ${bad.join(', ')}`
      : `intact: ${found.checks.length} files verified`,
  );
  return { code: bad.length ? 1 : 0, text: lines.join('\n') };
}
