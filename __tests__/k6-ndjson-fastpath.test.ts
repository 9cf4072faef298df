// Differential test of the NDJSON reader's two paths: the fast scanner (k6's own Point lines,
// read without JSON.parse) against the JSON.parse path. The same lines with "type" moved first are
// the same JSON to JSON.parse but never match the fast scanner, so they all take the slow path;
// both readings must give identical datasets, on real k6 runs and on adversarial lines (escapes in
// tags, unicode in names, numbers such as 1e-7, -0, 1E+5, huge integers, near-JSON numbers that
// only Number() would read, CRLF, metadata, time zones).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseK6Ndjson } from '../src/parsers/k6-ndjson/index.js';

const FIX = path.join(__dirname, 'fixtures');
const RUNS = ['k6/a-baseline', 'k6/b-optimized', 'k6/d-thresholds', 'k6-v1.6.1/a-baseline-mrs'];

/**
 * Every Point line with "type" moved first, by text (every value keeps its bytes: JSON.stringify
 * would write -0 as 0); other lines unchanged.
 */
function slowForm(text: string): string {
  const TYPE = ',"type":"Point",';
  return text
    .split('\n')
    .map((line) =>
      line.startsWith('{"metric":') && line.includes(TYPE)
        ? '{"type":"Point",' + line.slice(1).replace(TYPE, ',')
        : line,
    )
    .join('\n');
}

/** The dataset of `text`, and how many times JSON.parse ran while reading it. */
function read(text: string, file: string) {
  const spy = vi.spyOn(JSON, 'parse');
  const ds = parseK6Ndjson(Buffer.from(text, 'utf8'), { file });
  const parses = spy.mock.calls.length;
  spy.mockRestore();
  // a skipped line's warning quotes it: the rewritten line reads differently
  for (const w of ds.warnings) w.message = w.message.replace(/ \(skipped\): .*/, ' (skipped)');
  return { ds, parses };
}

afterEach(() => vi.restoreAllMocks());

const point = (
  metric: string,
  value: string,
  tags: string,
  time = '2026-01-01T00:00:00.123456789Z',
  rest = '',
) => `{"metric":${metric},"type":"Point","data":{"time":"${time}","value":${value},"tags":${tags}${rest}}}`;

describe('fast scanner and JSON.parse path give identical datasets', () => {
  it.each(RUNS)('real k6 run %s', (run) => {
    const text = gunzipSync(readFileSync(path.join(FIX, run, 'results.ndjson.gz'))).toString('utf8');
    const lines = text.split('\n').filter(Boolean).length;
    const fast = read(text, 'f');
    const slow = read(slowForm(text), 'f');
    // the fast scanner took nearly every line; the rewritten form took none
    expect(fast.parses).toBeLessThan(lines / 10);
    expect(slow.parses).toBeGreaterThanOrEqual(lines);
    expect(fast.ds).toEqual(slow.ds);
  });

  it('adversarial lines: escapes, unicode, numbers, CRLF, metadata, zones', () => {
    const values = [
      '0',
      '-0',
      '1e-7',
      '1E+5',
      '2.5e-3',
      '12345678901234567890',
      '123456789012345.6',
      '9007199254740993',
      '0.1',
      '1.0',
      '1.7976931348623157e308',
      '5e-324',
      '63.364041',
      '-1',
      '1.',
      '-.5',
      '0x10',
      '01',
      '1e400',
    ];
    const tagSets = [
      '{"name":"caf\\u00e9","scenario":"default"}',
      '{"name":"café","scenario":"default"}',
      '{"name":"a\\"b"}',
      '{"name":"a\\\\b"}',
      '{"name":"x}y"}',
      '{"name":"😀","url":"http://x/?a=1&b=2"}',
      '{}',
      'null',
      '{"name":"n","status":200}',
    ];
    const metrics = ['"http_req_duration"', '"lat_ü"', '"a\\u0041"', '"q\\"m"'];
    const times = [
      '2026-01-01T00:00:00.123456789Z',
      '2026-01-01T02:00:01.5+02:00',
      '2026-01-01T00:00:02Z',
      '2026-01-01T00:00:03.1234567891Z',
    ];
    const lines: string[] = [
      '{"type":"Metric","data":{"name":"http_req_duration","type":"trend","contains":"time","thresholds":["p(95)<500"],"submetrics":null},"metric":"http_req_duration"}',
    ];
    let i = 0;
    for (const m of metrics)
      for (const g of tagSets)
        for (const v of values) {
          const t = times[i % times.length];
          const rest = i % 5 === 0 ? ',"metadata":{"vu":"1","iter":"0"}' : '';
          lines.push(point(m, v, g, t, rest) + (i % 7 === 0 ? '\r' : ''));
          i++;
        }
    const text = lines.join('\n') + '\n';
    const fast = read(text, 'adv');
    const slow = read(slowForm(text), 'adv');
    expect(fast.parses).toBeLessThan(slow.parses);
    expect(fast.ds).toEqual(slow.ds);
    // near-JSON numbers are not read by either path: they are lines that are not JSON
    expect(fast.ds.warnings.some((w) => /is not JSON/.test(w.message))).toBe(true);
  });
});
