// Issue 15, item 1: the history entry (record), its JSON Schema, and refusal of newer versions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, type Run } from '../src/model.js';
import { historyEntryText, parseHistoryEntry } from '../src/parsers/history/index.js';
import { historyJsonSchemaText } from '../src/parsers/history/json-schema.js';
import { loadRun } from '../src/run/load.js';
import { normalQuantile } from '../src/stats/distributions.js';
import { recordRun, statKey, toRunStatistic } from '../src/stats/history/record.js';
import { parseKey } from '../src/stats/keys.js';
import { runStatistic } from '../src/stats/run-statistic.js';

const FIX = '__tests__/fixtures';

async function run(files: string[], label: string): Promise<Run> {
  return (await loadRun({ line: files.join(' '), files, fromGlob: false }, label)).run;
}

const SHA = '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b';

describe('history entry', () => {
  it('records every default key of a k6 run with bounds, log variance, samples and counts, and reads back to the same statistics', async () => {
    const r = await run(
      [`${FIX}/k6/a-baseline/results.ndjson.gz`, `${FIX}/k6/a-baseline/summary-export.json`],
      'a',
    );
    const entry = recordRun(r, { sha: SHA, time: '2026-11-20T10:00:00Z', version: '9.9.9' });
    expect(entry.version).toBe(1);
    expect(entry.key_grammar).toBe(1);
    expect(entry.tools['perf-gates']).toBe('9.9.9');
    expect(entry.sources.map((s) => s.path.replace(/.*fixtures\//, ''))).toEqual([
      'k6/a-baseline/results.ndjson.gz',
      'k6/a-baseline/summary-export.json',
    ]);
    const keys = entry.stats.map((s) => s.key);
    expect(keys).toContain('http_req_duration:p95');
    expect(keys).toContain('http_req_failed:rate');
    expect(keys).toContain('http_reqs:rate');
    const p95 = entry.stats.find((s) => s.key === 'http_req_duration:p95')!;
    if (!p95.present) throw new Error('p95 missing');
    expect(p95.n).toBeGreaterThan(500);
    const z = normalQuantile(0.95);
    expect(p95.var_log).toBeCloseTo(((Math.log(p95.upper!) - Math.log(p95.lower!)) / (2 * z)) ** 2, 15);
    const failed = entry.stats.find((s) => s.key === 'http_req_failed:rate')!;
    if (!failed.present) throw new Error('rate missing');
    expect(failed.counts!.total).toBe(failed.n);
    expect(failed.counts!.passes).toBeGreaterThan(0);
    // no raw samples: compact
    expect(historyEntryText(entry).length).toBeLessThan(20_000);

    const back = parseHistoryEntry(historyEntryText(entry), 'entry.json');
    expect(back).toEqual(entry);
    for (const s of back.stats) expect(toRunStatistic(s)).toEqual(runStatistic(r, statKey(s), 0.95));
  });

  it('records a pytest-benchmark file: every benchmark median, with its rounds, and named keys first', async () => {
    const r = await run([`${FIX}/pytest/benchmark/bench-baseline.json`], 'b');
    const named = parseKey('tests/perf/test_bench.py::test_nope:median');
    const entry = recordRun(r, { time: '2026-11-20T10:00:00Z', version: '0.1.0', keys: [named] });
    expect(entry.stats[0]).toMatchObject({ key: named.metric + ':median', named: true, present: false });
    const medians = entry.stats.filter((s) => s.present && s.stat === 'median');
    expect(medians.length).toBe(r.benchmarks!.benchmarks.length);
    expect(entry.tools.python).toBe('3.11.7'); // the file's machine_info.python_version
    const back = parseHistoryEntry(historyEntryText(entry), 'entry.json');
    expect(back).toEqual(entry);
    for (const s of back.stats) expect(toRunStatistic(s)).toEqual(runStatistic(r, statKey(s), 0.95));
  });

  it('refuses a newer version, a newer key grammar and another format with a clear message and line', () => {
    const base = {
      format: 'perf-gates-history-entry',
      version: 1,
      key_grammar: 1,
      sha: null,
      time: '2026-11-20T10:00:00Z',
      tools: { 'perf-gates': '0.1.0' },
      confidence: 0.95,
      sources: [],
      stats: [],
    };
    expect(parseHistoryEntry(JSON.stringify(base), 'e.json').stats).toEqual([]);
    const text = JSON.stringify({ ...base, version: 2, stats: [{ whatever: 1 }] }, null, 2);
    expect(() => parseHistoryEntry(text, 'e.json')).toThrow(
      /e\.json:3: history entry version 2 was written by a newer perf-gates; .*upgrade perf-gates/,
    );
    expect(() => parseHistoryEntry(JSON.stringify({ ...base, key_grammar: 7 }), 'e.json')).toThrow(
      /key grammar version 7 is newer/,
    );
    expect(() => parseHistoryEntry(JSON.stringify({ ...base, format: 'noise' }), 'e.json')).toThrow(
      /not a perf-gates history entry/,
    );
  });

  it('names the file, line and field of a bad value, and a key that does not match its parts', () => {
    const stat = {
      key: 'http_req_duration:p95',
      metric: 'http_req_duration',
      tags: {},
      stat: 'p95',
      direction: 'decrease',
      named: false,
      present: true,
      value: 10,
      lower: 9,
      upper: 11,
      var_log: 0.001,
      n: 100,
      needed: 59,
      method: 'order statistics',
    };
    const doc = {
      format: 'perf-gates-history-entry',
      version: 1,
      key_grammar: 1,
      sha: 'abc1234',
      time: '2026-11-20T10:00:00Z',
      tools: {},
      confidence: 0.95,
      sources: [],
      stats: [stat],
    };
    expect(parseHistoryEntry(JSON.stringify(doc), 'e.json').stats).toHaveLength(1);
    const bad = JSON.stringify({ ...doc, stats: [{ ...stat, n: -1 }] }, null, 2);
    let err: unknown;
    try {
      parseHistoryEntry(bad, 'store/000001.json');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(
      /^store\/000001\.json:\d+:\d+: history entry: stats\[0\]\.n: /,
    );
    expect(() =>
      parseHistoryEntry(
        JSON.stringify({ ...doc, stats: [{ ...stat, key: 'http_req_duration:p99' }] }),
        'e.json',
      ),
    ).toThrow(
      /stats\[0\]\.key is "http_req_duration:p99" but its metric, tags and stat spell "http_req_duration:p95"/,
    );
    expect(() => parseHistoryEntry(JSON.stringify({ ...doc, sha: 'not a sha' }), 'e.json')).toThrow(
      /sha: must be a hex/,
    );
    expect(() => parseHistoryEntry('{"format": "perf-gates-history-entry",', 'e.json')).toThrow(
      /e\.json:1:\d+: invalid JSON/,
    );
  });

  it('schema/history-entry.v1.schema.json is what the zod schema generates (node scripts/gen-schema.mjs)', () => {
    const committed = readFileSync('schema/history-entry.v1.schema.json', 'utf8');
    expect(JSON.parse(committed)).toEqual(JSON.parse(historyJsonSchemaText()));
    const doc = JSON.parse(committed);
    expect(doc.additionalProperties).toBe(false);
    expect(doc.properties.version.const).toBe(1);
  });
});
