// The messages between io/ndjson-read.ts and its NDJSON worker threads (entries/ndjson-worker.ts),
// and errors made cloneable for them. No Node module here: the worker bundle imports this and the
// aggregator only, so that a worker starts fast.

import { InputError } from '../model.js';

/** The messages between this reader and a worker (entries/ndjson-worker.ts is the other side). */
export type ToWorker<L> =
  | { t: 'chunk'; f: number; seq: number; buf: ArrayBuffer; off: number; len: number }
  | { t: 'learn'; items: L[] }
  | { t: 'end' };

export interface SerializedError {
  name: string;
  message: string;
  file?: string;
  line?: number;
}

export type FromWorker<P, L> =
  | { t: 'ready' }
  | { t: 'ack'; items: L[]; buf: ArrayBuffer }
  | { t: 'done'; parts: [number, P][] }
  | { t: 'error'; error: SerializedError };

export function serializeError(e: unknown): SerializedError {
  if (e instanceof InputError) return { name: 'InputError', message: e.message, file: e.file, line: e.line };
  if (e instanceof Error) return { name: e.name, message: e.stack ?? e.message };
  return { name: 'Error', message: String(e) };
}

export function deserializeError(s: SerializedError): Error {
  if (s.name === 'InputError' && s.file !== undefined) {
    const where = s.line !== undefined ? `${s.file}:${s.line}: ` : `${s.file}: `;
    return new InputError(
      s.file,
      s.message.startsWith(where) ? s.message.slice(where.length) : s.message,
      s.line,
    );
  }
  return new Error(`NDJSON worker failed: ${s.message}`);
}
