// Bundle entry of the NDJSON worker thread (dist/ndjson-worker/): k6's aggregator fed the chunks
// that io/ndjson-read.ts sends, its state posted back with the value buffers transferred. Small on
// purpose: no CLI, no zod, no document parsers.
import { parentPort, workerData } from 'node:worker_threads';
import type { MetricType } from '../model.js';
import type { FromWorker, ToWorker } from '../io/ndjson-read.js';
import { serializeError } from '../io/ndjson-read.js';
import { k6ChunkParser, type K6WorkerConfig } from '../run/k6-read.js';
import { transferList } from '../parsers/k6-ndjson/finalize.js';
import { ValueBudget } from '../parsers/k6-ndjson/aggregator.js';
import type { NdjsonPartial } from '../parsers/k6-ndjson/types.js';

type Learned = [string, MetricType];

async function main(): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('the NDJSON worker runs only as a worker thread');
  const cfg = (workerData as { perfGatesNdjson: K6WorkerConfig }).perfGatesNdjson;
  const aggs = new Map<number, ReturnType<typeof k6ChunkParser>>();
  // a run is read by two worker threads: each keeps at most half the run's budget of exact values
  const budget = new ValueBudget(Math.max(1, Math.floor(cfg.budget / 2)));
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
