// Evidence upload and download through @actions/artifact 6 against the local artifact service
// (Twirp + Azure blob protocol): bytes uploaded are the bytes downloaded.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArtifactServer, startArtifactServer } from './harness/artifact-server.js';
import { fixture } from './harness/results.js';
import { InputError } from '../src/model.js';

let server: ArtifactServer;
const saved = { ...process.env };
type Mod = typeof import('../src/io/artifacts.js');
let mod: Mod;

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const quiet = () => {
  const l = { infos: [] as string[], notices: [] as string[], warnings: [] as string[] };
  return {
    ...l,
    info: (s: string) => l.infos.push(s),
    notice: (s: string) => l.notices.push(s),
    warning: (s: string) => l.warnings.push(s),
  };
};

beforeAll(async () => {
  server = await startArtifactServer();
  mod = await import('../src/io/artifacts.js');
});
afterAll(async () => {
  expect(server.invalid).toEqual([]);
  await server.stop();
  process.env = saved;
});

function useRuntime(env: Record<string, string> | undefined) {
  for (const k of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) delete process.env[k];
  if (env) Object.assign(process.env, env);
}

function evidenceDir(): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-evidence-'));
  // real evidence-like content: a gzip NDJSON (binary), a JSON summary, a Markdown report, a nested file
  copyFileSync(fixture('k6/a-baseline/results.ndjson.gz'), path.join(dir, 'results.ndjson.gz'));
  copyFileSync(fixture('k6/a-baseline/summary-export.json'), path.join(dir, 'summary-export.json'));
  copyFileSync(fixture('protocol/profiling-report.md'), path.join(dir, 'profiling-report.md'));
  mkdirSync(path.join(dir, 'inputs'));
  writeFileSync(
    path.join(dir, 'inputs', 'gate-1-baseline.json'),
    JSON.stringify({ gate: 'baseline', verdict: 'pass' }),
  );
  return {
    dir,
    files: ['results.ndjson.gz', 'summary-export.json', 'profiling-report.md', 'inputs/gate-1-baseline.json'],
  };
}

describe('artifact names', () => {
  it('default perf-gates-<gate>-<job>, rejects what the service rejects', () => {
    expect(mod.defaultArtifactName('baseline', 'perf')).toBe('perf-gates-baseline-perf');
    expect(mod.defaultArtifactName('baseline', 'matrix/eu: "x"')).toBe('perf-gates-baseline-matrix-eu-x-');
    for (const bad of ['a:b', 'a/b', 'a\\b', 'a|b', 'a*b', 'a?b', 'a<b', 'a>b', 'a"b', 'a\nb', '']) {
      expect(() => mod.validateArtifactName(bad)).toThrow(InputError);
    }
    expect(mod.validateArtifactName('perf-gates-baseline-perf (node 20)')).toBe(
      'perf-gates-baseline-perf (node 20)',
    );
  });
});

describe('upload and download through the artifact service', () => {
  it('round trip: every file byte-identical', async () => {
    useRuntime(server.env());
    const { dir, files } = evidenceDir();
    const up = await mod.uploadEvidence('perf-gates-baseline-perf', dir, files, quiet());
    expect(up.id).toBeGreaterThan(0);
    expect(up.size).toBeGreaterThan(0);
    expect(server.artifacts.find((a) => a.id === up.id)).toMatchObject({
      finalized: true,
      name: 'perf-gates-baseline-perf',
      version: 7,
    });

    // another job of the same run uploads its own
    useRuntime(server.env('job-two'));
    const other = evidenceDir();
    await mod.uploadEvidence('perf-gates-diagnostics-perf-us', other.dir, other.files.slice(1), quiet());
    await mod.uploadEvidence('unrelated-coverage', other.dir, other.files.slice(2), quiet());

    // governance (a third job) downloads the run's perf-gates-* artifacts it does not have
    useRuntime(server.env('job-three'));
    const dest = mkdtempSync(path.join(os.tmpdir(), 'pg-dest-'));
    const got = await mod.downloadRunEvidence(dest, ['perf-gates-governance-perf'], quiet());
    expect(got.map((d) => path.basename(d)).sort()).toEqual([
      'perf-gates-baseline-perf',
      'perf-gates-diagnostics-perf-us',
    ]);
    for (const f of files) {
      expect(sha(path.join(dest, 'perf-gates-baseline-perf', f))).toBe(sha(path.join(dir, f)));
    }
    expect(readdirSync(path.join(dest, 'perf-gates-diagnostics-perf-us')).sort()).toEqual([
      'inputs',
      'profiling-report.md',
      'summary-export.json',
    ]);

    // already on disk: not downloaded again; excluded names are skipped
    const again = await mod.downloadRunEvidence(dest, ['perf-gates-diagnostics-perf-us'], quiet());
    expect(again).toEqual([]);
  });

  it('the same name twice in a run is refused by the service', async () => {
    useRuntime(server.env());
    const { dir, files } = evidenceDir();
    await mod.uploadEvidence('perf-gates-optimization-perf', dir, files.slice(1, 2), quiet());
    await expect(
      mod.uploadEvidence('perf-gates-optimization-perf', dir, files.slice(1, 2), quiet()),
    ).rejects.toThrow(/409|already exists|Conflict/i);
  });

  it('files outside the folder are refused; no runtime environment: skipped with a note', async () => {
    useRuntime(server.env());
    const { dir } = evidenceDir();
    await expect(mod.uploadEvidence('perf-gates-x', dir, ['../etc/passwd'], quiet())).rejects.toThrow(
      InputError,
    );
    useRuntime(undefined);
    const log = quiet();
    expect(await mod.uploadEvidence('perf-gates-x', dir, ['summary-export.json'], log)).toEqual({});
    expect(log.infos[0]).toMatch(/ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL not set/);
    expect(await mod.downloadRunEvidence(dir, [], log)).toEqual([]);
  });
});
