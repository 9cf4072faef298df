// The WebAssembly line scanner (wasm/k6-scan.ts) against the TypeScript scanner it stands in for:
// the same lines read to the same dataset, on real k6 runs and on lines built to sit on each of
// its edges (numbers, times, zones, minute changes inside a piece, escapes, CRLF, metadata, tag
// sets past the cap, many tag sets, two files read in turns); and which lines it takes itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NdjsonAggregator } from '../src/parsers/k6-ndjson/aggregator.js';
import { finalizeNdjson } from '../src/parsers/k6-ndjson/finalize.js';
import { TimeParser } from '../src/parsers/k6-ndjson/time.js';
import type { NdjsonOptions } from '../src/parsers/k6-ndjson/types.js';
import { mergeInScratch, Scratch } from '../src/parsers/k6-ndjson/runs.js';
import { wasmScanner } from '../src/parsers/k6-ndjson/wasm-scan.js';

const FIX = path.join(__dirname, 'fixtures');
const RUNS = ['k6/a-baseline', 'k6/b-optimized', 'k6/d-thresholds', 'k6-v1.6.1/a-baseline-mrs'];

const point = (metric: string, value: string, tags: string, time: string, rest = '') =>
  `{"metric":"${metric}","type":"Point","data":{"time":"${time}","value":${value},"tags":${tags}${rest}}}`;

/** The dataset of `bytes` pushed in chunks of `chunk` bytes (0: at once), with or without wasm. */
function read(bytes: Buffer, wasm: boolean, chunk = 0, opts: Partial<NdjsonOptions> = {}) {
  const o: NdjsonOptions = { file: 'f', ...opts, wasm };
  const a = new NdjsonAggregator(o);
  if (chunk === 0) a.push(bytes);
  else for (let p = 0; p < bytes.length; p += chunk) a.push(bytes.subarray(p, p + chunk));
  return finalizeNdjson(a.snapshot(), o);
}

function same(text: string | Buffer, chunk = 0, opts: Partial<NdjsonOptions> = {}) {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const ts = read(bytes, false, chunk, opts);
  const wa = read(bytes, true, chunk, opts);
  expect(wa).toEqual(ts);
  return wa;
}

describe('WebAssembly and TypeScript scanners give identical datasets', () => {
  it('is available on this Node', () => {
    expect(wasmScanner()).not.toBeNull();
  });

  it.each(RUNS)('real k6 run %s, whole and in odd chunks', (run) => {
    const bytes = gunzipSync(readFileSync(path.join(FIX, run, 'results.ndjson.gz')));
    const ds = same(bytes);
    expect(ds.series.length).toBeGreaterThan(0);
    same(bytes, 70_001);
  });

  it('edges: numbers, times, zones, minute changes, escapes, CRLF, metadata', () => {
    const values = ['0', '0.5', '63.364041', '123456789012345', '1234567890123456', '12345678901234.5'];
    values.push('-1', '-0', '1e5', '01', '1.', '.5', '0.', '00.5', '1.2.3', '7', '100', '0.000001');
    const tagSets = [
      '{"name":"a","scenario":"s"}',
      '{}',
      'null',
      '{"name":"a\\"b"}',
      '{"name":"n","status":200}',
    ];
    tagSets.push('{"name":"café"}', '{"name":"x}y"}');
    const metrics = ['http_req_duration', 'lat_ü', 'a\\u0041', ''];
    // minutes change inside a piece, zones alternate, fractions of 0-10 digits, a bad time
    const times: string[] = [];
    for (let m = 0; m < 3; m++)
      for (const f of ['', '.1', '.123456789', '.1234567891', '.5']) {
        times.push(`2026-01-01T00:0${m}:0${m}${f}Z`);
        times.push(`2026-01-01T02:0${m}:1${m}${f}+02:00`);
      }
    times.push('2026-01-01t00:00:00Z', '2026-01-01T00:00:60Z', 'not a time', '2026-01-01T00:00:00.Z');
    const lines: string[] = [
      '{"type":"Metric","data":{"name":"http_req_duration","type":"trend","contains":"time","thresholds":[],"submetrics":null},"metric":"http_req_duration"}',
    ];
    let i = 0;
    for (const t of times)
      for (const m of metrics)
        for (const g of tagSets)
          for (const v of values) {
            const rest = i % 5 === 0 ? ',"metadata":{"vu":"1"}' : '';
            lines.push(point(m, v, g, t, rest) + (i % 7 === 0 ? '\r' : ''));
            if (i % 97 === 0) lines.push('');
            if (i % 89 === 0) lines.push('{"metric":"m","type":"Point","data":{"time":"x"'); // cut short
            i++;
          }
    const text = lines.join('\n') + '\n';
    expect(text.length).toBeGreaterThan(1 << 20); // more than one scanner input
    same(text);
    same(text, 4099);
  });

  it('a line longer than the scanner input (1 MiB) between ordinary ones', () => {
    const t = '2026-01-01T00:00:00.5Z';
    const long = point('m', '1', `{"name":"${'x'.repeat(1_200_000)}"}`, t);
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) lines.push(point('m', String(i), '{"name":"a"}', t));
    lines.splice(1500, 0, long);
    same(lines.join('\n') + '\n');
  });

  it('tag sets past the cap, and a tag set that is a folded one before it is seen', () => {
    const t = '2026-01-01T00:00:00.5Z';
    const lines: string[] = [];
    for (let i = 0; i < 4000; i++) {
      lines.push(point('m', String(i % 50), `{"name":"a","scenario":"s","vu":"${i % 40}"}`, t));
      // exactly the tags a folded leaf keeps
      if (i % 9 === 0) lines.push(point('m', '3', '{"name":"a","scenario":"s"}', t));
    }
    const ds = same(lines.join('\n') + '\n', 0, { maxTagSets: 5 });
    expect(ds.warnings.some((w) => /more than 5 distinct tag sets/.test(w.message))).toBe(true);
  });

  it('many distinct tag sets (the scanner tables and memory grow)', () => {
    const t = '2026-01-01T00:00:00.5Z';
    const lines: string[] = [];
    for (let i = 0; i < 30_000; i++)
      lines.push(point(`m${i % 3}`, String(i % 1000), `{"name":"n${i}","url":"${'u'.repeat(i % 200)}"}`, t));
    same(lines.join('\n') + '\n');
  });

  it('a budget of kept values', () => {
    const bytes = gunzipSync(readFileSync(path.join(FIX, 'k6/a-baseline/results.ndjson.gz')));
    same(bytes, 0, { budget: 1000 });
  });

  it('two files read in turns (one scanner, two time caches)', () => {
    const mk = (zone: string, hour: string, n: number) => {
      const lines: string[] = [];
      for (let i = 0; i < n; i++)
        lines.push(
          point('m', String(i % 77), '{"name":"a"}', `2026-01-01T${hour}:0${i % 3}:00.${i % 10}${zone}`),
        );
      return Buffer.from(lines.join('\n') + '\n');
    };
    const a = mk('Z', '00', 5000);
    const b = mk('+02:00', '02', 5000);
    const run = (wasm: boolean) => {
      const oa: NdjsonOptions = { file: 'a', wasm };
      const ob: NdjsonOptions = { file: 'b', wasm };
      const x = new NdjsonAggregator(oa);
      const y = new NdjsonAggregator(ob);
      for (let p = 0; p < a.length; p += 50_000) {
        x.push(a.subarray(p, p + 50_000));
        y.push(b.subarray(p, p + 50_000));
      }
      return [finalizeNdjson(x.snapshot(), oa), finalizeNdjson(y.snapshot(), ob)];
    };
    expect(run(true)).toEqual(run(false));
  });
});

describe('the lines the WebAssembly scanner takes', () => {
  const T = '2026-01-01T00:00:07.25Z';
  /** records and stop position of scanning `line` + '\n' with the minute of `known` known */
  function scanOne(line: string, known = T) {
    const w = wasmScanner()!;
    const tp = new TimeParser();
    tp.parse(known, 0, known.length);
    w.syncTime(tp);
    const bytes = Buffer.from(line + '\n', 'latin1');
    w.load(bytes, 0, bytes.length);
    const stop = w.scan(0, bytes.length);
    const k = w.records();
    const r = w.recBase;
    return {
      stop,
      k,
      value: w.f64[r],
      time: w.f64[r + 1],
      pair: k > 0 ? w.pair(w.u32[2 * r + 4]) : undefined,
    };
  }

  it('takes k6 Point lines in k6 field order, with value and time as JSON.parse and time.ts read them', () => {
    const tags = '{"name":"a","scenario":"s"}';
    for (const [line, v] of [
      [point('http_req_duration', '63.364041', tags, T), 63.364041],
      [point('http_req_duration', '0', '{}', T), 0],
      [point('x', '123456789012345', tags, T), 123456789012345],
      [point('x', '0.1', tags, T, ',"metadata":{"vu":"1"}'), 0.1],
      [point('x', '12.5', tags, T) + '\r', 12.5],
    ] as const) {
      const r = scanOne(line);
      expect(r.k, line).toBe(1);
      expect(r.value).toBe(v);
      expect(r.time).toBe(Date.parse(T));
      expect(r.stop).toBe(Buffer.byteLength(line, 'latin1') + 1);
    }
    expect(scanOne(point('m', '1', tags, T)).pair).toEqual({ metric: 'm', tags });
  });

  it('times to the same double as time.ts, to the nanosecond', () => {
    for (const f of ['.123456789', '.1', '.3', '.7', '.999999999', '.000000001', '.0101', '.33333', '']) {
      for (const text of [`2026-11-22T09:22:15${f}Z`, `2026-11-22T11:22:59${f}+02:00`]) {
        const r = scanOne(point('m', '1', '{}', text), text);
        expect(r.k).toBe(1);
        expect(r.time).toBe(new TimeParser().parse(text, 0, text.length));
      }
    }
  });

  it('stops at every other line, at its first byte', () => {
    const tags = '{"name":"a"}';
    for (const line of [
      point('m', '-1', tags, T),
      point('m', '1e5', tags, T),
      point('m', '01', tags, T),
      point('m', '1.', tags, T),
      point('m', '1234567890123456', tags, T),
      point('m', '1', '{"name":"a\\"b"}', T),
      point('m', '1', 'null', T),
      point('a\\u0041', '1', tags, T),
      point('m', '1', tags, '2026-01-01T00:01:07.25Z'), // another minute
      point('m', '1', tags, '2026-01-01T00:00:07.25+00:00'), // another zone
      point('m', '1', tags, '2026-01-01T00:00:07.Z'),
      point('m', '1', tags, T) + ' ',
      '{"type":"Point","metric":"m","data":{"time":"' + T + '","value":1,"tags":{}}}',
      '',
    ]) {
      const r = scanOne(line);
      expect({ line, k: r.k, stop: r.stop }).toEqual({ line, k: 0, stop: 0 });
    }
  });
});

describe('the WebAssembly radix sort', () => {
  /** a seeded generator (xorshift) */
  function rng(seed: number) {
    let x = seed >>> 0 || 1;
    return () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) / 2 ** 32;
    };
  }

  it('orders as TypedArray.prototype.sort does: negatives, -0 before 0, denormals, extremes, ties', () => {
    const r = rng(7);
    const special = [
      0,
      -0,
      5e-324,
      -5e-324,
      1.7976931348623157e308,
      -1.7976931348623157e308,
      Infinity,
      -Infinity,
    ];
    const blocks: Float64Array[] = [];
    for (const n of [1, 64, 1000, 32768, 5]) {
      const b = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const u = r();
        b[i] =
          u < 0.05
            ? special[Math.floor(r() * special.length)]
            : u < 0.3
              ? Math.round(r() * 50) // ties
              : u < 0.4
                ? -r() * 1e6
                : r() * 10 ** Math.floor(r() * 12 - 6);
      }
      blocks.push(b);
    }
    const all = Float64Array.from(blocks.flatMap((b) => [...b]));
    const runs = wasmScanner()!.sortRuns(blocks);
    expect(runs).toHaveLength(1);
    const want = all.slice().sort();
    expect(runs[0].length).toBe(want.length);
    for (let i = 0; i < want.length; i++)
      if (!Object.is(runs[0][i], want[i])) expect([i, runs[0][i]]).toEqual([i, want[i]]);
  });

  it('splits more values than one call sorts into sorted runs holding every value', () => {
    const w = wasmScanner()!;
    const r = rng(11);
    const n = (1 << 20) + 12345;
    const blocks = [new Float64Array(n - 1000), new Float64Array(1000)];
    for (const b of blocks) for (let i = 0; i < b.length; i++) b[i] = r() * 1000;
    const runs = w.sortRuns(blocks);
    expect(runs.map((x) => x.length)).toEqual([1 << 20, 12345]);
    for (const run of runs) for (let i = 1; i < run.length; i++) if (run[i - 1] > run[i]) expect(i).toBe(-1);
    const sum = (a: Float64Array[]) => a.reduce((s, b) => s + b.reduce((x, y) => x + y, 0), 0);
    expect(sum(runs)).toBeCloseTo(sum(blocks), 3);
    expect(w.sortRuns([])).toEqual([]);
  });

  describe('merge', () => {
    /** sorted runs with ties across runs, -0 and 0 on both sides, extremes */
    function sortedRuns(seed: number, lengths: number[]): Float64Array[] {
      const r = rng(seed);
      return lengths.map((n) => {
        const b = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          const u = r();
          b[i] =
            u < 0.1
              ? r() < 0.5
                ? -0
                : 0
              : u < 0.3
                ? Math.round(r() * 20) - 5
                : u < 0.32
                  ? (r() < 0.5 ? -1 : 1) * 1.7976931348623157e308
                  : (r() - 0.3) * 10 ** Math.floor(r() * 10 - 4);
        }
        return b.sort();
      });
    }

    it('merges as the TypeScript merge does, value for value (-0 before 0), with the sum taken in order', () => {
      const w = wasmScanner()!;
      for (const [seed, lengths] of [
        [1, [1000, 1, 0, 333, 4096, 7]],
        [2, [5000]],
        [3, [0, 0]],
        [4, [64, 64, 64, 64, 64, 64, 64, 64, 64]],
        [5, Array.from({ length: 300 }, (_, i) => i % 17)],
      ] as [number, number[]][]) {
        const runs = sortedRuns(seed, lengths);
        const want = mergeInScratch(runs, new Scratch()).slice();
        let sum = 0;
        for (let i = 0; i < want.length; i++) sum += want[i];
        const got = w.merge(runs)!;
        expect(got.sorted.length).toBe(want.length);
        for (let i = 0; i < want.length; i++)
          if (!Object.is(got.sorted[i], want[i]))
            expect([seed, i, got.sorted[i]]).toEqual([seed, i, want[i]]);
        expect(Object.is(got.sum, sum)).toBe(true);
        // and the order is TypedArray.prototype.sort's
        const all = Float64Array.from(runs.flatMap((b) => [...b])).sort();
        for (let i = 0; i < all.length; i++) if (!Object.is(got.sorted[i], all[i])) expect(i).toBe(-1);
      }
    });

    it('sums in merged order (a sum in another order differs on these values)', () => {
      const r = rng(9);
      const runs = [0, 1, 2, 3].map(() => {
        const b = new Float64Array(2000);
        for (let i = 0; i < b.length; i++) b[i] = r() * 10 ** Math.floor(r() * 12 - 4);
        return b.sort();
      });
      const want = mergeInScratch(runs, new Scratch());
      let forward = 0;
      for (let i = 0; i < want.length; i++) forward += want[i];
      let backward = 0;
      for (let i = want.length - 1; i >= 0; i--) backward += want[i];
      expect(backward).not.toBe(forward);
      expect(wasmScanner()!.merge(runs)!.sum).toBe(forward);
    });

    it('leaves more values than one call merges to the caller (null)', () => {
      const w = wasmScanner()!;
      expect(w.merge([new Float64Array(1 << 20), new Float64Array(1)])).toBeNull();
      expect(w.merge(Array.from({ length: (1 << 14) + 1 }, () => new Float64Array(1)))).toBeNull();
      expect(w.merge([new Float64Array(1 << 20)])!.sorted.length).toBe(1 << 20);
      expect(w.merge([])!.sorted.length).toBe(0);
    });
  });
});
