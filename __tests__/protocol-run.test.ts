// All four gates run from the source (run/runner.ts, the code the bundles are built from) on the
// demo's inputs (scripts/demo.mjs) plus the intake inputs and a waivers file, into a folder under
// .artifacts/: the execution log lists every artifact of SHA256SUMS and `verify` fails when one is
// missing from it; the gate JSONs list their inputs; no artifact holds an absolute path; the job log
// has the phase announcements; governance shows the protocol 22 handoff checklist.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGates, type GateRun } from '../src/run/runner.js';
import type { Host } from '../src/io/host.js';
import { verifyFolder } from '../src/io/verify.js';
import { parseSums } from '../src/io/evidence.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = `.artifacts/test-protocol-run-${process.pid}`;
const DIR = path.join(ROOT, OUT);
const fx = '__tests__/fixtures';
const log: string[] = [];
let summary = '';
const host: Host = {
  kind: 'cli',
  info: (s) => log.push(s),
  notice: (s) => log.push(`notice: ${s}`),
  warning: (s) => log.push(`warning: ${s}`),
  error: (s) => log.push(`error: ${s}`),
  group: async (name, fn) => {
    log.push(name);
    return fn();
  },
  setOutput: () => {},
  summary: async (md) => {
    summary += md;
  },
  env: {},
  cwd: ROOT,
};
let results: GateRun[] = [];
let code = -1;

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const waivers = path.join(DIR, '..', `waivers-${process.pid}.yml`);
  writeFileSync(
    waivers,
    'waivers:\n  - gate: optimization\n    criterion: instrumentation updated\n    justification: "not used, the log is given"\n    requested_by: alice\n    expires: 2099-12-31\n    approver_role: SRE Lead\n',
  );
  const r = await runGates(
    'all',
    {
      config: 'examples/perf/perf-gates.yml',
      'baseline-k6': `${fx}/k6/a-baseline/*`,
      'candidate-k6': `${fx}/k6/b-optimized/*`,
      'baseline-csv': 'examples/perf/baseline-metrics.csv',
      hypotheses: 'examples/perf/hypothesis-log.md',
      'profiling-report': 'examples/perf/profiling-report.md',
      'capacity-analysis': 'examples/perf/capacity-analysis.md',
      'pytest-report': `${fx}/pytest/json-report/performance-optimized.json`,
      'baseline-benchmark': `${fx}/pytest/benchmark/bench-baseline.json`,
      'candidate-benchmark': `${fx}/pytest/benchmark/bench-optimized.json`,
      plan: 'examples/perf/optimization-plan.json',
      'slo-updates': 'examples/perf/slo-updates.yml',
      'instrumentation-log': 'examples/perf/instrumentation-update-log.md',
      approvals: 'examples/perf/approvals-example.json',
      'monitoring-package': `${fx}/intake/MONITORING-PACKAGE.zip`,
      'incident-report': `${fx}/intake/INCIDENT-REPORT.md`,
      'deployment-report': `${fx}/intake/DEPLOYMENT-REPORT.md`,
      'intake-backlog': `${fx}/intake/performance-intake-backlog.json`,
      waivers: path.relative(ROOT, waivers),
      'artifacts-dir': OUT,
    },
    host,
  );
  results = r.results;
  code = r.code;
  rmSync(waivers, { force: true });
}, 120_000);
afterAll(() => {
  if (!process.env.KEEP) rmSync(DIR, { recursive: true, force: true });
});

describe('the demo run from source', () => {
  it('ran the four gates, each announced as complete', () => {
    expect(results.map((r) => r.result.gate)).toEqual([
      'baseline',
      'diagnostics',
      'optimization',
      'governance',
    ]);
    expect([0, 1]).toContain(code);
    for (const n of [1, 2, 3, 4])
      expect(log.some((l) => l.startsWith(`[PHASE ${n} COMPLETE] - `))).toBe(true);
    expect(log).toContain(
      '[PHASE 4 COMPLETE] - Performance report published. Evidence: PERFORMANCE-REPORT.md.',
    );
    expect(results.find((r) => r.result.gate === 'optimization')?.result.criteria.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'candidate peak load reached',
        'instrumentation updated',
        'baseline traces to baseline-metrics.csv',
      ]),
    );
  });

  it('the execution log lists every artifact of SHA256SUMS with its checksum; verify passes', async () => {
    const sums = parseSums(readFileSync(path.join(DIR, 'SHA256SUMS'), 'utf8'));
    const events = readFileSync(path.join(DIR, 'protocol-execution-log.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { event: string; path?: string; sha256?: string; gate: string; time: string },
      );
    const written = new Map<string, string>();
    for (const e of events) if (e.event === 'artifact-written' && e.path) written.set(e.path, e.sha256 ?? '');
    for (const [name, hex] of sums)
      if (name !== 'protocol-execution-log.jsonl') expect(written.get(name)).toBe(hex);
    expect(sums.size).toBeGreaterThan(14);
    for (const kind of ['phase-start', 'input-read', 'waivers-read', 'criterion-evaluated', 'phase-complete'])
      expect(events.some((e) => e.event === kind)).toBe(true);
    expect(new Set(events.map((e) => e.gate))).toEqual(
      new Set(['baseline', 'diagnostics', 'optimization', 'governance']),
    );
    const v = await verifyFolder(DIR);
    expect(v.text).toContain('intact');
    expect(v.code).toBe(0);
    // the manifest lists the log (append-only: the bytes it had then), like every other artifact
    const manifest = JSON.parse(readFileSync(path.join(DIR, 'performance-report-manifest.json'), 'utf8')) as {
      artifacts: { path: string; bytes: number; sha256: string }[];
    };
    const entry = manifest.artifacts.find((a) => a.path === 'protocol-execution-log.jsonl');
    expect(entry).toBeDefined();
    const logBytes = readFileSync(path.join(DIR, 'protocol-execution-log.jsonl'));
    expect(logBytes.length).toBeGreaterThan(entry!.bytes);
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(logBytes.subarray(0, entry!.bytes)).digest('hex')).toBe(entry!.sha256);
  });

  it('verify fails when the logged part the manifest lists was rewritten', async () => {
    const file = path.join(DIR, 'protocol-execution-log.jsonl');
    const sumsFile = path.join(DIR, 'SHA256SUMS');
    const original = readFileSync(file, 'utf8');
    const originalSums = readFileSync(sumsFile, 'utf8');
    try {
      const edited = original.replace('"phase-start"', '"phase-begun"');
      writeFileSync(file, edited);
      const { createHash } = await import('node:crypto');
      const sums = parseSums(originalSums);
      sums.set('protocol-execution-log.jsonl', createHash('sha256').update(edited).digest('hex'));
      writeFileSync(
        sumsFile,
        [...sums]
          .sort()
          .map(([n, h]) => `${h}  ${n}\n`)
          .join(''),
      );
      const v = await verifyFolder(DIR);
      expect(v.code).toBe(1);
      expect(v.text).toContain('ALTERED  protocol-execution-log.jsonl (differs from the manifest)');
    } finally {
      writeFileSync(file, original);
      writeFileSync(sumsFile, originalSums);
    }
  });

  it('verify fails when an artifact is missing from the execution log', async () => {
    const file = path.join(DIR, 'protocol-execution-log.jsonl');
    const original = readFileSync(file, 'utf8');
    const originalSums = readFileSync(path.join(DIR, 'SHA256SUMS'), 'utf8');
    try {
      const kept = original
        .split('\n')
        .filter((l) => !(l.includes('"artifact-written"') && l.includes('"path":"load-test-results.json"')))
        .join('\n');
      writeFileSync(file, kept);
      // keep SHA256SUMS honest about the log itself, so only the missing entry is at fault
      const { createHash } = await import('node:crypto');
      const sumsFile = path.join(DIR, 'SHA256SUMS');
      const sums = parseSums(readFileSync(sumsFile, 'utf8'));
      sums.set('protocol-execution-log.jsonl', createHash('sha256').update(kept).digest('hex'));
      writeFileSync(
        sumsFile,
        [...sums]
          .sort()
          .map(([n, h]) => `${h}  ${n}\n`)
          .join(''),
      );
      const v = await verifyFolder(DIR);
      expect(v.code).toBe(1);
      expect(v.text).toContain('UNLOGGED load-test-results.json');
    } finally {
      writeFileSync(file, original);
      writeFileSync(path.join(DIR, 'SHA256SUMS'), originalSums);
    }
  });

  it('every gate JSON lists its inputs with sha256; no artifact holds an absolute path', () => {
    for (const f of readdirSync(DIR).filter((n) => /^gate-\d-.*\.json$/.test(n))) {
      const doc = JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as {
        inputs: { path: string; sha256: string }[];
      };
      expect(doc.inputs.length, f).toBeGreaterThan(0);
      for (const i of doc.inputs) expect(i.sha256, `${f} ${i.path}`).toMatch(/^[0-9a-f]{64}$/);
    }
    for (const f of readdirSync(DIR)) {
      const text = readFileSync(path.join(DIR, f), 'utf8');
      expect(text.includes('"inputs": []'), f).toBe(false);
      expect(text.includes(ROOT), `${f} holds ${ROOT}`).toBe(false);
    }
  });

  it('governance shows the handoff checklist; a waiver that names a passing criterion is not needed', () => {
    const gov = results.find((r) => r.result.gate === 'governance')!.result;
    expect(gov.handoff).toHaveLength(6);
    expect(gov.handoff?.[0].item).toBe('All quality gates passed (Gate 1-4) or waivers documented');
    expect(summary).toContain('Protocol 22 handoff checklist');
    expect(summary).toMatch(/- \[[x ]\] All quality gates passed/);
    const report = readFileSync(path.join(DIR, 'PERFORMANCE-REPORT.md'), 'utf8');
    expect(report).toContain('Protocol 22 handoff checklist (');
    expect(report).toContain('Business impact: Checkout conversion fell 3\\.1%');
    expect(report).toContain('firing in the monitoring package: CatalogProductsP95High');
    const opt = results.find((r) => r.result.gate === 'optimization')!.result;
    expect(opt.notes.join('\n')).toContain('not needed');
  });
});
