// Sorted runs merged into one (parsers/k6-ndjson/runs.ts): a worker merges each leaf's sorted
// blocks into one run before handing it over, finalize does the same for the reading thread's
// leaves. The result must be the TypedArray sort of all the values (-0 before +0), in an array of
// its own that a later merge through the same scratch does not overwrite.
import { describe, expect, it } from 'vitest';
import { mergeInScratch, mergeRuns, Scratch } from '../src/parsers/k6-ndjson/runs.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function runsOf(k: number, seed: number): Float64Array[] {
  const r = rng(seed);
  return Array.from({ length: k }, (_, i) => {
    const a = new Float64Array(1 + Math.floor(r() * 50) + (i % 3) * 7);
    for (let j = 0; j < a.length; j++) a[j] = Math.round((r() - 0.3) * 100) / 4; // ties, negatives
    return a.sort();
  });
}

describe('mergeRuns', () => {
  it('equals sorting all the values, for 0 to 9 runs (odd and even numbers of levels)', () => {
    const scratch = new Scratch();
    for (let k = 0; k <= 9; k++) {
      const runs = runsOf(k, k + 1);
      const all = new Float64Array(runs.reduce((n, a) => n + a.length, 0));
      let o = 0;
      for (const a of runs) {
        all.set(a, o);
        o += a.length;
      }
      all.sort();
      const merged = mergeRuns(runs, scratch);
      expect(Array.from(merged), `k=${k}`).toEqual(Array.from(all));
      if (k > 1) {
        expect(merged.buffer).not.toBe(scratch.a.buffer);
        expect(merged.length).toBe(merged.buffer.byteLength / 8);
      }
    }
  });

  it('-0 before +0, as TypedArray sort orders them', () => {
    const merged = mergeRuns(
      [new Float64Array([0, 1]), new Float64Array([-0, 0]), new Float64Array([-0])],
      new Scratch(),
    );
    expect(Array.from(merged).map((x) => Object.is(x, -0))).toEqual([true, true, false, false, false]);
  });

  it('a result survives the next merge through the same scratch', () => {
    const scratch = new Scratch();
    const first = mergeRuns(runsOf(5, 7), scratch);
    const copy = Array.from(first);
    mergeRuns(runsOf(8, 9), scratch);
    mergeRuns(runsOf(3, 11), scratch);
    expect(Array.from(first)).toEqual(copy);
  });

  it('a scratch grown by mergeRuns (one buffer) still merges entries right (both buffers)', () => {
    const scratch = new Scratch();
    mergeInScratch(runsOf(3, 1), scratch); // both buffers small
    const big = runsOf(9, 2).map((r) => {
      const x = new Float64Array(r.length * 40);
      for (let i = 0; i < x.length; i++) x[i] = r[i % r.length] + Math.floor(i / r.length) * 100;
      return x.sort();
    });
    mergeRuns(big, scratch); // grows one buffer only
    const mid = runsOf(6, 3).map((r) => {
      const x = new Float64Array(r.length * 10);
      for (let i = 0; i < x.length; i++) x[i] = r[i % r.length] - i;
      return x.sort();
    });
    const all = Float64Array.from(mid.flatMap((r) => Array.from(r))).sort();
    expect(Array.from(mergeInScratch(mid, scratch))).toEqual(Array.from(all));
  });
});
