// The k6 NDJSON reader over the real k6 runs in fixtures/: equal to k6's own end-of-test figures,
// independent of how the bytes arrive (gzip or plain, chunk sizes, shards, threads), and honest
// about bad input.
import { gunzipSync, gzipSync, constants as zc } from 'node:zlib';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, type K6Dataset, type MetricSummary } from '../src/model.js';
import {
  NdjsonAggregator,
  finalizeNdjson,
  mergePartials,
  parseK6Ndjson,
  type NdjsonOptions,
} from '../src/parsers/k6-ndjson/index.js';
import { readK6NdjsonRun } from '../src/run/k6-read.js';

const FIX = path.join(__dirname, 'fixtures');
const RUNS = ['k6/a-baseline', 'k6/b-optimized', 'k6/d-thresholds', 'k6-v1.6.1/a-baseline-mrs'];
const gt = JSON.parse(readFileSync(path.join(FIX, 'ground-truth.json'), 'utf8')).k6 as Record<
  string,
  GroundTruth
>;
const tmp = mkdtempSync(path.join(tmpdir(), 'k6-ndjson-test-'));

interface GroundTruth {
  k6_reported: {
    http_req_duration: Record<string, number>;
    http_req_failed: { value?: number; rate?: number; passes?: number; matches?: number };
    http_reqs: { count: number };
    submetrics?: Record<string, Record<string, number>>;
  };
  recomputed_from_ndjson: {
    by_tag: Record<string, Record<string, number>>;
    checks: { nonzero: number; total: number };
    lines: number;
    iterations: { sum: number };
  };
}

const gzPath = (run: string) => path.join(FIX, run, 'results.ndjson.gz');
const plainOf = (run: string) => gunzipSync(readFileSync(gzPath(run)));

function feed(buf: Buffer, opts: NdjsonOptions, size: number) {
  const agg = new NdjsonAggregator(opts);
  for (let i = 0; i < buf.length; i += size) agg.push(buf.subarray(i, Math.min(buf.length, i + size)));
  agg.end();
  return agg.snapshot();
}

function find(ds: K6Dataset, metric: string, tags: Record<string, string> = {}): MetricSummary | undefined {
  return ds.series.find(
    (s) => s.summary.metric === metric && JSON.stringify(s.summary.tags) === JSON.stringify(tags),
  )?.summary;
}

const summaries = (ds: K6Dataset) => ds.series.map((s) => s.summary);
const rel = (a: number | undefined, b: number, r = 1e-9, abs = 0) =>
  a !== undefined && Math.abs(a - b) <= Math.max(abs, r * Math.max(Math.abs(a), Math.abs(b)));
/** parse "metric{k:v}" */
function key(k: string): [string, Record<string, string>] {
  const m = /^([^{]+)(?:\{([^:]+):(.*)\})?$/.exec(k)!;
  return [m[1], m[2] === undefined ? {} : { [m[2]]: m[3] }];
}

describe.each(RUNS)('real k6 run %s', (run) => {
  const g = gt[run];
  const plain = plainOf(run);
  const opts = { file: 'results.ndjson', by: ['name', 'scenario', 'status'] };
  const ds = parseK6Ndjson(plain, opts);

  it("equals k6's own end-of-test summary", () => {
    const d = find(ds, 'http_req_duration')!;
    const k = g.k6_reported.http_req_duration;
    for (const [ours, theirs] of [
      ['avg', 'avg'],
      ['min', 'min'],
      ['med', 'med'],
      ['max', 'max'],
      ['p90', 'p(90)' in k ? 'p(90)' : 'p90'],
      ['p95', 'p(95)' in k ? 'p(95)' : 'p95'],
    ] as const) {
      expect(rel(d[ours], k[theirs]), `${ours} ${d[ours]} vs k6 ${k[theirs]}`).toBe(true);
    }
    const f = find(ds, 'http_req_failed')!;
    const want = g.k6_reported.http_req_failed.value ?? g.k6_reported.http_req_failed.rate;
    expect(f.rate).toBe(want);
    expect(find(ds, 'http_reqs')!.count).toBe(g.k6_reported.http_reqs.count);
    // submetrics k6 reported (declared in the Metric lines)
    for (const [name, st] of Object.entries(g.k6_reported.submetrics ?? {})) {
      const [metric, tags] = key(name);
      const s = find(ds, metric, tags)!;
      expect(s, name).toBeDefined();
      if (s.type === 'trend') {
        for (const stat of ['avg', 'min', 'med', 'max'] as const)
          expect(rel(s[stat], st[stat]), `${name} ${stat}`).toBe(true);
        expect(rel(s.p95, st['p(95)'] ?? st.p95)).toBe(true);
      } else {
        expect(s.rate).toBe(st.value);
        expect(s.passes).toBe(st.passes);
      }
    }
  });

  it('equals the by-tag figures recomputed with k6 rule, and the line count', () => {
    const r = g.recomputed_from_ndjson;
    for (const [name, st] of Object.entries(r.by_tag)) {
      const [metric, tags] = key(name);
      const s = find(ds, metric, tags)!;
      expect(s, name).toBeDefined();
      if ('total' in st) {
        expect(s.count).toBe(st.total);
        expect(s.passes).toBe(st.nonzero);
      } else {
        expect(s.count).toBe(st.count);
        for (const [ours, theirs] of [
          ['avg', 'avg'],
          ['min', 'min'],
          ['med', 'med'],
          ['max', 'max'],
          ['p90', 'p(90)'],
          ['p95', 'p(95)'],
          ['p99', 'p(99)'],
        ] as const)
          expect(rel(s[ours], st[theirs], 0, 1e-6), `${name} ${ours}`).toBe(true);
      }
    }
    const checks = find(ds, 'checks')!;
    expect([checks.passes, checks.count]).toEqual([r.checks.nonzero, r.checks.total]);
    expect(find(ds, 'iterations')!.count).toBe(r.iterations.sum);
    expect(ds.lines).toBe(r.lines);
    expect(ds.warnings).toEqual([]);
  });

  it('gz (through the I/O layer) and plain give identical entries; odd chunk sizes too', async () => {
    const { dataset, files } = await readK6NdjsonRun([gzPath(run)], { by: opts.by });
    expect(files[0].bytes).toBe(readFileSync(gzPath(run)).length);
    expect(files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    const strip = (d: K6Dataset) =>
      JSON.parse(
        JSON.stringify({
          ...d,
          file: '',
          series: summaries(d).map((s) => ({ ...s, file: '' })),
          thresholds: d.thresholds.map((t) => ({ ...t, file: '' })),
        }),
      );
    expect(strip(dataset)).toEqual(strip(ds));
    for (const size of [7, 65536]) {
      expect(summaries(finalizeNdjson(feed(plain, opts, size), opts))).toEqual(summaries(ds));
    }
  });

  it('shards of one run (lines split in two files) merge into the whole', () => {
    const text = plain.toString('utf8').split('\n');
    const a: string[] = [];
    const b: string[] = [];
    // distributed k6: each instance writes its own Metric lines and its share of the points
    text.forEach((l, i) =>
      l.includes('"type":"Metric"') ? (a.push(l), b.push(l)) : (i % 3 === 0 ? a : b).push(l),
    );
    const pa = feed(Buffer.from(a.join('\n')), { ...opts, file: 'shard-a' }, 1 << 20);
    const pb = feed(Buffer.from(b.join('\n')), { ...opts, file: 'shard-b' }, 1 << 20);
    const merged = finalizeNdjson(mergePartials([pa, pb]), { ...opts, file: 'results.ndjson' });
    expect(summaries(merged)).toEqual(summaries(ds));
    expect(merged.thresholds.map((t) => t.expression)).toEqual(ds.thresholds.map((t) => t.expression));
  });
});

describe('1-byte chunks and byte ranges', () => {
  const plain = plainOf('k6/a-baseline');
  const opts = { file: 'results.ndjson' };
  const whole = parseK6Ndjson(plain, opts);
  it('1-byte chunks give the same dataset', () => {
    const ds = finalizeNdjson(feed(plain, opts, 1), opts);
    expect(summaries(ds)).toEqual(summaries(whole));
  });
  it('line-aligned segments read by two aggregators, in any order, merge into the whole', () => {
    const cut1 = plain.indexOf(10, plain.length >> 2) + 1;
    const cut2 = plain.indexOf(10, (plain.length * 3) >> 2) + 1;
    const withLog = Buffer.concat([
      plain.subarray(0, cut2),
      Buffer.from('a log line\n'),
      plain.subarray(cut2),
    ]);
    const x = new NdjsonAggregator(opts);
    const y = new NdjsonAggregator(opts);
    y.pushSegment(withLog.subarray(cut1, cut2), 1);
    x.pushSegment(withLog.subarray(0, cut1), 0);
    y.pushSegment(withLog.subarray(cut2), 2);
    const ds = finalizeNdjson(
      mergePartials([y.snapshot({ sortValues: true }), x.snapshot({ sortValues: true })]),
      opts,
    );
    expect(summaries(ds)).toEqual(summaries(whole));
    // one part pre-sorted (a worker), one not: the same
    const z = new NdjsonAggregator(opts);
    z.pushSegment(withLog.subarray(0, cut2), 0);
    const w = new NdjsonAggregator(opts);
    w.pushSegment(withLog.subarray(cut2), 1);
    expect(
      summaries(finalizeNdjson(mergePartials([z.snapshot(), w.snapshot({ sortValues: true })]), opts)),
    ).toEqual(summaries(whole));
    const line = withLog.subarray(0, cut2).toString().split('\n').length;
    expect(ds.warnings).toEqual([
      { file: 'results.ndjson', line, message: `line ${line} is not JSON (skipped): "a log line"` },
      {
        file: 'results.ndjson',
        message: `1 of ${whole.lines! + 1} lines are not k6 lines (log output written to the same stream, such as k6's stdout?) and were skipped`,
      },
    ]);
    expect(ds.lines).toBe(whole.lines! + 1);
  });
  it('keeps every trend value, sorted', () => {
    const s = whole.series.find(
      (x) => x.summary.metric === 'http_req_duration' && Object.keys(x.summary.tags).length === 0,
    )!;
    const sorted = s.sorted!;
    expect(sorted.length).toBe(801);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1] <= sorted[i]).toBe(true);
    const counter = whole.series.find((x) => x.summary.metric === 'http_reqs')!;
    expect(counter.spanSeconds).toBeGreaterThan(19);
    expect(counter.summary.rate).toBeCloseTo(801 / counter.spanSeconds!, 9);
  });
});

describe('entries', () => {
  const plain = plainOf('k6/d-thresholds');
  const ds = parseK6Ndjson(plain, { file: 'd.ndjson', filters: [{ name: 'products', status: '200' }] });

  it('whole metric, one tag per breakdown entry, declared submetrics once, filters; only the fields of the type', () => {
    const tagsOf = (m: string) => ds.series.filter((s) => s.summary.metric === m).map((s) => s.summary.tags);
    expect(tagsOf('http_req_duration')).toEqual([
      {},
      { name: 'flaky' },
      { name: 'products' },
      { scenario: 'api' },
      { expected_response: 'true' },
      { name: 'products', status: '200' },
    ]);
    expect(tagsOf('vus')).toEqual([{}]); // vus samples carry no name/scenario tag
    const keys = (m: string) => Object.keys(find(ds, m)!).sort();
    expect(keys('http_req_duration')).toEqual(
      [
        'avg',
        'contains',
        'count',
        'file',
        'max',
        'med',
        'metric',
        'min',
        'p90',
        'p95',
        'p99',
        'tags',
        'type',
      ].sort(),
    );
    expect(keys('checks')).toEqual(
      ['contains', 'count', 'fails', 'file', 'metric', 'passes', 'rate', 'tags', 'type'].sort(),
    );
    expect(keys('data_sent')).toEqual(['contains', 'count', 'file', 'metric', 'rate', 'tags', 'type'].sort());
    expect(keys('vus')).toEqual(['contains', 'file', 'max', 'metric', 'min', 'tags', 'type', 'value'].sort());
    const f = find(ds, 'http_req_duration', { name: 'products', status: '200' })!;
    expect(f.count).toBe(647);
    const custom = find(ds, 'server_reported_ms')!;
    const want = gt['k6/d-thresholds'].recomputed_from_ndjson as unknown as {
      custom_metrics: Record<string, Record<string, number>>;
    };
    expect(rel(custom.p95, want.custom_metrics.server_reported_ms['p(95)'], 0, 1e-6)).toBe(true);
    expect(custom.count).toBe(647);
  });

  it("thresholds from the Metric lines, ok null, not duplicated by k6's re-declarations", () => {
    // The file declares 8 expressions on its Metric lines; the 3 submetric thresholds of the script
    // (http_req_duration{name:products} ...) are not in k6's NDJSON: the summaries carry those.
    expect(ds.thresholds.map((t) => `${t.metric}: ${t.expression}`)).toEqual([
      'http_reqs: count>100',
      'http_req_duration: p(95)<250',
      'http_req_duration: p(99)<600',
      'http_req_failed: rate<0.10',
      'checks: rate>0.80',
      'server_reported_ms: p(95)<30',
      'server_reported_ms: avg<100',
      'iteration_duration: med<1500',
    ]);
    for (const t of ds.thresholds) expect(t).toMatchObject({ ok: null, source: 'ndjson', file: 'd.ndjson' });
  });
});

describe('bad and unusual input', () => {
  const plain = plainOf('k6/a-baseline');
  const whole = parseK6Ndjson(plain, { file: 'f' });

  it('truncated last line: a warning with its line number, the complete lines used', () => {
    const cut = plain.subarray(0, plain.length - 40);
    const ds = parseK6Ndjson(cut, { file: 'f' });
    const n = whole.lines!;
    expect(ds.warnings).toEqual([
      {
        file: 'f',
        line: n,
        message: `truncated last line ${n} (no newline at the end and not complete JSON): ignored`,
      },
    ]);
    const without = parseK6Ndjson(plain.subarray(0, plain.lastIndexOf(10, plain.length - 2) + 1), {
      file: 'f',
    });
    expect(summaries(ds)).toEqual(summaries(without));
    // a last line that is complete but lacks its newline is used
    expect(summaries(parseK6Ndjson(plain.subarray(0, plain.length - 1), { file: 'f' }))).toEqual(
      summaries(whole),
    );
  });

  it('truncated gzip: a warning naming the file, the complete lines used; corrupt gzip: InputError', async () => {
    const gz = readFileSync(gzPath('k6/a-baseline'));
    const cutGz = gz.subarray(0, Math.floor(gz.length * 0.6));
    const p = path.join(tmp, 'cut.ndjson.gz');
    writeFileSync(p, cutGz);
    const { dataset } = await readK6NdjsonRun([p], {});
    expect(dataset.warnings[0]).toMatchObject({
      file: p,
      message: expect.stringMatching(/gzip stream ends early/),
    });
    expect(dataset.warnings[1]).toMatchObject({
      file: p,
      message: expect.stringMatching(/truncated last line/),
    });
    const partial = gunzipSync(cutGz, { finishFlush: zc.Z_SYNC_FLUSH });
    const complete = parseK6Ndjson(partial.subarray(0, partial.lastIndexOf(10) + 1), { file: p });
    expect(summaries(dataset)).toEqual(summaries(complete));
    expect(find(dataset, 'http_reqs')!.count).toBeGreaterThan(100);

    const bad = Buffer.from(gz);
    bad.fill(0x55, 200, 400);
    const q = path.join(tmp, 'corrupt.ndjson.gz');
    writeFileSync(q, bad);
    await expect(readK6NdjsonRun([q], {})).rejects.toThrow(InputError);
    await expect(readK6NdjsonRun([q], {})).rejects.toThrow(/corrupt gzip/);
  });

  it('k6 log lines mixed in: warnings with line numbers, skipped, counted', () => {
    const lines = plain.toString().split('\n');
    lines.splice(3, 0, 'time="2026-11-22T09:22:35Z" level=warn msg="Request Failed"');
    lines.splice(5000, 0, '{"not":"k6"}');
    const ds = parseK6Ndjson(lines.join('\n'), { file: 'f' });
    expect(ds.warnings.map((w) => w.line)).toEqual([4, 5001, undefined]);
    expect(ds.warnings[2].message).toMatch(/^2 of \d+ lines are not k6 lines/);
    expect(ds.warnings[0].message).toMatch(/^line 4 is not JSON/);
    expect(ds.warnings[1].message).toMatch(/^line 5001 is JSON but not a k6 line/);
    expect(summaries(ds)).toEqual(summaries(whole));
    expect(ds.lines).toBe(whole.lines! + 2);
  });

  it('a file with nothing k6 in it is an InputError naming file and line', () => {
    const summaryExport = readFileSync(path.join(FIX, 'k6/a-baseline/summary-export.json'));
    expect(() => parseK6Ndjson(summaryExport, { file: 'summary-export.json' })).toThrow(InputError);
    expect(() => parseK6Ndjson('{"a":1}\n{"b":2}\n', { file: 'x.json' })).toThrow(/x\.json:1: not k6 NDJSON/);
    expect(() => parseK6Ndjson('hello\nworld\n', { file: 'x.txt' })).toThrow(/not k6 NDJSON/);
  });

  it('empty file or no Point lines: no series and a "no samples" warning', () => {
    for (const input of [
      '',
      '{"type":"Metric","data":{"name":"vus","type":"gauge","contains":"default","thresholds":["value<5"],"submetrics":null},"metric":"vus"}\n',
    ]) {
      const ds = parseK6Ndjson(input, { file: 'e' });
      expect(ds.series).toEqual([]);
      expect(ds.warnings.some((w) => /no samples/.test(w.message))).toBe(true);
    }
    const onlyMetric = parseK6Ndjson(
      '{"type":"Metric","data":{"name":"vus","type":"gauge","contains":"default","thresholds":["value<5"],"submetrics":null},"metric":"vus"}\n',
      { file: 'e' },
    );
    expect(onlyMetric.thresholds).toEqual([
      { file: 'e', metric: 'vus', expression: 'value<5', ok: null, source: 'ndjson' },
    ]);
    expect(
      onlyMetric.warnings.some((w) =>
        /thresholds on vus declared, but the metric has no samples/.test(w.message),
      ),
    ).toBe(true);
  });

  it('non-finite values are skipped with a warning', () => {
    const ds = parseK6Ndjson(
      [
        '{"metric":"t","type":"Point","data":{"time":"2026-01-01T00:00:00Z","value":1,"tags":{}}}',
        '{"metric":"t","type":"Point","data":{"time":"2026-01-01T00:00:01Z","value":null,"tags":{}}}',
        '{"metric":"t","type":"Point","data":{"time":"2026-01-01T00:00:02Z","value":"x","tags":{}}}',
        '{"metric":"t","type":"Point","data":{"time":"2026-01-01T00:00:03Z","value":3,"tags":{}}}',
      ].join('\n'),
      { file: 'v' },
    );
    // one warning per line, the no-Metric-line note, and the impossible-samples count (issue 9)
    expect(ds.warnings.map((w) => w.line)).toEqual([2, 3, undefined, 2]);
    expect(ds.warnings[3].message).toBe(
      'metric t: 2 non-finite or non-numeric values (impossible samples), the first on line 2: left out',
    );
    expect(find(ds, 't')).toMatchObject({ count: 2, avg: 2 });
    expect(ds.series[0].impossible).toMatchObject({ count: 2, total: 4, line: 2 });
  });

  it('old key order, tags null, tainted, time offsets, the object threshold form, UTF-8 and escapes', () => {
    const text = [
      '{"type":"Metric","data":{"type":"gauge","contains":"default","tainted":null,"thresholds":[{"threshold":"value<50","abortOnFail":true,"delayAbortEval":null}],"submetrics":null},"metric":"vus"}',
      '{"type":"Point","data":{"time":"2017-05-09T14:34:45.625742514+02:00","value":5,"tags":null},"metric":"vus"}',
      '{"type":"Point","data":{"time":"2017-05-09T14:34:46.5+02:00","value":7,"tags":null},"metric":"vus"}',
      '{"metric":"lat","type":"Point","data":{"time":"2017-05-09T12:34:47Z","value":10,"tags":{"name":"café"}}}',
      '{"metric":"lat","type":"Point","data":{"time":"2017-05-09T12:34:47Z","value":20,"tags":{"name":"caf\\u00e9"}}}',
      '{"metric":"lat","type":"Point","data":{"time":"2017-05-09T12:34:47Z","value":30,"tags":{"name":"a<b"},"metadata":{"vu":"1","iter":"0"}}}',
    ].join('\n');
    const ds = parseK6Ndjson(Buffer.from(text, 'utf8'), { file: 'o' });
    expect(find(ds, 'vus')).toMatchObject({ type: 'gauge', value: 7, min: 5, max: 7 });
    expect(ds.startTime).toBe('2017-05-09T12:34:45.625Z');
    expect(ds.endTime).toBe('2017-05-09T12:34:47.000Z');
    expect(ds.thresholds).toEqual([
      { file: 'o', metric: 'vus', expression: 'value<50', ok: null, source: 'ndjson', abortOnFail: true },
    ]);
    expect(find(ds, 'lat', { name: 'café' })).toMatchObject({ count: 2, avg: 15 });
    expect(find(ds, 'lat', { name: 'a<b' })).toMatchObject({ count: 1 });
    expect(ds.warnings.map((w) => w.message)).toEqual([
      'metric lat: no Metric line declares its type; read as a trend',
    ]);
  });

  it('caps distinct tag sets per metric, with a warning, exact for the whole metric and breakdowns', () => {
    const rows: string[] = [];
    for (let i = 0; i < 200; i++) {
      const tags = `{"name":"item","scenario":"s","url":"http://x/item/${i}"}`;
      rows.push(
        `{"metric":"http_req_duration","type":"Point","data":{"time":"2026-01-01T00:00:0${i % 10}Z","value":${i},"tags":${tags}}}`,
      );
    }
    const capped = parseK6Ndjson(rows.join('\n'), { file: 'c', maxTagSets: 10 });
    const free = parseK6Ndjson(rows.join('\n'), { file: 'c' });
    expect(capped.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/more than 10 distinct tag sets/),
    ]);
    expect(summaries(capped)).toEqual(summaries(free));
    expect(find(capped, 'http_req_duration', { name: 'item' })).toMatchObject({
      count: 200,
      p95: 189 + (190 - 189) * (0.95 * 199 - 189),
    });
  });

  it('several files through the I/O layer: one run, file named "a + N more", a checksum per file', async () => {
    const plainA = plainOf('k6/a-baseline');
    const pa = path.join(tmp, 'shard1.ndjson');
    writeFileSync(pa, plainA);
    const pb = path.join(tmp, 'shard2.ndjson.gz');
    writeFileSync(pb, gzipSync(plainA));
    const { dataset, files } = await readK6NdjsonRun([pa, pb], {});
    expect(dataset.file).toBe(`${pa} + 1 more`);
    expect(files.map((f) => f.path)).toEqual([pa, pb]);
    expect(find(dataset, 'http_reqs')!.count).toBe(1602);
    expect(find(dataset, 'http_req_duration')!.count).toBe(1602);
    expect(find(dataset, 'http_req_duration')!.p95).toBe(find(whole, 'http_req_duration')!.p95);
    expect(dataset.thresholds).toEqual(whole.thresholds.map((t) => ({ ...t, file: pa })));
  });
});

describe('number parsing', () => {
  it('reads every value as the same double JSON.parse gives', () => {
    let x = 12345;
    const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    const values: string[] = [
      '0',
      '-0',
      '1',
      '0.5',
      '-12.000001',
      '1e-7',
      '2.5E3',
      '123456789012345',
      '1234567890123456789',
      '0.1',
      '0.30000000000000004',
    ];
    for (let i = 0; i < 4000; i++) {
      const v = (rnd() - 0.2) * 10 ** Math.floor(rnd() * 8);
      values.push(String(v), v.toFixed(Math.floor(rnd() * 10)), v.toPrecision(1 + Math.floor(rnd() * 16)));
    }
    const rows = values.map(
      (v) => `{"metric":"t","type":"Point","data":{"time":"2026-01-01T00:00:00Z","value":${v},"tags":{}}}`,
    );
    const ds = parseK6Ndjson(rows.join('\n'), { file: 'n' });
    const want = Float64Array.from(values.map((v) => JSON.parse(v) as number)).sort();
    expect(ds.warnings.filter((w) => w.line !== undefined)).toEqual([]);
    expect(ds.series[0].sorted).toEqual(want);
  });
});

describe('byte-order mark', () => {
  it('a UTF-8 BOM before the first line is not a lost line', async () => {
    const { readFileSync } = await import('node:fs');
    const { gunzipSync } = await import('node:zlib');
    const { parseK6Ndjson } = await import('../src/parsers/k6-ndjson/index.js');
    const plain = gunzipSync(
      readFileSync(new URL('./fixtures/k6/a-baseline/results.ndjson.gz', import.meta.url)),
    );
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    const a = parseK6Ndjson(plain, { file: 'a.ndjson' });
    const b = parseK6Ndjson(bom, { file: 'a.ndjson' });
    expect(b.warnings).toEqual(a.warnings);
    expect(b.series.map((s) => s.summary)).toEqual(a.series.map((s) => s.summary));
  });
});
