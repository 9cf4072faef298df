// `npm run demo` tells a short story: the verdict lines, that gate 3's failure is the planted
// regression, and files (not the terminal) for the evidence, the job summary and the log.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

describe('npm run demo', () => {
  it('prints the story, exits 0 on the expected verdicts, writes the summary and log to files', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/demo.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^ {2}Gate 1: Baseline Validation: pass/m);
    expect(out).toMatch(/^ {2}Gate 2: Diagnostic Coverage: pass/m);
    expect(out).toMatch(/^ {2}Gate 3: Optimization Validation: fail/m);
    expect(out).toMatch(/^ {2}Gate 4: Governance & Communication: fail/m);
    expect(out).toContain("Gate 3's failure is the example's planted regression");
    expect(out).toContain('test_performance.py::test_bulk_import_latency');
    // short, and no Markdown on the terminal
    expect(out.split('\n').length).toBeLessThan(35);
    expect(out).not.toMatch(/^\|/m);
    expect(out).not.toContain('\\_');
    const summary = readFileSync(path.join(ROOT, '.artifacts/demo-summary.md'), 'utf8');
    expect(summary.split('\n')[0]).toMatch(/perf-gates: /); // the verdict line first
    expect(summary).toMatch(/^#### .*Gate 1/m);
    expect(summary).toContain('Gate 4');
    const log = readFileSync(path.join(ROOT, '.artifacts/demo-log.txt'), 'utf8');
    expect(log).toMatch(/^\$ perf-gates gate all --config examples\/perf\/perf-gates.yml/);
    expect(log).toContain('Gate 3: Optimization Validation: FAIL');
  });
});
