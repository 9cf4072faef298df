import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, type K6Dataset, type MetricSummary } from '../src/model.js';
import { parseDocument } from '../src/parsers/index.js';
import {
  formatMetricKey,
  normalizeStat,
  parseK6Summary,
  parseMetricKey,
  sameMetricKey,
} from '../src/parsers/k6-summary/index.js';

const FIX = join(import.meta.dirname, 'fixtures');
const read = (p: string) => readFileSync(join(FIX, p), 'utf8');
const truth = JSON.parse(read('ground-truth.json')) as {
  k6: Record<
    string,
    {
      summary_export_shape: string;
      k6_reported: Record<string, unknown> & {
        submetrics: Record<string, Record<string, number>>;
        thresholds_failed_true?: Record<string, Record<string, boolean>>;
        checks?: { name: string; passes: number; fails: number }[];
      };
    }
  >;
};

function find(ds: K6Dataset, key: string): MetricSummary {
  const { metric, tags } = parseMetricKey(key);
  const hit = ds.series.find(
    (s) =>
      s.summary.metric === metric &&
      formatMetricKey(metric, s.summary.tags) === formatMetricKey(metric, tags),
  );
  if (!hit) throw new Error(`${key} not in ${ds.file}`);
  return hit.summary;
}

/** k6's figure names → MetricSummary fields */
const FIELD: Record<string, keyof MetricSummary> = {
  avg: 'avg',
  min: 'min',
  med: 'med',
  max: 'max',
  'p(90)': 'p90',
  'p(95)': 'p95',
  p90: 'p90',
  p95: 'p95',
  count: 'count',
  rate: 'rate',
  value: 'rate', // shape A rate metrics: `value` is the rate
  passes: 'passes',
  fails: 'fails',
  matches: 'passes',
  total: 'count',
};

function expectFigures(s: MetricSummary, figures: Record<string, number>) {
  for (const [k, v] of Object.entries(figures)) expect(s[FIELD[k]], `${s.metric} ${k}`).toBe(v);
}

const A_RUNS = ['k6/a-baseline', 'k6/b-optimized', 'k6/d-thresholds'];

describe('k6 summaries against k6’s own figures (ground-truth.json)', () => {
  for (const run of A_RUNS) {
    for (const file of ['summary-export.json', 'handle-summary.json']) {
      it(`${run}/${file}`, () => {
        const ds = parseK6Summary(read(`${run}/${file}`), `${run}/${file}`);
        expect(ds.format).toBe(file === 'summary-export.json' ? 'k6-summary-export' : 'k6-handle-summary');
        const rep = truth.k6[run].k6_reported;
        expectFigures(find(ds, 'http_req_duration'), rep.http_req_duration as Record<string, number>);
        expectFigures(find(ds, 'http_req_failed'), rep.http_req_failed as Record<string, number>);
        expectFigures(find(ds, 'http_reqs'), rep.http_reqs as Record<string, number>);
        for (const [key, figures] of Object.entries(rep.submetrics)) expectFigures(find(ds, key), figures);
        // dropped_iterations: null in k6's report = the metric is absent, not 0
        expect(ds.series.some((s) => s.summary.metric === 'dropped_iterations')).toBe(
          rep.dropped_iterations !== null,
        );
        // a summary has no raw samples
        expect(ds.series.every((s) => s.sorted === undefined)).toBe(true);
        // rate metrics: count = passes + fails, and passes are the NON-ZERO samples (failed requests)
        const failed = find(ds, 'http_req_failed');
        expect(failed.type).toBe('rate');
        expect(failed.count).toBe((failed.passes ?? NaN) + (failed.fails ?? NaN));
        // only fields of the type: a trend has no rate, a counter no percentiles
        expect(find(ds, 'http_req_duration').rate).toBeUndefined();
        expect(find(ds, 'http_req_duration').count).toBeUndefined(); // summaryTrendStats had no count
        expect(find(ds, 'http_reqs').p95).toBeUndefined();
        expect(find(ds, 'vus').type).toBe('gauge');
        expect(find(ds, 'http_req_duration').contains).toBe('time');
        expect(find(ds, 'data_received').contains).toBe('data');
        // duration: B from state.testRunDurationMs, A from count / rate of a counter
        const rateOfReqs = rep.http_reqs as { count: number; rate: number };
        expect(ds.durationSeconds).toBeCloseTo(rateOfReqs.count / rateOfReqs.rate, 6);
      });
    }
    it(`${run}: summary-export and handle-summary give the same numbers`, () => {
      const a = parseK6Summary(read(`${run}/summary-export.json`), 'a');
      const b = parseK6Summary(read(`${run}/handle-summary.json`), 'a');
      const strip = (ds: K6Dataset) =>
        ds.series
          .map((s) => ({ ...s.summary }))
          .sort((x, y) => formatMetricKey(x.metric, x.tags).localeCompare(formatMetricKey(y.metric, y.tags)));
      const sa = strip(a);
      const sb = strip(b);
      // shape A has no `contains`: known for k6's built-in metrics only
      sa.forEach((s, i) => {
        if (s.contains === undefined) delete sb[i].contains;
      });
      expect(sa.filter((s) => s.contains === undefined).map((s) => s.metric)).toEqual(
        run === 'k6/d-thresholds' ? ['server_reported_ms'] : [],
      );
      expect(sa).toEqual(sb);
      expect(a.checks).toEqual(b.checks);
      expect(a.durationSeconds).toBeCloseTo(b.durationSeconds ?? NaN, 6);
    });
  }

  it('d-thresholds: shape A `true` means FAILED: 3 failed, 8 passed, k6 spelling kept', () => {
    const file = 'k6/d-thresholds/summary-export.json';
    const ds = parseK6Summary(read(file), file);
    expect(ds.thresholds).toHaveLength(11);
    expect(ds.thresholds.filter((t) => t.ok === false)).toHaveLength(3);
    expect(ds.thresholds.filter((t) => t.ok === true)).toHaveLength(8);
    expect(ds.thresholds.every((t) => t.source === 'summary-export' && t.file === file)).toBe(true);
    const failedTrue = truth.k6['k6/d-thresholds'].k6_reported.thresholds_failed_true ?? {};
    let n = 0;
    for (const [metric, exprs] of Object.entries(failedTrue))
      for (const [expression, failed] of Object.entries(exprs)) {
        n++;
        const t = ds.thresholds.find((x) => x.metric === metric && x.expression === expression);
        expect(t, `${metric} ${expression}`).toBeDefined();
        expect(t?.ok).toBe(!failed);
      }
    expect(n).toBe(11);
    expect(ds.thresholds.find((t) => t.metric === 'http_req_duration{name:products}')).toMatchObject({
      expression: 'p(95)<40',
      ok: false,
    });
    expect(ds.checks).toEqual([
      { name: 'products 200', path: '::products 200', passes: 647, fails: 2 },
      { name: 'flaky 200', path: '::flaky 200', passes: 555, fails: 94 },
    ]);
  });

  it('d-thresholds: shape B {ok} verdicts agree with shape A', () => {
    const a = parseK6Summary(read('k6/d-thresholds/summary-export.json'), 'x');
    const b = parseK6Summary(read('k6/d-thresholds/handle-summary.json'), 'x');
    expect(b.thresholds.every((t) => t.source === 'handle-summary')).toBe(true);
    const key = (t: { metric: string; expression: string; ok: boolean | null }) =>
      `${t.metric} ${t.expression} ${t.ok}`;
    expect(b.thresholds.map(key).sort()).toEqual(a.thresholds.map(key).sort());
  });

  it('runs without thresholds have none, with no verdict invented', () => {
    for (const run of ['k6/a-baseline', 'k6/b-optimized']) {
      expect(parseK6Summary(read(`${run}/summary-export.json`), run).thresholds).toEqual([]);
      expect(Object.keys(truth.k6[run].k6_reported.thresholds_failed_true ?? {})).toEqual([]);
    }
  });

  for (const file of ['summary-export.json', 'handle-summary.json']) {
    it(`shape C (k6 v1.6.1 ${file}): k6's figures, no thresholds, said so`, () => {
      const path = `k6-v1.6.1/a-baseline-mrs/${file}`;
      const ds = parseDocument(read(path), path, 'k6-machine-summary') as K6Dataset;
      const rep = truth.k6['k6-v1.6.1/a-baseline-mrs'].k6_reported;
      expect(ds.format).toBe('k6-machine-summary');
      expectFigures(find(ds, 'http_req_duration'), rep.http_req_duration as Record<string, number>);
      expectFigures(find(ds, 'http_req_failed'), rep.http_req_failed as Record<string, number>);
      expectFigures(find(ds, 'http_reqs'), rep.http_reqs as Record<string, number>);
      for (const [key, figures] of Object.entries(rep.submetrics)) expectFigures(find(ds, key), figures);
      const failed = find(ds, 'http_req_failed');
      expect(failed.fails).toBe(801 - 2);
      expect(find(ds, 'http_reqs').rate).toBeUndefined(); // shape C counters carry count only
      expect(ds.thresholds).toEqual([]);
      expect(ds.thresholdsAbsent).toBe(true);
      expect(ds.warnings.map((w) => w.message).join('\n')).toContain('shape C carries no threshold verdicts');
      expect(ds.k6Version).toBe('1.6.1');
      expect(ds.generatedAt).toMatch(/^2026-11-22T/);
      expect(ds.durationSeconds).toBeCloseTo(20.041174673, 9);
      expect(ds.checks).toEqual(rep.checks?.map((c) => ({ name: c.name, passes: c.passes, fails: c.fails })));
      expect(find(ds, 'checks_succeeded').passes).toBe(1598);
    });
  }
});

describe('k6 summary edge cases', () => {
  it('accepts schema casing (generatedAt, k6Version, p(90)) in shape C and skips null stats', () => {
    const doc = {
      version: '1.0.0',
      config: { duration: 2.5, execution: 'local' },
      metadata: { generatedAt: '2026-01-01T00:00:00Z', k6Version: '2.2.0' },
      results: {
        metrics: [
          {
            name: 'd',
            type: 'trend',
            contains: 'time',
            values: { avg: 2, 'p(90)': 3, p95: null, 'p(99.9)': 9 },
          },
          { name: 'c{"scenario":"api"}', type: 'counter', contains: 'default', values: { count: 4 } },
        ],
      },
    };
    const ds = parseK6Summary(JSON.stringify(doc), 'c.json');
    expect(ds.format).toBe('k6-machine-summary');
    expect(ds.k6Version).toBe('2.2.0');
    expect(ds.generatedAt).toBe('2026-01-01T00:00:00Z');
    const d = find(ds, 'd');
    expect(d.p90).toBe(3);
    expect('p95' in d).toBe(false);
    expect(d.percentiles).toEqual({ 'p99.9': 9 });
    expect(find(ds, 'c{scenario:api}').count).toBe(4);
  });

  it('keeps extra percentiles and maps p(99)/p(50) (shape A with custom summaryTrendStats)', () => {
    const doc = { metrics: { t: { avg: 1, 'p(99)': 5, 'p(99.9)': 7, 'p(50)': 2, count: 10 } } };
    const s = find(parseK6Summary(JSON.stringify(doc), 'a.json'), 't');
    expect(s).toMatchObject({
      type: 'trend',
      avg: 1,
      p99: 5,
      med: 2,
      count: 10,
      percentiles: { 'p99.9': 7, p50: 2 },
    });
  });

  it('infers shape A types from keys', () => {
    const doc = {
      metrics: {
        r: { value: 0.5, passes: 1, fails: 1 },
        g: { value: 3, min: 1, max: 4 },
        c: { count: 3, rate: 1.5 },
        t: { avg: 1, min: 0, max: 2 },
      },
    };
    const ds = parseK6Summary(JSON.stringify(doc), 'a.json');
    expect(ds.series.map((s) => [s.summary.metric, s.summary.type])).toEqual([
      ['r', 'rate'],
      ['g', 'gauge'],
      ['c', 'counter'],
      ['t', 'trend'],
    ]);
    expect(find(ds, 'r').rate).toBe(0.5);
    expect(find(ds, 'g').value).toBe(3);
    expect(ds.durationSeconds).toBe(2);
  });

  it('submetric keys: tags parsed, quoted forms accepted, threshold key spelled as k6 wrote it', () => {
    expect(parseMetricKey('http_req_duration{name:products,status:200}')).toEqual({
      metric: 'http_req_duration',
      tags: { name: 'products', status: '200' },
    });
    expect(parseMetricKey(`m{"name": "a b", 'x':'y'}`)).toEqual({
      metric: 'm',
      tags: { name: 'a b', x: 'y' },
    });
    expect(parseMetricKey('m{url:http://h:80/p}')).toEqual({ metric: 'm', tags: { url: 'http://h:80/p' } });
    expect(formatMetricKey('m', { b: '2', a: '1' })).toBe('m{a:1,b:2}');
    expect(sameMetricKey('m{b:2,a:1}', 'm{ a: "1", b: 2 }')).toBe(true);
    expect(sameMetricKey('m{a:1}', 'm{a:2}')).toBe(false);
    expect(() => parseMetricKey('m{name:x')).toThrow(/must end with/);
    expect(() => parseMetricKey('m{namex}')).toThrow(/tag:value/);
    expect(normalizeStat('p(95)')).toBe('p95');
    expect(normalizeStat('P(99.90)')).toBe('p99.9');
    expect(normalizeStat('p(101)')).toBeUndefined();
  });

  it('a thresholds value that is not a boolean in shape A is an InputError with its line', () => {
    const text =
      '{\n  "metrics": {\n    "m": {\n      "count": 1, "rate": 1,\n      "thresholds": { "count>0": {"ok": true} }\n    }\n  }\n}';
    const err = (() => {
      try {
        parseK6Summary(text, 'bad.json', 'k6-summary-export');
      } catch (e) {
        return e;
      }
    })() as InputError;
    expect(err).toBeInstanceOf(InputError);
    expect(err.line).toBe(5);
    expect(err.message).toContain('metrics.m.thresholds["count>0"]');
  });

  it('a malformed submetric key is an InputError naming the file and line', () => {
    const text = '{\n  "metrics": {\n    "m{name:x": { "count": 1, "rate": 1 }\n  }\n}';
    expect(() => parseK6Summary(text, 'bad.json')).toThrow(/bad\.json:3:\d+: bad metric key/);
  });

  it('truncated summary JSON: InputError with line and column', () => {
    const text = read('k6/d-thresholds/summary-export.json').slice(0, 700);
    try {
      parseK6Summary(text, 'cut.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const err = e as InputError;
      expect(err.file).toBe('cut.json');
      const lines = text.split('\n');
      expect(err.line).toBe(lines.length);
      expect(err.column).toBe(lines[lines.length - 1].length + 1);
      expect(err.message).toMatch(/ends early/);
    }
  });

  it('a JSON document that is no k6 summary is refused', () => {
    expect(() => parseK6Summary('{"foo": 1}', 'x.json')).toThrow(InputError);
  });
});
