// `perf-gates history add|show` and `perf-gates compare --history` (issue 15).
import { InputError, type KeySpec, type Run, type Warning } from '../model.js';
import { checkOptions, one, fraction, UsageError, type ParsedArgs } from './args.js';
import { out, table, text } from './format.js';
import { expandGlob } from '../io/glob.js';
import { loadRun } from '../run/load.js';
import { addToStore, compareHistory, readStore } from '../run/history.js';
import { formatComparisonTable } from '../stats/compare.js';
import { parseKey } from '../stats/keys.js';
import type { ChangePointOptions } from '../stats/history/changepoints.js';
import { DEFAULT_WINDOW, type HistoryComparison } from '../stats/history/compare.js';
import { historyKeys, keySeries } from '../stats/history/series.js';
import { parseKeep } from '../stats/history/store.js';
import { VERSION } from '../version.js';

export const HISTORY_USAGE = `perf-gates history: a store of main's runs, change points, and compare --history

Usage:
  perf-gates history add --store DIR [--sha S] [--time T] [--keep N] [--key K ...] [--json] <files...>
      ALL the files given are ONE run (a k6 run's NDJSON and its summary, or one pytest-benchmark
      file); compare and calibrate, by contrast, take one run per file. Records per key the run's
      statistic, sampling bounds, log variance, samples and rate counts (no raw samples) as the
      next entry of the folder DIR, keeping the last N entries (default 100). --sha defaults to the
      pytest-benchmark file's commit or $GITHUB_SHA; --time to the run's own start time.
  perf-gates history show --store DIR [--key K] [--json] [--p-value 0.01] [--min-segment 3] [--seed 15]
      The entries, each key's series, and its change points (e-divisive means).
  perf-gates compare --history DIR --candidate <files...> [--window 10] [--key K ...] [--json]
      Baseline: per key, the stored runs since the key's last change point (at most --window).`;

function warn(ws: Warning[]): void {
  for (const w of ws)
    process.stderr.write(
      text(`warning: ${w.file}${w.line !== undefined ? `:${w.line}` : ''}: ${w.message}`) + '\n',
    );
}

function keysOf(a: ParsedArgs): KeySpec[] {
  return (a.options.get('key') ?? []).map((k) => {
    try {
      return { ...parseKey(k), named: true };
    } catch (e) {
      throw new UsageError(`--key ${k}: ${(e as Error).message}`);
    }
  });
}

function store(a: ParsedArgs, name = 'store'): string {
  const dir = one(a, name);
  if (!dir) throw new UsageError(`history ${a.positionals[0] ?? ''} needs --${name} DIR`.replace('  ', ' '));
  return dir;
}

function wholeNumber(v: string | undefined, name: string, min: number): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\s*\d+\s*$/.test(v) || Number(v) < min)
    throw new UsageError(`--${name} must be a whole number >= ${min} (got "${v}")`);
  return Number(v);
}

export function changePointOptions(a: ParsedArgs): ChangePointOptions {
  const p = one(a, 'p-value');
  let pValue: number | undefined;
  if (p !== undefined) {
    pValue = Number(p);
    if (!(pValue > 0 && pValue < 1)) throw new UsageError(`--p-value must be between 0 and 1 (got "${p}")`);
  }
  return {
    pValue,
    minSegment: wholeNumber(one(a, 'min-segment'), 'min-segment', 2),
    seed: wholeNumber(one(a, 'seed'), 'seed', 0),
  };
}

async function add(a: ParsedArgs): Promise<number> {
  const dir = store(a);
  const files: string[] = [];
  for (const p of a.positionals.slice(1)) {
    const f = await expandGlob(p);
    if (!f.length) throw new InputError(p, 'no file matches this pattern');
    files.push(...f);
  }
  if (!files.length) throw new UsageError('history add needs the files of one run');
  let keep: number;
  try {
    keep = parseKeep(one(a, 'keep'));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { run, warnings } = await loadRun(
    {
      line: a.positionals.slice(1).join(' '),
      files,
      fromGlob: a.positionals.slice(1).some((p) => /[*?[{]/.test(p)),
    },
    'run',
  );
  warn(warnings);
  const sha = one(a, 'sha') ?? (run.benchmarks?.commit?.id ? undefined : process.env.GITHUB_SHA || undefined);
  const res = await addToStore(dir, run, {
    sha,
    time: one(a, 'time'),
    keep,
    keys: keysOf(a),
    version: VERSION,
  });
  warn(res.warnings);
  const present = res.entry.stats.filter((s) => s.present).length;
  process.stderr.write(
    text(
      `added ${res.file}: ${present} of ${res.entry.stats.length} keys, commit ${res.entry.sha ?? 'unknown'}, ${res.entry.time}` +
        (res.removed.length
          ? `; dropped ${res.removed.length} old entr${res.removed.length === 1 ? 'y' : 'ies'} (--keep ${keep})`
          : ''),
    ) + '\n',
  );
  if (a.flags.has('json')) out(JSON.stringify(res.entry, null, 2));
  return 0;
}

function fmt(v: number): string {
  const x = Math.abs(v);
  return x >= 100 ? v.toFixed(1) : x >= 1 ? v.toFixed(3) : v.toPrecision(4);
}

async function show(a: ParsedArgs): Promise<number> {
  const dir = store(a);
  const { entries, warnings } = await readStore(dir);
  warn(warnings);
  const cp = changePointOptions(a);
  const list = entries.map((e) => e.entry);
  const wanted = keysOf(a);
  const keys = wanted.length ? wanted : historyKeys(list);
  const series = keys.map((k) => keySeries(list, k, cp));
  if (a.flags.has('json')) {
    out(
      JSON.stringify(
        {
          version: 1,
          store: dir,
          entries: entries.map((e) => ({ file: e.file, entry: e.entry })),
          series: series.map((s) => ({
            key: s.key,
            points: s.points,
            skipped: s.skipped,
            changes: s.changes,
          })),
        },
        null,
        2,
      ),
    );
    return entries.length ? 0 : 1;
  }
  if (!entries.length) {
    out(`history store ${dir}: no entries`);
    return 1;
  }
  const lines = [
    `history store ${dir}: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}, oldest first`,
    '',
    table(
      ['#', 'file', 'commit', 'time', 'keys', 'tools'],
      entries.map((e, i) => [
        i + 1,
        e.file.split(/[\\/]/).pop(),
        e.entry.sha ?? '-',
        e.entry.time,
        e.entry.stats.filter((s) => s.present).length,
        Object.entries(e.entry.tools)
          .map(([t, v]) => `${t} ${v}`)
          .join(', '),
      ]),
    ),
    '',
  ];
  for (const s of series) {
    const last = s.points[s.points.length - 1];
    lines.push(
      `${s.key}: ${s.points.length} run(s)${s.skipped ? ` (absent or not positive in ${s.skipped})` : ''}${last ? `, last ${fmt(last.value)}` : ''}`,
    );
    for (const c of s.changes) lines.push(`  ${c.text} (p = ${c.pValue.toFixed(3)})`);
    if (wanted.length) {
      for (const p of s.points)
        lines.push(
          `  ${String(p.entry + 1).padStart(4)}  ${(p.sha ?? '-').slice(0, 12).padEnd(12)}  ${p.time}  ${fmt(p.value)}${p.lower !== null && p.upper !== null ? `  [${fmt(p.lower)}, ${fmt(p.upper)}]` : ''}`,
        );
    }
  }
  out(text(lines.join('\n')));
  return 0;
}

const CHANGE_POINT_OPTIONS = ['p-value', 'min-segment', 'seed'] as const;
const COMPARE_HISTORY_OPTIONS = [
  'history',
  'candidate',
  'target',
  'tolerance',
  'confidence',
  'key',
  'window',
  ...CHANGE_POINT_OPTIONS,
] as const;

export async function historyCmd(a: ParsedArgs): Promise<number> {
  const sub = a.positionals[0];
  if (sub === 'add') checkOptions(a, ['store', 'sha', 'time', 'keep', 'key'], ['json']);
  else if (sub === 'show') checkOptions(a, ['store', 'key', ...CHANGE_POINT_OPTIONS], ['json']);
  if (a.flags.has('help') || !sub) {
    out(HISTORY_USAGE);
    return sub || a.flags.has('help') ? 0 : 2;
  }
  if (sub === 'add') return add(a);
  if (sub === 'show') return show(a);
  throw new UsageError(`unknown history command "${sub}" (add, show)`);
}

/** `compare --history DIR`: rows as compare, plus the history columns. */
export async function compareHistoryCmd(
  a: ParsedArgs,
  candidate: Run[],
  keys: KeySpec[],
  jsonVersion: number,
): Promise<number> {
  const dir = store(a, 'history');
  if (a.options.has('baseline')) throw new UsageError('compare takes --baseline or --history, not both');
  if (a.options.has('noise'))
    throw new UsageError('compare --history calibrates from the stored runs: --noise does not apply');
  checkOptions(a, [...COMPARE_HISTORY_OPTIONS], ['json']);
  const window = wholeNumber(one(a, 'window'), 'window', 1) ?? DEFAULT_WINDOW;
  const { rows, entries, warnings } = await compareHistory(dir, candidate, {
    keys: keys.length ? keys : undefined,
    defaultKeys: keys.length === 0,
    target: fraction(one(a, 'target') ?? '15%', 'target'),
    tolerance: fraction(one(a, 'tolerance') ?? '5%', 'tolerance'),
    confidence: Number(one(a, 'confidence') ?? '0.95'),
    window,
    changePoints: changePointOptions(a),
  });
  warn(warnings);
  if (a.flags.has('json')) {
    out(
      JSON.stringify(
        { version: jsonVersion, history: { store: dir, entries, window }, comparisons: rows },
        null,
        2,
      ),
    );
  } else {
    out(text(formatComparisonTable(rows)));
    out(text(historyNotes(rows, dir, entries, window)));
  }
  // impossible samples above the limit in a compared key: bad input, exit 2, as compare
  if (rows.some((r) => r.verdict === 'error')) return 2;
  const gated = keys.length ? rows.filter((r) => r.named) : rows;
  return gated.some((r) => r.verdict === 'regression' || r.verdict === 'insufficient-data') ? 1 : 0;
}

function historyNotes(rows: HistoryComparison[], dir: string, entries: number, window: number): string {
  const lines = [
    ``,
    `baseline: history store ${dir} (${entries} entries; per key at most ${window}, since its last change point)`,
  ];
  for (const r of rows) {
    const start = r.window_start ? `, window starts at: ${r.window_start.text}` : '';
    lines.push(`  ${r.key}: ${r.baseline_runs} stored run(s)${start}`);
  }
  return lines.join('\n');
}
