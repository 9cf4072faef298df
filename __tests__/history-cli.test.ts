// Issue 15, items 3, 5 and 6 from the command line: history add / show, compare --history, and the
// seeded pytest-benchmark perturbation script. In process (src/cli/main.ts), stdout captured.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';

const FX = '__tests__/fixtures';
const BENCH = `${FX}/pytest/benchmark/bench-baseline.json`;
const A = [`${FX}/k6/a-baseline/results.ndjson.gz`, `${FX}/k6/a-baseline/summary-export.json`];
const B = [`${FX}/k6/b-optimized/results.ndjson.gz`];
const SLOW = ['test_benchmarks.py::test_parse_orders', 'test_benchmarks.py::test_render_csv'];

let stdout = '';
let stderr = '';
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

async function run(...args: string[]) {
  stdout = '';
  stderr = '';
  const code = await main(args);
  return { code, out: stdout, err: stderr };
}

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'pg-hist-cli-'));

function perturb(out: string, ...args: string[]): string {
  execFileSync(process.execPath, ['scripts/perturb-benchmark.mjs', BENCH, out, ...args], { stdio: 'pipe' });
  return out;
}

/** The fields of a comparison row that a stored baseline must reproduce exactly. */
const core = (r: Record<string, unknown>) => {
  const { sources: _s, baseline_runs: _b, baseline_entries: _e, window_start: _w, ...rest } = r;
  return rest;
};

describe('perturb-benchmark.mjs', () => {
  it('is seeded: the same arguments give the same bytes, another seed other factors; chosen benchmarks get the factor', () => {
    const d = tmp();
    const a = readFileSync(perturb(path.join(d, 'a.json'), '--seed', '3'), 'utf8');
    const b = readFileSync(perturb(path.join(d, 'b.json'), '--seed', '3'), 'utf8');
    const c = readFileSync(perturb(path.join(d, 'c.json'), '--seed', '4'), 'utf8');
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    const base = JSON.parse(readFileSync(BENCH, 'utf8'));
    const slow = JSON.parse(
      readFileSync(
        perturb(
          path.join(d, 's.json'),
          '--seed',
          '5',
          '--sigma',
          '0',
          '--factor',
          '2',
          '--bench',
          SLOW.join(','),
        ),
        'utf8',
      ),
    );
    for (const [i, bm] of slow.benchmarks.entries()) {
      const f = SLOW.includes(bm.fullname) ? 2 : 1;
      expect(bm.stats.median).toBeCloseTo(base.benchmarks[i].stats.median * f, 12);
      expect(bm.stats.data[7]).toBeCloseTo(base.benchmarks[i].stats.data[7] * f, 12);
      expect(bm.stats.ops).toBeCloseTo(1 / bm.stats.mean, 9);
      expect(bm.stats.rounds).toBe(base.benchmarks[i].stats.rounds);
    }
    expect(() => perturb(path.join(d, 'x.json'), '--bench', 'nope::x')).toThrow();
  });
});

describe('history add / show', () => {
  it('add then show --json round-trips every field of every entry', async () => {
    const store = path.join(tmp(), 'hist');
    const added: unknown[] = [];
    let r = await run(
      'history',
      'add',
      '--store',
      store,
      '--sha',
      'a1a1a1a',
      '--time',
      '2026-11-20T10:00:00Z',
      '--json',
      ...A,
    );
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/added .*000001-a1a1a1a\.json: \d+ of \d+ keys, commit a1a1a1a/);
    added.push(JSON.parse(r.out));
    r = await run('history', 'add', '--store', store, '--json', BENCH);
    expect(r.code).toBe(0);
    added.push(JSON.parse(r.out));
    r = await run('history', 'show', '--store', store, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.entries.map((e: { entry: unknown }) => e.entry)).toEqual(added);
    for (const e of doc.entries) expect(JSON.parse(readFileSync(e.file, 'utf8'))).toEqual(e.entry);
    expect(doc.series.find((s: { key: string }) => s.key === 'http_req_duration:p95').points).toHaveLength(1);

    r = await run('history', 'show', '--store', store);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/history store .*: 2 entries, oldest first/);
    expect(r.out).toMatch(/http_req_duration:p95: 1 run\(s\) \(absent or not positive in 1\), last /);
    r = await run('history', 'show', '--store', store, '--key', 'http_req_duration:p95');
    expect(r.out).toMatch(/a1a1a1a\s+2026-11-20T10:00:00\.000Z\s+\d/);
  });

  it('keeps the last --keep entries; bad input exits 2 with a clear message and writes nothing', async () => {
    const store = path.join(tmp(), 'hist');
    for (let i = 0; i < 3; i++)
      expect(
        (await run('history', 'add', '--store', store, '--keep', '2', '--sha', `abc${i}`, BENCH)).code,
      ).toBe(0);
    expect(readdirSync(store)).toEqual(['000002-abc1.json', '000003-abc2.json']);
    let r = await run('history', 'add', BENCH);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/needs --store DIR/);
    r = await run('history', 'add', '--store', store, '--keep', '0', BENCH);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--keep must be a whole number >= 1/);
    r = await run('history', 'add', '--store', store, `${FX}/e2e/not-k6.json`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad input: .*not-k6\.json/);
    const newer = JSON.parse(readFileSync(path.join(store, '000003-abc2.json'), 'utf8'));
    writeFileSync(path.join(store, '000004-abc3.json'), JSON.stringify({ ...newer, version: 9 }, null, 2));
    r = await run('history', 'show', '--store', store);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/000004-abc3\.json:3: history entry version 9 was written by a newer perf-gates/);
    expect(readdirSync(store)).toHaveLength(3);
    r = await run('history', 'show', '--store', store, '--keep', '3');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown option --keep for history/);
    r = await run('history', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ALL the files given are ONE run/);
  });
});

describe('compare --history', () => {
  it('pytest-benchmark: two stored baselines vs a file with two benchmarks 2x slower: those two regress, the others do not; identical to compare on the same runs', async () => {
    const d = tmp();
    const store = path.join(d, 'hist');
    const rerun = perturb(path.join(d, 'rerun.json'), '--seed', '11');
    const slow = perturb(
      path.join(d, 'slow.json'),
      '--seed',
      '12',
      '--factor',
      '2',
      '--bench',
      SLOW.join(','),
    );
    expect((await run('history', 'add', '--store', store, '--sha', 'b0b0b0b', BENCH)).code).toBe(0);
    expect((await run('history', 'add', '--store', store, '--sha', 'c0c0c0c', rerun)).code).toBe(0);
    const names = (JSON.parse(readFileSync(BENCH, 'utf8')).benchmarks as { fullname: string }[]).map(
      (b) => b.fullname,
    );

    // named keys (judged alone): exactly the two slowed benchmarks regress
    const keyArgs = names.flatMap((n) => ['--key', `${n}:median`]);
    const named = await run('compare', '--history', store, '--candidate', slow, ...keyArgs, '--json');
    expect(named.code).toBe(1);
    const nrows = JSON.parse(named.out).comparisons;
    expect(
      nrows.filter((r: { verdict: string }) => r.verdict === 'regression').map((r: { key: string }) => r.key),
    ).toEqual(SLOW.map((n) => `${n}:median`));
    for (const row of nrows) {
      expect(row.baseline_runs).toBe(2);
      expect(row.baseline_entries).toEqual(['b0b0b0b', 'c0c0c0c']);
      expect(row.calibrated).toBe(true);
      expect(row.window_start).toBeNull();
    }
    const directNamed = await run(
      'compare',
      '--baseline',
      BENCH,
      rerun,
      '--candidate',
      slow,
      ...keyArgs,
      '--json',
    );
    expect(JSON.parse(directNamed.out).comparisons.map(core)).toEqual(nrows.map(core));

    // default keys (false-discovery-rate controlled over the 7, their between-run variance moderated
    // across the 7 by empirical Bayes): the same rows as compare; exactly the two slowed benchmarks
    // regress, none of the others does
    const h = await run('compare', '--history', store, '--candidate', slow, '--json');
    expect(h.code).toBe(1);
    const rows = JSON.parse(h.out).comparisons;
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      const slowed = SLOW.includes(row.key.replace(/:median$/, ''));
      expect([row.key, row.lower > 1.05]).toEqual([row.key, slowed]);
      expect([row.key, row.verdict === 'regression']).toEqual([row.key, slowed]);
      expect(row.reason).toMatch(
        /, moderated across 7 default time keys \(empirical Bayes, prior df \d+\.\d\)/,
      );
    }
    const direct = await run('compare', '--baseline', BENCH, rerun, '--candidate', slow, '--json');
    expect(JSON.parse(direct.out).comparisons.map(core)).toEqual(rows.map(core));
    const text = await run('compare', '--history', store, '--candidate', slow);
    expect(text.out).toMatch(
      /baseline: history store .*\(2 entries; per key at most 10, since its last change point\)/,
    );
  });

  it('k6: one stored run is the uncalibrated path, said so; the rows are compare’s on the same runs', async () => {
    const store = path.join(tmp(), 'hist');
    expect((await run('history', 'add', '--store', store, '--sha', 'a1a1a1a', ...A)).code).toBe(0);
    const h = await run('compare', '--history', store, '--candidate', B[0], '--json');
    const rows = JSON.parse(h.out).comparisons;
    const direct = JSON.parse(
      (await run('compare', '--baseline', A[0], '--candidate', B[0], '--json')).out,
    ).comparisons;
    expect(rows.map((r: { key: string }) => r.key)).toEqual(direct.map((r: { key: string }) => r.key));
    for (const [i, row] of rows.entries()) {
      expect(row.baseline_runs).toBe(1);
      const { reason, ...rest } = core(row) as { reason: string };
      const { reason: dReason, ...dRest } = core(direct[i]) as { reason: string };
      expect(rest).toEqual(dRest);
      expect(reason.startsWith(dReason)).toBe(true);
      if (row.verdict !== 'insufficient-data')
        expect(reason).toMatch(/one history entry in the window: uncalibrated/);
    }
    const p95 = rows.find((r: { key: string }) => r.key === 'http_req_duration:p95');
    expect(p95.calibrated).toBe(false);
  });

  it('refuses --baseline with --history, --noise, a window below 1, an empty store, another confidence', async () => {
    const store = path.join(tmp(), 'hist');
    let r = await run('compare', '--history', store, '--candidate', BENCH);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/the history store has no entries/);
    await run('history', 'add', '--store', store, '--sha', 'abcd', BENCH);
    for (const [args, msg] of [
      [['--baseline', BENCH], /--baseline or --history, not both/],
      [['--noise', 'x.json'], /--noise does not apply/],
      [['--window', '0'], /--window must be a whole number >= 1/],
      [['--confidence', '0.9'], /recorded at confidence 0\.95, the comparison asks for 0\.9/],
      [['--out', 'x'], /unknown option --out for compare/],
    ] as const) {
      r = await run('compare', '--history', store, '--candidate', BENCH, ...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(msg);
    }
  });
});
