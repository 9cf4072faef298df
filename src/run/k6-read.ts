// Reading the k6 NDJSON shards of one run: io/ndjson-read.ts reads, hashes and cuts the bytes;
// this gives it k6's aggregator (and the worker bundle that runs the same aggregator), then merges
// the per-file states into one dataset (trend values concatenate, counters add).
import type { FileRef, K6Dataset } from '../model.js';
import { InputError } from '../model.js';
import { readNdjsonFiles, workerBundle } from '../io/ndjson-read.js';
import {
  DEFAULT_VALUE_BUDGET,
  k6ChunkParser,
  MAX_LINE_BYTES,
  ValueBudget,
} from '../parsers/k6-ndjson/aggregator.js';
import { finalizeNdjson, mergePartials } from '../parsers/k6-ndjson/finalize.js';

export interface ReadK6Options {
  by?: string[];
  filters?: Record<string, string>[];
  /**
   * Parse worker threads: default 0, this thread parses (io/ndjson-read.ts: faster than a worker
   * since the WebAssembly scanner; env PERF_GATES_NDJSON_WORKERS overrides the default). Without a
   * bundle (sources run by vitest) parsing is always in this thread.
   */
  workers?: number;
  /**
   * Values kept exactly for the run (all series) before the largest series switch to a 0.1%
   * sketch; default 20 million (env PERF_GATES_VALUE_BUDGET overrides the default).
   */
  budget?: number;
}

/** What the worker entry (entries/ndjson-worker.ts) finds in its workerData. */
export interface K6WorkerConfig {
  files: string[];
  by?: string[];
  filters?: Record<string, string>[];
  /** the run's budget of kept values; each of the threads parsing the run keeps its share */
  budget: number;
}

// Kept in a variable so the bundler leaves it alone: inside an ncc bundle this is the bundle itself.
const selfUrl: string = import.meta.url;

/**
 * Read the NDJSON shards of ONE k6 run (trend values concatenate, counters add) into one dataset.
 * Each file is hashed (sha256 of the bytes on disk) while it is read.
 */
export async function readK6NdjsonRun(
  paths: string[],
  opts: ReadK6Options = {},
): Promise<{ dataset: K6Dataset; files: FileRef[] }> {
  if (paths.length === 0) throw new InputError('(k6 NDJSON)', 'no file given');
  const script = workerBundle(selfUrl);
  const envBudget = process.env.PERF_GATES_VALUE_BUDGET;
  const budget =
    opts.budget ??
    (envBudget !== undefined && /^\d+$/.test(envBudget) ? Number(envBudget) : DEFAULT_VALUE_BUDGET);
  const cfg: K6WorkerConfig = { files: paths, by: opts.by, filters: opts.filters, budget };
  let local: ValueBudget | undefined; // shared by this thread's aggregators: its share of the budget
  const file = paths.length === 1 ? paths[0] : `${paths[0]} + ${paths.length - 1} more`;
  const { files, warnings, combined } = await readNdjsonFiles(paths, {
    // with workers, this thread's values are sorted when its state is taken, while they finish
    parser: (file, threads) =>
      k6ChunkParser(file, cfg, (local ??= new ValueBudget(Math.max(1, Math.floor(budget / threads)))), {
        sortValues: threads > 1,
      }),
    maxLineBytes: MAX_LINE_BYTES,
    tooLongLine: `not k6 NDJSON: a line longer than ${MAX_LINE_BYTES >> 20} MiB (k6 --out json writes one short JSON object per line)`,
    worker: script === undefined ? undefined : { script, data: { perfGatesNdjson: cfg } },
    workers: opts.workers,
    // the dataset is finalized while a big file's hash thread finishes
    combine: (parts) =>
      finalizeNdjson(mergePartials(parts.flat()), { file, by: opts.by, filters: opts.filters }),
  });
  const dataset = combined;
  dataset.warnings.unshift(...warnings);
  return { dataset, files };
}
