// Issue 9's "Done when" on real and generated k6 runs: a-baseline and b-optimized are real k6 v1.3.0
// runs; gen-baseline-rerun (seed 6) and gen-regressed (seed 15) are scripts/gen-ndjson.mjs runs of the
// fixture server's profiles (provenance in fixtures/README.md). Read with the real NDJSON reader.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Comparison, KeySpec, NoiseFile, Run } from '../src/model.js';
import { parseK6Ndjson } from '../src/parsers/k6-ndjson/index.js';
import { calibrate } from '../src/stats/calibrate.js';
import { compareRuns } from '../src/stats/compare.js';
import { parseKey } from '../src/stats/keys.js';
// @ts-expect-error: a plain .mjs script without types
import { generateProfileRun, parseArgs } from '../scripts/gen-ndjson.mjs';

const FIX = new URL('./fixtures/k6/', import.meta.url);
const cache = new Map<string, Run>();
function run(dir: string): Run {
  let r = cache.get(dir);
  if (!r) {
    const rel = `__tests__/fixtures/k6/${dir}/results.ndjson.gz`;
    const k6 = parseK6Ndjson(gunzipSync(readFileSync(new URL(`${dir}/results.ndjson.gz`, FIX))), {
      file: rel,
    });
    r = { label: dir, files: [{ path: rel, sha256: '0'.repeat(64), bytes: 1 }], k6 };
    cache.set(dir, r);
  }
  return r;
}

const OPTS = { target: 0.15, tolerance: 0.05, confidence: 0.95 };
const P95 = parseKey('http_req_duration:p95');
const P50 = parseKey('http_req_duration:p50');
const P99 = parseKey('http_req_duration:p99');
const ERR = parseKey('http_req_failed:rate');
const KEYS: KeySpec[] = [P95, ERR];

const A = () => run('a-baseline');
const B = () => run('b-optimized');
const RERUN = () => run('gen-baseline-rerun');
const REG = () => run('gen-regressed');

function rows(base: Run, cand: Run, noise?: NoiseFile, keys = KEYS): Record<string, Comparison> {
  const out: Record<string, Comparison> = {};
  for (const r of compareRuns([base], [cand], { ...OPTS, keys, noise })) out[r.key] = r;
  return out;
}
const claims = (r: Comparison) => r.verdict === 'regression' || r.verdict === 'improvement-confirmed';

describe('the generated runs are what they claim', () => {
  it('the rerun p95 is within 2 % of a-baseline; the regressed run has p95 about +55 % and about 5.9 % errors', () => {
    const p95 = (r: Run) =>
      r.k6!.series.find(
        (s) => s.summary.metric === 'http_req_duration' && Object.keys(s.summary.tags).length === 0,
      )!.summary.p95!;
    const err = (r: Run) =>
      r.k6!.series.find(
        (s) => s.summary.metric === 'http_req_failed' && Object.keys(s.summary.tags).length === 0,
      )!.summary.rate!;
    expect(Math.abs(p95(RERUN()) / p95(A()) - 1)).toBeLessThan(0.02);
    expect(p95(REG()) / p95(A()) - 1).toBeGreaterThan(0.5);
    expect(p95(REG()) / p95(A()) - 1).toBeLessThan(0.6);
    expect(err(REG())).toBeGreaterThan(0.055);
    expect(err(REG())).toBeLessThan(0.065);
  });
  it('scripts/gen-ndjson.mjs reproduces the committed runs byte for byte from their seeds', () => {
    for (const [dir, profile, seed] of [
      ['gen-baseline-rerun', 'baseline', 6],
      ['gen-regressed', 'regressed', 15],
    ] as const) {
      const committed = gunzipSync(readFileSync(new URL(`${dir}/results.ndjson.gz`, FIX))).toString('utf8');
      expect(generateProfileRun(profile, 801, seed)).toBe(committed);
    }
  });
  it('parses flags before or after the positional arguments', () => {
    const a = parseArgs(['--seed', '3', 'out.ndjson', '--profile', 'regressed']);
    expect(a.positional).toEqual(['out.ndjson']);
    expect(a.seed).toBe(3);
    expect(a.profile).toBe('regressed');
    const b = parseArgs(['out.ndjson', '100M', '--seed=7', '--gzip']);
    expect(b.positional).toEqual(['out.ndjson', '100M']);
    expect(b.seed).toBe(7);
    expect(b.gzip).toBe(true);
    expect(() => parseArgs(['--seed'])).toThrow(/--seed needs a value/);
    expect(() => parseArgs(['--seed', 'x', 'o'])).toThrow(/non-negative integer/);
    expect(() => parseArgs(['--bogus', 'o'])).toThrow(/unknown option --bogus/);
  });
});

describe('calibrated from a-baseline and its rerun (noise file version 2)', () => {
  const noise = () => calibrate([A(), RERUN()], { keys: KEYS, now: 'x' });
  it('a-baseline -> b-optimized p95 is improvement-confirmed', () => {
    const r = rows(A(), B(), noise())['http_req_duration:p95'];
    expect(r.calibrated).toBe(true);
    expect(r.verdict).toBe('improvement-confirmed');
    expect(r.upper!).toBeLessThanOrEqual(0.85);
  });
  it('a-baseline -> regressed is a regression on p95 and on the error rate', () => {
    const r = rows(A(), REG(), noise());
    expect(r['http_req_duration:p95'].verdict).toBe('regression');
    expect(r['http_req_failed:rate'].verdict).toBe('regression');
  });
  it('baseline -> rerun and rerun -> baseline claim nothing', () => {
    for (const [b, c] of [
      [A(), RERUN()],
      [RERUN(), A()],
    ]) {
      const r = rows(b, c, noise());
      for (const row of Object.values(r)) expect(claims(row), `${row.key}: ${row.reason}`).toBe(false);
    }
  });
});

describe('uncalibrated (no noise file)', () => {
  it('the same, except that the improvement is at most improvement', () => {
    const imp = rows(A(), B())['http_req_duration:p95'];
    expect(imp.calibrated).toBe(false);
    expect(imp.verdict).toBe('improvement');
    const reg = rows(A(), REG());
    expect(reg['http_req_duration:p95'].verdict).toBe('regression');
    expect(reg['http_req_failed:rate'].verdict).toBe('regression');
    for (const [b, c] of [
      [A(), RERUN()],
      [RERUN(), A()],
    ]) {
      for (const row of Object.values(rows(b, c)))
        expect(claims(row), `${row.key}: ${row.reason}`).toBe(false);
    }
  });
});

describe('the detectable change', () => {
  it('every row with an interval has a finite, positive detectable_change; rows without have null and a reason', () => {
    // the default key set plus keys without an interval (max has none; TLS time is 0 on both sides)
    const all = compareRuns([A()], [B()], {
      ...OPTS,
      keys: [parseKey('http_req_duration:max'), parseKey('http_req_tls_handshaking:p95')],
      defaultKeys: true,
    });
    let withInterval = 0;
    let without = 0;
    for (const r of all) {
      if (r.lower !== null && r.upper !== null) {
        withInterval++;
        expect(Number.isFinite(r.detectable_change), r.key).toBe(true);
        expect(r.detectable_change!, r.key).toBeGreaterThan(0);
        expect(r.detectable_reason).toBeUndefined();
      } else {
        without++;
        expect(r.detectable_change, r.key).toBeNull();
        expect(r.detectable_reason, r.key).toMatch(/\w/);
      }
    }
    expect(withInterval).toBeGreaterThan(3);
    expect(without).toBeGreaterThan(0);
  });
  it('one run per side: p99 sees less than p50 (a larger detectable change)', () => {
    for (const noise of [undefined, calibrate([A(), RERUN()], { keys: [P50, P99], now: 'x' })]) {
      const r = rows(A(), B(), noise, [P50, P99]);
      expect(r['http_req_duration:p99'].detectable_change!).toBeGreaterThan(
        r['http_req_duration:p50'].detectable_change!,
      );
    }
  });
  it('uncalibrated rows above the tolerance carry a "blind to regressions below X%" note', () => {
    const r = rows(A(), RERUN())['http_req_duration:p95'];
    expect(r.detectable_change!).toBeGreaterThan(5);
    expect(r.notes?.join(' ')).toMatch(
      new RegExp(`blind to regressions below ${Math.round(r.detectable_change!)}%`),
    );
  });
  it('zero on both sides, or no sampling interval: null with the reason', () => {
    const r = rows(A(), B(), undefined, [
      parseKey('http_req_tls_handshaking:p95'),
      parseKey('http_req_duration:max'),
    ]);
    expect(r['http_req_tls_handshaking:p95'].verdict).toBe('no-change');
    expect(r['http_req_tls_handshaking:p95'].detectable_change).toBeNull();
    expect(r['http_req_tls_handshaking:p95'].detectable_reason).toBe('zero on both sides: no interval');
    expect(r['http_req_duration:max'].detectable_change).toBeNull();
    expect(r['http_req_duration:max'].detectable_reason).toMatch(
      /^insufficient-data: .*no sampling interval/,
    );
  });
});
