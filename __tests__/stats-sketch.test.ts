// The quantile sketch of bounded-memory runs: every percentile within the stated relative error of
// the exact k6 percentile, merges equal to one sketch of all values, zeros and negatives kept.
import { describe, expect, it } from 'vitest';
import { QuantileSketch, SKETCH_RELATIVE_ERROR } from '../src/stats/sketch.js';
import { percentileSorted } from '../src/stats/percentile.js';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** k6-like latencies: a base, an exponential jitter and a rare long tail (ms). */
function latencies(n: number, seed: number): Float64Array {
  const r = rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let v = 12 + -Math.log(1 - r()) * 8;
    if (r() < 0.02) v += -Math.log(1 - r()) * 400;
    out[i] = Math.round(v * 1e4) / 1e4;
  }
  return out;
}

const PS = [0, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1];

describe('QuantileSketch', () => {
  it('every k6 percentile within 0.1% of the exact one', () => {
    const values = latencies(200_000, 7);
    const s = new QuantileSketch();
    s.addAll(values);
    const sorted = Float64Array.from(values).sort();
    expect(s.count).toBe(values.length);
    for (const p of PS) {
      const exact = percentileSorted(sorted, p);
      const est = s.percentile(p);
      expect(Math.abs(est - exact) / exact, `p=${p}`).toBeLessThanOrEqual(SKETCH_RELATIVE_ERROR * (1 + 1e-9));
    }
    // and every rank, not only the usual percentiles
    for (let i = 0; i < sorted.length; i += 997) {
      expect(Math.abs(s.valueAtRank(i) - sorted[i]) / sorted[i]).toBeLessThanOrEqual(
        SKETCH_RELATIVE_ERROR * (1 + 1e-9),
      );
    }
  });

  it('the bound is not loose: some estimate is off by more than a tenth of it', () => {
    const values = latencies(50_000, 3);
    const s = new QuantileSketch();
    s.addAll(values);
    const sorted = Float64Array.from(values).sort();
    const worst = Math.max(...PS.map((p) => Math.abs(s.percentile(p) / percentileSorted(sorted, p) - 1)));
    expect(worst).toBeGreaterThan(SKETCH_RELATIVE_ERROR / 10);
  });

  it('shards merged equal one sketch of every value, in any order', () => {
    const values = latencies(30_000, 11);
    const whole = new QuantileSketch();
    whole.addAll(values);
    const a = new QuantileSketch();
    const b = new QuantileSketch();
    a.addAll(values.subarray(15_000));
    b.addAll(values.subarray(0, 15_000));
    const merged = QuantileSketch.fromState(a.state());
    merged.merge(b);
    for (const p of PS) expect(merged.percentile(p)).toBe(whole.percentile(p));
    expect(merged.count).toBe(whole.count);
  });

  it('zeros, negatives and a single value', () => {
    const s = new QuantileSketch();
    s.addAll([-5, -1, 0, 0, 2, 10]);
    expect(s.valueAtRank(0)).toBeCloseTo(-5, 2);
    expect(s.valueAtRank(2)).toBe(0);
    expect(s.valueAtRank(3)).toBe(0);
    expect(s.valueAtRank(5)).toBeCloseTo(10, 1);
    expect(s.valueAtRank(6)).toBeNaN();
    const one = new QuantileSketch();
    one.add(42);
    expect(Math.abs(one.percentile(0.95) / 42 - 1)).toBeLessThanOrEqual(SKETCH_RELATIVE_ERROR);
    expect(new QuantileSketch().percentile(0.5)).toBeNaN();
  });

  it('refuses to merge sketches of another relative error', () => {
    expect(() => new QuantileSketch(0.001).merge(new QuantileSketch(0.01))).toThrow(/relative error/);
  });
});
