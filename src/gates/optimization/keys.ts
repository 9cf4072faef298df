// Key helpers the optimization and governance gates share: turning a plan/config/SLO metric into a
// key spec, and matching it against the comparison rows the statistics engine returns. Pure.
import type { Direction, KeySpec } from '../../model.js';
import { formatKey, parseKey } from '../../stats/keys.js';
import { sameTags } from '../../parsers/k6-summary/keys.js';

/** One spelling per statistic: `med`, `p50`, `median`, `p(50)` are the same; `p(95)` = `p95`. */
export function normStat(stat: string): string {
  const s = stat.trim().toLowerCase();
  if (s === 'med' || s === 'median' || s === 'p50' || s === 'p(50)') return 'med';
  const m = /^p\((\d+(?:\.\d+)?)\)$/.exec(s);
  if (m) return `p${m[1]}`;
  return s;
}

export function sameKey(
  a: Pick<KeySpec, 'metric' | 'tags' | 'stat'>,
  b: Pick<KeySpec, 'metric' | 'tags' | 'stat'>,
): boolean {
  return (
    a.metric === b.metric && sameTags(a.tags ?? {}, b.tags ?? {}) && normStat(a.stat) === normStat(b.stat)
  );
}

/**
 * A key spec from a metric name as plans and SLO files write it (`http_req_duration{name:checkout}`,
 * `test_benchmarks.py::test_parse_orders`), a statistic, a direction and optional extra tags.
 */
export function specOf(
  name: string,
  stat: string,
  direction: Direction,
  tags?: Record<string, string>,
  named = true,
  file = 'key',
): KeySpec {
  const parsed = parseKey(`${name}:${stat}`, file, direction);
  return {
    metric: parsed.metric,
    tags: { ...parsed.tags, ...(tags ?? {}) },
    stat: parsed.stat,
    direction,
    named,
  };
}

export function keyOf(spec: Pick<KeySpec, 'metric' | 'tags' | 'stat'>): string {
  return formatKey(spec as KeySpec);
}

/** The comparison row for a spec: same key string, or the same metric, tags and statistic. */
export function findComparison<T extends { key: string }>(
  rows: readonly T[],
  spec: Pick<KeySpec, 'metric' | 'tags' | 'stat'>,
): T | undefined {
  const key = keyOf(spec);
  const exact = rows.find((c) => c.key === key);
  if (exact) return exact;
  return rows.find((c) => {
    try {
      return sameKey(parseKey(c.key), spec);
    } catch {
      return false;
    }
  });
}

/** Relative change in the good direction, percent: (1 - ratio) * 100 for decrease, mirrored for increase. */
export function improvementPct(ratio: number | null, direction: Direction): number | null {
  if (ratio === null || !Number.isFinite(ratio)) return null;
  return round2(direction === 'decrease' ? (1 - ratio) * 100 : (ratio - 1) * 100);
}

export function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

export function round4(v: number): number {
  return Math.round(v * 10000) / 10000;
}
