// Seeded simulation proof of the verdict engine (performance.md section 6's model):
//   lognormal latency, median 40 ms, sigma 0.5; 60,000 requests per run (300 s at 200 req/s);
//   within-run drift per second: AR(1) on the log scale, phi 0.98, stationary SD 5 %;
//   a run-level factor, SD 3 % (log scale).
// 1,000 A/A comparisons of 5 runs vs 5 (p95) must give <= 5 % false regression/improvement-confirmed;
// a true 25 % improvement must be confirmed in >= 90 %; single-run (uncalibrated) A/A pairs must never
// give improvement-confirmed.
//
// Efficiency without changing the model: a run's p95 and its order-statistic bounds are ranks
// 56,912..57,089 of its 60,000 values, i.e. between the 2,912th and 3,089th largest. Two thresholds
// x_hi > x_lo bracket that band (set from the run's level; ~2,460 values expected above x_hi, ~3,540
// above x_lo, each about 7 SD away from the needed ranks). For each second the counts above x_hi and
// in (x_lo, x_hi] are drawn exactly (a multinomial as two binomials: Bin(200, P(X > x_hi)), then
// Bin(rest, P(x_lo < X <= x_hi | X <= x_hi))), and only the ~1,100 values in the band are drawn,
// exactly, from that second's lognormal truncated to the band (inverse CDF). Values outside the band
// are counted, never needed (the test fails loudly if a needed rank ever falls outside it). The order
// statistics are then picked by quickselect. This is the same distribution as generating all 60,000
// values and sorting them (checked against brute force on the same drift paths below).
// The true-improvement comparisons reuse the A/A candidate runs multiplied by 0.75: each is an
// independent run of the same process, and scaling every request by 0.75 is exactly "the same
// system 25 % faster"; it only makes the two scenarios' estimates correlated, not biased.
import { describe, expect, it } from 'vitest';
import type { KeySpec, NoiseEntry, NoiseFile } from '../src/model.js';
import { calibrateStatistics } from '../src/stats/calibrate.js';
import { compareStatistics } from '../src/stats/compare.js';
import { normalQuantileApprox } from '../src/stats/distributions.js';
import { orderStatisticRanks, percentileInterval, samplesNeeded } from '../src/stats/intervals.js';
import type { RunStatistic } from '../src/stats/run-statistic.js';

const N = 60_000;
const SECONDS = 300;
const PER_SECOND = N / SECONDS;
const MU = Math.log(40);
const SIGMA = 0.5;
const PHI = 0.98;
const DRIFT_SD = 0.05;
const INNOVATION_SD = DRIFT_SD * Math.sqrt(1 - PHI * PHI);
const RUN_SD = 0.03;
const P = 0.95;
const CONF = 0.95;
const COMPARISONS = 1000;
const OPTS = { target: 0.15, tolerance: 0.05, confidence: CONF };
const KEY: KeySpec = {
  metric: 'http_req_duration',
  tags: {},
  stat: 'p95',
  direction: 'decrease',
  named: true,
};

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

/** uniform in (0, 1), never exactly 0 */
function uniform(rng: () => number): number {
  let u = rng();
  while (u === 0) u = rng();
  return u;
}

function normal(rng: () => number): number {
  return normalQuantileApprox(uniform(rng));
}

/** Upper normal tail Q(z) = 1 - Φ(z): Numerical Recipes erfcc (relative error < 1.2e-7), fast. */
function upperTail(z: number): number {
  const x = z / Math.SQRT2;
  const ax = Math.abs(x);
  const t = 1 / (1 + 0.5 * ax);
  const e =
    t *
    Math.exp(
      -ax * ax -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? e / 2 : 1 - e / 2;
}

/** Binomial(n, q) by inversion (exact up to floating point). */
function binomial(rng: () => number, n: number, q: number): number {
  if (q <= 0) return 0;
  if (q >= 1) return n;
  const u = rng();
  let pmf = Math.exp(n * Math.log1p(-q));
  let cdf = pmf;
  let k = 0;
  const odds = q / (1 - q);
  while (u > cdf && k < n) {
    pmf *= ((n - k) / (k + 1)) * odds;
    k++;
    cdf += pmf;
  }
  return k;
}

/** Hoare-style quickselect: after the call arr[k] is the k-th smallest of arr[left..right]. */
function quickselect(arr: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    const mid = (left + right) >>> 1;
    // median of three as pivot
    const a = arr[left];
    const b = arr[mid];
    const c = arr[right];
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = left;
    let j = right;
    while (i <= j) {
      while (arr[i] < pivot) i++;
      while (arr[j] > pivot) j--;
      if (i <= j) {
        const t = arr[i];
        arr[i] = arr[j];
        arr[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

const RANKS = orderStatisticRanks(N, P, CONF); // 1-based, [56912, 57089] (scipy-checked)
const NEEDED = samplesNeeded(P, CONF);
const IDX = P * (N - 1); // k6: i = p*(n-1)
const LO = Math.floor(IDX);
const FRAC = IDX - LO;
// band thresholds, in SDs above the run's log level: P(Z > Z_HI) = 0.041, P(Z > Z_LO) = 0.059
const Z_HI = -normalQuantileApprox(0.041);
const Z_LO = -normalQuantileApprox(0.059);
const band = new Float64Array(N);
const drift = new Float64Array(SECONDS);

/** The run-level factor and the per-second drift path of one run (log scale), into `drift`. */
function simulateDrift(rng: () => number, scale: number): number {
  const runShift = MU + Math.log(scale) + RUN_SD * normal(rng);
  let d = DRIFT_SD * normal(rng);
  for (let t = 0; t < SECONDS; t++) {
    if (t > 0) d = PHI * d + INNOVATION_SD * normal(rng);
    drift[t] = d;
  }
  return runShift;
}

/** The run's p95 with its own order-statistic interval, given its run factor and drift path. */
function runStatisticFromTail(rng: () => number, runShift: number): RunStatistic {
  let meanD = 0;
  for (let t = 0; t < SECONDS; t++) meanD += drift[t] / SECONDS;
  const xHi = runShift + meanD + SIGMA * Z_HI; // log thresholds
  const xLo = runShift + meanD + SIGMA * Z_LO;
  let above = 0; // values above xHi (counted only)
  let B = 0; // values in (xLo, xHi] (drawn)
  for (let t = 0; t < SECONDS; t++) {
    const shift = runShift + drift[t];
    const qHi = upperTail((xHi - shift) / SIGMA); // P(log X > xHi) in this second
    const qLo = upperTail((xLo - shift) / SIGMA); // P(log X > xLo)
    const cHi = binomial(rng, PER_SECOND, qHi);
    const cBand = binomial(rng, PER_SECOND - cHi, (qLo - qHi) / (1 - qHi));
    above += cHi;
    for (let j = 0; j < cBand; j++) {
      // log X | xLo < log X <= xHi, by inversion of the upper tail
      band[B++] = shift - SIGMA * normalQuantileApprox(qHi + uniform(rng) * (qLo - qHi));
    }
  }
  const first = N - above - B; // 0-based rank of the band's smallest value
  const lowerIdx = RANKS.lower! - 1;
  const upperIdx = RANKS.upper! - 1;
  if (lowerIdx < first || upperIdx >= N - above) {
    throw new Error(`simulation: band [${first}, ${N - above}) misses the ranks ${lowerIdx}..${upperIdx}`);
  }
  const ks = [lowerIdx, LO, LO + 1, upperIdx].map((k) => k - first);
  let left = 0;
  for (const k of ks) {
    quickselect(band, k, left, B - 1);
    left = k + 1;
  }
  const a = Math.exp(band[ks[1]]);
  const b = Math.exp(band[ks[2]]);
  return {
    present: true,
    value: a + (b - a) * FRAC,
    lower: Math.exp(band[ks[0]]),
    upper: Math.exp(band[ks[3]]),
    n: N,
    needed: NEEDED,
    method: 'order statistics',
    unit: 'ms',
  };
}

function simulateRun(rng: () => number, scale = 1): RunStatistic {
  return runStatisticFromTail(rng, simulateDrift(rng, scale));
}

/** The same run, every request drawn and sorted (slow: for checking the fast path). */
function bruteForce(
  rng: () => number,
  runShift: number,
  all: Float64Array,
): { value: number; lower: number; upper: number } {
  for (let t = 0; t < SECONDS; t++) {
    const shift = runShift + drift[t];
    for (let j = 0; j < PER_SECOND; j++) all[t * PER_SECOND + j] = Math.exp(shift + SIGMA * normal(rng));
  }
  all.sort();
  return {
    value: all[LO] + (all[LO + 1] - all[LO]) * FRAC,
    lower: all[RANKS.lower! - 1],
    upper: all[RANKS.upper! - 1],
  };
}

const scaled = (s: RunStatistic, f: number): RunStatistic =>
  s.present ? { ...s, value: s.value * f, lower: s.lower! * f, upper: s.upper! * f } : s;

function rate(count: number, total: number): string {
  return `${count}/${total} = ${((100 * count) / total).toFixed(1)} %`;
}

describe('simulation: per-run p95, runs as the unit of replication', () => {
  it('the fast generator agrees with brute force (same run factors and drift paths)', () => {
    const runs = 12;
    const rng = mulberry32(101);
    const all = new Float64Array(N);
    const diffs: number[] = [];
    const logs: number[] = [];
    for (let r = 0; r < runs; r++) {
      const runShift = simulateDrift(rng, 1);
      const fast = runStatisticFromTail(rng, runShift) as { value: number; lower: number; upper: number };
      const brute = bruteForce(rng, runShift, all);
      diffs.push(Math.log(fast.value / brute.value));
      logs.push(Math.log(fast.value));
      // the interval brackets the estimate in both, with the same width to within sampling noise
      expect(fast.lower).toBeLessThan(fast.value);
      expect(fast.upper).toBeGreaterThan(fast.value);
      expect(Math.log(fast.upper / fast.lower) / Math.log(brute.upper / brute.lower)).toBeGreaterThan(0.5);
      expect(Math.log(fast.upper / fast.lower) / Math.log(brute.upper / brute.lower)).toBeLessThan(2);
    }
    const mean = (x: number[]) => x.reduce((a, v) => a + v, 0) / x.length;
    const sd = (x: number[]) => Math.sqrt(x.reduce((a, v) => a + (v - mean(x)) ** 2, 0) / (x.length - 1));
    console.log(
      `fast vs brute force on ${runs} shared drift paths: mean log difference ${mean(diffs).toFixed(4)}, sd ${sd(diffs).toFixed(4)} (within-run sampling noise of log p95 is ~0.006 per run); p95 ${Math.exp(mean(logs)).toFixed(1)} ms`,
    );
    // same distribution: only within-run sampling noise separates them (sd of log p95 ≈ 0.006 each)
    expect(Math.abs(mean(diffs))).toBeLessThan(0.006);
    expect(sd(diffs)).toBeLessThan(0.02);
    // the model's p95 without noise is 40·e^(0.5·1.645) = 91.0 ms
    expect(Math.abs(Math.exp(mean(logs)) / 91.0 - 1)).toBeLessThan(0.05);
  });

  it('1,000 A/A comparisons of 5 v 5, a true 25 % improvement, and single-run pairs', () => {
    const rng = mulberry32(20261122);
    let aaFalse = 0;
    let aaRegression = 0;
    let aaConfirmed = 0;
    let improvedConfirmed = 0;
    let singleConfirmed = 0;
    let singleRegression = 0;
    let singleRegressionNoMargin = 0;
    let singleImprovement = 0;
    for (let i = 0; i < COMPARISONS; i++) {
      const base = Array.from({ length: 5 }, () => simulateRun(rng));
      const same = Array.from({ length: 5 }, () => simulateRun(rng));
      const faster = same.map((s) => scaled(s, 0.75));
      const aa = compareStatistics({ key: KEY, baseline: base, candidate: same }, OPTS);
      expect(aa.calibrated).toBe(true);
      if (aa.verdict === 'regression') aaRegression++;
      if (aa.verdict === 'improvement-confirmed') aaConfirmed++;
      if (aa.verdict === 'regression' || aa.verdict === 'improvement-confirmed') aaFalse++;
      const imp = compareStatistics({ key: KEY, baseline: base, candidate: faster }, OPTS);
      if (imp.verdict === 'improvement-confirmed') improvedConfirmed++;
      // single-run A/A pairs (independent runs: the first of each side)
      const single = compareStatistics({ key: KEY, baseline: [base[0]], candidate: [same[0]] }, OPTS);
      expect(single.calibrated).toBe(false);
      if (single.verdict === 'improvement-confirmed') singleConfirmed++;
      if (single.verdict === 'improvement') singleImprovement++;
      if (single.verdict === 'regression') singleRegression++;
      const bare = compareStatistics(
        { key: KEY, baseline: [base[0]], candidate: [same[0]] },
        { ...OPTS, uncalibratedMargin: 0 },
      );
      if (bare.verdict === 'regression') singleRegressionNoMargin++;
    }
    console.log(
      [
        `A/A 5 v 5 (p95): false regression or improvement-confirmed ${rate(aaFalse, COMPARISONS)} (regression ${aaRegression}, improvement-confirmed ${aaConfirmed})`,
        `true -25 % 5 v 5: improvement-confirmed ${rate(improvedConfirmed, COMPARISONS)}`,
        `A/A 1 v 1 uncalibrated: improvement-confirmed ${rate(singleConfirmed, COMPARISONS)}, regression ${rate(singleRegression, COMPARISONS)}, improvement ${rate(singleImprovement, COMPARISONS)}`,
        `A/A 1 v 1 with DESIGN's bare rule (no run-to-run allowance): regression ${rate(singleRegressionNoMargin, COMPARISONS)}`,
      ].join('\n'),
    );
    expect(aaFalse / COMPARISONS).toBeLessThanOrEqual(0.05);
    expect(improvedConfirmed / COMPARISONS).toBeGreaterThanOrEqual(0.9);
    expect(singleConfirmed).toBe(0);
    expect(singleRegression / COMPARISONS).toBeLessThanOrEqual(0.05);
    // the allowance is doing real work: without it identical builds are called regressions
    expect(singleRegressionNoMargin).toBeGreaterThan(singleRegression);
  });
});

// ---------------------------------------------------------------------------------------------
// Calibration arms (issue 9): 1 run against 1 with a noise file. Each comparison gets its own
// calibration runs, drawn from the same process. A run here is `req` independent lognormal requests
// (median 40 ms, sigma 0.5) scaled by the run-level factor exp(runSd·Z); its p95 and order-statistic
// bounds come from the engine's own percentileInterval on the sorted samples (no shortcut).

function smallRun(rng: () => number, req: number, runSd: number, scale = 1): RunStatistic {
  const reqBuf = new Float64Array(req);
  const level = MU + Math.log(scale) + runSd * normal(rng);
  for (let i = 0; i < req; i++) reqBuf[i] = Math.exp(level + SIGMA * normal(rng));
  reqBuf.sort();
  const iv = percentileInterval(reqBuf, P, CONF);
  return {
    present: true,
    value: iv.value,
    lower: iv.lower,
    upper: iv.upper,
    n: req,
    needed: NEEDED,
    method: 'order statistics',
    unit: 'ms',
  };
}

function noiseFileOf(entry: NoiseEntry | undefined): NoiseFile {
  return {
    version: 2,
    generated_at: 'simulation',
    runs: entry?.runs ?? 0,
    keys: entry ? { 'http_req_duration:p95': entry } : {},
  };
}

function calibrationArm(seed: number, pairs: number, req: number, runSd: number) {
  const rng = mulberry32(seed);
  let falseClaims = 0;
  let detected = 0;
  let width = 0;
  for (let i = 0; i < COMPARISONS; i++) {
    const cal = Array.from({ length: 2 * pairs }, () => smallRun(rng, req, runSd));
    const noise = noiseFileOf(calibrateStatistics(cal, CONF));
    const base = smallRun(rng, req, runSd);
    const same = smallRun(rng, req, runSd);
    const slower = smallRun(rng, req, runSd, 1.3);
    const aa = compareStatistics({ key: KEY, baseline: [base], candidate: [same] }, { ...OPTS, noise });
    expect(aa.calibrated).toBe(true);
    if (aa.verdict === 'regression' || aa.verdict === 'improvement-confirmed') falseClaims++;
    width += aa.detectable_change! / COMPARISONS;
    const reg = compareStatistics({ key: KEY, baseline: [base], candidate: [slower] }, { ...OPTS, noise });
    if (reg.verdict === 'regression') detected++;
  }
  return { falseClaims, detected, width };
}

describe('simulation: 1 run against 1 with a noise file (two variance components)', () => {
  it('1-pair calibration, sampling noise dominates (2,000 requests a run, run-level SD 1 %)', () => {
    const r = calibrationArm(909, 1, 2000, 0.01);
    console.log(
      `1-pair noise file, 1 v 1 (p95, 2000 requests, run SD 1 %): false claims ${rate(r.falseClaims, COMPARISONS)}, true +30 % regression found ${rate(r.detected, COMPARISONS)}, mean detectable change ${r.width.toFixed(1)} %`,
    );
    expect(r.falseClaims / COMPARISONS).toBeLessThanOrEqual(0.05);
    expect(r.detected / COMPARISONS).toBeGreaterThanOrEqual(0.9);
  });
  it('5-pair calibration, a strong run-level factor (SD 8 %)', () => {
    const r = calibrationArm(910, 5, 1000, 0.08);
    console.log(
      `5-pair noise file, 1 v 1 (p95, 1000 requests, run SD 8 %): false claims ${rate(r.falseClaims, COMPARISONS)}, true +30 % regression found ${rate(r.detected, COMPARISONS)}, mean detectable change ${r.width.toFixed(1)} %`,
    );
    expect(r.falseClaims / COMPARISONS).toBeLessThanOrEqual(0.05);
  });
});
