// The committed CLI bundle, run as users run it: outputs, exit codes, and bad input without stack traces.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, cpSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const FX = path.join(ROOT, '__tests__', 'fixtures');
const truth = JSON.parse(readFileSync(path.join(FX, 'ground-truth.json'), 'utf8'));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function json(...args: string[]) {
  const r = cli(...args);
  return { ...r, doc: JSON.parse(r.out) };
}

const noStack = (s: string) => expect(s).not.toMatch(/^\s+at .+\(.*\)$/m);
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'perf-gates-cli-'));

interface MetricRow {
  file: number;
  metric: string;
  tags: Record<string, string>;
  p95?: number;
  count?: number;
  rate?: number;
}

describe('a reader that stops early (| head)', () => {
  it('exit 141 as after SIGPIPE, and no stack trace', () => {
    // 24 runs (copies under other names): about 280 KB of --json output, far more than a pipe
    // holds, so the bin is still writing when `head` has gone
    const d = tmp();
    const files = Array.from({ length: 24 }, (_, i) => {
      const f = path.join(d, `run-${i}.ndjson.gz`);
      cpSync(path.join(FX, 'k6/a-baseline/results.ndjson.gz'), f);
      return f;
    });
    const r = spawnSync(
      'bash',
      [
        '-c',
        'set -o pipefail; "$0" "$@" 2>"$ERR" | head -c 10 >/dev/null',
        process.execPath,
        CLI,
        'summarize',
        '--json',
        ...files,
      ],
      { encoding: 'utf8', env: { ...process.env, ERR: path.join(d, 'stderr.txt') } },
    );
    expect(r.status).toBe(141);
    const err = readFileSync(path.join(d, 'stderr.txt'), 'utf8');
    expect(err).not.toMatch(/EPIPE|Error/);
    noStack(err);
  });
});

describe('summarize', () => {
  it('gives k6’s own figures, the same for plain and gzip NDJSON', () => {
    const d = tmp();
    const gz = path.join(FX, 'k6/a-baseline/results.ndjson.gz');
    const plain = path.join(d, 'results.ndjson');
    writeFileSync(plain, gunzipSync(readFileSync(gz)));
    const a = json('summarize', gz, '--json');
    const b = json('summarize', plain, '--json');
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(b.doc.metrics).toEqual(a.doc.metrics);
    const whole = a.doc.metrics.find(
      (m: MetricRow) => m.metric === 'http_req_duration' && Object.keys(m.tags).length === 0,
    );
    const k6 = truth.k6['k6/a-baseline'].k6_reported.http_req_duration;
    expect(whole.p95).toBeCloseTo(k6['p(95)'], 9);
    expect(whole.count).toBe(801);
    const failed = a.doc.metrics.find(
      (m: MetricRow) => m.metric === 'http_req_failed' && Object.keys(m.tags).length === 0,
    );
    expect(failed.rate).toBe(2 / 801);
    expect(a.doc.files[0]).toMatchObject({ format: 'k6-ndjson', warnings: [] });
    expect(a.doc.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads shape A thresholds with true meaning FAILED', () => {
    const r = json('summarize', path.join(FX, 'k6/d-thresholds/summary-export.json'), '--json');
    expect(r.code).toBe(0);
    const failed = r.doc.thresholds
      .filter((t: { ok: boolean }) => t.ok === false)
      .map((t: { metric: string; expression: string }) => `${t.metric} ${t.expression}`);
    expect(failed.sort()).toEqual([
      'http_req_duration{name:products} p(95)<40',
      'http_req_failed{name:flaky} rate<0.01',
      'server_reported_ms p(95)<30',
    ]);
  });

  it('exit 1 for no data, 2 for bad input, with the file and line and no stack trace', () => {
    const d = tmp();
    writeFileSync(path.join(d, 'empty.ndjson'), '');
    const empty = cli('summarize', path.join(d, 'empty.ndjson'));
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/no data/);

    const cut = readFileSync(path.join(FX, 'k6/a-baseline/summary-export.json'), 'utf8').slice(0, 900);
    writeFileSync(path.join(d, 'summary.json'), cut);
    const bad = cli('summarize', path.join(d, 'summary.json'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/summary\.json:\d+:\d+/);
    noStack(bad.err);

    writeFileSync(path.join(d, 'other.json'), '{"hello": "world"}');
    const unknown = cli('summarize', path.join(d, 'other.json'));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown format/);
    noStack(unknown.err);

    const missing = cli('summarize', path.join(d, 'nope.ndjson'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.ndjson: file not found/);
  });

  it('a threshold on a metric without samples is no data (exit 1), never a pass', () => {
    const d = tmp();
    const lines = [
      {
        type: 'Metric',
        data: { name: 'x', type: 'trend', contains: 'time', thresholds: ['p(95)<10'], submetrics: null },
        metric: 'x',
      },
      {
        type: 'Metric',
        data: { name: 'y', type: 'trend', contains: 'time', thresholds: [], submetrics: null },
        metric: 'y',
      },
      { metric: 'y', type: 'Point', data: { time: '2026-11-22T10:00:00Z', value: 1, tags: {} } },
    ];
    writeFileSync(path.join(d, 't.ndjson'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const r = cli('summarize', path.join(d, 't.ndjson'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/x\s+p\(95\)<10\s+NO DATA \(no samples\)/);
    expect(r.err).toMatch(/no data for threshold x p\(95\)<10/);
  });

  it('never prints control characters from input files to the terminal', () => {
    const d = tmp();
    const line = (v: number) =>
      JSON.stringify({
        metric: 'http_req_duration',
        type: 'Point',
        data: { time: '2026-11-22T10:00:00Z', value: v, tags: { name: '\u001b[31mred\u001b[0m' } },
      });
    writeFileSync(path.join(d, 'x.ndjson'), [line(1), line(2)].join('\n') + '\n');
    const r = cli('summarize', path.join(d, 'x.ndjson'));
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('\u001b');
    expect(r.out).toContain('\\u001b[31mred');
  });
});

describe('compare and calibrate', () => {
  it('shows the ~29% p95 improvement with its bounds; exit 0 without regressions', () => {
    const r = json(
      'compare',
      '--baseline',
      path.join(FX, 'k6/a-baseline/results.ndjson.gz'),
      '--candidate',
      path.join(FX, 'k6/b-optimized/results.ndjson.gz'),
      '--key',
      'http_req_duration{name:products}:p95',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(r.doc.version).toBe(2);
    const [row] = r.doc.comparisons;
    expect(row.key).toBe('http_req_duration{name:products}:p95');
    expect(row.ratio).toBeGreaterThan(0.69);
    expect(row.ratio).toBeLessThan(0.73);
    expect(row.lower).toBeLessThan(row.ratio);
    expect(row.upper).toBeGreaterThan(row.ratio);
    expect(row.verdict).toBe('improvement');
    expect(row.calibrated).toBe(false);
    expect(row.detectable_change).toBeGreaterThan(5);
    expect(row.notes.join(' ')).toMatch(/blind to regressions below \d+%/);
    expect(row.sources.baseline[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('exit 1 when the named key is a regression (runs swapped)', () => {
    const r = cli(
      'compare',
      '--baseline',
      path.join(FX, 'k6/b-optimized/results.ndjson.gz'),
      '--candidate',
      path.join(FX, 'k6/a-baseline/results.ndjson.gz'),
      '--key',
      'http_req_duration:p50',
    );
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/regression/);
  });

  it('calibrate writes a noise file that makes a single-run comparison calibrated', () => {
    const d = tmp();
    const noise = path.join(d, 'noise.json');
    // The two benchmark files are two runs; as A/A runs this overstates the noise of the controls, which is fine here.
    const c = cli(
      'calibrate',
      path.join(FX, 'pytest/benchmark/bench-baseline.json'),
      path.join(FX, 'pytest/benchmark/bench-optimized.json'),
      '--out',
      noise,
    );
    expect(c.code).toBe(0);
    const doc = JSON.parse(readFileSync(noise, 'utf8'));
    expect(doc.version).toBe(2);
    expect(Object.keys(doc.keys).length).toBeGreaterThan(0);
    for (const e of Object.values(doc.keys) as { between_var_log: number; df: number; runs: number }[]) {
      expect(e.between_var_log).toBeGreaterThanOrEqual(0);
      expect(e.df).toBe(e.runs - 1);
    }
    const r = json(
      'compare',
      '--baseline',
      path.join(FX, 'pytest/benchmark/bench-baseline.json'),
      '--candidate',
      path.join(FX, 'pytest/benchmark/bench-optimized.json'),
      '--noise',
      noise,
      '--json',
    );
    expect(r.doc.comparisons.length).toBeGreaterThan(0);
    expect(r.doc.comparisons.every((x: { calibrated: boolean }) => x.calibrated)).toBe(true);
  });

  it('a noise file of the old version is refused: recalibrate with this version (exit 2)', () => {
    const d = tmp();
    const old = path.join(d, 'noise-v1.json');
    writeFileSync(
      old,
      JSON.stringify({
        version: 1,
        generated_at: 'x',
        runs: 2,
        keys: { 'a:p95': { sd_log: 0.04, df: 1, runs: 2 } },
      }),
    );
    const r = cli(
      'compare',
      '--baseline',
      path.join(FX, 'k6/a-baseline/results.ndjson.gz'),
      '--candidate',
      path.join(FX, 'k6/b-optimized/results.ndjson.gz'),
      '--noise',
      old,
    );
    expect(r.code).toBe(2);
    expect(r.out + r.err).toMatch(
      /noise-v1\.json:1:\d+: noise file version 1: .*recalibrate with this version/,
    );
  });
});

describe('gate and verify', () => {
  it('gate runs the action’s code locally; verify finds a flipped byte', () => {
    const d = tmp();
    const out = path.join(d, 'evidence');
    const g = cli(
      'gate',
      'baseline',
      '--baseline-k6',
      path.join(FX, 'k6/a-baseline/*'),
      '--baseline-csv',
      path.join(FX, 'protocol/baseline-metrics.csv'),
      '--hypotheses',
      path.join(FX, 'protocol/hypothesis-log.md'),
      '--artifacts-dir',
      out,
    );
    expect(g.code).toBe(0);
    expect(g.out).toMatch(/Gate 1/);
    expect(cli('verify', out).code).toBe(0);
    const copy = path.join(d, 'tampered');
    cpSync(out, copy, { recursive: true });
    const f = path.join(copy, 'baseline-metrics.csv');
    const buf = readFileSync(f);
    buf[10] ^= 1;
    writeFileSync(f, buf);
    const v = cli('verify', copy);
    expect(v.code).toBe(1);
    expect(v.out).toMatch(/ALTERED\s+baseline-metrics\.csv/);
    expect(cli('verify', path.join(d, 'nothing-here')).code).toBe(2);
  });

  it('gate compare: the plan-free gate locally; a regressed build fails it, a rerun passes', () => {
    const d = tmp();
    const run = (candidate: string) =>
      cli(
        'gate',
        'compare',
        '--baseline-k6',
        path.join(FX, 'k6/a-baseline/results.ndjson.gz'),
        '--candidate-k6',
        path.join(FX, `k6/${candidate}/results.ndjson.gz`),
        '--artifacts-dir',
        path.join(d, candidate),
      );
    const bad = run('gen-regressed');
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/perf-gates: 8 regressions/);
    const report = JSON.parse(readFileSync(path.join(d, 'gen-regressed', 'compare-report.json'), 'utf8'));
    const regressed = (report.comparisons as { key: string; verdict: string }[])
      .filter((r) => r.verdict === 'regression')
      .map((r) => r.key);
    expect([report.status, report.regression_count]).toEqual(['fail', 8]);
    expect(regressed).toEqual(expect.arrayContaining(['http_req_duration:p95', 'http_req_failed:rate']));
    const rerun = run('gen-baseline-rerun');
    expect(rerun.code).toBe(0);
    expect(
      JSON.parse(readFileSync(path.join(d, 'gen-baseline-rerun', 'compare-report.json'), 'utf8')).status,
    ).toBe('pass');
    expect(cli('verify', path.join(d, 'gen-regressed')).code).toBe(0);
  });

  it('usage errors exit 2', () => {
    expect(cli('gate', 'nonsense').code).toBe(2);
    expect(cli('gate').err).toMatch(/one of baseline, diagnostics, optimization, governance, compare, all/);
    expect(cli('frobnicate').code).toBe(2);
    expect(cli('gate', 'baseline', '--no-such-input', 'x').code).toBe(2);
  });
});
