// One history entry: a compact record of one run of main (issue 15). Per key the run's statistic,
// its sampling bounds, the within-run sampling variance of the log statistic, the samples behind it
// and, for rates, the counts; plus the commit, the time, the tools' versions and the version of the
// key grammar the keys are written in. No raw samples. Pure: a Run in, a record out, and back to the
// per-run statistics the verdict engine takes, so a comparison against stored runs is the
// comparison against the runs themselves.

import type { Direction, KeySpec, Run } from '../../model.js';
import { defaultKeys } from '../default-keys.js';
import { normalQuantile } from '../distributions.js';
import { formatKey, KEY_GRAMMAR_VERSION, sameKey } from '../keys.js';
import { runStatistic, type RunStatistic } from '../run-statistic.js';

/** The record's format version. Readers refuse a newer one; bump it on any change to the fields. */
export const HISTORY_ENTRY_VERSION = 1;
export const HISTORY_ENTRY_FORMAT = 'perf-gates-history-entry';

export interface HistoryStatPresent {
  /** `metric{tags}:stat` (DESIGN section 4 spelling) */
  key: string;
  metric: string;
  tags: Record<string, string>;
  stat: string;
  direction: Direction;
  /** given with --key (judged alone) rather than a default key */
  named: boolean;
  present: true;
  value: number;
  /** one-sided sampling bounds at the entry's confidence; null = the run has no interval */
  lower: number | null;
  upper: number | null;
  /** within-run sampling variance of ln(value): ((ln upper - ln lower) / (2 z))^2; null without bounds */
  var_log: number | null;
  /** samples behind the statistic (requests, rate samples, rounds) */
  n: number;
  /** samples the statistic needs at the entry's confidence */
  needed: number;
  method: string;
  unit?: string;
  /** rates: k6's passes (non-zero samples) and total */
  counts?: { passes: number; total: number };
  note?: string;
}

export interface HistoryStatAbsent {
  key: string;
  metric: string;
  tags: Record<string, string>;
  stat: string;
  direction: Direction;
  named: boolean;
  present: false;
  reason: string;
  /** the run held impossible samples for this key (the comparison is an error, not missing data) */
  error?: boolean;
}

export type HistoryStat = HistoryStatPresent | HistoryStatAbsent;

export interface HistoryEntry {
  format: typeof HISTORY_ENTRY_FORMAT;
  version: typeof HISTORY_ENTRY_VERSION;
  /** version of the key grammar (`metric{tag:value}:stat`) the keys are written in */
  key_grammar: number;
  /** the commit the run measured; null when not known */
  sha: string | null;
  /** ISO 8601 time of the run */
  time: string;
  /** versions of the tools behind the numbers: perf-gates always, k6 and Python when the files say */
  tools: Record<string, string>;
  /** one-sided confidence of every stored bound */
  confidence: number;
  /** the run's files with their SHA-256 */
  sources: { path: string; sha256: string }[];
  stats: HistoryStat[];
}

export interface RecordOptions {
  sha?: string | null;
  time: string;
  /** perf-gates' own version */
  version: string;
  confidence?: number;
  /** keys to record besides the run's default keys (named) */
  keys?: KeySpec[];
}

function logVariance(lower: number | null, upper: number | null, confidence: number): number | null {
  if (lower === null || upper === null || !(lower > 0) || !Number.isFinite(upper) || !(upper > 0))
    return null;
  return ((Math.log(upper) - Math.log(lower)) / (2 * normalQuantile(confidence))) ** 2;
}

function statOf(key: KeySpec, s: RunStatistic, confidence: number): HistoryStat {
  const base = {
    key: formatKey(key),
    metric: key.metric,
    tags: { ...key.tags },
    stat: key.stat,
    direction: key.direction,
    named: key.named ?? false,
  };
  if (!s.present) {
    const error = (s as { error?: boolean }).error === true;
    return { ...base, present: false, reason: s.reason, ...(error ? { error: true } : {}) };
  }
  const out: HistoryStatPresent = {
    ...base,
    present: true,
    value: s.value,
    lower: s.lower,
    upper: s.upper,
    var_log: logVariance(s.lower, s.upper, confidence),
    n: s.n,
    needed: s.needed,
    method: s.method,
  };
  if (s.unit !== undefined) out.unit = s.unit;
  if (s.counts) out.counts = { passes: s.counts.successes, total: s.counts.trials };
  if (s.note !== undefined) out.note = s.note;
  return out;
}

/** The tools' versions the run's files name. */
function toolsOf(run: Run, version: string): Record<string, string> {
  const tools: Record<string, string> = { 'perf-gates': version };
  if (run.k6?.k6Version) tools.k6 = run.k6.k6Version;
  const py = run.benchmarks?.machine?.python_version;
  if (typeof py === 'string' && py) tools.python = py;
  return tools;
}

/** The keys a record holds: the named keys, then the run's default keys (as `compare` picks them). */
export function recordKeys(run: Run, named: KeySpec[] = []): KeySpec[] {
  const keys: KeySpec[] = [];
  for (const k of named) if (!keys.some((x) => sameKey(x, k))) keys.push({ ...k, named: true });
  for (const k of defaultKeys([run], [])) if (!keys.some((x) => sameKey(x, k))) keys.push(k);
  return keys;
}

/** The history entry of one run. */
export function recordRun(run: Run, opts: RecordOptions): HistoryEntry {
  const confidence = opts.confidence ?? 0.95;
  const stats = recordKeys(run, opts.keys).map((key) =>
    statOf(key, runStatistic(run, key, confidence), confidence),
  );
  return {
    format: HISTORY_ENTRY_FORMAT,
    version: HISTORY_ENTRY_VERSION,
    key_grammar: KEY_GRAMMAR_VERSION,
    sha: opts.sha ?? null,
    time: opts.time,
    tools: toolsOf(run, opts.version),
    confidence,
    sources: run.files.map((f) => ({ path: f.path, sha256: f.sha256 })),
    stats,
  };
}

/** The key of a stored statistic, as the verdict engine takes it. */
export function statKey(s: HistoryStat): KeySpec {
  return { metric: s.metric, tags: { ...s.tags }, stat: s.stat, direction: s.direction, named: s.named };
}

/** The stored statistic back as the per-run statistic it was made from. */
export function toRunStatistic(s: HistoryStat): RunStatistic {
  if (!s.present) return { present: false, reason: s.reason, ...(s.error ? { error: true } : {}) };
  const out: RunStatistic = {
    present: true,
    value: s.value,
    lower: s.lower,
    upper: s.upper,
    n: s.n,
    needed: s.needed,
    method: s.method,
  };
  if (s.unit !== undefined) out.unit = s.unit;
  if (s.counts) out.counts = { successes: s.counts.passes, trials: s.counts.total };
  if (s.note !== undefined) out.note = s.note;
  return out;
}

/** The statistic of `key` in a stored entry (`p50` and `med` are one), or undefined. */
export function findStat(
  entry: HistoryEntry,
  key: Pick<KeySpec, 'metric' | 'tags' | 'stat'>,
): HistoryStat | undefined {
  return entry.stats.find((s) => sameKey(s, key));
}

/** A short label for an entry: its commit (12 characters) or its time. */
export function entryLabel(entry: HistoryEntry): string {
  return entry.sha ? entry.sha.slice(0, 12) : entry.time;
}
