// k6 end-of-test summaries, all three shapes (reference/formats.md section 2):
//   A  --summary-export: flat values per metric, no type; thresholds `{expr: true}` means FAILED;
//      rate metrics carry the rate in `value`.
//   B  handleSummary(data) JSON: `{type, contains, values, thresholds: {expr: {ok}}}`.
//   C  machine-readable summary 1.0.0: `results.metrics` array, no thresholds at all.
// Only fields present in the source appear in the summaries (nothing is filled with 0).
import { z } from 'zod';
import {
  InputError,
  type K6Check,
  type K6Dataset,
  type MetricSummary,
  type MetricType,
  type Series,
  type ThresholdEntry,
  type ValueKind,
  type Warning,
} from '../../model.js';
import { locateJsonPath, parseJsonText, zodInputError } from '../text/json.js';
import { normalizeStat, parseMetricKey } from './keys.js';
export { sniff } from './sniff.js';

export { formatMetricKey, normalizeStat, parseMetricKey, sameMetricKey, type MetricKey } from './keys.js';

export type K6SummaryFormat = 'k6-summary-export' | 'k6-handle-summary' | 'k6-machine-summary';

/** k6 built-in metrics (metrics/builtin.go): what they contain, for shape A which omits it. */
const BUILTIN_CONTAINS: Record<string, ValueKind> = {
  vus: 'default',
  vus_max: 'default',
  iterations: 'default',
  iteration_duration: 'time',
  dropped_iterations: 'default',
  checks: 'default',
  group_duration: 'time',
  http_reqs: 'default',
  http_req_failed: 'default',
  http_req_duration: 'time',
  http_req_blocked: 'time',
  http_req_connecting: 'time',
  http_req_tls_handshaking: 'time',
  http_req_sending: 'time',
  http_req_waiting: 'time',
  http_req_receiving: 'time',
  ws_connecting: 'time',
  ws_session_duration: 'time',
  ws_ping: 'time',
  ws_sessions: 'default',
  ws_msgs_sent: 'default',
  ws_msgs_received: 'default',
  grpc_req_duration: 'time',
  data_sent: 'data',
  data_received: 'data',
};

const num = z.number();
const numOrNull = z.union([z.number(), z.null()]);
const metricType = z.enum(['trend', 'rate', 'counter', 'gauge']);
const contains = z.enum(['time', 'data', 'default']);

const checkA = z.looseObject({
  name: z.string().optional(),
  path: z.string().optional(),
  passes: num,
  fails: num,
});
type GroupA = { checks?: Record<string, z.infer<typeof checkA>>; groups?: Record<string, GroupA> };
const groupA: z.ZodType<GroupA> = z.lazy(() =>
  z.looseObject({
    checks: z.record(z.string(), checkA).optional(),
    groups: z.record(z.string(), groupA).optional(),
  }),
);
const shapeA = z.looseObject({
  root_group: groupA.optional(),
  metrics: z.record(
    z.string(),
    z.object({ thresholds: z.record(z.string(), z.boolean()).optional() }).catchall(numOrNull),
  ),
});

type GroupB = { checks?: z.infer<typeof checkA>[]; groups?: GroupB[] };
const groupB: z.ZodType<GroupB> = z.lazy(() =>
  z.looseObject({ checks: z.array(checkA).optional(), groups: z.array(groupB).optional() }),
);
const shapeB = z.looseObject({
  root_group: groupB.optional(),
  state: z.looseObject({ testRunDurationMs: num.optional() }).optional(),
  metrics: z.record(
    z.string(),
    z.looseObject({
      type: metricType,
      contains: contains.optional(),
      values: z.record(z.string(), numOrNull),
      thresholds: z.record(z.string(), z.looseObject({ ok: z.boolean() })).optional(),
    }),
  ),
});

const metricC = z.looseObject({
  name: z.string(),
  type: metricType,
  contains: contains.optional(),
  values: z.record(z.string(), numOrNull),
});
const shapeC = z.looseObject({
  version: z.string(),
  config: z.looseObject({ duration: num.optional() }).optional(),
  metadata: z
    .looseObject({
      generated_at: z.string().optional(),
      generatedAt: z.string().optional(),
      k6_version: z.string().optional(),
      k6Version: z.string().optional(),
    })
    .optional(),
  results: z.looseObject({
    metrics: z.array(metricC),
    checks: z
      .looseObject({
        metrics: z.array(metricC).optional(),
        results: z.array(z.looseObject({ name: z.string(), passes: num, fails: num })).optional(),
      })
      .optional(),
  }),
});

/** Which summary shape a parsed object is; undefined when it is none of them. */
export function k6SummaryShapeOf(doc: unknown): K6SummaryFormat | undefined {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return undefined;
  const o = doc as Record<string, unknown>;
  const results = o.results as Record<string, unknown> | undefined;
  if (results && typeof results === 'object' && Array.isArray(results.metrics)) return 'k6-machine-summary';
  const metrics = o.metrics;
  if (!metrics || typeof metrics !== 'object' || Array.isArray(metrics)) return undefined;
  for (const v of Object.values(metrics as Record<string, unknown>)) {
    if (v && typeof v === 'object')
      return 'type' in v || 'values' in v ? 'k6-handle-summary' : 'k6-summary-export';
  }
  return 'state' in o || 'options' in o ? 'k6-handle-summary' : 'k6-summary-export';
}

/** Shape A has no `type`: infer it from the keys (formats.md 2.2). */
function inferTypeA(keys: string[]): MetricType {
  const has = (k: string) => keys.includes(k);
  if (has('passes') && has('fails') && has('value')) return 'rate';
  if (has('value') && has('min') && has('max')) return 'gauge';
  if (has('count') && has('rate') && keys.length === 2) return 'counter';
  return 'trend';
}

/** Copies the stats of `values` that belong to the type onto the summary; unknown keys warn. */
function applyValues(
  s: MetricSummary,
  values: Record<string, number | null>,
  warn: (m: string) => void,
  rateKey: 'rate' | 'value' | 'matches',
): void {
  const v = (k: string): number | undefined => {
    const x = values[k];
    return typeof x === 'number' ? x : undefined;
  };
  const set = <K extends keyof MetricSummary>(field: K, x: MetricSummary[K] | undefined) => {
    if (x !== undefined) s[field] = x;
  };
  const key = `${s.metric}${Object.keys(s.tags).length ? '{…}' : ''}`;
  switch (s.type) {
    case 'counter':
      set('count', v('count'));
      set('rate', v('rate'));
      break;
    case 'gauge':
      set('value', v('value'));
      set('min', v('min'));
      set('max', v('max'));
      break;
    case 'rate':
      if (rateKey === 'matches') {
        // shape C: {matches, rate, total}
        const matches = v('matches');
        const total = v('total');
        set('rate', v('rate'));
        set('passes', matches);
        set('count', total);
        if (matches !== undefined && total !== undefined) s.fails = total - matches;
      } else {
        set('rate', v(rateKey));
        set('passes', v('passes'));
        set('fails', v('fails'));
        if (s.passes !== undefined && s.fails !== undefined) s.count = s.passes + s.fails;
      }
      break;
    case 'trend':
      for (const [k, x] of Object.entries(values)) {
        if (typeof x !== 'number') continue; // a stat k6 left null (excluded) is absent, not 0
        if (k === 'avg' || k === 'min' || k === 'med' || k === 'max' || k === 'count') {
          s[k] = x;
          continue;
        }
        const stat = normalizeStat(k);
        if (stat === 'p90' || stat === 'p95' || stat === 'p99') s[stat] = x;
        else if (stat && /^p[\d.]+$/.test(stat)) (s.percentiles ??= {})[stat] = x;
        else warn(`${key}: unknown trend stat "${k}" ignored`);
      }
      if (s.med === undefined && s.percentiles?.p50 !== undefined) s.med = s.percentiles.p50; // p(50) is med in k6
      break;
  }
}

function checksA(group: GroupA | undefined, out: K6Check[]): void {
  if (!group) return;
  for (const [name, c] of Object.entries(group.checks ?? {}))
    out.push({
      name: c.name ?? name,
      ...(c.path !== undefined ? { path: c.path } : {}),
      passes: c.passes,
      fails: c.fails,
    });
  for (const g of Object.values(group.groups ?? {})) checksA(g, out);
}

function checksB(group: GroupB | undefined, out: K6Check[]): void {
  if (!group) return;
  for (const c of group.checks ?? [])
    out.push({
      name: c.name ?? '',
      ...(c.path !== undefined ? { path: c.path } : {}),
      passes: c.passes,
      fails: c.fails,
    });
  for (const g of group.groups ?? []) checksB(g, out);
}

/**
 * Reads a k6 summary of any shape. `shape` forces one; otherwise the document's shape decides.
 * Invalid JSON or a document of the wrong shape is an InputError with the line.
 */
export function parseK6Summary(text: string, file: string, shape?: K6SummaryFormat): K6Dataset {
  const doc = parseJsonText(text, file);
  const format = shape ?? k6SummaryShapeOf(doc);
  if (!format)
    throw new InputError(
      file,
      'not a k6 summary: expected `metrics` (summary-export / handleSummary) or `results.metrics` (machine-readable)',
    );
  const warnings: Warning[] = [];
  const warn = (message: string) => warnings.push({ file, message });
  const locate = (p: readonly PropertyKey[]) => locateJsonPath(text, p);
  const keyOf = (k: string, path: readonly PropertyKey[]) => {
    try {
      return parseMetricKey(k);
    } catch (e) {
      const at = locate(path);
      throw new InputError(file, `bad metric key: ${(e as Error).message}`, at?.line, at?.column);
    }
  };
  const series: Series[] = [];
  const thresholds: ThresholdEntry[] = [];
  const checks: K6Check[] = [];
  const ds: K6Dataset = { format, file, series, thresholds, warnings };

  if (format === 'k6-summary-export') {
    const r = shapeA.safeParse(doc);
    if (!r.success) throw zodInputError(file, 'k6 --summary-export (shape A)', r.error, locate);
    for (const [name, entry] of Object.entries(r.data.metrics)) {
      const { metric, tags } = keyOf(name, ['metrics', name]);
      const { thresholds: th, ...rest } = entry;
      const values = rest as Record<string, number | null>;
      const type = inferTypeA(Object.keys(values));
      const s: MetricSummary = { file, metric, type, tags };
      const c = BUILTIN_CONTAINS[metric];
      if (c) s.contains = c;
      applyValues(s, values, warn, 'value');
      series.push({ summary: s });
      // shape A inverts the verdict: `true` means the threshold FAILED
      for (const [expression, failed] of Object.entries(th ?? {}))
        thresholds.push({ file, metric: name, expression, ok: !failed, source: 'summary-export' });
    }
    checksA(r.data.root_group, checks);
    // k6's counter rate is count / test-run duration, so any counter gives the duration back
    const counter =
      series.find(
        (x) =>
          x.summary.metric === 'iterations' &&
          !Object.keys(x.summary.tags).length &&
          x.summary.type === 'counter',
      ) ?? series.find((x) => x.summary.type === 'counter' && !Object.keys(x.summary.tags).length);
    const { count, rate } = counter?.summary ?? {};
    if (count !== undefined && rate !== undefined && count > 0 && rate > 0) ds.durationSeconds = count / rate;
  } else if (format === 'k6-handle-summary') {
    const r = shapeB.safeParse(doc);
    if (!r.success) throw zodInputError(file, 'k6 handleSummary JSON (shape B)', r.error, locate);
    for (const [name, entry] of Object.entries(r.data.metrics)) {
      const { metric, tags } = keyOf(name, ['metrics', name]);
      const s: MetricSummary = { file, metric, type: entry.type, tags };
      if (entry.contains) s.contains = entry.contains;
      applyValues(s, entry.values, warn, 'rate');
      series.push({ summary: s });
      for (const [expression, v] of Object.entries(entry.thresholds ?? {}))
        thresholds.push({ file, metric: name, expression, ok: v.ok, source: 'handle-summary' });
    }
    checksB(r.data.root_group, checks);
    const ms = r.data.state?.testRunDurationMs;
    if (ms !== undefined) ds.durationSeconds = ms / 1000;
  } else {
    const r = shapeC.safeParse(doc);
    if (!r.success) throw zodInputError(file, 'k6 machine-readable summary (shape C)', r.error, locate);
    const d = r.data;
    if (d.version !== '1.0.0') warn(`machine-readable summary version ${d.version}: read as 1.0.0`);
    const add = (list: z.infer<typeof metricC>[], base: (string | number)[]) =>
      list.forEach((m, i) => {
        const { metric, tags } = keyOf(m.name, [...base, i, 'name']);
        const s: MetricSummary = { file, metric, type: m.type, tags };
        if (m.contains) s.contains = m.contains;
        applyValues(s, m.values, warn, 'matches');
        series.push({ summary: s });
      });
    add(d.results.metrics, ['results', 'metrics']);
    add(d.results.checks?.metrics ?? [], ['results', 'checks', 'metrics']);
    for (const c of d.results.checks?.results ?? [])
      checks.push({ name: c.name, passes: c.passes, fails: c.fails });
    if (d.config?.duration !== undefined) ds.durationSeconds = d.config.duration;
    const version = d.metadata?.k6_version ?? d.metadata?.k6Version;
    if (version !== undefined) ds.k6Version = version;
    const generated = d.metadata?.generated_at ?? d.metadata?.generatedAt;
    if (generated !== undefined) ds.generatedAt = generated;
    ds.thresholdsAbsent = true;
    warn(
      'shape C carries no threshold verdicts: thresholds are not known from this file (use --summary-export without --new-machine-readable-summary, handleSummary JSON, or k6’s exit code)',
    );
  }
  if (checks.length) ds.checks = checks;
  return ds;
}
