// k6 metric keys: `metric` or a submetric `metric{tag:value,tag2:value2}` (spaces around a tag key
// or value are trimmed and one pair of quotes dropped, so `metric{"name":"x"}` and
// `metric{ name: 'x' }` name the same submetric; a value with `,` `:` `{` `}` `"` is written in
// double quotes, see quoteTagPart). Trend stat names `p(95)`, `p95`, `med`...

export interface MetricKey {
  metric: string;
  tags: Record<string, string>;
}

export { quoteTagPart, splitTagList } from '../../model.js';
import { quoteTagPart, splitTagList } from '../../model.js';

/** Where the tag list opens: the first `{` outside quotes (a metric name has no quotes or braces). */
function tagListStart(key: string): number {
  return key.indexOf('{');
}

/**
 * Splits `http_req_duration{name:products,status:200}` into the metric name and its tags.
 * Throws an Error (the caller turns it into an InputError with the file and line) when the
 * braces or a `tag:value` pair are malformed.
 */
export function parseMetricKey(key: string): MetricKey {
  const open = tagListStart(key);
  if (open < 0) {
    if (key.includes('}')) throw new Error(`"${key}": '}' without '{'`);
    return { metric: key.trim(), tags: {} };
  }
  if (!key.trimEnd().endsWith('}')) throw new Error(`"${key}": a submetric key must end with '}'`);
  const metric = key.slice(0, open).trim();
  if (!metric) throw new Error(`"${key}": no metric name before '{'`);
  const inner = key.slice(open + 1, key.trimEnd().length - 1);
  const tags: Record<string, string> = {};
  if (inner.trim() === '') return { metric, tags };
  for (const [k, v] of splitTagList(inner, key)) {
    if (!k) throw new Error(`"${key}": a tag without a name`);
    tags[k] = v;
  }
  return { metric, tags };
}

/** parseMetricKey for places that must not throw: a malformed key is taken as a plain metric name. */
export function tryParseMetricKey(key: string): MetricKey {
  try {
    return parseMetricKey(key);
  } catch {
    return { metric: key.trim(), tags: {} };
  }
}

/** Exactly the same tags (order does not matter). */
export function sameTags(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && b[k] === a[k]);
}

/** k6's spelling: tags sorted by key and comma-joined, `metric{a:1,b:2}`; `metric` without tags. */
export function formatMetricKey(metric: string, tags: Record<string, string>): string {
  const keys = Object.keys(tags).sort();
  if (keys.length === 0) return metric;
  return `${metric}{${keys.map((k) => `${quoteTagPart(k, true)}:${quoteTagPart(tags[k])}`).join(',')}}`;
}

/** Same metric and tags, whatever the spelling (quotes, spaces, tag order). */
export function sameMetricKey(a: string, b: string): boolean {
  try {
    const x = parseMetricKey(a);
    const y = parseMetricKey(b);
    return formatMetricKey(x.metric, x.tags) === formatMetricKey(y.metric, y.tags);
  } catch {
    return a.trim() === b.trim();
  }
}

/**
 * Normalises a stat name: `p(95)`/`P95`/`p(95.0)` → `p95`, `p(99.9)` → `p99.9`, `p(50)` → `p50`;
 * `avg min med max count rate value median` as they are (lower-cased). undefined when unknown.
 */
export function normalizeStat(stat: string): string | undefined {
  const s = stat.trim().toLowerCase();
  const m = /^p\(?\s*(\d+(?:\.\d+)?)\s*\)?$/.exec(s);
  if (m) {
    const v = Number(m[1]);
    if (!(v >= 0 && v <= 100)) return undefined;
    return `p${String(v)}`;
  }
  if (['avg', 'min', 'med', 'max', 'count', 'rate', 'value', 'median', 'mean'].includes(s)) return s;
  return undefined;
}
