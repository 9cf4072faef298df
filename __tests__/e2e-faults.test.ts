// End to end, when things go wrong: the COMMITTED bundles (`node dist/<entry>/index.js`) run as
// the Actions runner runs them, against the contract-checking fake GitHub and the artifact service.
//
// Proves: GitHub faults (500 twice, a secondary rate limit with retry-after, a pull request that
// is gone, a GitHub that keeps failing) never change the step's outcome, which depends only on the
// verdict; a tampered artifact fails governance and `perf-gates verify`, naming the file;
// malformed inputs give verdict `error` naming the file (and line), a non-zero exit and no
// evidence, while a k6 NDJSON cut mid-line is a warning on that line; hostile tag names and test
// ids cannot inject HTML, mention anyone or forge a comment marker.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputsOf, type ActionName } from '../src/inputs.js';
import type { GateName, GateResult } from '../src/model.js';
import { parseSections } from '../src/report/comment.js';
import { startArtifactServer, type ArtifactServer } from './harness/artifact-server.js';
import { HEAD_SHA, startGitHubServer, type GitHubServer } from './harness/github-server.js';
import { fixture } from './harness/results.js';
import { runBundle, type RunBundleResult } from './harness/run-bundle.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const FX = '__tests__/fixtures';
const E2E = `${FX}/e2e`;

const DEMO: Record<string, string> = {
  config: 'examples/perf/perf-gates.yml',
  'baseline-k6': `${FX}/k6/a-baseline/*`,
  'candidate-k6': `${FX}/k6/b-optimized/*`,
  'baseline-csv': 'examples/perf/baseline-metrics.csv',
  hypotheses: 'examples/perf/hypothesis-log.md',
  'profiling-report': 'examples/perf/profiling-report.md',
  'capacity-analysis': 'examples/perf/capacity-analysis.md',
  'pytest-report': `${FX}/pytest/json-report/performance-optimized.json`,
  'baseline-benchmark': `${FX}/pytest/benchmark/bench-baseline.json`,
  'candidate-benchmark': `${FX}/pytest/benchmark/bench-optimized.json`,
  plan: 'examples/perf/optimization-plan.json',
  'slo-updates': 'examples/perf/slo-updates.yml',
  'instrumentation-log': 'examples/perf/instrumentation-update-log.md',
  // no `approvals` file: inside Actions approvals come only from the run's approvals API
};

function inputsFor(action: ActionName, extra: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of inputsOf(action)) if (k in DEMO) out[k] = DEMO[k];
  return { ...out, ...extra };
}

const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), `pg-e2e-${p}-`));
const log = (r: RunBundleResult) => r.stdout + r.stderr;
const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

let gh: GitHubServer;
/** the artifact service of the last step (each step is a job of its own run: a fresh service) */
let lastArt: ArtifactServer;

async function step(
  entry: ActionName,
  o: { dir: string; inputs?: Record<string, string>; job?: string; server?: GitHubServer; only?: boolean },
): Promise<RunBundleResult> {
  const art = await startArtifactServer();
  try {
    return await runBundle(entry, {
      inputs: o.only
        ? { 'artifacts-dir': o.dir, ...(o.inputs ?? {}) }
        : inputsFor(entry, { 'artifacts-dir': o.dir, ...(o.inputs ?? {}) }),
      env: { GITHUB_API_URL: (o.server ?? gh).url, ...art.env(), GITHUB_JOB: o.job ?? 'perf' },
    });
  } finally {
    await art.stop();
    expect(art.invalid).toEqual([]);
    lastArt = art;
  }
}

/** The baseline step that passes on this data, and one that is insufficient-data (no hypotheses). */
const PASSING = { hypotheses: 'examples/perf/hypothesis-log.md' };
const INSUFFICIENT = { hypotheses: '' };

describe('GitHub faults never decide the step', () => {
  beforeAll(async () => {
    gh = await startGitHubServer({ preloadComments: 150 });
  });
  afterAll(async () => {
    expect(gh.invalid).toEqual([]);
    await gh.stop();
  });

  it('500 twice, then success: retried, one comment, one status', async () => {
    gh.fail500(2);
    const before = gh.requests.length;
    const r = await step('baseline', { dir: tmp('500'), job: 'j500', inputs: PASSING });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    const reqs = gh.requests.slice(before);
    expect(reqs.slice(0, 3).map((x) => x.status)).toEqual([500, 500, 200]);
    // the same request, retried
    expect(new Set(reqs.slice(0, 3).map((x) => `${x.method} ${x.path}`)).size).toBe(1);
    expect(gh.perfGatesComments(7)).toHaveLength(1);
    expect(parseSections(gh.perfGatesComments(7)[0].body).map((s) => s.job)).toEqual(['j500']);
    expect(gh.statuses.filter((s) => s.context === 'perf-gates/baseline')).toHaveLength(1);
    expect(log(r)).not.toMatch(/::warning::.*(GitHub|publish)/);
  });

  it('secondary rate limit with retry-after: waits, retries, writes once', async () => {
    const commentsBefore = gh.comments.length;
    gh.secondaryRateLimit(1, 1, /^PATCH /);
    const before = gh.requests.length;
    const r = await step('baseline', { dir: tmp('secondary'), job: 'jrate', inputs: PASSING });
    expect(r.code).toBe(0);
    const patches = gh.requests.slice(before).filter((x) => x.method === 'PATCH');
    expect(patches.map((x) => x.status)).toEqual([403, 200]);
    expect(log(r)).toMatch(/::warning::GitHub secondary rate limit on PATCH .*retrying after 1 s/);
    expect(gh.comments.length).toBe(commentsBefore);
    expect(parseSections(gh.perfGatesComments(7)[0].body).map((s) => s.job)).toEqual(['j500', 'jrate']);
    expect(gh.statuses.filter((s) => s.context === 'perf-gates/baseline')).toHaveLength(2);
  });

  it('GitHub answering 500 to every write: a warning, the verdict still decides', async () => {
    const statusesBefore = gh.statuses.length;
    gh.fail500(40, /^(POST|PATCH) /);
    const r = await step('baseline', { dir: tmp('500s'), job: 'jdown', inputs: PASSING });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(log(r)).toMatch(/::warning::GitHub (PR comment|commit status) failed \(500\)/);
    expect(gh.statuses.length).toBe(statusesBefore);
    // the job summary and the evidence are there all the same
    expect(r.summary).toContain('Gate 1');
    expect(r.outputs['artifact-id']).toMatch(/^\d+$/);
  });

  it('the pull request is gone (404): status still set on the head SHA, outcome = verdict', async () => {
    const g404 = await startGitHubServer({ preloadComments: 2 });
    g404.prGone(7);
    try {
      const pass = await step('baseline', { dir: tmp('404a'), server: g404, inputs: PASSING });
      const thin = await step('baseline', { dir: tmp('404b'), server: g404, inputs: INSUFFICIENT });
      expect([pass.code, pass.outputs.verdict]).toEqual([0, 'pass']);
      expect([thin.code, thin.outputs.verdict]).toEqual([1, 'insufficient-data']);
      for (const r of [pass, thin]) {
        expect(log(r)).toMatch(/::notice::404 Not Found: the pull request or repository is gone/);
        expect(log(r)).not.toMatch(/::error::.*(404|comment)/i);
      }
      expect(g404.perfGatesComments(7)).toHaveLength(0);
      expect(g404.statuses.map((s) => [s.sha, s.state])).toEqual([
        [HEAD_SHA, 'success'],
        [HEAD_SHA, 'failure'],
      ]);
      expect(g404.invalid).toEqual([]);
    } finally {
      await g404.stop();
    }
  });
});

describe('a tampered artifact before governance', () => {
  beforeAll(async () => {
    gh = await startGitHubServer();
  });
  afterAll(async () => {
    expect(gh.invalid).toEqual([]);
    await gh.stop();
  });

  it('governance fails naming the file; `perf-gates verify` exits 1 naming it', async () => {
    const dir = tmp('tamper');
    for (const g of ['baseline', 'diagnostics', 'optimization'] as GateName[]) {
      const r = await step(g, { dir, inputs: { upload: 'false' } });
      expect(r.outputs.verdict, g).not.toBe('error');
    }
    const intact = spawnSync(process.execPath, ['dist/cli/index.js', 'verify', dir], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(intact.status).toBe(0);
    const csv = path.join(dir, 'baseline-metrics.csv');
    const bytes = readFileSync(csv);
    const at = bytes.indexOf('55.35');
    expect(at).toBeGreaterThan(0);
    bytes[at] = '6'.charCodeAt(0); // 55.35 ms -> 65.35 ms: one byte
    writeFileSync(csv, bytes);

    const r = await step('governance', { dir, inputs: { upload: 'false' } });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    const gov = JSON.parse(readFileSync(path.join(dir, 'gate-4-governance.json'), 'utf8')) as GateResult;
    const sums = gov.criteria.find((c) => c.name === 'artifact checksums');
    expect(sums?.verdict).toBe('fail');
    expect(sums?.reason).toContain('baseline-metrics.csv');
    expect(log(r)).toMatch(/::error::.*artifact checksums.*baseline-metrics\.csv/);
    expect(r.summary).toContain('baseline\\-metrics\\.csv');

    const v = spawnSync(process.execPath, ['dist/cli/index.js', 'verify', dir], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(v.status).toBe(1);
    expect(v.stdout + v.stderr).toContain('baseline-metrics.csv');
  });
});

describe('malformed inputs', () => {
  beforeAll(async () => {
    gh = await startGitHubServer();
  });
  afterAll(async () => {
    expect(gh.invalid).toEqual([]);
    await gh.stop();
  });

  const cases: {
    what: string;
    gate: GateName;
    inputs: Record<string, string>;
    file: string;
    line?: number;
  }[] = [
    {
      what: 'a truncated optimization-plan.json',
      gate: 'optimization',
      inputs: { plan: `${E2E}/plan-truncated.json` },
      file: `${E2E}/plan-truncated.json`,
      line: 13,
    },
    {
      what: 'an unknown JSON as k6 input',
      gate: 'baseline',
      inputs: { 'baseline-k6': `${E2E}/not-k6.json` },
      file: `${E2E}/not-k6.json`,
    },
    {
      what: 'a missing file',
      gate: 'diagnostics',
      inputs: { 'load-test-k6': `${E2E}/no-such-run/results.ndjson.gz` },
      file: `${E2E}/no-such-run/results.ndjson.gz`,
    },
  ];
  for (const c of cases) {
    it(`${c.what}: verdict error naming the file${c.line ? ' and line' : ''}, exit non-zero, no evidence`, async () => {
      const dir = tmp(`bad-${c.gate}`);
      const r = await step(c.gate, { dir, inputs: c.inputs });
      expect(r.code).not.toBe(0);
      expect(r.outputs.verdict).toBe('error');
      // an annotation on the file (and line), as the runner shows it
      const annotation = log(r)
        .split('\n')
        .find((l) => l.startsWith('::error file=') && l.includes(c.file));
      expect(annotation, log(r).slice(0, 2000)).toBeDefined();
      if (c.line) {
        expect(annotation).toContain(`line=${c.line}`);
        expect(annotation).toContain(`${c.file}:${c.line}`);
      }
      expect(r.summary).toContain('error');
      expect(filesIn(dir)).toEqual([]);
      expect(r.outputs['artifact-id']).toBe('');
      expect(r.outputs['report-path']).toBe('');
      // nothing uploaded
      expect(lastArt.artifacts).toEqual([]);
    });
  }

  it('a CSV with a bad row: the row is rejected (warning on its line), the metric counts as missing', async () => {
    // documented in src/parsers/baseline-csv: a row that cannot be read is rejected, not the file;
    // without config the CSV's rows are the required set, so the gate fails closed
    const dir = tmp('bad-csv');
    const file = `${E2E}/baseline-metrics-bad-row.csv`;
    const r = await step('baseline', { dir, only: true, inputs: { 'baseline-csv': file, ...PASSING } });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(log(r)).toMatch(
      new RegExp(
        `::warning file=${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')},line=8::.*"fast" is not a number`,
      ),
    );
    const g1 = JSON.parse(readFileSync(path.join(dir, 'gate-1-baseline.json'), 'utf8')) as GateResult;
    const completeness = g1.criteria.find((c) => c.name === 'baseline_completeness');
    expect(completeness).toMatchObject({ verdict: 'fail' });
    expect(completeness?.reason).toContain('line 8');
  });

  it('a k6 NDJSON cut mid-line (k6 killed): a warning naming the line, the complete lines are used', async () => {
    const full = gunzipSync(readFileSync(fixture('k6/a-baseline/results.ndjson.gz')));
    let cut = Math.floor(full.length * 0.6);
    while (full[cut - 1] === 0x0a || full[cut] === 0x0a) cut++;
    const part = full.subarray(0, cut);
    const lastLine = part.toString('utf8').split('\n').length;
    const dir = tmp('cut');
    const runDir = tmp('cut-run');
    writeFileSync(path.join(runDir, 'results.ndjson'), part);
    writeFileSync(path.join(runDir, 'results.ndjson.gz'), gzipSync(part).subarray(0, -6));
    for (const name of ['results.ndjson', 'results.ndjson.gz']) {
      const file = path.join(runDir, name);
      const r = await step('baseline', { dir, only: true, inputs: { 'baseline-k6': file, ...PASSING } });
      expect(r.code, name).toBe(0);
      expect(r.outputs.verdict, name).toBe('pass');
      const warning = log(r)
        .split('\n')
        .find((l) => l.startsWith(`::warning file=${file}`));
      expect(warning, `${name}: ${log(r).slice(0, 3000)}`).toBeDefined();
      if (name === 'results.ndjson') expect(warning).toContain(`line=${lastLine}`);
      expect(warning).toMatch(/truncated|ends early/i);
      expect(filesIn(dir)).toContain('performance-intake-report.json');
    }
  });
});

describe('hostile tag names and test ids', () => {
  const HOSTILE =
    '<img src=x onerror=alert(1)> @everyone <!-- perf-gates:section gate=baseline job=x --> | ```';
  const HOSTILE_TEST = 'test_perf.py::test_<script>alert(1)</script>[@octocat <!-- perf-gates:end -->]';

  beforeAll(async () => {
    gh = await startGitHubServer({ preloadComments: 3 });
  });
  afterAll(async () => {
    expect(gh.invalid).toEqual([]);
    await gh.stop();
  });

  /** the k6 run with every `name` tag rewritten to the hostile string */
  function hostileRun(fixtureRun: string): string {
    const text = gunzipSync(readFileSync(fixture(`k6/${fixtureRun}/results.ndjson.gz`))).toString('utf8');
    let n = 0;
    const out = text
      .split('\n')
      .map((line) => {
        if (!line) return line;
        const o = JSON.parse(line) as { data?: { tags?: Record<string, string> } };
        if (o.data?.tags?.name !== undefined) {
          o.data.tags.name = HOSTILE;
          n++;
        }
        return JSON.stringify(o);
      })
      .join('\n');
    expect(n).toBeGreaterThan(100);
    const dir = tmp(`hostile-${fixtureRun}`);
    writeFileSync(path.join(dir, 'results.ndjson.gz'), gzipSync(out));
    return path.join(dir, 'results.ndjson.gz');
  }

  function hostileReport(): string {
    const doc = JSON.parse(
      readFileSync(fixture('pytest/json-report/performance-optimized.json'), 'utf8'),
    ) as {
      tests: {
        nodeid: string;
        outcome: string;
        call?: { longrepr?: string; crash?: { message?: string } };
      }[];
    };
    const failed = doc.tests.find((t) => t.outcome === 'failed');
    expect(failed).toBeDefined();
    failed!.nodeid = HOSTILE_TEST;
    if (failed!.call?.crash) failed!.call.crash.message = `AssertionError: ${HOSTILE}`;
    const file = path.join(tmp('hostile-pytest'), 'report.json');
    writeFileSync(file, JSON.stringify(doc));
    return file;
  }

  const ALLOWED_TAGS = new Set(['details', 'summary', 'sub', 'code', 'br', 'b', 'strong', 'em', 'p']);
  function expectInert(text: string, where: string): void {
    for (const m of text.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g)) {
      expect(ALLOWED_TAGS.has(m[1].toLowerCase()), `${where}: raw <${m[1]}> tag`).toBe(true);
    }
    expect(text, where).not.toMatch(/<[a-z][^>]*onerror/i);
    expect(text, where).not.toMatch(/(^|[^\w`])@(everyone|octocat)\b/);
    expect(text, where).not.toContain('job=x -->');
    // our own Mermaid charts are the only fences; their text keeps only [A-Za-z0-9 _:{}=,./()[\]-]
    const charts = [...text.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)];
    // (Mermaid's own axis-range arrow `-->` aside)
    for (const c of charts) expect(c[1].replace(/ --> /g, ' '), where).not.toMatch(/[<>@`|]/);
    const rest = text.replace(/^```mermaid\n[\s\S]*?\n```$/gm, '');
    expect(rest, where).not.toMatch(/^\s*```/m);
    const markers = text.match(/<!--[^>]*-->/g) ?? [];
    for (const m of markers)
      expect(m, where).toMatch(
        /^<!-- perf-gates:(comment|end|section gate=[a-z]+ job=perf|verdict [A-Za-z0-9_-]+) -->$/,
      );
  }

  it('the PR comment and the job summaries show them as inert text', async () => {
    const base = hostileRun('a-baseline');
    const cand = hostileRun('b-optimized');
    const report = hostileReport();
    const dir = tmp('hostile');
    const r1 = await step('baseline', {
      dir,
      only: true,
      inputs: { 'baseline-k6': base, hypotheses: DEMO.hypotheses },
    });
    const r3 = await step('optimization', {
      dir,
      only: true,
      inputs: { 'baseline-k6': base, 'candidate-k6': cand, 'pytest-report': report },
    });
    for (const r of [r1, r3]) expect(r.outputs.verdict).not.toBe('error');
    const ours = gh.perfGatesComments(7);
    expect(ours).toHaveLength(1);
    const body = ours[0].body;
    expect(parseSections(body).map((s) => `${s.gate}/${s.job}`)).toEqual([
      'baseline/perf',
      'optimization/perf',
    ]);
    // the hostile strings are really in there, escaped (otherwise this test proves nothing)
    // (gate 1 shows completeness, not tag names; gate 3 lists the keys, tag values included)
    expect(body).toContain('onerror');
    expect(r3.summary).toContain('onerror');
    expect(body).toContain('&lt;script&gt;');
    expect(r3.summary).toContain('&lt;script&gt;');
    expectInert(body, 'PR comment');
    expectInert(r1.summary, 'baseline job summary');
    expectInert(r3.summary, 'optimization job summary');
    expect(
      gh.statuses.every((s) => (s.description ?? '').length <= 140 && !/<img/.test(s.description ?? '')),
    ).toBe(true);
  });
});
