// GateResults for the GitHub tests, shaped like the gates produce them, with figures taken from the
// real fixtures (k6 run a-baseline/b-optimized: http_req_duration{name:checkout} p95, ground-truth.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Comparison, Criterion, GateName, GateResult, Verdict } from '../../src/model.js';

const FIX = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures');
export const fixture = (p: string) => path.join(FIX, p);

type Truth = { k6: Record<string, { metrics?: Record<string, Record<string, number>> }> };
export const groundTruth = JSON.parse(readFileSync(fixture('ground-truth.json'), 'utf8')) as Truth;

const TITLES: Record<GateName, string> = {
  baseline: 'Gate 1: Baseline Validation',
  diagnostics: 'Gate 2: Diagnostic Coverage',
  optimization: 'Gate 3: Optimization Validation',
  governance: 'Gate 4: Governance & Communication',
  compare: 'Compare: No Regressions',
};

export function criterion(
  name: string,
  actual: Criterion['actual'],
  threshold: Criterion['threshold'],
  verdict: Verdict,
  reason: string,
  unit?: string,
): Criterion {
  return { name, actual, threshold, verdict, reason, ...(unit ? { unit } : {}) };
}

export function gateResult(gate: GateName, verdict: Verdict, extra: Partial<GateResult> = {}): GateResult {
  const criteria = extra.criteria ?? [
    criterion(
      `${gate} completeness`,
      verdict === 'pass' ? 100 : 62.5,
      95,
      verdict,
      verdict === 'pass' ? 'every required metric present' : '3 of 8 required metrics missing (TelemetryGap)',
      '%',
    ),
  ];
  const r: GateResult = {
    gate,
    title: TITLES[gate],
    verdict,
    score: verdict === 'pass' ? 100 : 62.5,
    criteria,
    notes: [],
    generated_at: '2026-11-22T10:00:00Z',
    ...extra,
  };
  if (verdict !== 'pass' && !r.failure) {
    r.failure = {
      criteria: criteria.map((c) => `${c.name} >= ${c.threshold}`).join('; '),
      actual: criteria
        .filter((c) => c.verdict !== 'pass')
        .map((c) => `${c.name}: ${c.actual} (${c.reason})`)
        .join('; '),
      requiredAction: 'Fill telemetry gaps; rerun baseline capture before proceeding.',
      options: [
        'Refine and retry',
        'Request a gate waiver with a documented justification',
        'Halt protocol execution',
      ],
    };
  }
  return r;
}

export function comparison(
  key: string,
  baseline: number,
  candidate: number,
  verdict: Comparison['verdict'],
): Comparison {
  const ratio = candidate / baseline;
  return {
    key,
    direction: 'decrease',
    baseline,
    candidate,
    ratio,
    lower: ratio * 0.9,
    upper: ratio * 1.1,
    verdict,
    calibrated: false,
    runs: { baseline: 1, candidate: 1 },
    sources: { baseline: [], candidate: [] },
    named: true,
    reason: 'uncalibrated: one run per side',
    unit: 'ms',
  };
}
