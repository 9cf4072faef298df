// dist/ is one library bundle (dist/lib/) and the NDJSON worker, plus hand-written entries that
// export run() (for @github/local-action) and run it only when node runs the file itself.
// The dist checks need the layout scripts/package.mjs builds; until dist/ is rebuilt with it
// (dist/lib/ absent) they are skipped, and the source checks still run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/entries/lib.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DIST = path.join(ROOT, 'dist');
const ENTRIES = ['baseline', 'diagnostics', 'optimization', 'governance', 'compare', 'all', 'publish', 'cli'];
const built = existsSync(path.join(DIST, 'lib', 'index.js'));

function size(p: string): number {
  const st = statSync(p);
  return st.isDirectory() ? readdirSync(p).reduce((s, f) => s + size(path.join(p, f)), 0) : st.size;
}

describe('sources', () => {
  it('the library exports one run function per entry', () => {
    for (const e of ENTRIES) expect(typeof (lib as Record<string, unknown>)[e], e).toBe('function');
  });

  it('package.mjs bundles lib and the worker, and writes every other entry by hand', () => {
    const text = readFileSync(path.join(ROOT, 'scripts/package.mjs'), 'utf8');
    expect(text).toContain("const entries = ['lib', 'ndjson-worker'];");
    for (const e of ENTRIES) expect(text).toContain(`'${e}'`);
  });

  it('every action.yml starts its hand-written entry', () => {
    for (const f of [
      'action.yml',
      ...ENTRIES.filter((e) => e !== 'all' && e !== 'cli').map((e) => `${e}/action.yml`),
    ])
      expect(readFileSync(path.join(ROOT, f), 'utf8')).toMatch(/main: (\.\.\/)?dist\/\w+\/index\.js/);
  });
});

describe.skipIf(!built)('dist/ (as scripts/package.mjs builds it)', () => {
  it('is under 10 MB in all', () => {
    expect(size(DIST)).toBeLessThan(10 * 1024 * 1024);
  });

  it('each entry is a few lines that export run() and import the library', async () => {
    for (const e of ENTRIES) {
      const f = path.join(DIST, e, 'index.js');
      const text = readFileSync(f, 'utf8');
      expect(text.split('\n').length, e).toBeLessThan(15);
      expect(text).toContain(`import { ${e} } from '../lib/index.js';`);
      // importing runs nothing: only node running the file does
      const m = (await import(f)) as { run?: unknown };
      expect(typeof m.run, e).toBe('function');
    }
    expect(process.exitCode ?? 0).toBe(0);
  });

  it('node dist/cli/index.js runs (the bin), through a symlink too', () => {
    const r = spawnSync(process.execPath, [path.join(DIST, 'cli', 'index.js'), '--version'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(readFileSync(path.join(DIST, 'cli', 'index.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(
      true,
    );
    // npm links a bin from node_modules/.bin: the entry must still see itself as the main module
    const link = path.join(mkdtempSync(path.join(os.tmpdir(), 'perf-gates-bin-')), 'perf-gates');
    symlinkSync(path.join(DIST, 'cli', 'index.js'), link);
    const viaLink = spawnSync(process.execPath, [link, '--version'], { encoding: 'utf8' });
    expect(viaLink.stdout).toBe(r.stdout);
  });

  it('npm pack holds the library bundle the CLI needs', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    for (const f of ['dist/cli/index.js', 'dist/lib/index.js', 'dist/ndjson-worker/index.js'])
      expect(files).toContain(f);
    expect(files.some((f) => f.startsWith('dist/baseline/'))).toBe(false);
  });
});
