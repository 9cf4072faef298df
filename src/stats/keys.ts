// Comparison keys, written as DESIGN section 4 spells them: `metric{tag:value,...}:stat`, tags in
// k6's spelling (sorted by key, comma-joined, as k6 names submetrics; a tag value with a comma or
// a quote is written in double quotes: parsers/k6-summary/keys.ts quoteTagPart); a benchmark is
// `<fullname>:median` (pytest fullnames contain `::` and may contain `[..]` and `{`).

import { InputError, quoteTagPart, splitTagList, type Direction, type KeySpec } from '../model.js';

/** The statistics a key may name (plus any `pNN`/`pNN.N` percentile). `p50` = `med`. */
export const STATS = [
  'avg',
  'min',
  'med',
  'max',
  'p50',
  'p90',
  'p95',
  'p99',
  'rate',
  'count',
  'median',
] as const;

const PERCENTILE_STAT = /^p(\d{1,2}(?:\.\d+)?|100)$/;

export function isValidStat(stat: string): boolean {
  return (STATS as readonly string[]).includes(stat) || PERCENTILE_STAT.test(stat);
}

/** A metric with `::` is a pytest-benchmark fullname. */
export function isBenchmarkMetric(metric: string): boolean {
  return metric.includes('::');
}

/**
 * Default direction: time trends (http_req_duration...), error/failure rates, counts of drops and
 * benchmarks `decrease`; throughput (`http_reqs:rate`, any counter's rate) and checks `increase`.
 */
export function defaultDirection(metric: string, stat: string): Direction {
  if (isBenchmarkMetric(metric)) return 'decrease';
  const m = metric.toLowerCase();
  const bad = /(fail|error|err_|drop|timeout|reject|retr)/.test(m);
  if (bad) return 'decrease';
  if (m === 'checks' || /(^|_)(checks?|success|passe?s?|ok)($|_)/.test(m)) return 'increase';
  if (stat === 'rate' || m === 'http_reqs' || m === 'iterations') return 'increase';
  return 'decrease';
}

/**
 * Parse `http_req_duration{name:checkout}:p95`, `http_reqs:rate`,
 * `tests/test_x.py::test_y[a:b]:median`. The stat is taken from the LAST `:`. Bad keys throw an
 * InputError naming `file` (the config or plan the key came from) and the key.
 */
export function parseKey(key: string, file = 'key', direction?: Direction): KeySpec {
  const where = (msg: string) => new InputError(file, `invalid key "${key}": ${msg}`);
  const trimmed = key.trim();
  const cut = trimmed.lastIndexOf(':');
  if (cut <= 0) throw where('expected metric:stat, e.g. http_req_duration{name:checkout}:p95');
  const metricPart = trimmed.slice(0, cut);
  const stat = trimmed.slice(cut + 1).replace(/^p\((\d+(?:\.\d+)?)\)$/, 'p$1');
  if (!isValidStat(stat)) {
    throw where(`unknown stat "${stat}" (use one of ${STATS.join(' ')} or pNN)`);
  }
  const brace0 = metricPart.indexOf('{');
  if (isBenchmarkMetric(brace0 < 0 ? metricPart : metricPart.slice(0, brace0))) {
    return { metric: metricPart, tags: {}, stat, direction: direction ?? defaultDirection(metricPart, stat) };
  }
  const brace = metricPart.indexOf('{');
  let metric = metricPart;
  const tags: Record<string, string> = {};
  if (brace >= 0) {
    if (!metricPart.endsWith('}')) throw where('tag list must end with "}"');
    metric = metricPart.slice(0, brace);
    const inner = metricPart.slice(brace + 1, -1);
    if (inner.trim() === '') throw where('empty tag list "{}"');
    let pairs: [string, string][];
    try {
      pairs = splitTagList(inner, key);
    } catch (e) {
      throw where((e as Error).message.replace(/^"[^]*?": /, ''));
    }
    for (const [k, v] of pairs) {
      if (!k) throw where('a tag without a name');
      if (k in tags) throw where(`tag "${k}" given twice`);
      tags[k] = v;
    }
  }
  if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(metric))
    throw where(`metric name "${metric}" is not a k6 metric name`);
  return { metric, tags, stat, direction: direction ?? defaultDirection(metric, stat) };
}

/** k6's spelling of a metric with tags: `http_req_duration{method:GET,name:checkout}`. */
export function formatMetric(metric: string, tags: Record<string, string>): string {
  const keys = Object.keys(tags).sort();
  if (keys.length === 0) return metric;
  return `${metric}{${keys.map((k) => `${quoteTagPart(k, true)}:${quoteTagPart(tags[k])}`).join(',')}}`;
}

export function formatKey(spec: Pick<KeySpec, 'metric' | 'tags' | 'stat'>): string {
  if (isBenchmarkMetric(spec.metric)) return `${spec.metric}:${spec.stat}`;
  return `${formatMetric(spec.metric, spec.tags)}:${spec.stat}`;
}

/** Two keys name the same statistic (`p50` and `med` are the same). */
export function sameKey(
  a: Pick<KeySpec, 'metric' | 'tags' | 'stat'>,
  b: Pick<KeySpec, 'metric' | 'tags' | 'stat'>,
): boolean {
  const norm = (s: string) => (s === 'p50' || s === 'median' ? 'med' : s);
  return formatKey({ ...a, stat: norm(a.stat) }) === formatKey({ ...b, stat: norm(b.stat) });
}

/**
 * The version of the key grammar above (`metric{tag:value,...}:stat`, stats as listed, `p50` = `med`,
 * a benchmark `<fullname>:median`). Stored records name it; bump it when keys are spelled differently.
 */
export const KEY_GRAMMAR_VERSION = 1;
