// Gate 4's documents: the gate decides (gates/governance/evaluate.ts), this renders
// PERFORMANCE-REPORT.md and continuous-improvement-notes.md from its result, after its own files,
// so their bytes enter the checksums and the manifest like every other artifact.
import type { GateContext, GateOutcome } from '../model.js';
import type { PerfGatesConfig } from '../config/schema.js';
import {
  decideGovernance,
  IMPROVEMENT_NOTES,
  PERFORMANCE_REPORT,
  type GovernanceEvidence,
} from '../gates/governance/evaluate.js';
import { renderPerformanceReport } from '../report/performance-report.js';
import { renderImprovementNotes } from '../report/improvement-notes.js';

/** Gate 4 decided, with its report and improvement notes rendered. */
export function evaluateGovernance(
  ev: GovernanceEvidence,
  config: PerfGatesConfig,
  ctx: GateContext,
  opts: { artifactsDir?: string } = {},
): GateOutcome {
  const { result, artifacts, docs } = decideGovernance(ev, config, ctx);
  artifacts.push({
    name: PERFORMANCE_REPORT,
    content: renderPerformanceReport({
      now: ctx.now,
      verifiedBy: ctx.verifiedBy,
      results: docs.results,
      artifacts: ev.artifacts,
      checks: ev.checks,
      sloRecord: docs.sloRecord,
      documentation: docs.documentation,
      written: docs.written,
      artifactsDir: opts.artifactsDir,
    }),
  });
  artifacts.push({
    name: IMPROVEMENT_NOTES,
    content: renderImprovementNotes(docs.results, { now: ctx.now }),
  });
  return { result, artifacts };
}
