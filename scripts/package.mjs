// Builds one ncc bundle per entry into dist/<entry>/. TypeScript is compiled once with tsc (ESM,
// NodeNext), then ncc bundles each compiled entry. Deterministic: same sources, same bytes.
import { execFileSync, spawn } from 'node:child_process';
import { rmSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const entries = [
  'baseline',
  'diagnostics',
  'optimization',
  'governance',
  'all',
  'publish',
  'cli',
  'ndjson-worker',
];
const only = process.argv.slice(2);
const build = path.join(root, '.build');
rmSync(build, { recursive: true, force: true });
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
  const out = path.join(root, 'dist', name);
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
      process.stdout.write(`dist/${name}: ${readdirSync(out).join(', ')}\n`);
      resolve();
    });
  });
}

// Two bundles at a time: the build machines have two cores.
try {
  const queue = entries.filter((e) => !only.length || only.includes(e));
  const worker = async () => {
    while (queue.length) await bundle(queue.shift());
  };
  await Promise.all([worker(), worker()]);
} finally {
  rmSync(build, { recursive: true, force: true });
}
