// Issue 15, item 4: change points (e-divisive means with a seeded permutation test), and the seeded
// simulation of the "Done when".
import { describe, expect, it } from 'vitest';
import { changePoints, mulberry32 } from '../src/stats/history/changepoints.js';
import { baselineWindow, keySeries } from '../src/stats/history/series.js';
import type { HistoryEntry } from '../src/stats/history/record.js';
import { parseKey } from '../src/stats/keys.js';

/** Standard normal from two uniforms (Box-Muller). */
function normals(rng: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/**
 * A key's log statistic over 40 runs of main: between-run noise SD 5 % (a shared CI runner, as in
 * DESIGN's 5-10 % drift of identical code) plus each run's own sampling noise SD 2 %.
 */
function simulate(seed: number, stepAt?: number, factor = 1.2): number[] {
  const normal = normals(mulberry32(seed));
  const out: number[] = [];
  for (let i = 0; i < 40; i++) {
    const level = stepAt !== undefined && i >= stepAt ? Math.log(factor) : 0;
    out.push(Math.log(120) + level + 0.05 * normal() + 0.02 * normal());
  }
  return out;
}

describe('change points: seeded simulation (issue 15, Done when)', () => {
  it('one +20 % step at run 25 of 40: found within 2 runs and no other in >= 95 % of 200 seeds; a flat series: none in >= 95 %', () => {
    let found = 0;
    let quiet = 0;
    for (let seed = 1; seed <= 200; seed++) {
      // run 25 (1-based) is index 24: the first run at the new level
      const step = changePoints(simulate(seed * 7919, 24));
      if (step.length === 1 && Math.abs(step[0].index - 24) <= 2) found++;
      if (changePoints(simulate(seed * 104729 + 1)).length === 0) quiet++;
    }
    expect(found / 200).toBeGreaterThanOrEqual(0.95);
    expect(quiet / 200).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});

describe('change points', () => {
  it('the same series and options give the same answer; the seed is the permutations’ only source of chance', () => {
    const z = simulate(42, 20, 1.1);
    const a = changePoints(z);
    expect(changePoints(z)).toEqual(a);
    expect(changePoints([...z], { seed: 15 })).toEqual(a);
  });

  it('finds two steps, reports segment means and a p-value at or below the threshold', () => {
    const z = [...Array(15).fill(1), ...Array(15).fill(1.3), ...Array(15).fill(0.9)].map(
      (v, i) => Math.log(v) + 0.01 * Math.sin(i * 2.3),
    );
    const cps = changePoints(z);
    expect(cps.map((c) => c.index)).toEqual([15, 30]);
    expect(Math.exp(cps[0].after - cps[0].before)).toBeCloseTo(1.3, 1);
    expect(Math.exp(cps[1].after - cps[1].before)).toBeCloseTo(0.9 / 1.3, 1);
    for (const c of cps) expect(c.pValue).toBeLessThanOrEqual(0.01);
  });

  it('never puts a change point closer than the minimum segment to either end', () => {
    const z = [...Array(20).fill(0), 1, 1, 1].map((v, i) => v + 0.001 * Math.cos(i));
    expect(changePoints(z, { minSegment: 3 }).map((c) => c.index)).toEqual([20]);
    for (const minSegment of [4, 5, 8]) {
      for (const c of changePoints(z, { minSegment })) {
        expect(c.index).toBeGreaterThanOrEqual(minSegment);
        expect(c.index).toBeLessThanOrEqual(z.length - minSegment);
      }
    }
    expect(changePoints(z, { minSegment: 12 })).toEqual([]);
  });

  it('a series too short for two segments has none; non-finite values are refused', () => {
    expect(changePoints([1, 2, 3, 4, 5])).toEqual([]);
    expect(() => changePoints([1, NaN, 2])).toThrow(/finite/);
  });
});

function entry(i: number, p95: number | null): HistoryEntry {
  const key = parseKey('http_req_duration{name:checkout}:p95');
  return {
    format: 'perf-gates-history-entry',
    version: 1,
    key_grammar: 1,
    sha: (0x1a2b3c0 + i).toString(16),
    time: new Date(Date.UTC(2026, 10, 1 + i)).toISOString(),
    tools: { 'perf-gates': '0.1.0' },
    confidence: 0.95,
    sources: [],
    stats:
      p95 === null
        ? []
        : [
            {
              key: 'http_req_duration{name:checkout}:p95',
              ...key,
              named: false,
              present: true,
              value: p95,
              lower: p95 * 0.95,
              upper: p95 * 1.05,
              var_log: 0.0002,
              n: 500,
              needed: 59,
              method: 'order statistics',
            },
          ],
  };
}

describe('per-key series and the comparison window', () => {
  const values = Array.from(
    { length: 30 },
    (_, i) => (i >= 19 ? 118 : 100) * Math.exp(0.01 * Math.sin(i * 2.1)),
  );
  const entries = values.map((v, i) => entry(i, i === 5 ? null : v));
  const spec = parseKey('http_req_duration{name:checkout}:p95');

  it('says where a key stepped, by how much, at which commit and day', () => {
    const s = keySeries(entries, spec);
    expect(s.skipped).toBe(1);
    expect(s.points).toHaveLength(29);
    expect(s.changes).toHaveLength(1);
    expect(s.changes[0].entry).toBe(19);
    expect(s.changes[0].text).toBe(
      'p95 of http_req_duration{name:checkout} stepped +18% at 1a2b3d3 (2026-11-20)',
    );
  });

  it('the window starts at the last change point, at most --window entries', () => {
    const s = keySeries(entries, spec);
    const w = baselineWindow(s, 10);
    expect(w.entries).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    expect(w.since?.entry).toBe(19);
    expect(baselineWindow(s, 50).entries[0]).toBe(19);
    const flat = keySeries(entries.slice(0, 12), spec);
    expect(flat.changes).toEqual([]);
    expect(baselineWindow(flat, 10).entries).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 11]);
    expect(() => baselineWindow(s, 0)).toThrow(/--window must be a whole number >= 1/);
  });
});
