// Globs and folders to files (the input lines that list runs). The glob library (tinyglobby) loads
// only for a pattern that may be a glob, a folder or exclusions: a plain file name (`summarize
// results.ndjson`) and a run with no runs to read never load it.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../model.js';
import { assertRegularFile } from './files.js';

let globLib: typeof import('tinyglobby') | undefined;
const tinyglobby = async () => (globLib ??= await import('tinyglobby'));

/**
 * Every character that can make a pattern a glob or a negation for tinyglobby (picomatch's scan:
 * `*`, `?`, `[`, `{`, `(` and the extglob `+(` `@(` `!(`, a leading `!`, and `\` escapes): a pattern
 * without any of them is a plain path, decided without loading the library.
 */
const GLOB_CHARS = /[*?[\]{}()!+@\\]/;

/**
 * Expand one pattern to sorted files: a plain path (missing -> InputError), a folder (its files, not
 * hidden ones, not recursive) or a glob (tinyglobby: `*`, `**`, `?`, `[...]`, `{a,b}`; hidden files
 * only when the pattern names them). `exclude` are globs whose matches are left out.
 */
export async function expandGlob(
  pattern: string,
  cwd = process.cwd(),
  exclude: readonly string[] = [],
): Promise<string[]> {
  const p = pattern.trim();
  if (!p) return [];
  // A file whose name holds glob characters is found by its literal name first: `results[1].json`
  // names that file, never the character class (escape a glob character as [[] [*] [?]).
  const literal = path.resolve(cwd, p);
  const glob0 = await isGlob(p);
  if (glob0 && !exclude.length && existsSync(literal) && statSync(literal).isFile()) {
    assertRegularFile(literal);
    return [p];
  }
  let glob = p;
  let plainFile = false;
  if (!glob0) {
    const abs = path.resolve(cwd, p);
    if (!existsSync(abs)) throw new InputError(p, 'file not found');
    const folder = statSync(abs).isDirectory();
    if (!folder) {
      assertRegularFile(abs);
      if (!exclude.length) return [p];
      plainFile = true;
    }
    const { convertPathToPattern } = await tinyglobby();
    glob = folder ? `${convertPathToPattern(p.replace(/[\\/]+$/, '') || '/')}/*` : convertPathToPattern(p);
  }
  const { globSync } = await tinyglobby();
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
export async function isGlob(pattern: string): Promise<boolean> {
  if (!GLOB_CHARS.test(pattern)) return false;
  return (await tinyglobby()).isDynamicPattern(pattern);
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
export async function expandRuns(lines: readonly string[], cwd = process.cwd()): Promise<RunFiles[]> {
  const patterns = lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const exclude = patterns.filter((l) => l.startsWith('!')).map((l) => l.slice(1).trim());
  const runs: RunFiles[] = [];
  for (const line of patterns) {
    if (line.startsWith('!')) continue;
    const files = await expandGlob(line, cwd, exclude);
    if (files.length === 0)
      throw new InputError(
        line,
        exclude.length
          ? 'no file matches this pattern (after the ! exclusions)'
          : 'no file matches this pattern',
      );
    const fromGlob =
      (await isGlob(line)) ||
      (existsSync(path.resolve(cwd, line)) && statSync(path.resolve(cwd, line)).isDirectory());
    runs.push({ line, files, fromGlob });
  }
  if (!runs.length && exclude.length)
    throw new InputError(`!${exclude[0]}`, 'only exclusions, no files to read');
  return runs;
}
