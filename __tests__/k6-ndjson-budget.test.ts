// Bounded memory for huge runs: past the run's budget of kept values the largest series switch to a
// quantile sketch. Every sketched percentile stays within 0.1% of the exact one and says so
// (exact: false, relative_error 0.001); below the budget nothing changes; the chunked and merged
// paths (several aggregators, shards) agree.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  finalizeNdjson,
  mergePartials,
  NdjsonAggregator,
  parseK6Ndjson,
} from '../src/parsers/k6-ndjson/index.js';
import { ValueBudget } from '../src/parsers/k6-ndjson/aggregator.js';
import type { K6Dataset, MetricSummary, Run } from '../src/model.js';
import { compareRuns } from '../src/stats/compare.js';
import { parseKey } from '../src/stats/keys.js';

const FIX = path.join(__dirname, 'fixtures', 'k6');
const real = gunzipSync(readFileSync(path.join(FIX, 'a-baseline', 'results.ndjson.gz')));

function entries(ds: K6Dataset): Map<string, MetricSummary> {
  return new Map(ds.series.map((s) => [`${s.summary.metric}${JSON.stringify(s.summary.tags)}`, s.summary]));
}

const STATS = ['med', 'p90', 'p95', 'p99'] as const;

describe('k6 NDJSON past the budget of kept values', () => {
  const exact = parseK6Ndjson(real, { file: 'a-baseline' });
  const trends = exact.series.filter((s) => s.summary.type === 'trend');
  const total = trends
    .filter((s) => Object.keys(s.summary.tags).length === 0)
    .reduce((n, s) => n + (s.summary.count ?? 0), 0);

  it('the default budget keeps a real run exact (no exact:false anywhere)', () => {
    expect(total).toBeGreaterThan(1000);
    for (const s of exact.series) expect(s.summary.exact).toBeUndefined();
    expect(trends.every((s) => s.sorted !== undefined && s.sketch === undefined)).toBe(true);
  });

  it('a budget of a fifth of the values: the largest series sketched, each percentile within 0.1%', () => {
    const small = parseK6Ndjson(real, { file: 'a-baseline', budget: Math.floor(total / 5) });
    const got = entries(small);
    let sketched = 0;
    for (const [k, e] of entries(exact)) {
      const g = got.get(k)!;
      expect(g, k).toBeDefined();
      expect(g.count).toBe(e.count);
      if (e.type !== 'trend') {
        expect(g).toEqual(e);
        continue;
      }
      expect(g.min).toBe(e.min);
      expect(g.max).toBe(e.max);
      expect(g.avg).toBeCloseTo(e.avg!, 9);
      if (g.exact === false) {
        sketched++;
        expect(g.relative_error).toBe(0.001);
        for (const st of STATS) {
          const x = e[st]!;
          expect(Math.abs(g[st]! - x), `${k} ${st}`).toBeLessThanOrEqual(Math.abs(x) * 0.001 * (1 + 1e-9));
        }
      } else {
        for (const st of STATS) expect(g[st], `${k} ${st}`).toBe(e[st]);
      }
    }
    expect(sketched).toBeGreaterThan(0);
    const httpReq = small.series.find(
      (s) => s.summary.metric === 'http_req_duration' && Object.keys(s.summary.tags).length === 0,
    )!;
    expect(httpReq.summary.exact).toBe(false);
    expect(httpReq.sketch?.count).toBe(httpReq.summary.count);
  });

  it('aggregators sharing one budget, and parts merged: the same figures as one reader with that budget', () => {
    const budget = Math.floor(total / 5);
    const one = entries(parseK6Ndjson(real, { file: 'a-baseline', budget }));
    // the same bytes through two aggregators (halves of the file, cut at a line) sharing a budget
    const cut = real.indexOf(10, real.length >> 1) + 1;
    const shared = new ValueBudget(budget);
    const a = new NdjsonAggregator({ file: 'a-baseline', budget: shared });
    const b = new NdjsonAggregator({ file: 'a-baseline', budget: shared });
    a.pushSegment(real.subarray(0, cut), 0);
    b.pushSegment(real.subarray(cut), 1);
    const merged = entries(
      finalizeNdjson(mergePartials([a.snapshot(), b.snapshot()]), { file: 'a-baseline' }),
    );
    for (const [k, e] of one) {
      const g = merged.get(k)!;
      expect(g.count, k).toBe(e.count);
      for (const st of STATS) {
        if (e[st] === undefined) continue;
        // exact in one and sketched in the other is allowed: both within the bound of the truth
        const truth = entries(exact).get(k)![st]!;
        expect(Math.abs(g[st]! - truth), `${k} ${st}`).toBeLessThanOrEqual(
          Math.abs(truth) * 0.001 * (1 + 1e-9),
        );
      }
    }
  });

  it('compare: a sketched side says exact:false with the bound, and its interval holds the exact one', () => {
    const realB = gunzipSync(readFileSync(path.join(FIX, 'b-optimized', 'results.ndjson.gz')));
    const run = (label: string, bytes: Buffer, budget?: number): Run => ({
      label,
      files: [],
      k6: parseK6Ndjson(bytes, { file: label, budget }),
    });
    const opts = {
      keys: [parseKey('http_req_duration:p95'), parseKey('http_req_duration:p50')],
      target: 0.15,
      tolerance: 0.05,
      confidence: 0.95,
    };
    const exactRows = compareRuns([run('a', real)], [run('b', realB)], opts);
    const small = Math.floor(total / 5);
    const sketchRows = compareRuns([run('a', real, small)], [run('b', realB, small)], opts);
    for (const [i, e] of exactRows.entries()) {
      const s = sketchRows[i];
      expect(e.exact).toBeUndefined();
      expect(s.exact, s.key).toBe(false);
      expect(s.relative_error).toBe(0.001);
      expect(s.notes?.join(' ')).toMatch(/quantile sketch/);
      expect(s.lower!).toBeLessThanOrEqual(e.lower!);
      expect(s.upper!).toBeGreaterThanOrEqual(e.upper!);
      expect(Math.abs(s.ratio! / e.ratio! - 1)).toBeLessThan(0.0021);
      expect(s.verdict).toBe(e.verdict);
    }
  });
});

describe('value blocks sorted as they fill (worker threads)', () => {
  it('every block a sorted run before the state is taken, and the same figures as sorting at the end', () => {
    const read = (sortFullBlocks: boolean) => {
      const a = new NdjsonAggregator({ file: 'a-baseline', sortFullBlocks });
      a.pushSegment(real, 0);
      return a;
    };
    const early = read(true);
    const late = read(false);
    // full blocks are sorted already while reading: all but each leaf's last block
    const before = early.snapshot(); // (no sortValues: only what was sorted while reading)
    let full = 0;
    for (const l of before.leaves) {
      const blocks = l.values ?? [];
      for (const b of blocks.slice(0, -1)) {
        full++;
        for (let i = 1; i < b.length; i++) expect(b[i - 1] <= b[i]).toBe(true);
      }
    }
    expect(full).toBeGreaterThan(5);
    const sortedLate = late.snapshot({ sortValues: true });
    const sortedEarly = read(true).snapshot({ sortValues: true });
    expect(sortedEarly.leaves).toEqual(sortedLate.leaves);
    expect(finalizeNdjson(mergePartials([sortedEarly]), { file: 'a-baseline' })).toEqual(
      finalizeNdjson(mergePartials([sortedLate]), { file: 'a-baseline' }),
    );
  });
});
