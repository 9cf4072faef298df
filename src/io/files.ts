// File access for every entry point: reads with checksums, atomic writes (globs: io/glob.ts).
import { createHash } from 'node:crypto';
import {
  promises as fsp,
  readdirSync,
  readFileSync,
  statSync,
  existsSync,
  openSync,
  readSync,
  closeSync,
  mkdtempSync,
  rmSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError, type FileRef } from '../model.js';

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Only regular files are read: a FIFO would block forever, a directory or device is no input.
 * Throws an InputError naming the path (missing file, directory, anything else).
 */
export function assertRegularFile(file: string): void {
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    throw new InputError(file, describeFsError(e));
  }
  if (st.isFile()) return;
  if (st.isDirectory()) throw new InputError(file, 'is a directory, expected a file');
  const kind = st.isFIFO()
    ? 'a named pipe (FIFO)'
    : st.isSocket()
      ? 'a socket'
      : st.isCharacterDevice() || st.isBlockDevice()
        ? 'a device'
        : 'not a regular file';
  throw new InputError(file, `is ${kind}, not a regular file: perf-gates reads only regular files`);
}

/** Read a whole (small) file: text, checksum, size. Missing file -> InputError naming it. */
export async function readText(file: string): Promise<{ text: string; ref: FileRef }> {
  assertRegularFile(file);
  let buf: Buffer;
  try {
    buf = await fsp.readFile(file);
  } catch (e) {
    throw new InputError(file, describeFsError(e));
  }
  return { text: decodeStrict(buf, file), ref: { path: file, sha256: sha256(buf), bytes: buf.length } };
}

/**
 * Offset of the first byte that is not part of valid UTF-8 (overlong forms, surrogates and code
 * points past U+10FFFF included), or -1.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * A whole document's bytes as text: UTF-8 (a UTF-8 BOM stays for the parsers to drop), or UTF-16
 * after its BOM. Invalid UTF-8 (a Latin-1 or Windows-1252 file) is an InputError with the file,
 * the line and the byte offset, never text with replacement characters.
 */
export function decodeStrict(buf: Uint8Array, file: string): string {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    return new TextDecoder(buf[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: false }).decode(
      buf.subarray(2),
    );
  }
  const bad = firstInvalidUtf8(buf);
  if (bad < 0) return Buffer.from(buf.buffer, buf.byteOffset, buf.length).toString('utf8');
  let line = 1;
  for (let i = 0; i < bad; i++) if (buf[i] === 10 || (buf[i] === 13 && buf[i + 1] !== 10)) line++;
  const hex = buf[bad].toString(16).toUpperCase().padStart(2, '0');
  throw new InputError(
    file,
    `not valid UTF-8 text: byte 0x${hex} at byte offset ${bad} (line ${line}); save the file as UTF-8 (it looks like Latin-1 or Windows-1252)`,
    line,
  );
}

/** First bytes of a file, for format detection. */
export function readHead(file: string, bytes = 64 * 1024): Buffer {
  assertRegularFile(file);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new InputError(file, describeFsError(e));
  }
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

export function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'file not found';
  if (err?.code === 'EISDIR') return 'is a directory, expected a file';
  if (err?.code === 'ENOTDIR') return 'a part of the path is a file, not a folder';
  if (err?.code === 'EACCES') return 'permission denied';
  return err?.message ?? String(e);
}

/**
 * Files a write in progress has put on disk and not yet listed: temporary names, and new files
 * renamed into place before their SHA256SUMS. A cancelled job (SIGINT, SIGTERM) removes them
 * before it exits, so no temporary or unlisted file is left behind.
 */
export const inFlight = new Set<string>();

let cleanupInstalled = false;

/** Remove every in-flight file now (synchronously: called from a signal handler). */
export function removeInFlight(): void {
  for (const f of inFlight) {
    try {
      rmSync(f, { force: true });
    } catch {
      // best effort: the process is exiting
    }
  }
  inFlight.clear();
}

/**
 * On SIGINT or SIGTERM (a cancelled job): remove the in-flight files, say so on stderr and exit
 * with 128 + the signal number (130, 143), as a process killed by the signal would.
 */
export function installSignalCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  for (const [sig, n] of [
    ['SIGINT', 2],
    ['SIGTERM', 15],
  ] as const) {
    process.once(sig, () => {
      const pending = inFlight.size;
      removeInFlight();
      process.stderr.write(
        `perf-gates: cancelled (${sig})${pending ? `: ${pending} unfinished evidence file(s) removed` : ''}; no verdict\n`,
      );
      process.exit(128 + n);
    });
  }
}

/**
 * A reader that stops early (`perf-gates summarize --json run.ndjson | head`) closes the pipe, and
 * the next write to stdout or stderr fails with EPIPE. Stop then, quietly, as a process ended by
 * SIGPIPE would: in-flight files removed, exit status 141 (128 + 13), never 0, because a gate's
 * output cut short is no pass. Any other write error stays an error.
 */
export function exitOnBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      removeInFlight();
      process.exit(141);
    });
  }
}

/** Write a file atomically: a temporary name in the same folder, then rename. */
let tmpCounter = 0;

export async function writeAtomic(file: string, content: string | Buffer): Promise<void> {
  await fsp.mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Date.now()}.${tmpCounter++}.tmp`,
  );
  inFlight.add(tmp);
  try {
    await fsp.writeFile(tmp, content);
    await fsp.rename(tmp, file);
  } catch (e) {
    await fsp.rm(tmp, { force: true });
    throw e;
  } finally {
    inFlight.delete(tmp);
  }
}

/** Whether a path exists (file or folder). */
export function pathExists(file: string): boolean {
  return existsSync(file);
}

/** A file's text (UTF-8), for files this program wrote or verified itself. */
export async function readUtf8(file: string): Promise<string> {
  return fsp.readFile(file, 'utf8');
}

/** A small file's text, read synchronously (no thread-pool round trips). */
export function readUtf8Sync(file: string): string {
  return readFileSync(file, 'utf8');
}

/** The JSON of a file, or undefined when it is missing or not JSON (the GitHub event payload). */
export function readJsonIfPresent(file: string | undefined): unknown {
  if (!file || !existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Why a JSON file that should be there cannot be used (missing, unreadable, not JSON); undefined when it can. */
export function jsonFileProblem(file: string): string | undefined {
  let text: string;
  try {
    assertRegularFile(file);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return e instanceof InputError ? e.message.replace(`${file}: `, '') : describeFsError(e);
  }
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    return `not JSON (${(e as Error).message})`;
  }
}

/** Files under `dir` (at most `maxDepth` folders down) whose name matches, sorted. */
export function findFiles(dir: string, name: RegExp, maxDepth = 4): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    if (depth > maxDepth) return;
    for (const entry of readdirSync(d)) {
      const p = path.join(d, entry);
      const st = statSync(p);
      if (st.isDirectory()) walk(p, depth + 1);
      else if (name.test(entry)) out.push(p);
    }
  };
  walk(dir, 0);
  return out.sort();
}

/** A new empty folder under the runner's temp folder (RUNNER_TEMP) or the system's. */
export function makeTempDir(prefix: string, tempRoot = process.env.RUNNER_TEMP): string {
  return mkdtempSync(path.join(tempRoot || os.tmpdir(), prefix));
}

/** A whole (small) file's bytes with its checksum. Missing file -> InputError naming it. */
export async function readBytes(file: string): Promise<{ data: Buffer; ref: FileRef }> {
  let data: Buffer;
  try {
    data = await fsp.readFile(file);
  } catch (e) {
    throw new InputError(file, describeFsError(e));
  }
  return { data, ref: { path: file, sha256: sha256(data), bytes: data.length } };
}

/** Whether a path is a folder. */
export function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Every file under a folder (paths relative to it, forward slashes) with its bytes, sorted. */
export async function readTree(dir: string, maxDepth = 8): Promise<{ path: string; data: Buffer }[]> {
  const out: { path: string; data: Buffer }[] = [];
  for (const abs of findFiles(dir, /./, maxDepth))
    out.push({ path: path.relative(dir, abs).split(path.sep).join('/'), data: await fsp.readFile(abs) });
  return out;
}
