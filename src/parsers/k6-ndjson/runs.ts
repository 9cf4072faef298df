// Sorted runs of values (Float64Array, ascending in TypedArray sort's order: -0 before +0) merged
// into one: the k6 reader's leaves (a worker thread merges each leaf's blocks before handing them
// over) and finalize's entries. Pure.

/** Scratch space for merging: two buffers, reused by every entry of a dataset (no garbage). */
export class Scratch {
  a = new Float64Array(0);
  b = new Float64Array(0);
  /** `a` at least n values long */
  ensureA(n: number): void {
    if (this.a.length < n) this.a = new Float64Array(n);
  }
  /** both at least n values long */
  ensure(n: number): void {
    this.ensureA(n);
    if (this.b.length < n) this.b = new Float64Array(n);
  }
}

export function mergeTwoInto(x: Float64Array, y: Float64Array, out: Float64Array, k: number): void {
  let i = 0;
  let j = 0;
  const nx = x.length;
  const ny = y.length;
  while (i < nx && j < ny) {
    const u = x[i];
    const v = y[j];
    // the order of TypedArray sort: -0 before +0
    if (u < v || (u === v && !(u === 0 && 1 / u > 0 && 1 / v < 0))) {
      out[k++] = u;
      i++;
    } else {
      out[k++] = v;
      j++;
    }
  }
  if (i < nx) out.set(x.subarray(i), k);
  else if (j < ny) out.set(y.subarray(j), k);
}

/**
 * Sorted arrays merged pairwise, level by level, each level written into `first`, `second`,
 * `first`... in turn (both at least as long as all the values); returns the last level's array.
 */
function mergeLevels(arrays: Float64Array[], first: Float64Array, second: Float64Array): Float64Array {
  let level = arrays;
  let out = first;
  while (level.length > 1) {
    const next: Float64Array[] = [];
    let k = 0;
    for (let i = 0; i < level.length; i += 2) {
      const x = level[i];
      const len = i + 1 < level.length ? x.length + level[i + 1].length : x.length;
      if (i + 1 < level.length) mergeTwoInto(x, level[i + 1], out, k);
      else out.set(x, k);
      next.push(out.subarray(k, k + len));
      k += len;
    }
    level = next;
    out = out === first ? second : first;
  }
  return level[0];
}

/** Sorted arrays merged into the scratch buffers; the result is a view valid until the next call. */
export function mergeInScratch(arrays: Float64Array[], scratch: Scratch): Float64Array {
  if (arrays.length === 0) return new Float64Array(0);
  if (arrays.length === 1) return arrays[0];
  let n = 0;
  for (const a of arrays) n += a.length;
  scratch.ensure(n);
  return mergeLevels(arrays, scratch.a, scratch.b);
}

/**
 * Sorted runs merged into one new array of their own (the only copy made: the levels between use
 * `scratch.a`, and the last level is written into the result), or the one run itself.
 */
export function mergeRuns(arrays: Float64Array[], scratch: Scratch): Float64Array {
  if (arrays.length === 0) return new Float64Array(0);
  if (arrays.length === 1) return arrays[0];
  let n = 0;
  for (const a of arrays) n += a.length;
  const out = new Float64Array(n);
  let levels = 0;
  for (let k = arrays.length; k > 1; k = Math.ceil(k / 2)) levels++;
  if (levels > 1) scratch.ensureA(n);
  // the buffers alternate so that the last level lands in `out`
  if (levels % 2 === 1) mergeLevels(arrays, out, scratch.a);
  else mergeLevels(arrays, scratch.a, out);
  return out;
}
