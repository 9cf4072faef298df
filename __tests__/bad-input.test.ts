// Fail closed on bad input (issue 12): each class of bad or hostile input is an outcome a test
// asserts — the verdict or exit code, the message naming the file (and line where one exists), and
// an artifacts folder with no partial or unlisted file afterwards. Runs the source in-process (the
// CLI's `main` and the gate runner with a recording host); no bundle, no network.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Host } from '../src/io/host.js';
import { runGates } from '../src/run/runner.js';
import type { GateName } from '../src/model.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const FX = path.join(ROOT, '__tests__', 'fixtures');
const BAD = path.join(FX, 'bad-input');
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'pg-bad-'));
const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

/** The real NDJSON k6 wrote for run a-baseline (first `n` lines). */
function k6Lines(n: number): string[] {
  return gunzipSync(readFileSync(path.join(FX, 'k6/a-baseline/results.ndjson.gz')))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, n);
}

/** `perf-gates ...args` in-process: exit code, stdout, stderr. */
export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    err += String(s);
    return true;
  });
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

export interface Recorded {
  code: number;
  verdicts: string[];
  outputs: Record<string, string>;
  errors: string[];
  warnings: string[];
  log: string;
}

/** One `gate` run through the runner with a host that records everything. */
export async function gate(
  which: GateName | 'all',
  inputs: Record<string, string>,
  cwd: string,
  github?: Host['github'],
): Promise<Recorded> {
  return gateWithEnv(which, inputs, cwd, github, {});
}

export async function gateWithEnv(
  which: GateName | 'all',
  inputs: Record<string, string>,
  cwd: string,
  github: Host['github'] | undefined,
  env: Record<string, string>,
): Promise<Recorded> {
  const rec: Recorded = { code: -1, verdicts: [], outputs: {}, errors: [], warnings: [], log: '' };
  const host: Host = {
    kind: github ? 'action' : 'cli',
    info: (s) => void (rec.log += s + '\n'),
    notice: (s) => void (rec.log += `notice: ${s}\n`),
    warning: (s, file, line) => {
      const w = `${file ? `${file}${line ? `:${line}` : ''}: ` : ''}${s}`;
      rec.warnings.push(w);
      rec.log += `warning: ${w}\n`;
    },
    error: (s) => {
      rec.errors.push(s);
      rec.log += `error: ${s}\n`;
    },
    group: async (_n, fn) => fn(),
    setOutput: (n, v) => void (rec.outputs[n] = v),
    summary: async (md) => void (rec.log += md + '\n'),
    github,
    env,
    cwd,
  };
  const r = await runGates(which, { upload: 'false', comment: 'off', status: 'false', ...inputs }, host);
  rec.code = r.code;
  rec.verdicts = r.results.map((x) => x.result.verdict);
  return rec;
}

/** A GitHub side that counts the publish calls and answers everything else with nothing. */
function countingGitHub(): { github: NonNullable<Host['github']>; posted: () => number } {
  let n = 0;
  return {
    github: {
      publish: async () => void n++,
      upload: async () => ({ id: 1 }),
      download: async () => [],
      approvals: async () => [],
      pullReviews: async () => undefined,
      teamMembership: async () => ({ active: null, reason: 'not read in this test' }),
    },
    posted: () => n,
  };
}

afterEach(() => vi.restoreAllMocks());

describe('unknown files never become Markdown', () => {
  it('a pytest-benchmark console table saved as .json: an error naming the file and --benchmark-json', async () => {
    const f = path.join(BAD, 'pytest-benchmark-console.json');
    const r = await cli('summarize', f);
    expect(r.code).toBe(2);
    expect(r.err).toContain('pytest-benchmark-console.json');
    expect(r.err).toMatch(/console table/);
    expect(r.err).toContain('--benchmark-json');
    expect(r.out).toBe('');
  });

  it('the console table given to a gate as a benchmark run: verdict error, no evidence', async () => {
    const d = tmp();
    const g = await gate(
      'optimization',
      {
        'baseline-benchmark': path.join(FX, 'pytest/benchmark/bench-baseline.json'),
        'candidate-benchmark': path.join(BAD, 'pytest-benchmark-console.json'),
        'artifacts-dir': path.join(d, 'out'),
      },
      d,
    );
    expect(g.code).toBe(2);
    expect(g.verdicts).toEqual(['error']);
    expect(g.log).toContain('pytest-benchmark-console.json');
    expect(g.log).toContain('--benchmark-json');
    expect(filesIn(path.join(d, 'out'))).toEqual([]);
  });

  it('k6 --out json written to stdout, mixed with its banner and log lines: read as NDJSON, the log lines counted', async () => {
    const d = tmp();
    const lines = k6Lines(400);
    // k6's banner and log lines (the wording of k6-console.log of run d-thresholds) around the NDJSON
    const mixed = [
      '',
      '         /\\      Grafana   /‾‾/  ',
      '    /\\  /  \\     |\\  __   /  /   ',
      '',
      '     execution: local',
      '        script: scripts/load.js',
      'time="2026-11-22T09:22:05Z" level=info msg="starting" source=console',
      ...lines.slice(0, 200),
      'time="2026-11-22T09:22:20Z" level=warn msg="Request Failed" error="connection reset"',
      ...lines.slice(200),
      'time="2026-11-22T09:22:35Z" level=error msg="thresholds on metrics \'http_req_duration{name:products}\' have been crossed"',
      '',
    ].join('\n');
    const f = path.join(d, 'k6-stdout.log');
    writeFileSync(f, mixed);
    const r = await cli('summarize', f, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.files[0].format).toBe('k6-ndjson');
    expect(doc.metrics.length).toBeGreaterThan(0);
    const warned = JSON.stringify(doc.files[0].warnings);
    expect(warned).toMatch(/line 208 is not JSON \(skipped\): .*Request Failed/);
    expect(warned).toContain('7 of 409 lines are not k6 lines');
  });

  it('plain text under a .json, .ndjson or .gz name is an error naming the file, never Markdown', async () => {
    const d = tmp();
    for (const name of ['notes.json', 'results.ndjson', 'results.gz']) {
      const f = path.join(d, name);
      writeFileSync(f, '# Results\n\nAll good, trust me.\n');
      const r = await cli('summarize', f);
      expect(r.code, name).toBe(2);
      expect(r.err).toContain(name);
      expect(r.err).toMatch(/never read as Markdown/);
    }
  });

  it('text where a run is expected is an error (a long text line, too)', async () => {
    const d = tmp();
    const f = path.join(d, 'results.txt');
    writeFileSync(f, 'x'.repeat(4 * 1024 * 1024) + '\n');
    const r = await cli('summarize', f);
    expect(r.code).toBe(2);
    expect(r.err).toContain('results.txt');
    expect(r.err).toMatch(/Markdown is read only by the document inputs/);
  });

  it('a Markdown document where a document is expected is still read', async () => {
    const d = tmp();
    const g = await gate(
      'diagnostics',
      {
        'load-test-k6': path.join(FX, 'k6/a-baseline/results.ndjson.gz'),
        'profiling-report': path.join(FX, 'protocol/profiling-report.md'),
        'capacity-analysis': path.join(FX, 'protocol/capacity-analysis.md'),
        'artifacts-dir': path.join(d, 'out'),
      },
      d,
    );
    expect(g.verdicts[0]).not.toBe('error');
  });

  it('a Markdown document under a .json name given as a document input is an error', async () => {
    const d = tmp();
    const f = path.join(d, 'capacity.json');
    writeFileSync(f, readFileSync(path.join(FX, 'protocol/capacity-analysis.md')));
    const g = await gate(
      'diagnostics',
      {
        'load-test-k6': path.join(FX, 'k6/a-baseline/results.ndjson.gz'),
        'capacity-analysis': f,
        'artifacts-dir': path.join(d, 'out'),
      },
      d,
    );
    expect(g.verdicts).toEqual(['error']);
    expect(g.log).toContain('capacity.json');
    expect(filesIn(path.join(d, 'out'))).toEqual([]);
  });
});

/** gate 1 (baseline) over the real a-baseline run with one replaced document input */
async function baselineWith(extra: Record<string, string>) {
  const d = tmp();
  const out = path.join(d, 'out');
  const g = await gate(
    'baseline',
    { 'baseline-k6': path.join(FX, 'k6/a-baseline/results.ndjson.gz'), 'artifacts-dir': out, ...extra },
    d,
  );
  return { ...g, out, dir: d };
}

describe('CSV quoting and text encodings', () => {
  const csv = readFileSync(path.join(ROOT, 'examples/perf/baseline-metrics.csv'), 'utf8').split('\n');

  it('an unbalanced quote is an error naming the file and the line where the quote opened; no artifact', async () => {
    const d = tmp();
    const f = path.join(d, 'baseline-metrics.csv');
    // 4 rows; the quote opened on line 3 is never closed and would swallow lines 4 and 5
    const rows = [csv[0], csv[1], csv[2].replace('ms,k6 soak', 'ms,"k6 soak'), csv[3], csv[4]];
    writeFileSync(f, rows.join('\n') + '\n');
    const g = await baselineWith({ 'baseline-csv': f });
    expect(g.code).toBe(2);
    expect(g.verdicts).toEqual(['error']);
    expect(g.log).toContain(`${f}:3: bad CSV quoting: the quote opened on line 3`);
    expect(filesIn(g.out)).toEqual([]);
  });

  it('text after a closing quote is the same error, on its line', async () => {
    const d = tmp();
    const f = path.join(d, 'b.csv');
    writeFileSync(f, [csv[0], csv[1], 'x,"svc"oops,1,ms,k6,2026-11-22T09:26:31Z', csv[3]].join('\r\n'));
    const g = await baselineWith({ 'baseline-csv': f });
    expect(g.verdicts).toEqual(['error']);
    expect(g.log).toMatch(/b\.csv:3: bad CSV quoting/);
  });

  it('a Latin-1 CSV, Markdown or JSON stops with the file, line and byte offset', async () => {
    const d = tmp();
    // "Zürich" as Latin-1 (0xFC) on line 3 of each
    const latin1 = (s: string) => Buffer.from(s, 'latin1');
    const cases: [string, string, string][] = [
      ['baseline-csv', 'm.csv', [csv[0], csv[1], csv[2].replace('catalog-api', 'zürich-api'), ''].join('\n')],
      ['hypotheses', 'h.md', '# Hypotheses\n\n## H1: Zürich cache\n'],
    ];
    for (const [input, name, text] of cases) {
      const f = path.join(d, name);
      writeFileSync(f, latin1(text));
      const bad = latin1(text).indexOf(0xfc);
      const g = await baselineWith({ [input]: f });
      expect(g.verdicts, name).toEqual(['error']);
      expect(g.log).toContain(`${f}:3: not valid UTF-8 text: byte 0xFC at byte offset ${bad} (line 3)`);
      expect(filesIn(g.out)).toEqual([]);
    }
    const plan = path.join(d, 'plan.json');
    const planText = readFileSync(path.join(ROOT, 'examples/perf/optimization-plan.json'), 'latin1');
    writeFileSync(plan, latin1(planText.replace('"', '"Zürich ')));
    const g = await gate(
      'optimization',
      {
        plan,
        'baseline-k6': path.join(FX, 'k6/a-baseline/results.ndjson.gz'),
        'candidate-k6': path.join(FX, 'k6/b-optimized/results.ndjson.gz'),
        'artifacts-dir': path.join(d, 'out'),
      },
      d,
    );
    expect(g.verdicts).toEqual(['error']);
    expect(g.log).toMatch(/plan\.json:\d+: not valid UTF-8 text: byte 0xFC at byte offset \d+/);
    expect(filesIn(path.join(d, 'out'))).toEqual([]);
  });
});

describe('empty documents', () => {
  for (const [what, content] of [
    ['0 bytes', ''],
    ['whitespace only', ' \n\t\r\n  \n'],
  ] as const) {
    it(`a capacity analysis of ${what} is an empty document: the criterion fails naming the file`, async () => {
      const d = tmp();
      const f = path.join(d, 'capacity-analysis.md');
      writeFileSync(f, content);
      const g = await gate(
        'diagnostics',
        {
          'load-test-k6': path.join(FX, 'k6/a-baseline/results.ndjson.gz'),
          'profiling-report': path.join(FX, 'protocol/profiling-report.md'),
          'capacity-analysis': f,
          'artifacts-dir': path.join(d, 'out'),
        },
        d,
      );
      expect(g.verdicts[0]).not.toBe('error');
      expect(g.log).toContain(`${f} is empty`);
    });

    it(`a hypothesis log of ${what}: hypotheses_documented fails naming the file`, async () => {
      const d = tmp();
      const f = path.join(d, 'hypothesis-log.md');
      writeFileSync(f, content);
      const g = await baselineWith({ hypotheses: f });
      expect(g.verdicts[0]).not.toBe('error');
      expect(g.log).toContain(`${f} holds no hypothesis`);
    });
  }
});

describe('tag values with , : { } " and spaces (the key quoting rule)', () => {
  const awkward = ['a,b', 'host:8080', '{id}', 'x}', 'say "hi"', ' padded ', 'back\\slash', "'quoted'", ''];

  it('every key parser reads back what every key printer wrote', async () => {
    const { formatMetricKey, parseMetricKey, sameMetricKey } =
      await import('../src/parsers/k6-summary/keys.js');
    const { formatKey, parseKey } = await import('../src/stats/keys.js');
    const { tagText } = await import('../src/cli/format.js');
    for (const v of awkward) {
      const tags = { name: v, status: '200' };
      const k = formatMetricKey('http_req_duration', tags);
      expect(parseMetricKey(k), k).toEqual({ metric: 'http_req_duration', tags });
      expect(sameMetricKey(k, formatMetricKey('http_req_duration', { status: '200', name: v }))).toBe(true);
      const spec = parseKey(formatKey({ metric: 'http_req_duration', tags, stat: 'p95' }));
      expect(spec.tags, k).toEqual(tags);
      expect(spec.stat).toBe('p95');
      expect(`http_req_duration${tagText(tags)}`).toBe(k);
    }
    expect(formatMetricKey('m', { name: 'a,b' })).toBe('m{name:"a,b"}');
    expect(formatMetricKey('m', { name: 'say "hi"' })).toBe('m{name:"say \\"hi\\""}');
    // k6's own spellings still read: spaces, one pair of quotes, a colon in a bare value
    expect(parseMetricKey("m{ name: 'x' , url:http://h:1/a }").tags).toEqual({
      name: 'x',
      url: 'http://h:1/a',
    });
    expect(() => parseMetricKey('m{name:"a,b}')).toThrow(/not closed/);
  });

  it('a k6 name tag "a,b" is found by gate 1 (baseline completeness is not 0%)', async () => {
    const d = tmp();
    const f = path.join(d, 'results.ndjson');
    const t = gunzipSync(readFileSync(path.join(FX, 'k6/a-baseline/results.ndjson.gz')))
      .toString('utf8')
      .replaceAll('"name":"products"', '"name":"a,b"');
    writeFileSync(f, t);
    const g = await gate('baseline', { 'baseline-k6': f, 'artifacts-dir': path.join(d, 'out') }, d);
    expect(g.log).toMatch(/baseline_completeness: 100%/);
    expect(g.log).not.toContain('missing: api_latency');
  });
});

describe('inputs that would hang or burn CPU', () => {
  it('a FIFO is refused by name (it would block forever), as a run and as a document', async () => {
    const d = tmp();
    const fifo = path.join(d, 'results.ndjson');
    const mk = spawnSync('mkfifo', [fifo]);
    if (mk.status !== 0) {
      console.log(`skipped: mkfifo is not available (${mk.error?.message ?? mk.stderr})`);
      return;
    }
    const r = await cli('summarize', fifo);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${fifo}: is a named pipe (FIFO), not a regular file`);
    const g = await gate(
      'diagnostics',
      {
        'load-test-k6': path.join(FX, 'k6/a-baseline/results.ndjson.gz'),
        'capacity-analysis': fifo,
        'artifacts-dir': path.join(d, 'out'),
      },
      d,
    );
    expect(g.verdicts).toEqual(['error']);
    expect(g.log).toContain(`${fifo}: is a named pipe (FIFO)`);
    expect(filesIn(path.join(d, 'out'))).toEqual([]);
  });

  it('a directory where a file is expected names the path', async () => {
    const d = tmp();
    const dir = path.join(d, 'capacity.md');
    mkdirSync(dir);
    const g = await gate(
      'diagnostics',
      {
        'load-test-k6': path.join(FX, 'k6/a-baseline/results.ndjson.gz'),
        'capacity-analysis': dir,
        'artifacts-dir': path.join(d, 'out'),
      },
      d,
    );
    expect(g.verdicts).toEqual(['error']);
    expect(g.log).toContain(`${dir}: is a directory, expected a file`);
    expect(g.log).not.toMatch(/EISDIR/);
  });

  it('64 KiB of "[" is an error on its line, in well under a second', async () => {
    const d = tmp();
    const f = path.join(d, 'optimization-plan.json');
    writeFileSync(f, '['.repeat(64 * 1024));
    const t0 = performance.now();
    const r = await cli('summarize', f);
    const g = await gate(
      'optimization',
      {
        plan: f,
        'baseline-k6': path.join(FX, 'k6/a-baseline/results.ndjson.gz'),
        'candidate-k6': path.join(FX, 'k6/b-optimized/results.ndjson.gz'),
        'artifacts-dir': path.join(d, 'out'),
      },
      d,
    );
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(r.code).toBe(2);
    expect(r.err).toContain('optimization-plan.json');
    expect(r.err).toMatch(/nested deeper than 256 levels/);
    expect(g.verdicts).toEqual(['error']);
    expect(g.log).toMatch(/optimization-plan\.json:1:257: invalid JSON: nested deeper than 256 levels/);
  });
});

describe('GitHub that never answers, artifact uploads that fail or stall', () => {
  const never = (signal?: AbortSignal) =>
    new Promise<never>((_r, reject) => signal?.addEventListener('abort', () => reject(new Error('aborted'))));

  it('a comment/status that never ends stops at publish-deadline: the verdict and exit code stand, with a warning', async () => {
    const d = tmp();
    let aborted = false;
    const github: NonNullable<Host['github']> = {
      publish: async (_r, _i, _w, signal) => {
        signal?.addEventListener('abort', () => (aborted = true));
        return never(signal);
      },
      upload: async () => never(),
      download: async () => [],
      approvals: async () => [],
      pullReviews: async () => undefined,
      teamMembership: async () => ({ active: null, reason: 'not read in this test' }),
    };
    const t0 = Date.now();
    const g = await gate(
      'baseline',
      {
        'baseline-k6': path.join(FX, 'k6/a-baseline/results.ndjson.gz'),
        'artifacts-dir': path.join(d, 'out'),
        upload: 'true',
        comment: 'update',
        'publish-deadline': '1',
      },
      d,
      github,
    );
    expect(Date.now() - t0).toBeLessThan(6000);
    expect(g.verdicts).toEqual(['insufficient-data']); // no hypothesis log: the real verdict
    expect(g.code).toBe(1);
    expect(g.outputs.verdict).toBe('insufficient-data');
    expect(aborted).toBe(true);
    expect(g.warnings.join('\n')).toMatch(
      /artifact perf-gates-baseline-local was not uploaded: upload of artifact perf-gates-baseline-local: no end within 1 s; the verdict \(insufficient-data\) stands/,
    );
    expect(g.warnings.join('\n')).toMatch(
      /could not publish to GitHub: publishing the PR comment and commit status stopped: the publish-deadline of 1 s has passed; the verdict \(insufficient-data\) stands/,
    );
  });

  it('an upload that fails is a warning naming the artifact; the verdict is kept', async () => {
    const d = tmp();
    const github: NonNullable<Host['github']> = {
      publish: async () => {},
      upload: async () => {
        throw new Error('Failed request: (503) Service Unavailable');
      },
      download: async () => [],
      approvals: async () => [],
      pullReviews: async () => undefined,
      teamMembership: async () => ({ active: null, reason: 'not read in this test' }),
    };
    const g = await gate(
      'baseline',
      {
        'baseline-k6': path.join(FX, 'k6/a-baseline/results.ndjson.gz'),
        'artifacts-dir': path.join(d, 'out'),
        upload: 'true',
        'artifact-name': 'perf-leg-1',
      },
      d,
      github,
    );
    expect(g.verdicts).toEqual(['insufficient-data']);
    expect(g.warnings.join('\n')).toContain('artifact perf-leg-1 was not uploaded: Failed request: (503)');
    expect(g.outputs['artifact-id']).toBe('');
  });

  it('api-timeout: a request that never answers is abandoned after the timeout, each retry logged', async () => {
    const http = await import('node:http');
    const server = http.createServer(() => {
      /* never answers */
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const { createClient } = await import('../src/io/github.js');
    const logged: string[] = [];
    const log = {
      info: (s: string) => logged.push(s),
      notice: () => {},
      warning: (s: string) => logged.push(s),
    };
    const client = createClient('t', {
      baseUrl: `http://127.0.0.1:${port}`,
      log,
      fast: true,
      timeoutSeconds: 1,
    });
    const t0 = Date.now();
    try {
      await expect(client.rest.repos.get({ owner: 'o', repo: 'r' })).rejects.toThrow(
        /no answer within 1 s \(api-timeout\)/,
      );
      expect(Date.now() - t0).toBeLessThan(8000);
      const timeouts = logged.filter((l) =>
        /GET \/repos\/o\/r: no answer within 1 s \(api-timeout\)/.test(l),
      );
      expect(timeouts.length).toBe(4); // the first attempt and 3 retries, each logged
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 20_000);

  it('api-timeout and publish-deadline are validated', async () => {
    for (const [k, v] of [
      ['api-timeout', '0'],
      ['api-timeout', 'soon'],
      ['publish-deadline', '-5'],
    ]) {
      const d = tmp();
      const g = await gate('baseline', { [k]: v, 'artifacts-dir': path.join(d, 'out') }, d);
      expect(g.code, `${k}=${v}`).toBe(2);
      expect(g.errors.join('\n')).toContain(`input ${k} must be a number of seconds`);
    }
  });
});

describe('faults never replace the verdict', () => {
  const DEMO = {
    config: path.join(ROOT, 'examples/perf/perf-gates.yml'),
    'baseline-k6': path.join(FX, 'k6/a-baseline/*'),
    'candidate-k6': path.join(FX, 'k6/b-optimized/*'),
    'baseline-csv': path.join(ROOT, 'examples/perf/baseline-metrics.csv'),
    hypotheses: path.join(ROOT, 'examples/perf/hypothesis-log.md'),
    'profiling-report': path.join(ROOT, 'examples/perf/profiling-report.md'),
    'capacity-analysis': path.join(ROOT, 'examples/perf/capacity-analysis.md'),
    'pytest-report': path.join(FX, 'pytest/json-report/performance-optimized.json'),
    plan: path.join(ROOT, 'examples/perf/optimization-plan.json'),
    'slo-updates': path.join(ROOT, 'examples/perf/slo-updates.yml'),
    'instrumentation-log': path.join(ROOT, 'examples/perf/instrumentation-update-log.md'),
    approvals: path.join(ROOT, 'examples/perf/approvals-example.json'),
  };
  /** every file name in a folder, dot files (temporary names) included */
  const everything = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

  it('ENOSPC while writing evidence: the computed verdicts and exit code stand, the message names path and errno, nothing is left', async () => {
    const clean = tmp();
    const want = await gate('all', { ...DEMO, 'artifacts-dir': path.join(clean, 'out') }, clean);
    expect(want.verdicts.length).toBe(4);

    const d = tmp();
    const out = path.join(d, 'out');
    const fsMod = await import('node:fs');
    const real = fsMod.promises.writeFile.bind(fsMod.promises);
    // the disk fills up half-way through each evidence file: a partial file is on disk when the
    // write fails, as with a real full disk
    vi.spyOn(fsMod.promises, 'writeFile').mockImplementation(async (file, data, ...rest) => {
      if (String(file).startsWith(out)) {
        const s = typeof data === 'string' ? data : Buffer.from(data as Uint8Array).toString('utf8');
        await real(file as string, s.slice(0, Math.floor(s.length / 2)));
        throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC' });
      }
      return real(file as string, data as string, ...(rest as []));
    });
    const g = await gate('all', { ...DEMO, 'artifacts-dir': out }, d);
    vi.restoreAllMocks();

    // gates 1-3 judge their inputs: the clean run's verdicts; gate 4 judges the evidence of 1-3,
    // which could not be written: it fails on the missing documentation, never `error`
    expect(g.verdicts.slice(0, 3)).toEqual(want.verdicts.slice(0, 3));
    expect(g.verdicts[3]).toBe('fail');
    expect(g.code).toBe(1);
    expect(g.outputs.verdict).toBe('fail');
    expect(g.verdicts).not.toContain('error');
    const errs = g.errors.filter((e) => e.includes('evidence could not be written'));
    expect(errs.length).toBe(4);
    for (const e of errs) {
      expect(e).toMatch(
        /the verdict is (pass|fail|insufficient-data|waived), but the evidence could not be written: /,
      );
      expect(e).toContain(out);
      expect(e).toContain('no space left on the device (ENOSPC)');
    }
    expect(g.log).not.toMatch(/inputs readable and valid/);
    expect(everything(out)).toEqual([]);
  });

  it('a read-only artifacts folder (EROFS, EACCES) says exactly that; the verdict stands, nothing is left', async () => {
    // the tests run as root, where permissions do not stop a write: the file system's answer is
    // injected, as a read-only mount (EROFS) or a folder of another user (EACCES) gives it
    const d = tmp();
    const k6 = path.join(FX, 'k6/a-baseline/results.ndjson.gz');
    const clean = await gate('baseline', { 'baseline-k6': k6, 'artifacts-dir': path.join(d, 'ok') }, d);
    const fsMod = await import('node:fs');
    for (const [code, words] of [
      ['EROFS', 'the file system is read-only (EROFS)'],
      ['EACCES', 'permission denied (the folder is read-only for this user) (EACCES)'],
    ] as const) {
      const out = path.join(d, `ro-${code}`);
      const real = fsMod.promises.writeFile.bind(fsMod.promises);
      vi.spyOn(fsMod.promises, 'writeFile').mockImplementation(async (file, data, ...rest) => {
        if (String(file).startsWith(out))
          throw Object.assign(new Error(`${code}: read-only, open '${String(file)}'`), { code });
        return real(file as string, data as string, ...(rest as []));
      });
      const g = await gate('baseline', { 'baseline-k6': k6, 'artifacts-dir': out }, d);
      vi.restoreAllMocks();
      expect(g.verdicts).toEqual(clean.verdicts);
      expect(g.code).toBe(clean.code);
      expect(g.errors.join('\n')).toContain('evidence could not be written');
      expect(g.errors.join('\n')).toContain(words);
      expect(g.log).not.toMatch(/inputs readable and valid/);
      expect(everything(out)).toEqual([]);
    }
  });

  it('a file in the way of the artifacts folder says exactly that; the verdict stands', async () => {
    const d = tmp();
    const inTheWay = path.join(d, 'artifacts');
    writeFileSync(inTheWay, 'not a folder\n');
    const clean = await gate(
      'baseline',
      {
        'baseline-k6': path.join(FX, 'k6/a-baseline/results.ndjson.gz'),
        'artifacts-dir': path.join(d, 'ok'),
      },
      d,
    );
    for (const dir of [inTheWay, path.join(inTheWay, 'performance')]) {
      const g = await gate(
        'baseline',
        { 'baseline-k6': path.join(FX, 'k6/a-baseline/results.ndjson.gz'), 'artifacts-dir': dir },
        d,
      );
      expect(g.verdicts).toEqual(clean.verdicts);
      expect(g.code).toBe(clean.code);
      expect(g.errors.join('\n')).toContain(
        `evidence could not be written: ${dir}: a file is in the way where the artifacts folder`,
      );
      expect(g.log).not.toMatch(/ENOENT|mkdir/);
    }
    expect(readFileSync(inTheWay, 'utf8')).toBe('not a folder\n');
  });
});

describe('cancellation (SIGTERM, SIGINT) leaves no temporary or unlisted file', () => {
  /**
   * The real src/io/files.ts, src/io/evidence.ts and src/model.ts, transpiled by TypeScript into a
   * scratch folder, run in a child process: it starts an evidence write whose disk stalls half-way
   * through a file, says "writing", and is then sent the signal, as a cancelled job is.
   */
  async function childWrite(): Promise<{ dir: string; out: string; script: string }> {
    const ts = (await import('typescript')).default;
    const dir = tmp();
    mkdirSync(path.join(dir, 'io'));
    for (const f of ['io/files.ts', 'io/evidence.ts', 'model.ts']) {
      const js = ts.transpileModule(readFileSync(path.join(ROOT, 'src', f), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      }).outputText;
      writeFileSync(path.join(dir, f.replace(/\.ts$/, '.js')), js);
    }
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    // the adapters' own dependencies (tinyglobby) resolve from the project's node_modules
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const out = path.join(dir, 'artifacts');
    const script = path.join(dir, 'child.js');
    writeFileSync(
      script,
      `import { promises } from 'node:fs';
import { installSignalCleanup } from './io/files.js';
import { writeEvidence } from './io/evidence.js';
installSignalCleanup();
const real = promises.writeFile.bind(promises);
let n = 0;
promises.writeFile = async (file, data) => {
  // the first file is written whole; the second stalls half-way (a slow or full disk)
  if (++n === 1) return real(file, data);
  await real(file, String(data).slice(0, 10));
  process.stdout.write('writing\\n');
  return new Promise(() => setInterval(() => {}, 1000));
};
await writeEvidence(${JSON.stringify(out)}, [
  { name: 'a.json', content: '{"a":1}\\n' },
  { name: 'b.json', content: '{"b":"' + 'x'.repeat(1000) + '"}\\n' },
]);
`,
    );
    return { dir, out, script };
  }

  for (const [sig, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`${sig} half-way through the evidence: exit ${code}, the folder holds nothing`, async () => {
      const { spawn } = await import('node:child_process');
      const { out, script } = await childWrite();
      const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (b) => (err += String(b)));
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`the child never started writing: ${err}`)), 10_000);
        child.stdout.on('data', (b) => {
          if (String(b).includes('writing')) {
            clearTimeout(t);
            resolve();
          }
        });
      });
      expect(everythingIn(out).length).toBeGreaterThan(0); // the temporary files are there
      child.kill(sig);
      const status = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
      expect(status).toBe(code);
      // the folder's lock and the temporary files being written (side by side)
      expect(err).toMatch(new RegExp(`cancelled \\(${sig}\\): 4 unfinished evidence file\\(s\\) removed`));
      expect(everythingIn(out)).toEqual([]);
    }, 20_000);
  }
});

function everythingIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

describe('inputs that would silently weaken the gate are errors naming the option', () => {
  const k6 = path.join(FX, 'k6/a-baseline/results.ndjson.gz');

  it('fail-on "," or " " (fails on nothing), an invalid artifact-name: exit 2, the option and accepted values named', async () => {
    const cases: [string, string, RegExp][] = [
      [
        'fail-on',
        ',',
        /input fail-on must name at least one verdict \(pass, waived, fail, insufficient-data, error\)/,
      ],
      ['fail-on', ' ', /input fail-on must name at least one verdict/],
      [
        'artifact-name',
        '../x',
        /input artifact-name "\.\.\/x" is not a valid artifact name: it contains "\/"/,
      ],
      ['artifact-name', 'a\nb', /input artifact-name .* is not a valid artifact name: it contains "\\n"/],
      ['artifact-name', 'x'.repeat(300), /is not a valid artifact name: 300 characters \(at most 240\)/],
    ];
    for (const [k, v, re] of cases) {
      const d = tmp();
      const g = await gate(
        'baseline',
        { 'baseline-k6': k6, [k]: v, 'artifacts-dir': path.join(d, 'out') },
        d,
      );
      expect(g.code, `${k}=${JSON.stringify(v)}`).toBe(2);
      expect(g.outputs.verdict).toBe('error');
      expect(g.errors.join('\n')).toMatch(re);
      expect(filesIn(path.join(d, 'out'))).toEqual([]);
    }
  });

  it('--target -50% and unknown CLI options are usage errors (exit 2)', async () => {
    const r = await cli('compare', '--baseline', k6, '--candidate', k6, '--target', '-50%');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--target must be a percentage from 0% to 100%, like 15% (got "-50%")');
    const u = await cli('summarize', k6, '--bogus', 'x');
    expect(u.code).toBe(2);
    expect(u.err).toContain('unknown option --bogus for summarize');
    expect(u.err).toContain('usage: perf-gates summarize');
    const v = await cli('verify', '--json', tmp());
    expect(v.code).toBe(2);
    expect(v.err).toContain('unknown option --json for verify');
  });

  it('a glob that matches nothing is exit 2 naming the pattern; a literal name with [ ] is found', async () => {
    const d = tmp();
    const r = await cli('summarize', path.join(d, '*.ndjson'));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${path.join(d, '*.ndjson')}: no file matches this pattern`);
    const odd = path.join(d, 'results[1].ndjson');
    writeFileSync(odd, k6Lines(50).join('\n') + '\n');
    const ok = await cli('summarize', odd, '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).files[0].path).toContain('results[1].ndjson');
  });

  it('a GITHUB_EVENT_PATH that is not JSON: one clear line, the verdict kept, nothing posted', async () => {
    const d = tmp();
    const ev = path.join(d, 'event.json');
    writeFileSync(ev, '{"pull_request": ');
    const { github, posted } = countingGitHub();
    // the same run without an event payload, then with the broken one
    const rec = await gate(
      'baseline',
      { 'baseline-k6': k6, 'artifacts-dir': path.join(d, 'out'), comment: 'update' },
      d,
      github,
    );
    expect(rec.verdicts).toEqual(['insufficient-data']);
    const withEvent = await gateWithEnv(
      'baseline',
      { 'baseline-k6': k6, 'artifacts-dir': path.join(d, 'out2'), comment: 'update' },
      d,
      github,
      { GITHUB_EVENT_PATH: ev },
    );
    expect(withEvent.verdicts).toEqual(rec.verdicts);
    expect(withEvent.code).toBe(rec.code);
    const lines = withEvent.warnings.filter((w) => w.includes('GITHUB_EVENT_PATH'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`GITHUB_EVENT_PATH ${ev}: not JSON \\(.*\\); no PR comment, status or approvals read`),
    );
    expect(posted()).toBe(1); // the run without the broken event posted; the one with it did not
  });

  it('comment off and status off: nothing is published, and the log says nothing was', async () => {
    const d = tmp();
    const { github, posted } = countingGitHub();
    const out = path.join(d, 'out');
    const off = await gate('baseline', { 'baseline-k6': k6, 'artifacts-dir': out }, d, github);
    expect(off.verdicts).toEqual(['insufficient-data']);
    expect(posted()).toBe(0);
    const events = (dir: string) =>
      readFileSync(path.join(dir, 'protocol-execution-log.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { event: string }).event);
    expect(events(out)).not.toContain('published');
    expect(events(out).at(-1)).toBe('phase-complete');
    const out2 = path.join(d, 'out2');
    await gate('baseline', { 'baseline-k6': k6, 'artifacts-dir': out2, status: 'true' }, d, github);
    expect(posted()).toBe(1);
    expect(events(out2).at(-1)).toBe('published');
  });
});

describe('messages that say what happened', () => {
  it('1e400 as a k6 sample value is named as out of range, not "value null"', async () => {
    const d = tmp();
    const f = path.join(d, 'r.ndjson');
    const lines = k6Lines(40);
    const i = lines.findIndex((l) => l.includes('"type":"Point"'));
    lines[i] = lines[i].replace(/"value":[^,}]+/, '"value":1e400');
    writeFileSync(f, lines.join('\n') + '\n');
    const r = await cli('summarize', f, '--json');
    const warned = JSON.stringify(JSON.parse(r.out).files[0].warnings);
    expect(warned).toContain(`line ${i + 1}:`);
    expect(warned).toMatch(
      /sample value Infinity \(beyond the range of a double, such as 1e400\) is not a finite number/,
    );
    expect(warned).not.toContain('value null');
  });

  it('500 samples with one timestamp: "zero time span", not "needs at least 2 samples"', async () => {
    const d = tmp();
    const f = path.join(d, 'r.ndjson');
    const t = '2026-11-22T09:22:05Z';
    const body = [
      '{"type":"Metric","data":{"name":"http_reqs","type":"counter","contains":"default","thresholds":[],"submetrics":null},"metric":"http_reqs"}',
      ...Array.from(
        { length: 500 },
        () =>
          `{"metric":"http_reqs","type":"Point","data":{"time":"${t}","value":1,"tags":{"name":"products"}}}`,
      ),
    ];
    writeFileSync(f, body.join('\n') + '\n');
    const r = await cli(
      'compare',
      '--baseline',
      f,
      '--candidate',
      f,
      '--key',
      'http_reqs{name:products}:rate',
      '--json',
    );
    expect(r.out + r.err).toMatch(
      /http_reqs\{name:products\} has a zero time span \(all its samples carry the same timestamp\)/,
    );
    expect(r.out + r.err).not.toMatch(/needs at least 2 samples/);
  });

  it('a YAML alias bomb names the file', async () => {
    const d = tmp();
    const f = path.join(d, 'perf-gates.yml');
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let k = 1; k < 9; k++) {
      const prev = String.fromCharCode(96 + k);
      const cur = String.fromCharCode(97 + k);
      bomb.push(
        `${cur}: &${cur} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`,
      );
    }
    writeFileSync(f, bomb.join('\n') + '\n');
    const g = await gate('baseline', { config: f, 'artifacts-dir': path.join(d, 'out') }, d);
    expect(g.verdicts).toEqual(['error']);
    expect(g.log).toMatch(
      new RegExp(`${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid YAML: .*alias`, 'i'),
    );
  });

  it('format nonsense is an error naming the input and the formats, not "no k6 output"', async () => {
    const d = tmp();
    const g = await gate(
      'baseline',
      {
        format: 'nonsense',
        'baseline-k6': path.join(FX, 'k6/a-baseline/results.ndjson.gz'),
        'artifacts-dir': path.join(d, 'out'),
      },
      d,
    );
    expect(g.code).toBe(2);
    expect(g.errors.join('\n')).toMatch(
      /input format must be auto or one of k6-ndjson, .* \(got "nonsense"\)/,
    );
    expect(g.log).not.toMatch(/no k6 output/);
    const r = await cli(
      'summarize',
      '--format',
      'nonsense',
      path.join(FX, 'k6/a-baseline/results.ndjson.gz'),
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--format must be auto or one of/);
  });
});

describe('e2e: gate all with the artifacts folder on a full tmpfs', () => {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root)
    console.log('skipped: the full-tmpfs test mounts a tmpfs, which needs root (this run is not root)');

  it.skipIf(!root)(
    'a real ENOSPC: gates 1-3 keep their verdicts, gate 4 fails on the missing evidence (never error), the folder holds no partial file',
    async () => {
      const mnt = tmp();
      const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt], {
        encoding: 'utf8',
      });
      if (mounted.status !== 0) {
        console.log(
          `skipped: cannot mount a tmpfs here (${mounted.stderr.trim() || mounted.error?.message})`,
        );
        return;
      }
      try {
        // fill the file system to the last byte
        const filler = path.join(mnt, 'filler');
        const { openSync, writeSync, closeSync } = await import('node:fs');
        const fd = openSync(filler, 'w');
        try {
          for (;;) writeSync(fd, Buffer.alloc(4096, 1));
        } catch (e) {
          expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
        } finally {
          closeSync(fd);
        }
        const inputs = {
          config: path.join(ROOT, 'examples/perf/perf-gates.yml'),
          'baseline-k6': path.join(FX, 'k6/a-baseline/*'),
          'candidate-k6': path.join(FX, 'k6/b-optimized/*'),
          'baseline-csv': path.join(ROOT, 'examples/perf/baseline-metrics.csv'),
          hypotheses: path.join(ROOT, 'examples/perf/hypothesis-log.md'),
          'profiling-report': path.join(ROOT, 'examples/perf/profiling-report.md'),
          'capacity-analysis': path.join(ROOT, 'examples/perf/capacity-analysis.md'),
          plan: path.join(ROOT, 'examples/perf/optimization-plan.json'),
          'slo-updates': path.join(ROOT, 'examples/perf/slo-updates.yml'),
          'instrumentation-log': path.join(ROOT, 'examples/perf/instrumentation-update-log.md'),
          approvals: path.join(ROOT, 'examples/perf/approvals-example.json'),
        };
        const cleanDir = tmp();
        const want = await gate('all', { ...inputs, 'artifacts-dir': path.join(cleanDir, 'out') }, cleanDir);
        const out = path.join(mnt, 'performance');
        const g = await gate('all', { ...inputs, 'artifacts-dir': out }, mnt);
        // gates 1-3 judge their inputs: the same verdicts as the clean run
        expect(g.verdicts.slice(0, 3)).toEqual(want.verdicts.slice(0, 3));
        // gate 4 judges the evidence of gates 1-3, which could not be written: a real verdict about
        // the missing documentation (fail), never `error` for the disk
        expect(g.verdicts[3]).toBe('fail');
        expect(g.code).toBe(1);
        expect(g.outputs.verdict).toBe('fail');
        expect(g.errors.filter((e) => /evidence could not be written: .*\(ENOSPC\)/.test(e)).length).toBe(4);
        expect(g.log).not.toMatch(/inputs readable and valid/);
        // nothing but the filler (and the empty folder, when the disk still had an inode for it)
        expect(readdirSync(mnt).filter((n) => n !== 'filler' && n !== 'performance')).toEqual([]);
        expect(everythingIn(out)).toEqual([]);
      } finally {
        spawnSync('umount', [mnt]);
      }
    },
  );
});

describe('the README table "What perf-gates does with bad input"', () => {
  const k6 = path.join(FX, 'k6/a-baseline/results.ndjson.gz');
  const verdictOutcome = (g: Recorded) => {
    const v = g.verdicts[0];
    return v === 'error' ? `error, exit ${g.code}` : `${v}, exit ${g.code}`;
  };
  const cliOutcome = (r: { code: number }) => (r.code === 2 ? 'error, exit 2' : `exit ${r.code}`);
  const keptWithWarning = (g: Recorded, want: Recorded, re: RegExp) =>
    g.verdicts.join() === want.verdicts.join() && g.code === want.code && g.warnings.some((w) => re.test(w))
      ? 'warning, verdict kept'
      : `verdicts ${g.verdicts.join()} (clean: ${want.verdicts.join()}), warnings: ${g.warnings.join(' | ')}`;
  const clean = () => {
    const d = tmp();
    return gate('baseline', { 'baseline-k6': k6, 'artifacts-dir': path.join(d, 'out') }, d);
  };
  const stub = (over: Partial<NonNullable<Host['github']>>): NonNullable<Host['github']> => ({
    pullReviews: async () => undefined,
    teamMembership: async () => ({ active: null, reason: 'not read in this test' }),
    publish: async () => {},
    upload: async () => ({ id: 1 }),
    download: async () => [],
    approvals: async () => [],
    ...over,
  });

  const ROWS: Record<string, () => Promise<string>> = {
    'text or Markdown given as a run (any name), or under a `.json`, `.ndjson`, `.gz` name': async () => {
      const d = tmp();
      const f = path.join(d, 'results.ndjson');
      writeFileSync(f, '# looks fine\n');
      return cliOutcome(await cli('summarize', f));
    },
    "pytest-benchmark's console table saved instead of its JSON": async () =>
      cliOutcome(await cli('summarize', path.join(BAD, 'pytest-benchmark-console.json'))),
    "k6 `--out json` on stdout, mixed with k6's banner and log lines": async () => {
      const d = tmp();
      const f = path.join(d, 'stdout.log');
      writeFileSync(f, ['k6 banner', ...k6Lines(300), 'time="x" level=info msg="done"'].join('\n'));
      const r = await cli('summarize', f, '--json');
      const w = JSON.stringify(JSON.parse(r.out).files[0].warnings);
      return r.code === 0 && /2 of 302 lines are not k6 lines/.test(w)
        ? 'warning, verdict kept'
        : `exit ${r.code} ${w}`;
    },
    'a CSV with an unbalanced quote': async () => {
      const d = tmp();
      const f = path.join(d, 'b.csv');
      writeFileSync(
        f,
        'metric_name,service,value,unit,collection_method,timestamp\nx,"svc,1,ms,k6,2026-11-22T09:26:31Z\n',
      );
      return verdictOutcome(
        await gate(
          'baseline',
          { 'baseline-k6': k6, 'baseline-csv': f, 'artifacts-dir': path.join(d, 'o') },
          d,
        ),
      );
    },
    'invalid UTF-8 (a Latin-1 file) in a document, CSV or JSON': async () => {
      const d = tmp();
      const f = path.join(d, 'h.md');
      writeFileSync(f, Buffer.from('# H1 Zürich\n', 'latin1'));
      return verdictOutcome(
        await gate('baseline', { 'baseline-k6': k6, hypotheses: f, 'artifacts-dir': path.join(d, 'o') }, d),
      );
    },
    'an empty document (0 bytes or whitespace only)': async () => {
      const d = tmp();
      const f = path.join(d, 'capacity.md');
      writeFileSync(f, '  \n');
      const g = await gate(
        'diagnostics',
        {
          'load-test-k6': k6,
          'capacity-analysis': f,
          'profiling-report': path.join(FX, 'protocol/profiling-report.md'),
          'artifacts-dir': path.join(d, 'o'),
        },
        d,
      );
      return g.log.includes(`${f} is empty`) ? verdictOutcome(g) : 'the file is not named';
    },
    'an empty k6 output file': async () => {
      const d = tmp();
      const f = path.join(d, 'results.ndjson');
      writeFileSync(f, '');
      return verdictOutcome(
        await gate('baseline', { 'baseline-k6': f, 'artifacts-dir': path.join(d, 'o') }, d),
      );
    },
    'a FIFO, socket, device or directory where a file is expected': async () => {
      const d = tmp();
      const dir = path.join(d, 'plan.json');
      mkdirSync(dir);
      return verdictOutcome(
        await gate(
          'optimization',
          { plan: dir, 'baseline-k6': k6, 'candidate-k6': k6, 'artifacts-dir': path.join(d, 'o') },
          d,
        ),
      );
    },
    'JSON nested deeper than 256 levels': async () => {
      const d = tmp();
      const f = path.join(d, 'plan.json');
      writeFileSync(f, '{"a":' + '['.repeat(300));
      return verdictOutcome(
        await gate(
          'optimization',
          { plan: f, 'baseline-k6': k6, 'candidate-k6': k6, 'artifacts-dir': path.join(d, 'o') },
          d,
        ),
      );
    },
    'an option that would weaken the gate (`fail-on` naming no verdict, an invalid `artifact-name`, `format`, `api-timeout`, `publish-deadline`)':
      async () => {
        const outs = new Set<string>();
        for (const [k, v] of [
          ['fail-on', ','],
          ['artifact-name', '../x'],
          ['format', 'nonsense'],
          ['api-timeout', '0'],
          ['publish-deadline', 'never'],
        ]) {
          const d = tmp();
          const g = await gate(
            'baseline',
            { 'baseline-k6': k6, [k]: v, 'artifacts-dir': path.join(d, 'o') },
            d,
          );
          outs.add(g.code === 2 && g.errors.join().includes(k) ? 'error, exit 2' : `${k}: exit ${g.code}`);
        }
        return [...outs].join('; ');
      },
    'an unknown CLI option, a negative `--target`, a glob that matches nothing': async () => {
      const outs = new Set([
        cliOutcome(await cli('summarize', k6, '--nope', 'x')),
        cliOutcome(await cli('compare', '--baseline', k6, '--candidate', k6, '--target', '-5%')),
        cliOutcome(await cli('summarize', path.join(tmp(), '*.json'))),
      ]);
      return [...outs].join('; ');
    },
    'GitHub does not answer': async () => {
      const d = tmp();
      const never = (signal?: AbortSignal) =>
        new Promise<void>((_r, reject) =>
          signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        );
      const g = await gate(
        'baseline',
        { 'baseline-k6': k6, 'artifacts-dir': path.join(d, 'o'), comment: 'update', 'publish-deadline': '1' },
        d,
        stub({ publish: async (_r, _i, _w, signal) => never(signal) }),
      );
      return keptWithWarning(g, await clean(), /publish-deadline of 1 s has passed/);
    },
    'the artifact upload fails or stalls': async () => {
      const d = tmp();
      const g = await gate(
        'baseline',
        { 'baseline-k6': k6, 'artifacts-dir': path.join(d, 'o'), upload: 'true' },
        d,
        stub({
          upload: async () => {
            throw new Error('500');
          },
        }),
      );
      return keptWithWarning(g, await clean(), /artifact perf-gates-baseline-local was not uploaded/);
    },
    'a `GITHUB_EVENT_PATH` that is not JSON': async () => {
      const d = tmp();
      const ev = path.join(d, 'event.json');
      writeFileSync(ev, 'nope');
      const g = await gateWithEnv(
        'baseline',
        { 'baseline-k6': k6, 'artifacts-dir': path.join(d, 'o') },
        d,
        stub({}),
        {
          GITHUB_EVENT_PATH: ev,
        },
      );
      return keptWithWarning(g, await clean(), /GITHUB_EVENT_PATH .*: not JSON/);
    },
    'the disk is full (or the folder read-only, or a file in its way) while writing evidence': async () => {
      const d = tmp();
      const inTheWay = path.join(d, 'o');
      writeFileSync(inTheWay, 'x');
      const g = await gate('baseline', { 'baseline-k6': k6, 'artifacts-dir': inTheWay }, d);
      const want = await clean();
      return g.verdicts.join() === want.verdicts.join() &&
        g.code === want.code &&
        g.errors.some((e) => e.includes('evidence could not be written'))
        ? 'verdict kept, exit by verdict'
        : `verdicts ${g.verdicts.join()} exit ${g.code}`;
    },
    'the job is cancelled (SIGTERM, SIGINT) while writing evidence': async () => {
      // run by the cancellation tests above (a child process per signal); here: the mechanism
      const { inFlight, removeInFlight } = await import('../src/io/files.js');
      const d = tmp();
      const f = path.join(d, '.x.tmp');
      writeFileSync(f, 'half');
      inFlight.add(f);
      removeInFlight();
      return existsSync(f) ? 'a file was left' : 'exit 143 or 130';
    },
  };

  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## What perf-gates does with bad input'));
  const rows = section
    .slice(0, section.indexOf('\n## ', 5))
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| input or fault'))
    .map((l) => l.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, '').trim()));

  it('every row has a scenario and every scenario a row', () => {
    expect(rows.map((r) => r[0]).sort()).toEqual(Object.keys(ROWS).sort());
  });

  for (const [what, outcome] of rows) {
    it(`${what} -> ${outcome}`, async () => {
      const run = ROWS[what];
      expect(run, `no scenario for the README row "${what}"`).toBeDefined();
      expect(await run()).toBe(outcome);
    }, 20_000);
  }
});
