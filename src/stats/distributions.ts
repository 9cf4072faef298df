// Probability distributions written from first principles (simple-statistics has no t distribution,
// and its normal CDF is a 4-digit lookup table). Accuracy target: ~1e-12 relative in the ranges the
// engine uses; checked against scipy (scripts/reference-scipy.py -> __tests__/fixtures/stats-reference.json).
//
//   lnGamma            Lanczos (g = 7, 9 terms)
//   regIncBeta         I_x(a, b), continued fraction (modified Lentz), symmetry for convergence
//   regIncGamma{P,Q}   series / continued fraction
//   normalCdf          via erfc = Q(1/2, x^2), exact in the tails (no cancellation)
//   normalQuantile     Acklam's rational approximation + two Halley steps on the exact CDF
//   tCdf / tQuantile   incomplete beta; quantile by safeguarded Newton (closed forms for df 1, 2)
//   binomialCdf        I_{1-p}(n-k, k+1): stable for large n
//   gammaQuantile / chiSquareQuantile   safeguarded Newton on P(a, x)
//   digamma / trigamma / tetragamma      recurrence up to x >= 10, then the asymptotic series
//   trigammaInverse    Newton on 1/trigamma (limma's trigammaInverse), for the empirical-Bayes prior

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0. */
export function lnGamma(x: number): number {
  if (!(x > 0)) {
    if (x === 0) return Infinity;
    // reflection (not needed by the engine, kept correct)
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
  }
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let s = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) s += LANCZOS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/** ln B(a, b). */
export function lnBeta(a: number, b: number): number {
  return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
}

const EPS = 1e-15;
const TINY = 1e-300;

/** Continued fraction for I_x(a,b) (Numerical Recipes betacf, modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  const maxIter = 10000 + Math.ceil(20 * Math.sqrt(Math.max(a, b)));
  for (let m = 1; m <= maxIter; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) return h;
  }
  throw new Error(`incomplete beta did not converge (x=${x}, a=${a}, b=${b})`);
}

/**
 * Regularized incomplete beta I_x(a, b). `y` = 1 - x may be passed when it is known more precisely
 * than 1 - x (the t distribution near t = 0).
 */
export function regIncBeta(x: number, a: number, b: number, y: number = 1 - x): number {
  if (!(a > 0) || !(b > 0)) throw new RangeError(`regIncBeta: a and b must be > 0 (a=${a}, b=${b})`);
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const lnFront = a * Math.log(x) + b * Math.log(y) - lnBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) {
    return (Math.exp(lnFront) * betaContinuedFraction(x, a, b)) / a;
  }
  return 1 - (Math.exp(lnFront) * betaContinuedFraction(y, b, a)) / b;
}

/** Regularized lower incomplete gamma P(a, x). */
export function regIncGammaP(a: number, x: number): number {
  if (!(a > 0)) throw new RangeError(`regIncGammaP: a must be > 0 (a=${a})`);
  if (x <= 0) return 0;
  if (x < a + 1) return gammaSeries(a, x);
  return 1 - gammaContinuedFraction(a, x);
}

/** Regularized upper incomplete gamma Q(a, x) = 1 - P(a, x), without cancellation. */
export function regIncGammaQ(a: number, x: number): number {
  if (!(a > 0)) throw new RangeError(`regIncGammaQ: a must be > 0 (a=${a})`);
  if (x <= 0) return 1;
  if (x < a + 1) return 1 - gammaSeries(a, x);
  return gammaContinuedFraction(a, x);
}

function gammaSeries(a: number, x: number): number {
  let ap = a;
  let sum = 1 / a;
  let del = sum;
  const maxIter = 10000 + Math.ceil(20 * Math.sqrt(a));
  for (let n = 0; n < maxIter; n++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPS) {
      return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
    }
  }
  throw new Error(`incomplete gamma series did not converge (a=${a}, x=${x})`);
}

function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  const maxIter = 10000 + Math.ceil(20 * Math.sqrt(a));
  for (let i = 1; i <= maxIter; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
  }
  throw new Error(`incomplete gamma continued fraction did not converge (a=${a}, x=${x})`);
}

/** erfc(x), accurate in both tails. */
export function erfc(x: number): number {
  if (x === 0) return 1;
  if (x > 0) return x > 27 ? 0 : regIncGammaQ(0.5, x * x);
  return x < -6 ? 2 : 1 + regIncGammaP(0.5, x * x);
}

/** Standard normal CDF Φ(z). */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Standard normal density. */
export function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z - LN_SQRT_2PI);
}

// Acklam's inverse normal CDF (relative error < 1.15e-9).
const ACK_A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const ACK_B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
];
const ACK_C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const ACK_D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

/** Fast inverse normal CDF (Acklam, |relative error| < 1.15e-9): for simulations and as a first guess. */
export function normalQuantileApprox(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const plow = 0.02425;
  if (p < plow) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((ACK_C[0] * q + ACK_C[1]) * q + ACK_C[2]) * q + ACK_C[3]) * q + ACK_C[4]) * q + ACK_C[5]) /
      ((((ACK_D[0] * q + ACK_D[1]) * q + ACK_D[2]) * q + ACK_D[3]) * q + 1)
    );
  }
  if (p > 1 - plow) {
    const q = Math.sqrt(-2 * Math.log1p(-p));
    return -(
      (((((ACK_C[0] * q + ACK_C[1]) * q + ACK_C[2]) * q + ACK_C[3]) * q + ACK_C[4]) * q + ACK_C[5]) /
      ((((ACK_D[0] * q + ACK_D[1]) * q + ACK_D[2]) * q + ACK_D[3]) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((ACK_A[0] * r + ACK_A[1]) * r + ACK_A[2]) * r + ACK_A[3]) * r + ACK_A[4]) * r + ACK_A[5]) * q) /
    (((((ACK_B[0] * r + ACK_B[1]) * r + ACK_B[2]) * r + ACK_B[3]) * r + ACK_B[4]) * r + 1)
  );
}

/** Inverse standard normal CDF, refined to full double precision. */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) throw new RangeError(`normalQuantile: p must be in [0, 1] (p=${p})`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  let x = normalQuantileApprox(p);
  // Halley steps on the exact CDF (work on the smaller tail to avoid cancellation)
  for (let i = 0; i < 2; i++) {
    const e = p < 0.5 ? normalCdf(x) - p : -(normalCdf(-x) - (1 - p));
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
    x = x - u / (1 + (x * u) / 2);
  }
  return x;
}

/** Student t CDF with `df` > 0 degrees of freedom (fractional df allowed). */
export function tCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`tCdf: df must be > 0 (df=${df})`);
  if (Number.isNaN(t)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  if (df === Infinity || df > 1e10) return normalCdf(t);
  const t2 = t * t;
  // tail = P(T > |t|) = I_{df/(df+t²)}(df/2, 1/2) / 2
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  const tail = 0.5 * regIncBeta(x, df / 2, 0.5, y);
  return t > 0 ? 1 - tail : tail;
}

/** Upper tail P(T > t), without the cancellation of 1 - tCdf for large t. */
export function tSf(t: number, df: number): number {
  return tCdf(-t, df);
}

/** Student t density. */
export function tPdf(t: number, df: number): number {
  if (df === Infinity || df > 1e10) return normalPdf(t);
  return Math.exp(
    lnGamma((df + 1) / 2) -
      lnGamma(df / 2) -
      0.5 * Math.log(df * Math.PI) -
      ((df + 1) / 2) * Math.log1p((t * t) / df),
  );
}

/** Student t quantile: the t with P(T <= t) = p. */
export function tQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) throw new RangeError(`tQuantile: p must be in [0, 1] (p=${p})`);
  if (!(df > 0)) throw new RangeError(`tQuantile: df must be > 0 (df=${df})`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity || df > 1e10) return normalQuantile(p);
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) {
    const a = 4 * p * (1 - p);
    return ((2 * p - 1) * Math.SQRT2) / Math.sqrt(a);
  }
  // solve for the upper tail q = min(p, 1-p) on the positive side, then mirror
  const upper = p > 0.5;
  const q = upper ? 1 - p : p; // target tail probability P(T > x) = q, x > 0
  // first guess: Cornish-Fisher style expansion around the normal quantile
  const z = -normalQuantile(q);
  const g1 = (z * z * z + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  let x = z + g1 / df + g2 / (df * df);
  if (!(x > 0) || !Number.isFinite(x)) x = z > 0 ? z : 1;
  // bracket [lo, hi] with tail(lo) > q > tail(hi)
  let lo = 0;
  let hi = Math.max(2 * x, 1);
  while (tSf(hi, df) > q) {
    lo = hi;
    hi *= 2;
    if (hi > 1e300) return upper ? Infinity : -Infinity;
  }
  for (let i = 0; i < 200; i++) {
    const f = tSf(x, df) - q; // decreasing in x
    if (f === 0) break;
    if (f > 0) lo = Math.max(lo, x);
    else hi = Math.min(hi, x);
    const step = f / tPdf(x, df);
    if (Number.isFinite(step) && Math.abs(step) <= 1e-14 * Math.max(1, x)) {
      x += step;
      break;
    }
    let next = x + step;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (hi - lo <= 1e-15 * hi) break;
    x = next;
  }
  return upper ? x : -x;
}

/** P(X <= k) for X ~ Binomial(n, p): I_{1-p}(n-k, k+1), stable for large n. */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  const kk = Math.floor(k);
  return regIncBeta(1 - p, n - kk, kk + 1, p);
}

/** Quantile of Gamma(shape a, scale 1): the x with P(a, x) = p. */
export function gammaQuantile(p: number, a: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) throw new RangeError(`gammaQuantile: p must be in [0, 1] (p=${p})`);
  if (!(a > 0)) throw new RangeError(`gammaQuantile: shape must be > 0 (a=${a})`);
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  // Wilson-Hilferty first guess
  const z = normalQuantile(p);
  const c = 1 / (9 * a);
  let x = a * Math.pow(1 - c + z * Math.sqrt(c), 3);
  if (!(x > 0) || !Number.isFinite(x)) x = Math.max(1e-3, a);
  let lo = 0;
  let hi = Math.max(2 * x, a + 10 * Math.sqrt(a) + 10);
  while (regIncGammaP(a, hi) < p) {
    lo = hi;
    hi *= 2;
  }
  const lgA = lnGamma(a);
  for (let i = 0; i < 300; i++) {
    const usesUpper = p > 0.5;
    const f = usesUpper ? 1 - p - regIncGammaQ(a, x) : regIncGammaP(a, x) - p; // increasing in x
    if (f === 0) break;
    if (f < 0) lo = Math.max(lo, x);
    else hi = Math.min(hi, x);
    const step = -f / Math.exp((a - 1) * Math.log(x) - x - lgA);
    if (Number.isFinite(step) && Math.abs(step) <= 1e-14 * x) {
      x += step;
      break;
    }
    let next = x + step;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (hi - lo <= 1e-15 * hi) break;
    x = next;
  }
  return x;
}

/** Chi-square quantile with k degrees of freedom. */
export function chiSquareQuantile(p: number, k: number): number {
  return 2 * gammaQuantile(p, k / 2);
}

// ---------------------------------------------------------------------------------------------
// polygamma functions (moderation.ts): recurrence psi^(k)(x) = psi^(k)(x+1) - (-1)^k k!/x^(k+1) up
// to x >= 10, then the asymptotic (Bernoulli) series; ~1e-14 relative for x > 0.

const POLYGAMMA_SHIFT = 10;

function polygammaArg(x: number, name: string): void {
  if (!(x > 0) || !Number.isFinite(x))
    throw new RangeError(`${name}: x must be a finite number > 0 (x=${x})`);
}

/** ψ(x) = d/dx ln Γ(x), x > 0. */
export function digamma(x: number): number {
  polygammaArg(x, 'digamma');
  let acc = 0;
  while (x < POLYGAMMA_SHIFT) {
    acc -= 1 / x;
    x += 1;
  }
  const x2 = 1 / (x * x);
  const series =
    x2 * (1 / 12 - x2 * (1 / 120 - x2 * (1 / 252 - x2 * (1 / 240 - x2 * (1 / 132 - (691 / 32760) * x2)))));
  return acc + Math.log(x) - 0.5 / x - series;
}

/** ψ'(x), x > 0. */
export function trigamma(x: number): number {
  polygammaArg(x, 'trigamma');
  let acc = 0;
  while (x < POLYGAMMA_SHIFT) {
    acc += 1 / (x * x);
    x += 1;
  }
  const i = 1 / x;
  const i2 = i * i;
  const series =
    i +
    i2 / 2 +
    i * i2 * (1 / 6 - i2 * (1 / 30 - i2 * (1 / 42 - i2 * (1 / 30 - i2 * (5 / 66 - (691 / 2730) * i2)))));
  return acc + series;
}

/** ψ''(x), x > 0 (negative). */
export function tetragamma(x: number): number {
  polygammaArg(x, 'tetragamma');
  let acc = 0;
  while (x < POLYGAMMA_SHIFT) {
    acc -= 2 / (x * x * x);
    x += 1;
  }
  const i = 1 / x;
  const i2 = i * i;
  const series =
    -i2 -
    i * i2 -
    i2 * i2 * (1 / 2 - i2 * (1 / 6 - i2 * (1 / 6 - i2 * (3 / 10 - i2 * (5 / 6 - (691 / 210) * i2)))));
  return acc + series;
}

/**
 * The y > 0 with trigamma(y) = x (limma's trigammaInverse): Newton on 1/trigamma, which is nearly
 * linear in y, from y = 0.5 + 1/x; the asymptotes for very large and very small x.
 */
export function trigammaInverse(x: number): number {
  if (!(x > 0) || !Number.isFinite(x))
    throw new RangeError(`trigammaInverse: x must be a finite number > 0 (x=${x})`);
  if (x > 1e7) return 1 / Math.sqrt(x);
  if (x < 1e-6) return 1 / x;
  let y = 0.5 + 1 / x;
  for (let iter = 0; iter < 50; iter++) {
    const tri = trigamma(y);
    const dif = (tri * (1 - tri / x)) / tetragamma(y);
    y += dif;
    if (-dif / y < 1e-8) break;
  }
  return y;
}
