// The k6 NDJSON point-line scanner, in AssemblyScript, compiled to WebAssembly by
// scripts/build-wasm.mjs into src/parsers/k6-ndjson/scan-wasm.ts (committed; CI checks it matches).
//
// It takes exactly the lines the TypeScript fast path (aggregator.ts, scan) takes in k6's own field
// order, and no others:
//   {"metric":"M","type":"Point","data":{"time":"T","value":V,"tags":{...}}}            (or with
//   ,"metadata":{...}}} after the tags), LF or CRLF,
// with M free of `"` `\` and newlines, T in the minute and zone the caller last parsed (its cache is
// written into timePtr()), V a plain non-negative decimal of at most 15 digits (computed as
// integer / 10^k, the double JSON.parse gives), and the tag object free of `\` up to its first `}`.
// Every other line stops the scan at its first byte: the caller reads it the TypeScript way (and so
// learns a new minute or zone) and calls again after it. Metric names and tag sets are interned
// (pair ids); a taken line becomes a record: value f64, time f64 (ms since the epoch, computed with
// the same operations in the same order as time.ts), pair u32, line start u32.

// ---- memory: a bump allocator over linear memory (nothing is ever freed) ----
function alloc(n: usize): usize {
  return heap.alloc(n);
}

// ---- literals ----
const L_METRIC = memory.data<u8>([123, 34, 109, 101, 116, 114, 105, 99, 34, 58, 34]); // {"metric":"
// ","type":"Point","data":{"time":"
const L_POINT = memory.data<u8>([
  34, 44, 34, 116, 121, 112, 101, 34, 58, 34, 80, 111, 105, 110, 116, 34, 44, 34, 100, 97, 116, 97, 34, 58,
  123, 34, 116, 105, 109, 101, 34, 58, 34,
]);
const L_VALUE = memory.data<u8>([34, 44, 34, 118, 97, 108, 117, 101, 34, 58]); // ","value":
const L_TAGS = memory.data<u8>([44, 34, 116, 97, 103, 115, 34, 58]); // ,"tags":
const L_META = memory.data<u8>([44, 34, 109, 101, 116, 97, 100, 97, 116, 97, 34, 58, 123]); // ,"metadata":{

function eq(a: usize, b: usize, n: usize): bool {
  let i: usize = 0;
  for (; i + 8 <= n; i += 8) if (load<u64>(a + i) != load<u64>(b + i)) return false;
  for (; i < n; i++) if (load<u8>(a + i) != load<u8>(b + i)) return false;
  return true;
}

/** The first byte in [q, E) that is a, b or c (16 at a time), else E. */
function find3(q: usize, E: usize, a: u8, b: u8, c: u8): usize {
  const va = i8x16.splat(a);
  const vb = i8x16.splat(b);
  const vc = i8x16.splat(c);
  for (; q + 16 <= E; q += 16) {
    const v = v128.load(q);
    const m = i8x16.bitmask(v128.or(v128.or(i8x16.eq(v, va), i8x16.eq(v, vb)), i8x16.eq(v, vc)));
    if (m != 0) return q + <usize>ctz(m);
  }
  for (; q < E; q++) {
    const x = load<u8>(q);
    if (x == a || x == b || x == c) return q;
  }
  return E;
}

function hashBytes(p: usize, n: usize): u32 {
  let h: u64 = 0x9e3779b97f4a7c15 ^ (<u64>n);
  let i: usize = 0;
  for (; i + 8 <= n; i += 8) {
    h = (h ^ load<u64>(p + i)) * 0xff51afd7ed558ccd;
    h ^= h >> 29;
  }
  let w: u64 = 0;
  for (let k: u64 = 0; i < n; i++, k += 8) w |= (<u64>load<u8>(p + i)) << k;
  h = (h ^ w) * 0xc4ceb9fe1a85ec53;
  h ^= h >> 32;
  return <u32>h;
}

// ---- interned byte strings: a table of ids by hash; per id (offset, length) in the arena ----
class Interner {
  slots: usize = 0; // u32 per slot: id + 1, 0 empty
  mask: u32 = 0;
  count: u32 = 0;
  offs: usize = 0; // u32 per id
  lens: usize = 0; // u32 per id
  hashes: usize = 0; // u32 per id
  cap: u32 = 0;
  arena: usize = 0;
  arenaEnd: usize = 0;

  constructor() {
    this.rehash(1024);
    this.grow(1024);
  }

  grow(cap: u32): void {
    const o = alloc((<usize>cap) << 2);
    const l = alloc((<usize>cap) << 2);
    const h = alloc((<usize>cap) << 2);
    if (this.count > 0) {
      memory.copy(o, this.offs, (<usize>this.count) << 2);
      memory.copy(l, this.lens, (<usize>this.count) << 2);
      memory.copy(h, this.hashes, (<usize>this.count) << 2);
    }
    this.offs = o;
    this.lens = l;
    this.hashes = h;
    this.cap = cap;
  }

  rehash(size: u32): void {
    const s = alloc((<usize>size) << 2);
    memory.fill(s, 0, (<usize>size) << 2);
    const mask = size - 1;
    for (let id: u32 = 0; id < this.count; id++) {
      let i = load<u32>(this.hashes + ((<usize>id) << 2)) & mask;
      while (load<u32>(s + ((<usize>i) << 2)) != 0) i = (i + 1) & mask;
      store<u32>(s + ((<usize>i) << 2), id + 1);
    }
    this.slots = s;
    this.mask = mask;
  }

  /** the id of bytes [p, p + n), interned on first sight; NONE when new and `limit` are interned */
  intern(p: usize, n: usize, limit: u32): u32 {
    const h = hashBytes(p, n);
    const mask = this.mask;
    let i = h & mask;
    for (;;) {
      const v = load<u32>(this.slots + ((<usize>i) << 2));
      if (v == 0) break;
      const id = v - 1;
      if (
        load<u32>(this.hashes + ((<usize>id) << 2)) == h &&
        load<u32>(this.lens + ((<usize>id) << 2)) == <u32>n &&
        eq(<usize>load<u32>(this.offs + ((<usize>id) << 2)), p, n)
      )
        return id;
      i = (i + 1) & mask;
    }
    // new
    if (this.count >= limit) return NONE;
    if (this.arena + n > this.arenaEnd) {
      const size: usize = n > 1 << 20 ? n : 1 << 20;
      this.arena = alloc(size);
      this.arenaEnd = this.arena + size;
    }
    const dst = this.arena;
    memory.copy(dst, p, n);
    this.arena += n;
    const id = this.count;
    if (id == this.cap) this.grow(this.cap << 1);
    store<u32>(this.offs + ((<usize>id) << 2), <u32>dst);
    store<u32>(this.lens + ((<usize>id) << 2), <u32>n);
    store<u32>(this.hashes + ((<usize>id) << 2), h);
    store<u32>(this.slots + ((<usize>i) << 2), id + 1);
    this.count = id + 1;
    if (this.count * 2 > mask) this.rehash((mask + 1) << 1);
    return id;
  }

  off(id: u32): u32 {
    return load<u32>(this.offs + ((<usize>id) << 2));
  }
  len(id: u32): u32 {
    return load<u32>(this.lens + ((<usize>id) << 2));
  }
}

// ---- pairs (metric id, tag-set id) -> pair id ----
class Pairs {
  slots: usize = 0;
  mask: u32 = 0;
  count: u32 = 0;
  keys: usize = 0; // u64 per id: metric << 32 | tags
  next: usize = 0; // u32 per id: the pair of the line that followed last time, + 1
  cap: u32 = 0;

  constructor() {
    this.rehash(1024);
    this.grow(1024);
  }

  grow(cap: u32): void {
    const k = alloc((<usize>cap) << 3);
    const n = alloc((<usize>cap) << 2);
    memory.fill(n, 0, (<usize>cap) << 2);
    if (this.count > 0) {
      memory.copy(k, this.keys, (<usize>this.count) << 3);
      memory.copy(n, this.next, (<usize>this.count) << 2);
    }
    this.keys = k;
    this.next = n;
    this.cap = cap;
  }

  rehash(size: u32): void {
    const s = alloc((<usize>size) << 2);
    memory.fill(s, 0, (<usize>size) << 2);
    const mask = size - 1;
    for (let id: u32 = 0; id < this.count; id++) {
      let i = mix(load<u64>(this.keys + ((<usize>id) << 3))) & mask;
      while (load<u32>(s + ((<usize>i) << 2)) != 0) i = (i + 1) & mask;
      store<u32>(s + ((<usize>i) << 2), id + 1);
    }
    this.slots = s;
    this.mask = mask;
  }

  /** the id of (metric, tags), made on first sight; NONE when new and `limit` pairs exist */
  get(m: u32, t: u32, limit: u32): u32 {
    const key = ((<u64>m) << 32) | (<u64>t);
    const mask = this.mask;
    let i = mix(key) & mask;
    for (;;) {
      const v = load<u32>(this.slots + ((<usize>i) << 2));
      if (v == 0) break;
      if (load<u64>(this.keys + ((<usize>(v - 1)) << 3)) == key) return v - 1;
      i = (i + 1) & mask;
    }
    if (this.count >= limit) return NONE;
    const id = this.count;
    if (id == this.cap) this.grow(this.cap << 1);
    store<u64>(this.keys + ((<usize>id) << 3), key);
    store<u32>(this.slots + ((<usize>i) << 2), id + 1);
    this.count = id + 1;
    if (this.count * 2 > mask) this.rehash((mask + 1) << 1);
    return id;
  }
}

function mix(k: u64): u32 {
  k = (k ^ (k >> 33)) * 0xff51afd7ed558ccd;
  k ^= k >> 33;
  return <u32>k;
}

// ---- state ----
const NONE: u32 = 0xffffffff;
/**
 * Interned at most (past these, lines with a new name, tag set or pair are left to the caller):
 * memory stays bounded on runs with a unique tag per request (a tag set is ~200 bytes here).
 */
const MAX_METRICS: u32 = 1 << 16;
const MAX_TAGSETS: u32 = 1 << 17;
const MAX_PAIRS: u32 = 1 << 20;
/** input bytes per call (the caller cuts line-aligned pieces of at most this) */
const IN_CAP: usize = 1 << 20;
/** records per call: a taken line is at least 80 bytes */
const REC_CAP: u32 = <u32>(IN_CAP >> 6);
let input: usize = 0;
let recs: usize = 0;
let metrics: Interner | null = null;
let tagsets: Interner | null = null;
let pairs: Pairs | null = null;
let timeCache: usize = 0; // prefix[16] zone[8] zoneLen u32 @24, base f64 @32
let nrec: u32 = 0;
let prevTag: u32 = NONE;
let prevPair: u32 = NONE;

export function init(): void {
  input = alloc(IN_CAP + 64);
  recs = alloc(<usize>REC_CAP * 24);
  timeCache = alloc(64);
  store<u32>(timeCache + 24, 0);
  metrics = new Interner();
  tagsets = new Interner();
  pairs = new Pairs();
}

export function inputPtr(): usize {
  return input;
}
export function inputCap(): usize {
  return IN_CAP;
}
export function recordCap(): u32 {
  return REC_CAP;
}
export function recPtr(): usize {
  return recs;
}
export function timePtr(): usize {
  return timeCache;
}
export function records(): u32 {
  return nrec;
}
export function pairMetric(id: u32): u32 {
  return <u32>(load<u64>(pairs!.keys + ((<usize>id) << 3)) >> 32);
}
export function pairTags(id: u32): u32 {
  return <u32>load<u64>(pairs!.keys + ((<usize>id) << 3));
}
export function metricOff(id: u32): u32 {
  return metrics!.off(id);
}
export function metricLen(id: u32): u32 {
  return metrics!.len(id);
}
export function tagsOff(id: u32): u32 {
  return tagsets!.off(id);
}
export function tagsLen(id: u32): u32 {
  return tagsets!.len(id);
}
/** forget the line-to-line predictions (a new file) */
export function reset(): void {
  prevTag = NONE;
  prevPair = NONE;
}

const POW10: StaticArray<f64> = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/**
 * Scan the lines of input[start, end) (end: just past a newline). Returns where it stopped: `end`,
 * or the start of a line it does not take (the caller reads that line its own way and calls again
 * after it). Taken lines are records (value f64, time f64, pair u32, line start u32).
 */
export function scan(start: u32, end: u32): u32 {
  const base = input;
  const E = base + <usize>end;
  let p = base + <usize>start;
  let n: u32 = 0;
  const tc = timeCache;
  const zl = <usize>load<u32>(tc + 24);
  const tbase = load<f64>(tc + 32);
  const ms = metrics!;
  const tg = tagsets!;
  const pr = pairs!;
  while (p < E) {
    if (n == REC_CAP) break;
    // {"metric":"
    if (p + 11 > E) break;
    if (
      load<u64>(p) != load<u64>(L_METRIC) ||
      load<u16>(p + 8) != load<u16>(L_METRIC + 8) ||
      load<u8>(p + 10) != 34
    )
      break;
    const mS = p + 11;
    let q = mS;
    let c: u32 = 0;
    q = find3(q, E, 34, 92, 10);
    if (q + 33 >= E || load<u8>(q) != 34) break;
    const mE = q;
    if (!eq(mE, L_POINT, 33)) break;
    // time
    const tS = mE + 33;
    q = tS;
    q = find3(q, E, 34, 92, 10);
    if (q + 10 >= E || load<u8>(q) != 34) break;
    const tE = q;
    if (!eq(tE, L_VALUE, 10)) break;
    if (tE - tS < 20 || load<u8>(tS + 16) != 58) break;
    const s1 = <i32>load<u8>(tS + 17) - 48;
    const s2 = <i32>load<u8>(tS + 18) - 48;
    if (s1 < 0 || s1 > 6 || s2 < 0 || s2 > 9) break;
    let i = tS + 19;
    let frac: f64 = 0;
    let scale: f64 = 1;
    if (load<u8>(i) == 46) {
      i++;
      const f0 = i;
      for (; i < tE; i++) {
        const d = <i32>load<u8>(i) - 48;
        if (d < 0 || d > 9) break;
        if (i - f0 < 9) {
          frac = frac * 10 + <f64>d;
          scale *= 10;
        }
      }
      if (i == f0) break;
    }
    if (tE - i != zl || zl == 0 || !eq(tS, tc, 16) || !eq(i, tc + 16, zl)) break;
    const t = tbase + <f64>((s1 * 10 + s2) * 1000) + (frac * 1000) / scale;
    // value: a plain non-negative decimal of at most 15 digits
    const vS = tE + 10;
    q = vS;
    let m: u64 = 0;
    let digits: u32 = 0;
    let dot: usize = 0;
    while (q < E) {
      c = load<u8>(q);
      const d = c - 48;
      if (d <= 9) {
        m = m * 10 + <u64>d;
        digits++;
      } else if (c == 46 && dot == 0) {
        dot = q;
      } else break;
      q++;
    }
    if (c != 44 || digits == 0 || digits > 15 || dot == vS || dot == q - 1) break;
    if (load<u8>(vS) == 48 && digits > 1 && dot != vS + 1) break;
    const vE = q;
    const v: f64 = dot == 0 ? <f64>m : <f64>m / POW10[<i32>(vE - dot - 1)];
    if (vE + 9 >= E || load<u64>(vE) != load<u64>(L_TAGS)) break;
    // tags: the previous line's, else up to the first '}'
    const gS = vE + 8;
    if (load<u8>(gS) != 123) break;
    let tag = prevTag;
    let gE: usize = 0;
    if (tag != NONE) {
      const len = <usize>tg.len(tag);
      if (gS + len < E && eq(gS, <usize>tg.off(tag), len)) gE = gS + len;
    }
    if (gE == 0) {
      q = gS + 1;
      q = find3(q, E, 125, 92, 10);
      if (q >= E || load<u8>(q) != 125) break;
      gE = q + 1;
      tag = tg.intern(gS, gE - gS, MAX_TAGSETS);
      if (tag == NONE) break;
    }
    // the rest of the line: }} or ,"metadata":{...}}}
    let next: usize = 0;
    if (gE + 2 < E && load<u16>(gE) == 0x7d7d) {
      c = load<u8>(gE + 2);
      if (c == 10) next = gE + 3;
      else if (c == 13 && gE + 3 < E && load<u8>(gE + 3) == 10) next = gE + 4;
      else break;
    } else {
      if (gE + 13 >= E || !eq(gE, L_META, 13)) break;
      q = gE + 13;
      while (q < E && load<u8>(q) != 10) q++;
      if (q >= E) break;
      next = q + 1;
      let e = q;
      if (load<u8>(e - 1) == 13) e--;
      if (load<u8>(e - 1) != 125 || load<u8>(e - 2) != 125 || load<u8>(e - 3) != 125) break;
    }
    // the pair: predicted from the previous line's, else looked up
    let pair: u32 = NONE;
    const mlen = mE - mS;
    if (prevPair != NONE) {
      const nx = load<u32>(pr.next + ((<usize>prevPair) << 2));
      if (nx != 0) {
        const key = load<u64>(pr.keys + ((<usize>(nx - 1)) << 3));
        const mid = <u32>(key >> 32);
        if (<u32>key == tag && <usize>ms.len(mid) == mlen && eq(<usize>ms.off(mid), mS, mlen)) pair = nx - 1;
      }
    }
    if (pair == NONE) {
      const mid = ms.intern(mS, mlen, MAX_METRICS);
      if (mid == NONE) break;
      pair = pr.get(mid, tag, MAX_PAIRS);
      if (pair == NONE) break;
      if (prevPair != NONE) store<u32>(pr.next + ((<usize>prevPair) << 2), pair + 1);
    }
    prevPair = pair;
    prevTag = tag;
    const r = recs + <usize>n * 24;
    store<f64>(r, v);
    store<f64>(r + 8, t);
    store<u32>(r + 16, pair);
    store<u32>(r + 20, <u32>(p - base));
    n++;
    p = next;
  }
  nrec = n;
  return <u32>(p - base);
}

// ---- sorting: LSD radix sort of doubles by their IEEE-754 order ----
// The order of TypedArray.prototype.sort for the finite values a run holds (-0 before +0; NaN
// never occurs): each double's bits are mapped to an unsigned key that sorts the same way (negative:
// all bits flipped; else the sign bit set), sorted a byte at a time from the lowest (a pass is
// skipped when every key has the same byte there), and mapped back.

/** values sorted per call at most (the caller splits bigger runs) */
const SORT_CAP: u32 = 1 << 20;
let sortA: usize = 0;
let sortB: usize = 0;
let counts: usize = 0;

/** Where the caller writes up to SORT_CAP doubles to sort (allocated on first use: 16 MiB). */
export function sortPtr(): usize {
  if (sortA == 0) {
    sortA = alloc((<usize>SORT_CAP) << 3);
    sortB = alloc((<usize>SORT_CAP) << 3);
    counts = alloc(8 * 256 * 4);
  }
  return sortA;
}

export function sortCap(): u32 {
  return SORT_CAP;
}

/** Sort the n doubles at sortPtr() in place. */
export function sortF64(n: u32): void {
  let src = sortPtr();
  let dst = sortB;
  const end = src + ((<usize>n) << 3);
  memory.fill(counts, 0, 8 * 256 * 4);
  for (let p = src; p < end; p += 8) {
    let k = load<u64>(p);
    k ^= k >> 63 != 0 ? 0xffffffffffffffff : 0x8000000000000000;
    store<u64>(p, k);
    for (let b: u32 = 0; b < 8; b++) {
      const c = counts + ((((<usize>b) << 8) + <usize>((k >> ((<u64>b) << 3)) & 0xff)) << 2);
      store<u32>(c, load<u32>(c) + 1);
    }
  }
  for (let b: u32 = 0; b < 8; b++) {
    const row = counts + ((<usize>b) << 10);
    // a byte every key shares: nothing to do in this pass
    let skip = false;
    for (let d: usize = 0; d < 256 && !skip; d++) skip = load<u32>(row + (d << 2)) == n;
    if (skip) continue;
    // counts -> start offsets
    let sum: u32 = 0;
    for (let d: usize = 0; d < 256; d++) {
      const c = load<u32>(row + (d << 2));
      store<u32>(row + (d << 2), sum);
      sum += c;
    }
    const shift = (<u64>b) << 3;
    for (let p = src; p < src + ((<usize>n) << 3); p += 8) {
      const k = load<u64>(p);
      const c = row + ((<usize>((k >> shift) & 0xff)) << 2);
      const at = load<u32>(c);
      store<u32>(c, at + 1);
      store<u64>(dst + ((<usize>at) << 3), k);
    }
    const t = src;
    src = dst;
    dst = t;
  }
  // back to doubles, into sortPtr()
  const out = sortA;
  for (let i: usize = 0; i < <usize>n; i++) {
    let k = load<u64>(src + (i << 3));
    k ^= k >> 63 != 0 ? 0x8000000000000000 : 0xffffffffffffffff;
    store<u64>(out + (i << 3), k);
  }
}

// ---- merging: sorted runs of doubles into one, and its sum ----
// An entry (the whole metric, a tag's value, a submetric) is the union of its leaves' sorted runs:
// merged here pairwise, level by level, between two areas, in the order of TypedArray.prototype.sort
// (on equal values the left run's first, except that -0 goes before +0). The sum is taken over the
// merged values in order, the same additions as a loop over them in JavaScript.

/** runs per call at most */
const MERGE_RUNS: u32 = 1 << 14;
let mergeLens: usize = 0;
let mergeLens2: usize = 0;
let mergeTotal: f64 = 0;

/**
 * Where the caller writes the runs, one after another, at most sortCap() values: the sort's two
 * areas serve (memory grows by milliseconds per 64 MiB: no area of its own).
 */
export function mergePtr(): usize {
  if (mergeLens == 0) {
    mergeLens = alloc((<usize>MERGE_RUNS) << 2);
    mergeLens2 = alloc((<usize>MERGE_RUNS) << 2);
  }
  return sortPtr();
}
/** Where the caller writes the runs' lengths (u32). */
export function mergeLensPtr(): usize {
  mergePtr();
  return mergeLens;
}
export function mergeRunsCap(): u32 {
  return MERGE_RUNS;
}

/** x first when x and y are equal doubles, unless x is +0 and y is -0 */
function takeY(x: f64, y: f64): bool {
  if (y < x) return true;
  return y == x && x == 0 && reinterpret<u64>(y) >> 63 != 0 && reinterpret<u64>(x) >> 63 == 0;
}

function mergeTwo(x: usize, nx: usize, y: usize, ny: usize, out: usize): void {
  const xe = x + (nx << 3);
  const ye = y + (ny << 3);
  while (x < xe && y < ye) {
    const u = load<f64>(x);
    const v = load<f64>(y);
    if (takeY(u, v)) {
      store<f64>(out, v);
      y += 8;
    } else {
      store<f64>(out, u);
      x += 8;
    }
    out += 8;
  }
  if (x < xe) memory.copy(out, x, xe - x);
  else if (y < ye) memory.copy(out, y, ye - y);
}

/**
 * Merge the `runs` sorted runs at mergePtr() (lengths at mergeLensPtr()); returns where the merged
 * values are (mergePtr() or the second area). Their sum: mergedSum().
 */
export function mergeF64(runs: u32): usize {
  let src = mergePtr();
  let dst = sortB;
  let lens = mergeLens;
  let next = mergeLens2;
  let k = runs;
  while (k > 1) {
    let s = src;
    let d = dst;
    let j: u32 = 0;
    for (let i: u32 = 0; i < k; i += 2) {
      const nx = <usize>load<u32>(lens + ((<usize>i) << 2));
      if (i + 1 < k) {
        const ny = <usize>load<u32>(lens + ((<usize>(i + 1)) << 2));
        mergeTwo(s, nx, s + (nx << 3), ny, d);
        store<u32>(next + ((<usize>j) << 2), <u32>(nx + ny));
        s += (nx + ny) << 3;
        d += (nx + ny) << 3;
      } else {
        memory.copy(d, s, nx << 3);
        store<u32>(next + ((<usize>j) << 2), <u32>nx);
        s += nx << 3;
        d += nx << 3;
      }
      j++;
    }
    k = j;
    const t = src;
    src = dst;
    dst = t;
    const u = lens;
    lens = next;
    next = u;
  }
  let n: usize = 0;
  if (runs > 0) n = <usize>load<u32>(lens);
  let sum: f64 = 0;
  const end = src + (n << 3);
  for (let p = src; p < end; p += 8) sum += load<f64>(p);
  mergeTotal = sum;
  return src;
}

/** The sum of the values the last mergeF64 merged, in their merged order. */
export function mergedSum(): f64 {
  return mergeTotal;
}
