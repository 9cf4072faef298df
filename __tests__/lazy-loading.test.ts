// Start-up (issue 18, items 2b and 3): what an entry loads before its first dynamic import is its
// static import graph, and ncc puts exactly that graph into the chunks the entry loads at once
// (each `await import()` is a chunk loaded when reached). These tests walk that graph from the
// sources (each file transpiled as tsc emits it: imports used only as types are dropped) and
// check which packages it reaches: a static import of zod, yaml, Octokit or a reader's library on
// a gate's path or on `summarize`'s path fails here, naming the chain of imports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'src');

const cache = new Map<string, string[]>();

/** The static imports of one source file as the compiled JavaScript has them. */
function staticImports(file: string): string[] {
  const known = cache.get(file);
  if (known) return known;
  const js = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: file,
  }).outputText;
  const out: string[] = [];
  for (const m of js.matchAll(
    /^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm,
  ))
    out.push(m[1] ?? m[2]);
  cache.set(file, out);
  return out;
}

/** Every package the entry's static graph reaches, each with the chain of files that imports it. */
function packagesOf(entry: string): Map<string, string> {
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const here = [...chain, path.relative(SRC, file)];
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')), here);
      else if (!spec.startsWith('node:') && !found.has(spec)) found.set(spec, here.join(' <- '));
    }
  };
  visit(path.join(SRC, entry), []);
  return found;
}

describe('what an entry loads at start-up (static imports only; the rest is loaded when used)', () => {
  for (const gate of ['baseline', 'diagnostics', 'optimization', 'governance', 'compare', 'all']) {
    it(`the ${gate} step: @actions/core alone (no zod, yaml, globs, readers, Octokit or artifact client)`, () => {
      const pkgs = packagesOf(`entries/${gate}.ts`);
      expect([...pkgs.keys()], [...pkgs].map(([p, chain]) => `${p}: ${chain}`).join('\n')).toEqual([
        '@actions/core',
      ]);
    });
  }

  it('the command line: no package at all (summarize of a k6 file reads with our own code)', () => {
    const pkgs = packagesOf('entries/cli.ts');
    expect([...pkgs.keys()], [...pkgs].map(([p, chain]) => `${p}: ${chain}`).join('\n')).toEqual([]);
  });

  it('the walk sees a static import (the library bundle reaches every entry only through import())', () => {
    // the guard itself: a file that imports zod statically is seen, with its chain
    expect(packagesOf('inputs.ts').size).toBe(0);
    expect(packagesOf('config/schema.ts').get('zod')).toBe('config/schema.ts');
    expect(packagesOf('run/publish.ts').get('@actions/github')).toBe('run/publish.ts <- io/github.ts');
    expect(packagesOf('entries/lib.ts').size).toBe(0);
  });
});
