// A build's runs of k6 and of pytest-benchmark as one list (apart from run/load.ts, so a gate
// with no runs to read never loads the readers).
import type { Run } from '../model.js';

/** Merge benchmark runs into k6 runs pairwise (the optimization gate takes both as runs of one build). */
export function combineRuns(k6: Run[], bench: Run[]): Run[] {
  const n = Math.max(k6.length, bench.length);
  const out: Run[] = [];
  for (let i = 0; i < n; i++) {
    const a = k6[i];
    const b = bench[i];
    if (a && b)
      out.push({
        label: a.label,
        files: [...a.files, ...b.files],
        k6: a.k6,
        benchmarks: b.benchmarks ?? a.benchmarks,
      });
    else out.push((a ?? b) as Run);
  }
  return out;
}
