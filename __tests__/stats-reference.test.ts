// The statistics engine against scipy (scripts/reference-scipy.py wrote the reference file).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  binomialCdf,
  chiSquareQuantile,
  normalCdf,
  normalQuantile,
  regIncBeta,
  tCdf,
  tQuantile,
} from '../src/stats/distributions.js';
import {
  newcombeDifference,
  orderStatisticRanks,
  percentileInterval,
  poissonInterval,
  samplesNeeded,
  welchInterval,
  wilsonInterval,
} from '../src/stats/intervals.js';

import type { NoiseFile } from '../src/model.js';
import { compareStatistics } from '../src/stats/compare.js';
import { combinedInterval, logRun } from '../src/stats/components.js';
import type { RunStatistic } from '../src/stats/run-statistic.js';

const ref = JSON.parse(readFileSync(new URL('./fixtures/stats-reference.json', import.meta.url), 'utf8'));

/** |a - b| <= tol * max(1, |b|): 1e-6 absolute for probabilities, relative for large quantiles. */
function close(actual: number, expected: number, tol = 1e-6): void {
  const scale = Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tol * scale)) {
    throw new Error(`expected ${expected}, got ${actual} (diff ${actual - expected})`);
  }
}

describe('reference file', () => {
  it('was written by scipy', () => {
    expect(ref.generated_by).toBe('scripts/reference-scipy.py');
    expect(typeof ref.scipy).toBe('string');
    expect(ref.t_quantile.length).toBeGreaterThan(40);
  });
});

describe('t distribution', () => {
  it('quantiles match scipy for df 1, 2, 3.7, 8, 30, 1000', () => {
    const dfs = new Set<number>();
    for (const c of ref.t_quantile) {
      close(tQuantile(c.p, c.df), c.t);
      dfs.add(c.df);
    }
    expect([...dfs]).toEqual([1, 2, 3.7, 8, 30, 1000]);
  });
  it('CDF matches scipy', () => {
    for (const c of ref.t_cdf) close(tCdf(c.t, c.df), c.p);
  });
  it('quantile inverts the CDF (non-integer df, extreme p)', () => {
    for (const df of [0.7, 1.5, 3.7, 12.25, 250]) {
      for (const p of [1e-8, 0.01, 0.3, 0.77, 0.999999]) {
        const t = tQuantile(p, df);
        close(tCdf(t, df), p, 1e-9);
      }
    }
  });
});

describe('normal distribution (not a lookup table)', () => {
  it('quantiles match scipy', () => {
    for (const c of ref.normal_quantile) close(normalQuantile(c.p), c.z);
  });
  it('CDF matches scipy, with relative accuracy deep in the tail', () => {
    for (const c of ref.normal_cdf) {
      close(normalCdf(c.z), c.p);
      if (c.p > 0 && c.p < 1e-3) expect(Math.abs(normalCdf(c.z) / c.p - 1)).toBeLessThan(1e-9);
    }
  });
});

describe('incomplete beta and binomial CDF', () => {
  it('regularized incomplete beta matches scipy', () => {
    for (const c of ref.incomplete_beta) close(regIncBeta(c.x, c.a, c.b), c.value, 1e-9);
  });
  it('binomial CDF matches scipy up to n = 1e6', () => {
    for (const c of ref.binomial_cdf) close(binomialCdf(c.k, c.n, c.p), c.cdf, 1e-9);
  });
});

describe('Welch interval', () => {
  it('difference, df, bounds match scipy', () => {
    for (const c of ref.welch) {
      const w = welchInterval(c.x, c.y, c.confidence);
      close(w.estimate, c.estimate, 1e-9);
      close(w.df, c.df, 1e-9);
      close(w.lower, c.lower);
      close(w.upper, c.upper);
      close(w.estimate / w.se, c.t, 1e-9);
      // one-sided p-value for "y greater than x" from our t CDF = scipy's ttest_ind(alternative='greater')
      close(1 - tCdf(w.estimate / w.se, w.df), c.p_greater);
    }
  });
});

describe('Wilson and Newcombe', () => {
  it('Wilson score bounds match scipy binomtest(...).proportion_ci(method="wilson")', () => {
    for (const c of ref.wilson) {
      const w = wilsonInterval(c.k, c.n, c.confidence);
      close(w.lower, c.lower);
      close(w.upper, c.upper);
    }
  });
  it('Newcombe hybrid score interval for the difference matches', () => {
    for (const c of ref.newcombe) {
      const d = newcombeDifference(c.x1, c.n1, c.x2, c.n2, c.confidence);
      close(d.lower, c.lower);
      close(d.upper, c.upper);
    }
  });
});

describe('order-statistic percentile intervals', () => {
  it('binomial ranks match scipy, including "not enough samples" (null)', () => {
    for (const c of ref.order_statistic_ranks) {
      const r = orderStatisticRanks(c.n, c.p, c.confidence);
      expect({ n: c.n, p: c.p, lower: r.lower, upper: r.upper }).toEqual({
        n: c.n,
        p: c.p,
        lower: c.lowerRank,
        upper: c.upperRank,
      });
    }
  });
  it('interval values on a sample match numpy quantile + scipy ranks', () => {
    const sorted = Float64Array.from(ref.percentile_intervals.sample as number[]);
    for (const c of ref.percentile_intervals.intervals) {
      const iv = percentileInterval(sorted, c.p, 0.95);
      close(iv.value, c.value, 1e-9);
      expect(iv.lower).toBe(c.lower);
      expect(iv.upper).toBe(c.upper);
    }
  });
  it('samples needed: p99 upper bound at 95 % needs 299, p95 59, median 5', () => {
    expect(samplesNeeded(0.99, 0.95, 'upper')).toBe(299);
    expect(Math.ceil(Math.log(0.05) / Math.log(0.99))).toBe(299);
    expect(samplesNeeded(0.95, 0.95)).toBe(59);
    expect(samplesNeeded(0.5, 0.95)).toBe(5);
    expect(samplesNeeded(0.1, 0.95, 'lower')).toBe(29);
    // consistent with the ranks: one sample fewer has no upper rank
    for (const p of [0.5, 0.9, 0.95, 0.99]) {
      const need = samplesNeeded(p, 0.95, 'upper');
      expect(orderStatisticRanks(need, p).upper).not.toBeNull();
      expect(orderStatisticRanks(need - 1, p).upper).toBeNull();
    }
  });
  it('normal approximation for very large n agrees with the exact ranks', () => {
    for (const [n, p] of [
      [2_000_000, 0.95],
      [5_000_000, 0.99],
      [1_000_000, 0.5],
    ] as const) {
      const exact = orderStatisticRanks(n, p, 0.95, 'exact');
      const approx = orderStatisticRanks(n, p, 0.95, 'normal');
      expect(exact.method).toBe('exact');
      expect(approx.method).toBe('normal');
      // a rank or two apart out of millions (the binomial's skew), i.e. the same order statistic
      expect(Math.abs(approx.lower! - exact.lower!)).toBeLessThanOrEqual(2);
      expect(Math.abs(approx.upper! - exact.upper!)).toBeLessThanOrEqual(2);
    }
    expect(orderStatisticRanks(50_000_000, 0.95).method).toBe('normal');
  });
});

describe('Poisson interval', () => {
  it('exact (Garwood) bounds match scipy gamma/chi-square quantiles', () => {
    for (const c of ref.poisson) {
      const iv = poissonInterval(c.count, c.exposure, c.confidence);
      close(iv.lower, c.lower);
      close(iv.upper, c.upper);
      close(chiSquareQuantile(c.confidence, 2 * c.count + 2) / 2 / c.exposure, c.upper_chi2);
    }
  });
});

describe('the two-component interval (issue 9)', () => {
  it('matches scipy: centre, standard error, Welch-Satterthwaite df, bounds and detectable change (1e-6)', () => {
    expect(ref.combined.length).toBeGreaterThanOrEqual(9);
    for (const c of ref.combined) {
      const z = normalQuantile(c.confidence);
      const toRun = (r: [number, number | null, number | null, number]) => logRun(r[0], r[1], r[2], r[3], z);
      const ci = combinedInterval({
        baseline: c.baseline.map(toRun),
        candidate: c.candidate.map(toRun),
        noise: c.noise
          ? { tau2: c.noise.between_var_log, df: c.noise.df, w: c.noise.sampling_var_log ?? undefined }
          : undefined,
      });
      close(ci.d, c.d);
      close(ci.lo.se, c.se_lo);
      close(ci.lo.df, c.df_lo);
      close(ci.hi.se, c.se_hi);
      close(ci.hi.df, c.df_hi);
      // through the verdict engine: the row's bounds and detectable change
      const stat = (r: [number, number | null, number | null, number]): RunStatistic => ({
        present: true,
        value: r[0],
        lower: r[1],
        upper: r[2],
        n: r[3],
        needed: 1,
        method: 'reference',
      });
      const noise: NoiseFile | undefined = c.noise
        ? {
            version: 2,
            generated_at: 'x',
            runs: c.noise.df + 1,
            keys: { 'm:p95': { ...c.noise, runs: c.noise.df + 1 } },
          }
        : undefined;
      const row = compareStatistics(
        {
          key: { metric: 'm', tags: {}, stat: 'p95', direction: 'decrease', named: true },
          baseline: c.baseline.map(stat),
          candidate: c.candidate.map(stat),
        },
        { target: 0.15, tolerance: 0.05, confidence: c.confidence, noise },
      );
      close(row.lower!, c.lower);
      close(row.upper!, c.upper);
      close(row.detectable_change!, c.detectable_change);
    }
  });
});
