import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, type TestDataset } from '../src/model.js';
import { junitNodeid, parseJunit } from '../src/parsers/junit/index.js';
import { parsePytestBenchmark } from '../src/parsers/pytest-benchmark/index.js';
import { markersFromKeywords, parsePytestJson } from '../src/parsers/pytest-json/index.js';

const FIX = join(import.meta.dirname, 'fixtures');
const read = (p: string) => readFileSync(join(FIX, p), 'utf8');
type Truth = {
  pytest: {
    json_report: Record<
      string,
      {
        exitcode: number;
        summary: Record<string, number>;
        tests: Record<string, { outcome: string; metadata: Record<string, unknown> | null }>;
      }
    >;
    junit: Record<string, { tests: string; failures: string; errors: string; skipped: string }>;
    benchmark: Record<
      string,
      { commit: string; has_raw_data: boolean; benchmarks: Record<string, Record<string, number>> }
    >;
  };
};
const truth = JSON.parse(read('ground-truth.json')) as Truth;

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('pytest-json-report', () => {
  for (const [path, want] of Object.entries(truth.pytest.json_report)) {
    it(`${path} matches ground truth`, () => {
      const ds = parsePytestJson(read(path), path);
      expect(ds.format).toBe('pytest-json-report');
      expect(ds.exitcode).toBe(want.exitcode);
      expect(ds.summary).toEqual(want.summary);
      expect(ds.created).toMatch(/^2026-11-22T/);
      // deselected tests are absent, none invented
      expect(ds.tests.map((t) => t.nodeid).sort()).toEqual(Object.keys(want.tests).sort());
      for (const t of ds.tests) {
        expect(t.outcome).toBe(want.tests[t.nodeid].outcome);
        expect(t.metadata).toEqual(want.tests[t.nodeid].metadata ?? {});
        expect(t.file).toBe(path);
        expect(t.markers).toContain('performance');
        expect(t.markers).not.toContain('pytestmark');
        expect(t.duration).toBeGreaterThan(0);
      }
    });
  }

  it('markers, durations and messages of the baseline report', () => {
    const path = 'pytest/json-report/performance-baseline.json';
    const ds = parsePytestJson(read(path), path);
    const by = (id: string) => ds.tests.find((t) => t.nodeid === `test_performance.py::${id}`)!;
    expect(by('test_get_order_latency_p95').markers).toEqual(['performance']);
    expect(by('test_invoice_batch_time[10]').markers).toEqual(['parametrize', 'performance']);
    expect(by('test_gpu_recommendation_latency').markers).toEqual(['skipif', 'performance']);
    expect(by('test_cold_start_under_budget').markers).toEqual(['xfail', 'performance']);
    // duration = setup + call + teardown
    expect(by('test_get_order_latency_p95').duration).toBeCloseTo(
      0.00046368699986487627 + 0.6298246379999455 + 0.0002223890001005202,
      15,
    );
    // nested metadata kept as is
    expect(by('test_create_order_latency_p95').metadata).toMatchObject({ stats: { p95: 20.508, n: 40 } });
    expect(by('test_bulk_import_latency').message).toBe(
      'AssertionError: bulk import p95 42.9 ms exceeds 25 ms budget\nassert 42.893397199964056 < 25',
    );
    expect(by('test_gpu_recommendation_latency').message).toBe('Skipped: needs a GPU runner');
    expect(by('test_order_throughput').message).toBeUndefined();
  });

  it('marker rule drops node names, rootdir, param ids and function attributes', () => {
    expect(
      markersFromKeywords(
        [
          'test_x[1-a]',
          'TestApi',
          'slow',
          'parametrize',
          'pytestmark',
          '1-a',
          'test_api.py',
          'perf',
          'tests',
          'app',
          '',
          '__wrapped__',
          'performance',
        ],
        'tests/perf/test_api.py::TestApi::test_x[1-a]',
        '/home/runner/work/app/app',
      ),
    ).toEqual(['slow', 'parametrize', 'performance']);
  });

  it('a --json-report-summary file (no tests[]) reads as no tests, with a warning', () => {
    const text = JSON.stringify({
      created: 1,
      duration: 1,
      exitcode: 0,
      root: '/r',
      environment: {},
      summary: { passed: 2, total: 2, collected: 2 },
    });
    const ds = parsePytestJson(text, 'sum.json');
    expect(ds.tests).toEqual([]);
    expect(ds.summary).toEqual({ passed: 2, total: 2, collected: 2 });
    expect(ds.warnings[0].message).toMatch(/--json-report-summary/);
  });

  it('a test without nodeid is an InputError at its line', () => {
    const text = '{\n "exitcode": 0,\n "summary": {},\n "tests": [\n  {"outcome": "passed"}\n ]\n}';
    const err = thrown(() => parsePytestJson(text, 'r.json'));
    expect(err.message).toContain('tests[0].nodeid');
    expect(err.line).toBe(5);
  });
});

describe('JUnit XML', () => {
  const path = 'pytest/junit/performance-baseline.xml';
  it('matches ground truth counts and pytest-json-report nodeids/outcomes', () => {
    const ds = parseJunit(read(path), path);
    const want = truth.pytest.junit[path];
    expect(ds.summary).toEqual({
      tests: Number(want.tests),
      failures: Number(want.failures),
      errors: Number(want.errors),
      skipped: Number(want.skipped),
    });
    expect(ds.tests).toHaveLength(Number(want.tests));
    expect(ds.tests.filter((t) => t.outcome === 'failed')).toHaveLength(Number(want.failures));
    expect(ds.tests.filter((t) => t.outcome === 'error')).toHaveLength(Number(want.errors));
    expect(ds.tests.filter((t) => t.outcome === 'skipped' || t.outcome === 'xfailed')).toHaveLength(
      Number(want.skipped),
    );
    // same tests and outcomes as the json report of the same run (xfail is <skipped type="pytest.xfail">)
    const json = truth.pytest.json_report['pytest/json-report/performance-baseline.json'].tests;
    for (const t of ds.tests) expect(t.outcome, t.nodeid).toBe(json[t.nodeid].outcome);
  });

  it('messages decoded, properties as metadata, time as duration', () => {
    const ds: TestDataset = parseJunit(read(path), path);
    const by = (n: string) => ds.tests.find((t) => t.nodeid === `test_performance.py::${n}`)!;
    expect(by('test_bulk_import_latency').message).toBe(
      'AssertionError: bulk import p95 42.9 ms exceeds 25 ms budget\nassert 42.893397199964056 < 25',
    );
    expect(by('test_bulk_import_latency').metadata).toEqual({ latency_ms: 42.893 });
    expect(by('test_order_throughput').metadata).toEqual({ throughput_rps: 98.47 });
    expect(by('test_get_order_latency_p95').duration).toBe(0.631);
    expect(by('test_gpu_recommendation_latency').message).toBe('needs a GPU runner');
  });

  it('builds nodeids from classname', () => {
    expect(junitNodeid('test_mod', 'test_a')).toBe('test_mod.py::test_a');
    expect(junitNodeid('test_mod.TestX', 'test_a[1]')).toBe('test_mod.py::TestX::test_a[1]');
    expect(junitNodeid('tests.unit.test_mod.TestX.TestY', 'test_a')).toBe(
      'tests/unit/test_mod.py::TestX::TestY::test_a',
    );
    expect(junitNodeid('mod_test', 'test_a')).toBe('mod_test.py::test_a');
    expect(junitNodeid('com.example.Suite', 'case')).toBe('com.example.Suite::case');
    expect(junitNodeid(undefined, 'case')).toBe('case');
  });

  it('refuses DOCTYPE/entities and reports malformed XML with line and column', () => {
    const xxe =
      '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<testsuite><testcase name="a">&e;</testcase></testsuite>';
    const e1 = thrown(() => parseJunit(xxe, 'x.xml'));
    expect(e1.line).toBe(2);
    expect(e1.message).toMatch(/DOCTYPE/);
    const bad = '<testsuites>\n<testsuite name="s">\n<testcase name="a">\n</testsuite>\n</testsuites>';
    const e2 = thrown(() => parseJunit(bad, 'b.xml'));
    expect(e2.file).toBe('b.xml');
    expect(e2.line).toBeGreaterThanOrEqual(3);
    expect(thrown(() => parseJunit('<root/>', 'r.xml')).message).toMatch(/without <testsuite>/);
  });

  it('counts from testcases when the suite has no counts; &amp;#10; stays literal', () => {
    const xml =
      '<testsuite><testcase classname="test_m" name="a" time="1.5"/><testcase classname="test_m" name="b"><error message="x &amp;#10; y"/></testcase></testsuite>';
    const ds = parseJunit(xml, 'm.xml');
    expect(ds.summary).toEqual({ tests: 2, failures: 0, errors: 1, skipped: 0 });
    expect(ds.tests[1]).toMatchObject({
      nodeid: 'test_m.py::b',
      outcome: 'error',
      message: 'x &#10; y',
      duration: 0,
    });
    expect(ds.warnings.some((w) => /without a time/.test(w.message))).toBe(true);
  });
});

describe('pytest-benchmark', () => {
  for (const [path, want] of Object.entries(truth.pytest.benchmark)) {
    it(`${path} stats equal ground truth to 1e-9`, () => {
      const ds = parsePytestBenchmark(read(path), path);
      expect(ds.format).toBe('pytest-benchmark');
      expect(ds.commit?.id).toBe(want.commit);
      expect(ds.commit?.branch).toBe('main');
      expect(ds.commit?.dirty).toBe(false);
      expect(ds.datetime).toMatch(/^2026-11-22T/);
      expect((ds.machine?.cpu as { count: number }).count).toBe(2);
      expect(ds.benchmarks.map((b) => b.fullname).sort()).toEqual(Object.keys(want.benchmarks).sort());
      for (const b of ds.benchmarks) {
        const w = want.benchmarks[b.fullname];
        for (const k of ['iqr', 'max', 'mean', 'median', 'min', 'ops', 'stddev'] as const)
          expect(Math.abs(b[k] - w[k]), `${b.fullname} ${k}`).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(w[k])),
          );
        expect(b.rounds).toBe(w.rounds);
        expect(b.unit).toBe('s');
        expect(b.data).toHaveLength(w.rounds); // raw rounds kept
        expect(b.file).toBe(path);
        const sorted = [...(b.data ?? [])].sort((x, y) => x - y);
        expect(sorted[0]).toBe(b.min);
        expect(sorted[sorted.length - 1]).toBe(b.max);
      }
      const sc = ds.benchmarks.find((b) => b.fullname === 'test_benchmarks.py::test_sorted_scaling[1000]')!;
      expect(sc.params).toEqual({ n: 1000 });
      expect(sc.group).toBe('sorting');
      expect(ds.benchmarks.find((b) => b.name === 'test_invoice_totals')?.extra_info).toEqual({
        orders: 500,
      });
    });
  }

  it('a benchmark without stats.median is an InputError with the JSON path', () => {
    const text = JSON.stringify(
      { machine_info: {}, commit_info: {}, benchmarks: [{ name: 'a', fullname: 'x::a', stats: { min: 1 } }] },
      null,
      1,
    );
    const err = thrown(() => parsePytestBenchmark(text, 'b.json'));
    expect(err.message).toMatch(/benchmarks\[0\]\.stats\.(max|mean|median|stddev|iqr|ops|rounds)/);
    expect(err.line).toBeGreaterThan(1);
  });
});

describe('Python json literals', () => {
  it('reads NaN and Infinity written by Python as null, with a warning', async () => {
    const { readFileSync } = await import('node:fs');
    const { parsePytestJson } = await import('../src/parsers/pytest-json/index.js');
    const text = readFileSync(
      new URL('./fixtures/pytest/json-report/performance-baseline.json', import.meta.url),
      'utf8',
    );
    const hostile = text
      .replace(/"latency_ms": [0-9.]+/, '"latency_ms": NaN')
      .replace(/"duration_ms": [0-9.]+/, '"duration_ms": -Infinity');
    expect(hostile).toContain('NaN');
    const ds = parsePytestJson(hostile, 'report.json');
    const withNull = ds.tests.find((t) => 'latency_ms' in t.metadata);
    expect(withNull?.metadata.latency_ms).toBeNull();
    expect(ds.warnings.map((w) => w.message).join('\n')).toMatch(/NaN\/Infinity value\(s\).*read as null/);
    // a string that merely says NaN is valid JSON and left alone
    const quoted = parsePytestJson(
      text.replace(/"latency_ms": [0-9.]+/, '"latency_ms": "NaN Infinity"'),
      'r.json',
    );
    expect(quoted.tests.find((t) => 'latency_ms' in t.metadata)?.metadata.latency_ms).toBe('NaN Infinity');
    expect(quoted.warnings.some((w) => /NaN/.test(w.message))).toBe(false);
  });
});
