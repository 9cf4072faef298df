// The default key set of a comparison (and of calibration).

import type { Direction, KeySpec, MetricType, Run } from '../model.js';
import { formatKey } from './keys.js';

const K6_BUILTIN = new Set([
  'http_req_duration',
  'http_req_blocked',
  'http_req_connecting',
  'http_req_tls_handshaking',
  'http_req_sending',
  'http_req_waiting',
  'http_req_receiving',
  'http_req_failed',
  'http_reqs',
  'iteration_duration',
  'iterations',
  'dropped_iterations',
  'group_duration',
  'data_sent',
  'data_received',
  'vus',
  'vus_max',
  'checks',
]);

/**
 * The default key set: for http_req_duration (whole and per `name` tag) p50, p95, p99; error rate
 * `http_req_failed:rate` and throughput `http_reqs:rate` (whole and per `name`); `checks:rate`;
 * p95 of every custom trend and the rate of every custom rate metric (untagged); every benchmark's
 * `<fullname>:median`. Keys present on either side are listed (a key on one side only is reported
 * as insufficient-data, never dropped).
 */
export function defaultKeys(baseline: Run[], candidate: Run[]): KeySpec[] {
  return defaultKeysOf([...baseline, ...candidate].map(inventoryOf));
}

/** What the default key set is made from: a run's metrics (name, tags, type) and benchmarks. */
export interface KeyInventory {
  series: { metric: string; tags: Record<string, string>; type: MetricType }[];
  benchmarks: string[];
}

export function inventoryOf(run: Run): KeyInventory {
  return {
    series: (run.k6?.series ?? []).map((s) => ({
      metric: s.summary.metric,
      tags: s.summary.tags,
      type: s.summary.type,
    })),
    benchmarks: (run.benchmarks?.benchmarks ?? []).map((b) => b.fullname),
  };
}

/** The default key set of runs given by their inventories (defaultKeys, for stored runs too). */
export function defaultKeysOf(runs: KeyInventory[]): KeySpec[] {
  const out = new Map<string, KeySpec>();
  const add = (metric: string, tags: Record<string, string>, stat: string, direction: Direction) => {
    const spec: KeySpec = { metric, tags, stat, direction, named: false };
    const k = formatKey(spec);
    if (!out.has(k)) out.set(k, spec);
  };
  // k6 keys, in a stable order: whole metric first, then per name (sorted)
  const names = new Map<string, Set<string>>();
  const types = new Map<string, string>();
  for (const run of runs) {
    for (const s of run.series) {
      const tags = Object.keys(s.tags);
      if (!types.has(s.metric)) types.set(s.metric, s.type);
      if (tags.length === 1 && tags[0] === 'name') {
        const set = names.get(s.metric) ?? new Set<string>();
        set.add(s.tags.name);
        names.set(s.metric, set);
      }
    }
  }
  const withNames = (metric: string, stats: string[], direction: Direction) => {
    if (!types.has(metric)) return;
    for (const stat of stats) add(metric, {}, stat, direction);
    for (const name of [...(names.get(metric) ?? [])].sort()) {
      for (const stat of stats) add(metric, { name }, stat, direction);
    }
  };
  withNames('http_req_duration', ['p50', 'p95', 'p99'], 'decrease');
  withNames('http_req_failed', ['rate'], 'decrease');
  withNames('http_reqs', ['rate'], 'increase');
  if (types.get('checks') === 'rate') add('checks', {}, 'rate', 'increase');
  for (const [metric, type] of [...types].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (K6_BUILTIN.has(metric)) continue;
    const direction = /(fail|error|drop|timeout)/i.test(metric)
      ? 'decrease'
      : type === 'rate'
        ? 'increase'
        : 'decrease';
    if (type === 'trend') add(metric, {}, 'p95', 'decrease');
    else if (type === 'rate') add(metric, {}, 'rate', direction);
  }
  for (const run of runs) {
    for (const b of run.benchmarks) add(b, {}, 'median', 'decrease');
  }
  return [...out.values()];
}
