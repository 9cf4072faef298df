// Writers of one evidence folder serialise their SHA256SUMS/manifest updates with a lock file
// (issue 11, item 4): 0 lost entries over 20 trials of 20 concurrent writers, while the same writers
// without the lock lose entries; a stale lock (old, or its process gone) is taken over; a live
// holder in another process is waited for; a lock that never goes away times out naming the file.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LOCK, parseSums, writeEvidence, writeEvidenceLocked } from '../src/io/evidence.js';
import { verifyFolder } from '../src/io/verify.js';
import { ExecutionLog } from '../src/run/execution-log.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'pg-lock-'));
const files = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `w${String(i).padStart(2, '0')}.json`,
    content: `{"writer":${i}}\n`,
  }));
const sums = (dir: string) => parseSums(readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8'));

describe('evidence written side by side, all or nothing', () => {
  it('one of three files fails half-way while the others are written: the folder is as it was', async () => {
    const dir = tmp();
    await writeEvidence(dir, [{ name: 'before.json', content: '{"before":1}\n' }]);
    const sumsBefore = readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8');
    const real = fs.promises.writeFile.bind(fs.promises);
    const spy = vi.spyOn(fs.promises, 'writeFile').mockImplementation(async (file, data, ...rest) => {
      if (String(file).includes('.w01.json.')) {
        await real(file as string, String(data).slice(0, 3));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }
      return real(file as string, data as string, ...(rest as []));
    });
    try {
      await expect(writeEvidence(dir, files(3))).rejects.toThrow(/no space left on the device \(ENOSPC\)/);
    } finally {
      spy.mockRestore();
    }
    expect(readdirSync(dir).sort()).toEqual(['SHA256SUMS', 'before.json']);
    expect(readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8')).toBe(sumsBefore);
  });
});

describe('evidence folder lock', () => {
  it("a gate's files and its log in one write: both listed, or on failure neither, and the events taken back", async () => {
    const dir = tmp();
    const log = new ExecutionLog('baseline');
    log.add('phase-start');
    await writeEvidence(dir, [{ name: 'before.json', content: '{"before":1}\n' }]);
    await log.writeWith(dir, files(2), { more: () => log.add('phase-complete') });
    const events = () =>
      readFileSync(path.join(dir, 'protocol-execution-log.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { event: string; path?: string; sha256?: string });
    expect(events().map((e) => `${e.event} ${e.path ?? ''}`.trim())).toEqual([
      'phase-start',
      'artifact-written w00.json',
      'artifact-written w01.json',
      'phase-complete',
    ]);
    expect(events()[1].sha256).toBe(sums(dir).get('w00.json'));
    expect([...sums(dir).keys()].sort()).toEqual([
      'before.json',
      'protocol-execution-log.jsonl',
      'w00.json',
      'w01.json',
    ]);
    expect(log.size).toBe(0);

    // the second write fails half-way: the folder is as it was, and the log holds only what it held
    const listing = readdirSync(dir).sort();
    const sumsBefore = readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8');
    log.add('input-read');
    const real = fs.promises.writeFile.bind(fs.promises);
    const spy = vi.spyOn(fs.promises, 'writeFile').mockImplementation(async (file, data, ...rest) => {
      if (String(file).includes('.protocol-execution-log.jsonl.'))
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return real(file as string, data as string, ...(rest as []));
    });
    try {
      await expect(log.writeWith(dir, files(3), { more: () => log.add('phase-complete') })).rejects.toThrow(
        /ENOSPC/,
      );
    } finally {
      spy.mockRestore();
    }
    expect(readdirSync(dir).sort()).toEqual(listing);
    expect(readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8')).toBe(sumsBefore);
    expect(log.size).toBe(1); // the input-read event, not the failed write's
  });

  it('20 concurrent writers, 20 trials: no SHA256SUMS entry lost, verify intact, lock released', async () => {
    for (let trial = 0; trial < 20; trial++) {
      const dir = tmp();
      await Promise.all(files(20).map((f) => writeEvidence(dir, [f])));
      expect(sums(dir).size, `trial ${trial}`).toBe(20);
      const v = await verifyFolder(dir);
      expect(v.code, v.text).toBe(0);
      expect(v.text).toContain('intact: 20 files verified');
      expect(existsSync(path.join(dir, LOCK))).toBe(false);
    }
  });

  it('the same writers without the lock lose entries (the race the lock prevents)', async () => {
    const dir = tmp();
    await Promise.all(files(20).map((f) => writeEvidenceLocked(dir, [f])));
    expect(sums(dir).size).toBeLessThan(20);
  });

  it('takes over a stale lock: older than staleMs, or held by a process that is gone', async () => {
    const old = tmp();
    writeFileSync(path.join(old, LOCK), '{"pid":1,"host":"elsewhere"}');
    const past = new Date(Date.now() - 10 * 60_000);
    utimesSync(path.join(old, LOCK), past, past);
    await writeEvidence(old, files(1), { timeoutMs: 2000 });
    expect(sums(old).size).toBe(1);

    const dead = tmp();
    const child = spawn(process.execPath, ['-e', '0']);
    const pid = child.pid as number;
    await new Promise((r) => child.on('exit', r)); // attached at once: the process needs longer to start
    writeFileSync(
      path.join(dead, LOCK),
      JSON.stringify({ pid, host: os.hostname(), at: new Date().toISOString() }),
    );
    await writeEvidence(dead, files(1), { timeoutMs: 2000 });
    expect(sums(dead).size).toBe(1);
  });

  it('waits for a live holder in another process, and times out on a lock that never goes away', async () => {
    const dir = tmp();
    const lock = path.join(dir, LOCK);
    // another process takes the lock, holds it 400 ms, releases it
    const holder = spawn(process.execPath, [
      '-e',
      `const fs=require('fs');fs.writeFileSync(${JSON.stringify(lock)},JSON.stringify({pid:process.pid,host:require('os').hostname()}),{flag:'wx'});console.log('held');setTimeout(()=>fs.rmSync(${JSON.stringify(lock)}),400)`,
    ]);
    const exited = new Promise((r) => holder.on('exit', r));
    await new Promise<void>((r) => holder.stdout.once('data', () => r()));
    const t0 = Date.now();
    await writeEvidence(dir, files(1), { timeoutMs: 5000 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
    expect(sums(dir).size).toBe(1);
    await exited;

    const stuck = tmp();
    writeFileSync(path.join(stuck, LOCK), JSON.stringify({ pid: process.ppid, host: os.hostname() }));
    await expect(writeEvidence(stuck, files(1), { timeoutMs: 150 })).rejects.toThrow(
      /\.perf-gates\.lock: another perf-gates writer has held this evidence folder's lock/,
    );
    expect(existsSync(path.join(stuck, 'SHA256SUMS'))).toBe(false);
  });
});
