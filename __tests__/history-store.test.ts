// Issue 15, item 2: the store (a folder of entries, the last --keep N, atomic append).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Run } from '../src/model.js';
import { addToStore, readStore } from '../src/run/history.js';
import { loadRun } from '../src/run/load.js';
import { entryFileName, entryNames, parseKeep, planAppend, strayNames } from '../src/stats/history/store.js';

const FIX = '__tests__/fixtures';

async function run(files: string[], label: string): Promise<Run> {
  return (await loadRun({ line: files.join(' '), files, fromGlob: false }, label)).run;
}

describe('store rules (pure)', () => {
  it('orders entries by sequence, ignores temporary files and names strays', () => {
    const names = [
      '000010-abcdef.json',
      '000002-nosha.json',
      '.000011-abcd.json.1.2.tmp',
      'notes.txt',
      '1000000-abcd.json',
    ];
    expect(entryNames(names).map((e) => e.seq)).toEqual([2, 10, 1000000]);
    expect(strayNames(names)).toEqual(['notes.txt']);
  });

  it('takes the next number and drops the oldest beyond keep', () => {
    expect(planAppend([], { sha: null }, 100)).toEqual({ name: '000001-nosha.json', remove: [] });
    const names = ['000001-aaaa.json', '000002-bbbb.json', '000003-cccc.json'];
    expect(planAppend(names, { sha: 'ABCDEF0123456789' }, 3)).toEqual({
      name: '000004-abcdef012345.json',
      remove: ['000001-aaaa.json'],
    });
    expect(planAppend(names, { sha: 'dddd' }, 1).remove).toEqual(names);
    expect(entryFileName(7, { sha: 'dddd' })).toBe('000007-dddd.json');
  });

  it('--keep is a whole number >= 1, default 100', () => {
    expect(parseKeep(undefined)).toBe(100);
    expect(parseKeep('5')).toBe(5);
    for (const bad of ['0', '-1', '2.5', 'ten'])
      expect(() => parseKeep(bad)).toThrow(/--keep must be a whole number/);
  });
});

describe('store on disk', () => {
  it('appends atomically, keeps the last N, reads back in order, and refuses a store it cannot read', async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'pg-hist-')), 'store');
    const r = await run([`${FIX}/pytest/benchmark/bench-baseline.json`], 'b');
    const shas = ['aaaa111', 'bbbb222', 'cccc333'];
    for (const [i, sha] of shas.entries()) {
      const res = await addToStore(dir, r, {
        sha,
        time: `2026-11-2${i}T10:00:00Z`,
        keep: 2,
        version: '0.1.0',
      });
      expect(path.basename(res.file)).toBe(`00000${i + 1}-${sha}.json`);
      if (i === 2) expect(res.removed.map((f) => path.basename(f))).toEqual(['000001-aaaa111.json']);
    }
    expect(readdirSync(dir).sort()).toEqual(['000002-bbbb222.json', '000003-cccc333.json']);
    const { entries, warnings } = await readStore(dir);
    expect(entries.map((e) => e.entry.sha)).toEqual(['bbbb222', 'cccc333']);
    expect(entries[1].entry.time).toBe('2026-11-22T10:00:00.000Z');
    expect(warnings).toEqual([]);

    writeFileSync(path.join(dir, 'README.txt'), 'hello');
    expect((await readStore(dir)).warnings[0].message).toMatch(/not a history entry name/);

    // an entry written by a newer version: the store is refused, nothing is written
    const newer = JSON.parse(readFileSync(path.join(dir, '000003-cccc333.json'), 'utf8'));
    writeFileSync(path.join(dir, '000004-dddd444.json'), JSON.stringify({ ...newer, version: 2 }, null, 2));
    await expect(addToStore(dir, r, { sha: 'eeee555', version: '0.1.0' })).rejects.toThrow(
      /000004-dddd444\.json:\d+: history entry version 2 was written by a newer perf-gates/,
    );
    expect(readdirSync(dir).filter((n) => n.endsWith('.json'))).toHaveLength(3);
    expect(readdirSync(dir).some((n) => n.endsWith('.tmp'))).toBe(false);
  });

  it('takes the commit and time from a pytest-benchmark file when not given; a bad --sha or --time is refused', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-hist-'));
    const r = await run([`${FIX}/pytest/benchmark/bench-baseline.json`], 'b');
    const res = await addToStore(dir, r, { version: '0.1.0' });
    expect(res.entry.sha).toBe(r.benchmarks!.commit!.id!.toLowerCase());
    expect(res.entry.time).toBe(new Date(Date.parse(r.benchmarks!.datetime!)).toISOString());
    await expect(addToStore(dir, r, { sha: 'main', version: '0.1.0' })).rejects.toThrow(
      /--sha: "main" is not a hex commit SHA/,
    );
    await expect(addToStore(dir, r, { time: 'yesterday', version: '0.1.0' })).rejects.toThrow(
      /--time: "yesterday"/,
    );
    expect(readdirSync(dir)).toHaveLength(1);
  });
});
