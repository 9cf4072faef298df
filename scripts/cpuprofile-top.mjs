#!/usr/bin/env node
// Self time per function from Node's .cpuprofile files (node --cpu-prof writes one per thread).
//   node scripts/cpuprofile-top.mjs DIR_OR_FILES... [--top N]
// Prints, per profile (thread), its wall span and the functions with the most self time
// (% of that profile's samples, idle and GC shown as their own rows).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const argv = process.argv.slice(2);
const at = argv.indexOf('--top');
const top = at >= 0 ? Number(argv[at + 1]) : 15;
const inputs = argv.filter((a, i) => at < 0 || (i !== at && i !== at + 1));
const files = inputs.flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((f) => f.endsWith('.cpuprofile'))
        .sort()
        .map((f) => path.join(p, f))
    : [p],
);

for (const file of files) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map(); // node id -> microseconds
  const { samples, timeDeltas } = prof;
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the time before sample i; attribute the gap after sample i to it
    const dt = i + 1 < timeDeltas.length ? timeDeltas[i + 1] : 0;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + Math.max(0, dt));
  }
  const byFn = new Map();
  let total = 0;
  for (const [id, us] of self) {
    const cf = byId.get(id).callFrame;
    const where = cf.url ? `${path.basename(cf.url)}:${cf.lineNumber + 1}` : '';
    const key = `${cf.functionName || '(anonymous)'} ${where}`.trim();
    byFn.set(key, (byFn.get(key) ?? 0) + us);
    total += us;
  }
  const rows = [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top);
  const span = (prof.endTime - prof.startTime) / 1e6;
  const busy = total - (byFn.get('(idle)') ?? 0);
  console.log(
    `\n${path.basename(file)}: span ${span.toFixed(2)} s, sampled ${(total / 1e6).toFixed(2)} s, busy ${(busy / 1e6).toFixed(2)} s`,
  );
  for (const [k, us] of rows)
    console.log(
      `  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1e6).toFixed(3).padStart(7)} s  ${k}`,
    );
}
