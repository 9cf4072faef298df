#!/usr/bin/env node
// NDJSON throughput and peak memory of the committed CLI bundle, side by side with a naive reader
// (readline + JSON.parse + the same grouping and percentiles) in the same run.
//
//   npm run bench                      100 MB and 1 GB files, plain and .gz
//   npm run bench -- --size 5G         the sizes to run (comma list: --size 100M,1G,5G)
//   options: --dir DIR (default $TMPDIR/perf-gates-bench; files are reused), --cli FILE
//            (default dist/cli/index.js, built with scripts/package.mjs cli when missing),
//            --no-naive (skip the naive reader), --repeat N (perf-gates runs per file, median shown; 3),
//            --no-startup (skip the start-up table; --size '' runs it alone), --memory (the
//            bounded-memory table: a 4 GB soak of 42.5 M samples and a 25 M-value run with and
//            without the budget; ~10 GB of files)
//
// Files are deterministic (scripts/gen-ndjson.mjs, seeded). Wall time and peak RSS come from
// /usr/bin/time -v when present (with user and system CPU seconds), else from the child (PERF_GATES_REPORT_RSS=1 makes it print
// `maxRSS <KiB>` to stderr). MB = 10^6 bytes of uncompressed NDJSON; MB/s = that / seconds.
import { execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, gzipFile, parseSize } from './gen-ndjson.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt;
};
const sizes = opt('size', '100M,1G')
  .split(',')
  .map((s) => s.trim().toUpperCase())
  .filter(Boolean);
const dir = path.resolve(opt('dir', path.join(os.tmpdir(), 'perf-gates-bench')));
const cli = path.resolve(opt('cli', path.join(root, 'dist', 'cli', 'index.js')));
const withNaive = !argv.includes('--no-naive');
const repeat = Math.max(1, Number(opt('repeat', '3')) || 3);
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

// The naive reader a user would write (the model: readline + JSON.parse, values grouped per metric
// and per `name` and `scenario` tag, every group sorted, k6's percentile rule). gzip via the default
// createGunzip(), as such a script would.
const NAIVE = `import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
const file = process.argv[2];
let input = fs.createReadStream(file);
if (file.endsWith('.gz')) input = input.pipe(zlib.createGunzip());
const rl = readline.createInterface({ input, crlfDelay: Infinity });
const groups = new Map();
const add = (k, v) => { let a = groups.get(k); if (!a) groups.set(k, (a = [])); a.push(v); };
for await (const line of rl) {
  if (!line) continue;
  const o = JSON.parse(line);
  if (o.type !== 'Point') continue;
  const t = o.data.tags || {};
  add(o.metric, o.data.value);
  if (t.name !== undefined) add(o.metric + '{name:' + t.name + '}', o.data.value);
  if (t.scenario !== undefined) add(o.metric + '{scenario:' + t.scenario + '}', o.data.value);
}
const q = (a, p) => { const i = p * (a.length - 1), lo = Math.floor(i), hi = Math.ceil(i); return a[lo] + (a[hi] - a[lo]) * (i - lo); };
const out = {};
for (const [k, a] of groups) {
  a.sort((x, y) => x - y);
  out[k] = { count: a.length, avg: a.reduce((s, x) => s + x, 0) / a.length, min: a[0], max: a[a.length - 1],
             med: q(a, 0.5), p90: q(a, 0.9), p95: q(a, 0.95), p99: q(a, 0.99) };
}
console.log(JSON.stringify({ p95: out.http_req_duration.p95, count: out.http_req_duration.count }));
if (process.env.PERF_GATES_REPORT_RSS) process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n');
`;

// The reference of issue 18: "split into lines on one core". A whole Node process that reads 1 MiB
// chunks, decodes them as UTF-8 (StringDecoder) and cuts every line out with indexOf + slice,
// carrying the tail into the next chunk, nothing else. gzip input is inflated first (createGunzip),
// as any reader must.
const SPLIT = `import fs from 'node:fs';
import zlib from 'node:zlib';
import { StringDecoder } from 'node:string_decoder';
const file = process.argv[2];
const dec = new StringDecoder('utf8');
let tail = '';
let lines = 0;
function take(chunk) {
  const s = tail + dec.write(chunk);
  let a = 0;
  for (let b = s.indexOf('\\n', a); b >= 0; b = s.indexOf('\\n', a)) {
    const line = s.slice(a, b);
    if (line.length) lines++;
    a = b + 1;
  }
  tail = s.slice(a);
}
if (file.endsWith('.gz')) {
  const z = fs.createReadStream(file, { highWaterMark: 1 << 20 }).pipe(zlib.createGunzip({ chunkSize: 1 << 20 }));
  for await (const c of z) take(c);
} else {
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0; ) take(buf.subarray(0, n));
  fs.closeSync(fd);
}
if ((tail + dec.end()).length) lines++;
console.log(JSON.stringify({ lines }));
if (process.env.PERF_GATES_REPORT_RSS) process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n');
`;

function run(args, env = {}) {
  return new Promise((resolve, reject) => {
    const cmd = timeBin ? timeBin : process.execPath;
    const full = timeBin ? ['-v', process.execPath, ...args] : args;
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, full, {
      env: { ...process.env, PERF_GATES_REPORT_RSS: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const stderr = Buffer.concat(err).toString();
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) ?? /maxRSS (\d+)/.exec(stderr);
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      resolve({
        code,
        seconds,
        user: user ? Number(user[1]) : undefined,
        sys: sys ? Number(sys[1]) : undefined,
        rssMB: m ? (Number(m[1]) * 1024) / 1e6 : undefined,
        stdout: Buffer.concat(out).toString(),
        stderr,
      });
    });
  });
}

/** http_req_duration p95 (whole metric) from `summarize --json` output, wherever it sits. */
function oursP95(stdout) {
  let doc;
  try {
    doc = JSON.parse(stdout);
  } catch {
    return undefined;
  }
  let found;
  const walk = (x) => {
    if (found !== undefined || x === null || typeof x !== 'object') return;
    if (
      x.metric === 'http_req_duration' &&
      x.tags &&
      Object.keys(x.tags).length === 0 &&
      typeof x.p95 === 'number'
    ) {
      found = x.p95;
      return;
    }
    for (const v of Array.isArray(x) ? x : Object.values(x)) walk(v);
  };
  walk(doc);
  return found;
}

function ensureFiles(size) {
  const bytes = parseSize(size);
  const plain = path.join(dir, `k6-${size}.ndjson`);
  const gz = `${plain}.gz`;
  if (!existsSync(plain)) {
    process.stderr.write(`generating ${plain} ...\n`);
    generate(plain, bytes, 42);
  }
  return { plain, gz };
}

function warm(file) {
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafe(8 << 20);
  try {
    while (readSync(fd, buf, 0, buf.length, null) > 0);
  } finally {
    closeSync(fd);
  }
}

async function main() {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(cli)) {
    process.stderr.write(`${cli} missing: building it (node scripts/package.mjs cli)\n`);
    execFileSync(process.execPath, [path.join(root, 'scripts', 'package.mjs'), 'cli'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const naive = path.join(dir, 'naive.mjs');
  writeFileSync(naive, NAIVE);
  const split = path.join(dir, 'split-lines.mjs');
  writeFileSync(split, SPLIT);
  const rows = [];
  const fmt = (x, d = 2) => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(d));
  for (const size of sizes) {
    const { plain, gz } = ensureFiles(size);
    if (!existsSync(gz)) {
      process.stderr.write(`compressing ${gz} ...\n`);
      await gzipFile(plain, gz);
    }
    const mb = statSync(plain).size / 1e6;
    const results = {};
    for (const [label, file] of [
      ['plain', plain],
      ['gz', gz],
    ]) {
      // Warm the page cache first, so every reader is timed on the same (cached) bytes and a
      // cold disk does not decide the comparison (a generated file may not be in the cache yet).
      warm(file);
      process.stderr.write(`perf-gates summarize and split-lines reference ${path.basename(file)} ...\n`);
      // perf-gates and the line-splitting reference run `repeat` times (default 3) each, taking
      // turns (a change in the machine's load falls on both alike), the median of each shown (max
      // RSS over all); the naive reader, many times slower, runs once.
      const [ours, ref] = await medians(repeat, [
        () => run([cli, 'summarize', '--json', file]),
        () => run([split, file]),
      ]);
      if (ours.code !== 0) process.stderr.write(`  exit ${ours.code}: ${ours.stderr.slice(-400)}\n`);
      let nv;
      if (withNaive) {
        process.stderr.write(`naive ${path.basename(file)} ...\n`);
        nv = await run([naive, file]);
      }
      const p95 = oursP95(ours.stdout);
      const naiveP95 = nv ? JSON.parse(nv.stdout.trim().split('\n').pop() || '{}').p95 : undefined;
      results[label] = ours;
      const row = (reader, r, extra = {}) => ({
        file: path.basename(file),
        MB: fmt(mb, 0),
        reader,
        s: fmt(r.seconds),
        'MB/s': fmt(mb / r.seconds, 0),
        'peak RSS MB': fmt(r.rssMB, 0),
        // CPU of the whole process (all threads), kernel part apart: page faults are costly on
        // some machines, and the split-lines reference makes many (a fresh 1 MiB string per chunk)
        'user+sys s': r.user !== undefined ? `${fmt(r.user)}+${fmt(r.sys)}` : '-',
        'vs naive': nv ? `${fmt(nv.seconds / r.seconds, 1)}x` : '-',
        'time / split': fmt(r.seconds / ref.seconds),
        'gz/plain': '',
        'p95 = naive': '',
        ...extra,
      });
      rows.push(
        row('perf-gates', ours, {
          'gz/plain': label === 'gz' ? fmt(ours.seconds / results.plain.seconds) : '',
          'p95 = naive': nv
            ? p95 !== undefined && p95 === naiveP95
              ? 'yes'
              : `NO (${p95} vs ${naiveP95})`
            : '-',
        }),
      );
      rows.push(row('split lines (1 core)', ref));
      if (nv) rows.push(row('naive', nv));
    }
  }
  // `--size ''` runs the start-up table alone
  if (rows.length) printTable(rows);
  if (!argv.includes('--no-startup')) await startup(fmt);
  if (argv.includes('--memory')) await memory(fmt);
}

/**
 * A week-long soak of one endpoint, short: only http_req_duration samples of one tag set, `n` of
 * them (seeded). 42.5 million lines are about 4 GB.
 */
function generateSoak(file, n, seed = 7) {
  if (existsSync(file)) return;
  process.stderr.write(`generating ${file} (${n} samples) ...\n`);
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const fd = openSync(`${file}.tmp`, 'w');
  const head =
    '{"metric":"http_req_duration","type":"Metric","data":{"name":"http_req_duration","type":"trend","contains":"time","thresholds":[],"submetrics":null}}\n';
  writeSync(fd, head);
  let t = Date.UTC(2026, 10, 1);
  let out = [];
  for (let i = 0; i < n; i++) {
    t += Math.floor(rnd() * 28);
    let v = 20 + -Math.log(1 - rnd()) * 6;
    if (rnd() < 0.01) v += -Math.log(1 - rnd()) * 300;
    out.push(
      `{"metric":"http_req_duration","type":"Point","data":{"time":"${new Date(t).toISOString()}","value":${v.toFixed(3)},"tags":{"name":"api"}}}\n`,
    );
    if (out.length === 100_000) {
      writeSync(fd, out.join(''));
      out = [];
    }
  }
  writeSync(fd, out.join(''));
  closeSync(fd);
  renameSync(`${file}.tmp`, file);
}

/** Bounded memory: RSS on the 42.5 M-sample soak; sketched against exact percentiles on 25 M values. */
async function memory(fmt) {
  const rows = [];
  const soak = path.join(dir, 'soak-42.5M.ndjson');
  generateSoak(soak, 42_500_000);
  warm(soak);
  process.stderr.write('perf-gates summarize soak-42.5M (default budget) ...\n');
  const r = await run([cli, 'summarize', '--json', soak]);
  const p95 = oursP95(r.stdout);
  rows.push({
    what: `summarize ${path.basename(soak)} (${fmt(statSync(soak).size / 1e9, 2)} GB), default budget`,
    s: fmt(r.seconds),
    'peak RSS MB': fmt(r.rssMB, 0),
    note: `exit ${r.code}; p95 ${p95}; target < 400 MB`,
  });
  const mid = path.join(dir, 'soak-25M.ndjson');
  generateSoak(mid, 25_000_000, 11);
  warm(mid);
  const stats = (stdout) => {
    const doc = JSON.parse(stdout);
    let found;
    const walk = (x) => {
      if (found !== undefined || x === null || typeof x !== 'object') return;
      if (
        x.metric === 'http_req_duration' &&
        x.tags &&
        Object.keys(x.tags).length === 0 &&
        x.p95 !== undefined
      ) {
        found = x;
        return;
      }
      for (const v of Array.isArray(x) ? x : Object.values(x)) walk(v);
    };
    walk(doc);
    return found;
  };
  process.stderr.write('perf-gates summarize soak-25M, budget 20 M and unbounded ...\n');
  const sk = await run([cli, 'summarize', '--json', mid], { PERF_GATES_VALUE_BUDGET: '20000000' });
  const ex = await run([cli, 'summarize', '--json', mid], { PERF_GATES_VALUE_BUDGET: '1000000000' });
  const a = stats(sk.stdout);
  const b = stats(ex.stdout);
  const errs = ['med', 'p90', 'p95', 'p99'].map((k) => Math.abs(a[k] - b[k]) / Math.abs(b[k]));
  rows.push({
    what: 'summarize soak-25M, budget 20 M (sketched)',
    s: fmt(sk.seconds),
    'peak RSS MB': fmt(sk.rssMB, 0),
    note: `exact: ${a.exact ?? true}; worst relative error of med/p90/p95/p99 vs exact: ${(Math.max(...errs) * 100).toFixed(4)}% (bound 0.1%)`,
  });
  rows.push({
    what: 'summarize soak-25M, no budget (exact)',
    s: fmt(ex.seconds),
    'peak RSS MB': fmt(ex.rssMB, 0),
    note: `exact: ${b.exact ?? true}`,
  });
  printTable(rows);
}

function medianOf(tries) {
  tries.sort((x, y) => x.seconds - y.seconds);
  return {
    ...tries[Math.floor((tries.length - 1) / 2)],
    rssMB: Math.max(...tries.map((t) => t.rssMB ?? 0)) || undefined,
  };
}

async function median(n, fn) {
  const tries = [];
  for (let i = 0; i < n; i++) tries.push(await fn());
  return medianOf(tries);
}

/** Each of `fns` run n times, in turns (a, b, a, b, ...); the median run of each. */
async function medians(n, fns) {
  const tries = fns.map(() => []);
  for (let i = 0; i < n; i++) for (let k = 0; k < fns.length; k++) tries[k].push(await fns[k]());
  return tries.map(medianOf);
}

function printTable(rows) {
  const cols = Object.keys(rows[0]);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (vals) => vals.map((v, i) => String(v).padEnd(width[i])).join('  ');
  console.log(
    `\nNode ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load ${os.loadavg()[0].toFixed(1)}`,
  );
  console.log(line(cols));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(cols.map((c) => r[c])));
}

/**
 * Start-up: `node -e 0`; a 1 MB run's `summarize` against node -e 0 plus that file's read time
 * (the split-lines reference on it); every gate bundle's whole run on an empty input against a
 * bundle of @actions/core alone (built here with ncc into the bench folder).
 */
async function startup(fmt) {
  const n = Math.max(5, repeat);
  const rows = [];
  const small = path.join(dir, 'k6-1M.ndjson');
  if (!existsSync(small)) generate(small, parseSize('1M'), 42);
  warm(small);
  const split = path.join(dir, 'split-lines.mjs');
  const coreDir = path.join(dir, 'bare-core');
  const coreEntry = path.join(dir, 'bare-core-entry.mjs');
  // ncc names its output after the entry's extension: an .mjs entry gives index.mjs
  const coreBundle = path.join(coreDir, 'index.mjs');
  if (!existsSync(coreBundle)) {
    writeFileSync(
      coreEntry,
      `import * as core from '${path.join(root, 'node_modules', '@actions', 'core', 'lib', 'core.js')}';\ncore.info('bare');\n`,
    );
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
        'build',
        coreEntry,
        '-o',
        coreDir,
        '--quiet',
      ],
      { cwd: root, stdio: 'inherit' },
    );
  }
  const empty = path.join(dir, 'empty-workspace');
  mkdirSync(empty, { recursive: true });
  const env = {
    GITHUB_WORKSPACE: empty,
    RUNNER_TEMP: empty,
    INPUT_UPLOAD: 'false',
    INPUT_STATUS: 'false',
    INPUT_COMMENT: 'off',
    'INPUT_ARTIFACTS-DIR': path.join(empty, 'out'),
    'INPUT_FAIL-ON': 'error',
    INPUT_CONFIG: '',
  };
  const gates = ['baseline', 'diagnostics', 'optimization', 'governance'];
  // Every command once per round, `n` rounds, medians: what the ratios compare was measured in the
  // same minutes (a shared machine's speed drifts by tens of percent between minutes). Each gate
  // run starts from an empty artifacts folder: governance would otherwise read and verify the
  // evidence the other gates' runs left there, which is not an empty input.
  const [bare, read, sum, core, ...gateRuns] = await medians(n, [
    () => run(['-e', '0']),
    () => run([split, small]),
    () => run([cli, 'summarize', '--json', small]),
    () => run([coreBundle], env),
    ...gates.map((gate) => () => {
      rmSync(env['INPUT_ARTIFACTS-DIR'], { recursive: true, force: true });
      return run([path.join(root, 'dist', gate, 'index.js')], env);
    }),
  ]);
  // a bundle that did not run (a wrong path fails fast) would make every ratio below meaningless
  if (core.code !== 0 || !core.stdout.includes('bare'))
    throw new Error(
      `the bare @actions/core bundle ${coreBundle} failed (exit ${core.code}): ${core.stderr.slice(-400)}`,
    );
  // the file's read time: the reference's time beyond a bare node start
  const budget = bare.seconds + Math.max(0, read.seconds - bare.seconds);
  rows.push({ what: 'node -e 0', s: fmt(bare.seconds, 3), ratio: '', target: '' });
  rows.push({ what: 'split-lines 1 MB', s: fmt(read.seconds, 3), ratio: '', target: '' });
  rows.push({
    what: 'summarize 1 MB',
    s: fmt(sum.seconds, 3),
    ratio: `${fmt(sum.seconds / budget)}x node -e 0 + read`,
    target: '<= 1.5x',
  });
  rows.push({ what: 'bundle of @actions/core alone', s: fmt(core.seconds, 3), ratio: '', target: '' });
  gates.forEach((gate, i) => {
    rows.push({
      what: `dist/${gate} on an empty input`,
      s: fmt(gateRuns[i].seconds, 3),
      ratio: `${fmt(gateRuns[i].seconds / core.seconds)}x bare bundle`,
      target: '<= 1.3x',
    });
  });
  printTable(rows);
}

await main();
