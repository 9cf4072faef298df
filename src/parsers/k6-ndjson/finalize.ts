// Merging aggregator states (byte ranges or chunks of one file read by several threads, and the
// shards of one distributed k6 run) and turning the merged state into a K6Dataset: one entry for the
// whole metric, one per value of each breakdown tag, one per declared submetric and per filter.

import { QuantileSketch, type SketchState } from '../../stats/sketch.js';
import type {
  K6Dataset,
  MetricSummary,
  MetricType,
  Series,
  ThresholdEntry,
  ValueKind,
  Warning,
} from '../../model.js';
import { InputError } from '../../model.js';
import { percentileSorted } from '../../stats/percentile.js';
import { DEFAULT_BY } from './aggregator.js';
import { mergeInScratch, mergeRuns, Scratch } from './runs.js';
import { wasmScanner } from './wasm-scan.js';
import type { FileState, LeafState, MetricDecl, NdjsonPartial } from './types.js';

export interface FinalizeOptions {
  /** The dataset's `file` (default: the first file, or `first + N more`). */
  file?: string;
  by?: string[];
  filters?: Record<string, string>[];
}

/** k6 built-in metrics (metrics/builtin.go): used when a file has no Metric line for them. */
const BUILTIN: Record<string, [MetricType, ValueKind]> = {
  vus: ['gauge', 'default'],
  vus_max: ['gauge', 'default'],
  iterations: ['counter', 'default'],
  iteration_duration: ['trend', 'time'],
  dropped_iterations: ['counter', 'default'],
  checks: ['rate', 'default'],
  group_duration: ['trend', 'time'],
  http_reqs: ['counter', 'default'],
  http_req_failed: ['rate', 'default'],
  http_req_duration: ['trend', 'time'],
  http_req_blocked: ['trend', 'time'],
  http_req_connecting: ['trend', 'time'],
  http_req_tls_handshaking: ['trend', 'time'],
  http_req_sending: ['trend', 'time'],
  http_req_waiting: ['trend', 'time'],
  http_req_receiving: ['trend', 'time'],
  data_sent: ['counter', 'data'],
  data_received: ['counter', 'data'],
  ws_sessions: ['counter', 'default'],
  ws_msgs_sent: ['counter', 'default'],
  ws_msgs_received: ['counter', 'default'],
  ws_ping: ['trend', 'time'],
  ws_session_duration: ['trend', 'time'],
  ws_connecting: ['trend', 'time'],
  grpc_req_duration: ['trend', 'time'],
};

const utf8 = (latin1: string): string => Buffer.from(latin1, 'latin1').toString('utf8');

function leafKey(l: LeafState): string {
  return `${l.metric}\u0000${l.tags}`;
}

function copyLeaf(l: LeafState): LeafState {
  return { ...l, values: l.values === null ? null : [...l.values] };
}

/** Fold a leaf's exact values and/or sketch into one sketch state. */
function sketchOf(...ls: LeafState[]): SketchState {
  const sk = new QuantileSketch();
  for (const l of ls) {
    if (l.sketch !== undefined) sk.merge(l.sketch);
    for (const b of l.values ?? []) sk.addAll(b);
  }
  return sk.state();
}

function copyFile(f: FileState): FileState {
  const c: FileState = { ...f, segments: [...f.segments], warnings: [...f.warnings] };
  if (f.impossible) c.impossible = f.impossible.map((x) => ({ ...x, first: [...x.first] }));
  return c;
}

function copyDecl(d: MetricDecl): MetricDecl {
  return { ...d, thresholds: [...d.thresholds], submetrics: [...d.submetrics] };
}

/**
 * Merge states in order: parts of one file (same `file`, segments numbered in file order) and
 * shards of one run (different files: trend values concatenate, counters add). The value blocks
 * are shared, not copied.
 */
export function mergePartials(parts: NdjsonPartial[], _opts?: FinalizeOptions): NdjsonPartial {
  const files = new Map<string, FileState>();
  const leaves = new Map<string, LeafState>();
  const decls = new Map<string, MetricDecl>();
  const capped = new Map<string, number>();
  for (const part of parts) {
    for (const f of part.files) {
      const a = files.get(f.file);
      if (a === undefined) {
        files.set(f.file, copyFile(f));
        continue;
      }
      a.lines += f.lines;
      a.k6Lines += f.k6Lines;
      a.otherLines += f.otherLines;
      a.segments.push(...f.segments);
      a.warnings.push(...f.warnings);
      for (const x of f.impossible ?? []) {
        const list = (a.impossible ??= []);
        const e = list.find((y) => y.metric === x.metric && y.kind === x.kind);
        if (!e) list.push({ ...x, first: [...x.first] });
        else {
          e.count += x.count;
          if (x.first[0] < e.first[0] || (x.first[0] === e.first[0] && x.first[1] < e.first[1]))
            e.first = [...x.first];
        }
      }
      a.unlisted += f.unlisted;
      if (f.firstOther !== undefined) {
        const fo = f.firstOther;
        const ao = a.firstOther;
        if (ao === undefined || fo[0] < ao[0] || (fo[0] === ao[0] && fo[1] < ao[1])) a.firstOther = fo;
      }
      a.firstTime = Math.min(a.firstTime, f.firstTime);
      a.lastTime = Math.max(a.lastTime, f.lastTime);
    }
    for (const l of part.leaves) {
      const k = leafKey(l);
      const a = leaves.get(k);
      if (a === undefined) {
        leaves.set(k, copyLeaf(l));
        continue;
      }
      a.count += l.count;
      const s = a.sum + l.sum;
      a.comp += Math.abs(a.sum) >= Math.abs(l.sum) ? a.sum - s + l.sum : l.sum - s + a.sum;
      a.comp += l.comp;
      a.sum = s;
      a.min = Math.min(a.min, l.min);
      a.max = Math.max(a.max, l.max);
      a.nonzero += l.nonzero;
      if (l.lastTime >= a.lastTime) {
        a.lastTime = l.lastTime;
        a.lastValue = l.lastValue;
      }
      // values dropped (not a trend) in either part: dropped; sketched in either: sketched
      const dropped = (x: LeafState) => x.values === null && x.sketch === undefined;
      if (dropped(a) || dropped(l)) {
        a.values = null;
        delete a.sketch;
      } else if (a.sketch !== undefined || l.sketch !== undefined) {
        a.sketch = sketchOf(a, l);
        a.values = null;
        delete a.runs;
      } else {
        // one side sorted (a worker's runs), the other not (the reading thread's blocks): sort
        // that side now, so the sorted one is never sorted again
        const sa = a.runs === true;
        const sl = l.runs === true;
        if (sa !== sl) for (const b of sa ? l.values! : a.values!) b.sort();
        a.values = [...a.values!, ...l.values!];
        if (sa || sl) a.runs = true;
      }
      if (l.folded) a.folded = true;
    }
    for (const d of part.decls) {
      const a = decls.get(d.metric);
      if (a === undefined) {
        decls.set(d.metric, copyDecl(d));
        continue;
      }
      if (a.file === d.file && (d.pos[0] < a.pos[0] || (d.pos[0] === a.pos[0] && d.pos[1] < a.pos[1])))
        a.pos = d.pos;
      a.type ??= d.type;
      a.contains ??= d.contains;
      for (const t of d.thresholds)
        if (!a.thresholds.some((x) => x.expression === t.expression)) a.thresholds.push(t);
      for (const s of d.submetrics) if (!a.submetrics.some((x) => x.name === s.name)) a.submetrics.push(s);
    }
    for (const [m, c] of part.capped) capped.set(m, Math.max(capped.get(m) ?? 0, c));
  }
  return {
    version: 1,
    files: [...files.values()],
    leaves: [...leaves.values()],
    decls: [...decls.values()],
    capped: [...capped],
  };
}

/** Every ArrayBuffer of a state, for a worker's postMessage transfer list. */
export function transferList(part: NdjsonPartial): ArrayBuffer[] {
  const seen = new Set<ArrayBuffer>();
  for (const l of part.leaves) {
    for (const b of l.values ?? []) seen.add(b.buffer as ArrayBuffer);
    if (l.sketch !== undefined) for (const b of QuantileSketch.transferList(l.sketch)) seen.add(b);
  }
  return [...seen];
}

// ---------------------------------------------------------------------------------------------

/**
 * A leaf's values as one sorted run (kept as its `values`): its blocks radix-sorted in
 * WebAssembly, unless a worker sorted them already, then merged. Entries merge the runs of their
 * leaves.
 */
function leafRuns(l: LeafState, scratch: Scratch): Float64Array[] {
  let blocks = (l.values ?? []).filter((b) => b.length > 0);
  if (l.runs !== true) {
    // unsorted blocks (this thread's): radix-sorted in WebAssembly into runs of up to 1 Mi values
    // (several times faster than sorting each block and merging them), else sorted here
    const w = blocks.length > 0 ? wasmScanner() : null;
    if (w !== null) blocks = w.sortRuns(blocks);
    else for (const b of blocks) b.sort();
  }
  l.runs = true;
  if (blocks.length <= 1) {
    l.values = blocks;
    return blocks;
  }
  // one run per leaf: an entry then merges a run per leaf, not a run per block (a value is in
  // several entries: the whole metric, its name, its scenario...)
  const one = mergeRuns(blocks, scratch);
  l.values = [one];
  return [one];
}

interface Leaf {
  state: LeafState;
  tags: Record<string, string>;
  runs?: Float64Array[];
  /** negative values left out of `runs` (a duration metric) */
  negatives?: number;
}

/** Where a metric's first impossible sample is, over the files: { file, line } (absolute line). */
interface ImpossibleAt {
  negative: { count: number; file: string; line: number } | undefined;
  nonFinite: { count: number; file: string; line: number } | undefined;
}

function tagsKey(tags: Record<string, string>): string {
  return JSON.stringify(
    Object.keys(tags)
      .sort()
      .map((k) => [k, tags[k]]),
  );
}

function matches(leaf: Record<string, string>, want: Record<string, string>): boolean {
  for (const k in want) if (leaf[k] !== want[k]) return false;
  return true;
}

/**
 * The entry's sorted values, built on first use from the sorted leaves and held weakly: a caller
 * that keeps the array keeps it; otherwise memory stays at one copy of every value (the leaves).
 */
function lazySorted(series: Series, leaves: Float64Array[]): void {
  if (leaves.length === 1) {
    series.sorted = leaves[0];
    return;
  }
  // (not seeded with the array finalize built: a WeakRef target is kept alive until the current
  // job ends, which would hold every entry's array at once)
  let ref: WeakRef<Float64Array> | undefined;
  Object.defineProperty(series, 'sorted', {
    enumerable: true,
    configurable: true,
    get(): Float64Array {
      let a = ref?.deref();
      if (a === undefined) {
        a = mergeRuns(leaves, new Scratch());
        ref = new WeakRef(a);
      }
      return a;
    },
  });
}

/** Per file: nothing k6 at all is bad input; warnings with line numbers made absolute; the time span. */
function perFile(
  files: readonly FileState[],
  warnings: Warning[],
): { lines: number; first: number; last: number } {
  let lines = 0;
  let first = Infinity;
  let last = -Infinity;
  for (const f of files) {
    lines += f.lines;
    if (f.k6Lines === 0 && f.otherLines > 0) {
      const line = f.firstOther !== undefined ? absLine(f, f.firstOther[0], f.firstOther[1]) : undefined;
      throw new InputError(
        f.file,
        `not k6 NDJSON: no k6 line (a JSON object per line with "type":"Point" or "type":"Metric", as k6 --out json writes) in ${f.lines} lines; the first line that is not one: ${f.firstOther?.[2] ?? '?'}`,
        line,
      );
    }
    const ws = [...f.warnings].sort((a, b) => a.seq - b.seq || (a.line ?? 0) - (b.line ?? 0));
    for (const w of ws) {
      const out: Warning = { file: f.file, message: w.message };
      if (w.line !== undefined) {
        const abs = absLine(f, w.seq, w.line);
        out.line = abs;
        out.message = w.message.replace(`line ${w.line}`, `line ${abs}`);
      }
      warnings.push(out);
    }
    if (f.unlisted > 0)
      warnings.push({ file: f.file, message: `${f.unlisted} more lines skipped or reported (not listed)` });
    // one count for every skipped line (the list above stops after the first few)
    if (f.firstOther !== undefined)
      warnings.push({
        file: f.file,
        message: `${f.otherLines} of ${f.lines} lines are not k6 lines (log output written to the same stream, such as k6's stdout?) and were skipped`,
      });
    first = Math.min(first, f.firstTime);
    last = Math.max(last, f.lastTime);
  }
  return { lines, first, last };
}

/** Impossible samples per metric: the first one over the files (files in order). */
function impossibleSamples(files: readonly FileState[]): Map<string, ImpossibleAt> {
  const impossibleAt = new Map<string, ImpossibleAt>();
  for (const f of files) {
    for (const x of f.impossible ?? []) {
      let at = impossibleAt.get(x.metric);
      if (!at) impossibleAt.set(x.metric, (at = { negative: undefined, nonFinite: undefined }));
      const slot = x.kind === 'negative' ? 'negative' : 'nonFinite';
      const cur = at[slot];
      if (cur) cur.count += x.count;
      else at[slot] = { count: x.count, file: f.file, line: absLine(f, x.first[0], x.first[1]) };
    }
  }
  return impossibleAt;
}

/** Leaves grouped per metric, in a fixed order (results do not depend on how input was split). */
function leavesByMetric(part: NdjsonPartial): Map<string, Leaf[]> {
  const byMetric = new Map<string, Leaf[]>();
  const tagCache = new Map<string, Record<string, string>>();
  const sortedLeaves = [...part.leaves].sort((a, b) =>
    a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : a.tags < b.tags ? -1 : a.tags > b.tags ? 1 : 0,
  );
  for (const l of sortedLeaves) {
    if (l.count === 0) continue;
    let tags = tagCache.get(l.tags);
    if (tags === undefined) {
      const parsed = JSON.parse(l.tags) as Record<string, string> | null;
      tags = {};
      for (const [k, v] of Object.entries(parsed ?? {})) tags[utf8(k)] = utf8(v);
      tagCache.set(l.tags, tags);
    }
    let list = byMetric.get(l.metric);
    if (list === undefined) byMetric.set(l.metric, (list = []));
    list.push({ state: l, tags });
  }
  return byMetric;
}

/** A metric's entries: the whole metric, breakdown tags, declared submetrics, filters. */
function entriesOf(
  leaves: Leaf[],
  by: readonly string[],
  decl: MetricDecl | undefined,
  filters: readonly Record<string, string>[],
): { tags: Record<string, string>; leaves: Leaf[] }[] {
  const entries: { tags: Record<string, string>; leaves: Leaf[] }[] = [];
  const seen = new Set<string>();
  const addEntry = (tags: Record<string, string>, ls: Leaf[]): void => {
    const k = tagsKey(tags);
    if (seen.has(k) || ls.length === 0) return;
    seen.add(k);
    entries.push({ tags, leaves: ls });
  };
  addEntry({}, leaves);
  for (const tag of by) {
    const groups = new Map<string, Leaf[]>();
    for (const l of leaves) {
      const v = l.tags[tag];
      if (v === undefined) continue;
      let g = groups.get(v);
      if (g === undefined) groups.set(v, (g = []));
      g.push(l);
    }
    for (const v of [...groups.keys()].sort()) addEntry({ [tag]: v }, groups.get(v)!);
  }
  const wanted: Record<string, string>[] = [];
  for (const sm of decl?.submetrics ?? []) {
    const t: Record<string, string> = {};
    for (const [k, v] of Object.entries(sm.tags)) t[utf8(k)] = utf8(v);
    wanted.push(t);
  }
  wanted.push(...filters);
  for (const t of wanted)
    addEntry(
      t,
      leaves.filter((l) => matches(l.tags, t)),
    );
  return entries;
}

/** Thresholds, as declared (NDJSON carries no verdict). */
function declaredThresholds(
  part: NdjsonPartial,
  byMetric: Map<string, Leaf[]>,
  warnings: Warning[],
): ThresholdEntry[] {
  const files = part.files;
  const thresholds: ThresholdEntry[] = [];
  const fileOrder = new Map(files.map((f, i) => [f.file, i]));
  const declOrder = [...part.decls].sort(
    (a, b) =>
      (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) ||
      a.pos[0] - b.pos[0] ||
      a.pos[1] - b.pos[1],
  );
  for (const d of declOrder) {
    for (const t of d.thresholds) {
      const th: ThresholdEntry = {
        file: d.file,
        metric: utf8(d.metric),
        expression: utf8(t.expression),
        ok: null,
        source: 'ndjson',
      };
      if (t.abortOnFail !== undefined) th.abortOnFail = t.abortOnFail;
      thresholds.push(th);
    }
    if (d.thresholds.length > 0 && !byMetric.has(d.metric)) {
      warnings.push({
        file: d.file,
        message: `thresholds on ${utf8(d.metric)} declared, but the metric has no samples`,
      });
    }
  }
  return thresholds;
}

/** A negative duration cannot be a measurement: left out (a sorted run's negatives are its head). */
function dropNegatives(leaves: Leaf[]): void {
  for (const l of leaves) {
    if (!l.runs) continue;
    let k = 0;
    l.runs = l.runs
      .map((r) => {
        let i = 0;
        while (i < r.length && r[i] < 0) i++;
        k += i;
        return i > 0 ? r.subarray(i) : r;
      })
      .filter((r) => r.length > 0);
    if (k > 0) l.negatives = k;
  }
}

/** The dataset: exact statistics the k6 way, entries per metric / tag / submetric / filter. */
export function finalizeNdjson(part: NdjsonPartial, opts: FinalizeOptions = {}): K6Dataset {
  const by = opts.by ?? DEFAULT_BY;
  const filters = opts.filters ?? [];
  const files = part.files;
  const file =
    opts.file ??
    (files.length === 0
      ? ''
      : files.length === 1
        ? files[0].file
        : `${files[0].file} + ${files.length - 1} more`);
  const warnings: Warning[] = [];

  // -- per file: nothing k6 at all is bad input; line numbers made absolute
  const { lines, first, last } = perFile(files, warnings);

  const decls = new Map<string, MetricDecl>();
  for (const d of part.decls) decls.set(d.metric, d);

  // -- impossible samples per metric: the first one over the files (files in order)
  const impossibleAt = impossibleSamples(files);

  // -- leaves grouped per metric, in a fixed order (results do not depend on how input was split)
  const byMetric = leavesByMetric(part);

  const span = last > first ? (last - first) / 1000 : 0;
  const scratch = new Scratch();
  const series: Series[] = [];
  const metrics = [...byMetric.keys()].sort((a, b) => {
    const x = utf8(a);
    const y = utf8(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  for (const m of metrics) {
    const leaves = byMetric.get(m)!;
    const name = utf8(m);
    const decl = decls.get(m);
    let type = decl?.type ?? BUILTIN[name]?.[0];
    const contains = decl?.contains ?? (decl?.type === undefined ? BUILTIN[name]?.[1] : undefined);
    if (type === undefined) {
      type = 'trend';
      warnings.push({ file, message: `metric ${name}: no Metric line declares its type; read as a trend` });
    }
    if (type === 'trend') {
      const missing = leaves.filter((l) => l.state.values === null && l.state.sketch === undefined);
      if (missing.length > 0) {
        warnings.push({
          file,
          message: `metric ${name} is a trend in one part of the run and not in another: ${missing.reduce((s, l) => s + l.state.count, 0)} samples without values left out`,
        });
      }
      for (const l of leaves) if (l.state.values !== null) l.runs = leafRuns(l.state, scratch);
      // a negative duration cannot be a measurement: left out (a sorted run's negatives are its head)
      if (contains === 'time' && impossibleAt.get(m)?.negative) dropNegatives(leaves);
    } else {
      for (const l of leaves) {
        l.state.values = null; // kept only while the type was unknown
        delete l.state.sketch;
      }
    }
    if (part.capped.some(([c]) => c === m)) {
      const cap = part.capped.find(([c]) => c === m)![1];
      warnings.push({
        file,
        message: `metric ${name} has more than ${cap} distinct tag sets (high-cardinality tags such as url): past that, samples are kept by ${by.join(', ')}, filter and submetric tags only; the whole metric and those entries stay exact`,
      });
    }

    // entries: whole metric, breakdown tags, declared submetrics, filters
    const entries = entriesOf(leaves, by, decl, filters);

    const at = impossibleAt.get(m);
    const neg = type === 'trend' && contains === 'time' ? at?.negative : undefined;
    const nonFinite = at?.nonFinite;
    if (neg)
      warnings.push({
        file: neg.file,
        line: neg.line,
        message: `metric ${name}: ${neg.count} negative duration${neg.count === 1 ? '' : 's'} (impossible samples), the first on line ${neg.line}: left out`,
      });
    if (nonFinite)
      warnings.push({
        file: nonFinite.file,
        line: nonFinite.line,
        message: `metric ${name}: ${nonFinite.count} non-finite or non-numeric value${nonFinite.count === 1 ? '' : 's'} (impossible samples), the first on line ${nonFinite.line}: left out`,
      });
    // the whole metric's series: an entry of the same leaves (a run's only scenario, say) takes
    // its figures instead of merging every value again
    let whole: Series | null = null;
    for (const e of entries) {
      const negs = e.leaves.reduce((a, l) => a + (l.negatives ?? 0), 0);
      const same = whole !== null && e.leaves.length === leaves.length ? whole : undefined;
      let s = entry(file, name, type, contains, e.tags, e.leaves, span, scratch, same);
      if (e === entries[0] && e.leaves.length === leaves.length) whole = s;
      if (s === null) {
        if (negs === 0) continue;
        // every sample was impossible: the key stays, empty, so that it is reported as such
        const summary: MetricSummary = { file, metric: name, type, tags: e.tags, count: 0 };
        if (contains !== undefined) summary.contains = contains;
        s = { summary, sorted: new Float64Array(0) };
      }
      // negatives counted exactly per entry; non-finite values have no tags read: every key of the metric
      const negatives = e.leaves.reduce((a, l) => a + (l.negatives ?? 0), 0);
      const count = negatives + (nonFinite?.count ?? 0);
      if (count > 0) {
        const first = negatives > 0 && neg ? neg : nonFinite!;
        s.impossible = {
          count,
          total: (s.summary.count ?? 0) + count,
          what: [negatives > 0 ? 'negative durations' : '', nonFinite ? 'non-finite values' : '']
            .filter(Boolean)
            .join(' and '),
          file: first.file,
          line: first.line,
        };
      }
      series.push(s);
    }
  }

  // -- thresholds, as declared (NDJSON carries no verdict)
  const thresholds = declaredThresholds(part, byMetric, warnings);

  if (series.length === 0)
    warnings.push({ file, message: 'no samples: the file has no k6 Point lines (no data)' });

  const ds: K6Dataset = { format: 'k6-ndjson', file, series, thresholds, lines, warnings };
  if (first <= last) {
    ds.startTime = new Date(first).toISOString();
    ds.endTime = new Date(last).toISOString();
  }
  return ds;
}

function absLine(f: FileState, seq: number, line: number): number {
  let base = 0;
  for (const [s, n] of f.segments) if (s < seq) base += n;
  return base + line;
}

function entry(
  file: string,
  metric: string,
  type: MetricType,
  contains: ValueKind | undefined,
  tags: Record<string, string>,
  leaves: Leaf[],
  span: number,
  scratch: Scratch,
  same?: Series,
): Series | null {
  const summary: MetricSummary =
    contains !== undefined ? { file, metric, type, contains, tags } : { file, metric, type, tags };
  const series: Series = { summary };
  if (type === 'trend' && same !== undefined && same.sketch === undefined) {
    // the same leaves as `same`: the same values, so the same figures, and its sorted values (the
    // same array, or the same lazy getter: merged once whichever entry asks first)
    const { count, avg, min, med, max, p90, p95, p99 } = same.summary;
    Object.assign(summary, { count, avg, min, med, max, p90, p95, p99 });
    const sorted = Object.getOwnPropertyDescriptor(same, 'sorted');
    if (sorted) Object.defineProperty(series, 'sorted', sorted);
  } else if (type === 'trend' && leaves.some((l) => l.state.sketch !== undefined)) {
    // past the run's budget of kept values: percentiles from the sketch, count/sum/min/max exact
    const sk = new QuantileSketch();
    let n = 0;
    let sum = 0;
    let comp = 0;
    let min = Infinity;
    let max = -Infinity;
    for (const l of leaves) {
      if (l.state.sketch === undefined && l.runs === undefined) continue;
      if (l.state.sketch !== undefined) sk.merge(l.state.sketch);
      for (const r of l.runs ?? []) sk.addAll(r);
      n += l.state.count;
      const s = sum + l.state.sum;
      comp += Math.abs(sum) >= Math.abs(l.state.sum) ? sum - s + l.state.sum : l.state.sum - s + sum;
      comp += l.state.comp;
      sum = s;
      min = Math.min(min, l.state.min);
      max = Math.max(max, l.state.max);
    }
    if (n === 0) return null;
    summary.count = n;
    summary.avg = (sum + comp) / n;
    summary.min = min;
    summary.med = sk.percentile(0.5);
    summary.max = max;
    summary.p90 = sk.percentile(0.9);
    summary.p95 = sk.percentile(0.95);
    summary.p99 = sk.percentile(0.99);
    summary.exact = false;
    summary.relative_error = sk.alpha;
    series.sketch = sk;
  } else if (type === 'trend') {
    const arrays: Float64Array[] = [];
    for (const l of leaves) if (l.runs !== undefined) arrays.push(...l.runs);
    // merged in WebAssembly (compiled code from the first value: an entry's merge runs once, mostly
    // before the JIT has optimized a loop here), else here
    const merged = wasmScanner()?.merge(arrays);
    let a: Float64Array;
    let sum = 0;
    if (merged !== undefined && merged !== null) {
      a = merged.sorted;
      sum = merged.sum;
    } else {
      a = mergeInScratch(arrays, scratch);
      for (let i = 0; i < a.length; i++) sum += a[i];
    }
    const n = a.length;
    if (n === 0) return null;
    summary.count = n;
    summary.avg = sum / n;
    summary.min = a[0];
    summary.med = percentileSorted(a, 0.5);
    summary.max = a[n - 1];
    summary.p90 = percentileSorted(a, 0.9);
    summary.p95 = percentileSorted(a, 0.95);
    summary.p99 = percentileSorted(a, 0.99);
    lazySorted(series, arrays);
  } else if (type === 'rate') {
    let count = 0;
    let passes = 0;
    for (const l of leaves) {
      count += l.state.count;
      passes += l.state.nonzero;
    }
    summary.count = count;
    summary.passes = passes;
    summary.fails = count - passes;
    summary.rate = passes / count;
  } else if (type === 'counter') {
    let sum = 0;
    let comp = 0;
    for (const l of leaves) {
      const x = l.state.sum;
      const s = sum + x;
      comp += Math.abs(sum) >= Math.abs(x) ? sum - s + x : x - s + sum;
      comp += l.state.comp;
      sum = s;
    }
    summary.count = sum + comp;
    if (span > 0) summary.rate = (sum + comp) / span;
    series.spanSeconds = span;
  } else {
    let lastTime = -Infinity;
    let value = Number.NaN;
    let min = Infinity;
    let max = -Infinity;
    for (const l of leaves) {
      if (l.state.lastTime > lastTime) {
        lastTime = l.state.lastTime;
        value = l.state.lastValue;
      }
      min = Math.min(min, l.state.min);
      max = Math.max(max, l.state.max);
    }
    summary.value = value;
    summary.min = min;
    summary.max = max;
  }
  return series;
}
