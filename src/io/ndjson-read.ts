// Reading NDJSON files from disk, format-blind: plain or gzip (by magic bytes), hashed while
// streamed, cut into line-aligned chunks and handed to chunk parsers, in this thread (the default:
// k6's parser scans with WebAssembly, faster than a second thread could hash) or, when asked for,
// in worker threads and this one. Then the main thread reads (and gunzips: zlib runs on the libuv
// pool), hashes, cuts chunks and hands them to the workers, parsing a chunk itself whenever none
// can take one (see Help); a worker's parser posts back its state with the value buffers
// transferred. A plain file that this thread parses alone (at least HASH_THREAD_MIN_BYTES) is
// hashed in a thread of its own (io/hash-thread.ts), which reads the same descriptor by position;
// its checksum is awaited last, after the caller's `combine` has made the dataset. What the lines
// mean is the caller's (run/k6-read.ts gives k6's aggregator; the worker is the bundle entry
// entries/ndjson-worker.ts). Results are identical whichever way the lines were read (chunks are
// numbered).

import { createHash, type Hash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
// node:worker_threads and node:zlib load when a run needs them (a worker, a .gz file): a small
// plain file's `summarize` is mostly start-up
import type { Worker } from 'node:worker_threads';
import type { FileRef } from '../model.js';
import { InputError } from '../model.js';
// plain files at least HASH_THREAD_MIN_BYTES, parsed in this thread alone, are hashed in a thread
// of their own (measured on 2 cores, a 100 MB file: 0.34-0.35 s without, 0.29-0.32 s with); below
// it the thread's start costs about what it saves
import { gzipHead, HASH_THREAD_MIN_BYTES, hashInThread, workersFromEnv } from './hash-thread.js';
import { deserializeError, type FromWorker, type ToWorker } from './ndjson-messages.js';
import { Progress, PROGRESS_MIN_BYTES, progressMode } from './progress.js';

/** Read size and parser chunk size: 1 MiB (gunzip's 16 KiB default is 7x slower). */
const CHUNK = 1 << 20;
/**
 * Parse workers are not started unless asked for (`workers`, PERF_GATES_NDJSON_WORKERS): with the
 * WebAssembly line scanner this thread parses a plain file faster than another thread can hash it
 * (measured on 2 cores, 1 GB plain: 1.02-1.09 s in this thread with the hash thread, 1.11-1.17 s
 * with a parse worker; 1 GB gzip: 1.15-1.25 s against 1.21-1.24 s, gunzip on the thread pool).
 */
/** gzip files are estimated at this many times their size (k6 output compresses ~30x). */
const GZIP_ESTIMATE = 10;
/** Young-generation size of a worker isolate (MB). */
const YOUNG_GEN_MB = 8;
/** Chunks queued per worker before the reader waits. */
const MAX_IN_FLIGHT = 3;

/**
 * One file's chunk parser. It keeps no reference to a chunk after `push` returns. `takeLearned`
 * returns what the chunk taught that the other files' parsers must know too (k6: metric types
 * declared by Metric lines), `learn` receives it.
 */
export interface ChunkParser<P, L> {
  push(buf: Buffer, seq: number): void;
  takeLearned(): L[];
  learn(items: L[]): void;
  snapshot(): P;
}

/** What the caller gives: its parser, and the worker bundle that runs the same parser. */
export interface NdjsonReadPlan<P, L> {
  /**
   * a parser for one file (in this thread); `threads`: how many threads parse the run (this one
   * included), for a budget meant for the whole run to be split between them
   */
  parser(file: string, threads: number): ChunkParser<P, L>;
  /** the longest line accepted, and the words of the error past it */
  maxLineBytes: number;
  tooLongLine: string;
  /**
   * the worker's bundle and its data (entries/ndjson-worker.ts reads it as workerData.data, and the
   * number of threads parsing the run as workerData.threads)
   */
  worker?: { script: string; data: unknown };
  /**
   * Worker threads: default 0, parse in this thread only (env PERF_GATES_NDJSON_WORKERS overrides
   * the default). With workers this thread parses too, whenever none can take a chunk, unless
   * `workers` is given here. Without a worker bundle (sources run by vitest) parsing is always in
   * this thread.
   */
  workers?: number;
  /** plain files at least this big parsed in this thread alone are hashed in another; 16 MiB */
  hashThreadMinBytes?: number;
  /**
   * Where progress goes for inputs over 50 MB (uncompressed estimate): default process.stderr and
   * process.env (a terminal: a line redrawn in place; GitHub Actions: a log line per 10%).
   */
  progress?: ProgressTarget;
}

export interface ProgressTarget {
  stream: { write(s: string): unknown; isTTY?: boolean };
  env?: Record<string, string | undefined>;
  now?: () => number;
  /** inputs at least this big (uncompressed estimate) get progress; default 50 MB */
  minBytes?: number;
}

/** Where the worker bundle of a bundle is: dist/ndjson-worker/index.js beside dist/<entry>/. */
export function workerBundle(selfUrl: string): string | undefined {
  try {
    const p = fileURLToPath(selfUrl);
    if (!/\.(m?js|cjs)$/.test(p)) return undefined;
    const w = path.join(path.dirname(p), '..', 'ndjson-worker', 'index.js');
    return existsSync(w) ? w : undefined;
  } catch {
    return undefined;
  }
}

/** Chunk buffers for reuse: fresh 1 MiB allocations cost page faults (sys time) per chunk. */
class BufferPool {
  private readonly free: ArrayBuffer[] = [];
  get(): Buffer {
    const ab = this.free.pop();
    return ab !== undefined ? Buffer.from(ab) : Buffer.allocUnsafeSlow(CHUNK);
  }
  put(ab: ArrayBuffer): void {
    if (ab.byteLength === CHUNK && this.free.length < 16) this.free.push(ab);
  }
}

/** Where line-aligned chunks go: aggregators in this thread, or worker threads. */
interface Sink<P> {
  chunk(f: number, buf: Buffer, seq: number): Promise<void>;
  finish(): Promise<P[][]>;
  abort(): void;
}

class LocalSink<P, L> implements Sink<P> {
  private readonly aggs: ChunkParser<P, L>[];
  constructor(
    files: string[],
    plan: NdjsonReadPlan<P, L>,
    private readonly pool: BufferPool,
    threads = 1,
  ) {
    this.aggs = files.map((file) => plan.parser(file, threads));
  }
  async chunk(f: number, buf: Buffer, seq: number): Promise<void> {
    this.parse(f, buf, seq);
    this.pool.put(buf.buffer as ArrayBuffer); // the aggregator keeps no reference to it
  }
  /** Parse a chunk here; returns what it taught the other files' parsers. */
  parse(f: number, buf: Buffer, seq: number): L[] {
    const a = this.aggs[f];
    a.push(buf, seq);
    const items = a.takeLearned();
    if (items.length > 0) for (const other of this.aggs) if (other !== a) other.learn(items);
    return items;
  }
  learn(items: L[]): void {
    for (const a of this.aggs) a.learn(items);
  }
  async finish(): Promise<P[][]> {
    return this.aggs.map((a) => [a.snapshot()]);
  }
  abort(): void {}
}

/**
 * When the reading thread parses a chunk itself instead of handing it to a worker: 'saturated'
 * (gzip) and 'saturated-plain' (plain files only): whenever no worker can take one, so that
 * neither thread waits while there is work (gzip too: measured on 1 GB at load ~1.9, 2.05-2.85 s
 * against 2.77-3.66 s when it helped only until the worker had started; an earlier run at load ~5
 * had pointed the other way); 'never': `workers` was given by the caller.
 */
type Help = 'saturated' | 'saturated-plain' | 'never';

function helpMode(plan: { workers?: number }, infos: { gzip: boolean }[]): Help {
  if (plan.workers !== undefined) return 'never';
  return infos.some((f) => f.gzip) ? 'saturated' : 'saturated-plain';
}

interface PoolWorker<P> {
  worker: Worker;
  ready: boolean;
  inFlight: number;
  done: Promise<[number, P][]>;
}

class WorkerSink<P, L> implements Sink<P> {
  private readonly pool: PoolWorker<P>[] = [];
  private waiters: (() => void)[] = [];
  private failed: Error | undefined;
  private readonly nFiles: number;
  /** chunks parsed in this thread (see Help) */
  private readonly local: LocalSink<P, L>;
  private readonly localUsed = new Set<number>();

  constructor(
    WorkerClass: typeof Worker,
    spec: { script: string; data: unknown },
    n: number,
    files: string[],
    plan: NdjsonReadPlan<P, L>,
    private readonly help: Help,
    private readonly bufs: BufferPool,
  ) {
    this.nFiles = files.length;
    const threads = help === 'never' ? n : n + 1;
    this.local = new LocalSink(files, plan, bufs, threads);
    for (let i = 0; i < n; i++) {
      const worker = new WorkerClass(spec.script, {
        workerData: { data: spec.data, threads },
        // a small young generation: the scanner's garbage is short-lived, and RSS stays low
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GEN_MB },
      });
      const pw: PoolWorker<P> = { worker, ready: false, inFlight: 0, done: Promise.resolve([]) };
      pw.done = new Promise((resolve, reject) => {
        let finished = false;
        worker.on('message', (m: FromWorker<P, L>) => {
          if (m.t === 'ready') {
            pw.ready = true;
            this.wake();
          } else if (m.t === 'ack') {
            pw.inFlight--;
            this.bufs.put(m.buf);
            if (m.items.length > 0) {
              for (const o of this.pool)
                if (o !== pw) o.worker.postMessage({ t: 'learn', items: m.items } satisfies ToWorker<L>);
              this.local.learn(m.items);
            }
            this.wake();
          } else if (m.t === 'done') {
            finished = true;
            resolve(m.parts);
          } else {
            finished = true;
            this.fail(deserializeError(m.error));
            reject(this.failed);
          }
        });
        worker.on('error', (e) => {
          finished = true;
          this.fail(e);
          reject(e);
        });
        worker.on('exit', (code) => {
          if (!finished) {
            const e = new Error(`NDJSON worker exited (code ${code}) before finishing`);
            this.fail(e);
            reject(e);
          }
        });
      });
      pw.done.catch(() => undefined); // observed in finish(); avoid unhandled rejections
      this.pool.push(pw);
    }
  }

  private fail(e: Error): void {
    this.failed ??= e;
    this.wake();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const r of w) r();
  }

  private canTake(): boolean {
    return this.pool.some((pw) => pw.ready && pw.inFlight < MAX_IN_FLIGHT);
  }

  async chunk(f: number, buf: Buffer, seq: number): Promise<void> {
    // The workers' acknowledgements are read only when this thread yields, which reading a plain
    // file never does (synchronous reads): yield once before deciding that no worker can take the
    // chunk, else this thread takes more than its share and the worker waits (1 GB at load ~2:
    // 1.90-1.99 s against 2.03-2.05 s). gunzip's stream yields on its own (there the extra
    // yield measured 2.23-2.51 s against 2.09-2.20 s).
    if (this.help === 'saturated-plain' && !this.canTake()) await new Promise<void>((r) => setImmediate(r));
    if (this.help !== 'never' && !this.canTake()) {
      this.localUsed.add(f);
      const items = this.local.parse(f, buf, seq);
      this.bufs.put(buf.buffer as ArrayBuffer);
      if (items.length > 0)
        for (const pw of this.pool) pw.worker.postMessage({ t: 'learn', items } satisfies ToWorker<L>);
      await new Promise<void>((r) => setImmediate(r)); // let 'ready' and 'ack' messages in
      return;
    }
    for (;;) {
      if (this.failed) throw this.failed;
      let best: PoolWorker<P> | undefined;
      for (const pw of this.pool)
        if (pw.ready && (best === undefined || pw.inFlight < best.inFlight)) best = pw;
      if (best !== undefined && best.inFlight < MAX_IN_FLIGHT) {
        best.inFlight++;
        const msg: ToWorker<L> = {
          t: 'chunk',
          f,
          seq,
          buf: buf.buffer as ArrayBuffer,
          off: buf.byteOffset,
          len: buf.length,
        };
        best.worker.postMessage(msg, [buf.buffer as ArrayBuffer]);
        return;
      }
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  async finish(): Promise<P[][]> {
    for (const pw of this.pool) pw.worker.postMessage({ t: 'end' } satisfies ToWorker<L>);
    // Once every chunk is acknowledged no type can be learned any more: this thread's state is
    // final, and is taken (its values sorted) while the workers take theirs.
    while (this.failed === undefined && this.pool.some((pw) => pw.inFlight > 0))
      await new Promise<void>((r) => this.waiters.push(r));
    const local = await this.local.finish();
    const results = await Promise.all(this.pool.map((pw) => pw.done));
    const byFile: P[][] = Array.from({ length: this.nFiles }, () => []);
    for (const f of this.localUsed) byFile[f].push(...local[f]);
    for (const parts of results) for (const [f, p] of parts) byFile[f].push(p);
    return byFile;
  }

  abort(): void {
    for (const pw of this.pool) void pw.worker.terminate();
  }
}

/** Cuts a byte stream into line-aligned chunks in buffers of their own (transferable). */
class LineChunker {
  private buf: Buffer;
  private len = 0;
  private seq = 0;
  constructor(
    private readonly file: string,
    private readonly emit: (buf: Buffer, seq: number) => Promise<void>,
    private readonly pool: BufferPool,
    private readonly maxLineBytes: number,
    private readonly tooLongLine: string,
  ) {
    this.buf = pool.get();
  }

  async add(data: Buffer): Promise<void> {
    let p = 0;
    while (p < data.length) {
      const n = Math.min(this.buf.length - this.len, data.length - p);
      data.copy(this.buf, this.len, p, p + n);
      this.len += n;
      p += n;
      if (this.len === this.buf.length) await this.cut();
    }
  }

  private async cut(): Promise<void> {
    const nl = this.buf.lastIndexOf(10, this.len - 1);
    if (nl < 0) {
      if (this.buf.length >= this.maxLineBytes) throw new InputError(this.file, this.tooLongLine);
      const bigger = Buffer.allocUnsafeSlow(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
      return;
    }
    const full = this.buf;
    const used = nl + 1;
    const next = this.len - used <= CHUNK ? this.pool.get() : Buffer.allocUnsafeSlow(this.len - used);
    full.copy(next, 0, used, this.len);
    const rest = this.len - used;
    this.buf = next;
    this.len = rest;
    await this.emit(full.subarray(0, used), this.seq++);
  }

  /**
   * Read the next bytes of a file straight into the chunk buffer; false at the end of the file.
   * A synchronous read: from the page cache it is a copy, and an await per chunk left this thread
   * idle for a thread-pool round trip each time (a fifth of the time of a 100 MB file).
   */
  async readFrom(fd: number, hash: Hash | undefined, tick: (n: number) => void): Promise<boolean> {
    if (this.len === this.buf.length) await this.cut();
    const bytesRead = readSync(fd, this.buf, this.len, this.buf.length - this.len, null);
    if (bytesRead === 0) return false;
    tick(bytesRead);
    hash?.update(this.buf.subarray(this.len, this.len + bytesRead));
    this.len += bytesRead;
    if (this.len === this.buf.length) await this.cut();
    return true;
  }

  /** The end of the stream: the rest (a final line that may lack its newline). */
  async end(): Promise<void> {
    if (this.len > 0) {
      const b = this.buf.subarray(0, this.len);
      this.buf = Buffer.alloc(0);
      this.len = 0;
      await this.emit(b, this.seq++);
    }
  }
}

/**
 * Read a plain file into the chunker; returns its checksum, as a promise settled once the hash
 * thread is done when there is one (`hashThread`): that thread hashes the file from the same
 * descriptor, the byte counts of the two reads must agree, and the descriptor is closed when it
 * has finished (`stop` ends it sooner: a run that fails elsewhere).
 */
async function readPlain(
  path: string,
  out: LineChunker,
  tick: (n: number) => void,
  hashThread: typeof Worker | undefined,
): Promise<{ sha256: Promise<string>; stop: () => Promise<void> }> {
  const fd = openSync(path, 'r');
  const job = hashThread !== undefined ? hashInThread(hashThread, fd) : undefined;
  const hash = job === undefined ? createHash('sha256') : undefined;
  let read = 0;
  const count = (n: number) => {
    read += n;
    tick(n);
  };
  try {
    while (await out.readFrom(fd, hash, count));
    await out.end();
  } catch (e) {
    if (job !== undefined) await job.stop();
    closeSync(fd);
    throw e;
  }
  if (job === undefined) {
    closeSync(fd);
    return { sha256: Promise.resolve(hash!.digest('hex')), stop: async () => {} };
  }
  const sha256 = (async () => {
    try {
      const r = await job.result;
      if (r.bytes !== read)
        throw new InputError(
          path,
          `the file changed while it was read (${read} bytes parsed, ${r.bytes} hashed): is it still being written?`,
        );
      return r.sha256;
    } finally {
      await job.stop();
      closeSync(fd);
    }
  })();
  sha256.catch(() => {}); // awaited by the caller, or the run failed elsewhere first
  return { sha256, stop: () => job.stop() };
}

/** Returns a warning when the gzip stream was cut short (k6 killed): the lines before it count. */
async function readGzip(
  path: string,
  hash: Hash,
  out: LineChunker,
  tick: (n: number) => void,
): Promise<string | undefined> {
  const { createGunzip } = await import('node:zlib');
  const rs = createReadStream(path, { highWaterMark: CHUNK });
  const gunzip = createGunzip({ chunkSize: CHUNK });
  rs.on('data', (c) => {
    tick((c as Buffer).length);
    hash.update(c as Buffer);
  });
  rs.on('error', (e) => gunzip.destroy(e));
  rs.pipe(gunzip);
  let warning: string | undefined;
  try {
    for await (const data of gunzip) await out.add(data as Buffer);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(err.message)) {
      warning =
        'gzip stream ends early (unexpected end of file: was k6 stopped?); the complete lines before the cut are used';
      // hash the rest of the file too: the checksum is of the file as it is on disk
      if (!rs.readableEnded && !rs.destroyed)
        await new Promise<void>((r) => rs.on('end', r).on('close', r).resume());
    } else if (err instanceof InputError) {
      throw err;
    } else if (err.code !== undefined && err.code.startsWith('Z_')) {
      throw new InputError(path, `corrupt gzip data (${err.message}): not a readable .gz file`);
    } else {
      throw err;
    }
  } finally {
    rs.destroy();
  }
  await out.end();
  return warning;
}

/**
 * The parsers' states per file (in file order), each file's checksum, reading warnings, and what
 * the plan's `combine` made of the states.
 */
export interface NdjsonReadResult<P, R = undefined> {
  parts: P[][];
  files: FileRef[];
  warnings: { file: string; message: string }[];
  combined: R;
}

/**
 * Read NDJSON files (plain or gzip) into the plan's parsers, hashing each file (sha256 of the bytes
 * on disk) while it is read.
 */
export async function readNdjsonFiles<P, L, R = undefined>(
  paths: string[],
  plan: NdjsonReadPlan<P, L> & {
    /**
     * What to make of the parsers' states (the dataset), computed while the last files are still
     * being hashed in their own threads; its error fails the read like any other.
     */
    combine?: (parts: P[][]) => R;
  },
): Promise<NdjsonReadResult<P, R>> {
  const infos: { path: string; bytes: number; gzip: boolean }[] = [];
  for (const path of paths) {
    let bytes: number;
    let head = Buffer.alloc(0);
    try {
      // synchronous: three calls, each a thread-pool round trip when awaited
      const fd = openSync(path, 'r');
      try {
        const st = fstatSync(fd);
        if (!st.isFile()) throw new InputError(path, 'not a file');
        bytes = st.size;
        const b = Buffer.alloc(2);
        head = b.subarray(0, readSync(fd, b, 0, 2, 0));
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(path, `cannot read: ${(e as Error).message}`);
    }
    infos.push({ path, bytes, gzip: gzipHead(head) });
  }
  const estimate = infos.reduce((s, f) => s + (f.gzip ? f.bytes * GZIP_ESTIMATE : f.bytes), 0);
  const wanted = plan.workers ?? workersFromEnv();
  const nWorkers = plan.worker === undefined ? 0 : (wanted ?? 0);
  const bufs = new BufferPool();
  const sink: Sink<P> =
    nWorkers > 0 && plan.worker !== undefined
      ? new WorkerSink(
          (await import('node:worker_threads')).Worker,
          plan.worker,
          nWorkers,
          paths,
          plan,
          helpMode(plan, infos),
          bufs,
        )
      : new LocalSink(paths, plan, bufs);

  // process.stderr only when progress may be shown: a pipe's stream loads node:net
  const minProgress = plan.progress?.minBytes ?? PROGRESS_MIN_BYTES;
  const target: ProgressTarget =
    plan.progress ??
    (estimate >= minProgress ? { stream: process.stderr } : { stream: { write: () => true } });
  const progress = new Progress({
    mode: estimate >= minProgress ? progressMode(target.stream, target.env ?? process.env) : 'off',
    label: infos.length === 1 ? path.basename(infos[0].path) : `${infos.length} files`,
    total: infos.reduce((s, f) => s + f.bytes, 0),
    write: (s) => target.stream.write(s),
    now: target.now ?? (() => performance.now()),
  });
  const tick = (n: number) => progress.add(n);

  // plain files parsed in this thread alone are hashed in another (gzip input hashes the smaller
  // compressed bytes; with parse workers both cores are busy already)
  const hashMin = plan.hashThreadMinBytes ?? HASH_THREAD_MIN_BYTES;
  const hashedApart = (f: { gzip: boolean; bytes: number }) =>
    nWorkers === 0 && !f.gzip && f.bytes >= hashMin;
  const HashWorker = infos.some(hashedApart) ? (await import('node:worker_threads')).Worker : undefined;

  const hashes: { path: string; bytes: number; sha256: Promise<string>; stop: () => Promise<void> }[] = [];
  const warnings: { file: string; message: string }[] = [];
  try {
    for (let f = 0; f < infos.length; f++) {
      const { path, bytes, gzip } = infos[f];
      const chunker = new LineChunker(
        path,
        (buf, seq) => sink.chunk(f, buf, seq),
        bufs,
        plan.maxLineBytes,
        plan.tooLongLine,
      );
      try {
        if (gzip) {
          const hash = createHash('sha256');
          const w = await readGzip(path, hash, chunker, tick);
          if (w !== undefined) warnings.push({ file: path, message: w });
          hashes.push({ path, bytes, sha256: Promise.resolve(hash.digest('hex')), stop: async () => {} });
        } else {
          const h = await readPlain(path, chunker, tick, hashedApart(infos[f]) ? HashWorker : undefined);
          hashes.push({ path, bytes, ...h });
        }
      } catch (e) {
        throw readError(path, e);
      }
    }
    const parts = await sink.finish();
    progress.end();
    // the dataset is made while the hash threads finish (they are the last to end on a big file)
    const combined = plan.combine?.(parts) as R;
    const files: FileRef[] = [];
    for (const h of hashes) {
      try {
        files.push({ path: h.path, sha256: await h.sha256, bytes: h.bytes });
      } catch (e) {
        throw readError(h.path, e);
      }
    }
    return { parts, files, warnings, combined };
  } catch (e) {
    progress.end(false);
    sink.abort();
    await Promise.all(hashes.map((h) => h.stop()));
    throw e;
  }
}

/** An error reading `path` as the run reports it: InputError naming the file for system errors. */
function readError(path: string, e: unknown): unknown {
  if (e instanceof InputError) return e;
  const err = e as NodeJS.ErrnoException;
  if (err.code !== undefined && !err.code.startsWith('ERR_'))
    return new InputError(path, `cannot read: ${err.message}`);
  return e;
}
