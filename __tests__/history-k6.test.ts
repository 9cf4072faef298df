// Issue 15's "Done when" for k6: a store holding a-baseline (real k6) and a generated rerun of the same
// profile (scripts/gen-ndjson.mjs, seed 6); compare --history against a regressed build, b-optimized,
// and another rerun. From the command line, in process.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
// @ts-expect-error: a plain .mjs script without types
import { generateProfileRun } from '../scripts/gen-ndjson.mjs';

const K6 = '__tests__/fixtures/k6';
const A = [`${K6}/a-baseline/results.ndjson.gz`, `${K6}/a-baseline/summary-export.json`];
const RERUN = `${K6}/gen-baseline-rerun/results.ndjson.gz`;
const REGRESSED = `${K6}/gen-regressed/results.ndjson.gz`;
const B = `${K6}/b-optimized/results.ndjson.gz`;

let stdout = '';
beforeEach(() => {
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

async function json(...args: string[]): Promise<{
  code: number;
  rows: Record<string, { verdict: string; baseline_runs: number; calibrated: boolean; reason: string }>;
}> {
  stdout = '';
  const code = await main([...args, '--json']);
  const rows: Record<
    string,
    { verdict: string; baseline_runs: number; calibrated: boolean; reason: string }
  > = {};
  for (const r of JSON.parse(stdout).comparisons) rows[r.key] = r;
  return { code, rows };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-hist-k6-'));
const store = path.join(dir, 'store');

beforeAll(async () => {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  expect(
    await main([
      'history',
      'add',
      '--store',
      store,
      '--sha',
      'aaaa0001',
      '--time',
      '2026-11-20T10:00:00Z',
      ...A,
    ]),
  ).toBe(0);
  expect(
    await main([
      'history',
      'add',
      '--store',
      store,
      '--sha',
      'aaaa0002',
      '--time',
      '2026-11-21T10:00:00Z',
      RERUN,
    ]),
  ).toBe(0);
  vi.restoreAllMocks();
});

describe('compare --history on k6 runs (issue 15, Done when)', () => {
  it('a regressed build (p95 +55 %, error rate about 20x): a regression on p95 and on the error rate', async () => {
    const { code, rows } = await json('compare', '--history', store, '--candidate', REGRESSED);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).version).toBe(2);
    expect(rows['http_req_duration:p95'].verdict).toBe('regression');
    expect(rows['http_req_failed:rate'].verdict).toBe('regression');
    expect(rows['http_req_duration:p95'].baseline_runs).toBe(2);
    expect(rows['http_req_duration:p95'].calibrated).toBe(true);
  });

  it('the rows are those of compare given the same two runs as its baseline', async () => {
    const strip = (r: Record<string, unknown>) => {
      const { sources: _s, baseline_runs: _b, baseline_entries: _e, window_start: _w, ...rest } = r;
      return rest;
    };
    for (const cand of [REGRESSED, B]) {
      stdout = '';
      await main(['compare', '--history', store, '--candidate', cand, '--json']);
      const h = JSON.parse(stdout).comparisons.map(strip);
      stdout = '';
      await main(['compare', '--baseline', A[0], RERUN, '--candidate', cand, '--json']);
      expect(JSON.parse(stdout).comparisons.map(strip)).toEqual(h);
    }
  });

  it('b-optimized: an improvement on p95', async () => {
    const { rows } = await json('compare', '--history', store, '--candidate', B);
    expect(rows['http_req_duration:p95'].verdict).toMatch(/^improvement/);
    expect(Object.values(rows).some((r) => r.verdict === 'regression')).toBe(false);
  });

  it('other reruns of the baseline profile (seeds 7-11): no claim on any key', async () => {
    // p99 included: with 801 requests the profile's tail makes a run's p99 either ~67 ms or ~154 ms
    // (DESIGN section 4: 68 and 158 ms on two identical real runs); seeds 7 and 8 show p99 +131 %, and
    // the interval (lower bounds about 0.99 and 1.03) keeps that from being a claim.
    for (const seed of [7, 8, 9, 10, 11]) {
      const file = path.join(dir, `rerun-seed-${seed}.ndjson`);
      writeFileSync(file, generateProfileRun('baseline', 801, seed));
      const { rows } = await json('compare', '--history', store, '--candidate', file);
      expect(Object.keys(rows)).toContain('http_req_duration:p99');
      for (const [key, r] of Object.entries(rows)) {
        expect([seed, key, r.verdict]).not.toEqual([seed, key, 'regression']);
        expect([seed, key, r.verdict]).not.toEqual([seed, key, 'improvement-confirmed']);
      }
    }
  });
});
