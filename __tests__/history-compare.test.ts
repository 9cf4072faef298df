// Issue 15, item 3: compare --history's window (since the key's last change point, at most --window).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Run } from '../src/model.js';
import { parsePytestBenchmark } from '../src/parsers/pytest-benchmark/index.js';
import { compareWithHistory } from '../src/stats/history/compare.js';
import { recordRun } from '../src/stats/history/record.js';
// @ts-expect-error: a plain .mjs script without types
import { perturb } from '../scripts/perturb-benchmark.mjs';

const BENCH = '__tests__/fixtures/pytest/benchmark/bench-baseline.json';
const doc = JSON.parse(readFileSync(BENCH, 'utf8'));
const PARSE = 'test_benchmarks.py::test_parse_orders';

function runOf(seed: number, factor = 1, bench: string[] = []): Run {
  const out = perturb(doc, { seed, sigma: 0.02, factor, bench }).doc;
  const file = `gen-${seed}.json`;
  return {
    label: file,
    files: [{ path: file, sha256: String(seed).padStart(64, '0'), bytes: 1 }],
    benchmarks: parsePytestBenchmark(JSON.stringify(out), file),
  };
}

const OPTS = { target: 0.15, tolerance: 0.05, confidence: 0.95 };

describe('compare --history: the baseline window', () => {
  // 8 runs of main, then test_parse_orders got 30 % slower on main for 6 runs
  const entries = Array.from({ length: 14 }, (_, i) =>
    recordRun(runOf(100 + i, i >= 8 ? 1.3 : 1, [PARSE]), {
      sha: (0xabc000 + i).toString(16),
      time: new Date(Date.UTC(2026, 10, 10 + i)).toISOString(),
      version: '0.1.0',
    }),
  );

  it('starts a stepped key at its change point, the others take the last --window entries', () => {
    const rows = compareWithHistory(entries, [runOf(999)], { ...OPTS, window: 10 });
    const parse = rows.find((r) => r.key === `${PARSE}:median`)!;
    expect(parse.window_start?.sha).toBe('abc008');
    expect(parse.window_start?.text).toMatch(
      /^median of test_benchmarks\.py::test_parse_orders stepped \+3\d% at abc008 \(2026-11-18\)$/,
    );
    expect(parse.baseline_runs).toBe(6);
    expect(parse.baseline_entries[0]).toBe('abc008');
    // the candidate runs the old code: 30 % faster than main since the step
    expect(parse.verdict).toMatch(/^improvement/);
    for (const r of rows.filter((x) => x !== parse)) {
      expect(r.window_start).toBeNull();
      expect(r.baseline_runs).toBe(10);
      expect(r.baseline_entries[0]).toBe('abc004');
      expect(r.verdict).not.toBe('regression');
    }
    expect(compareWithHistory(entries, [runOf(999)], { ...OPTS, window: 3 })[0].baseline_runs).toBe(3);
  });

  it('a candidate 2x slower on one benchmark regresses there only; --window below 1 is refused', () => {
    const rows = compareWithHistory(entries, [runOf(1000, 2, ['test_benchmarks.py::test_render_csv'])], OPTS);
    expect(rows.filter((r) => r.verdict === 'regression').map((r) => r.key)).toEqual([
      'test_benchmarks.py::test_render_csv:median',
    ]);
    expect(() => compareWithHistory(entries, [runOf(1)], { ...OPTS, window: 0 })).toThrow(
      /--window must be a whole number >= 1/,
    );
  });

  it('is the same with the same store: change points are seeded', () => {
    const a = compareWithHistory(entries, [runOf(999)], OPTS);
    expect(compareWithHistory(entries, [runOf(999)], OPTS)).toEqual(a);
  });
});
