// Builds dist/: two ncc bundles, dist/lib/ (everything the actions and the CLI share,
// src/entries/lib.ts) and dist/ndjson-worker/ (the NDJSON worker thread, kept small), plus one
// hand-written entry per action step and for the CLI (dist/<entry>/index.js, a few lines that
// import ../lib/index.js, export `run()` for @github/local-action, and call it when run by node).
// TypeScript is compiled once with tsc (ESM, NodeNext), after the k6 line scanner's WebAssembly
// (wasm/k6-scan.ts) is compiled into src/ (scripts/build-wasm.mjs). Deterministic: same sources,
// same bytes.
// Usage: node scripts/package.mjs [--out DIR] [lib|ndjson-worker ...]   (default DIR: dist)
import { execFileSync, spawn } from 'node:child_process';
import { rmSync, existsSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const entries = ['lib', 'ndjson-worker'];
/** The hand-written entries: directory -> the export of dist/lib/index.js it runs. */
const THIN = ['baseline', 'diagnostics', 'optimization', 'governance', 'compare', 'all', 'publish', 'cli'];
const argv = process.argv.slice(2);
const outAt = argv.indexOf('--out');
const dist = outAt >= 0 ? path.resolve(argv[outAt + 1]) : path.join(root, 'dist');
const only = argv.filter((a, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
const build = path.join(root, '.build');
rmSync(build, { recursive: true, force: true });
execFileSync(process.execPath, [path.join(root, 'scripts', 'build-wasm.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
execFileSync(
  process.execPath,
  [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

function bundle(name) {
  const src = path.join(build, 'entries', `${name}.js`);
  if (!existsSync(src)) throw new Error(`no entry ${src}`);
  const out = path.join(dist, name);
  rmSync(out, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const p = spawn(
      process.execPath,
      [ncc, 'build', src, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    p.on('error', reject);
    p.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`ncc failed for ${name} (exit ${code})`));
      process.stdout.write(`${path.relative(root, out)}: ${readdirSync(out).join(', ')}\n`);
      resolve();
    });
  });
}

/** dist/<name>/index.js: import the library bundle, export run(), run it when node runs this file. */
function writeEntry(name) {
  const out = path.join(dist, name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const cli = name === 'cli';
  const text = [
    ...(cli ? ['#!/usr/bin/env node'] : []),
    `// ${cli ? 'The perf-gates command line' : `The \`${name}\` action step`}: written by scripts/package.mjs.`,
    '// The code is the library bundle ../lib/index.js; run() is exported for @github/local-action.',
    // node:fs through require: an ES import of node:fs makes Node load every stream class (its
    // ReadStream getter), about 16 internal modules a run on an empty input never uses
    "import { createRequire } from 'node:module';",
    `import { ${name} } from '../lib/index.js';`,
    '',
    "const { realpathSync } = createRequire(import.meta.url)('node:fs');",
    "const { pathToFileURL } = createRequire(import.meta.url)('node:url');",
    '',
    `export const run = ${name};`,
    '',
    'const main = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : undefined;',
    // the command line exits once stdout and stderr are flushed (entries/cli.ts, `exit`)
    cli
      ? 'if (main === import.meta.url) await run(undefined, { exit: true });'
      : 'if (main === import.meta.url) await run();',
    '',
  ].join('\n');
  writeFileSync(path.join(out, 'index.js'), text, { mode: cli ? 0o755 : 0o644 });
  writeFileSync(path.join(out, 'package.json'), '{\n  "type": "module"\n}\n');
  process.stdout.write(`${path.relative(root, out)}: index.js, package.json (entry)\n`);
}

// Two bundles at a time: the build machines have two cores.
try {
  const queue = entries.filter((e) => !only.length || only.includes(e));
  const worker = async () => {
    while (queue.length) await bundle(queue.shift());
  };
  await Promise.all([worker(), worker()]);
  if (!only.length) for (const name of THIN) writeEntry(name);
} finally {
  rmSync(build, { recursive: true, force: true });
}
