import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError, type Format } from '../src/model.js';
import {
  DETECT_HEAD_BYTES,
  decodeText,
  detectFormat,
  lineColumnAt,
  parseDocument,
  parseJsonText,
  readDocument,
  scanJson,
} from '../src/parsers/index.js';

const FIX = join(import.meta.dirname, 'fixtures');
const bytes = (p: string) => readFileSync(join(FIX, p));
// content detection as a document input sees it (Markdown allowed; __tests__/bad-input covers the rest)
const detect = (b: Buffer | string, name = 'f') =>
  detectFormat(typeof b === 'string' ? Buffer.from(b) : b.subarray(0, DETECT_HEAD_BYTES), name, {
    markdown: true,
  });

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

const FIXTURES: [string, Format][] = [
  ['k6/a-baseline/results.ndjson.gz', 'k6-ndjson'],
  ['k6/a-baseline/summary-export.json', 'k6-summary-export'],
  ['k6/a-baseline/handle-summary.json', 'k6-handle-summary'],
  ['k6/b-optimized/summary-export.json', 'k6-summary-export'],
  ['k6/b-optimized/handle-summary.json', 'k6-handle-summary'],
  ['k6/d-thresholds/summary-export.json', 'k6-summary-export'],
  ['k6/d-thresholds/handle-summary.json', 'k6-handle-summary'],
  ['k6-v1.6.1/a-baseline-mrs/summary-export.json', 'k6-machine-summary'],
  ['k6-v1.6.1/a-baseline-mrs/handle-summary.json', 'k6-machine-summary'],
  ['k6-v1.6.1/a-baseline-mrs/results.ndjson.gz', 'k6-ndjson'],
  ['pytest/json-report/performance-baseline.json', 'pytest-json-report'],
  ['pytest/json-report/performance-optimized.json', 'pytest-json-report'],
  ['pytest/benchmark/bench-baseline.json', 'pytest-benchmark'],
  ['pytest/benchmark/bench-optimized.json', 'pytest-benchmark'],
  ['pytest/junit/performance-baseline.xml', 'junit-xml'],
  ['protocol/approvals-example.json', 'approvals'],
  ['protocol/baseline-metrics.csv', 'baseline-csv'],
  ['protocol/capacity-analysis.md', 'markdown'],
  ['protocol/hypothesis-log.md', 'markdown'],
  ['protocol/profiling-report.md', 'markdown'],
  ['protocol/optimization-plan.json', 'optimization-plan'],
  ['protocol/slo-updates.yml', 'slo-updates'],
];

describe('detectFormat on the real fixtures (content, not names)', () => {
  for (const [path, want] of FIXTURES) {
    it(`${path} → ${want}`, () => {
      expect(detect(bytes(path), 'renamed.dat')).toBe(want);
    });
  }

  it('plain k6 NDJSON (gunzipped) by its first line', () => {
    const plain = gunzipSync(bytes('k6/a-baseline/results.ndjson.gz'));
    expect(detect(plain)).toBe('k6-ndjson');
    // a Point line first (key order metric,type,data) also counts
    expect(
      detect(
        '{"metric":"vus","type":"Point","data":{"time":"2026-01-01T00:00:00Z","value":1,"tags":null}}\n',
      ),
    ).toBe('k6-ndjson');
  });

  it('every JSON fixture is detected from a head cut in the middle of the document', () => {
    const cuts: [string, Format, number][] = [
      ['pytest/benchmark/bench-baseline.json', 'pytest-benchmark', 4096],
      ['k6/d-thresholds/summary-export.json', 'k6-summary-export', 900],
      ['k6/d-thresholds/handle-summary.json', 'k6-handle-summary', 1200],
      ['pytest/json-report/performance-baseline.json', 'pytest-json-report', 400],
      ['protocol/optimization-plan.json', 'optimization-plan', 500],
      ['protocol/approvals-example.json', 'approvals', 60],
    ];
    for (const [path, want, n] of cuts) {
      const head = bytes(path).subarray(0, n);
      expect(() => JSON.parse(head.toString()), path).toThrow(); // really truncated
      expect(detect(head), path).toBe(want);
      // minified (one line), cut the same way
      const mini = Buffer.from(JSON.stringify(JSON.parse(bytes(path).toString()))).subarray(
        0,
        Math.min(n, 300),
      );
      expect(detect(mini), `${path} minified`).toBe(want);
    }
    const c = bytes('k6-v1.6.1/a-baseline-mrs/summary-export.json').toString();
    expect(detect(c.slice(0, c.indexOf('"results"') + 40))).toBe('k6-machine-summary');
  });

  it('skips a BOM', () => {
    expect(
      detect(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes('protocol/optimization-plan.json')])),
    ).toBe('optimization-plan');
    expect(detect('\ufeffmetric_name,service,value,unit,collection_method,timestamp\r\n')).toBe(
      'baseline-csv',
    );
  });

  it('text formats: CSV header case-insensitive, YAML with a leading comment, Markdown, XML', () => {
    expect(detect(' Metric_Name ,Service,Value,Unit,Collection_Method,Timestamp\n')).toBe('baseline-csv');
    expect(detect('# a comment that looks like a heading\nslo_updates:\n  - service: a\n')).toBe(
      'slo-updates',
    );
    expect(detect('# Notes\n\n```yaml\nslo_updates:\n```\n')).toBe('markdown');
    expect(detect('[![build](x.svg)](y)\n\nSome report text.\n')).toBe('markdown');
    expect(detect('Just a plain text capacity note.\nSecond line.\n')).toBe('markdown');
    expect(detect('<?xml version="1.0"?>\n<testsuite name="x" tests="0"/>')).toBe('junit-xml');
    expect(detect(JSON.stringify({ version: 1, generated_at: 'x', runs: 2, keys: {} }))).toBe('noise');
    expect(detect('[]')).toBe('approvals');
    expect(detect('[ ] todo: profile checkout\n[x] done\n')).toBe('markdown');
  });

  it('unknown JSON is an InputError that names the file and what was looked for', () => {
    const err = thrown(() => detect('{"hello": {"world": 1}}', 'mystery.json'));
    expect(err.file).toBe('mystery.json');
    expect(err.message).toMatch(
      /^mystery\.json: unknown format: looked for k6 NDJSON, k6 summary \(A\/B\/C\), pytest-json-report, /,
    );
    expect(err.message).toContain('keys hello');
    expect(thrown(() => detect('[1, 2, 3]', 'arr.json')).message).toMatch(/unknown format/);
    expect(thrown(() => detect('<html><body/></html>', 'x.html')).message).toMatch(/unknown format/);
    expect(thrown(() => detect(Buffer.from([0, 1, 2, 3, 0, 0, 9, 200]), 'x.bin')).message).toMatch(/binary/);
    expect(thrown(() => detect('', 'e')).message).toMatch(/empty/);
  });
});

describe('JSON errors carry line and column', () => {
  it('truncated JSON: the line and column where the text ends', () => {
    const text = '{\n  "a": [1, 2,\n    3';
    const err = thrown(() => parseJsonText(text, 't.json'));
    expect([err.line, err.column]).toEqual([3, 6]);
    expect(err.message).toMatch(/^t\.json:3:6: invalid JSON: the JSON ends early/);
  });

  it('a syntax error: the line and column of the bad character (CRLF and BOM aware)', () => {
    const text = '\ufeff{\r\n  "a": 1,\r\n  "b": tru\r\n}';
    const err = thrown(() => parseJsonText(text, 's.json'));
    expect([err.line, err.column]).toEqual([3, 8]);
    const err2 = thrown(() => parseJsonText('{"a": 1,}', 'c.json'));
    expect([err2.line, err2.column]).toEqual([1, 9]);
    expect(err2.message).toMatch(/property name/);
    // agrees with V8's own position where V8 gives one
    try {
      JSON.parse('{"a": 1,}');
    } catch (e) {
      const m = /position (\d+)/.exec((e as Error).message);
      if (m) expect(lineColumnAt('{"a": 1,}', Number(m[1])).column).toBe(err2.column);
    }
  });

  it('the scanner agrees with JSON.parse and bounds nesting depth (issue 12)', () => {
    for (const t of ['{}', '[]', '"x"', '1.5e3', '{"a":[{"b":null}],"c":"\\u00e9\\n"}', ' [ true , false ] '])
      expect(scanJson(t).ok, t).toBe(true);
    for (const t of ['{', '[1,', '{"a"', '{"a":', '"abc', 'tr']) expect(scanJson(t).eof, t).toBe(true);
    for (const t of ['{a:1}', '[1 2]', '{"a":01}', '"\\x"', '{} {}', 'nul!'])
      expect(scanJson(t).errorOffset, t).toBeDefined();
    expect(scanJson('['.repeat(256) + ']'.repeat(256)).ok).toBe(true);
    const deep = scanJson('['.repeat(100_000) + ']'.repeat(100_000));
    expect(deep.ok).toBe(false);
    expect(deep.errorOffset).toBe(256);
    expect(deep.errorMessage).toMatch(/nested deeper than 256 levels/);
  });
});

describe('decoding and parseDocument', () => {
  it('invalid UTF-8 is an InputError with its line; UTF-16 with a BOM is decoded', () => {
    const bad = Buffer.concat([
      Buffer.from('line one\nline two '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('\n'),
    ]);
    const err = thrown(() => decodeText(bad, 'u.md'));
    expect(err.line).toBe(2);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Title\n', 'utf16le')]);
    expect(decodeText(utf16, 'w.md')).toBe('# Title\n');
    expect(detectFormat(utf16, 'w.md', { markdown: true })).toBe('markdown');
  });

  it('readDocument detects and parses every non-NDJSON fixture', () => {
    for (const [path, want] of FIXTURES) {
      if (want === 'k6-ndjson') continue;
      const ds = readDocument(bytes(path), path, 'auto', { markdown: true });
      expect(ds.format, path).toBe(want);
      expect(ds.file).toBe(path);
    }
  });

  it('a forced format that does not fit is an InputError, NDJSON is not read here', () => {
    const plan = bytes('protocol/optimization-plan.json').toString();
    expect(() => parseDocument(plan, 'p.json', 'pytest-benchmark')).toThrow(InputError);
    expect(() => parseDocument('{}', 'x.ndjson', 'k6-ndjson')).toThrow(/streaming NDJSON reader/);
    expect(() => readDocument(bytes('k6/a-baseline/results.ndjson.gz'), 'r.gz')).toThrow(InputError);
  });
});
