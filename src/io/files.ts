// File access for every entry point: globs, reads with checksums, atomic writes.
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
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertPathToPattern, globSync, isDynamicPattern } from 'tinyglobby';
import { InputError, type FileRef } from '../model.js';

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Read a whole (small) file: text, checksum, size. Missing file -> InputError naming it. */
export async function readText(file: string): Promise<{ text: string; ref: FileRef }> {
  let buf: Buffer;
  try {
    buf = await fsp.readFile(file);
  } catch (e) {
    throw new InputError(file, describeFsError(e));
  }
  return { text: buf.toString('utf8'), ref: { path: file, sha256: sha256(buf), bytes: buf.length } };
}

/** First bytes of a file, for format detection. */
export function readHead(file: string, bytes = 64 * 1024): Buffer {
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
  if (err?.code === 'EACCES') return 'permission denied';
  return err?.message ?? String(e);
}

/**
 * Expand one pattern to sorted files: a plain path (missing -> InputError), a folder (its files, not
 * hidden ones, not recursive) or a glob (tinyglobby: `*`, `**`, `?`, `[...]`, `{a,b}`; hidden files
 * only when the pattern names them). `exclude` are globs whose matches are left out.
 */
export function expandGlob(pattern: string, cwd = process.cwd(), exclude: readonly string[] = []): string[] {
  const p = pattern.trim();
  if (!p) return [];
  let glob = p;
  let plainFile = false;
  if (!isGlob(p)) {
    const abs = path.resolve(cwd, p);
    if (!existsSync(abs)) throw new InputError(p, 'file not found');
    if (!statSync(abs).isDirectory()) {
      if (!exclude.length) return [p];
      plainFile = true;
      glob = convertPathToPattern(p);
    } else glob = `${convertPathToPattern(p.replace(/[\\/]+$/, '') || '/')}/*`;
  }
  const absolute = path.isAbsolute(glob);
  const found = globSync(absolute ? toPosix(glob) : glob, {
    cwd,
    absolute,
    ignore: exclude.map((e) => (path.isAbsolute(e) ? toPosix(e) : e)),
    onlyFiles: true,
    expandDirectories: false,
    dot: plainFile,
  });
  // A plain file keeps the spelling it was given; glob matches are shown relative to cwd.
  if (plainFile) return found.length ? [p] : [];
  return [...new Set(found.map((f) => (absolute ? f : f.replace(/^\.\//, ''))))].sort();
}

/** Whether a pattern is a glob (as opposed to a path). */
export function isGlob(pattern: string): boolean {
  return isDynamicPattern(pattern);
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** One run as an input line gave it: its files, and whether they came from a glob or a folder. */
export interface RunFiles {
  line: string;
  files: string[];
  fromGlob: boolean;
}

/**
 * Patterns that list runs: one run per pattern (an input line, or a command-line argument), a glob
 * or folder = the files of that run. A pattern starting with `!` is an exclusion: files it matches
 * are left out of every run of the same input. A pattern matching nothing is an error naming it.
 * Lines that are empty or start with `#` are ignored.
 */
export function expandRuns(lines: readonly string[], cwd = process.cwd()): RunFiles[] {
  const patterns = lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const exclude = patterns.filter((l) => l.startsWith('!')).map((l) => l.slice(1).trim());
  const runs: RunFiles[] = [];
  for (const line of patterns) {
    if (line.startsWith('!')) continue;
    const files = expandGlob(line, cwd, exclude);
    if (files.length === 0)
      throw new InputError(
        line,
        exclude.length
          ? 'no file matches this pattern (after the ! exclusions)'
          : 'no file matches this pattern',
      );
    const fromGlob =
      isGlob(line) ||
      (existsSync(path.resolve(cwd, line)) && statSync(path.resolve(cwd, line)).isDirectory());
    runs.push({ line, files, fromGlob });
  }
  if (!runs.length && exclude.length)
    throw new InputError(`!${exclude[0]}`, 'only exclusions, no files to read');
  return runs;
}

/** Write a file atomically: a temporary name in the same folder, then rename. */
export async function writeAtomic(file: string, content: string | Buffer): Promise<void> {
  await fsp.mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fsp.writeFile(tmp, content);
    await fsp.rename(tmp, file);
  } catch (e) {
    await fsp.rm(tmp, { force: true });
    throw e;
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

/** The JSON of a file, or undefined when it is missing or not JSON (the GitHub event payload). */
export function readJsonIfPresent(file: string | undefined): unknown {
  if (!file || !existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
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
