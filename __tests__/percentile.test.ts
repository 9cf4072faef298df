import { describe, expect, it } from 'vitest';
import { percentileOf, percentileSorted } from '../src/stats/percentile.js';

describe('percentileSorted (k6 rule)', () => {
  it('interpolates at p*(n-1)', () => {
    const v = Float64Array.from([1, 2, 3, 4, 10]);
    expect(percentileSorted(v, 0.5)).toBe(3);
    expect(percentileSorted(v, 0.95)).toBeCloseTo(4 + 6 * 0.8, 12);
    expect(percentileSorted(v, 0)).toBe(1);
    expect(percentileSorted(v, 1)).toBe(10);
  });
  it('handles n=1 and n=0', () => {
    expect(percentileSorted([7], 0.99)).toBe(7);
    expect(percentileSorted([], 0.5)).toBeNaN();
  });
  it('parses stat names', () => {
    expect(percentileOf('p95')).toBe(0.95);
    expect(percentileOf('p(99.9)')).toBeCloseTo(0.999, 12);
    expect(percentileOf('med')).toBe(0.5);
    expect(percentileOf('avg')).toBeUndefined();
  });
});
