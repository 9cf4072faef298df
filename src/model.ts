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
  /**
   * Trend percentiles from a quantile sketch (the run outgrew its budget of kept values): `false`,
   * with the bound on every percentile's relative error (0.001). Absent when exact.
   */
  exact?: false;
  relative_error?: number;
  // rate (count = samples, passes = non-zero samples, fails = zero samples, rate = passes/count)
  rate?: number;
  passes?: number;
  fails?: number;
  // gauge (value = last sample); counters use count and rate (per second over the sample span)
  value?: number;
  /**
   * Other trend percentiles a summary carries (`p(99.9)` → `p99.9`, `p(50)` → `p50`); p90/p95/p99
   * stay in their own fields. Added by the summary readers (additive).
   */
  percentiles?: Record<string, number>;
}

/** Values known by rank only, to within a relative error (a quantile sketch). */
export interface RankedValues {
  readonly count: number;
  readonly alpha: number;
  valueAtRank(i: number): number;
  percentile(p: number): number;
}

/**
 * A metric entry with the raw material the statistics engine needs, when the source has it
 * (k6 NDJSON does; summaries do not).
 */
export interface Series {
  summary: MetricSummary;
  /** Trend values sorted ascending (exact, every sample). */
  sorted?: Float64Array;
  /**
   * Trend values as a quantile sketch instead (then `sorted` is absent and the summary says
   * `exact: false`): the value of any rank to within the sketch's relative error.
   */
  sketch?: RankedValues;
  /** Counter: seconds between the first and last sample of the whole run (rate = count / span). */
  spanSeconds?: number;
  /**
   * Samples that cannot be measurements and were left out (negative durations, non-finite values):
   * `count` of `total` (total includes them), with the file and line of the metric's first one.
   */
  impossible?: ImpossibleSamples;
}

export interface ImpossibleSamples {
  count: number;
  total: number;
  /** "negative durations", "non-finite values", or both joined */
  what: string;
  file: string;
  line?: number;
}

/** More impossible samples than this fraction of a key's samples make its comparison an `error`. */
export const IMPOSSIBLE_LIMIT = 0.001;

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
  /** Shape C: metadata.generated_at (additive). */
  generatedAt?: string;
  /** Checks with their pass/fail counts, from summaries' root_group / results.checks (additive). */
  checks?: K6Check[];
}

/** One k6 check as a summary reports it (additive). */
export interface K6Check {
  name: string;
  /** `::group::check` where the summary gives it */
  path?: string;
  passes: number;
  fails: number;
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
  /** when the report was written (ISO; pytest-json-report `created`), additive: the timestamp of derived baseline rows */
  created?: string;
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
  /** raw rounds left out as impossible (negative or non-finite), with the first one's line */
  impossible?: ImpossibleSamples;
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

/** The protocol's baseline-metrics.csv columns. */
export const BASELINE_COLUMNS = [
  'metric_name',
  'service',
  'value',
  'unit',
  'collection_method',
  'timestamp',
] as const;

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
  /**
   * Required cells that were empty (`value`, `unit`, `collection_method`, `timestamp`): the row is
   * kept (gate 1 counts completeness); an empty value is NaN (additive).
   */
  missing?: string[];
}

export interface BaselineCsvDataset {
  format: 'baseline-csv';
  file: string;
  rows: BaselineRow[];
  /** rows rejected, each with its line and reason (and, additively, the row's raw cells by column) */
  rejected: { line: number; reason: string; cells?: Record<string, string> }[];
  columns: string[];
  warnings: Warning[];
  /** the file's text as read (additive): lets gate 1 copy the team's CSV byte for byte */
  text?: string;
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

/** What GitHub said about one `team:org/slug` entry and one login (GET /orgs/{org}/teams/{slug}/memberships/{username}). */
export interface TeamMembership {
  /** as config writes it: `team:org/slug` */
  team: string;
  login: string;
  /** true: state active; false: not a member (or membership pending); null: could not be told */
  active: boolean | null;
  /** why it is false or null, for a person to read */
  reason?: string;
}

/** One review of a pull request (GET /repos/{owner}/{repo}/pulls/{n}/reviews). */
export interface PullReview {
  id: number;
  login: string;
  state: string;
  commitId: string | null;
  submittedAt: string | null;
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

/** The noise file's format version; files of another version are refused ("recalibrate"). */
export const NOISE_FILE_VERSION = 2;

export interface NoiseEntry {
  /** between-run variance of the log statistic, beyond each run's own sampling variance (>= 0) */
  between_var_log: number;
  /** its degrees of freedom: runs - 1 */
  df: number;
  /** calibration runs that had the key */
  runs: number;
  /** mean within-run sampling variance of the log statistic in the calibration runs (null: none had an interval) */
  sampling_var_log: number | null;
}

export interface NoiseFile {
  version: 2;
  generated_at: string;
  runs: number;
  /** key -> the between-run component of the log statistic's variance (issue 9's two-component model) */
  keys: Record<string, NoiseEntry>;
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

// ---------------------------------------------------------------------------------------------
// Comparisons (the statistics engine, src/stats/)

export type ComparisonVerdict =
  | 'regression'
  | 'improvement-confirmed'
  | 'improvement'
  | 'no-change'
  | 'insufficient-data'
  /** the inputs hold impossible samples (negative durations, non-finite values) above the limit */
  | 'error';

/** One compared key, e.g. http_req_duration{name:checkout}:p95 (DESIGN section 4 spelling). */
export interface KeySpec {
  metric: string;
  tags: Record<string, string>;
  /** avg min med max p50 p90 p95 p99 rate count median (benchmarks) */
  stat: string;
  direction: Direction;
  /** named by config or plan (judged alone) vs default key (false-discovery-rate controlled) */
  named?: boolean;
}

export interface Comparison {
  key: string;
  direction: Direction;
  baseline: number | null;
  candidate: number | null;
  ratio: number | null;
  lower: number | null;
  upper: number | null;
  verdict: ComparisonVerdict;
  calibrated: boolean;
  runs: { baseline: number; candidate: number };
  sources: { baseline: SourceRef[]; candidate: SourceRef[] };
  named: boolean;
  /** one line: why this verdict (e.g. "baseline has 12 samples; p99 needs 100") */
  reason: string;
  /** samples on each side (per run, minimum) and what the statistic needs */
  samples?: { baseline: number; candidate: number; needed: number };
  /** one-sided p-value used for FDR control (default keys) */
  pValue?: number;
  unit?: string;
  /**
   * The smallest relative change, in percent, this comparison can see: 100·(e^h - 1), h the half-width
   * of the ratio interval on the log scale (a true change of this size moves a bound past 1 about half
   * the time). null where there is no interval, with `detectable_reason`.
   */
  detectable_change?: number | null;
  detectable_reason?: string;
  /** per-key notes that are not verdicts ("blind to regressions below 31 %") */
  notes?: string[];
  /** false when a side's percentiles came from a quantile sketch; `relative_error` bounds them */
  exact?: false;
  relative_error?: number;
}

// ---------------------------------------------------------------------------------------------
// Gates

/** The four protocol gates, and `compare` (plan-free, issue 16). */
export type GateName = 'baseline' | 'diagnostics' | 'optimization' | 'governance' | 'compare';
export const GATES: readonly GateName[] = ['baseline', 'diagnostics', 'optimization', 'governance'];
export type Verdict = 'pass' | 'waived' | 'fail' | 'insufficient-data' | 'error';
export type ProtocolReason = 'TelemetryGap' | 'LoadTestFailure' | 'RegressionDetected';

export interface Criterion {
  name: string;
  actual: number | string | boolean | null;
  threshold: number | string | boolean | null;
  unit?: string;
  verdict: Verdict;
  /** one line a person reads */
  reason: string;
  protocolReason?: ProtocolReason;
  /** how `actual` is held against a numeric `threshold`; absent means `>=` (added for regression counts: `<=`) */
  operator?: '>=' | '<=';
  /** the waiver that applied to this criterion (counted or refused), from the waivers file */
  waiver?: WaiverRecord;
}

/** A waiver as a gate applied it: what was asked, and whether and how it counted. */
export interface WaiverRecord {
  file: string;
  line: number;
  justification: string;
  requested_by: string;
  expires: string;
  approver_role: string;
  /** counted: the criterion is `waived`; refused: it keeps its verdict (expired, unapproved...) */
  status: 'counted' | 'refused';
  /** environment approval (Actions), or self-attested (CLI) */
  approval: {
    kind: 'environment' | 'review' | 'self-attested' | 'none';
    by?: string;
    environment?: string;
    /** the pull request whose review approved it (kind `review`) */
    pr?: number;
  };
  /** one line a person reads */
  reason: string;
  /** the verdict the criterion had before the waiver */
  was: Verdict;
}

export interface GateResult {
  gate: GateName;
  /** "Gate 1: Baseline Validation" */
  title: string;
  verdict: Verdict;
  /** the gate's headline percentage (completeness, coverage, improvement, documentation), null if none */
  score: number | null;
  criteria: Criterion[];
  /** for the optimization gate */
  improvementPct?: number | null;
  regressionCount?: number | null;
  comparisons?: Comparison[];
  /** the protocol's gate-failure form, present when the verdict is not pass */
  failure?: { criteria: string; actual: string; requiredAction: string; options: string[] };
  /** notes shown to the user (uncalibrated comparisons, absent sections...) */
  notes: string[];
  generated_at: string;
  /** compare against a history: each charted key's last runs on main, the candidate's value last */
  series?: HistorySeriesChart[];
  /** governance: the protocol 22 handoff checklist, each item checked or not, and why */
  handoff?: HandoffItem[];
}

/** One key's values over main's last runs with the candidate's value as the last point (issue 16). */
export interface HistorySeriesChart {
  key: string;
  unit: string;
  /** the runs' commits (or times), then "PR" */
  labels: string[];
  values: number[];
  /** one line under the chart: the comparison's change and verdict, the change point */
  caption: string;
}

/** One item of the protocol 22 handoff checklist (protocol-18 "Protocol 22 Handoff Requirements"). */
export interface HandoffItem {
  item: string;
  checked: boolean;
  why: string;
}

/** Who/what produced an artifact (DESIGN section 3). */
export interface VerifiedBy {
  tool: string; // "perf-gates <version>"
  actor?: string;
  workflow?: string;
  run_url?: string;
  user?: string;
  host?: string;
}

/** A file a gate wants written into the evidence folder (the I/O layer writes it atomically). */
export interface ArtifactFile {
  name: string;
  content: string;
}

export interface GateOutcome {
  result: GateResult;
  artifacts: ArtifactFile[];
}

/** Context every gate gets: time, provenance, the input files it read. */
export interface GateContext {
  now: string;
  verifiedBy: VerifiedBy;
  /** every input file read, with its checksum */
  inputs: SourceRef[];
  /**
   * The waivers of this run (src/gates/waivers.ts), applied by makeResult before the roll-up so
   * every artifact a gate writes agrees with its verdict. Absent: nothing is waived.
   */
  waive?: (
    gate: GateName,
    criteria: readonly Criterion[],
    now: string,
  ) => { criteria: Criterion[]; notes: string[]; used: WaiverRecord[] };
}

/** Earlier artifacts as governance found them (on disk or downloaded), checksums verified by I/O. */
export interface ArtifactCheck {
  name: string;
  present: boolean;
  /** sha256 recorded in SHA256SUMS (or the manifest) */
  expected?: string;
  actual?: string;
  ok: boolean;
  reason?: string;
}

// ---------------------------------------------------------------------------------------------
// The metric-key grammar's tag quoting (used by parsers, stats, config and the CLI alike)

/**
 * Tag quoting (the key grammar's rule for awkward tag values):
 *
 *   tags  = "{" [ pair *( "," pair ) ] "}"
 *   pair  = part ":" part
 *   part  = bare | quoted
 *   bare  = characters up to the next `,` (a key: up to `:`), not starting with `"`; spaces
 *           around it are trimmed and one pair of ' or ` quotes dropped, as k6 does
 *   quoted = '"' *( any character but " and \ | '\"' | '\\' ) '"'
 *
 * A tag value holding `,` `"` or `\`, with a leading or trailing space, or starting with ' or `
 * is written quoted: `http_req_duration{name:"a,b"}`; a tag key also when it holds `:` `{` `}`.
 * (`:` `{` `}` in a value need no quotes: a bare value runs to the next comma.) Every key is parsed
 * and printed with this rule (gates, summarize, compare, reports), so a value k6 wrote with a
 * comma still names its series.
 */
export function quoteTagPart(s: string, isKey = false): string {
  if (!(isKey ? /[,:{}"\\]/ : /[,"\\]/).test(s) && s.trim() === s && !/^['`]/.test(s)) return s;
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** `{...}` contents to [key, value] pairs under the quoting rule; throws an Error on bad syntax. */
export function splitTagList(inner: string, key: string): [string, string][] {
  const pairs: [string, string][] = [];
  let i = 0;
  const n = inner.length;
  const part = (stops: string): string => {
    while (i < n && inner[i] === ' ') i++;
    if (inner[i] === '"') {
      let out = '';
      i++;
      for (;;) {
        if (i >= n) throw new Error(`"${key}": a quoted tag is not closed`);
        const c = inner[i];
        if (c === '\\') {
          if (i + 1 >= n) throw new Error(`"${key}": a quoted tag is not closed`);
          out += inner[i + 1];
          i += 2;
          continue;
        }
        if (c === '"') {
          i++;
          break;
        }
        out += c;
        i++;
      }
      while (i < n && inner[i] === ' ') i++;
      if (i < n && !stops.includes(inner[i]))
        throw new Error(`"${key}": unexpected ${JSON.stringify(inner[i])} after a quoted tag`);
      return out;
    }
    const start = i;
    while (i < n && !stops.includes(inner[i])) i++;
    const t = inner.slice(start, i).trim();
    if (t.length >= 2 && ((t[0] === "'" && t.endsWith("'")) || (t[0] === '`' && t.endsWith('`'))))
      return t.slice(1, -1);
    return t;
  };
  while (i < n) {
    const k = part(':,');
    if (inner[i] !== ':') throw new Error(`"${key}": tag "${k}" is not written tag:value`);
    i++;
    const v = part(',');
    pairs.push([k, v]);
    if (i < n) i++; // the comma
  }
  return pairs;
}
