// Every default of `.github/perf-gates.yml`, as a team starting with no file gets it: a plain
// object, so a run without a config file never loads the schema (zod, yaml). It is exactly what
// the schema makes of an empty file (`ConfigSchema.parse({})`); __tests__/config-schema.test.ts
// holds the two equal.
import type { PerfGatesConfig } from './schema.js';

/** Every default (a fresh object each call: callers may change theirs). */
export function defaultConfig(): PerfGatesConfig {
  return {
    thresholds: {
      baseline_completeness: 95,
      diagnostic_coverage: 90,
      improvement: 15,
      regressions: 0,
      documentation_completeness: 95,
      approvals: 100,
    },
    tolerance: 5,
    confidence: 0.95,
    uncalibrated_margin: 10,
    fdr: 0.05,
    breakdown_tags: ['name', 'scenario'],
    baseline: {},
    diagnostics: { weights: { services: 1, peak_scenarios: 1, capacity: 1 } },
    optimization: { require_plan_approval: true },
    intake: { required: [] },
  };
}
