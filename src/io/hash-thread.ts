// SHA-256 of an open file in a thread of its own, while this thread reads and parses the same file.
// Hashing costs about a third of a single-threaded read of a plain k6 file (100 MB: ~90 ms of
// ~300), and the second core is idle then; a thread that only hashes is a few lines of CommonJS given
// as code (no bundle to load) and needs no coordination: it reads the file on its own, by position
// (pread), from the descriptor this thread holds open. A thread takes 20-40 ms to start, and on a big
// file it is the last to finish: the command line starts one while it loads its own code
// (`prestartHashThread`), and the first file hashed apart takes it. Which files are hashed apart
// (plain, at least HASH_THREAD_MIN_BYTES, no parse workers) is decided here for both: the reader
// (io/ndjson-read.ts) and that early start use `gzipHead` and `workersFromEnv` alike.

import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';

/** Plain files at least this big, parsed in the reading thread alone, are hashed in a thread of their own. */
export const HASH_THREAD_MIN_BYTES = 16 * 1024 * 1024;

/**
 * Parse worker threads asked for by PERF_GATES_NDJSON_WORKERS (tests and benchmarks force a count),
 * else undefined. With any, nothing is hashed apart.
 */
export function workersFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const w = env.PERF_GATES_NDJSON_WORKERS;
  return w !== undefined && /^\d+$/.test(w) ? Number(w) : undefined;
}

/** The first `n` bytes of `head` begin a gzip stream (its magic bytes: never the file's name). */
export function gzipHead(head: Uint8Array, n = head.length): boolean {
  return n >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** What the thread posts: the checksum and the bytes it covers, or why it could not read. */
type HashMessage = { sha256: string; bytes: number } | { error: string; code?: string };

/**
 * The thread's code (CommonJS, Node built-ins only). It reads the descriptor (from workerData, or
 * from the first message when started ahead) from position 0 to the end of the file in 1 MiB pieces
 * and posts the hex digest with the byte count.
 */
const HASH_THREAD_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readSync } = require('node:fs');
const { createHash } = require('node:crypto');
function run(fd) {
  try {
    const hash = createHash('sha256');
    const buf = Buffer.allocUnsafe(1 << 20);
    let pos = 0;
    let n;
    while ((n = readSync(fd, buf, 0, buf.length, pos)) > 0) {
      hash.update(buf.subarray(0, n));
      pos += n;
    }
    parentPort.postMessage({ sha256: hash.digest('hex'), bytes: pos });
  } catch (e) {
    parentPort.postMessage({ error: String((e && e.message) || e), code: e && e.code });
  }
}
if (workerData && workerData.fd !== undefined) run(workerData.fd);
else parentPort.once('message', (m) => run(m.fd));
`;

function spawn(WorkerClass: typeof Worker, workerData: object): { worker: Worker; exited: Promise<void> } {
  const worker = new WorkerClass(HASH_THREAD_CODE, {
    eval: true,
    workerData,
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return { worker, exited };
}

/** A thread started ahead, waiting for a descriptor; undefined once taken (or never started). */
let spare: { worker: Worker; exited: Promise<void>; gone: boolean } | undefined;

/**
 * Start a hash thread ahead when `args` (a command line) names a plain file big enough to be hashed
 * apart, so that it has started by the time the file is read. It does not keep the process alive,
 * and an unused one ends with the process. A cheap look: a stat and two bytes per argument that is
 * a file, at most 64 of them; nothing when PERF_GATES_NDJSON_WORKERS asks for parse workers (then
 * nothing is hashed apart). Returns whether it started one.
 */
export function prestartHashThread(args: readonly string[]): boolean {
  if (spare !== undefined) return false;
  if ((workersFromEnv() ?? 0) > 0) return false;
  let found = false;
  for (const a of args.slice(0, 64)) {
    if (a.startsWith('-')) continue;
    try {
      const st = statSync(a, { throwIfNoEntry: false });
      if (st === undefined || !st.isFile() || st.size < HASH_THREAD_MIN_BYTES) continue;
      const fd = openSync(a, 'r');
      const head = Buffer.alloc(2);
      let n = 0;
      try {
        n = readSync(fd, head, 0, 2, 0);
      } finally {
        closeSync(fd);
      }
      if (gzipHead(head, n)) continue; // gzip: hashed as it is read
      found = true;
      break;
    } catch {
      // unreadable: the command reports it
    }
  }
  if (!found) return false;
  const { Worker: WorkerClass } = createRequire(import.meta.url)(
    'node:worker_threads',
  ) as typeof import('node:worker_threads');
  const s = { ...spawn(WorkerClass, {}), gone: false };
  s.worker.on('error', () => {}); // an idle thread's failure: the file is hashed by a new one
  void s.exited.then(() => (s.gone = true));
  s.worker.unref();
  spare = s;
  return true;
}

/** A file being hashed in another thread. */
export interface FileHashJob {
  /** the checksum and the byte count, once the thread has read to the end of the file */
  result: Promise<{ sha256: string; bytes: number }>;
  /** stop the thread (resolves when it has exited: the descriptor may be closed then) */
  stop(): Promise<void>;
}

/**
 * Start hashing the file open as `fd`. The descriptor must stay open until `result` settles or
 * `stop()` resolves. Errors reading the file reject `result` with an Error carrying the code.
 */
export function hashInThread(WorkerClass: typeof Worker, fd: number): FileHashJob {
  let t: { worker: Worker; exited: Promise<void> };
  const s = spare;
  spare = undefined;
  if (s !== undefined && !s.gone) {
    t = s;
    t.worker.ref();
    t.worker.postMessage({ fd });
  } else {
    t = spawn(WorkerClass, { fd });
  }
  const { worker } = t;
  let exited = false;
  const exit = t.exited.then(() => {
    exited = true;
  });
  const result = new Promise<{ sha256: string; bytes: number }>((resolve, reject) => {
    worker.once('message', (m: HashMessage) => {
      if ('error' in m) reject(Object.assign(new Error(m.error), { code: m.code }));
      else resolve(m);
    });
    worker.once('error', reject);
    void exit.then(() => reject(new Error('the hashing thread exited before it finished')));
  });
  result.catch(() => {}); // the caller awaits it or stops the job; never an unhandled rejection
  return {
    result,
    stop: async () => {
      if (!exited) await worker.terminate();
      await exit;
    },
  };
}
