// The history store's rules (issue 15, item 2), pure: a folder of entries, one file per run, named
// `<sequence>-<commit or "nosha">.json` with a six-digit (or longer) sequence number that orders them
// (the order they were added, which is the order of main's runs). Appending takes the next number and
// keeps the last `keep` entries (default 100). The file I/O is src/io/store.ts; the orchestration,
// src/run/history.ts.

import type { HistoryEntry } from './record.js';

export const DEFAULT_KEEP = 100;

const NAME = /^(\d{6,})-([0-9a-fA-F]{4,64}|nosha)\.json$/;

export interface StoredName {
  name: string;
  seq: number;
}

/** The entry files among a folder's names, in order (other names, temporary files included, are not entries). */
export function entryNames(names: readonly string[]): StoredName[] {
  const out: StoredName[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (m) out.push({ name, seq: Number(m[1]) });
  }
  return out.sort((a, b) => a.seq - b.seq || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Names in the folder that look like neither an entry nor a temporary file (said, never read). */
export function strayNames(names: readonly string[]): string[] {
  return names.filter((n) => !NAME.test(n) && !/^\..*\.tmp$/.test(n)).sort();
}

export function entryFileName(seq: number, entry: Pick<HistoryEntry, 'sha'>): string {
  return `${String(seq).padStart(6, '0')}-${entry.sha ? entry.sha.toLowerCase().slice(0, 12) : 'nosha'}.json`;
}

/** `--keep`: a whole number >= 1. */
export function parseKeep(v: string | number | undefined): number {
  if (v === undefined) return DEFAULT_KEEP;
  const n = typeof v === 'number' ? v : /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`--keep must be a whole number >= 1 (got "${v}")`);
  return n;
}

export interface AppendPlan {
  /** the new entry's file name */
  name: string;
  /** entry files to delete afterwards (the oldest beyond `keep`) */
  remove: string[];
}

/** Where a new entry goes and which old ones fall out of the last `keep`. */
export function planAppend(
  names: readonly string[],
  entry: Pick<HistoryEntry, 'sha'>,
  keep = DEFAULT_KEEP,
): AppendPlan {
  const entries = entryNames(names);
  const next = entries.length ? entries[entries.length - 1].seq + 1 : 1;
  const name = entryFileName(next, entry);
  const total = entries.length + 1;
  const drop = Math.max(0, total - keep);
  return { name, remove: entries.slice(0, drop).map((e) => e.name) };
}
