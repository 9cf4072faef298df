// A folder of small files, for the history store: list its names, publish a new file atomically
// (temporary file in the same folder, then rename) without replacing one that exists, remove files.
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../model.js';
import { describeFsError, writeAtomic } from './files.js';

/** The names in `dir`; [] when it does not exist. A path that is not a folder is an InputError. */
export async function listFolder(dir: string): Promise<string[]> {
  try {
    const st = await fsp.stat(dir);
    if (!st.isDirectory()) throw new InputError(dir, 'not a folder');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    if (e instanceof InputError) throw e;
    throw new InputError(dir, describeFsError(e));
  }
  return (await fsp.readdir(dir)).sort();
}

/** Write `dir/name` atomically; refuse when it already exists (another writer took the name). */
export async function publishNew(dir: string, name: string, content: string): Promise<string> {
  const file = path.join(dir, name);
  try {
    await fsp.access(file);
    throw new InputError(file, 'already exists: another writer added an entry at the same time; run again');
  } catch (e) {
    if (e instanceof InputError) throw e;
  }
  await writeAtomic(file, content);
  return file;
}

export async function removeFiles(dir: string, names: readonly string[]): Promise<void> {
  for (const n of names) await fsp.rm(path.join(dir, n), { force: true });
}

/** A new empty folder under `base` (RUNNER_TEMP in Actions) or the system's temporary folder. */
export async function makeTempFolder(prefix: string, base?: string): Promise<string> {
  return fsp.mkdtemp(path.join(base || os.tmpdir(), prefix));
}
