// Regression tests for what reviewers saw wrong (issue 14): figures of benchmarks as "0 -> 0",
// status descriptions cut mid-word, a score next to "fail", backslashes inside <summary>, the
// report's fixed folder name. Every result comes from the real fixtures (harness/scenarios.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forkPullRequest } from '../src/run/runner.js';
import { clampText, statusDescription } from '../src/io/github.js';
import { criterion, makeResult } from '../src/gates/common.js';
import { renderGateSection } from '../src/report/markdown.js';
import { CTX, governanceOver, optimizationPass, optimizationRegression } from './harness/scenarios.js';

const reg = optimizationRegression();
const gov = governanceOver([reg.result]);

describe('benchmark figures', () => {
  it('benchmark regressions read in us/ms, never "0 -> 0"', () => {
    const texts = reg.result.criteria.map((c) => c.reason).join('\n');
    expect(texts).not.toMatch(/\b0 -> 0\b/);
    const parse = reg.result.criteria.find(
      (c) => c.name === 'regression: test_benchmarks.py::test_parse_orders:median',
    );
    expect(parse?.reason).toMatch(/^1 ms -> 1\.25 ms \(24\.61% worse/);
    const invoice = reg.result.criteria.find(
      (c) => c.name === 'regression: test_benchmarks.py::test_invoice_totals:median',
    );
    expect(invoice?.reason).toMatch(/^101 us -> 172 us /);
    const target = optimizationPass().result.criteria.find((c) => c.name.startsWith('improvement on'));
    expect(target?.reason).toMatch(/^54 ms -> 38\.3 ms \(29\.06% better\)/);
  });
});

describe('commit status description', () => {
  it('is cut at a word with an ellipsis, at most 140 characters, for gates 3 and 4', () => {
    for (const r of [reg.result, gov.result]) {
      const d = statusDescription(r);
      expect(d.length, d).toBeLessThanOrEqual(140);
      expect(d.endsWith('…'), d).toBe(true);
      const kept = d.slice(0, -1);
      // every word kept is a whole word of the full text
      const full = `${r.verdict}: ${r.criteria.find((c) => c.verdict === r.verdict)!.name}: ${
        r.criteria.find((c) => c.verdict === r.verdict)!.reason
      }`;
      expect(full.startsWith(kept), d).toBe(true);
      expect([' ', ',', ';', ':', '.', '(', '-']).toContain(full[kept.length]);
    }
    expect(statusDescription(gov.result)).not.toMatch(/test_bulk_i…/);
  });
  it('shows no score next to the verdict ("fail (30.77%)" reads as a contradiction)', () => {
    expect(statusDescription(gov.result)).not.toMatch(/^fail \(/);
    expect(statusDescription(gov.result)).toMatch(/^fail: /);
    expect(statusDescription(optimizationPass().result)).toBe('pass');
  });
  it('clampText: a single overlong word is cut inside it, within the budget', () => {
    expect(clampText('x'.repeat(300), 140)).toHaveLength(140);
    expect(clampText('a\n b\u0000c', 140)).toBe('a b c');
  });
});

describe('required action: derived from the criteria that failed, not fixed per gate', () => {
  it('gate 3 with regressions: roll back, naming the target; not the fixed protocol text', () => {
    const f = reg.result.failure!;
    expect(f.requiredAction).toBe(
      'Fix or roll back the change behind the regressions (the target http_req_duration{name:products}:p95 got worse); then rerun gate 3.',
    );
    expect(f.options).toContain('Request a gate waiver with a documented justification');
  });
  it('gate 4 blocked by gate 3 says so first, not "Obtain missing approvals"', () => {
    const f = gov.result.failure!;
    expect(f.requiredAction).toMatch(
      /^Fix gate 3 first \(gate 4 is blocked by it\); run gate 1 in this workflow/,
    );
    expect(f.requiredAction).not.toMatch(/^Obtain missing approvals/);
    expect(f.options).toContain('Get gates 1, 2 and 3 passed or waived, then rerun gate 4');
  });
  it('a configuration error asks to fix the input, with no waiver offered', () => {
    const r = makeResult(
      'optimization',
      [
        criterion(
          'configuration',
          null,
          null,
          'error',
          'perf-gates.yml line 3: unknown key "thresholdz" (did you mean "thresholds"?)',
        ),
      ],
      CTX,
    );
    expect(r.failure!.requiredAction).toMatch(
      /^Fix the input or configuration behind "configuration": perf-gates.yml line 3/,
    );
    expect(r.failure!.requiredAction).not.toMatch(/Rework optimizations|rollback/);
    expect(r.failure!.options).not.toContain('Request a gate waiver with a documented justification');
  });
});

describe('PERFORMANCE-REPORT.md names the evidence folder that was configured', () => {
  const report = (dir?: string) =>
    governanceOver([reg.result], dir).artifacts.find((a) => a.name === 'PERFORMANCE-REPORT.md')!.content;
  it('says the configured artifacts-dir, not a fixed .artifacts/performance/', () => {
    const md = report('perf-evidence');
    expect(md).toContain('Every file is in <code>perf\\-evidence/</code>');
    expect(md).not.toContain('.artifacts/performance/');
  });
  it('without a folder it names none', () => {
    expect(report()).toContain('Every file is in the folder of this report');
  });
});

describe('the comment section', () => {
  const md = renderGateSection(reg.result, { job: 'perf' });
  it('<summary> text has no backslash escapes (GitHub does not process them in HTML blocks)', () => {
    expect(md).toContain('<summary>Gate failure form: Gate 3: Optimization Validation</summary>');
    for (const m of md.matchAll(/<summary>(.*?)<\/summary>/g)) expect(m[1]).not.toContain('\\');
  });
  it('the compared-keys line agrees with the regression count (a failed test is counted, and said)', () => {
    expect(reg.result.regressionCount).toBe(7);
    expect(md).toContain(
      '**19 compared keys:** 6 regressions, 0 improvements, 1 without enough data; 1 failed performance test (in the criteria)',
    );
  });
});

describe('the job summary of a fork pull request says why there is no comment', () => {
  it('forkPullRequest reads the event payload', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'perf-gates-fork-'));
    const event = (head: string | null) => {
      const file = path.join(dir, `${(head ?? 'deleted').replace('/', '-')}.json`);
      writeFileSync(
        file,
        JSON.stringify({
          repository: { full_name: 'acme/orders' },
          pull_request: { number: 7, head: { sha: 'a'.repeat(40), repo: head ? { full_name: head } : null } },
        }),
      );
      return { GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'acme/orders' };
    };
    expect(forkPullRequest(event('someone/orders'))).toBe(true);
    expect(forkPullRequest(event(null))).toBe(true);
    expect(forkPullRequest(event('acme/orders'))).toBe(false);
    expect(forkPullRequest({})).toBe(false);
  });
});
