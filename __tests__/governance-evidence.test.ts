// Governance takes a perf-gates-* artifact as gate evidence only when its gate JSON verifies and
// names this repository, this head SHA and a gate; the same result seen twice (on disk and
// downloaded, governance in the same job) counts once; two different results for one gate and leg
// are a conflict naming both (issue 11, item 4). Through the real runner, on evidence folders laid
// out as the gates and the artifact download leave them.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGates } from '../src/run/runner.js';
import type { Host } from '../src/io/host.js';
import type { GateName, GateResult } from '../src/model.js';
import { gateResult } from './harness/results.js';

const HEAD = '4f1c2a9e8b7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b';
const hex = (s: string) => createHash('sha256').update(s).digest('hex');

function host(cwd: string): Host & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    kind: 'cli',
    warnings,
    info: () => {},
    notice: () => {},
    warning: (s) => warnings.push(s),
    error: () => {},
    group: async (_n, fn) => fn(),
    setOutput: () => {},
    summary: async () => {},
    env: { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/orders', GITHUB_SHA: HEAD, GITHUB_JOB: 'perf' },
    cwd,
  };
}

/** Write gate-<n>-<gate>.json into `dir` and fold it into dir's SHA256SUMS. */
function put(
  dir: string,
  gate: GateName,
  n: number,
  over: {
    verdict?: 'pass' | 'fail';
    repository?: string;
    headSha?: string;
    artifact?: string;
    score?: number;
  } = {},
): string {
  mkdirSync(dir, { recursive: true });
  const r: GateResult = gateResult(gate, over.verdict ?? 'pass');
  if (over.score !== undefined) r.score = over.score;
  const doc = {
    ...r,
    context: {
      repository: over.repository ?? 'acme/orders',
      pr_number: 7,
      head_sha: over.headSha ?? HEAD,
      run_id: '1',
      job: 'perf',
      event: 'pull_request',
      artifact_name: over.artifact ?? `perf-gates-${gate}-perf`,
    },
  };
  const name = `gate-${n}-${gate}.json`;
  const text = JSON.stringify(doc, null, 2);
  writeFileSync(path.join(dir, name), text);
  const sums = path.join(dir, 'SHA256SUMS');
  let prev = '';
  try {
    prev = readFileSync(sums, 'utf8');
  } catch {
    // first file
  }
  writeFileSync(sums, `${prev}${hex(text)}  ${name}\n`);
  return text;
}

async function governance(dir: string) {
  const h = host(path.dirname(dir));
  const out = await runGates(
    'governance',
    { 'artifacts-dir': dir, upload: 'false', comment: 'off', status: 'false' },
    h,
  );
  const r = out.results[0].result;
  return { r, crit: (n: string) => r.criteria.find((c) => c.name === n), warnings: h.warnings };
}

describe('governance: which gate results are evidence', () => {
  it('governance in the same job counts each gate once (on disk and downloaded)', async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'pg-gov-ev-')), 'ev');
    // this job's gates wrote the top folder; the download put the same files into artifact folders
    put(dir, 'baseline', 1);
    put(dir, 'diagnostics', 2);
    put(dir, 'optimization', 3);
    put(path.join(dir, 'perf-gates-baseline-perf'), 'baseline', 1);
    put(path.join(dir, 'perf-gates-diagnostics-perf'), 'diagnostics', 2);
    put(path.join(dir, 'perf-gates-optimization-perf'), 'optimization', 3);
    const { crit } = await governance(dir);
    for (const [n, g] of [
      [1, 'baseline'],
      [2, 'diagnostics'],
      [3, 'optimization'],
    ] as const)
      expect(crit(`gate ${n} ${g}`)?.reason).toBe(`gate ${n} passed`);
    expect(crit('gate evidence')).toBeUndefined();
  });

  it('refuses a result for another repository, another head SHA or a wrong gate; a conflict names both', async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'pg-gov-ev-')), 'ev');
    put(dir, 'baseline', 1);
    // a forged "gate 3 passed" for another commit, and one for another repository
    put(path.join(dir, 'perf-gates-optimization-x'), 'optimization', 3, { headSha: 'b'.repeat(40) });
    put(path.join(dir, 'perf-gates-optimization-y'), 'optimization', 3, { repository: 'mallory/orders' });
    // two different results claiming gate 2, leg perf-gates-diagnostics-perf
    put(path.join(dir, 'perf-gates-diagnostics-perf'), 'diagnostics', 2, { verdict: 'fail' });
    put(path.join(dir, 'perf-gates-diagnostics-zz'), 'diagnostics', 2, {
      artifact: 'perf-gates-diagnostics-perf',
      score: 99,
    });
    const { r, crit, warnings } = await governance(dir);
    expect(crit('gate 3 optimization')?.verdict).toBe('insufficient-data');
    const ev = crit('gate evidence');
    expect(ev?.verdict).toBe('fail');
    expect(ev?.actual).toBe(3);
    expect(ev?.reason).toContain(
      `perf-gates-optimization-x/gate-3-optimization.json is not evidence of this run: it names head SHA ${'b'.repeat(40)}, not this run's ${HEAD}`,
    );
    expect(ev?.reason).toContain(
      'perf-gates-optimization-y/gate-3-optimization.json is not evidence of this run: it names repository mallory/orders, not acme/orders',
    );
    expect(ev?.reason).toContain(
      'conflict: perf-gates-diagnostics-perf/gate-2-diagnostics.json and perf-gates-diagnostics-zz/gate-2-diagnostics.json are two different results for gate 2 diagnostics (perf-gates-diagnostics-perf)',
    );
    expect(r.verdict).toBe('fail');
    expect(warnings.filter((w) => /not evidence of this run|conflict/.test(w))).toHaveLength(3);
  });
});
