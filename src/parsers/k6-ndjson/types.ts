// State of the k6 NDJSON reader: what one aggregator holds after reading a part of a run (a byte
// range, a set of line-aligned chunks, a whole shard). Plain data and Float64Arrays only, so a
// worker can post it with the value buffers in the transfer list, and parts merge by simple rules.
// Strings inside (metric names, tag sets) are latin1-decoded bytes, exactly as in the file; they
// are decoded to UTF-8 only when the dataset is finalized.

import type { MetricType, ValueKind } from '../../model.js';
import type { SketchState } from '../../stats/sketch.js';
import type { ValueBudget } from './aggregator.js';

export interface NdjsonOptions {
  /** Name of the file for warnings, errors and `MetricSummary.file`. */
  file: string;
  /** Breakdown tags: one entry per value of each (default `['name', 'scenario']`). */
  by?: string[];
  /** Extra tag filters computed like submetrics (a sample belongs when its tags contain all). */
  filters?: Record<string, string>[];
  /** Distinct tag sets kept per metric before samples are folded into the breakdown tags (50,000). */
  maxTagSets?: number;
  /**
   * Values kept exactly (all series) before the largest switch to a 0.1% sketch: a number (default
   * 20 million) or a budget shared with the other aggregators of this thread.
   */
  budget?: number | ValueBudget;
  /**
   * Sort each value block in place as soon as it is full, and the last one when the state is
   * taken (`snapshot({ sortValues })`): a worker thread sorts while the file is still being read.
   */
  sortFullBlocks?: boolean;
  /**
   * Read k6's own Point lines with the WebAssembly scanner (default true; the TypeScript scanner
   * reads the same lines to the same result, slower: the tests compare them).
   */
  wasm?: boolean;
}

/** Values of one (metric, exact tag set): the unit of storage. */
export interface LeafState {
  /** metric name, latin1 as in the file */
  metric: string;
  /** the tag set: a JSON object text (latin1), `{}` for no tags */
  tags: string;
  count: number;
  /** Neumaier-compensated sum of values (counters): sum + comp */
  sum: number;
  comp: number;
  min: number;
  max: number;
  /** samples with a non-zero value (rates) */
  nonzero: number;
  /** time (ms since epoch) and value of the latest sample (gauges); -Infinity when no time */
  lastTime: number;
  lastValue: number;
  /** every value, in blocks (trends, and metrics whose type is not known yet); null when dropped or sketched */
  values: Float64Array[] | null;
  /** the values as a quantile sketch, when the leaf outgrew the run's budget of kept values */
  sketch?: SketchState;
  /** true when each block of `values` is sorted ascending (a sorted run) */
  runs?: boolean;
  /** true when this leaf holds samples folded past the tag-set cap (tags reduced) */
  folded?: boolean;
}

export interface ThresholdDecl {
  expression: string;
  abortOnFail?: boolean;
}

export interface SubmetricDecl {
  name: string;
  tags: Record<string, string>;
}

/** What the Metric lines of a metric declared (merged over re-declarations and shards). */
export interface MetricDecl {
  /** latin1 */
  metric: string;
  type?: MetricType;
  contains?: ValueKind;
  thresholds: ThresholdDecl[];
  /** submetric names and tags are latin1 */
  submetrics: SubmetricDecl[];
  /** file of the first declaration */
  file: string;
  /** where it was first declared in that file: [segment seq, line in segment] (for a stable order) */
  pos: [number, number];
}

export interface PendingWarning {
  /** segment sequence number: line numbers are relative to the segment until finalized */
  seq: number;
  line?: number;
  message: string;
}

/** Per input file: line counts and problems found. */
export interface FileState {
  file: string;
  /** lines read (terminated lines, plus a final fragment) */
  lines: number;
  /** lines recognized as k6 (Metric or Point) */
  k6Lines: number;
  /** non-empty lines that were not k6 lines */
  otherLines: number;
  /** segments read: [seq, lines]; line numbers of later segments start after earlier ones */
  segments: [number, number][];
  warnings: PendingWarning[];
  /** line warnings not listed one by one (cap) */
  unlisted: number;
  /** the first non-k6 line (for the "not k6 NDJSON" error): [seq, line, what] */
  firstOther?: [number, number, string];
  firstTime: number;
  lastTime: number;
  /**
   * Samples that cannot be measurements, per metric (latin1), with where the first one is:
   * negative values (kept in the leaves until finalize knows whether the metric is a duration) and
   * non-finite or non-numeric values (skipped here). Optional: older partials have none.
   */
  impossible?: ImpossibleState[];
}

export interface ImpossibleState {
  metric: string;
  kind: 'negative' | 'non-finite';
  count: number;
  /** the first one: [segment seq, line in segment] */
  first: [number, number];
}

export interface NdjsonPartial {
  version: 1;
  files: FileState[];
  leaves: LeafState[];
  decls: MetricDecl[];
  /** metrics whose distinct tag sets passed the cap: [metric, cap] */
  capped: [string, number][];
}
