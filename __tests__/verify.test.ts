// `perf-gates verify` proves something or says it does not (issue 11, item 4): an empty or
// unparsable SHA256SUMS is not intact, entries that leave the folder are refused and never read,
// a deleted file is reported once.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyFolder } from '../src/io/verify.js';

const hex = (s: string) => createHash('sha256').update(s).digest('hex');

function folder(files: Record<string, string>, sums: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-verify-'));
  for (const [n, t] of Object.entries(files)) writeFileSync(path.join(dir, n), t);
  writeFileSync(path.join(dir, 'SHA256SUMS'), sums);
  return dir;
}

describe('verify', () => {
  it('an intact folder exits 0', async () => {
    const dir = folder({ 'a.json': '{"a":1}\n' }, `${hex('{"a":1}\n')}  a.json\n`);
    expect(await verifyFolder(dir)).toEqual({ code: 0, text: 'OK       a.json\nintact: 1 files verified' });
  });

  it('an empty or garbage SHA256SUMS is not intact (exit 1)', async () => {
    const empty = await verifyFolder(folder({ 'a.json': '{}' }, ''));
    expect(empty.code).toBe(1);
    expect(empty.text).toContain('INVALID  SHA256SUMS lists no files (empty): it proves nothing');
    const garbage = await verifyFolder(folder({ 'a.json': '{}' }, 'hello world\nnot a checksum\n'));
    expect(garbage.code).toBe(1);
    expect(garbage.text).toContain('INVALID  SHA256SUMS line 1 is not "<sha256>  <file>": "hello world"');
    expect(garbage.text).toContain('SHA256SUMS line 2');
    // one good line among garbage still fails on the garbage
    const mixed = await verifyFolder(folder({ 'a.json': '{}' }, `${hex('{}')}  a.json\n<html>oops</html>\n`));
    expect(mixed.code).toBe(1);
    expect(mixed.text).toContain('OK       a.json');
  });

  it('refuses entries that leave the folder: ../, absolute, a symlink pointing out', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'pg-outside-'));
    writeFileSync(path.join(outside, 'secret'), 'root:x:0:0');
    const dotdot = await verifyFolder(
      folder({}, `${hex('root:x:0:0')}  ../../../${path.basename(outside)}/secret\n`),
    );
    expect(dotdot.code).toBe(1);
    expect(dotdot.text).toMatch(
      /REFUSED {2}\.\.\/\.\.\/\.\.\/.*secret: contains "\.\.": entries must stay inside/,
    );
    const abs = await verifyFolder(folder({}, `${hex('root:x:0:0')}  ${path.join(outside, 'secret')}\n`));
    expect(abs.code).toBe(1);
    expect(abs.text).toContain('an absolute path');
    const dir = folder({}, `${hex('root:x:0:0')}  link\n`);
    symlinkSync(path.join(outside, 'secret'), path.join(dir, 'link'));
    const link = await verifyFolder(dir);
    expect(link.code).toBe(1);
    expect(link.text).toMatch(/REFUSED {2}link: a symbolic link pointing outside the evidence folder/);
  });

  it('a deleted file listed in SHA256SUMS and the manifest is reported once', async () => {
    const manifest = JSON.stringify({ artifacts: [{ path: 'a.json', sha256: hex('{}'), bytes: 2 }] });
    const dir = folder(
      { 'a.json': '{}', 'performance-report-manifest.json': manifest },
      `${hex('{}')}  a.json\n${hex(manifest)}  performance-report-manifest.json\n`,
    );
    expect((await verifyFolder(dir)).code).toBe(0);
    rmSync(path.join(dir, 'a.json'));
    const r = await verifyFolder(dir);
    expect(r.code).toBe(1);
    expect(r.text.split('\n').filter((l) => l.includes('a.json'))).toEqual([
      'MISSING  a.json (listed in SHA256SUMS but missing)',
      'not intact: 1 problem(s): a.json',
    ]);
  });
});
