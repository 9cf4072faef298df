// A mergeable quantile sketch with a relative-error guarantee (DDSketch: Masson, Rim and Lee, "DDSketch:
// a fast and fully-mergeable quantile sketch with relative-error guarantees", VLDB 2019), for runs
// too big to keep every value. Values fall into logarithmic buckets: bucket k holds
// (gamma^(k-1), gamma^k] with gamma = (1 + a) / (1 - a), and is represented by
// 2 * gamma^k / (gamma + 1), which is within a relative error a of every value in the bucket. So
// the value of any rank is known to within a (0.1% by default), and a k6 percentile (linear
// interpolation between two neighbouring ranks) too: a convex combination of two values that are
// each within a relative error a of the true ones is within a of the true combination (same signs).
// Zero has its own count; negative values a mirrored store. Bucket counts do not depend on the
// order of the values, so merged sketches equal the sketch of all values (sharded, threaded or not).

/** The relative-error bound this project states for sketched percentiles (0.1%). */
export const SKETCH_RELATIVE_ERROR = 0.001;

/** A sketch's state as plain data (transferable between threads: the counts are one buffer each). */
export interface SketchState {
  alpha: number;
  zero: number;
  /** positive values: counts[i] is bucket offset + i */
  posOffset: number;
  pos: Float64Array;
  negOffset: number;
  neg: Float64Array;
}

/** Dense bucket counts for keys offset .. offset + counts.length - 1, grown on either side. */
class Store {
  offset = 0;
  counts = new Float64Array(0);
  total = 0;

  add(key: number, n = 1): void {
    if (this.counts.length === 0) {
      this.offset = key - 64;
      this.counts = new Float64Array(128);
    } else if (key < this.offset || key >= this.offset + this.counts.length) {
      const lo = Math.min(this.offset, key - 64);
      const hi = Math.max(this.offset + this.counts.length, key + 65);
      // grow by at least half again, so a slowly widening range costs amortised O(1)
      const size = Math.max(hi - lo, Math.ceil(this.counts.length * 1.5));
      const start = key < this.offset ? hi - size : lo;
      const next = new Float64Array(size);
      next.set(this.counts, this.offset - start);
      this.offset = start;
      this.counts = next;
    }
    this.counts[key - this.offset] += n;
    this.total += n;
  }

  merge(offset: number, counts: Float64Array): void {
    for (let i = 0; i < counts.length; i++) if (counts[i] > 0) this.add(offset + i, counts[i]);
  }
}

export class QuantileSketch {
  readonly alpha: number;
  private readonly gamma: number;
  private readonly lnGamma: number;
  private readonly pos = new Store();
  private readonly neg = new Store();
  private zero = 0;

  constructor(alpha = SKETCH_RELATIVE_ERROR) {
    if (!(alpha > 0 && alpha < 1))
      throw new RangeError(`sketch relative error must be in (0, 1), got ${alpha}`);
    this.alpha = alpha;
    this.gamma = (1 + alpha) / (1 - alpha);
    this.lnGamma = Math.log(this.gamma);
  }

  /** How many values the sketch holds. */
  get count(): number {
    return this.zero + this.pos.total + this.neg.total;
  }

  private key(magnitude: number): number {
    return Math.ceil(Math.log(magnitude) / this.lnGamma);
  }

  private represent(key: number): number {
    return (2 * Math.pow(this.gamma, key)) / (this.gamma + 1);
  }

  /** Add one finite value (non-finite values are the caller's to reject). */
  add(v: number): void {
    if (v > 0) this.pos.add(this.key(v));
    else if (v < 0) this.neg.add(this.key(-v));
    else this.zero++;
  }

  /** Add every value of a block. */
  addAll(values: ArrayLike<number>): void {
    for (let i = 0; i < values.length; i++) this.add(values[i]);
  }

  /** Add another sketch's values (same relative error). */
  merge(other: QuantileSketch | SketchState): void {
    const st = other instanceof QuantileSketch ? other.state() : other;
    if (st.alpha !== this.alpha)
      throw new RangeError(`cannot merge sketches of relative error ${st.alpha} and ${this.alpha}`);
    this.zero += st.zero;
    this.pos.merge(st.posOffset, st.pos);
    this.neg.merge(st.negOffset, st.neg);
  }

  state(): SketchState {
    return {
      alpha: this.alpha,
      zero: this.zero,
      posOffset: this.pos.offset,
      pos: this.pos.counts,
      negOffset: this.neg.offset,
      neg: this.neg.counts,
    };
  }

  static fromState(st: SketchState): QuantileSketch {
    const s = new QuantileSketch(st.alpha);
    s.merge(st);
    return s;
  }

  /**
   * The value of rank i (0-based, ascending), within the relative error: the representative of the
   * bucket that holds it. NaN when i is outside 0 .. count - 1.
   */
  valueAtRank(i: number): number {
    if (!(i >= 0 && i < this.count)) return Number.NaN;
    let seen = 0;
    // negatives: the largest magnitude first
    const neg = this.neg.counts;
    for (let j = neg.length - 1; j >= 0; j--) {
      seen += neg[j];
      if (i < seen) return -this.represent(this.neg.offset + j);
    }
    seen += this.zero;
    if (i < seen) return 0;
    const pos = this.pos.counts;
    for (let j = 0; j < pos.length; j++) {
      seen += pos[j];
      if (i < seen) return this.represent(this.pos.offset + j);
    }
    return Number.NaN;
  }

  /** k6's percentile rule (i = p * (n - 1), linear between the neighbours) on the sketch. */
  percentile(p: number): number {
    const n = this.count;
    if (n === 0) return Number.NaN;
    if (n === 1) return this.valueAtRank(0);
    const i = p * (n - 1);
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    const a = this.valueAtRank(lo);
    return hi === lo ? a : a + (this.valueAtRank(hi) - a) * (i - lo);
  }

  /** The count buffers, for transferring a state between threads. */
  static transferList(st: SketchState): ArrayBuffer[] {
    return [st.pos.buffer as ArrayBuffer, st.neg.buffer as ArrayBuffer];
  }
}
