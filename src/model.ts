// The data model shared by readers, statistics, gates and reports. Pure types and tiny helpers:
// no I/O here. Every reader turns bytes into one of the `Dataset` shapes below.

export type Format =
  | 'k6-ndjson'
  | 'k6-summary-export' // shape A: --summary-export (threshold `true` = FAILED)
  | 'k6-handle-summary' // shape B: handleSummary JSON ({ok})
  | 'k6-machine-summary' // shape C: version "1.0.0", no thresholds
  | 'pytest-json-report'
  | 'pytest-benchmark'
  | 'junit-xml'
  | 'baseline-csv'
  | 'markdown'
  | 'optimization-plan'
  | 'slo-updates'
  | 'approvals'
  | 'noise';

export const FORMATS: readonly Format[] = [
  'k6-ndjson',
  'k6-summary-export',
  'k6-handle-summary',
  'k6-machine-summary',
  'pytest-json-report',
  'pytest-benchmark',
  'junit-xml',
  'baseline-csv',
  'markdown',
  'optimization-plan',
  'slo-updates',
  'approvals',
  'noise',
];

export type MetricType = 'trend' | 'rate' | 'counter' | 'gauge';
/** k6 `contains`: time = milliseconds, data = bytes, default = unitless. */
export type ValueKind = 'time' | 'data' | 'default';

/** A problem in an input that did not stop the read (truncated last line, skipped log line...). */
export interface Warning {
  file: string;
  line?: number;
  message: string;
}

/**
 * Bad input: the file cannot be read as the format it claims or was detected as.
 * `message` is one paragraph for a person; `file`/`line`/`column` locate it.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  constructor(file: string, message: string, line?: number, column?: number) {
    const where = line !== undefined ? `${file}:${line}${column !== undefined ? `:${column}` : ''}` : file;
    super(`${where}: ${message}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

/** Where a number came from: a file and its checksum (and a commit when the input says). */
export interface SourceRef {
  path: string;
  sha256: string;
  commit?: string;
}

/**
 * One metric entry as `summarize --json` prints it. `tags: {}` is the whole metric, one tag is a
 * breakdown entry, the submetric's tags for a submetric. Only the fields of the type are present.
 */
export interface MetricSummary {
  file: string;
  metric: string;
  type: MetricType;
  contains?: ValueKind;
  tags: Record<string, string>;
  // trend
  count?: number;
  avg?: number;
  min?: number;
  med?: number;
  max?: number;
  p90?: number;
  p95?: number;
  p99?: number;
  // rate (count = samples, passes = non-zero samples, fails = zero samples, rate = passes/count)
  rate?: number;
  passes?: number;
  fails?: number;
  // gauge (value = last sample); counters use count and rate (per second over the sample span)
  value?: number;
}

/**
 * A metric entry with the raw material the statistics engine needs, when the source has it
 * (k6 NDJSON does; summaries do not).
 */
export interface Series {
  summary: MetricSummary;
  /** Trend values sorted ascending (exact, every sample). */
  sorted?: Float64Array;
  /** Counter: seconds between the first and last sample of the whole run (rate = count / span). */
  spanSeconds?: number;
}

export interface ThresholdEntry {
  file: string;
  /** k6's spelling: `http_req_duration` or `http_req_duration{name:products}`. */
  metric: string;
  /** k6's spelling: `p(95)<40`. */
  expression: string;
  /** true passed, false failed, null: the source carries no verdict (NDJSON Metric lines). */
  ok: boolean | null;
  source: 'ndjson' | 'summary-export' | 'handle-summary';
  abortOnFail?: boolean;
}

export interface K6Dataset {
  format: 'k6-ndjson' | 'k6-summary-export' | 'k6-handle-summary' | 'k6-machine-summary';
  file: string;
  series: Series[];
  thresholds: ThresholdEntry[];
  /** ISO times of the first and last sample (NDJSON only). */
  startTime?: string;
  endTime?: string;
  /** Shape C: the test duration in seconds (config.duration). Shape B: state.testRunDurationMs / 1000. */
  durationSeconds?: number;
  /** Lines read (NDJSON). */
  lines?: number;
  /** Shape C: no thresholds in this shape; said, never invented. */
  thresholdsAbsent?: boolean;
  k6Version?: string;
  warnings: Warning[];
}

export interface TestEntry {
  file: string;
  nodeid: string;
  /** passed | failed | skipped | xfailed | xpassed | error */
  outcome: string;
  markers: string[];
  /** seconds: setup + call + teardown where known */
  duration: number;
  metadata: Record<string, unknown>;
  /** failure message (crash message / junit failure message) */
  message?: string;
}

export interface TestDataset {
  format: 'pytest-json-report' | 'junit-xml';
  file: string;
  tests: TestEntry[];
  /** pytest's exit code when recorded. */
  exitcode?: number;
  summary?: Record<string, number>;
  warnings: Warning[];
}

export interface BenchmarkEntry {
  file: string;
  fullname: string;
  name: string;
  group: string | null;
  unit: 's';
  rounds: number;
  iterations?: number;
  min: number;
  max: number;
  mean: number;
  median: number;
  stddev: number;
  iqr: number;
  q1?: number;
  q3?: number;
  ops: number;
  /** Every round's time (seconds per iteration), when the file has it. */
  data?: number[];
  extra_info?: Record<string, unknown>;
  params?: Record<string, unknown> | null;
}

export interface BenchmarkDataset {
  format: 'pytest-benchmark';
  file: string;
  benchmarks: BenchmarkEntry[];
  commit?: { id?: string; branch?: string; dirty?: boolean; time?: string | null };
  machine?: Record<string, unknown>;
  datetime?: string;
  warnings: Warning[];
}

export interface BaselineRow {
  metric_name: string;
  service: string;
  value: number;
  unit: string;
  collection_method: string;
  timestamp: string;
  /** the CSV line (1-based, header = 1) */
  line: number;
  /** any extra columns, kept */
  extra?: Record<string, string>;
}

export interface BaselineCsvDataset {
  format: 'baseline-csv';
  file: string;
  rows: BaselineRow[];
  /** rows rejected, each with its line and reason */
  rejected: { line: number; reason: string }[];
  columns: string[];
  warnings: Warning[];
}

export interface MarkdownSection {
  level: number;
  title: string;
  /** the section's own text (without sub-sections), trimmed */
  body: string;
  line: number;
}

export interface MarkdownDataset {
  format: 'markdown';
  file: string;
  title?: string;
  sections: MarkdownSection[];
  text: string;
  warnings: Warning[];
}

export type Direction = 'decrease' | 'increase';

export interface PlanTarget {
  name: string;
  stat: string;
  direction: Direction;
  tags?: Record<string, string>;
}

export interface OptimizationPlan {
  format: 'optimization-plan';
  file: string;
  /** the validated plan, fields as written (snake_case) */
  plan: Record<string, unknown>;
  target: PlanTarget;
  improvementThreshold?: number; // percent
  tolerance?: number; // percent
  tracked?: { name: string; stat: string; direction: Direction; tags?: Record<string, string> }[];
  /** plan-level approval: who (as written: one name or a list) */
  approvedBy?: string[];
  approvedAt?: string;
  justification?: string;
  warnings: Warning[];
}

export interface SloUpdate {
  slo_name: string;
  metric?: string;
  stat?: string;
  previous_target?: string | number;
  new_target: string | number;
  approvers?: string[];
  justification?: string;
  [k: string]: unknown;
}

export interface SloDataset {
  format: 'slo-updates';
  file: string;
  updates: SloUpdate[];
  raw: Record<string, unknown>;
  warnings: Warning[];
}

/** GitHub's run-approvals response: GET /repos/{o}/{r}/actions/runs/{id}/approvals */
export interface EnvironmentApproval {
  state: 'approved' | 'rejected' | 'pending';
  comment: string;
  environments: { id?: number; name?: string }[];
  user: { login: string; type?: string };
}

export interface ApprovalsDataset {
  format: 'approvals';
  file: string;
  approvals: EnvironmentApproval[];
  warnings: Warning[];
}

/** Run-to-run noise per key, from `perf-gates calibrate`. */
export interface NoiseDataset {
  format: 'noise';
  file: string;
  noise: NoiseFile;
  warnings: Warning[];
}

export interface NoiseFile {
  version: 1;
  generated_at: string;
  runs: number;
  /** key -> SD of the log of the per-run statistic, with its degrees of freedom (runs - 1) */
  keys: Record<string, { sd_log: number; df: number; runs: number }>;
}

export type Dataset =
  | K6Dataset
  | TestDataset
  | BenchmarkDataset
  | BaselineCsvDataset
  | MarkdownDataset
  | OptimizationPlan
  | SloDataset
  | ApprovalsDataset
  | NoiseDataset;

/** A file as the I/O layer read it. */
export interface FileRef {
  path: string;
  sha256: string;
  bytes: number;
}

/** One run: the files that make it (NDJSON shards, summaries, a benchmark file) read and merged. */
export interface Run {
  label: string;
  files: FileRef[];
  k6?: K6Dataset;
  benchmarks?: BenchmarkDataset;
}
