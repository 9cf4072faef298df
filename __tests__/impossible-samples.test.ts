// Impossible samples (issue 9): negative durations and non-finite values are counted per metric and
// reported with the file and the first line; above 0.1 % of a key's samples the key's comparison is
// `error` (compare exits 2, gate 3's verdict is error); below, a warning and the values are left out.
// Inputs: runs from scripts/gen-ndjson.mjs (the fixture server's baseline profile) with values
// rewritten here, and the real pytest-benchmark file with rounds rewritten.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Run } from '../src/model.js';
import { NdjsonAggregator } from '../src/parsers/k6-ndjson/aggregator.js';
import { finalizeNdjson, mergePartials, parseK6Ndjson } from '../src/parsers/k6-ndjson/index.js';
import { parsePytestBenchmark } from '../src/parsers/pytest-benchmark/index.js';
import { compareRuns } from '../src/stats/compare.js';
import { parseKey } from '../src/stats/keys.js';
import { main } from '../src/cli/main.js';
// @ts-expect-error: a plain .mjs script without types
import { generateProfileRun } from '../scripts/gen-ndjson.mjs';

const OPTS = { target: 0.15, tolerance: 0.05, confidence: 0.95 };
const P95 = parseKey('http_req_duration:p95');

/** A generated run with the first `k` http_req_duration values made negative (or `replacement`). */
function rewritten(
  requests: number,
  seed: number,
  k: number,
  replacement?: string,
): { text: string; lines: number[] } {
  const lines = (generateProfileRun('baseline', requests, seed) as string).split('\n');
  const hit: number[] = [];
  for (let i = 0; i < lines.length && hit.length < k; i++) {
    if (!lines[i].startsWith('{"metric":"http_req_duration","type":"Point"')) continue;
    lines[i] = lines[i].replace(/"value":([0-9.]+)/, (_, v) => `"value":${replacement ?? `-${v}`}`);
    hit.push(i + 1);
  }
  return { text: lines.join('\n'), lines: hit };
}
const runOf = (label: string, text: string): Run => ({
  label,
  files: [{ path: `${label}.ndjson`, sha256: '0'.repeat(64), bytes: text.length }],
  k6: parseK6Ndjson(text, { file: `${label}.ndjson` }),
});
const whole = (r: Run) =>
  r.k6!.series.find(
    (s) => s.summary.metric === 'http_req_duration' && Object.keys(s.summary.tags).length === 0,
  )!;

describe('impossible samples in k6 NDJSON', () => {
  it('one negative duration in 2,000 (0.05 %): a warning with file and line, the value left out', () => {
    const { text, lines } = rewritten(2000, 11, 1);
    const r = runOf('cand', text);
    const w = r.k6!.warnings.find((x) => /negative duration/.test(x.message))!;
    expect(w.file).toBe('cand.ndjson');
    expect(w.line).toBe(lines[0]);
    expect(w.message).toBe(
      `metric http_req_duration: 1 negative duration (impossible samples), the first on line ${lines[0]}: left out`,
    );
    const s = whole(r);
    expect(s.summary.count).toBe(1999);
    expect(s.summary.min!).toBeGreaterThan(0);
    expect(s.sorted![0]).toBeGreaterThan(0);
    expect(s.impossible).toMatchObject({ count: 1, total: 2000, what: 'negative durations', line: lines[0] });
    const row = compareRuns([runOf('base', generateProfileRun('baseline', 2000, 12))], [r], {
      ...OPTS,
      keys: [P95],
    })[0];
    expect(row.verdict).not.toBe('error');
    expect(row.verdict).toBe('no-change');
  });
  it('5 ms -> -5 ms above 0.1 %: the row is error naming the file and first line, never a "-200 % improvement"', () => {
    const { text, lines } = rewritten(801, 13, 40);
    const row = compareRuns([runOf('base', generateProfileRun('baseline', 801, 14))], [runOf('cand', text)], {
      ...OPTS,
      keys: [P95],
    })[0];
    expect(row.verdict).toBe('error');
    expect(row.reason).toContain(`impossible samples (negative durations) of 801`);
    expect(row.reason).toContain(`the first at cand.ndjson:${lines[0]}`);
    expect(row.ratio).toBeNull();
    expect(row.detectable_change).toBeNull();
    expect(row.detectable_reason).toMatch(/^error: /);
  });
  it('all samples negative: the key stays and is an error, not missing', () => {
    const { text } = rewritten(300, 15, 300);
    const row = compareRuns([runOf('base', generateProfileRun('baseline', 300, 16))], [runOf('cand', text)], {
      ...OPTS,
      keys: [P95],
    })[0];
    expect(row.verdict).toBe('error');
  });
  it('non-finite values (Python NaN) are counted too', () => {
    const { text, lines } = rewritten(801, 17, 3, 'NaN');
    const r = runOf('cand', text);
    const s = whole(r);
    expect(s.impossible).toMatchObject({ count: 3, what: 'non-finite values', line: lines[0] });
    const row = compareRuns([runOf('base', generateProfileRun('baseline', 801, 18))], [r], {
      ...OPTS,
      keys: [P95],
    })[0];
    expect(row.verdict).toBe('error'); // 3 of 804 > 0.1 %
  });
  it('a negative value of a metric that is not a duration is a value, not impossible', () => {
    const text = [
      '{"type":"Metric","data":{"name":"temp","type":"trend","contains":"default","thresholds":[],"submetrics":null},"metric":"temp"}',
      '{"metric":"temp","type":"Point","data":{"time":"2026-11-22T09:20:53Z","value":-3.5,"tags":{}}}',
      '{"metric":"temp","type":"Point","data":{"time":"2026-11-22T09:20:54Z","value":2,"tags":{}}}',
    ].join('\n');
    const ds = parseK6Ndjson(text, { file: 't.ndjson' });
    expect(ds.series[0].summary.min).toBe(-3.5);
    expect(ds.series[0].impossible).toBeUndefined();
  });
  it('split across parts (as the worker threads read it), the first line is the same', () => {
    const { text, lines } = rewritten(2000, 19, 2);
    const cut = text.indexOf('\n', Math.floor(text.length / 2)) + 1;
    const parts = [text.slice(0, cut), text.slice(cut)].map((chunk, seq) => {
      const agg = new NdjsonAggregator({ file: 'x.ndjson' });
      agg.pushSegment(Buffer.from(chunk), seq);
      return agg.snapshot();
    });
    const ds = finalizeNdjson(mergePartials(parts.reverse()), { file: 'x.ndjson' });
    const s = ds.series.find(
      (x) => x.summary.metric === 'http_req_duration' && Object.keys(x.summary.tags).length === 0,
    )!;
    expect(s.impossible).toMatchObject({ count: 2, line: lines[0] });
  });
});

describe('impossible benchmark rounds', () => {
  const FILE = path.join(import.meta.dirname, 'fixtures/pytest/benchmark/bench-baseline.json');
  const withRounds = (edit: (data: (number | null)[]) => void): string => {
    const doc = JSON.parse(readFileSync(FILE, 'utf8'));
    edit(doc.benchmarks[0].stats.data);
    return JSON.stringify(doc, null, 2);
  };
  it('a negative round among 2,037 (0.05 %): a warning with the line, the round left out', () => {
    const text = withRounds((d) => {
      d.push(...d, ...d); // 3 x 679 rounds
      d[5] = -d[5]!;
    });
    const ds = parsePytestBenchmark(text, 'bench.json');
    const b = ds.benchmarks[0];
    expect(b.data).toHaveLength(2036);
    const w = ds.warnings.find((x) => /impossible/.test(x.message))!;
    expect(w.message).toMatch(
      /1 of 2037 raw rounds are impossible \(negative durations\), the first on line \d+: left out/,
    );
    expect(text.split('\n')[w.line! - 1]).toMatch(/^\s*-\d/);
    const run: Run = { label: 'c', files: [], benchmarks: ds };
    const base: Run = {
      label: 'b',
      files: [],
      benchmarks: parsePytestBenchmark(readFileSync(FILE, 'utf8'), 'b.json'),
    };
    const row = compareRuns([base], [run], { ...OPTS, keys: [parseKey(`${b.fullname}:median`)] })[0];
    expect(row.verdict).not.toBe('error');
  });
  it('one negative round of 679 is 0.15 %: error', () => {
    const ds = parsePytestBenchmark(
      withRounds((d) => (d[5] = -d[5]!)),
      'bench.json',
    );
    const base: Run = {
      label: 'b',
      files: [],
      benchmarks: parsePytestBenchmark(readFileSync(FILE, 'utf8'), 'b.json'),
    };
    const row = compareRuns([base], [{ label: 'c', files: [], benchmarks: ds }], {
      ...OPTS,
      keys: [parseKey(`${ds.benchmarks[0].fullname}:median`)],
    })[0];
    expect(row.verdict).toBe('error');
  });
  it('negative and NaN rounds above 0.1 %: error', () => {
    const ds = parsePytestBenchmark(
      withRounds((d) => {
        d[1] = -1;
        d[2] = null;
      }),
      'bench.json',
    );
    expect(ds.benchmarks[0].impossible).toMatchObject({
      count: 2,
      what: 'negative durations and non-finite values',
    });
    const base: Run = {
      label: 'b',
      files: [],
      benchmarks: parsePytestBenchmark(readFileSync(FILE, 'utf8'), 'b.json'),
    };
    const row = compareRuns([base], [{ label: 'c', files: [], benchmarks: ds }], {
      ...OPTS,
      keys: [parseKey(`${ds.benchmarks[0].fullname}:median`)],
    })[0];
    expect(row.verdict).toBe('error');
    expect(row.reason).toMatch(/the first at bench\.json:\d+/);
  });
});

describe('perf-gates compare', () => {
  it('exits 2 on an error row', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-impossible-'));
    const b = path.join(dir, 'b.ndjson');
    const c = path.join(dir, 'c.ndjson');
    writeFileSync(b, generateProfileRun('baseline', 801, 20));
    writeFileSync(c, rewritten(801, 21, 40).text);
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const ewrite = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const code = await main([
        'compare',
        '--baseline',
        b,
        '--candidate',
        c,
        '--key',
        'http_req_duration:p95',
        '--json',
      ]);
      expect(code).toBe(2);
      const doc = JSON.parse(write.mock.calls.map((x) => String(x[0])).join(''));
      expect(doc.version).toBe(2);
      expect(doc.comparisons[0].verdict).toBe('error');
    } finally {
      write.mockRestore();
      ewrite.mockRestore();
    }
  });
});

describe('gate 3', () => {
  it("the target key with impossible samples makes the gate's verdict error", async () => {
    const { evaluateOptimization } = await import('../src/gates/optimization/evaluate.js');
    const { defaultConfig } = await import('../src/config/schema.js');
    const c = defaultConfig();
    c.optimization.require_plan_approval = false;
    c.optimization.target = { name: 'http_req_duration', stat: 'p95', direction: 'decrease' };
    const out = evaluateOptimization(
      {
        baseline: [runOf('base', generateProfileRun('baseline', 801, 22))],
        candidate: [runOf('cand', rewritten(801, 23, 40).text)],
      },
      c,
      { now: '2026-11-22T12:00:00.000Z', verifiedBy: { tool: 't', user: 'u', host: 'h' }, inputs: [] },
    );
    const crit = out.result.criteria.find((x) => x.name.startsWith('improvement on'))!;
    expect(crit.verdict).toBe('error');
    expect(crit.reason).toMatch(/impossible samples \(negative durations\).*cand\.ndjson:\d+/);
    expect(out.result.verdict).toBe('error');
  });
});
