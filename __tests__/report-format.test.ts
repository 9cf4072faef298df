// The one formatter (src/report/format.ts) on the real pytest-benchmark fixtures and k6 figures.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePytestBenchmark } from '../src/parsers/pytest-benchmark/index.js';
import { parseK6Ndjson } from '../src/parsers/k6-ndjson/index.js';
import { summarizeJson, summarizeText } from '../src/cli/summarize.js';
import { formatChange, formatPct, formatQuantity, formatSeconds, sig3 } from '../src/stats/format.js';

const FIX = path.join(import.meta.dirname, 'fixtures');
const bench = (f: string) =>
  parsePytestBenchmark(readFileSync(path.join(FIX, 'pytest/benchmark', f), 'utf8'), `pytest/benchmark/${f}`);

describe('formatter: units that fit, three significant figures', () => {
  it('benchmark medians of the fixtures show in us/ms, never 0 s', () => {
    const base = bench('bench-baseline.json');
    const byName = Object.fromEntries(base.benchmarks.map((b) => [b.name, b.median]));
    expect(formatQuantity(byName['test_sorted_scaling[1000]'], 's')).toBe('36.6 us');
    expect(formatQuantity(byName.test_invoice_totals, 's')).toBe('172 us');
    expect(formatQuantity(byName.test_parse_orders, 's')).toBe('1.25 ms');
    for (const b of [...base.benchmarks, ...bench('bench-optimized.json').benchmarks]) {
      const s = formatQuantity(b.median, b.unit);
      expect(s, b.name).toMatch(/^\d+(\.\d+)? (us|ms)$/);
      expect(s.replace(/\D/g, '').replace(/^0+/, '').length, b.name).toBeLessThanOrEqual(3);
    }
  });

  it('k6 milliseconds, rates, percentages, bytes', () => {
    expect(formatQuantity(54.028732, 'ms')).toBe('54 ms');
    expect(formatQuantity(38.326084, 'ms')).toBe('38.3 ms');
    expect(formatQuantity(1958.4, 'ms')).toBe('1.96 s');
    expect(formatQuantity(0.4, 'ms')).toBe('400 us');
    expect(formatQuantity(0.99996, 'ms')).toBe('1 ms');
    expect(formatQuantity(123.456, 'req/s')).toBe('123 req/s');
    expect(formatQuantity(12.345, '%')).toBe('12.3%');
    expect(formatQuantity(2_345_678, 'B')).toBe('2.35 MB');
    expect(formatQuantity(0, 's')).toBe('0 s');
    expect(formatQuantity(0, 'ms')).toBe('0 ms');
    expect(formatQuantity(null, 'ms')).toBe('n/a');
    expect(formatQuantity(12345.6)).toBe('12300');
    expect(formatQuantity(0.000123456)).toBe('0.000123');
    expect(formatSeconds(4.2e-8)).toBe('42 ns');
    expect(sig3(-0.5)).toBe('-0.5');
  });

  it('changes in percent with their range', () => {
    expect(formatChange(1.953, 1.621, 2.4)).toBe('+95.3% (+62.1% to +140%)');
    expect(formatChange(0.7094, 0.5963, 0.847)).toBe('-29.1% (-40.4% to -15.3%)');
    expect(formatChange(1.1, null, null)).toBe('+10%');
    expect(formatChange(null)).toBe('n/a');
    expect(formatPct(0)).toBe('0%');
  });
});

describe('the CLI table uses the same formatter; --json keeps raw numbers', () => {
  it('summarize: benchmark and k6 figures in us/ms, JSON untouched', () => {
    const base = bench('bench-baseline.json');
    const k6rel = 'k6/a-baseline/results.ndjson.gz';
    const k6 = parseK6Ndjson(gunzipSync(readFileSync(path.join(FIX, k6rel))), { file: k6rel });
    const ref = (p: string) => ({ path: p, sha256: '0'.repeat(64), bytes: 1 });
    const s = summarizeJson([
      { dataset: base, ref: ref(base.file), shownPath: base.file },
      { dataset: k6, ref: ref(k6rel), shownPath: k6rel },
    ]);
    const text = summarizeText(s);
    const row = text.split('\n').find((l) => l.startsWith('test_benchmarks.py::test_sorted_scaling[1000]'));
    expect(row).toMatch(/\s36\.6 us\s/);
    expect(text).not.toMatch(/\s0 s\s/);
    const trend = text.split('\n').find((l) => /^http_req_duration\{name:products\}\s/.test(l));
    expect(trend).toMatch(/\s54 ms\s/); // p95 54.028732 ms
    // the JSON keeps the raw figures
    const b = s.benchmarks.find((x) => x.fullname.endsWith('test_sorted_scaling[1000]'));
    expect(b?.median).toBe(base.benchmarks.find((x) => x.name === 'test_sorted_scaling[1000]')!.median);
  });
});
