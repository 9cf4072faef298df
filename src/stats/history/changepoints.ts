// Change points in a key's history (issue 15, item 4): e-divisive means (Matteson & James 2014,
// "A nonparametric approach for multiple change point analysis of multivariate data", JASA), the
// method Apache Otava (formerly Hunter, Fleming et al., arXiv 2301.03034) runs over per-run results.
//
// On a series z (here the log statistic of each stored run, oldest first):
//  - within a segment [s, e), for every split s < tau < kappa <= e with both parts at least
//    `minSegment` long, X = z[s, tau), Y = z[tau, kappa) (n = |X|, m = |Y|), the divergence
//      Q(X, Y) = n m / (n + m) * ( 2/(n m) sum|X_i - Y_j| - 2/(n(n-1)) sum_{i<k}|X_i - X_k|
//                                   - 2/(m(m-1)) sum_{j<k}|Y_j - Y_k| )
//    (alpha = 1, Otava's `power`); the candidate is the tau of the largest Q over every segment
//    between the change points found so far;
//  - its significance: a permutation test, as in Matteson & James and Otava's
//    PermutationsSignificanceTester. The points are shuffled within each current segment, the largest
//    Q recomputed, `permutations` times; p = (1 + #{Q_perm >= Q}) / (1 + permutations). The candidate
//    is a change point when p <= `pValue` (the shuffles stop early once p must exceed it); the search then goes on in the new segments, and stops at
//    the first candidate that is not significant.
// The shuffles come from a seeded generator (mulberry32), so the same series and options always give
// the same change points. Pure; O(n^2) per candidate and permutation (prefix sums of the distances).

export interface ChangePointOptions {
  /** significance threshold of the permutation test (default 0.01) */
  pValue?: number;
  /** shortest segment, in runs, on either side of a change point (default 3) */
  minSegment?: number;
  /** permutations per test (default 199) */
  permutations?: number;
  /** seed of the permutations (default 15) */
  seed?: number;
}

export const CHANGE_POINT_DEFAULTS = { pValue: 0.01, minSegment: 3, permutations: 199, seed: 15 } as const;

export interface ChangePoint {
  /** index of the first point of the new level */
  index: number;
  /** the permutation test's p-value */
  pValue: number;
  /** the divergence Q of the split */
  q: number;
  /** mean of the series in the segment before / after (up to the neighbouring change points) */
  before: number;
  after: number;
}

/** mulberry32: a small seeded generator of uniform numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 2-D prefix sums of |z_i - z_j|: P[i*(n+1)+j] = sum over a < i, b < j. */
function prefixDistances(z: ArrayLike<number>): Float64Array {
  const n = z.length;
  const w = n + 1;
  const P = new Float64Array(w * w);
  for (let i = 0; i < n; i++) {
    let row = 0;
    const zi = z[i];
    for (let j = 0; j < n; j++) {
      row += Math.abs(zi - z[j]);
      P[(i + 1) * w + j + 1] = P[i * w + j + 1] + row;
    }
  }
  return P;
}

interface Candidate {
  index: number;
  q: number;
}

/** The largest Q over splits of [s, e) with both parts >= minSeg; undefined when none fits. */
function bestSplit(P: Float64Array, w: number, s: number, e: number, minSeg: number): Candidate | undefined {
  const block = (a0: number, a1: number, b0: number, b1: number) =>
    P[a1 * w + b1] - P[a0 * w + b1] - P[a1 * w + b0] + P[a0 * w + b0];
  let best: Candidate | undefined;
  for (let tau = s + minSeg; tau + minSeg <= e; tau++) {
    const n = tau - s;
    const withinX = block(s, tau, s, tau) / 2;
    const wx = n > 1 ? (2 * withinX) / (n * (n - 1)) : 0;
    for (let kappa = tau + minSeg; kappa <= e; kappa++) {
      const m = kappa - tau;
      const between = block(s, tau, tau, kappa);
      const withinY = block(tau, kappa, tau, kappa) / 2;
      const wy = m > 1 ? (2 * withinY) / (m * (m - 1)) : 0;
      const q = ((n * m) / (n + m)) * ((2 * between) / (n * m) - wx - wy);
      if (!best || q > best.q) best = { index: tau, q };
    }
  }
  return best;
}

function bestOver(z: ArrayLike<number>, bounds: number[], minSeg: number): Candidate | undefined {
  const P = prefixDistances(z);
  const w = z.length + 1;
  let best: Candidate | undefined;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const c = bestSplit(P, w, bounds[k], bounds[k + 1], minSeg);
    if (c && (!best || c.q > best.q)) best = c;
  }
  return best;
}

const mean = (z: ArrayLike<number>, a: number, b: number) => {
  let s = 0;
  for (let i = a; i < b; i++) s += z[i];
  return s / (b - a);
};

/** The change points of `series` (finite numbers, oldest first), in order of index. */
export function changePoints(series: readonly number[], opts: ChangePointOptions = {}): ChangePoint[] {
  const alpha = opts.pValue ?? CHANGE_POINT_DEFAULTS.pValue;
  const minSeg = Math.max(2, Math.floor(opts.minSegment ?? CHANGE_POINT_DEFAULTS.minSegment));
  const R = Math.max(1, Math.floor(opts.permutations ?? CHANGE_POINT_DEFAULTS.permutations));
  const rng = mulberry32(opts.seed ?? CHANGE_POINT_DEFAULTS.seed);
  const n = series.length;
  if (series.some((v) => !Number.isFinite(v))) throw new RangeError('change points need finite values');
  const z = Float64Array.from(series);
  const found: { index: number; q: number; pValue: number }[] = [];
  const perm = new Float64Array(n);
  for (;;) {
    const bounds = [0, ...found.map((f) => f.index), n];
    const cand = bestOver(z, bounds, minSeg);
    if (!cand || !(cand.q > 0)) break;
    let extreme = 0;
    for (let r = 0; r < R; r++) {
      perm.set(z);
      for (let k = 0; k + 1 < bounds.length; k++) {
        // Fisher-Yates within the segment
        for (let i = bounds[k + 1] - 1; i > bounds[k]; i--) {
          const j = bounds[k] + Math.floor(rng() * (i - bounds[k] + 1));
          const t = perm[i];
          perm[i] = perm[j];
          perm[j] = t;
        }
      }
      const c = bestOver(perm, bounds, minSeg);
      if (c && c.q >= cand.q) extreme++;
      // the decision is made once p can no longer reach the threshold (same answer, fewer shuffles)
      if ((1 + extreme) / (1 + R) > alpha) break;
    }
    const p = (1 + extreme) / (1 + R);
    if (p > alpha) break;
    found.push({ index: cand.index, q: cand.q, pValue: p });
    found.sort((a, b) => a.index - b.index);
  }
  const idx = found.map((f) => f.index);
  return found.map((f, i) => {
    const lo = i > 0 ? idx[i - 1] : 0;
    const hi = i + 1 < idx.length ? idx[i + 1] : n;
    return {
      index: f.index,
      pValue: f.pValue,
      q: f.q,
      before: mean(z, lo, f.index),
      after: mean(z, f.index, hi),
    };
  });
}
