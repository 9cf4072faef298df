// A seeded rerun of a pytest-benchmark JSON file (issue 15's fixtures): every benchmark's rounds
// rescaled by one factor per benchmark, exp(sigma * N(0,1)) (run-to-run drift of identical code;
// DESIGN: 5-10 % on shared machines), times a chosen factor for chosen benchmarks (a regression or
// an improvement). Every time statistic pytest-benchmark stores scales with the rounds (min, max,
// mean, stddev, median, q1, q3, iqr, ld15iqr, hd15iqr, total); ops is 1/mean; counts stay.
//
//   node scripts/perturb-benchmark.mjs IN.json OUT.json [--seed 1] [--sigma 0.04]
//        [--factor 2 --bench 'test_x.py::test_a,test_x.py::test_b'] [--commit SHA] [--datetime ISO]
//
// The same arguments always give the same bytes (mulberry32; factors drawn in file order).
import { readFileSync, writeFileSync } from 'node:fs';

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const USAGE =
  "usage: node scripts/perturb-benchmark.mjs IN.json OUT.json [--seed 1] [--sigma 0.04] [--factor F --bench 'fullname,...'] [--commit SHA] [--datetime ISO]";

function parse(argv) {
  const pos = [];
  const opt = { seed: '1', sigma: '0.04', factor: '1', bench: '', commit: undefined, datetime: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (!(name in opt)) throw new Error(`unknown option --${name}\n${USAGE}`);
      if (i + 1 >= argv.length) throw new Error(`--${name} needs a value\n${USAGE}`);
      opt[name] = argv[++i];
    } else pos.push(a);
  }
  if (pos.length !== 2) throw new Error(USAGE);
  const num = (v, name) => {
    const n = Number(v);
    if (!Number.isFinite(n)) throw new Error(`--${name} must be a number (got "${v}")`);
    return n;
  };
  return {
    input: pos[0],
    output: pos[1],
    seed: num(opt.seed, 'seed'),
    sigma: num(opt.sigma, 'sigma'),
    factor: num(opt.factor, 'factor'),
    bench: opt.bench
      ? opt.bench
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
    commit: opt.commit,
    datetime: opt.datetime,
  };
}

const SCALED = ['min', 'max', 'mean', 'stddev', 'median', 'q1', 'q3', 'iqr', 'ld15iqr', 'hd15iqr', 'total'];

export function perturb(doc, { seed, sigma, factor, bench, commit, datetime }) {
  if (!Array.isArray(doc.benchmarks)) throw new Error('not a pytest-benchmark file: no "benchmarks" list');
  const rng = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const names = new Set(doc.benchmarks.map((b) => b.fullname));
  for (const b of bench)
    if (!names.has(b)) throw new Error(`--bench ${b}: no such benchmark (have: ${[...names].join(', ')})`);
  const out = structuredClone(doc);
  const applied = [];
  for (const b of out.benchmarks) {
    const f = Math.exp(sigma * normal()) * (bench.includes(b.fullname) ? factor : 1);
    const s = b.stats;
    for (const k of SCALED) if (typeof s[k] === 'number') s[k] *= f;
    if (Array.isArray(s.data)) s.data = s.data.map((v) => v * f);
    if (typeof s.mean === 'number' && s.mean > 0) s.ops = 1 / s.mean;
    applied.push({ fullname: b.fullname, factor: f });
  }
  if (commit !== undefined) out.commit_info = { ...(out.commit_info ?? {}), id: commit };
  if (datetime !== undefined) out.datetime = datetime;
  return { doc: out, applied };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const o = parse(process.argv.slice(2));
    const { doc, applied } = perturb(JSON.parse(readFileSync(o.input, 'utf8')), o);
    writeFileSync(o.output, JSON.stringify(doc, null, 4) + '\n');
    for (const a of applied) process.stderr.write(`${a.fullname}: x${a.factor.toFixed(4)}\n`);
  } catch (e) {
    process.stderr.write(`perturb-benchmark: ${e.message}\n`);
    process.exit(2);
  }
}
