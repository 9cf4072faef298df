// The checksum of a plain NDJSON file computed in a thread of its own (io/hash-thread.ts) while the
// reading thread parses it: the same sha256 as hashing the bytes here, read errors reported, and a
// file that changes while it is read refused instead of given a checksum of other bytes.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { appendFileSync, closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { HASH_THREAD_MIN_BYTES, hashInThread, prestartHashThread } from '../src/io/hash-thread.js';
import { readNdjsonFiles, type ChunkParser } from '../src/io/ndjson-read.js';
import { InputError } from '../src/model.js';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

function file(bytes: number): { path: string; data: Buffer } {
  dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gates-hash-'));
  const line = Buffer.from(
    '{"metric":"http_req_duration","type":"Point","data":{"time":"2026-01-01T00:00:00Z","value":12.5,"tags":{"name":"x"}}}\n',
  );
  const data = Buffer.concat(Array.from({ length: Math.ceil(bytes / line.length) }, () => line));
  const p = path.join(dir, 'run.ndjson');
  writeFileSync(p, data);
  return { path: p, data };
}

const lineCounter = (onPush?: (n: number) => void): ChunkParser<number, never> => {
  let lines = 0;
  let pushes = 0;
  return {
    push: (buf) => {
      onPush?.(++pushes);
      for (let i = 0; i < buf.length; i++) if (buf[i] === 10) lines++;
    },
    takeLearned: () => [],
    learn: () => undefined,
    snapshot: () => lines,
  };
};

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('hashInThread', () => {
  it('hashes the whole file from an open descriptor', async () => {
    const f = file(3_500_000);
    const fd = openSync(f.path, 'r');
    try {
      const job = hashInThread(Worker, fd);
      await expect(job.result).resolves.toEqual({ sha256: sha256(f.data), bytes: f.data.length });
      await job.stop();
    } finally {
      closeSync(fd);
    }
  });

  it('a descriptor it cannot read rejects with the error code', async () => {
    const job = hashInThread(Worker, 987_654);
    await expect(job.result).rejects.toMatchObject({ code: 'EBADF' });
    await job.stop();
  });
});

describe('readNdjsonFiles with the hash thread', () => {
  const plan = (hashThreadMinBytes: number, onPush?: (n: number) => void) => ({
    parser: () => lineCounter(onPush),
    maxLineBytes: 1 << 20,
    tooLongLine: 'too long',
    hashThreadMinBytes,
  });

  it('the same checksum and lines as hashing in the reading thread', async () => {
    const f = file(5_000_000);
    const threaded = await readNdjsonFiles([f.path], plan(0));
    const here = await readNdjsonFiles([f.path], plan(Number.MAX_SAFE_INTEGER));
    expect(threaded.files).toEqual([{ path: f.path, sha256: sha256(f.data), bytes: f.data.length }]);
    expect(threaded).toEqual(here);
  });

  it('a file that grows while it is read is refused, not given a checksum of other bytes', async () => {
    const f = file(1_500_000);
    const extra = Buffer.alloc(1_000_000, '\n');
    // on the first chunk: give the hash thread (a few ms of work) ample time to reach the end of
    // the file, then append, as a k6 still writing would: this thread reads the new bytes, the hash
    // thread has finished without them
    const grow = (n: number) => {
      if (n !== 1) return;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
      appendFileSync(f.path, extra);
    };
    const err = await readNdjsonFiles([f.path], plan(0, grow)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toContain(f.path);
    expect((err as InputError).message).toContain(
      `the file changed while it was read (${f.data.length + extra.length} bytes parsed, ${f.data.length} hashed)`,
    );
  });
});

describe('prestartHashThread (the command line starts a hash thread while it loads)', () => {
  it('starts one for a plain file big enough to be hashed apart, and the next file hashed apart takes it', async () => {
    const f = file(HASH_THREAD_MIN_BYTES + 1000);
    const small = path.join(dir, 'small.ndjson');
    writeFileSync(small, f.data.subarray(0, 1000));
    const gz = path.join(dir, 'big.ndjson.gz');
    // gzip files are hashed as they are read: no thread for them, however big
    writeFileSync(gz, Buffer.concat([gzipSync(f.data), Buffer.alloc(HASH_THREAD_MIN_BYTES)]));
    const old = process.env.PERF_GATES_NDJSON_WORKERS;
    try {
      expect(prestartHashThread(['summarize', '--json', small, gz, path.join(dir, 'missing')])).toBe(false);
      process.env.PERF_GATES_NDJSON_WORKERS = '1'; // parse workers: nothing is hashed apart
      expect(prestartHashThread(['summarize', f.path])).toBe(false);
      delete process.env.PERF_GATES_NDJSON_WORKERS;
      expect(prestartHashThread(['summarize', '--json', small, f.path])).toBe(true);
      expect(prestartHashThread(['summarize', f.path])).toBe(false); // one is waiting already
    } finally {
      if (old === undefined) delete process.env.PERF_GATES_NDJSON_WORKERS;
      else process.env.PERF_GATES_NDJSON_WORKERS = old;
    }
    // the waiting thread hashes the first file, a new one the second
    for (const p of [f.path, small]) {
      const fd = openSync(p, 'r');
      try {
        const job = hashInThread(Worker, fd);
        const want = p === f.path ? f.data : f.data.subarray(0, 1000);
        await expect(job.result).resolves.toEqual({ sha256: sha256(want), bytes: want.length });
        await job.stop();
      } finally {
        closeSync(fd);
      }
    }
    // taken: a later command line may start another
    expect(prestartHashThread([f.path])).toBe(true);
    const fd = openSync(f.path, 'r');
    try {
      const job = hashInThread(Worker, fd);
      await expect(job.result).resolves.toMatchObject({ bytes: f.data.length });
      await job.stop();
    } finally {
      closeSync(fd);
    }
  });
});
