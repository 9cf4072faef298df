// SHA-256 of an open file in a thread of its own, while this thread reads and parses the same file.
// Hashing costs about a third of a single-threaded read of a plain k6 file (100 MB: ~90 ms of
// ~300), and the second core is idle then; a thread that only hashes starts in a few milliseconds
// (no bundle to load: a few lines of CommonJS given as code) and needs no coordination: it reads
// the file on its own, by position (pread), from the descriptor this thread holds open.

import type { Worker } from 'node:worker_threads';

/** What the thread posts: the checksum and the bytes it covers, or why it could not read. */
type HashMessage = { sha256: string; bytes: number } | { error: string; code?: string };

/**
 * The thread's code (CommonJS, Node built-ins only). It reads the descriptor from position 0 to the
 * end of the file in 1 MiB pieces and posts the hex digest with the byte count.
 */
const HASH_THREAD_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readSync } = require('node:fs');
const { createHash } = require('node:crypto');
try {
  const hash = createHash('sha256');
  const buf = Buffer.allocUnsafe(1 << 20);
  let pos = 0;
  let n;
  while ((n = readSync(workerData.fd, buf, 0, buf.length, pos)) > 0) {
    hash.update(buf.subarray(0, n));
    pos += n;
  }
  parentPort.postMessage({ sha256: hash.digest('hex'), bytes: pos });
} catch (e) {
  parentPort.postMessage({ error: String((e && e.message) || e), code: e && e.code });
}
`;

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
  const worker = new WorkerClass(HASH_THREAD_CODE, {
    eval: true,
    workerData: { fd },
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  });
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
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
