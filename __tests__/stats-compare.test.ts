// Keys, verdict rules (both directions), calibrated / uncalibrated modes, zeros, FDR control.
import { describe, expect, it } from 'vitest';
import { InputError, type Comparison, type KeySpec, type NoiseFile, type Run } from '../src/model.js';
import { tQuantile } from '../src/stats/distributions.js';
import {
  applyFdr,
  benjaminiHochberg,
  compareRuns,
  compareStatistics,
  decideVerdict,
  defaultKeys,
  formatComparisonTable,
} from '../src/stats/compare.js';
import { summarize, welchInterval } from '../src/stats/intervals.js';
import { defaultDirection, formatKey, parseKey, sameKey } from '../src/stats/keys.js';
import type { RunStatistic } from '../src/stats/run-statistic.js';

const OPTS = { target: 0.15, tolerance: 0.05, confidence: 0.95 };

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function normal(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/** A k6-like run: lognormal latencies (median `median` ms), `failures` of `n` requests failed. */
function syntheticRun(label: string, seed: number, median: number, n = 2000, failures = 2): Run {
  const rng = mulberry32(seed);
  const values = Float64Array.from({ length: n }, () => median * Math.exp(0.4 * normal(rng))).sort();
  return {
    label,
    files: [{ path: `${label}/results.ndjson`, sha256: 'a'.repeat(64), bytes: 1 }],
    k6: {
      format: 'k6-ndjson',
      file: `${label}/results.ndjson`,
      thresholds: [],
      warnings: [],
      series: [
        {
          summary: {
            file: label,
            metric: 'http_req_duration',
            type: 'trend',
            contains: 'time',
            tags: {},
            count: n,
          },
          sorted: values,
        },
        {
          summary: {
            file: label,
            metric: 'http_req_failed',
            type: 'rate',
            tags: {},
            count: n,
            passes: failures,
            fails: n - failures,
            rate: failures / n,
          },
        },
        {
          summary: { file: label, metric: 'http_reqs', type: 'counter', tags: {}, count: n, rate: n / 60 },
          spanSeconds: 60,
        },
      ],
    },
  };
}

const stat = (
  value: number,
  lower: number | null,
  upper: number | null,
  n = 1000,
  needed = 59,
): RunStatistic => ({
  present: true,
  value,
  lower,
  upper,
  n,
  needed,
  method: 'test',
});
const P95: KeySpec = {
  metric: 'http_req_duration',
  tags: {},
  stat: 'p95',
  direction: 'decrease',
  named: true,
};

describe('keys', () => {
  it('parses k6 keys, several tags sorted by key', () => {
    const k = parseKey('http_req_duration{scenario:peak,name:checkout}:p95');
    expect(k).toEqual({
      metric: 'http_req_duration',
      tags: { scenario: 'peak', name: 'checkout' },
      stat: 'p95',
      direction: 'decrease',
    });
    expect(formatKey(k)).toBe('http_req_duration{name:checkout,scenario:peak}:p95');
    expect(formatKey(parseKey('http_reqs:rate'))).toBe('http_reqs:rate');
    expect(parseKey('http_req_duration{url:http://x/y}:p99').tags).toEqual({ url: 'http://x/y' });
    expect(parseKey('http_req_duration:p(99.9)').stat).toBe('p99.9');
  });
  it('benchmarks: stat from the LAST colon, fullname kept whole', () => {
    const k = parseKey('tests/test_x.py::test_sort[case:{a:1}]:median');
    expect(k).toEqual({
      metric: 'tests/test_x.py::test_sort[case:{a:1}]',
      tags: {},
      stat: 'median',
      direction: 'decrease',
    });
    expect(formatKey(k)).toBe('tests/test_x.py::test_sort[case:{a:1}]:median');
  });
  it('default directions', () => {
    expect(parseKey('http_req_duration:p95').direction).toBe('decrease');
    expect(parseKey('http_req_failed:rate').direction).toBe('decrease');
    expect(parseKey('http_reqs:rate').direction).toBe('increase');
    expect(parseKey('checks:rate').direction).toBe('increase');
    expect(parseKey('a.py::test_b:median').direction).toBe('decrease');
    expect(defaultDirection('server_reported_ms', 'p95')).toBe('decrease');
    expect(defaultDirection('dropped_iterations', 'count')).toBe('decrease');
    expect(parseKey('http_reqs:rate', 'plan.json', 'decrease').direction).toBe('decrease');
  });
  it('p50 and med name the same statistic', () => {
    expect(sameKey(parseKey('http_req_duration:p50'), parseKey('http_req_duration:med'))).toBe(true);
    expect(sameKey(parseKey('http_req_duration:p90'), parseKey('http_req_duration:med'))).toBe(false);
  });
  it('bad keys are InputErrors naming the file and the key', () => {
    for (const bad of [
      'http_req_duration',
      'http_req_duration:p1000',
      'x{name}:p95',
      'x{name:a:p95',
      ':p95',
      'x{}:p95',
    ]) {
      let err: unknown;
      try {
        parseKey(bad, 'optimization-plan.json');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).file).toBe('optimization-plan.json');
      expect((err as Error).message).toContain(`"${bad}"`);
    }
  });
});

describe('verdict rules', () => {
  const v = (
    direction: 'decrease' | 'increase',
    ratio: number,
    lower: number,
    upper: number,
    calibrated = true,
  ) => decideVerdict({ direction, ratio, lower, upper, calibrated, tolerance: 0.05, target: 0.15 });
  it('decrease: regression L > 1.05, confirmed U <= 0.85, improvement ratio <= 0.85', () => {
    expect(v('decrease', 1.2, 1.06, 1.3)).toBe('regression');
    expect(v('decrease', 1.2, 1.05, 1.3)).toBe('no-change');
    expect(v('decrease', 0.7, 0.6, 0.85)).toBe('improvement-confirmed');
    expect(v('decrease', 0.7, 0.6, 0.86)).toBe('improvement');
    expect(v('decrease', 0.7, 0.6, 0.8, false)).toBe('improvement'); // uncalibrated never confirms
    expect(v('decrease', 0.86, 0.6, 0.9)).toBe('no-change');
  });
  it('increase mirrors relative to the baseline: regression U < 0.95, confirmed L >= 1.15', () => {
    expect(v('increase', 0.8, 0.7, 0.94)).toBe('regression');
    expect(v('increase', 0.8, 0.7, 0.95)).toBe('no-change');
    expect(v('increase', 1.3, 1.15, 1.4)).toBe('improvement-confirmed');
    expect(v('increase', 1.3, 1.14, 1.4)).toBe('improvement');
    expect(v('increase', 1.3, 1.2, 1.4, false)).toBe('improvement');
    expect(v('increase', 1.14, 1.1, 1.2)).toBe('no-change');
    // a throughput DROP is never an improvement, a latency DROP never a regression
    expect(v('increase', 0.5, 0.4, 0.6)).toBe('regression');
    expect(v('decrease', 0.5, 0.4, 0.6)).toBe('improvement-confirmed');
  });
});

describe('calibrated comparisons: two variance components', () => {
  const base = [54, 55.2, 52.9, 56.1, 53.3];
  const cand = [38.3, 39.9, 37.2, 38.8, 40.1];
  const noiseOf = (between: number, df: number, sampling: number | null = null): NoiseFile => ({
    version: 2,
    generated_at: 'x',
    runs: df + 1,
    keys: {
      'http_req_duration:p95': { between_var_log: between, df, runs: df + 1, sampling_var_log: sampling },
    },
  });
  it('5 v 5 without sampling intervals: all spread is between runs, i.e. Welch on the log statistics', () => {
    const r = compareStatistics(
      {
        key: P95,
        baseline: base.map((x) => stat(x, null, null)),
        candidate: cand.map((x) => stat(x, null, null)),
      },
      OPTS,
    );
    const w = welchInterval(base.map(Math.log), cand.map(Math.log), 0.95);
    expect(r.calibrated).toBe(true);
    expect(r.ratio).toBeCloseTo(Math.exp(w.estimate), 12);
    expect(r.lower).toBeCloseTo(Math.exp(w.lower), 12);
    expect(r.upper).toBeCloseTo(Math.exp(w.upper), 12);
    expect(r.verdict).toBe('improvement-confirmed');
    expect(r.pValue!).toBeLessThan(0.05);
    expect(r.reason).toMatch(/calibrated: 5 v 5 runs, between-run variance of each side.*df \d/);
    // baseline/candidate are geometric means
    expect(r.baseline).toBeCloseTo(Math.exp(summarize(base.map(Math.log)).mean), 10);
  });
  it('1 v 3: the multi-run side between-run variance for both sides and its df', () => {
    const c3 = [38.3, 39.9, 37.2];
    const r = compareStatistics(
      { key: P95, baseline: [stat(54, null, null)], candidate: c3.map((x) => stat(x, null, null)) },
      OPTS,
    );
    const s = summarize(c3.map(Math.log));
    const se = s.sd * Math.sqrt(1 + 1 / 3);
    const d = s.mean - Math.log(54);
    expect(r.calibrated).toBe(true);
    expect(r.upper).toBeCloseTo(Math.exp(d + tQuantile(0.95, 2) * se), 12);
    expect(r.reason).toMatch(/candidate side for both sides.*df 2\.0/);
  });
  it('1 v 1 with a noise file and no sampling intervals: SE = tau·sqrt(1/m + 1/n), df from the file', () => {
    const r = compareStatistics(
      { key: P95, baseline: [stat(54, null, null)], candidate: [stat(40, null, null)] },
      { ...OPTS, noise: noiseOf(0.04 ** 2, 5) },
    );
    const U = Math.exp(Math.log(40 / 54) + tQuantile(0.95, 5) * 0.04 * Math.SQRT2);
    expect(r.calibrated).toBe(true);
    expect(r.upper).toBeCloseTo(U, 12);
    expect(r.verdict).toBe('improvement-confirmed');
  });
  it('1 v 1 with a noise file: Var = tau²·2 + w_b + w_c, df by Welch-Satterthwaite (symmetric log bounds)', () => {
    const z = 1.6448536269514722;
    const b = stat(50, 50 / 1.1, 55, 1000);
    const c = stat(60, 60 / 1.1, 66, 2000);
    const w = (Math.log(1.1) / z) ** 2;
    const tau2 = 0.03 ** 2;
    const r = compareStatistics(
      { key: P95, baseline: [b], candidate: [c] },
      { ...OPTS, noise: noiseOf(tau2, 1) },
    );
    const v = 2 * tau2 + w + w;
    const df = v ** 2 / ((2 * tau2) ** 2 / 1 + w ** 2 / 999 + w ** 2 / 1999);
    const h = tQuantile(0.95, df) * Math.sqrt(v);
    expect(r.lower).toBeCloseTo(1.2 * Math.exp(-h), 12);
    expect(r.upper).toBeCloseTo(1.2 * Math.exp(h), 12);
    expect(r.reason).toContain(`df ${df.toFixed(1)}`);
    expect(r.detectable_change).toBeCloseTo(100 * (Math.exp(h) - 1), 9);
  });
  it('asymmetric run intervals: each bound uses the half of each run interval that moves it', () => {
    // a p95 next to a latency tail: the candidate's upper bound is far, its lower bound near
    const z = 1.6448536269514722;
    const b = stat(50, 48, 52, 1000);
    const c = stat(80, 77, 190, 1000);
    const r = compareStatistics(
      { key: P95, baseline: [b], candidate: [c] },
      { ...OPTS, noise: noiseOf(0, 1) },
    );
    const bound = (a: number, b2: number) => {
      const v = a + b2;
      return tQuantile(0.95, v ** 2 / (a ** 2 / 999 + b2 ** 2 / 999)) * Math.sqrt(v);
    };
    const sq = (x: number) => (x / z) ** 2;
    const lo = bound(sq(Math.log(80 / 77)), sq(Math.log(52 / 50)));
    const hi = bound(sq(Math.log(190 / 80)), sq(Math.log(50 / 48)));
    expect(r.lower).toBeCloseTo(1.6 * Math.exp(-lo), 10);
    expect(r.upper).toBeCloseTo(1.6 * Math.exp(hi), 10);
    // the far upper bound does not hide the clear regression (a symmetric width would: L < 1.05)
    expect(r.verdict).toBe('regression');
    const uncal = compareStatistics(
      { key: P95, baseline: [b], candidate: [c] },
      { ...OPTS, uncalibratedMargin: 0 },
    );
    expect(r.lower!).toBeGreaterThanOrEqual(uncal.lower!);
    expect(r.upper!).toBeLessThanOrEqual(uncal.upper!);
  });
  it('two identical runs per side are not certainty: their sampling variance remains', () => {
    const same = (x: number) => stat(x, x * 0.9, x * 1.1);
    const r = compareStatistics(
      { key: P95, baseline: [same(50), same(50)], candidate: [same(54), same(54)] },
      OPTS,
    );
    expect(r.lower!).toBeLessThan(1.05); // without the sampling part: L = U = 1.08, a "regression"
    expect(r.verdict).toBe('no-change');
  });
  it('a calibration that finds no between-run noise is no wider than the uncalibrated bounds without the allowance', () => {
    for (const [b, c] of [
      [stat(50, 47, 53), stat(56, 52, 60)],
      [stat(50, 40, 66), stat(40, 37, 44)],
      [stat(0.02, 0.015, 0.027), stat(0.05, 0.043, 0.058)],
    ] as const) {
      const cal = compareStatistics(
        { key: P95, baseline: [b], candidate: [c] },
        { ...OPTS, noise: noiseOf(0, 1) },
      );
      const bare = compareStatistics(
        { key: P95, baseline: [b], candidate: [c] },
        { ...OPTS, uncalibratedMargin: 0 },
      );
      expect(cal.calibrated).toBe(true);
      expect(cal.lower!).toBeGreaterThanOrEqual(bare.lower!);
      expect(cal.upper!).toBeLessThanOrEqual(bare.upper!);
    }
  });
  it('more calibration runs with the same spread never widen an interval; df follow the dominant component', () => {
    const b = stat(50, 48, 52, 5000);
    const c = stat(55, 53, 57, 5000);
    let prev = Infinity;
    const dfs: number[] = [];
    for (const df of [1, 2, 4, 9, 19, 99]) {
      const r = compareStatistics(
        { key: P95, baseline: [b], candidate: [c] },
        { ...OPTS, noise: noiseOf(0.05 ** 2, df) },
      );
      const width = Math.log(r.upper!) - Math.log(r.lower!);
      expect(width).toBeLessThanOrEqual(prev + 1e-12);
      prev = width;
      dfs.push(Number(/Satterthwaite, df ([\d.]+)/.exec(r.reason)![1]));
    }
    // between-run dominates (0.05 vs ~0.012 sampling SD): df stays near the calibration's
    expect(dfs[0]).toBeLessThan(2);
    expect(dfs[5]).toBeLessThan(200);
    // a tiny between-run variance: df follow the sampling component (large)
    const small = compareStatistics(
      { key: P95, baseline: [b], candidate: [c] },
      { ...OPTS, noise: noiseOf(0.001 ** 2, 1) },
    );
    expect(Number(/Satterthwaite, df ([\d.]+)/.exec(small.reason)![1])).toBeGreaterThan(1000);
  });
  it('a noise file from one A/A pair no longer blinds the gate (issue 9): p95 +55 % is a regression', () => {
    // sampling SD ~2 % per run, one calibration pair that differed by 1.5 %
    const b = stat(100, 96.8, 103.3, 5000);
    const c = stat(155, 150, 160.2, 5000);
    const z = 1.6448536269514722;
    const w = ((Math.log(103.3) - Math.log(96.8)) / (2 * z)) ** 2;
    const tau2 = Math.max(0, Math.log(1.015) ** 2 / 2 - w);
    const r = compareStatistics(
      { key: P95, baseline: [b], candidate: [c] },
      { ...OPTS, noise: noiseOf(tau2, 1, w) },
    );
    expect(r.verdict).toBe('regression');
    expect(r.lower!).toBeGreaterThan(1.4);
  });
  it('a run without a sampling interval borrows the calibration runs sampling variance', () => {
    const r = compareStatistics(
      { key: P95, baseline: [stat(100, null, null)], candidate: [stat(100, null, null)] },
      { ...OPTS, noise: noiseOf(0, 1, 0.01 ** 2) },
    );
    expect(r.verdict).toBe('no-change');
    // two sampling components of df n - 1 = 999 each: df 1998
    expect(r.upper).toBeCloseTo(Math.exp(tQuantile(0.95, 1998) * 0.01 * Math.SQRT2), 9);
    const none = compareStatistics(
      { key: P95, baseline: [stat(100, null, null)], candidate: [stat(100, null, null)] },
      { ...OPTS, noise: noiseOf(0, 1, null) },
    );
    expect(none.verdict).toBe('insufficient-data');
    expect(none.detectable_change).toBeNull();
  });
});

describe('uncalibrated comparisons (one run per side)', () => {
  it('combines bounds (not standard errors) and widens them by the run-to-run allowance', () => {
    // DESIGN's example: p99 68 ms [64, 161] vs 158 ms [68, 164] must not be a regression
    const r = compareStatistics(
      { key: P95, baseline: [stat(68, 64, 161)], candidate: [stat(158, 68, 164)] },
      OPTS,
    );
    expect(r.calibrated).toBe(false);
    expect(r.lower).toBeCloseTo(68 / 161 / 1.1, 12);
    expect(r.upper).toBeCloseTo((164 / 64) * 1.1, 12);
    expect(r.verdict).toBe('no-change');
    expect(r.pValue).toBeUndefined();
  });
  it('a 9 % drift with very tight intervals is no-change with the allowance, a regression without it', () => {
    const input = {
      key: { ...P95, stat: 'median' },
      baseline: [stat(100, 99.8, 100.2)],
      candidate: [stat(109, 108.8, 109.2)],
    };
    expect(compareStatistics(input, OPTS).verdict).toBe('no-change');
    expect(compareStatistics(input, { ...OPTS, uncalibratedMargin: 0 }).verdict).toBe('regression');
    // a real 30 % regression still shows through the allowance
    expect(compareStatistics({ ...input, candidate: [stat(130, 129, 131)] }, OPTS).verdict).toBe(
      'regression',
    );
  });
  it('never confirms an improvement, however large', () => {
    const r = compareStatistics(
      { key: P95, baseline: [stat(100, 99, 101)], candidate: [stat(40, 39.5, 40.5)] },
      OPTS,
    );
    expect(r.verdict).toBe('improvement');
    expect(r.reason).toMatch(/not confirmed without calibration/);
  });
  it('a run without a sampling interval (summary only) is insufficient-data, saying what to do', () => {
    const r = compareStatistics(
      {
        key: P95,
        baseline: [{ ...stat(54, null, null), note: 'summary file only' } as RunStatistic],
        candidate: [stat(40, 39, 41)],
      },
      OPTS,
    );
    expect(r.verdict).toBe('insufficient-data');
    expect(r.reason).toMatch(/no sampling interval.*summary file only.*noise file/);
  });
  it('throughput (increase): a drop is a regression, on synthetic k6 runs', () => {
    const b = syntheticRun('b', 1, 40, 6000);
    const c = syntheticRun('c', 2, 40, 4000);
    const r = compareRuns([b], [c], { ...OPTS, keys: [parseKey('http_reqs:rate')] });
    expect(r).toHaveLength(1);
    expect(r[0].direction).toBe('increase');
    expect(r[0].ratio).toBeCloseTo(4000 / 6000, 12);
    expect(r[0].verdict).toBe('regression');
  });
});

describe('samples and missing keys', () => {
  it('p99 from 200 samples is insufficient-data: has 200, needs 299', () => {
    const b = syntheticRun('b', 3, 40, 200);
    const c = syntheticRun('c', 4, 40, 5000);
    const [r] = compareRuns([b], [c], { ...OPTS, keys: [parseKey('http_req_duration:p99')] });
    expect(r.verdict).toBe('insufficient-data');
    expect(r.samples).toEqual({ baseline: 200, candidate: 5000, needed: 299 });
    expect(r.reason).toBe('baseline run "b" has 200 samples; p99 at 95 % needs 299');
  });
  it('a key absent from a side is insufficient-data naming the run', () => {
    const b = syntheticRun('b', 3, 40);
    const [r] = compareRuns([b], [b], { ...OPTS, keys: [parseKey('http_req_duration{name:checkout}:p95')] });
    expect(r.verdict).toBe('insufficient-data');
    expect(r.reason).toMatch(/run "b" has no http_req_duration\{name:checkout\}/);
  });
  it('no runs on a side', () => {
    const rows = compareRuns([], [syntheticRun('c', 1, 40)], OPTS);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.verdict).toBe('insufficient-data');
  });
});

describe('rates at zero (no division by zero)', () => {
  const rate = (successes: number, trials: number): RunStatistic => ({
    present: true,
    value: successes / trials,
    lower: 0,
    upper: 0.3,
    n: trials,
    needed: 1,
    method: 'Wilson',
    counts: { successes, trials },
  });
  const ERR: KeySpec = {
    metric: 'http_req_failed',
    tags: {},
    stat: 'rate',
    direction: 'decrease',
    named: true,
  };
  const run = (successes: number, trials: number, label: string) =>
    syntheticRun(label, 9, 40, trials, successes);
  const cmp = (b: Run[], c: Run[]) =>
    compareRuns(b, c, { ...OPTS, keys: [parseKey('http_req_failed:rate')] })[0];
  it('both 0 -> no-change', () => {
    const r = cmp([run(0, 1000, 'b')], [run(0, 1000, 'c')]);
    expect(r.verdict).toBe('no-change');
    expect(r.ratio).toBe(1);
    expect(r.upper).toBeNull(); // unbounded
  });
  it('baseline 0, candidate 50/1000 -> regression (the lower bound is finite)', () => {
    const r = cmp([run(0, 1000, 'b')], [run(50, 1000, 'c')]);
    expect(r.verdict).toBe('regression');
    expect(r.ratio).toBeNull(); // infinite
    expect(r.lower!).toBeGreaterThan(1.05);
    expect(r.reason).toMatch(/rate of 0/);
  });
  it('baseline 0, candidate 1/1000 -> no-change (one failure proves nothing)', () => {
    expect(cmp([run(0, 1000, 'b')], [run(1, 1000, 'c')]).verdict).toBe('no-change');
  });
  it('baseline 5/1000, candidate 0 -> improvement, never confirmed', () => {
    const r = cmp([run(5, 1000, 'b')], [run(0, 1000, 'c')]);
    expect(r.verdict).toBe('improvement');
    expect(r.ratio).toBe(0);
  });
  it('several runs with a zero pool their counts (log scale undefined) and say so', () => {
    const r = cmp([run(0, 1000, 'b1'), run(1, 1000, 'b2')], [run(40, 1000, 'c1'), run(60, 1000, 'c2')]);
    expect(r.calibrated).toBe(false);
    expect(r.verdict).toBe('regression');
    expect(r.reason).toMatch(/baseline 1\/2000, candidate 100\/2000/);
  });
  it('positive rates on 3 v 3 runs are calibrated on the log scale', () => {
    const r = cmp(
      [run(10, 1000, 'b1'), run(12, 1000, 'b2'), run(9, 1000, 'b3')],
      [run(30, 1000, 'c1'), run(33, 1000, 'c2'), run(28, 1000, 'c3')],
    );
    expect(r.calibrated).toBe(true);
    expect(r.verdict).toBe('regression');
  });
  it('zero rates given as statistics use their counts, not the given bounds', () => {
    const r = compareStatistics({ key: ERR, baseline: [rate(0, 10)], candidate: [rate(9, 10)] }, OPTS);
    expect(r.verdict).toBe('regression'); // 0/10 -> 9/10: Wilson on the counts
    expect(
      compareStatistics({ key: ERR, baseline: [rate(0, 10)], candidate: [rate(0, 10)] }, OPTS).verdict,
    ).toBe('no-change');
  });
});

describe('false-discovery-rate control', () => {
  it('Benjamini-Hochberg step-up on a known vector', () => {
    // m = 5, q = 0.05: thresholds .01 .02 .03 .04 .05; sorted p .005 .011 .02 .04 .3 -> k = 4
    expect(benjaminiHochberg([0.04, 0.005, 0.3, 0.011, 0.02], 0.05)).toEqual([true, true, false, true, true]);
    expect(benjaminiHochberg([0.03, 0.04], 0.05)).toEqual([true, true]);
    expect(benjaminiHochberg([0.03, 0.6], 0.05)).toEqual([false, false]);
  });
  const row = (key: string, verdict: Comparison['verdict'], pValue: number, named = false): Comparison => ({
    key,
    direction: 'decrease',
    baseline: 1,
    candidate: 1.1,
    ratio: 1.1,
    lower: 1.06,
    upper: 1.2,
    verdict,
    calibrated: true,
    runs: { baseline: 3, candidate: 3 },
    sources: { baseline: [], candidate: [] },
    named,
    reason: 'r',
    pValue,
  });
  it('a default key regression that does not survive BH becomes no-change; named keys are judged alone', () => {
    const rows = [
      row('a:p95', 'regression', 0.03),
      row('b:p95', 'no-change', 0.5),
      row('c:p95', 'no-change', 0.7),
      row('d:p95', 'regression', 0.03, true),
      row('e:p95', 'improvement-confirmed', 0.04),
    ];
    applyFdr(rows, 0.05);
    expect(rows[0].verdict).toBe('no-change');
    expect(rows[0].reason).toMatch(
      /^not significant after FDR control \(Benjamini-Hochberg q=0.05 over 4 default keys, p=0.0300\)/,
    );
    expect(rows[3].verdict).toBe('regression'); // named: alone
    expect(rows[4].verdict).toBe('improvement'); // the point estimate still meets the target
  });
  it('a strong default regression survives', () => {
    const rows = [
      row('a:p95', 'regression', 0.001),
      row('b:p95', 'no-change', 0.5),
      row('c:p95', 'no-change', 0.9),
    ];
    applyFdr(rows, 0.05);
    expect(rows[0].verdict).toBe('regression');
  });
  it('through compareRuns: default keys carry p-values and go through BH', () => {
    const b = [1, 2, 3].map((i) => syntheticRun(`b${i}`, i, 40));
    const c = [4, 5, 6].map((i) => syntheticRun(`c${i}`, i, 40));
    const rows = compareRuns(b, c, OPTS);
    const p95 = rows.find((r) => r.key === 'http_req_duration:p95')!;
    expect(p95.named).toBe(false);
    expect(p95.calibrated).toBe(true);
    expect(p95.pValue).toBeGreaterThan(0);
    expect(rows.every((r) => r.verdict !== 'regression')).toBe(true);
  });
});

describe('default keys and the table', () => {
  it('default keys come from both sides, named keys first and not repeated', () => {
    const b = syntheticRun('b', 1, 40);
    const keys = defaultKeys([b], []).map(formatKey);
    expect(keys).toEqual([
      'http_req_duration:p50',
      'http_req_duration:p95',
      'http_req_duration:p99',
      'http_req_failed:rate',
      'http_reqs:rate',
    ]);
    const rows = compareRuns([b], [syntheticRun('c', 2, 40)], {
      ...OPTS,
      keys: [parseKey('http_req_duration:med')],
      defaultKeys: true,
    });
    expect(rows.map((r) => r.key)).toEqual([
      'http_req_duration:med',
      'http_req_duration:p95',
      'http_req_duration:p99',
      'http_req_failed:rate',
      'http_reqs:rate',
    ]);
    expect(rows[0].named).toBe(true);
    expect(rows[1].named).toBe(false);
  });
  it('formats a readable table', () => {
    const rows = compareRuns([syntheticRun('b', 1, 40)], [syntheticRun('c', 2, 30)], OPTS);
    const t = formatComparisonTable(rows);
    const lines = t.split('\n');
    expect(lines[0]).toMatch(/^key\s+verdict\s+baseline\s+candidate\s+change\s+bounds/);
    expect(t).toMatch(/http_req_duration:p95 \*\s+improvement\s+\d+\.\d+ ms\s+\d+\.\d+ ms\s+-2\d\.\d %/);
    expect(t).toContain('Benjamini-Hochberg');
  });
});
