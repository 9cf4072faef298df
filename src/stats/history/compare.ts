// `compare --history` (issue 15, item 3): the baseline side is main's stored runs. Per key, the
// entries since the key's last change point, the last `window` of them (default 10, at least 1):
// k runs against the candidate's, judged by the same verdict engine as `compare` (so k >= 2 is
// calibrated from the entries' own spread, with the degrees of freedom k gives; one entry is the
// uncalibrated path, and the row says so); the keys are judged together as `compare` judges them
// (compareFamily: the default keys' between-run variance moderated across their family). The key
// set is the one `compare` would pick from the same runs: the named keys, then the default keys of
// the recent entries and the candidate.
// Pure: entries and runs in, rows out.

import type { Comparison, KeySpec, Run, SourceRef } from '../../model.js';
import {
  applyFdr,
  compareFamily,
  DEFAULT_FDR,
  type CompareOptions,
  type StatisticsInput,
} from '../compare.js';
import { defaultKeysOf, inventoryOf, type KeyInventory } from '../default-keys.js';
import { formatKey, isBenchmarkMetric, sameKey } from '../keys.js';
import { runStatistic, type RunStatistic } from '../run-statistic.js';
import type { ChangePointOptions } from './changepoints.js';
import { entryLabel, findStat, toRunStatistic, type HistoryEntry } from './record.js';
import { keySeries, type KeyChange } from './series.js';

export const DEFAULT_WINDOW = 10;

export interface HistoryCompareOptions extends CompareOptions {
  /** most entries per key (default 10) */
  window?: number;
  changePoints?: ChangePointOptions;
}

export interface HistoryComparison extends Comparison {
  /** entries used as the baseline side */
  baseline_runs: number;
  /** their commits (or times), oldest first */
  baseline_entries: string[];
  /** the change point the window starts at; null: no change point in the key's history */
  window_start: { sha: string | null; time: string; text: string } | null;
}

/** The default-key inventory of a stored run (from its default keys). */
export function entryInventory(entry: HistoryEntry): KeyInventory {
  const inv: KeyInventory = { series: [], benchmarks: [] };
  for (const s of entry.stats) {
    if (s.named) continue;
    if (isBenchmarkMetric(s.metric)) inv.benchmarks.push(s.metric);
    else {
      const type = s.stat === 'rate' ? (s.metric === 'http_reqs' ? 'counter' : 'rate') : 'trend';
      inv.series.push({ metric: s.metric, tags: s.tags, type });
    }
  }
  return inv;
}

/** Compare the candidate runs with the stored runs, one row per key (named keys first). */
export function compareWithHistory(
  entries: readonly HistoryEntry[],
  candidate: Run[],
  opts: HistoryCompareOptions,
): HistoryComparison[] {
  const window = opts.window ?? DEFAULT_WINDOW;
  if (!Number.isInteger(window) || window < 1)
    throw new RangeError(`--window must be a whole number >= 1 (got ${window})`);
  const named: KeySpec[] = [];
  for (const k of opts.keys ?? [])
    if (!named.some((x) => sameKey(x, k))) named.push({ ...k, named: k.named ?? true });
  const keys = [...named];
  if (opts.defaultKeys ?? named.length === 0) {
    const recent = entries.slice(-window);
    const inv = [...recent.map(entryInventory), ...candidate.map(inventoryOf)];
    for (const k of defaultKeysOf(inv)) if (!keys.some((x) => sameKey(x, k))) keys.push(k);
  }
  const candSources: SourceRef[] = candidate.flatMap((r) =>
    r.files.map((f) => ({ path: f.path, sha256: f.sha256 })),
  );
  const plans = keys.map((key) => {
    const series = keySeries(entries, key, opts.changePoints);
    const since: KeyChange | undefined = series.changes[series.changes.length - 1];
    const from = since ? since.entry : 0;
    const used = entries
      .map((e, i) => ({ e, i }))
      .filter(({ i }) => i >= from)
      .slice(-window);
    const baseline: RunStatistic[] = used.map(({ e }) => {
      const s = findStat(e, key);
      return s
        ? toRunStatistic(s)
        : { present: false, reason: `history entry ${entryLabel(e)} has no ${formatKey(key)}` };
    });
    const input: StatisticsInput = {
      key,
      baseline,
      candidate: candidate.map((r) => runStatistic(r, key, opts.confidence)),
      baselineLabels: used.map(({ e }) => entryLabel(e)),
      candidateLabels: candidate.map((r) => r.label),
    };
    return { since, used, input };
  });
  // judged together, as `compare` judges them (the default keys' between-run variance is moderated
  // across their family), then FDR control
  const judged = compareFamily(
    plans.map((p) => p.input),
    opts,
  );
  const rows = plans.map(({ since, used }, i): HistoryComparison => {
    const row = judged[i];
    row.sources = {
      baseline: used.flatMap(({ e }) =>
        e.sources.map((s) => ({ path: s.path, sha256: s.sha256, ...(e.sha ? { commit: e.sha } : {}) })),
      ),
      candidate: [...candSources],
    };
    if (used.length === 1 && row.verdict !== 'insufficient-data')
      row.reason = `${row.reason}; one history entry in the window: uncalibrated (2 or more entries calibrate from their own spread)`;
    return {
      ...row,
      baseline_runs: used.length,
      baseline_entries: used.map(({ e }) => entryLabel(e)),
      window_start: since ? { sha: since.sha, time: since.time, text: since.text } : null,
    };
  });
  return applyFdr(rows, opts.fdr ?? DEFAULT_FDR) as HistoryComparison[];
}
