// The k6 `--out json` reader, fed chunk by chunk (no I/O here). Point lines in k6's own field order
// take a hand-rolled indexOf scanner over the latin1-decoded chunk; anything else (Metric lines,
// other key orders, `"tags":null`, escapes, the pre-v0.40 `tainted` form) takes JSON.parse.
// Values are stored once per leaf (metric, exact tag set); the per-metric, per-tag and submetric
// entries are built from the leaves at finalize time (finalize.ts).

import type { MetricType, ValueKind } from '../../model.js';
import { InputError } from '../../model.js';
import { flat, TimeParser } from './time.js';
import { QuantileSketch } from '../../stats/sketch.js';
import { mergeRuns, Scratch } from './runs.js';
import { wasmScanner, type WasmScanner } from './wasm-scan.js';
import type {
  FileState,
  ImpossibleState,
  LeafState,
  MetricDecl,
  NdjsonOptions,
  NdjsonPartial,
  PendingWarning,
  SubmetricDecl,
  ThresholdDecl,
} from './types.js';

export const DEFAULT_BY = ['name', 'scenario'];
/**
 * Values kept exactly per run (all series together) before the largest series switch to a
 * quantile sketch (0.1% relative error; stats/sketch.ts). 20 million values are 160 MB.
 */
export const DEFAULT_VALUE_BUDGET = 20_000_000;
export const DEFAULT_MAX_TAG_SETS = 50_000;
/** Line warnings listed one by one per file; the rest are counted. */
export const MAX_LISTED_WARNINGS = 25;
/** A line longer than this is not k6 output (k6 lines are a few hundred bytes). */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

const DECODE_PIECE = 64 * 1024;
/** Line-aligned ranges at least this big are scanned by the WebAssembly scanner. */
const WASM_MIN_BYTES = 4096;
/**
 * Calls in a row in which the WebAssembly scanner takes no line before the rest of a piece is
 * read the TypeScript way (a file in another field order would otherwise cost a call per line).
 */
const WASM_MAX_MISSES = 16;
const RECENT = 4;
const BLOCK_MIN = 64;
const BLOCK_MAX = 32 * 1024;

const METRIC_TYPES: ReadonlySet<string> = new Set(['trend', 'rate', 'counter', 'gauge']);
const VALUE_KINDS: ReadonlySet<string> = new Set(['time', 'data', 'default']);

const P_METRIC = '{"metric":"';
const P_POINT = '","type":"Point","data":{"time":"';
const P_VALUE = '","value":';
const P_TAGS = ',"tags":';
const P_META = ',"metadata":{';

class Leaf {
  count = 0;
  sum = 0;
  comp = 0;
  min = Infinity;
  max = -Infinity;
  nonzero = 0;
  lastTime = -Infinity;
  lastValue = Number.NaN;
  blocks: Float64Array[] | null;
  cur: Float64Array | null;
  /** the leaf of the line that followed this one's last time (a prediction, see scan) */
  next: Leaf | null = null;
  fill = 0;
  folded: boolean;
  /** values kept in `blocks` */
  kept = 0;
  /** the values, once this leaf outgrew the run's budget (then `blocks` is null) */
  sketch: QuantileSketch | null = null;

  constructor(
    readonly metric: string,
    readonly tags: string,
    keepValues: boolean,
    folded: boolean,
    private readonly budget: ValueBudget,
    /** sort each block when it is full (then every block but `cur` is a sorted run) */
    private readonly sortFull: boolean,
  ) {
    this.blocks = keepValues ? [] : null;
    this.cur = null;
    this.folded = folded;
    if (keepValues) budget.leaves.push(this);
  }

  add(v: number, t: number): void {
    this.count++;
    const s = this.sum + v;
    if (Math.abs(this.sum) >= Math.abs(v)) this.comp += this.sum - s + v;
    else this.comp += v - s + this.sum;
    this.sum = s;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
    if (v !== 0) this.nonzero++;
    if (t >= this.lastTime) {
      this.lastTime = t;
      this.lastValue = v;
    }
    if (this.blocks !== null) {
      let cur = this.cur;
      if (cur === null || this.fill === cur.length) {
        if (cur !== null && this.sortFull) cur.sort();
        // fixed blocks, no copying: 64, 128, ... up to 32 Ki values (256 KiB)
        const size = cur === null ? BLOCK_MIN : Math.min(cur.length * 2, BLOCK_MAX);
        cur = new Float64Array(size);
        this.blocks.push(cur);
        this.cur = cur;
        this.fill = 0;
      }
      cur[this.fill++] = v;
      this.kept++;
      if (++this.budget.kept > this.budget.limit) this.budget.shed();
    } else if (this.sketch !== null) {
      this.sketch.add(v);
    }
  }

  dropValues(): void {
    this.budget.kept -= this.kept;
    this.kept = 0;
    this.blocks = null;
    this.cur = null;
    this.fill = 0;
    this.sketch = null;
  }

  /** From exact values to the sketch: every kept value goes in, the blocks are freed. */
  toSketch(): void {
    if (this.blocks === null) return;
    const sk = new QuantileSketch();
    for (const b of this.blocks) sk.addAll(b === this.cur ? b.subarray(0, this.fill) : b);
    this.budget.kept -= this.kept;
    this.kept = 0;
    this.blocks = null;
    this.cur = null;
    this.fill = 0;
    this.sketch = sk;
  }

  state(sortValues: boolean, scratch: Scratch): LeafState {
    let values: Float64Array[] | null = null;
    if (this.blocks !== null) {
      values = this.blocks.slice(0, -1);
      if (this.cur !== null && this.fill > 0) values.push(this.cur.subarray(0, this.fill));
      if (sortValues) {
        // in place: each block a sorted run (full blocks are sorted already with sortFull), then
        // merged into one run (in this thread, not in the one that finalizes)
        if (this.sortFull) values[values.length - 1]?.sort();
        else for (const b of values) b.sort();
        if (values.length > 1) values = [mergeRuns(values, scratch)];
      }
    }
    const st: LeafState = {
      metric: this.metric,
      tags: this.tags,
      count: this.count,
      sum: this.sum,
      comp: this.comp,
      min: this.min,
      max: this.max,
      nonzero: this.nonzero,
      lastTime: this.lastTime,
      lastValue: this.lastValue,
      values,
    };
    if (this.sketch !== null) st.sketch = this.sketch.state();
    if (sortValues && values !== null) st.runs = true;
    if (this.folded) st.folded = true;
    return st;
  }
}

/**
 * The run's budget of exactly kept values, shared by the leaves of every aggregator in one thread.
 * Past the limit, the largest exact leaves switch to a sketch until 90% of the limit is left.
 */
export class ValueBudget {
  kept = 0;
  readonly leaves: Leaf[] = [];
  constructor(readonly limit: number = DEFAULT_VALUE_BUDGET) {}

  shed(): void {
    const exact = this.leaves.filter((l) => l.blocks !== null).sort((a, b) => b.kept - a.kept);
    for (const l of exact) {
      if (this.kept <= this.limit * 0.9) break;
      l.toSketch();
    }
    this.leaves.splice(0, this.leaves.length, ...this.leaves.filter((l) => l.blocks !== null));
  }
}

/**
 * The end of the line-aligned piece of buf[p, end) (complete lines) that starts at p: just past
 * the last newline within `size` bytes, or past the first one after them (a longer line).
 */
function pieceEnd(buf: Buffer, p: number, end: number, size: number): number {
  if (end - p <= size) return end;
  const nl = buf.lastIndexOf(10, p + size - 1);
  return nl >= p ? nl + 1 : buf.indexOf(10, p + size) + 1 || end;
}

class TagSet {
  readonly byMetric = new Map<string, Leaf>();
  constructor(
    readonly raw: string,
    readonly tags: Record<string, string>,
  ) {}
}

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A JSON number in s[a, b). Plain decimals of at most 15 digits are computed as integer / 10^k:
 * both exact doubles, so the quotient is the correctly rounded value, the same double as
 * JSON.parse gives. Anything else (exponents, more digits) is checked against JSON's number
 * grammar and read by Number(). NaN when the text is not a finite JSON number (the slow path then
 * reads the line, or reports it).
 */
function parseNumber(s: string, a: number, b: number): number {
  let i = a;
  let neg = false;
  if (s.charCodeAt(i) === 45) {
    neg = true;
    i++;
  }
  let m = 0;
  let digits = 0;
  let frac = -1;
  const i0 = i;
  for (; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
    } else if (c === 46 && frac < 0) {
      frac = i;
    } else break;
  }
  if (i === b && digits > 0 && digits <= 15 && frac !== i0 && frac !== b - 1) {
    // JSON: no leading zeros ("01"), a fraction needs digits on both sides
    if (s.charCodeAt(i0) === 48 && digits > 1 && frac !== i0 + 1) return Number.NaN;
    const v = frac < 0 ? m : m / POW10[b - frac - 1];
    return neg ? -v : v;
  }
  // Number() also reads "1.", "-.5", "0x10", " 5": only JSON's grammar may take this path
  const text = s.slice(a, b);
  if (!JSON_NUMBER.test(text)) return Number.NaN;
  const v = +text;
  return v - v === 0 ? v : Number.NaN;
}

/** Latin1 form (one char per UTF-8 byte) of a JS string, as the fast path sees the file. */
function toLatin1(s: string): string {
  return Buffer.from(s, 'utf8').toString('latin1');
}

/** A short, printable excerpt of a latin1 line for a warning. */
function excerpt(line: string): string {
  const u = Buffer.from(line.length > 80 ? line.slice(0, 80) : line, 'latin1').toString('utf8');
  return JSON.stringify(u) + (line.length > 80 ? '...' : '');
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Parse a tags object text (latin1) into tags; undefined when it is not a flat string map. */
function parseTags(raw: string): Record<string, string> | undefined {
  let o: unknown;
  try {
    o = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (o === null) return {};
  if (!isObject(o)) return undefined;
  for (const k in o) if (typeof o[k] !== 'string') return undefined;
  return o as Record<string, string>;
}

/** Canonical tags text: keys sorted, latin1 strings. */
function canonicalTags(tags: Record<string, string>): string {
  const keys = Object.keys(tags).sort();
  const o: Record<string, string> = {};
  for (const k of keys) o[k] = tags[k];
  return JSON.stringify(o);
}

export class NdjsonAggregator {
  readonly file: string;
  private readonly foldKeys: Set<string>;
  private readonly maxTagSets: number;

  private readonly tagSets = new Map<string, TagSet>();
  private readonly leaves: Leaf[] = [];
  private readonly metricLeaves = new Map<string, Leaf[]>();
  private readonly types = new Map<string, MetricType>();
  private newTypeList: [string, MetricType][] = [];
  private readonly decls = new Map<string, MetricDecl>();
  private readonly capped = new Map<string, number>();
  private readonly fs: FileState;
  private readonly time = new TimeParser();

  private carry: Buffer[] = [];
  private carryLen = 0;
  private seq = 0;
  private segLines = 0;
  private segOpen = false;
  private ended = false;

  private readonly recent: (TagSet | null)[] = new Array<TagSet | null>(RECENT).fill(null);
  private recentNext = 0;
  private prevLeaf: Leaf | null = null;
  private lastTS: TagSet | null = null;

  private readonly budget: ValueBudget;

  private readonly sortFull: boolean;

  /** the WebAssembly scanner (null: the TypeScript one reads every line) */
  private readonly wasm: WasmScanner | null;
  /** leaf of each scanner pair id, null: lines of that pair are read the TypeScript way */
  private leafOf: (Leaf | null | undefined)[] = [];

  constructor(opts: NdjsonOptions) {
    this.file = opts.file;
    this.sortFull = opts.sortFullBlocks === true;
    this.wasm = opts.wasm === false ? null : wasmScanner();
    this.budget = opts.budget instanceof ValueBudget ? opts.budget : new ValueBudget(opts.budget);
    this.maxTagSets = opts.maxTagSets ?? DEFAULT_MAX_TAG_SETS;
    this.foldKeys = new Set(opts.by ?? DEFAULT_BY);
    for (const f of opts.filters ?? []) for (const k of Object.keys(f)) this.foldKeys.add(toLatin1(k));
    this.fs = {
      file: opts.file,
      lines: 0,
      k6Lines: 0,
      otherLines: 0,
      segments: [],
      warnings: [],
      unlisted: 0,
      firstTime: Infinity,
      lastTime: -Infinity,
    };
  }

  /** Next bytes of the file, in order, cut anywhere. */
  push(chunk: Buffer): void {
    if (this.ended) throw new Error('NdjsonAggregator: push after end');
    if (!this.segOpen) this.openSegment(this.seq);
    const nl = chunk.lastIndexOf(10);
    if (nl < 0) {
      this.hold(chunk);
      return;
    }
    let start = 0;
    if (this.carryLen > 0) {
      // finish the carried line on its own, then the rest of the chunk in place
      const first = chunk.indexOf(10);
      const line = Buffer.concat([...this.carry, chunk.subarray(0, first + 1)]);
      this.carry = [];
      this.carryLen = 0;
      this.scan(line.toString('latin1'), false);
      start = first + 1;
    }
    if (nl + 1 > start) this.scanBytes(chunk, start, nl + 1);
    if (nl + 1 < chunk.length) this.hold(Buffer.from(chunk.subarray(nl + 1)));
  }

  /**
   * A line-aligned chunk that is segment `seq` of the file (segments are numbered in file order;
   * several aggregators may each get some of them). Only the file's last segment may end without
   * a newline: its unterminated tail is the file's last line.
   */
  pushSegment(chunk: Buffer, seq: number): void {
    if (this.ended) throw new Error('NdjsonAggregator: push after end');
    if (this.carryLen > 0) throw new Error('NdjsonAggregator: pushSegment after an unterminated push');
    this.closeSegment();
    this.openSegment(seq);
    const nl = chunk.lastIndexOf(10);
    if (nl >= 0) this.scanBytes(chunk, 0, nl + 1);
    if (nl + 1 < chunk.length) this.scan(chunk.toString('latin1', nl + 1), true);
    this.closeSegment();
  }

  /** No more input: an unterminated last line is read if it is complete JSON, else reported. */
  end(): void {
    if (this.ended) return;
    if (this.carryLen > 0) {
      if (!this.segOpen) this.openSegment(this.seq);
      const tail = Buffer.concat(this.carry).toString('latin1');
      this.carry = [];
      this.carryLen = 0;
      this.scan(tail, true);
    }
    this.closeSegment();
    this.ended = true;
  }

  /** Metric types learned from Metric lines since the last call (for sibling aggregators). */
  takeNewTypes(): [string, MetricType][] {
    const t = this.newTypeList;
    this.newTypeList = [];
    return t;
  }

  /** Metric types learned elsewhere (another part of the file): values of non-trends are dropped. */
  learnTypes(types: [string, MetricType][]): void {
    for (const [m, t] of types) this.setType(m, t, false);
  }

  /**
   * The state read so far (ends the input). The aggregator must not be used afterwards.
   * `sortValues`: sort each value block in place now and merge each leaf's blocks into one run
   * (worker threads do, so the sorting and that merge run in parallel and finalize merges a run
   * per leaf).
   */
  snapshot(opts: { sortValues?: boolean } = {}): NdjsonPartial {
    this.end();
    const scratch = new Scratch();
    return {
      version: 1,
      files: [{ ...this.fs, segments: [...this.fs.segments], warnings: [...this.fs.warnings] }],
      leaves: this.leaves.map((l) => l.state(opts.sortValues === true, scratch)),
      decls: [...this.decls.values()],
      capped: [...this.capped],
    };
  }

  // -------------------------------------------------------------------------------------------

  private openSegment(seq: number): void {
    this.seq = seq;
    this.segLines = 0;
    this.segOpen = true;
  }

  private closeSegment(): void {
    if (!this.segOpen) return;
    this.fs.segments.push([this.seq, this.segLines]);
    this.segOpen = false;
  }

  private hold(b: Buffer): void {
    this.carry.push(b);
    this.carryLen += b.length;
    if (this.carryLen > MAX_LINE_BYTES) {
      throw new InputError(
        this.file,
        `not k6 NDJSON: a line longer than ${MAX_LINE_BYTES >> 20} MiB (k6 --out json writes one short JSON object per line)`,
        this.seq === 0 ? this.segLines + 1 : undefined,
      );
    }
  }

  private warn(message: string, line?: number): void {
    if (this.fs.warnings.length >= MAX_LISTED_WARNINGS) {
      this.fs.unlisted++;
      return;
    }
    const w: PendingWarning = { seq: this.seq, message };
    if (line !== undefined) w.line = line;
    this.fs.warnings.push(w);
  }

  /** Count an impossible sample of `metric` (first occurrence kept with its line). */
  private impossible(metric: string, kind: ImpossibleState['kind'], line: number): void {
    const list = (this.fs.impossible ??= []);
    const e = list.find((x) => x.metric === metric && x.kind === kind);
    if (e) e.count++;
    else list.push({ metric, kind, count: 1, first: [this.seq, line] });
  }

  private other(line: number, message: string, text: string): void {
    this.fs.otherLines++;
    if (this.fs.firstOther === undefined) this.fs.firstOther = [this.seq, line, excerpt(text)];
    this.warn(message, line);
  }

  /**
   * Complete lines in buf[start, end), decoded in pieces of about 64 KiB: strings that size are
   * young-generation garbage, collected cheaply; megabyte strings would go to the large-object
   * space and pile up (RSS) until a full GC.
   */
  private scanBytes(buf: Buffer, start: number, end: number): void {
    const w = this.wasm;
    if (w === null || end - start < WASM_MIN_BYTES) {
      this.scanDecoded(buf, start, end);
      return;
    }
    let p = start;
    while (p < end) {
      const q = pieceEnd(buf, p, end, w.capacity);
      if (q - p > w.capacity)
        this.scanDecoded(buf, p, q); // a line longer than the scanner's input
      else this.scanWasm(w, buf, p, q);
      p = q;
    }
  }

  /** Complete lines in buf[start, end), decoded in pieces of about 64 KiB and read by `scan`. */
  private scanDecoded(buf: Buffer, start: number, end: number): void {
    let p = start;
    while (p < end) {
      const q = pieceEnd(buf, p, end, DECODE_PIECE);
      this.scan(buf.toString('latin1', p, q), false);
      p = q;
    }
  }

  /**
   * Complete lines in buf[start, end) (at most the scanner's capacity) through the WebAssembly
   * scanner: its records in order, and each line it stops at read by `scan` (which also teaches
   * it a new minute or zone), then on from the next line.
   */
  private scanWasm(w: WasmScanner, buf: Buffer, start: number, end: number): void {
    w.load(buf, start, end);
    const len = end - start;
    let pos = 0;
    let misses = 0;
    while (pos < len) {
      w.syncTime(this.time);
      const stop = w.scan(pos, len);
      const k = w.records();
      if (k > 0) {
        misses = 0;
        this.takeRecords(w, k, buf, start);
      }
      pos = stop;
      if (pos >= len || k === w.recordCap) continue;
      // the line at pos is not the scanner's
      if (k === 0 && ++misses >= WASM_MAX_MISSES) {
        this.scanDecoded(buf, start + pos, end);
        return;
      }
      const nl = buf.indexOf(10, start + pos);
      const next = nl < 0 || nl >= end ? end : nl + 1;
      this.scan(buf.toString('latin1', start + pos, next), false);
      pos = next - start;
    }
  }

  /** The scanner's k records: each a k6 Point line, as the fast path of `scan` reads it. */
  private takeRecords(w: WasmScanner, k: number, buf: Buffer, start: number): void {
    const f64 = w.f64;
    const u32 = w.u32;
    const fs = this.fs;
    let r = w.recBase;
    for (let i = 0; i < k; i++, r += 3) {
      const pair = u32[2 * r + 4];
      let leaf = this.leafOf[pair];
      if (leaf === undefined) leaf = this.leafOfPair(w, pair);
      if (leaf === null) {
        // a tag set the fast path does not take: the whole line the TypeScript way
        const a = start + u32[2 * r + 5];
        const nl = buf.indexOf(10, a);
        this.scan(buf.toString('latin1', a, nl + 1), false);
        continue;
      }
      const v = f64[r];
      const t = f64[r + 1];
      this.segLines++;
      fs.lines++;
      leaf.add(v, t);
      if (t < fs.firstTime) fs.firstTime = t;
      if (t > fs.lastTime) fs.lastTime = t;
      fs.k6Lines++;
    }
  }

  /** The leaf of a scanner pair, as the fast path of `scan` finds it (null: not a fast-path line). */
  private leafOfPair(w: WasmScanner, pair: number): Leaf | null {
    const { metric, tags } = w.pair(pair);
    let leaf: Leaf | null = null;
    const ts = this.tagSets.get(tags) ?? this.newTagSet(tags);
    if (ts !== null) leaf = ts.byMetric.get(metric) ?? this.leafFor(ts, metric);
    this.leafOf[pair] = leaf;
    return leaf;
  }

  /** Complete lines s (each ending in \n, except a final fragment when `last`). */
  private scan(s: string, last: boolean): void {
    const n = s.length;
    let p = 0;
    const fs = this.fs;
    const tagSets = this.tagSets;
    while (p < n) {
      let e = s.indexOf('\n', p);
      let next: number;
      let unterminated = false;
      if (e < 0) {
        e = n;
        next = n;
        unterminated = true;
      } else next = e + 1;
      this.segLines++;
      fs.lines++;
      if (e > p && s.charCodeAt(e - 1) === 13) e--;
      if (e === p) {
        p = next;
        continue;
      }
      // ---- fast path: {"metric":"M","type":"Point","data":{"time":"T","value":V,"tags":{...}...}}
      // (slice === constant is several times faster than startsWith on V8 for these strings)
      fast: if (s.slice(p, p + 11) === P_METRIC) {
        const mS = p + 11;
        const mE = s.indexOf('"', mS);
        if (mE < 0 || mE >= e || s.slice(mE, mE + 33) !== P_POINT) break fast;
        const tS = mE + 33;
        const tE = s.indexOf('"', tS);
        if (tE < 0 || tE >= e || s.slice(tE, tE + 10) !== P_VALUE) break fast;
        const vS = tE + 10;
        const vE = s.indexOf(',', vS);
        if (vE < 0 || vE >= e || s.slice(vE, vE + 8) !== P_TAGS) break fast;
        const v = parseNumber(s, vS, vE);
        if (v !== v) break fast; // not a plain finite number: the slow path reads or reports it
        if (v < 0) break fast; // negative: the slow path counts it (impossible for a duration)
        const gS = vE + 8;
        // the tag set: the previous line's (k6 writes a request's ~9 samples with the same tags),
        // else one of the few seen last (checks, data_*, iterations have theirs), else the map
        let gE: number;
        let ts: TagSet | null = this.lastTS;
        if (ts !== null && s.slice(gS, gS + ts.raw.length) === ts.raw) {
          gE = gS + ts.raw.length;
        } else {
          if (s.charCodeAt(gS) !== 123 /* { */) break fast;
          gE = s.indexOf('}', gS) + 1;
          if (gE <= 0 || gE > e) break fast;
          const raw = s.slice(gS, gE);
          const len = gE - gS;
          const recent = this.recent;
          ts = null;
          for (let k = 0; k < RECENT; k++) {
            const r = recent[k];
            if (r !== null && r.raw.length === len && r.raw === raw) {
              ts = r;
              break;
            }
          }
          if (ts === null) {
            ts = tagSets.get(raw) ?? this.newTagSet(raw);
            if (ts === null) break fast;
            recent[this.recentNext] = ts;
            this.recentNext = (this.recentNext + 1) % RECENT;
          }
          this.lastTS = ts;
        }
        // the rest: "}}" or ',"metadata":{...}}}' up to the end of the line
        if (!(gE + 2 === e && s.charCodeAt(gE) === 125 && s.charCodeAt(gE + 1) === 125)) {
          if (
            s.slice(gE, gE + 13) !== P_META ||
            s.charCodeAt(e - 1) !== 125 ||
            s.charCodeAt(e - 2) !== 125 ||
            s.charCodeAt(e - 3) !== 125
          )
            break fast;
        }
        const t = this.time.parse(s, tS, tE);
        if (t !== t) break fast;
        // the leaf: predicted from the previous line's (k6 repeats the same metric order per
        // request), else the tag set's map
        const metric = s.slice(mS, mE);
        const prev = this.prevLeaf;
        let leaf = prev === null ? null : prev.next;
        if (leaf === null || leaf.tags !== ts.raw || leaf.metric !== metric) {
          leaf = ts.byMetric.get(metric) ?? null;
          if (leaf === null) {
            if (metric.indexOf('\\') >= 0) break fast;
            leaf = this.leafFor(ts, flat(metric));
          }
          if (prev !== null) prev.next = leaf;
        }
        this.prevLeaf = leaf;
        leaf.add(v, t);
        if (t < fs.firstTime) fs.firstTime = t;
        if (t > fs.lastTime) fs.lastTime = t;
        fs.k6Lines++;
        p = next;
        continue;
      }
      this.slowLine(s.slice(p, e), this.segLines, last && unterminated);
      p = next;
    }
  }

  private newTagSet(raw: string): TagSet | null {
    if (raw.indexOf('\\') >= 0) return null; // escapes: the slow path decodes them
    const tags = parseTags(raw);
    if (tags === undefined) return null;
    const key = flat(raw);
    const ts = new TagSet(key, tags);
    this.tagSets.set(key, ts);
    return ts;
  }

  private leafFor(ts: TagSet, metric: string): Leaf {
    const known = this.types.get(metric);
    const keep = known === undefined || known === 'trend';
    let list = this.metricLeaves.get(metric);
    if (list === undefined) {
      list = [];
      this.metricLeaves.set(metric, list);
    }
    if (list.length < this.maxTagSets) {
      const leaf = new Leaf(metric, ts.raw, keep, false, this.budget, this.sortFull);
      ts.byMetric.set(metric, leaf);
      list.push(leaf);
      this.leaves.push(leaf);
      return leaf;
    }
    // Past the cap: keep only the tags the entries are built from (breakdown, filters and the
    // submetrics declared so far); whole-metric figures stay exact. A tag set's leaf may be
    // replaced by a folded one below: the scanner's pairs are looked up again.
    this.leafOf = [];
    if (!this.capped.has(metric)) this.capped.set(metric, this.maxTagSets);
    const keys = new Set(this.foldKeys);
    for (const sm of this.decls.get(metric)?.submetrics ?? [])
      for (const k of Object.keys(sm.tags)) keys.add(k);
    const reduced: Record<string, string> = {};
    for (const k of Object.keys(ts.tags)) if (keys.has(k)) reduced[k] = ts.tags[k];
    const rawReduced = canonicalTags(reduced);
    let rts = this.tagSets.get(rawReduced);
    if (rts === undefined) {
      rts = new TagSet(rawReduced, reduced);
      this.tagSets.set(rawReduced, rts);
    }
    let leaf = rts.byMetric.get(metric);
    if (leaf === undefined || !leaf.folded) {
      leaf = new Leaf(metric, rawReduced, keep, true, this.budget, this.sortFull);
      rts.byMetric.set(metric, leaf);
      list.push(leaf);
      this.leaves.push(leaf);
    }
    ts.byMetric.set(metric, leaf);
    return leaf;
  }

  private setType(metric: string, type: MetricType, own: boolean): void {
    if (this.types.has(metric)) return;
    this.types.set(metric, type);
    if (own) this.newTypeList.push([metric, type]);
    if (type !== 'trend') for (const l of this.metricLeaves.get(metric) ?? []) l.dropValues();
  }

  private slowLine(line: string, lineNo: number, lastFragment: boolean): void {
    // A UTF-8 byte-order mark (latin1 view) before the first line: a file saved by an editor.
    if (line.startsWith('\u00ef\u00bb\u00bf')) line = line.slice(3);
    let o: unknown;
    try {
      o = JSON.parse(Buffer.from(line, 'latin1').toString('utf8'));
    } catch {
      // Python's json writes NaN / Infinity (not JSON): such a value is read as null and then
      // counted as an impossible sample of its metric below, not lost as an unreadable line
      if (/:\s*-?(?:NaN|Infinity)\s*[,}]/.test(line)) {
        try {
          o = JSON.parse(
            Buffer.from(line.replace(/(:\s*)-?(?:NaN|Infinity)(\s*[,}])/g, '$1null$2'), 'latin1').toString(
              'utf8',
            ),
          );
        } catch {
          o = undefined;
        }
      }
    }
    if (o === undefined) {
      if (lastFragment) {
        this.fs.otherLines++;
        this.warn(
          `truncated last line ${lineNo} (no newline at the end and not complete JSON): ignored`,
          lineNo,
        );
      } else {
        this.other(lineNo, `line ${lineNo} is not JSON (skipped): ${excerpt(line)}`, line);
      }
      return;
    }
    if (!isObject(o) || (o.type !== 'Point' && o.type !== 'Metric')) {
      this.other(
        lineNo,
        `line ${lineNo} is JSON but not a k6 line (no "type":"Point" or "Metric"): skipped`,
        line,
      );
      return;
    }
    const data = o.data;
    const name =
      typeof o.metric === 'string'
        ? o.metric
        : isObject(data) && typeof data.name === 'string'
          ? data.name
          : undefined;
    if (!isObject(data) || name === undefined || name === '') {
      this.other(lineNo, `line ${lineNo}: a k6 ${o.type} line without "metric" or "data": skipped`, line);
      return;
    }
    this.fs.k6Lines++;
    const metric = toLatin1(name);
    if (o.type === 'Metric') {
      this.declare(metric, data, lineNo);
      return;
    }
    const v = data.value;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.impossible(metric, 'non-finite', lineNo);
      this.warn(
        `line ${lineNo}: ${name} sample value ${
          typeof v === 'number'
            ? `${v} (beyond the range of a double, such as 1e400)`
            : (JSON.stringify(v) ?? 'missing')
        } is not a finite number: skipped`,
        lineNo,
      );
      return;
    }
    const t = typeof data.time === 'string' ? this.time.parse(data.time, 0, data.time.length) : Number.NaN;
    if (t !== t) {
      this.warn(
        `line ${lineNo}: ${name} sample time ${JSON.stringify(data.time) ?? 'missing'} is not RFC 3339: skipped`,
        lineNo,
      );
      return;
    }
    const rawTags = data.tags;
    const tags: Record<string, string> = {};
    if (rawTags !== null && rawTags !== undefined) {
      if (!isObject(rawTags)) {
        this.warn(`line ${lineNo}: ${name} sample tags are not an object: skipped`, lineNo);
        return;
      }
      for (const [k, tv] of Object.entries(rawTags)) {
        if (typeof tv !== 'string' && typeof tv !== 'number' && typeof tv !== 'boolean') {
          this.warn(
            `line ${lineNo}: ${name} sample tag ${JSON.stringify(k)} is not a string: skipped`,
            lineNo,
          );
          return;
        }
        tags[toLatin1(k)] = toLatin1(String(tv));
      }
    }
    const key = canonicalTags(tags);
    let ts = this.tagSets.get(key);
    if (ts === undefined) {
      ts = new TagSet(key, tags);
      this.tagSets.set(key, ts);
    }
    if (v < 0) this.impossible(metric, 'negative', lineNo);
    const leaf = ts.byMetric.get(metric) ?? this.leafFor(ts, metric);
    leaf.add(v, t);
    if (t < this.fs.firstTime) this.fs.firstTime = t;
    if (t > this.fs.lastTime) this.fs.lastTime = t;
  }

  private declare(metric: string, data: Record<string, unknown>, lineNo: number): void {
    let d = this.decls.get(metric);
    if (d === undefined) {
      d = { metric, thresholds: [], submetrics: [], file: this.file, pos: [this.seq, lineNo] };
      this.decls.set(metric, d);
    }
    if (typeof data.type === 'string' && METRIC_TYPES.has(data.type)) {
      const type = data.type as MetricType;
      if (d.type === undefined) d.type = type;
      else if (d.type !== type)
        this.warn(
          `line ${lineNo}: metric ${metric} re-declared as ${type} (was ${d.type}): kept ${d.type}`,
          lineNo,
        );
      this.setType(metric, d.type, true);
    } else {
      this.warn(
        `line ${lineNo}: Metric line for ${metric} has no valid type (${JSON.stringify(data.type)})`,
        lineNo,
      );
    }
    if (typeof data.contains === 'string' && VALUE_KINDS.has(data.contains) && d.contains === undefined)
      d.contains = data.contains as ValueKind;
    if (Array.isArray(data.thresholds)) {
      for (const th of data.thresholds) {
        let entry: ThresholdDecl | undefined;
        if (typeof th === 'string') entry = { expression: toLatin1(th) };
        else if (isObject(th) && typeof th.threshold === 'string') {
          entry = { expression: toLatin1(th.threshold) };
          if (typeof th.abortOnFail === 'boolean') entry.abortOnFail = th.abortOnFail;
        }
        if (entry === undefined) {
          this.warn(`line ${lineNo}: threshold of ${metric} not understood: ${JSON.stringify(th)}`, lineNo);
          continue;
        }
        if (!d.thresholds.some((x) => x.expression === entry.expression)) d.thresholds.push(entry);
      }
    }
    if (Array.isArray(data.submetrics)) {
      for (const sm of data.submetrics) {
        if (!isObject(sm) || !isObject(sm.tags)) continue;
        const tags: Record<string, string> = {};
        for (const [k, v] of Object.entries(sm.tags))
          if (typeof v === 'string') tags[toLatin1(k)] = toLatin1(v);
        const smName = typeof sm.name === 'string' ? toLatin1(sm.name) : metric;
        const decl: SubmetricDecl = { name: smName, tags };
        if (!d.submetrics.some((x) => x.name === decl.name)) d.submetrics.push(decl);
      }
    }
  }
}

/**
 * An aggregator for one file as a chunk parser of io/ndjson-read.ts (push a numbered segment, pass
 * on the metric types it learned, take its state): the one adapter both the reading thread
 * (run/k6-read.ts) and the NDJSON worker (entries/ndjson-worker.ts) use. `sortValues`: sort each
 * value block as soon as it is full and the last when the state is taken (threads that parse part
 * of a run do, while the file is still being read).
 */
export function k6ChunkParser(
  file: string,
  cfg: { by?: string[]; filters?: Record<string, string>[] },
  budget: ValueBudget,
  snapshot: { sortValues?: boolean } = {},
): {
  push(buf: Buffer, seq: number): void;
  takeLearned(): [string, MetricType][];
  learn(items: [string, MetricType][]): void;
  snapshot(): NdjsonPartial;
} {
  const a = new NdjsonAggregator({
    file,
    by: cfg.by,
    filters: cfg.filters,
    budget,
    sortFullBlocks: snapshot.sortValues,
  });
  return {
    push: (buf, seq) => a.pushSegment(buf, seq),
    takeLearned: () => a.takeNewTypes(),
    learn: (items) => a.learnTypes(items),
    snapshot: () => a.snapshot(snapshot),
  };
}
