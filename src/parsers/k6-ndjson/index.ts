// k6 `--out json` NDJSON reader: chunked, exact, mergeable (see aggregator.ts and finalize.ts).
export {
  NdjsonAggregator,
  DEFAULT_BY,
  DEFAULT_MAX_TAG_SETS,
  MAX_LISTED_WARNINGS,
  MAX_LINE_BYTES,
} from './aggregator.js';
export { mergePartials, finalizeNdjson, transferList } from './finalize.js';
export type { FinalizeOptions } from './finalize.js';
export type { NdjsonOptions, NdjsonPartial, LeafState, MetricDecl, FileState } from './types.js';

import { NdjsonAggregator } from './aggregator.js';
import { finalizeNdjson } from './finalize.js';
import type { K6Dataset } from '../../model.js';
import type { NdjsonOptions } from './types.js';
export { sniff } from './sniff.js';

/** Read a whole NDJSON text or buffer already in memory (small inputs, tests). */
export function parseK6Ndjson(input: Buffer | string, opts: NdjsonOptions): K6Dataset {
  const agg = new NdjsonAggregator(opts);
  agg.push(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
  return finalizeNdjson(agg.snapshot(), opts);
}
