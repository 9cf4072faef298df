// The WebAssembly line scanner (wasm/k6-scan.ts) seen from TypeScript: one instance per thread,
// shared by that thread's aggregators (its tables intern metric names and tag sets; which leaf a
// pair is stays each aggregator's own). A piece of complete lines is copied into its memory and
// scanned; the lines it takes come back as records, the first line it does not take is where it
// stops (the aggregator reads that one the TypeScript way). Compiled synchronously on first use:
// the module is under 5 kB.

import { K6_SCAN_WASM } from './scan-wasm.js';
import type { TimeParser } from './time.js';

// The part of the WebAssembly JS API used here (the project's lib has no DOM types).
declare const WebAssembly:
  | {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object, imports: object) => { exports: unknown };
    }
  | undefined;

interface Exports {
  memory: { buffer: ArrayBuffer };
  init(): void;
  inputPtr(): number;
  inputCap(): number;
  recordCap(): number;
  recPtr(): number;
  timePtr(): number;
  records(): number;
  scan(start: number, end: number): number;
  pairMetric(id: number): number;
  pairTags(id: number): number;
  metricOff(id: number): number;
  metricLen(id: number): number;
  tagsOff(id: number): number;
  tagsLen(id: number): number;
  sortPtr(): number;
  sortCap(): number;
  sortF64(n: number): void;
  mergePtr(): number;
  mergeLensPtr(): number;
  mergeRunsCap(): number;
  mergeF64(runs: number): number;
  mergedSum(): number;
}

export class WasmScanner {
  readonly capacity: number;
  readonly recordCap: number;
  private readonly x: Exports;
  private readonly input: number;
  private readonly time: number;
  private readonly rec: number;
  private ab: ArrayBuffer;
  private bytes: Buffer;
  /** records: value, time as f64 [3i], [3i + 1]; pair, line start as u32 [6i + 4], [6i + 5] */
  f64: Float64Array;
  u32: Uint32Array;
  /** whose time cache is in memory now (aggregators share the instance) */
  private timeOwner: TimeParser | null = null;
  private timeVersion = -1;

  constructor() {
    if (typeof WebAssembly === 'undefined') throw new Error('no WebAssembly');
    const mod = new WebAssembly.Module(Buffer.from(K6_SCAN_WASM, 'base64'));
    const inst = new WebAssembly.Instance(mod, {
      env: {
        abort: () => {
          throw new Error('k6 NDJSON scanner (WebAssembly) aborted');
        },
      },
    });
    this.x = inst.exports as unknown as Exports;
    this.x.init();
    this.capacity = this.x.inputCap();
    this.recordCap = this.x.recordCap();
    this.input = this.x.inputPtr();
    this.time = this.x.timePtr();
    this.rec = this.x.recPtr();
    this.ab = this.x.memory.buffer;
    this.bytes = Buffer.from(this.ab);
    this.f64 = new Float64Array(this.ab);
    this.u32 = new Uint32Array(this.ab);
  }

  /** index of record 0 in f64 (and twice that in u32) */
  get recBase(): number {
    return this.rec >>> 3;
  }

  /** Copy buf[start, end) (complete lines, at most `capacity` bytes) in for scanning. */
  load(buf: Uint8Array, start: number, end: number): void {
    this.bytes.set(buf.subarray(start, end), this.input);
  }

  /** Scan the loaded bytes [start, end); returns where it stopped (records: `records()`). */
  scan(start: number, end: number): number {
    const stop = this.x.scan(start, end);
    if (this.x.memory.buffer !== this.ab) this.views(); // the tables grew memory
    return stop;
  }

  records(): number {
    return this.x.records();
  }

  /** The metric name and tag-set text of a pair (latin1, as in the file). */
  pair(id: number): { metric: string; tags: string } {
    const m = this.x.pairMetric(id);
    const t = this.x.pairTags(id);
    const mo = this.x.metricOff(m);
    const to = this.x.tagsOff(t);
    return {
      metric: this.bytes.toString('latin1', mo, mo + this.x.metricLen(m)),
      tags: this.bytes.toString('latin1', to, to + this.x.tagsLen(t)),
    };
  }

  /**
   * `blocks` (any order) as sorted runs of at most `sortCap` values each, in the order
   * TypedArray.prototype.sort gives (radix sort in WebAssembly); one run when they fit.
   */
  sortRuns(blocks: Float64Array[]): Float64Array[] {
    const cap = this.x.sortCap();
    const at = this.x.sortPtr() >>> 3;
    if (this.x.memory.buffer !== this.ab) this.views(); // the sort area grew memory
    const runs: Float64Array[] = [];
    let total = 0;
    for (const b of blocks) total += b.length;
    let i = 0;
    let off = 0; // values of blocks[i] already taken
    while (total > 0) {
      const n = Math.min(total, cap);
      let k = 0;
      while (k < n) {
        const b = blocks[i];
        const take = Math.min(b.length - off, n - k);
        this.f64.set(off === 0 && take === b.length ? b : b.subarray(off, off + take), at + k);
        k += take;
        off += take;
        if (off === b.length) {
          i++;
          off = 0;
        }
      }
      this.x.sortF64(n);
      runs.push(this.f64.slice(at, at + n));
      total -= n;
    }
    return runs;
  }

  /**
   * Sorted runs (TypedArray.prototype.sort's order) merged into one, and the sum of the merged
   * values taken in order: a view of this instance's memory, valid until its next call; null when
   * they are more than it merges at once (the caller merges them itself).
   */
  merge(runs: readonly Float64Array[]): { sorted: Float64Array; sum: number } | null {
    let total = 0;
    for (const r of runs) total += r.length;
    if (total > this.x.sortCap() || runs.length > this.x.mergeRunsCap()) return null;
    const at = this.x.mergePtr() >>> 3;
    const lens = this.x.mergeLensPtr() >>> 2;
    if (this.x.memory.buffer !== this.ab) this.views(); // the merge areas grew memory
    let k = at;
    for (let i = 0; i < runs.length; i++) {
      this.f64.set(runs[i], k);
      k += runs[i].length;
      this.u32[lens + i] = runs[i].length;
    }
    const out = this.x.mergeF64(runs.length) >>> 3;
    return { sorted: this.f64.subarray(out, out + total), sum: this.x.mergedSum() };
  }

  /**
   * Time lines with `time`'s cached minute and zone (aggregators share the instance: copied in when
   * another parser's, or a newer one, is asked for).
   */
  syncTime(time: TimeParser): void {
    if (time === this.timeOwner && time.version === this.timeVersion) return;
    this.timeOwner = time;
    this.timeVersion = time.version;
    const cache = time.cache();
    const p = this.time;
    // zone length 0: no line is taken until the caller has parsed one
    if (cache === undefined || cache.prefix.length !== 16 || cache.zone.length > 8) {
      this.u32[(p + 24) >>> 2] = 0;
      return;
    }
    this.bytes.write(cache.prefix, p, 16, 'latin1');
    this.bytes.write(cache.zone, p + 16, cache.zone.length, 'latin1');
    this.u32[(p + 24) >>> 2] = cache.zone.length;
    this.f64[(p + 32) >>> 3] = cache.base;
  }

  private views(): void {
    this.ab = this.x.memory.buffer;
    this.bytes = Buffer.from(this.ab);
    this.f64 = new Float64Array(this.ab);
    this.u32 = new Uint32Array(this.ab);
  }
}

let shared: WasmScanner | null | undefined;

/** This thread's scanner; null when WebAssembly is not available (the TypeScript scanner reads). */
export function wasmScanner(): WasmScanner | null {
  if (shared === undefined) {
    try {
      shared = new WasmScanner();
    } catch {
      shared = null;
    }
  }
  return shared;
}
