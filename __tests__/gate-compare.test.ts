// The `compare` gate (issue 16, items 1 and 2): no plan, zero regressions over the default keys
// (or the tracked keys), the performance tests green and run, improvements reported never required;
// the baseline side runs of the base build or the history store (history-dir); `history: record`
// appends the candidate. Real k6 and pytest fixtures (see fixtures/README.md).
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GateContext, Run } from '../src/model.js';
import { defaultConfig } from '../src/config/schema.js';
import { parseK6Ndjson } from '../src/parsers/k6-ndjson/index.js';
import { parsePytestJson } from '../src/parsers/pytest-json/index.js';
import { evaluateCompare } from '../src/gates/compare/evaluate.js';
import { runGates } from '../src/run/runner.js';
import type { Host } from '../src/io/host.js';
import { cliHost } from '../src/io/cli-host.js';

const FIX = path.join(import.meta.dirname, 'fixtures');
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
const REPORT = path.join(FIX, 'pytest/json-report/performance-optimized.json');
const BENCH = path.join(FIX, 'pytest/benchmark/bench-baseline.json');

function host(dir: string): { host: Host; outputs: Record<string, string>; summary: string[] } {
  const outputs: Record<string, string> = {};
  const summary: string[] = [];
  return {
    outputs,
    summary,
    host: {
      ...cliHost(dir),
      info: () => {},
      notice: () => {},
      warning: () => {},
      error: () => {},
      group: (_n, fn) => fn(),
      setOutput: (k, v) => void (outputs[k] = v),
      summary: async (md) => void summary.push(md),
    },
  };
}
const quietly = { upload: 'false', comment: 'off', status: 'false' };
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'pg-compare-'));

describe('evaluateCompare (pure)', () => {
  it('a faster candidate passes: improvements are reported in the notes, never a criterion', () => {
    const r = evaluateCompare(
      { baseline: { kind: 'runs', runs: [A] }, candidate: [B] },
      defaultConfig(),
      CTX,
    ).result;
    expect(r.gate).toBe('compare');
    expect(r.title).toBe('Compare: No Regressions');
    expect(r.verdict).toBe('pass');
    expect(r.regressionCount).toBe(0);
    expect(r.criteria.some((c) => /improvement/.test(c.name))).toBe(false);
    expect(r.notes.join('\n')).toMatch(/improved \(reported, not required\): .*http_req_duration/);
    expect(r.comparisons!.length).toBeGreaterThan(1);
  });

  it('the same runs the other way round: every slower key is a failing regression criterion', () => {
    const r = evaluateCompare(
      { baseline: { kind: 'runs', runs: [B] }, candidate: [A] },
      defaultConfig(),
      CTX,
    ).result;
    expect(r.verdict).toBe('fail');
    const regs = r.comparisons!.filter((c) => c.verdict === 'regression');
    expect(regs.length).toBeGreaterThan(0);
    expect(r.regressionCount).toBe(regs.length);
    for (const c of regs)
      expect(r.criteria.find((x) => x.name === `regression: ${c.key}`)?.verdict).toBe('fail');
    expect(r.failure?.requiredAction).toMatch(/rerun the comparison\.$/);
  });

  it('tracked keys replace the default keys', () => {
    const cfg = defaultConfig();
    cfg.optimization.tracked = [
      { name: 'http_req_duration{name:products}', stat: 'p95', direction: 'decrease' },
    ];
    const r = evaluateCompare({ baseline: { kind: 'runs', runs: [B] }, candidate: [A] }, cfg, CTX).result;
    expect(r.comparisons!.map((c) => c.key)).toEqual(['http_req_duration{name:products}:p95']);
    expect(r.verdict).toBe('fail');
  });

  it('a failed performance test is a regression; a report where none ran is insufficient-data', () => {
    const ds = parsePytestJson(readFileSync(REPORT, 'utf8'), 'perf.json');
    const r = evaluateCompare(
      { baseline: { kind: 'runs', runs: [A] }, candidate: [B], pytest: ds },
      defaultConfig(),
      CTX,
    ).result;
    expect(r.verdict).toBe('fail');
    const failed = r.criteria.filter(
      (c) => c.name.startsWith('regression: ') && c.reason.startsWith('pytest'),
    );
    expect(failed).toHaveLength(1);
    expect(r.regressionCount).toBe(1);
    const doc = JSON.parse(readFileSync(REPORT, 'utf8')) as { tests: { outcome: string }[] };
    for (const t of doc.tests) t.outcome = 'skipped';
    const skipped = evaluateCompare(
      {
        baseline: { kind: 'runs', runs: [A] },
        candidate: [B],
        pytest: parsePytestJson(JSON.stringify(doc), 'skipped.json'),
      },
      defaultConfig(),
      CTX,
    ).result;
    expect(skipped.verdict).toBe('insufficient-data');
    expect(skipped.criteria.find((c) => c.name === 'performance tests ran')?.reason).toMatch(
      /^skipped\.json: no performance test ran/,
    );
  });

  it('no baseline, or an empty history: insufficient-data with the way out', () => {
    const none = evaluateCompare(
      { baseline: { kind: 'runs', runs: [] }, candidate: [B] },
      defaultConfig(),
      CTX,
    ).result;
    expect(none.verdict).toBe('insufficient-data');
    expect(none.regressionCount).toBeNull();
    const empty = evaluateCompare(
      { baseline: { kind: 'history', entries: [], source: 'hist' }, candidate: [B] },
      defaultConfig(),
      CTX,
    ).result;
    expect(empty.verdict).toBe('insufficient-data');
    expect(empty.criteria[0].reason).toContain(
      'no history on main yet: merge this workflow, or run it once on main with workflow_dispatch',
    );
  });
});

describe('the compare step through the runner', () => {
  it('writes compare-report.json and gate-0-compare.json, sets the outputs, exits 1 on a regression', async () => {
    const dir = tmp();
    const h = host(dir);
    const { code, results } = await runGates(
      'compare',
      {
        'baseline-k6': path.join(FIX, 'k6/b-optimized/results.ndjson.gz'),
        'candidate-k6': path.join(FIX, 'k6/a-baseline/results.ndjson.gz'),
        'artifacts-dir': path.join(dir, 'out'),
        ...quietly,
      },
      h.host,
    );
    expect(code).toBe(1);
    expect(results[0].result.verdict).toBe('fail');
    expect(h.outputs.verdict).toBe('fail');
    expect(Number(h.outputs['regression-count'])).toBeGreaterThan(0);
    expect(h.outputs['report-path']).toBe(path.join(dir, 'out', 'compare-report.json'));
    const report = JSON.parse(readFileSync(path.join(dir, 'out', 'compare-report.json'), 'utf8'));
    expect(report.status).toBe('fail');
    expect(report.regression_threshold).toBe(0);
    expect(existsSync(path.join(dir, 'out', 'gate-0-compare.json'))).toBe(true);
    expect(readFileSync(path.join(dir, 'out', 'SHA256SUMS'), 'utf8')).toMatch(/compare-report\.json/);
    expect(h.summary.join('\n')).toContain('Compare: No Regressions');
  });

  it('the root action runs the gates named in `gates`; an unknown name is bad input (exit 2)', async () => {
    const dir = tmp();
    const h = host(dir);
    const { code, results } = await runGates(
      'all',
      {
        gates: 'compare',
        'baseline-k6': path.join(FIX, 'k6/a-baseline/results.ndjson.gz'),
        'candidate-k6': path.join(FIX, 'k6/b-optimized/results.ndjson.gz'),
        'artifacts-dir': path.join(dir, 'out'),
        ...quietly,
      },
      h.host,
    );
    expect(results.map((r) => r.result.gate)).toEqual(['compare']);
    expect(code).toBe(0);
    expect(h.outputs.verdict).toBe('pass');
    expect(h.outputs['regression-count']).toBe('0');
    const bad = await runGates('all', { gates: 'optimization,nope', ...quietly }, host(dir).host);
    expect(bad.code).toBe(2);
  });

  it('baseline: history reads the store in history-dir; history: record appends; an empty store is insufficient-data', async () => {
    const dir = tmp();
    const store = path.join(dir, 'hist');
    const bench = (seed: number) => {
      const out = path.join(dir, `bench-${seed}.json`);
      execFileSync(process.execPath, ['scripts/perturb-benchmark.mjs', BENCH, out, '--seed', String(seed)], {
        stdio: 'pipe',
      });
      return out;
    };
    // an empty store: insufficient-data and the message, nothing recorded without history: record
    let h = host(dir);
    let r = await runGates(
      'compare',
      {
        baseline: 'history',
        'history-dir': store,
        'candidate-benchmark': bench(1),
        'artifacts-dir': path.join(dir, 'o0'),
        ...quietly,
      },
      h.host,
    );
    expect(r.code).toBe(1);
    expect(r.results[0].result.verdict).toBe('insufficient-data');
    expect(r.results[0].result.criteria[0].reason).toMatch(
      /hist: no history on main yet: merge this workflow/,
    );
    expect(existsSync(store)).toBe(false);
    // three recording runs (the first with an empty history) build a store of three entries
    for (const seed of [2, 3, 4]) {
      h = host(dir);
      r = await runGates(
        'compare',
        {
          history: 'record',
          'history-dir': store,
          'history-keep': '3',
          'candidate-benchmark': bench(seed),
          'artifacts-dir': path.join(dir, `o${seed}`),
          ...quietly,
        },
        h.host,
      );
      expect(r.results[0].result.notes.join('\n')).toMatch(/history: recorded .* as \d{6}-/);
    }
    expect(readdirSync(store)).toHaveLength(3);
    // a PR run against the store: same code, same statistics -> pass, the baseline is the history
    h = host(dir);
    r = await runGates(
      'compare',
      {
        baseline: 'history',
        'history-dir': store,
        'candidate-benchmark': bench(5),
        'artifacts-dir': path.join(dir, 'o5'),
        ...quietly,
      },
      h.host,
    );
    const res = r.results[0].result;
    expect(res.verdict, JSON.stringify(res.criteria)).toBe('pass');
    const report = JSON.parse(readFileSync(path.join(dir, 'o5', 'compare-report.json'), 'utf8'));
    expect(report.baseline).toEqual({ kind: 'history', source: store, entries: 3 });
    // the history entries read are in the evidence's inputs
    const gate = JSON.parse(readFileSync(path.join(dir, 'o5', 'gate-0-compare.json'), 'utf8'));
    expect(gate.inputs.filter((i: { path: string }) => i.path.includes('hist/'))).toHaveLength(3);
    // a 2x slower benchmark against the store is a regression
    const slow = path.join(dir, 'slow.json');
    execFileSync(
      process.execPath,
      [
        'scripts/perturb-benchmark.mjs',
        BENCH,
        slow,
        '--seed',
        '6',
        '--factor',
        '2',
        '--bench',
        'test_benchmarks.py::test_parse_orders',
      ],
      { stdio: 'pipe' },
    );
    r = await runGates(
      'compare',
      {
        baseline: 'history',
        'history-dir': store,
        'candidate-benchmark': slow,
        'artifacts-dir': path.join(dir, 'o6'),
        ...quietly,
      },
      host(dir).host,
    );
    expect(r.code).toBe(1);
    expect(
      r.results[0].result.criteria.filter((c) => c.name.startsWith('regression: ')).map((c) => c.name),
    ).toEqual([expect.stringMatching(/test_parse_orders/)]);
    // baseline: history without a store is bad input naming the input
    r = await runGates(
      'compare',
      { baseline: 'history', 'candidate-benchmark': slow, ...quietly },
      host(dir).host,
    );
    expect(r.code).toBe(2);
    expect(r.results[0].result.criteria[0].reason).toMatch(
      /history-dir: baseline: history needs the history store/,
    );
  });
});

describe('history charts', () => {
  it('at most 6 Mermaid charts, the rest listed; the values are Mermaid numbers; SVG is XML-escaped', async () => {
    const { renderHistoryChartsMarkdown, historyChartArtifacts } =
      await import('../src/report/history-charts.js');
    const series = Array.from({ length: 8 }, (_, i) => ({
      key: `k6 <key> ${i}:p95`,
      unit: 'ms',
      labels: ['aaaaaaa', 'bbbbbbb', 'PR'],
      values: [100, 110, 250 + i],
      caption: `caption ${i}`,
    }));
    const md = renderHistoryChartsMarkdown(series, (s) => s);
    expect(md.count).toBe(6);
    expect(md.markdown.match(/```mermaid\nxychart-beta/g)).toHaveLength(6);
    expect(md.markdown).toContain('line [100, 110, 250]');
    expect(md.markdown).toContain('bar [0, 0, 250]');
    expect(md.markdown).toMatch(
      /Also changed, not charted: <code>k6 <key> 6:p95<\/code>, <code>k6 <key> 7:p95<\/code>\./,
    );
    const files = historyChartArtifacts(series);
    expect(files).toHaveLength(8);
    expect(files[0].name).toBe('history-1-k6-key-0-p95.svg');
    expect(files[0].content).toContain('k6 &lt;key&gt; 0:p95');
    expect(files[0].content).not.toContain('<key>');
  });
});
