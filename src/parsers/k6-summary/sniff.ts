// Detection of k6's end-of-test summaries: which of the three shapes (A `--summary-export`,
// B `handleSummary` data, C the machine-readable summary) a JSON head is, from its top keys.
import type { Format } from '../../model.js';
import type { Head, JsonFacts } from '../sniff.js';

/** The k6 summary shape of a parsed or partially scanned document; undefined when it is none. */
function k6SummaryShape(f: JsonFacts): Format | undefined {
  if (f.kind('results', 'metrics') === 'array') return 'k6-machine-summary';
  if (f.value('version') === '1.0.0' && f.kind('results') === 'object') return 'k6-machine-summary';
  if ((f.has('metadata', 'k6_version') || f.has('metadata', 'k6Version')) && f.kind('config') === 'object')
    return 'k6-machine-summary';
  const rg = f.kind('root_group') === 'object';
  const rgShape =
    f.kind('root_group', 'groups') === 'array' || f.kind('root_group', 'checks') === 'array'
      ? 'k6-handle-summary'
      : f.kind('root_group', 'groups') === 'object' || f.kind('root_group', 'checks') === 'object'
        ? 'k6-summary-export'
        : undefined;
  if (f.kind('metrics') !== 'object') {
    // a head cut before `metrics`: k6's root_group (groups/checks as arrays in B, objects in A)
    return rg && rgShape && ['id', 'path', 'name'].some((k) => f.has('root_group', k)) ? rgShape : undefined;
  }
  for (const m of f.keys('metrics')) {
    if (f.kind('metrics', m) !== 'object') continue;
    if (f.has('metrics', m, 'type') || f.kind('metrics', m, 'values') === 'object')
      return 'k6-handle-summary';
    const sub = f.keys('metrics', m);
    if (sub.some((s) => f.kind('metrics', m, s) === 'number' || f.kind('metrics', m, s) === 'null'))
      return 'k6-summary-export';
  }
  // metrics empty or cut before its first entry: the rest of the document decides
  if (f.has('options') || f.has('state')) return 'k6-handle-summary';
  if (rgShape) return rgShape;
  return rg ? 'k6-summary-export' : undefined;
}

export function sniff(head: Head): Format | undefined {
  return head.stage === 'json' && head.facts?.top === 'object' ? k6SummaryShape(head.facts) : undefined;
}
