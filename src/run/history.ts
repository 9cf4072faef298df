// The history store, end to end (issue 15): record a run into the store, read the store back.
// The rules are pure (src/stats/history/), the folder access an adapter (src/io/store.ts).

import { InputError, type KeySpec, type Run, type Warning } from '../model.js';
import { readText } from '../io/files.js';
import { listFolder, publishNew, removeFiles } from '../io/store.js';
import { historyEntryText, parseHistoryEntry } from '../parsers/history/index.js';
import { recordRun, type HistoryEntry } from '../stats/history/record.js';
import { DEFAULT_KEEP, entryNames, planAppend, strayNames } from '../stats/history/store.js';
import {
  compareWithHistory,
  type HistoryCompareOptions,
  type HistoryComparison,
} from '../stats/history/compare.js';
import path from 'node:path';

export interface StoredEntry {
  file: string;
  entry: HistoryEntry;
}

/** Every entry of the store, oldest first. A store that does not exist is empty. */
export async function readStore(dir: string): Promise<{ entries: StoredEntry[]; warnings: Warning[] }> {
  const names = await listFolder(dir);
  const warnings: Warning[] = strayNames(names).map((n) => ({
    file: path.join(dir, n),
    message: 'not a history entry name (NNNNNN-<sha>.json): ignored',
  }));
  const entries: StoredEntry[] = [];
  for (const { name } of entryNames(names)) {
    const file = path.join(dir, name);
    const { text } = await readText(file);
    entries.push({ file, entry: parseHistoryEntry(text, file) });
  }
  return { entries, warnings };
}

export interface AddOptions {
  sha?: string;
  time?: string;
  keep?: number;
  keys?: KeySpec[];
  version: string;
  confidence?: number;
}

/** The commit of a run when its files say (pytest-benchmark's commit_info). */
function commitOf(run: Run): string | undefined {
  return run.benchmarks?.commit?.id ?? undefined;
}

/** The time of a run when its files say: k6 NDJSON's first sample, pytest-benchmark's datetime. */
function timeOf(run: Run): string | undefined {
  return run.k6?.startTime ?? run.benchmarks?.datetime ?? undefined;
}

function isoTime(t: string, where: string): string {
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) throw new InputError(where, `"${t}" is not an ISO 8601 time`);
  return new Date(ms).toISOString();
}

/**
 * Record `run` and append it to the store at `dir` (created when missing), keeping the last `keep`
 * entries. The whole store is read first: a store holding an entry this version cannot read is not
 * written to. Returns the new file and the files dropped.
 */
export async function addToStore(
  dir: string,
  run: Run,
  opts: AddOptions,
): Promise<{ file: string; entry: HistoryEntry; removed: string[]; warnings: Warning[] }> {
  const { warnings } = await readStore(dir);
  const sha = opts.sha ?? commitOf(run);
  if (sha !== undefined && !/^[0-9a-fA-F]{4,64}$/.test(sha))
    throw new InputError('--sha', `"${sha}" is not a hex commit SHA`);
  const time =
    opts.time !== undefined
      ? isoTime(opts.time, '--time')
      : isoTime(timeOf(run) ?? new Date().toISOString(), run.files[0]?.path ?? 'run');
  const entry = recordRun(run, {
    sha: sha?.toLowerCase() ?? null,
    time,
    version: opts.version,
    confidence: opts.confidence,
    keys: opts.keys,
  });
  // the entry must read back as written before it goes in
  const text = historyEntryText(entry);
  parseHistoryEntry(text, '(new entry)');
  const names = await listFolder(dir);
  const plan = planAppend(names, entry, opts.keep ?? DEFAULT_KEEP);
  const file = await publishNew(dir, plan.name, text);
  await removeFiles(dir, plan.remove);
  return { file, entry, removed: plan.remove.map((n) => path.join(dir, n)), warnings };
}

/**
 * `compare --history`: the store's entries as the baseline side. The entries' bounds were taken at
 * their own confidence: a comparison at another confidence is refused (naming the first such entry).
 */
export async function compareHistory(
  dir: string,
  candidate: Run[],
  opts: HistoryCompareOptions,
): Promise<{ rows: HistoryComparison[]; entries: number; warnings: Warning[] }> {
  const { entries, warnings } = await readStore(dir);
  if (entries.length === 0)
    throw new InputError(dir, 'the history store has no entries (perf-gates history add)');
  const other = entries.find((e) => e.entry.confidence !== opts.confidence);
  if (other) {
    throw new InputError(
      other.file,
      `recorded at confidence ${other.entry.confidence}, the comparison asks for ${opts.confidence}: compare at ${other.entry.confidence}`,
    );
  }
  const rows = compareWithHistory(
    entries.map((e) => e.entry),
    candidate,
    opts,
  );
  return { rows, entries: entries.length, warnings };
}
