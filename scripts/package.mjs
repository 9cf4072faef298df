// Builds one ncc bundle per entry into dist/<entry>/. Deterministic: same sources, same bytes.
import { execFileSync } from 'node:child_process';
import { rmSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const entries = ['baseline', 'diagnostics', 'optimization', 'governance', 'all', 'publish', 'cli'];
const only = process.argv.slice(2);
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
for (const name of entries) {
  if (only.length && !only.includes(name)) continue;
  const src = path.join(root, 'src', 'entries', `${name}.ts`);
  if (!existsSync(src)) continue;
  const out = path.join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, 'build', src, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], {
    cwd: root,
    stdio: 'inherit',
  });
  process.stdout.write(`dist/${name}: ${readdirSync(out).join(', ')}\n`);
}
