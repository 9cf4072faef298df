// pytest-benchmark `--benchmark-json` (5.x): one BenchmarkEntry per benchmark, stats in seconds
// per iteration exactly as written, raw rounds (`stats.data`) kept when present.
import { z } from 'zod';
import type { BenchmarkDataset, BenchmarkEntry, Warning } from '../../model.js';
import { locateJsonPath, parseJsonText, zodInputError } from '../text/json.js';
export { sniff } from './sniff.js';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

const bench = z.looseObject({
  group: z.string().nullish(),
  name: z.string(),
  fullname: z.string(),
  params: z.record(z.string(), z.unknown()).nullish(),
  extra_info: z.record(z.string(), z.unknown()).nullish(),
  stats: z.looseObject({
    min: finite,
    max: finite,
    mean: finite,
    stddev: finite,
    median: finite,
    iqr: finite,
    ops: finite,
    rounds: z.number().int().nonnegative(),
    iterations: z.number().int().positive().optional(),
    q1: finite.optional(),
    q3: finite.optional(),
    // raw rounds: negative or non-finite ones (null: Python's NaN/Infinity) are impossible samples,
    // counted and left out below, never a reason to refuse the whole file
    data: z.array(z.number().nullable()).optional(),
  }),
});

const file = z.looseObject({
  machine_info: z.record(z.string(), z.unknown()).optional(),
  commit_info: z
    .looseObject({
      id: z.string().nullish(),
      branch: z.string().nullish(),
      dirty: z.boolean().nullish(),
      time: z.string().nullish(),
    })
    .optional(),
  benchmarks: z.array(bench),
  datetime: z.string().optional(),
});

export function parsePytestBenchmark(text: string, path: string): BenchmarkDataset {
  const warnings: Warning[] = [];
  const doc = parseJsonText(text, path, warnings);
  const r = file.safeParse(doc);
  if (!r.success) throw zodInputError(path, 'pytest-benchmark JSON', r.error, (p) => locateJsonPath(text, p));
  const d = r.data;
  const seen = new Set<string>();
  const benchmarks: BenchmarkEntry[] = d.benchmarks.map((b, bi) => {
    const s = b.stats;
    const e: BenchmarkEntry = {
      file: path,
      fullname: b.fullname,
      name: b.name,
      group: b.group ?? null,
      unit: 's',
      rounds: s.rounds,
      min: s.min,
      max: s.max,
      mean: s.mean,
      median: s.median,
      stddev: s.stddev,
      iqr: s.iqr,
      ops: s.ops,
    };
    if (s.iterations !== undefined) e.iterations = s.iterations;
    if (s.q1 !== undefined) e.q1 = s.q1;
    if (s.q3 !== undefined) e.q3 = s.q3;
    if (s.data !== undefined) {
      const ok = (v: number | null): v is number => v !== null && Number.isFinite(v) && v >= 0;
      const bad = s.data.findIndex((v) => !ok(v));
      e.data = bad < 0 ? (s.data as number[]) : s.data.filter(ok);
      if (bad >= 0) {
        const count = s.data.length - e.data.length;
        const neg = s.data.some((v) => v !== null && v < 0);
        const nonFinite = s.data.some((v) => v === null || !Number.isFinite(v));
        const line = locateJsonPath(text, ['benchmarks', bi, 'stats', 'data', bad])?.line;
        e.impossible = {
          count,
          total: s.data.length,
          what: [neg ? 'negative durations' : '', nonFinite ? 'non-finite values' : '']
            .filter(Boolean)
            .join(' and '),
          file: path,
          ...(line !== undefined ? { line } : {}),
        };
        warnings.push({
          file: path,
          ...(line !== undefined ? { line } : {}),
          message: `${b.fullname}: ${count} of ${s.data.length} raw rounds are impossible (${e.impossible.what})${line !== undefined ? `, the first on line ${line}` : ''}: left out`,
        });
      }
      if (s.data.length !== s.rounds)
        warnings.push({
          file: path,
          message: `${b.fullname}: ${s.data.length} raw rounds but stats.rounds = ${s.rounds}`,
        });
    }
    if (b.extra_info) e.extra_info = b.extra_info;
    if (b.params !== undefined) e.params = b.params;
    if (seen.has(b.fullname)) warnings.push({ file: path, message: `${b.fullname} appears more than once` });
    seen.add(b.fullname);
    return e;
  });
  if (benchmarks.length === 0) warnings.push({ file: path, message: 'the file lists no benchmarks' });
  const ds: BenchmarkDataset = { format: 'pytest-benchmark', file: path, benchmarks, warnings };
  const c = d.commit_info;
  if (c) {
    const commit: NonNullable<BenchmarkDataset['commit']> = {};
    if (c.id != null) commit.id = c.id;
    if (c.branch != null) commit.branch = c.branch;
    if (c.dirty != null) commit.dirty = c.dirty;
    if (c.time !== undefined) commit.time = c.time;
    ds.commit = commit;
  }
  if (d.machine_info) ds.machine = d.machine_info;
  if (d.datetime !== undefined) ds.datetime = d.datetime;
  return ds;
}
