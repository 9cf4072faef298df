// Writes schema/perf-gates.schema.json from the zod schema in src/config/schema.ts and
// schema/history-entry.v1.schema.json from the history entry's (src/parsers/history/) (zod 4
// z.toJSONSchema, input side). The TypeScript is compiled with the project's own tsc into
// node_modules/.cache (so `zod` resolves), then imported. `--check` exits 1 when the committed file
// differs (the test __tests__/config-schema.test.ts checks the same thing).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const targets = [
  {
    file: path.join(root, 'schema', 'perf-gates.schema.json'),
    module: ['config', 'json-schema.js'],
    fn: 'jsonSchemaText',
  },
  {
    file: path.join(root, 'schema', 'history-entry.v1.schema.json'),
    module: ['parsers', 'history', 'json-schema.js'],
    fn: 'historyJsonSchemaText',
  },
];
const cache = path.join(root, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const out = mkdtempSync(path.join(cache, 'perf-gates-schema-'));
try {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(
    process.execPath,
    [
      tsc,
      path.join(root, 'src', 'config', 'json-schema.ts'),
      path.join(root, 'src', 'parsers', 'history', 'json-schema.ts'),
      '--outDir',
      out,
      '--rootDir',
      path.join(root, 'src'),
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--skipLibCheck',
      '--strict',
      '--types',
      'node',
    ],
    { stdio: 'inherit', cwd: root },
  );
  writeFileSync(path.join(out, 'package.json'), '{ "type": "module" }\n');
  for (const { file: target, module, fn } of targets) {
    const mod = await import(pathToFileURL(path.join(out, ...module)).href);
    const text = mod[fn]();
    if (process.argv.includes('--check')) {
      let current = '';
      try {
        current = readFileSync(target, 'utf8');
      } catch {
        // missing: differs
      }
      const same = current !== '' && JSON.stringify(JSON.parse(current)) === JSON.stringify(JSON.parse(text));
      if (!same) {
        console.error(`${path.relative(root, target)} is out of date: run node scripts/gen-schema.mjs`);
        process.exitCode = 1;
      } else console.log(`${path.relative(root, target)} is up to date`);
    } else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
      console.log(`wrote ${path.relative(root, target)}`);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
