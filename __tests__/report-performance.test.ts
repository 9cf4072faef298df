// PERFORMANCE-REPORT.md and continuous-improvement-notes.md, rendered by the governance gate over
// the real fixture cycle (gate 3 on a-baseline vs b-optimized, slo-updates.yml, approvals example),
// plus hostile input strings.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArtifactCheck, Comparison, GateContext, GateResult, Run } from '../src/model.js';
import { defaultConfig } from '../src/config/schema.js';
import { parseK6Ndjson } from '../src/parsers/k6-ndjson/index.js';
import { parseOptimizationPlan } from '../src/parsers/plan/index.js';
import { parseSloUpdates } from '../src/parsers/slo/index.js';
import { parseMarkdown } from '../src/parsers/markdown/index.js';
import { parseApprovals } from '../src/parsers/approvals/index.js';
import { parsePytestJson } from '../src/parsers/pytest-json/index.js';
import { evaluateOptimization } from '../src/gates/optimization/evaluate.js';
import type { GovernanceEvidence } from '../src/gates/governance/evaluate.js';
import { evaluateGovernance } from '../src/run/governance.js';
import { criterion, makeResult } from '../src/gates/common.js';
import { renderPerformanceReport, targetChart } from '../src/report/performance-report.js';
import { isMarginal, renderImprovementNotes } from '../src/report/improvement-notes.js';
import { escapeInline as esc, inlineCode } from '../src/report/markdown.js';

const FIX = path.join(import.meta.dirname, 'fixtures');
const text = (rel: string) => readFileSync(path.join(FIX, rel), 'utf8');
const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
function k6Run(dir: string): Run {
  const rel = `k6/${dir}/results.ndjson.gz`;
  const buf = readFileSync(path.join(FIX, rel));
  return {
    label: dir,
    files: [{ path: rel, sha256: sha(buf), bytes: buf.length }],
    k6: parseK6Ndjson(gunzipSync(buf), { file: rel }),
  };
}
const CTX: GateContext = {
  now: '2026-11-22T12:30:00.000Z',
  verifiedBy: { tool: 'perf-gates 0.1.0', actor: 'octo', workflow: 'perf' },
  inputs: [],
};

const planDoc = JSON.parse(text('protocol/optimization-plan.json')) as Record<string, unknown>;
planDoc.target_metric = {
  name: 'http_req_duration{name:products}',
  stat: 'p95',
  direction: 'decrease',
  unit: 'ms',
};
delete planDoc.tracked_metrics;
const PLAN_TEXT = JSON.stringify(planDoc, null, 2) + '\n';
const A = k6Run('a-baseline');
const B = k6Run('b-optimized');
const GATE3 = evaluateOptimization(
  {
    baseline: [A],
    candidate: [B],
    plan: parseOptimizationPlan(PLAN_TEXT, 'optimization-plan.json'),
    planText: PLAN_TEXT,
    instrumentationLog: parseMarkdown(
      text('protocol/instrumentation-update-log.md'),
      'instrumentation-update-log.md',
    ),
    pytest: parsePytestJson(
      text('pytest/json-report/performance-optimized.json'),
      'performance-optimized.json',
    ),
  },
  defaultConfig(),
  CTX,
);
const GATE1 = makeResult(
  'baseline',
  [criterion('baseline completeness', 100, 95, 'pass', '17/17 required metrics', '%')],
  CTX,
  { score: 100 },
);
const GATE2 = makeResult(
  'diagnostics',
  [
    criterion('diagnostic coverage', 93.33, 90, 'pass', '3 of 3 services profiled', '%'),
    criterion('load test thresholds', 0, 0, 'pass', 'no threshold crossed', undefined),
  ],
  CTX,
  { score: 93.33 },
);

function evidence(over: Partial<GovernanceEvidence> = {}): GovernanceEvidence {
  const artifacts: Record<string, string> = {
    'performance-intake-report.json': JSON.stringify({
      metrics: [
        {
          metric_name: 'api_latency_p95',
          service: 'catalog-api',
          value: 54.03,
          unit: 'ms',
          collection_method: 'k6',
          timestamp: '2026-11-22T09:21:13Z',
          source: 'k6',
          file: 'base/results.ndjson.gz',
          counted: true,
        },
      ],
      alerts: [],
    }),
    'baseline-metrics.csv': text('protocol/baseline-metrics.csv'),
    'hypothesis-log.md': text('protocol/hypothesis-log.md'),
    'profiling-report.md': text('protocol/profiling-report.md'),
    'load-test-results.json': JSON.stringify({
      test_date: '2026-11-22T09:21:13Z',
      test_scenario: 'steady_load',
      results: {
        throughput: { target: 40, actual: 39.96, unit: 'req/s', status: 'met' },
        latency: { p50: 37.24, p95: 54.03, p99: 68.15, unit: 'ms', status: 'met' },
        error_rate: { target: 1, actual: 0.25, unit: 'percent', status: 'met' },
      },
      bottlenecks: [{ service: 'catalog-api', issue: 'serialisation of product pages', severity: 'medium' }],
    }),
    'capacity-analysis.md': text('protocol/capacity-analysis.md'),
    'optimization-plan.json': PLAN_TEXT,
    'optimization-validation-report.json': GATE3.artifacts.find(
      (a) => a.name === 'optimization-validation-report.json',
    )!.content,
  };
  const checks: ArtifactCheck[] = Object.entries(artifacts).map(([name, t]) => ({
    name,
    present: true,
    expected: sha(t),
    actual: sha(t),
    ok: true,
  }));
  return {
    checks,
    results: [GATE1, GATE2, GATE3.result],
    artifacts,
    slo: parseSloUpdates(text('protocol/slo-updates.yml'), 'slo-updates.yml'),
    instrumentationLog: parseMarkdown(
      '# Instrumentation update log\n\n- p95 alert 80 ms -> 60 ms\n',
      'instrumentation-update-log.md',
    ),
    approvals: {
      approvals: parseApprovals(text('protocol/approvals-example.json'), 'approvals-example.json').approvals,
      source: 'file',
      path: 'approvals-example.json',
      observedAt: '2026-11-22T12:29:00.000Z',
    },
    ...over,
  };
}

const OUT = evaluateGovernance(evidence(), defaultConfig(), CTX);
const REPORT = OUT.artifacts.find((a) => a.name === 'PERFORMANCE-REPORT.md')!.content;
const NOTES = OUT.artifacts.find((a) => a.name === 'continuous-improvement-notes.md')!.content;

/** The lines of every ```mermaid block. */
function mermaidBlocks(md: string): string[][] {
  const out: string[][] = [];
  const re = /```mermaid\n([\s\S]*?)\n```/g;
  for (let m = re.exec(md); m; m = re.exec(md)) out.push(m[1].split('\n'));
  return out;
}

describe('PERFORMANCE-REPORT.md', () => {
  it('tells the whole story, section by section', () => {
    for (const h of [
      '# Performance Report',
      '## Summary',
      '## 1. Intake and baseline',
      '## 2. Diagnostics and load simulation',
      '## 3. Optimization actions',
      '## 4. Validation results',
      '## 5. SLO updates and approvals',
      '## 6. What failed and why',
      '## 7. Evidence',
    ]) {
      expect(REPORT).toContain(h);
    }
    expect(REPORT).toContain('Overall: **❌ fail**');
    // intake metrics and load test from the artifacts
    expect(REPORT).toContain(
      `| ${esc('api_latency_p95')} | ${esc('catalog-api')} | 54 ms | k6 | ${esc('2026-11-22T09:21:13Z')} | k6 (${esc('base/results.ndjson.gz')}) | yes |`,
    );
    expect(REPORT).toContain('Alerts: none recorded.');
    expect(REPORT).toContain('| Throughput | 40 req/s | 40 req/s | met |'); // 39.96 to three significant figures
    expect(REPORT).toContain('Thresholds: none recorded in load-test-results.json.');
    expect(REPORT).toMatch(/\| Latency p50 \/ p95 \/ p99 \| n\/a \| 37\.24 \/ 54\.03 \/ 68\.15 ms \|/);
    // plan actions
    expect(REPORT).toContain(
      `| ${esc('OPT-3')} | ${esc('Cache serialized product pages 1-10')} | ${esc('catalog-api')} |`,
    );
  });

  it('has before/after tables for the target and every comparison', () => {
    expect(REPORT).toContain('| Key | Baseline | Optimized | Change | Ratio bounds | Verdict | Calibrated |');
    const row = REPORT.split('\n').find((l) =>
      l.startsWith(`| ${esc('http_req_duration{name:products}:p95')} (named)`),
    );
    expect(row).toBeDefined();
    // the one formatter: three significant figures (issue 14)
    expect(row).toContain('| 54 ms | 38.3 ms |');
    expect(row).toContain('-29.06%');
    expect(row).toMatch(/\| improvement(\\-confirmed)? \| no \|$/);
    expect(REPORT).toContain('| Percentile | Baseline | Optimized | Change |');
    expect(REPORT).toMatch(/\| p99 \| 68\.2 ms \| 48\.4 ms \| -29\.03% \|/);
    expect(REPORT).toContain('Improvement: **29.06%**');
    expect(REPORT).toContain('uncalibrated');
    // the failed performance test is named as a regression
    expect(REPORT).toContain(`- ${inlineCode('test_performance.py::test_bulk_import_latency', 160)}: `);
  });

  it('draws p50/p95/p99 before and after as a valid xychart-beta', () => {
    const blocks = mermaidBlocks(REPORT);
    expect(blocks).toHaveLength(1);
    const [head, title, x, y, bar, line] = blocks[0];
    expect(head).toBe('xychart-beta');
    expect(title).toMatch(/^ {4}title "[^"\n]+"$/);
    expect(x).toBe('    x-axis [p50, p95, p99]');
    expect(y).toMatch(/^ {4}y-axis "ms" 0 --> \d+(\.\d+)?$/);
    const num = '[+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)';
    const series = new RegExp(`^ {4}(bar|line) \\[(${num}(?:, ${num})*)\\]$`);
    expect(bar).toMatch(series);
    expect(line).toMatch(series);
    const values = (l: string) => (series.exec(l) as RegExpExecArray)[2].split(', ').map(Number);
    // k6's own figures for products (ground-truth.json)
    expect(values(bar)).toEqual([37.236, 54.029, 68.151]);
    expect(values(line)).toEqual([26.153, 38.326, 48.365]);
    const top = Number(/--> (.+)$/.exec(y)![1]);
    expect(top).toBeGreaterThanOrEqual(68.151);
    expect(blocks[0]).toHaveLength(6);
  });

  it('never writes an exponent or a quote into the chart', () => {
    const chart = targetChart('a "quoted" `key`\n%% comment', 'ms', [0.0000001, 2e-7, 3], [1, 2, 1e21])!;
    expect(chart).not.toMatch(/\de[+-]?\d/i);
    expect(chart.split('\n')[2]).toMatch(/^ {4}title "[^"%`\n]+"$/);
    expect(targetChart('k', 'ms', [1, null, 3], [1, 2, 3])).toBeUndefined();
  });

  it('shows SLO updates, approvals with observed times, who is missing, and what failed', () => {
    expect(REPORT).toContain('| SLO | Metric | Previous | New | Traced to validation | Approval |');
    expect(REPORT).toContain(
      `| Product Owner | ${inlineCode('perf-approval-product-owner')} | ${inlineCode('example-po', 60)} | approved | ${esc('2026-11-22T12:29:00.000Z')} |`,
    );
    expect(REPORT).toContain(inlineCode('perf-approval-sre-lead'));
    expect(REPORT).toContain("GitHub's approvals API records no time");
    expect(REPORT).toContain(
      `Still needed: Payments Lead (environment ${inlineCode('perf-approval-payments-lead')}, missing).`,
    );
    expect(REPORT).toContain(`### ${esc('Gate 3: Optimization Validation')}: ❌ fail`);
    expect(REPORT).toContain(`### ${esc('Gate 4: Governance & Communication')}: ❌ fail`);
    // derived from what failed (issue 14): gate 3 failed, so gate 4 is blocked by it first
    expect(OUT.result.failure?.requiredAction).toMatch(/^Fix gate 3 first \(gate 4 is blocked by it\)/);
    expect(REPORT).toContain(`**Required action:** ${esc(OUT.result.failure!.requiredAction, 400)}`);
    expect(REPORT).toContain('Protocol reasons: RegressionDetected.');
  });

  it('lists the evidence with checksums and completeness', () => {
    expect(REPORT).toContain('Documentation completeness: 100% (13/13 protocol artifacts).');
    expect(REPORT).toContain(
      `| ${inlineCode('baseline-metrics.csv')} | ✅ present, checksum verified | ${inlineCode(sha(text('protocol/baseline-metrics.csv')))} |`,
    );
    expect(REPORT).toContain(
      `| ${inlineCode('PERFORMANCE-REPORT.md')} | ✅ written by this gate | in SHA256SUMS |`,
    );
    expect(REPORT).toContain(
      `| ${inlineCode('instrumentation-update-log.md')} | ✅ the team's log, copied byte for byte by this gate |`,
    );
  });

  it('escapes hostile strings from input files: no HTML, no links, no mentions', () => {
    const slo = parseSloUpdates(
      [
        'slo_updates:',
        '  - slo_name: "<img src=x onerror=alert(1)> [click](javascript:alert(1)) @octocat"',
        '    metric: http_req_duration{name:products}',
        '    stat: p95',
        '    current: 80ms',
        '    proposed: 60ms',
        '    rationale: "<!-- perf-gates:marker --> **bold** | pipe\\n# heading"',
        '    approvers: ["Product Owner"]',
        '',
      ].join('\n'),
      'slo-updates.yml',
    );
    const hostileApprovals = evidence().approvals!;
    hostileApprovals.approvals = hostileApprovals.approvals.map((a) => ({
      ...a,
      comment: '@everyone <script>alert(1)</script>',
    }));
    const out = evaluateGovernance(evidence({ slo, approvals: hostileApprovals }), defaultConfig(), CTX);
    const md = out.artifacts.find((a) => a.name === 'PERFORMANCE-REPORT.md')!.content;
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script');
    expect(md).not.toContain('<!--');
    expect(md).not.toContain('](javascript:');
    expect(md).not.toMatch(/@octocat|@everyone/);
    expect(md).toContain('@&#8203;octocat');
    expect(md).toContain(esc('<img src=x onerror=alert(1)>'));
    expect(md).not.toMatch(/^# heading/m);
    const notes = out.artifacts.find((a) => a.name === 'continuous-improvement-notes.md')!.content;
    expect(notes).not.toContain('<img');
  });

  it('says "not provided" for sections without an input, never inventing them', () => {
    const md = renderPerformanceReport({ now: CTX.now, results: [], artifacts: {}, checks: [] });
    expect(md).toContain('Not provided: no performance-intake-report.json among the artifacts.');
    expect(md).toContain('Not provided: no load-test-results.json among the artifacts.');
    expect(md).toContain('Not provided: no optimization-plan.json among the artifacts.');
    expect(md).toContain('Not provided: no slo-updates input given');
    expect(md).toContain('Overall: **❔ insufficient-data**');
    expect(md).not.toContain('```mermaid');
  });
});

describe('continuous-improvement-notes.md', () => {
  it('derives failures, missing roles, uncalibrated comparisons and unconfirmed improvements from the results', () => {
    expect(NOTES).toContain('# Continuous Improvement Notes');
    const G3 = esc('Gate 3: Optimization Validation');
    expect(NOTES).toContain(
      `## Failed criteria\n\n- ${G3}, regression count: 1 (threshold <= 0). ${esc('1 regression: test_performance.py::test_bulk_import_latency')} (RegressionDetected). Action:`,
    );
    expect(NOTES).toContain(
      `- ${esc('Gate 4: Governance & Communication')}, SLO update approvals: 66.67% (threshold >= 100%).`,
    );
    expect(NOTES).toContain(esc('still needed: Payments Lead'));
    expect(NOTES).toContain('`perf-gates calibrate <runs...> --out noise.json`');
    expect(NOTES).toContain(`- ${inlineCode('http_req_duration{name:products}:p95', 160)}: improvement`);
    expect(NOTES).toMatch(/## Unconfirmed improvements\n\nThe point estimate/);
    // gate 2's 93.33% vs 90% is within 10% of its threshold: marginal; 100% vs 95% has nothing left to lose to
    expect(NOTES).toContain(
      `## Marginal criteria (passed within 10% of the threshold)\n\n- ${esc('Gate 2: Diagnostic Coverage')}, diagnostic coverage: 93.33% (threshold >= 90%).`,
    );
    expect(NOTES).not.toContain('baseline completeness: 100%');
  });

  it('marginal, waived and clean cases', () => {
    expect(isMarginal(criterion('improvement', 16, 15, 'pass', 'x', '%'))).toBe(true);
    expect(isMarginal(criterion('improvement', 29, 15, 'pass', 'x', '%'))).toBe(false);
    expect(isMarginal(criterion('improvement', 14, 15, 'fail', 'x', '%'))).toBe(false);
    const waived = makeResult(
      'optimization',
      [criterion('improvement on x:p95', 9, 15, 'waived', 'justified by OPT-4', '%')],
      CTX,
    );
    const notes = renderImprovementNotes([waived], { now: CTX.now });
    expect(notes).toContain(
      `## Waivers\n\n- ${esc('Gate 3: Optimization Validation')}, ${esc('improvement on x:p95')}: 9% (threshold >= 15%). ${esc('justified by OPT-4')}. Revisit`,
    );
    const cmp: Comparison = {
      key: 'http_req_duration:p95',
      direction: 'decrease',
      baseline: 50,
      candidate: 30,
      ratio: 0.6,
      lower: 0.5,
      upper: 0.7,
      verdict: 'improvement-confirmed',
      calibrated: true,
      runs: { baseline: 3, candidate: 3 },
      sources: { baseline: [], candidate: [] },
      named: true,
      reason: 'ok',
    };
    const clean: GateResult = makeResult(
      'optimization',
      [criterion('improvement on http_req_duration:p95', 40, 15, 'pass', 'ok', '%')],
      CTX,
      { comparisons: [cmp] },
    );
    const cleanNotes = renderImprovementNotes([clean], { now: CTX.now });
    expect(cleanNotes).toContain(
      'No failed, marginal or waived criteria, no missing evidence, and every comparison is calibrated and confirmed.',
    );
    expect(cleanNotes).toContain('None: every comparison is calibrated.');
  });
});
