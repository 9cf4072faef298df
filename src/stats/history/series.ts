// Per-key series of a history (oldest first) and their change points, as `history show` lists them
// and `compare --history` starts its window at: "p95 of http_req_duration{name:checkout} stepped +18%
// at 1a2b3c4 (2026-11-20)". Pure.

import type { KeySpec } from '../../model.js';
import { formatMetric, isBenchmarkMetric, sameKey } from '../keys.js';
import { changePoints, type ChangePointOptions } from './changepoints.js';
import { statKey, type HistoryEntry, type HistoryStat } from './record.js';

export interface SeriesPoint {
  /** index of the entry in the store (oldest 0) */
  entry: number;
  sha: string | null;
  time: string;
  value: number;
  lower: number | null;
  upper: number | null;
}

export interface KeyChange {
  /** index of the entry where the new level starts */
  entry: number;
  sha: string | null;
  time: string;
  /** ratio of the geometric means after / before */
  ratio: number;
  pValue: number;
  /** "p95 of http_req_duration{name:checkout} stepped +18% at 1a2b3c4d5e6f (2026-11-20)" */
  text: string;
}

export interface KeySeries {
  key: string;
  spec: KeySpec;
  points: SeriesPoint[];
  /** entries where the key is missing or not positive (log undefined): left out of the series */
  skipped: number;
  changes: KeyChange[];
}

/** Every key of the entries, in first-seen order (`p50`/`med` are one). */
export function historyKeys(entries: readonly HistoryEntry[]): KeySpec[] {
  const keys: KeySpec[] = [];
  for (const e of entries)
    for (const s of e.stats) if (!keys.some((k) => sameKey(k, s))) keys.push(statKey(s));
  return keys;
}

function stepText(spec: KeySpec, ratio: number, sha: string | null, time: string): string {
  const what = isBenchmarkMetric(spec.metric) ? spec.metric : formatMetric(spec.metric, spec.tags);
  const pct = (ratio - 1) * 100;
  const at = sha ? sha.slice(0, 12) : 'an entry without a commit';
  return `${spec.stat} of ${what} stepped ${pct >= 0 ? '+' : ''}${pct.toFixed(pct !== 0 && Math.abs(pct) < 1 ? 2 : 0)}% at ${at} (${time.slice(0, 10)})`;
}

/** One key's series over the entries and its change points on the log statistic. */
export function keySeries(
  entries: readonly HistoryEntry[],
  spec: KeySpec,
  opts: ChangePointOptions = {},
): KeySeries {
  const points: SeriesPoint[] = [];
  let skipped = 0;
  entries.forEach((e, i) => {
    const s: HistoryStat | undefined = e.stats.find((x) => sameKey(x, spec));
    if (!s || !s.present || !(s.value > 0)) {
      skipped++;
      return;
    }
    points.push({ entry: i, sha: e.sha, time: e.time, value: s.value, lower: s.lower, upper: s.upper });
  });
  const cps = changePoints(
    points.map((p) => Math.log(p.value)),
    opts,
  );
  const changes = cps.map((c) => {
    const p = points[c.index];
    const ratio = Math.exp(c.after - c.before);
    return {
      entry: p.entry,
      sha: p.sha,
      time: p.time,
      ratio,
      pValue: c.pValue,
      text: stepText(spec, ratio, p.sha, p.time),
    };
  });
  return { key: keyText(spec), spec, points, skipped, changes };
}

function keyText(spec: KeySpec): string {
  return isBenchmarkMetric(spec.metric)
    ? `${spec.metric}:${spec.stat}`
    : `${formatMetric(spec.metric, spec.tags)}:${spec.stat}`;
}

/**
 * The entries a comparison takes as its baseline for one key: those since the key's last change point
 * (from it on), the last `window` of them. Entries without the key count toward neither.
 */
export function baselineWindow(series: KeySeries, window: number): { entries: number[]; since?: KeyChange } {
  if (!Number.isInteger(window) || window < 1)
    throw new RangeError(`--window must be a whole number >= 1 (got ${window})`);
  const since = series.changes.length ? series.changes[series.changes.length - 1] : undefined;
  const from = since ? since.entry : 0;
  const eligible = series.points.filter((p) => p.entry >= from).map((p) => p.entry);
  return { entries: eligible.slice(-window), since };
}
