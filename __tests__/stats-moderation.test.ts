// Empirical-Bayes moderation of the between-run variance across the default keys (issue 15's
// "two baseline files vs one with two benchmarks 2x slower"): the polygamma functions and limma's
// method-of-moments fit against scipy (values from scipy.special 1.17 digamma / polygamma and
// brentq on polygamma(1, y) = x; the fit recomputed with them, printed with repr), the family rules
// (kinds, named keys, noise entries), the seeded perturbation of the pytest-benchmark fixture over 20
// seeds, and a seeded null simulation of families with unequal run-to-run spreads against the
// unmoderated engine.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KeySpec, NoiseFile, Run } from '../src/model.js';
import { parsePytestBenchmark } from '../src/parsers/pytest-benchmark/index.js';
import {
  applyFdr,
  compareFamily,
  compareRuns,
  compareStatistics,
  type CompareOptions,
  type StatisticsInput,
} from '../src/stats/compare.js';
import { defaultKeys } from '../src/stats/default-keys.js';
import {
  digamma,
  normalQuantile,
  normalQuantileApprox,
  tetragamma,
  trigamma,
  trigammaInverse,
} from '../src/stats/distributions.js';
import { moderateFamily, statisticKind } from '../src/stats/family.js';
import { parseKey } from '../src/stats/keys.js';
import { cappedPriorDf, fitVariancePrior, squeezeVariance } from '../src/stats/moderation.js';
import { runStatistic, type RunStatistic } from '../src/stats/run-statistic.js';
// @ts-expect-error plain ES module script without types
import { perturb } from '../scripts/perturb-benchmark.mjs';

const close = (actual: number, expected: number, rel = 1e-12) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));

describe('polygamma functions (scipy.special)', () => {
  // x, digamma, trigamma, polygamma(2, x)
  const REF: [number, number, number, number][] = [
    [0.05, -20.49784499129987, 401.53235734211506, -16002.108158021943],
    [0.5, -1.9635100260214235, 4.93480220054468, -16.828796644234316],
    [1, -0.5772156649015329, 1.6449340668482266, -2.404113806319188],
    [2.5, 0.7031566406452432, 0.4903577561002349, -0.23620405164172736],
    [9.99, 2.250700372831201, 0.10527695014824176, -0.01107307053146105],
    [10, 2.251752589066721, 0.10516633568168576, -0.011049834970802069],
    [37, 3.597343531893106, 0.027395547002757686, -0.0007504690783478298],
    [1000, 6.907255195648812, 0.001000500166666633, -1.0010004999998335e-6],
  ];
  it('digamma, trigamma and tetragamma match scipy to 1e-12 relative; closed forms at 1 and 1/2', () => {
    for (const [x, psi, psi1, psi2] of REF) {
      close(digamma(x), psi);
      close(trigamma(x), psi1);
      close(tetragamma(x), psi2);
    }
    close(digamma(1), -0.5772156649015329); // -Euler's gamma
    close(trigamma(1), Math.PI ** 2 / 6);
    close(trigamma(0.5), Math.PI ** 2 / 2);
    close(digamma(0.5), -0.5772156649015329 - 2 * Math.LN2);
    expect(() => digamma(0)).toThrow(RangeError);
    expect(() => trigamma(-1)).toThrow(RangeError);
  });
  it('trigammaInverse solves trigamma(y) = x (scipy brentq)', () => {
    const REF_INV: [number, number][] = [
      [0.1, 10.491681821078423],
      [1, 1.426255120215079],
      [Math.PI ** 2 / 2, 0.5],
      [100, 0.10072375880005267],
      [1e-3, 1000.4999166666822],
    ];
    for (const [x, y] of REF_INV) close(trigammaInverse(x), y, 1e-9);
    expect(() => trigammaInverse(0)).toThrow(RangeError);
  });
});

describe("limma's fitFDist / squeezeVar, with the prior df capped at the other keys' df", () => {
  it('unequal variances, 1 df each: a finite prior df (scipy)', () => {
    const obs = [0.0004, 0.01, 0.0025, 0.09, 0.000025, 0.04, 0.0016].map((s2) => ({ s2, df: 1 }));
    const p = fitVariancePrior(obs)!;
    close(p.s02, 0.004170034137324654, 1e-9);
    close(p.d0, 1.3748828397746795, 1e-9);
    expect(p.dfTotal).toBe(7);
    const post = squeezeVariance(p, obs[0]);
    close(post.s2, 0.002582573032219216, 1e-9);
    close(post.df, 2.3748828397746795, 1e-9);
  });
  it('a spread of ln s^2 no wider than sampling noise: d0 infinite, capped at the other keys df (scipy)', () => {
    const obs = [
      { s2: 0.0012, df: 4 },
      { s2: 0.0031, df: 4 },
      { s2: 0.0008, df: 1 },
      { s2: 0.0022, df: 2 },
      { s2: 0.015, df: 3 },
    ];
    const p = fitVariancePrior(obs)!;
    expect(p.d0).toBe(Infinity);
    close(p.s02, 0.004344338063837482, 1e-9);
    expect(cappedPriorDf(p, obs[0])).toBe(10);
    expect(cappedPriorDf(p, obs[2])).toBe(13);
    const post = squeezeVariance(p, obs[0]);
    close(post.s2, 0.0034459557598839155, 1e-9);
    expect(post.df).toBe(14);
  });
  it('zero variances stay out of the fit but are moderated; fewer than 3 usable: no prior', () => {
    const obs = [0.001, 0.002, 0.0015].map((s2) => ({ s2, df: 1 }));
    const withZero = [...obs, { s2: 0, df: 1 }];
    const p = fitVariancePrior(withZero)!;
    expect(p).toEqual(fitVariancePrior(obs));
    expect(p.used).toBe(3);
    const zero = squeezeVariance(p, { s2: 0, df: 1 });
    expect(zero.df).toBe(p.dfTotal + 1);
    close(zero.s2, (p.dfTotal * p.s02) / (p.dfTotal + 1));
    expect(zero.s2).toBeGreaterThan(0);
    expect(
      fitVariancePrior([
        { s2: 0.001, df: 1 },
        { s2: 0.002, df: 1 },
        { s2: 0, df: 1 },
      ]),
    ).toBeNull();
    expect(
      fitVariancePrior([
        { s2: 0.001, df: 3 },
        { s2: 0.002, df: 3 },
      ]),
    ).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// the pytest-benchmark fixture, seeded reruns (scripts/perturb-benchmark.mjs, sigma 0.04)

const BENCH = '__tests__/fixtures/pytest/benchmark/bench-baseline.json';
const SLOW = ['test_benchmarks.py::test_parse_orders', 'test_benchmarks.py::test_render_csv'];
const OPTS: CompareOptions = { target: 0.15, tolerance: 0.05, confidence: 0.95 };
const DOC = JSON.parse(readFileSync(BENCH, 'utf8'));
const benchRun = (label: string, doc: unknown): Run => ({
  label,
  files: [],
  benchmarks: parsePytestBenchmark(JSON.stringify(doc), label),
});
const rerun = (seed: number, factor = 1, bench: string[] = []) =>
  perturb(DOC, { seed, sigma: 0.04, factor, bench }).doc;

/** The engine without moderation: each key alone, then Benjamini-Hochberg (the rows before issue 15). */
function unmoderated(baseline: Run[], candidate: Run[], opts: CompareOptions) {
  const inputs = defaultKeys(baseline, candidate).map((key): StatisticsInput => ({
    key,
    baseline: baseline.map((r) => runStatistic(r, key, opts.confidence)),
    candidate: candidate.map((r) => runStatistic(r, key, opts.confidence)),
  }));
  return applyFdr(inputs.map((i) => compareStatistics(i, opts)));
}

describe('two baseline runs v one with two benchmarks 2x slower, default keys (20 seeds)', () => {
  it('the two slowed benchmarks regress in every seed, no other key in any; unmoderated: withdrawn in most', () => {
    const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
    let found = 0;
    let foundUnmoderated = 0;
    let falseClaims = 0;
    let trueClaims = 0;
    for (const seed of seeds) {
      const base = [benchRun('fixture', DOC), benchRun(`rerun ${seed}`, rerun(seed))];
      const cand = [benchRun(`slow ${seed}`, rerun(1000 + seed, 2, SLOW))];
      const rows = compareRuns(base, cand, OPTS);
      expect(rows).toHaveLength(7);
      const regressed = rows.filter((r) => r.verdict === 'regression').map((r) => r.key);
      const slowRegressed = SLOW.filter((b) => regressed.includes(`${b}:median`)).length;
      if (slowRegressed === 2) found++;
      trueClaims += slowRegressed;
      falseClaims += regressed.length - slowRegressed;
      for (const r of rows)
        expect(r.reason).toMatch(/moderated across 7 default time keys \(empirical Bayes, prior df/);
      const old = unmoderated(base, cand, OPTS).filter((r) => r.verdict === 'regression');
      if (SLOW.every((b) => old.some((r) => r.key === `${b}:median`))) foundUnmoderated++;
    }
    // measured: 20 of 20 moderated, 7 of 20 unmoderated (13 withdrawn by FDR control); no false claim
    expect(found).toBeGreaterThanOrEqual(19);
    expect(foundUnmoderated).toBeLessThan(found);
    expect(falseClaims / (falseClaims + trueClaims)).toBeLessThanOrEqual(0.05);
    expect(falseClaims).toBe(0);
  });

  it('named keys are judged alone: their rows do not change, with or without default keys beside them', () => {
    const base = [benchRun('fixture', DOC), benchRun('rerun 11', rerun(11))];
    const cand = [benchRun('slow 12', rerun(12, 2, SLOW))];
    const named: KeySpec[] = DOC.benchmarks.map((b: { fullname: string }) => ({
      ...parseKey(`${b.fullname}:median`),
      named: true,
    }));
    const alone = named.map((key) =>
      compareStatistics(
        {
          key,
          baseline: base.map((r) => runStatistic(r, key, 0.95)),
          candidate: cand.map((r) => runStatistic(r, key, 0.95)),
          baselineLabels: base.map((r) => r.label),
          candidateLabels: cand.map((r) => r.label),
        },
        OPTS,
      ),
    );
    const rows = compareRuns(base, cand, { ...OPTS, keys: named });
    expect(rows.map((r) => ({ ...r, sources: undefined }))).toEqual(
      alone.map((r) => ({ ...r, sources: undefined })),
    );
    for (const r of rows) expect(r.reason).not.toMatch(/moderated/);
  });

  it('a key with its own noise-file entry keeps it and stays out of the family', () => {
    const base = [benchRun('fixture', DOC), benchRun('rerun 3', rerun(3))];
    const cand = [benchRun('slow 4', rerun(4, 2, SLOW))];
    const first = `${DOC.benchmarks[0].fullname}:median`;
    const noise: NoiseFile = {
      version: 2,
      generated_at: 'test',
      runs: 5,
      keys: { [first]: { between_var_log: 0.0016, df: 4, runs: 5, sampling_var_log: null } },
    };
    const rows = compareRuns(base, cand, { ...OPTS, noise });
    const own = rows.find((r) => r.key === first)!;
    expect(own.reason).toMatch(/from the noise file/);
    expect(own.reason).not.toMatch(/moderated/);
    for (const r of rows.filter((x) => x.key !== first))
      expect(r.reason).toMatch(/moderated across 6 default time keys/);
  });
});

describe('the family', () => {
  const spec = (s: string): KeySpec => ({ ...parseKey(s), named: false });
  it('kinds: times and sizes, error/check rates, throughput', () => {
    expect(statisticKind(spec('http_req_duration:p95'))).toBe('time');
    expect(statisticKind(spec('test_x.py::test_a:median'))).toBe('time');
    expect(statisticKind(spec('http_req_failed:rate'))).toBe('proportion');
    expect(statisticKind(spec('checks:rate'))).toBe('proportion');
    expect(statisticKind(spec('http_reqs:rate'))).toBe('throughput');
  });
  it('a group of fewer than 3 keys is not moderated; kinds are fitted apart; non-members untouched', () => {
    const ys = (base: number, spread: number) => [Math.log(base), Math.log(base) + spread];
    const member = (s: string, spread: number, m = true) => ({
      key: spec(s),
      member: m,
      baseline: ys(1, spread),
      candidate: [0],
    });
    const mods = moderateFamily([
      member('http_req_duration:p50', 0.02),
      member('http_req_duration:p95', 0.05),
      member('http_req_duration:p99', 0.09),
      member('http_req_failed:rate', 0.3),
      member('checks:rate', 0.1),
      member('http_reqs:rate', 0.01),
      member('http_req_duration{name:x}:p95', 0.04, false),
    ]);
    expect(mods.slice(0, 3).every((m) => m?.baseline && !m.candidate)).toBe(true);
    expect(mods[0]!.text).toMatch(
      /^moderated across 3 default time keys \(empirical Bayes, prior df 2\.0\)$/,
    );
    expect(mods.slice(3)).toEqual([undefined, undefined, undefined, undefined]);
  });
  it('both sides with runs: each side fitted on its own, the reason gives both prior df', () => {
    const fam = (s: string, b: number[], c: number[]) => ({
      key: spec(s),
      member: true,
      baseline: b,
      candidate: c,
    });
    const mods = moderateFamily([
      fam('a.py::t1:median', [0, 0.02, 0.01], [0, 0.03]),
      fam('a.py::t2:median', [0, 0.05, -0.02], [0, 0.01]),
      fam('a.py::t3:median', [0, 0.09, 0.04], [0, 0.06]),
    ]);
    for (const m of mods) {
      expect(m!.baseline!.df).toBeGreaterThan(2);
      expect(m!.candidate!.df).toBeGreaterThan(1);
    }
    expect(mods[0]!.text).toMatch(
      /^moderated across 3 default time keys \(empirical Bayes, prior df \d+\.\d baseline \/ \d+\.\d candidate\)$/,
    );
  });
  it('keys with the very same runs (a k6 metric and its one name) enter the fit once', () => {
    const fam = (s: string, ys: number[]) => ({ key: spec(s), member: true, baseline: ys, candidate: [0] });
    const three = [
      fam('http_req_duration:p50', [0, 0.02]),
      fam('http_req_duration:p95', [0, 0.05]),
      fam('http_req_duration{name:a}:p95', [0, 0.05]),
    ];
    expect(moderateFamily(three)).toEqual([undefined, undefined, undefined]);
    const four = moderateFamily([...three, fam('http_req_duration:p99', [0, 0.09])]);
    expect(four[0]!.text).toMatch(/^moderated across 3 default time keys/);
    expect(four[1]).toEqual(four[2]);
  });
});

// ---------------------------------------------------------------------------------------------
// seeded null simulation: 7 keys, unequal true run-to-run SD, no change

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

const KEYS = 7;
const SIM_KEYS: KeySpec[] = Array.from({ length: KEYS }, (_, k) => ({
  metric: `test_sim.py::test_${k}`,
  tags: {},
  stat: 'median',
  direction: 'decrease',
  named: false,
}));
/** true between-run SD (log scale) of each key: 2 % .. 12 % */
const SPREAD = Array.from({ length: KEYS }, (_, k) => 0.02 + (0.1 * k) / (KEYS - 1));
/** each run's own sampling SD of its statistic (a benchmark median's interval) */
const SAMPLING_SD = 0.01;
const FAMILIES = 2000;

/**
 * Per key, the share of families in which it is claimed (regression or improvement-confirmed), with
 * and without moderation; one run's statistic is exp(level + SD_k N + 0.01 N') with its own 95 %
 * one-sided interval exp(-/+ z 0.01) around it.
 */
function nullSimulation(m: number, n: number, seed: number, spread: readonly number[] = SPREAD) {
  const rng = mulberry32(seed);
  const normal = () => {
    let u = rng();
    while (u === 0) u = rng();
    return normalQuantileApprox(u);
  };
  const z = normalQuantile(OPTS.confidence);
  const run = (k: number): RunStatistic => {
    const v = Math.exp(0.3 * k + spread[k] * normal() + SAMPLING_SD * normal());
    const h = Math.exp(z * SAMPLING_SD);
    return { present: true, value: v, lower: v / h, upper: v * h, n: 200, needed: 1, method: 'simulated' };
  };
  const claimed = (r: { verdict: string }) =>
    r.verdict === 'regression' || r.verdict === 'improvement-confirmed';
  const moderated = new Array<number>(KEYS).fill(0);
  const alone = new Array<number>(KEYS).fill(0);
  for (let f = 0; f < FAMILIES; f++) {
    const inputs = SIM_KEYS.map((key, k): StatisticsInput => ({
      key,
      baseline: Array.from({ length: m }, () => run(k)),
      candidate: Array.from({ length: n }, () => run(k)),
    }));
    applyFdr(compareFamily(inputs, OPTS)).forEach((r, k) => (moderated[k] += claimed(r) ? 1 : 0));
    applyFdr(inputs.map((i) => compareStatistics(i, OPTS))).forEach(
      (r, k) => (alone[k] += claimed(r) ? 1 : 0),
    );
  }
  return { moderated: moderated.map((c) => c / FAMILIES), alone: alone.map((c) => c / FAMILIES) };
}

const pcts = (xs: number[]) => xs.map((x) => `${(100 * x).toFixed(2)} %`).join(', ');

describe('null simulation: 7 keys with run-to-run SD 2 % .. 12 %, no change (2,000 families per arm)', () => {
  for (const [m, n, seed] of [
    [2, 1, 15],
    [5, 5, 16],
  ] as const) {
    it(`${m} v ${n}: every key's false-claim rate stays at or below the nominal 5 %`, () => {
      const r = nullSimulation(m, n, seed);
      console.log(
        `null, ${m} v ${n}, SD 2-12 %: false claims per key moderated [${pcts(r.moderated)}], unmoderated [${pcts(r.alone)}]`,
      );
      for (const rate of r.moderated) expect(rate).toBeLessThanOrEqual(0.05);
    });
  }
});

describe('null simulation, the limit: run-to-run SD 1 % .. 30 % in one family (README)', () => {
  // spreads this unequal are beyond what the prior can tell apart with 1 df a key: the noisiest key's
  // variance is pulled down and its false-claim rate rises above the nominal level; the README gives
  // these figures and the way out (name the key, or a noise file)
  const WIDE = Array.from({ length: KEYS }, (_, k) => 0.01 * 30 ** (k / (KEYS - 1)));
  it('2 v 1: the noisiest key above 5 % moderated, below it unmoderated; the quiet keys at or below 5 %', () => {
    const r = nullSimulation(2, 1, 17, WIDE);
    console.log(
      `null, 2 v 1, SD 1-30 %: false claims per key moderated [${pcts(r.moderated)}], unmoderated [${pcts(r.alone)}]`,
    );
    expect(r.moderated[KEYS - 1]).toBeGreaterThan(0.05);
    expect(r.moderated[KEYS - 1]).toBeLessThan(0.2);
    expect(Math.max(...r.alone)).toBeLessThanOrEqual(0.05);
    for (const rate of r.moderated.slice(0, KEYS - 2)) expect(rate).toBeLessThanOrEqual(0.05);
  });
});
