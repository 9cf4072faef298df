#!/usr/bin/env node
// Deterministic k6-shaped `--out json` NDJSON for benchmarks (the line shapes of
// performance.md section 8): per simulated request http_reqs, http_req_duration and its phases,
// http_req_failed with the default system tags (sorted), checks, data_sent/data_received,
// iteration_duration, iterations; vus/vus_max now and then; a Metric line before each metric's
// first point. 4 endpoints with lognormal latency (medians 22-120 ms), 3 % non-200 responses.
//
//   node scripts/gen-ndjson.mjs OUT.ndjson SIZE [--seed N] [--rate R] [--gzip]   (SIZE: 100M, 1G, 5G, bytes)
//
// --rate R: requests per second on average (default about 1000: time advances 0-2 ms per request).
// The tests use it for a run below a configured peak (e.g. half the rate of the baseline).
//
// Fixture-server runs (issue 9): the profiles of ../shared/fixtures/generators/server.js (every latency
// base + Exp(jitter), + tail_ms with probability tail_rate; a request fails with probability
// error_rate), one `products` endpoint at 40 req/s like __tests__/fixtures/k6/a-baseline (its run
// label, tags, checks and metric set), so seeded reruns and a regressed build exist beside the real runs:
//
//   node scripts/gen-ndjson.mjs OUT.ndjson --profile baseline|optimized|regressed [--requests 801] [--seed S] [--gzip]
//
// Flags may come before or after the positional arguments; a flag's value is never taken as one.
import {
  createWriteStream,
  openSync,
  writeSync,
  closeSync,
  renameSync,
  createReadStream,
  writeFileSync,
} from 'node:fs';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

export function parseSize(s) {
  const m = /^(\d+(?:\.\d+)?)([KMG]?)B?$/i.exec(String(s).trim());
  if (!m) throw new Error(`bad size ${s} (use e.g. 100M, 1G, 5G)`);
  const mult = { '': 1, K: 1e3, M: 1e6, G: 1e9 }[m[2].toUpperCase()];
  return Math.round(Number(m[1]) * mult);
}

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

const METRICS = {
  http_reqs: ['counter', 'default'],
  http_req_duration: ['trend', 'time'],
  http_req_blocked: ['trend', 'time'],
  http_req_connecting: ['trend', 'time'],
  http_req_tls_handshaking: ['trend', 'time'],
  http_req_sending: ['trend', 'time'],
  http_req_waiting: ['trend', 'time'],
  http_req_receiving: ['trend', 'time'],
  http_req_failed: ['rate', 'default'],
  checks: ['rate', 'default'],
  data_sent: ['counter', 'data'],
  data_received: ['counter', 'data'],
  iteration_duration: ['trend', 'time'],
  iterations: ['counter', 'default'],
  vus: ['gauge', 'default'],
  vus_max: ['gauge', 'default'],
};
const THRESHOLDS = { http_req_duration: ['p(95)<500'], http_req_failed: ['rate<0.05'] };

const ENDPOINTS = [
  {
    name: 'products',
    method: 'GET',
    url: 'https://shop.example.com/api/v1/products',
    median: 22,
    sent: 310,
    recv: 5400,
  },
  {
    name: 'search',
    method: 'GET',
    url: 'https://shop.example.com/api/v1/search?q=shoes',
    median: 48,
    sent: 330,
    recv: 9100,
  },
  {
    name: 'cart',
    method: 'POST',
    url: 'https://shop.example.com/api/v1/cart',
    median: 65,
    sent: 620,
    recv: 900,
  },
  {
    name: 'checkout',
    method: 'POST',
    url: 'https://shop.example.com/api/v1/checkout',
    median: 120,
    sent: 880,
    recv: 1200,
  },
];

function metricLine(name, withThresholds = true) {
  const [type, contains] = METRICS[name];
  const submetrics =
    name === 'http_req_duration'
      ? [
          {
            name: 'http_req_duration{expected_response:true}',
            suffix: 'expected_response:true',
            tags: { expected_response: 'true' },
          },
        ]
      : null;
  return JSON.stringify({
    type: 'Metric',
    data: { name, type, contains, thresholds: withThresholds ? (THRESHOLDS[name] ?? []) : [], submetrics },
    metric: name,
  });
}

function isoNs(ms, ns) {
  // RFC 3339 with nanoseconds, trailing zeros trimmed (as Go writes it)
  const d = new Date(ms);
  const base = d.toISOString().slice(0, 19);
  const frac = String((ms % 1000) * 1e6 + ns)
    .padStart(9, '0')
    .replace(/0+$/, '');
  return `${base}${frac ? '.' + frac : ''}Z`;
}

/** Write about `bytes` bytes of k6 NDJSON to `file` (plain). Returns { bytes, lines }. */
export function generate(file, bytes, seed = 42, { rate } = {}) {
  if (rate !== undefined && !(rate > 0)) throw new Error(`bad rate ${rate} (requests per second, above 0)`);
  // nanoseconds between requests are uniform on [0, 2 * mean)
  const stepRange = rate === undefined ? 2_000_000 : Math.round((2 * 1e9) / rate);
  const rnd = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(rnd() || 1e-12)) * Math.cos(2 * Math.PI * rnd());
  const logn = (median, sigma) => median * Math.exp(sigma * normal());
  const tmp = `${file}.tmp`;
  const fd = openSync(tmp, 'w');
  const seen = new Set();
  let out = [];
  let outLen = 0;
  let written = 0;
  let lines = 0;
  let t = Date.UTC(2026, 0, 1, 0, 0, 0);
  let ns = 0;
  let vus = 10;
  const flush = () => {
    const buf = Buffer.from(out.join(''), 'latin1');
    writeSync(fd, buf);
    written += buf.length;
    out = [];
    outLen = 0;
  };
  const point = (metric, time, value, tags) => {
    if (!seen.has(metric)) {
      seen.add(metric);
      const m = metricLine(metric) + '\n';
      out.push(m);
      outLen += m.length;
      lines++;
    }
    const l = `{"metric":"${metric}","type":"Point","data":{"time":"${time}","value":${value},"tags":${tags}}}\n`;
    out.push(l);
    outLen += l.length;
    lines++;
  };
  const v6 = (x) => Number(x.toFixed(6));
  while (written + outLen < bytes) {
    // time advances 0-2 ms per request
    const step = Math.floor(rnd() * stepRange);
    ns += step;
    t += Math.floor(ns / 1_000_000);
    ns %= 1_000_000;
    const time = isoNs(t, ns);
    if (rnd() < 0.002) {
      vus = Math.max(1, Math.min(50, vus + (rnd() < 0.5 ? -1 : 1)));
      point('vus', time, vus, '{}');
      point('vus_max', time, 50, '{}');
    }
    const ep = ENDPOINTS[Math.floor(rnd() * ENDPOINTS.length)];
    const ok = rnd() >= 0.03;
    const status = ok ? '200' : rnd() < 0.5 ? '500' : '503';
    const tags = `{"expected_response":"${ok}","group":"","method":"${ep.method}","name":"${ep.name}","proto":"HTTP/1.1","scenario":"default","status":"${status}","tls_version":"tls1.3","url":"${ep.url}"}`;
    const waiting = logn(ep.median, 0.35) * (rnd() < 0.01 ? 3 : 1);
    const sending = rnd() * 0.05;
    const receiving = rnd() * 0.4;
    const fresh = rnd() < 0.02;
    const connecting = fresh ? logn(0.3, 0.3) : 0;
    const tls = fresh ? logn(1.5, 0.3) : 0;
    const blocked = fresh ? connecting + tls + rnd() * 0.1 : rnd() * 0.01;
    point('http_reqs', time, 1, tags);
    point('http_req_duration', time, v6(sending + waiting + receiving), tags);
    point('http_req_blocked', time, v6(blocked), tags);
    point('http_req_connecting', time, v6(connecting), tags);
    point('http_req_tls_handshaking', time, v6(tls), tags);
    point('http_req_sending', time, v6(sending), tags);
    point('http_req_waiting', time, v6(waiting), tags);
    point('http_req_receiving', time, v6(receiving), tags);
    point('http_req_failed', time, ok ? 0 : 1, tags);
    const g = '{"group":"","scenario":"default"}';
    point('checks', time, ok ? 1 : 0, '{"check":"status is 200","group":"","scenario":"default"}');
    point('data_sent', time, ep.sent, g);
    point('data_received', time, ep.recv + Math.floor(rnd() * 100), g);
    point('iteration_duration', time, v6(waiting + sending + receiving + 1 + rnd() * 3), g);
    point('iterations', time, 1, g);
    if (outLen > 1 << 22) flush();
  }
  flush();
  closeSync(fd);
  renameSync(tmp, file);
  return { bytes: written, lines };
}

/** gzip `src` into `dst` (level 6, as k6's writer would). */
export async function gzipFile(src, dst) {
  const tmp = `${dst}.tmp`;
  await pipeline(
    createReadStream(src, { highWaterMark: 1 << 20 }),
    createGzip({ level: 6, chunkSize: 1 << 20 }),
    createWriteStream(tmp),
  );
  renameSync(tmp, dst);
}

// ---------------------------------------------------------------------------------------------
// fixture-server profiles (copied from ../shared/fixtures/generators/server.js: products endpoint)

export const PROFILES = {
  baseline: { base: 32, jitter: 7, tail_rate: 0.01, tail_ms: 120, error_rate: 0.002, error_status: 503 },
  optimized: { base: 22, jitter: 5, tail_rate: 0.005, tail_ms: 80, error_rate: 0.001, error_status: 503 },
  regressed: { base: 44, jitter: 12, tail_rate: 0.03, tail_ms: 300, error_rate: 0.05, error_status: 503 },
};

/**
 * k6 NDJSON of `requests` GET /api/products requests at 40 req/s against the fixture server's
 * `profile` (a-baseline's shape). Deterministic in `seed`. Returns the text.
 */
export function generateProfileRun(profile, requests = 801, seed = 1) {
  const cfg = PROFILES[profile];
  if (!cfg) throw new Error(`unknown profile ${profile} (baseline, optimized, regressed)`);
  if (!(Number.isInteger(requests) && requests > 0)) throw new Error(`--requests must be a positive integer`);
  const rnd = mulberry32(seed);
  const expSample = (mean) => (mean > 0 ? -Math.log(1 - rnd()) * mean : 0);
  const out = [];
  const seen = new Set();
  const label = profile;
  const base = { group: '', run_label: label, scenario: 'steady_load', test_name: 'catalog-products' };
  const tagsJson = (extra) =>
    JSON.stringify(Object.fromEntries(Object.entries({ ...extra, ...base }).sort()));
  const point = (metric, time, value, tags) => {
    if (!seen.has(metric)) {
      seen.add(metric);
      out.push(metricLine(metric, false));
    }
    out.push(
      `{"metric":"${metric}","type":"Point","data":{"time":"${time}","value":${value},"tags":${tags}}}`,
    );
  };
  const v6 = (x) => Number(x.toFixed(6));
  const t0 = Date.UTC(2026, 10, 22, 9, 20, 53, 250);
  let lastSecond = -1;
  for (let i = 0; i < requests; i++) {
    const ms = t0 + i * 25; // 40 req/s
    const ns = Math.floor(rnd() * 1e6);
    const time = isoNs(ms, ns);
    const second = Math.floor((i * 25) / 1000);
    if (second !== lastSecond) {
      lastSecond = second;
      point('vus', time, 2, tagsJson({}));
      point('vus_max', time, 10, tagsJson({}));
    }
    // the server's draw order: delay, tail, failure
    let delay = cfg.base + expSample(cfg.jitter);
    if (rnd() < cfg.tail_rate) delay += cfg.tail_ms;
    const fail = rnd() < cfg.error_rate;
    const sending = 0.02 + rnd() * 0.08;
    const receiving = 0.05 + rnd() * 0.25;
    const fresh = i === 0 || rnd() < 0.01;
    const connecting = fresh ? 0.2 + rnd() * 0.9 : 0;
    const blocked = connecting + rnd() * 0.1;
    const status = fail ? String(cfg.error_status) : '200';
    const req = tagsJson({
      expected_response: String(!fail),
      method: 'GET',
      name: 'products',
      proto: 'HTTP/1.1',
      status,
      url: 'products',
    });
    const duration = v6(sending + delay + receiving);
    point('http_reqs', time, 1, req);
    point('http_req_duration', time, duration, req);
    point('http_req_blocked', time, v6(blocked), req);
    point('http_req_connecting', time, v6(connecting), req);
    point('http_req_tls_handshaking', time, 0, req);
    point('http_req_sending', time, v6(sending), req);
    point('http_req_waiting', time, v6(delay), req);
    point('http_req_receiving', time, v6(receiving), req);
    point('http_req_failed', time, fail ? 1 : 0, req);
    const after = isoNs(ms, Math.min(999_999, ns + 300_000));
    point('checks', after, fail ? 0 : 1, tagsJson({ check: 'status is 200' }));
    point('checks', after, fail ? 0 : 1, tagsJson({ check: 'body has items' }));
    const g = tagsJson({});
    point('data_sent', after, 90, g);
    point('data_received', after, fail ? 260 : 470, g);
    point('iteration_duration', after, v6(duration + blocked + 1 + rnd()), g);
    point('iterations', after, 1, g);
  }
  return out.join('\n') + '\n';
}

/**
 * Command-line arguments: flags anywhere (a flag that takes a value consumes the next argument, so
 * `--seed 3 out.ndjson` is not read as the file "3"), the rest positional. Unknown flags are errors.
 */
function rateOf(v) {
  if (v === undefined) return undefined;
  const r = Number(v);
  if (!(r > 0)) throw new Error(`--rate must be a positive number of requests per second (got ${v})`);
  return r;
}

export function parseArgs(argv) {
  const valued = new Set(['--seed', '--requests', '--profile', '--rate']);
  const booleans = new Set(['--gzip']);
  const flags = {};
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (booleans.has(name)) {
        if (eq > 0) throw new Error(`${name} takes no value`);
        flags[name.slice(2)] = true;
      } else if (valued.has(name)) {
        const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (v === undefined || (eq < 0 && v.startsWith('--'))) throw new Error(`${name} needs a value`);
        flags[name.slice(2)] = v;
      } else throw new Error(`unknown option ${name}`);
    } else positional.push(a);
  }
  const num = (name, v) => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) throw new Error(`--${name} must be a non-negative integer (got ${v})`);
    return Number(v);
  };
  return {
    positional,
    seed: num('seed', flags.seed),
    requests: num('requests', flags.requests),
    profile: flags.profile,
    rate: rateOf(flags.rate),
    gzip: flags.gzip === true,
  };
}

const USAGE = [
  'usage: node scripts/gen-ndjson.mjs OUT.ndjson SIZE [--seed N] [--rate R] [--gzip]',
  '       node scripts/gen-ndjson.mjs OUT.ndjson --profile baseline|optimized|regressed [--requests N] [--seed S] [--gzip]',
].join('\n');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
    if (args.profile !== undefined && !PROFILES[args.profile])
      throw new Error(`unknown profile ${args.profile} (baseline, optimized, regressed)`);
    const want = args.profile !== undefined ? 1 : 2;
    if (args.positional.length !== want)
      throw new Error(
        `expected ${want === 1 ? 'OUT.ndjson' : 'OUT.ndjson SIZE'}, got ${args.positional.length} argument(s)`,
      );
    if (args.profile === undefined && args.requests !== undefined)
      throw new Error('--requests needs --profile');
    if (args.profile !== undefined && args.rate !== undefined)
      throw new Error('--rate is for SIZE files (a profile run has its own rate)');
  } catch (e) {
    console.error(`gen-ndjson: ${e.message}\n${USAGE}`);
    process.exit(2);
  }
  const [file, size] = args.positional;
  if (args.profile !== undefined) {
    const text = generateProfileRun(args.profile, args.requests ?? 801, args.seed ?? 1);
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, file);
    console.log(`${file}: ${args.profile}, ${args.requests ?? 801} requests, seed ${args.seed ?? 1}`);
  } else {
    const r = generate(file, parseSize(size), args.seed ?? 42, { rate: args.rate });
    console.log(`${file}: ${r.bytes} bytes, ${r.lines} lines`);
  }
  if (args.gzip) {
    await gzipFile(file, `${file}.gz`);
    console.log(`${file}.gz written`);
  }
}
