// Real gate results for the report tests and golden files: gate 3 over the k6 fixtures a-baseline /
// b-optimized and the pytest-benchmark fixtures, gate 4 over gate 3's result. Every figure comes
// from the fixtures through the real parsers, statistics and gates; nothing is written by hand.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import type { GateContext, GateResult, OptimizationPlan, Run } from '../../src/model.js';
import { defaultConfig, type PerfGatesConfig } from '../../src/config/schema.js';
import { parseK6Ndjson } from '../../src/parsers/k6-ndjson/index.js';
import { parsePytestBenchmark } from '../../src/parsers/pytest-benchmark/index.js';
import { parsePytestJson } from '../../src/parsers/pytest-json/index.js';
import { parseOptimizationPlan } from '../../src/parsers/plan/index.js';
import { parseMarkdown } from '../../src/parsers/markdown/index.js';
import { evaluateOptimization } from '../../src/gates/optimization/evaluate.js';
import { evaluateGovernance } from '../../src/run/governance.js';
import type { ArtifactFile } from '../../src/model.js';

const FIX = path.join(import.meta.dirname, '..', 'fixtures');
const text = (rel: string) => readFileSync(path.join(FIX, rel), 'utf8');
const ref = (rel: string) => {
  const buf = readFileSync(path.join(FIX, rel));
  return { path: rel, sha256: createHash('sha256').update(buf).digest('hex'), bytes: buf.length };
};

export const CTX: GateContext = {
  now: '2026-11-22T12:00:00.000Z',
  verifiedBy: { tool: 'perf-gates 0.1.0', user: 'tester', host: 'ci' },
  inputs: [],
};

let cache: Record<string, Run> | undefined;
/** k6 run + benchmark file of one side: `a` is the fixtures' baseline build, `b` the optimized one. */
function runs(): Record<string, Run> {
  if (cache) return cache;
  const side = (dir: string, bench: string): Run => {
    const k6rel = `k6/${dir}/results.ndjson.gz`;
    const brel = `pytest/benchmark/${bench}`;
    return {
      label: dir,
      files: [ref(k6rel), ref(brel)],
      k6: parseK6Ndjson(gunzipSync(readFileSync(path.join(FIX, k6rel))), { file: k6rel }),
      benchmarks: parsePytestBenchmark(text(brel), brel),
    };
  };
  cache = { a: side('a-baseline', 'bench-baseline.json'), b: side('b-optimized', 'bench-optimized.json') };
  return cache;
}

function plan(): { plan: OptimizationPlan; planText: string } {
  const doc = JSON.parse(text('protocol/optimization-plan.json')) as Record<string, unknown>;
  doc.target_metric = {
    name: 'http_req_duration{name:products}',
    stat: 'p95',
    direction: 'decrease',
    unit: 'ms',
  };
  const planText = JSON.stringify(doc, null, 2);
  return { plan: parseOptimizationPlan(planText, 'optimization-plan.json'), planText };
}

/** The team's instrumentation-update-log.md: gate 3 evidence (protocol 18's gate 3 table). */
const instrumentationLog = () =>
  parseMarkdown(text('protocol/instrumentation-update-log.md'), 'instrumentation-update-log.md');

function cfg(): PerfGatesConfig {
  return defaultConfig();
}

export interface Scenario {
  result: GateResult;
  artifacts: ArtifactFile[];
}

/** Gate 3 passes: the optimized build (b) against the baseline build (a); no failing test. */
export function optimizationPass(): Scenario {
  const { a, b } = runs();
  const out = evaluateOptimization(
    { baseline: [a], candidate: [b], instrumentationLog: instrumentationLog(), ...plan() },
    cfg(),
    CTX,
  );
  return { result: out.result, artifacts: out.artifacts };
}

/**
 * Gate 3 fails: the change is the other way round (b is the baseline, a the candidate), so the
 * target and two benchmarks regress, and the candidate's pytest performance run has its real
 * failing test.
 */
export function optimizationRegression(): Scenario {
  const { a, b } = runs();
  const pytest = parsePytestJson(
    text('pytest/json-report/performance-optimized.json'),
    'performance-optimized.json',
  );
  const out = evaluateOptimization(
    { baseline: [b], candidate: [a], pytest, instrumentationLog: instrumentationLog(), ...plan() },
    cfg(),
    CTX,
  );
  return { result: out.result, artifacts: out.artifacts };
}

/** Gate 4 over the given earlier results (no artifacts to verify, no approvals). */
export function governanceOver(results: GateResult[], artifactsDir?: string): Scenario {
  const out = evaluateGovernance({ checks: [], results, artifacts: {} }, cfg(), CTX, { artifactsDir });
  return { result: out.result, artifacts: out.artifacts };
}
