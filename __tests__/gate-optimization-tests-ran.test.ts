// Gate 3's "performance tests ran" criterion (issue 9): hostile pytest-json-report files made from the
// real report pytest/json-report/performance-optimized.json (every performance test skipped, every one
// xfailed, no tests, no `performance` marker anywhere) are insufficient-data naming the file, and the
// gate exits 1; an xpassed test counts as run; JUnit XML (no markers) counts every test as before.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GateContext, Run, TestDataset } from '../src/model.js';
import { defaultConfig } from '../src/config/schema.js';
import { parseK6Ndjson } from '../src/parsers/k6-ndjson/index.js';
import { parsePytestJson } from '../src/parsers/pytest-json/index.js';
import { parseJunit } from '../src/parsers/junit/index.js';
import { evaluateOptimization } from '../src/gates/optimization/evaluate.js';
import { runGates } from '../src/run/runner.js';
import type { Host } from '../src/io/host.js';
import { cliHost } from '../src/io/cli-host.js';

const FIX = path.join(import.meta.dirname, 'fixtures');
const REPORT = 'pytest/json-report/performance-optimized.json';
function k6Run(dir: string): Run {
  const rel = `k6/${dir}/results.ndjson.gz`;
  const buf = readFileSync(path.join(FIX, rel));
  return {
    label: dir,
    files: [{ path: rel, sha256: createHash('sha256').update(buf).digest('hex'), bytes: buf.length }],
    k6: parseK6Ndjson(gunzipSync(buf), { file: rel }),
  };
}
const A = k6Run('a-baseline');
const B = k6Run('b-optimized');
const CTX: GateContext = {
  now: '2026-11-22T12:00:00.000Z',
  verifiedBy: { tool: 'perf-gates test', user: 'tester', host: 'ci' },
  inputs: [],
};
const cfg = () => {
  const c = defaultConfig();
  c.optimization.require_plan_approval = false;
  c.optimization.target = { name: 'http_req_duration{name:products}', stat: 'p95', direction: 'decrease' };
  return c;
};

interface RawTest {
  nodeid: string;
  outcome: string;
  keywords: string[];
}
/** The real report with its tests rewritten by `edit`. */
function variant(edit: (tests: RawTest[]) => RawTest[]): string {
  const doc = JSON.parse(readFileSync(path.join(FIX, REPORT), 'utf8')) as {
    tests: RawTest[];
    summary: object;
  };
  doc.tests = edit(doc.tests);
  doc.summary = { total: doc.tests.length, collected: doc.tests.length };
  return JSON.stringify(doc);
}
const HOSTILE: Record<string, string> = {
  'all skipped': variant((ts) => ts.map((t) => ({ ...t, outcome: 'skipped' }))),
  'all xfailed': variant((ts) => ts.map((t) => ({ ...t, outcome: 'xfailed' }))),
  empty: variant(() => []),
  unmarked: variant((ts) =>
    ts.map((t) => ({ ...t, outcome: 'passed', keywords: t.keywords.filter((k) => k !== 'performance') })),
  ),
};

const ran = (ds: TestDataset) =>
  evaluateOptimization({ baseline: [A], candidate: [B], pytest: ds }, cfg(), CTX).result;

describe('performance tests that must run', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`${name}: insufficient-data naming the file`, () => {
      const r = ran(parsePytestJson(text, `reports/${name}.json`));
      const c = r.criteria.find((x) => x.name === 'performance tests ran')!;
      expect(c.verdict).toBe('insufficient-data');
      expect(c.protocolReason).toBe('TelemetryGap');
      expect(c.reason).toMatch(new RegExp(`^reports/${name}\\.json: no performance test ran: `));
      expect(c.reason).toMatch(/\d+ ran \(\d+ passed, \d+ failed\), \d+ skipped, \d+ xfailed of \d+/);
      expect(r.verdict).toBe('insufficient-data');
    });
  }
  it('the real report: 7 ran (6 passed, 1 failed), 1 skipped, 1 xfailed of 9', () => {
    const r = ran(parsePytestJson(readFileSync(path.join(FIX, REPORT), 'utf8'), 'perf.json'));
    const c = r.criteria.find((x) => x.name === 'performance tests ran')!;
    expect(c.verdict).toBe('pass');
    expect(c.actual).toBe(7);
    expect(c.reason).toContain(
      '7 ran (6 passed, 1 failed), 1 skipped, 1 xfailed of 9 `performance`-marked tests',
    );
  });
  it('an xpassed test counts as run', () => {
    const text = variant((ts) =>
      ts
        .filter((t) => t.keywords.includes('performance'))
        .map((t, i) => ({ ...t, outcome: i === 0 ? 'xpassed' : 'skipped' })),
    );
    const c = ran(parsePytestJson(text, 'x.json')).criteria.find((x) => x.name === 'performance tests ran')!;
    expect(c.verdict).toBe('pass');
    expect(c.actual).toBe(1);
  });
  it('JUnit XML has no markers: every test counts, no ran criterion, a note with the counts', () => {
    const xml = readFileSync(path.join(FIX, 'pytest/junit/performance-baseline.xml'), 'utf8');
    const r = ran(parseJunit(xml, 'junit.xml'));
    expect(r.criteria.find((x) => x.name === 'performance tests ran')).toBeUndefined();
    expect(r.notes.join('\n')).toMatch(
      /junit\.xml \(JUnit XML\) carries no marker data: every test in it is treated as a performance test; 7 ran/,
    );
    expect(r.regressionCount).toBe(1);
  });
  it('no pytest report at all stays a note', () => {
    const r = evaluateOptimization({ baseline: [A], candidate: [B] }, cfg(), CTX).result;
    expect(r.criteria.find((x) => x.name === 'performance tests ran')).toBeUndefined();
    expect(r.notes).toContain('no pytest-json-report given: performance tests were not checked');
  });
  it('through the runner, each hostile report exits 1', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-tests-ran-'));
    const quiet: Host = { ...cliHost(dir), info: () => {}, notice: () => {}, warning: () => {} };
    for (const [name, text] of Object.entries(HOSTILE)) {
      const file = path.join(dir, `${name.replace(' ', '-')}.json`);
      writeFileSync(file, text);
      const { code, results } = await runGates(
        'optimization',
        {
          'baseline-k6': path.join(FIX, 'k6/a-baseline/results.ndjson.gz'),
          'candidate-k6': path.join(FIX, 'k6/b-optimized/results.ndjson.gz'),
          'pytest-report': file,
          plan: path.join(FIX, 'protocol/optimization-plan.json'),
          'artifacts-dir': path.join(dir, `out-${name.replace(' ', '-')}`),
          upload: 'false',
          comment: 'off',
          status: 'false',
        },
        quiet,
      );
      expect(code, name).toBe(1);
      const crit = results[0].result.criteria.find((x) => x.name === 'performance tests ran');
      expect(crit?.verdict, name).toBe('insufficient-data');
    }
  });
});
