// Bundle entry of the NDJSON worker thread (dist/ndjson-worker/): k6's aggregator fed the chunks
// that io/ndjson-read.ts sends, its state posted back with the value buffers transferred. Lean on
// purpose, because its start is paid on every big file: no CLI, no zod, no document parsers, and no
// Node module but worker_threads (the reader's own module would load crypto, zlib, fs and url:
// ~0.1 s of a worker's start measured; the messages live in io/ndjson-messages.ts for that).
import { parentPort, workerData } from 'node:worker_threads';
import type { MetricType } from '../model.js';
import { serializeError, type FromWorker, type ToWorker } from '../io/ndjson-messages.js';
import type { K6WorkerConfig } from '../run/k6-read.js';
import { transferList } from '../parsers/k6-ndjson/finalize.js';
import { k6ChunkParser, ValueBudget } from '../parsers/k6-ndjson/aggregator.js';
import type { NdjsonPartial } from '../parsers/k6-ndjson/types.js';

type Learned = [string, MetricType];

async function main(): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('the NDJSON worker runs only as a worker thread');
  const wd = workerData as { data: { perfGatesNdjson: K6WorkerConfig }; threads: number };
  const cfg = wd.data.perfGatesNdjson;
  const aggs = new Map<number, ReturnType<typeof k6ChunkParser>>();
  // a run is parsed by `threads` threads (workers, and the reader's thread when it helps): each
  // keeps at most its share of the run's budget of exact values
  const budget = new ValueBudget(Math.max(1, Math.floor(cfg.budget / wd.threads)));
  const learned: Learned[] = [];
  const agg = (f: number) => {
    let a = aggs.get(f);
    if (a === undefined) {
      a = k6ChunkParser(cfg.files[f], cfg, budget, { sortValues: true });
      a.learn(learned);
      aggs.set(f, a);
    }
    return a;
  };
  await new Promise<void>((resolve) => {
    port.postMessage({ t: 'ready' } satisfies FromWorker<NdjsonPartial, Learned>);
    port.on('message', (m: ToWorker<Learned>) => {
      try {
        if (m.t === 'chunk') {
          const a = agg(m.f);
          a.push(Buffer.from(m.buf, m.off, m.len), m.seq);
          const items = a.takeLearned();
          if (items.length > 0) {
            learned.push(...items);
            for (const other of aggs.values()) if (other !== a) other.learn(items);
          }
          // the chunk's buffer goes back to the reader for reuse (no new mapping per chunk)
          port.postMessage({ t: 'ack', items, buf: m.buf } satisfies FromWorker<NdjsonPartial, Learned>, [
            m.buf,
          ]);
        } else if (m.t === 'learn') {
          learned.push(...m.items);
          for (const a of aggs.values()) a.learn(m.items);
        } else {
          const parts: [number, NdjsonPartial][] = [...aggs]
            .sort((x, y) => x[0] - y[0])
            .map(([f, a]) => [f, a.snapshot()]);
          const transfer = parts.flatMap(([, p]) => transferList(p));
          port.postMessage({ t: 'done', parts } satisfies FromWorker<NdjsonPartial, Learned>, transfer);
          port.close();
          resolve();
        }
      } catch (e) {
        port.postMessage({ t: 'error', error: serializeError(e) } satisfies FromWorker<
          NdjsonPartial,
          Learned
        >);
        port.close();
        resolve();
      }
    });
  });
}

void main();
