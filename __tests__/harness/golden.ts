// What a reviewer sees for the fixture scenarios, rendered by the real code from real gate results
// (harness/scenarios.ts): the sticky PR comment as the jobs leave it, the job summary of the
// comparing job, and the governance report. __tests__/report-golden.test.ts compares them with the
// files in __tests__/golden/ and renders each with a GFM renderer; scripts/pr-comment-screenshots.mjs
// turns the golden comments into the pictures of docs/pr-comment.md.
import type { GateResult } from '../../src/model.js';
import { renderGateSection } from '../../src/report/markdown.js';
import { mergeSection } from '../../src/report/comment.js';
import { renderJobSummary } from '../../src/report/overview.js';
import { FORK_NOTICE } from '../../src/run/runner.js';
import { governanceOver, optimizationPass, optimizationRegression } from './scenarios.js';

export const RUN_URL = 'https://github.com/acme/orders/actions/runs/7001';
export const ARTIFACTS_DIR = '.artifacts/performance';

export interface Golden {
  name: string;
  /** one sentence: what the scenario is */
  about: string;
  comment: string;
  summary: string;
  report: string;
}

interface Leg {
  job: string;
  result: GateResult;
}

/** The comment after every job wrote its section, in the order the jobs finished. */
function comment(legs: readonly Leg[], runUrl: string): string {
  let body: string | undefined;
  for (const l of legs) {
    const section = renderGateSection(l.result, {
      job: l.job,
      runUrl,
      artifactName: `perf-gates-${l.result.gate}-${l.job}`,
    });
    body = mergeSection(body, l.result.gate, l.job, section);
  }
  return body ?? '';
}

function summary(leg: Leg, runUrl: string, files: number, notice?: string): string {
  return renderJobSummary(leg.result, {
    notice,
    job: leg.job,
    runUrl,
    artifactName: `perf-gates-${leg.result.gate}-${leg.job}`,
    evidence: { dir: ARTIFACTS_DIR, files },
  });
}

function report(results: GateResult[]): string {
  return governanceOver(results, ARTIFACTS_DIR).artifacts.find((a) => a.name === 'PERFORMANCE-REPORT.md')!
    .content;
}

export function goldens(): Golden[] {
  const pass = optimizationPass();
  const reg = optimizationRegression();
  const out: Golden[] = [];

  {
    const legs = [{ job: 'perf', result: pass.result }];
    out.push({
      name: 'pass',
      about:
        'gate 3 passes: the optimized build (b-optimized) against the baseline build (a-baseline), products p95 -29%, benchmarks faster',
      comment: comment(legs, RUN_URL),
      summary: summary(legs[0], RUN_URL, pass.artifacts.length),
      report: report([pass.result]),
    });
  }
  {
    const gov = governanceOver([reg.result], ARTIFACTS_DIR);
    const legs = [
      { job: 'perf', result: reg.result },
      { job: 'report', result: gov.result },
    ];
    out.push({
      name: 'regression',
      about:
        'gate 3 fails: the change goes the other way (b-optimized is the baseline, a-baseline the candidate), the target and two benchmarks regress and one pytest performance test fails; gate 4 is blocked by it',
      comment: comment(legs, RUN_URL),
      summary: summary(legs[0], RUN_URL, reg.artifacts.length),
      report: report([reg.result]),
    });
  }
  {
    // a fork's run has a read-only token: it computes and writes the summary and artifacts; the
    // `publish` action of a workflow_run workflow then posts the same sections from those artifacts,
    // linking the fork's run
    const forkRun = 'https://github.com/acme/orders/actions/runs/7002';
    const legs = [{ job: 'perf', result: reg.result }];
    out.push({
      name: 'fork',
      about:
        "a fork's pull request with the regression: its run (read-only token) writes only the job summary and artifacts; the publish action posts the comment from them, linking the fork's run",
      comment: comment(legs, forkRun),
      // the notice the runner adds on a fork's pull request (src/run/runner.ts)
      summary: summary(legs[0], forkRun, reg.artifacts.length, FORK_NOTICE),
      report: report([reg.result]),
    });
  }
  {
    const gov = governanceOver([pass.result, reg.result], ARTIFACTS_DIR);
    const legs = [
      { job: 'perf-us', result: reg.result },
      { job: 'perf-eu', result: pass.result },
      { job: 'report', result: gov.result },
    ];
    out.push({
      name: 'matrix',
      about:
        'a workflow matrix: leg perf-eu passes, leg perf-us regresses, governance judges both; each job wrote its own section of the one comment',
      comment: comment(legs, RUN_URL),
      summary: summary(legs[0], RUN_URL, reg.artifacts.length),
      report: report([pass.result, reg.result]),
    });
  }
  return out;
}
