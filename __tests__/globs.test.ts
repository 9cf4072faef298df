// Globs through tinyglobby, `!` exclusions, and one skip rule for summarize and the gates.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isDynamicPattern } from 'tinyglobby';
import { expandGlob, expandRuns, isGlob } from '../src/io/glob.js';
import { loadRuns } from '../src/run/load.js';
import { InputError } from '../src/model.js';
import { main } from '../src/cli/main.js';

const FX = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'fixtures');

function tree(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'perf-gates-glob-'));
  for (const f of [
    'a/x.ndjson',
    'a/y.json',
    'a/.hidden.json',
    'a/sub/z.ndjson',
    'b/x.ndjson',
    'b/run-meta.json',
  ])
    mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
  for (const f of [
    'a/x.ndjson',
    'a/y.json',
    'a/.hidden.json',
    'a/sub/z.ndjson',
    'b/x.ndjson',
    'b/run-meta.json',
  ])
    writeFileSync(path.join(d, f), '');
  return d;
}

describe('expandGlob', () => {
  it('*, **, braces, sorted, hidden files left out, paths relative to cwd', async () => {
    const d = tree();
    expect(await expandGlob('a/*', d)).toEqual(['a/x.ndjson', 'a/y.json']);
    expect(await expandGlob('**/*.ndjson', d)).toEqual(['a/sub/z.ndjson', 'a/x.ndjson', 'b/x.ndjson']);
    expect(await expandGlob('{a,b}/x.*', d)).toEqual(['a/x.ndjson', 'b/x.ndjson']);
    expect(await expandGlob('a/.h*', d)).toEqual(['a/.hidden.json']);
  });

  it('a folder is its visible files (not recursive); a plain path is kept as given', async () => {
    const d = tree();
    expect(await expandGlob('a', d)).toEqual(['a/x.ndjson', 'a/y.json']);
    expect(await expandGlob('a/y.json', d)).toEqual(['a/y.json']);
    await expect(expandGlob('a/nope.json', d)).rejects.toThrow(/file not found/);
  });

  it('absolute patterns give absolute paths', async () => {
    const d = tree();
    expect(await expandGlob(path.join(d, 'b', '*.ndjson'))).toEqual([path.join(d, 'b', 'x.ndjson')]);
  });

  it('exclusions remove matches, also a plain file', async () => {
    const d = tree();
    expect(await expandGlob('**/*', d, ['**/run-meta.json', 'a/sub/**'])).toEqual([
      'a/x.ndjson',
      'a/y.json',
      'b/x.ndjson',
    ]);
    expect(await expandGlob('b/run-meta.json', d, ['**/run-meta.json'])).toEqual([]);
  });
});

describe('isGlob', () => {
  it("is tinyglobby's isDynamicPattern (a plain path is told without loading the library)", async () => {
    const fixed = ['a.json', 'a/b.ndjson', 'k6 results.ndjson', './x', 'dir/', 'results[1].json', '*.json'];
    fixed.push('a?.json', '{a,b}', '+(a)', '@(a)', '!(a)', '!a', 'a!b', 'a+b', 'a@b', '(a)', 'a\\*b', 'a]b');
    // seeded strings over letters, separators and every character that matters to picomatch's scan
    const alphabet = 'ab./-_ ~#$%^&=,;:\'"*?[]{}()!+@\\|';
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const random = Array.from({ length: 3000 }, () =>
      Array.from({ length: 1 + rnd(8) }, () => alphabet[rnd(alphabet.length)]).join(''),
    );
    for (const p of [...fixed, ...random]) expect(await isGlob(p), p).toBe(isDynamicPattern(p));
  });
});

describe('expandRuns', () => {
  it('a line starting with ! excludes from every run of the input', async () => {
    const d = tree();
    const runs = await expandRuns(['a/*', 'b', '!**/*.json', '# a comment', ''], d);
    expect(runs).toEqual([
      { line: 'a/*', files: ['a/x.ndjson'], fromGlob: true },
      { line: 'b', files: ['b/x.ndjson'], fromGlob: true },
    ]);
  });

  it('a pattern left empty by the exclusions, or only exclusions, is an error naming it', async () => {
    const d = tree();
    await expect(expandRuns(['b/*.json', '!b/*'], d)).rejects.toThrow(/b\/\*\.json.*after the ! exclusions/);
    await expect(expandRuns(['!b/*'], d)).rejects.toThrow(InputError);
    await expect(expandRuns(['c/*'], d)).rejects.toThrow(/no file matches/);
  });
});

describe('one skip rule for the gates and summarize', () => {
  let err = '';
  let out = '';
  beforeEach(() => {
    err = '';
    out = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  });
  afterEach(() => vi.restoreAllMocks());

  it('a glob matching run-meta.json: the gates skip it with a warning', async () => {
    const { runs, warnings } = await loadRuns([path.join(FX, 'k6/a-baseline/*')], 'baseline');
    expect(runs).toHaveLength(1);
    expect(warnings.some((w) => w.file.endsWith('run-meta.json') && /^skipped: /.test(w.message))).toBe(true);
  });

  it('summarize of the same glob reads the rest (exit 0) and warns about run-meta.json', async () => {
    expect(await main(['summarize', path.join(FX, 'k6/a-baseline/*'), '--json'])).toBe(0);
    expect(err).toMatch(/warning: .*run-meta\.json: skipped: /);
    const doc = JSON.parse(out);
    expect(doc.files.map((f: { path: string }) => path.basename(f.path))).toEqual([
      'handle-summary.json',
      'results.ndjson.gz',
      'summary-export.json',
    ]);
  });

  it('named on its own, an unknown file is bad input (exit 2) for both', async () => {
    const meta = path.join(FX, 'k6/a-baseline/run-meta.json');
    expect(await main(['summarize', meta])).toBe(2);
    expect(err).toMatch(/run-meta\.json.*unknown format/);
    await expect(loadRuns([meta], 'baseline')).rejects.toThrow(/unknown format/);
  });

  it('! arguments exclude files from summarize and compare', async () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'perf-gates-glob-'));
    cpSync(path.join(FX, 'k6/a-baseline'), path.join(d, 'a'), { recursive: true });
    cpSync(path.join(FX, 'k6/b-optimized'), path.join(d, 'b'), { recursive: true });
    const home = process.cwd();
    process.chdir(d); // exclusions, like the patterns, are relative to the working folder
    try {
      expect(await main(['summarize', 'a', '!**/*.json', '--json'])).toBe(0);
      expect(JSON.parse(out).files.map((f: { path: string }) => f.path)).toEqual(['a/results.ndjson.gz']);
      expect(err).toBe('');
      out = '';
      // compare: an exclusion applies to the runs of its own option
      expect(await main(['compare', '--baseline', 'a/*', '--candidate', 'b/*', '!b/*', '--json'])).toBe(2);
      expect(err).toMatch(/b\/\*: no file matches this pattern \(after the ! exclusions\)/);
      err = '';
      out = '';
      expect(await main(['compare', '--baseline', 'a/*', '!a/*.json', '--candidate', 'b/*', '--json'])).toBe(
        0,
      );
      expect(err).not.toMatch(/a\/run-meta/);
      expect(err).toMatch(/warning: b\/run-meta\.json: skipped/);
    } finally {
      process.chdir(home);
    }
  });
});
