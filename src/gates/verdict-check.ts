// Does a gate result's verdict follow from its own criteria? Used where a result arrives from
// somewhere else (the `publish` action reads what another workflow computed): a verdict that is not
// the roll-up of its criteria, or a criterion marked `pass` whose numbers break its own threshold, is a
// contradiction and the result is refused. Pure. Consistency is not truth: a forger can write
// consistent numbers, which is why results from untrusted runs are never green (README "Security model").
import type { GateResult } from '../model.js';
import { rollUp } from './common.js';

/** Every contradiction in `result` (empty when the verdict follows from the criteria). */
export function verdictContradictions(result: GateResult): string[] {
  const out: string[] = [];
  const criteria = Array.isArray(result.criteria) ? result.criteria : [];
  const expected = rollUp(criteria);
  if (result.verdict !== expected) {
    out.push(
      criteria.length === 0
        ? `verdict ${result.verdict} with no criteria (no criteria is insufficient-data)`
        : `verdict ${result.verdict}, but its criteria roll up to ${expected}`,
    );
  }
  for (const c of criteria) {
    if (c.verdict !== 'pass') continue;
    if (typeof c.actual !== 'number' || typeof c.threshold !== 'number' || !c.operator) continue;
    const holds = c.operator === '<=' ? c.actual <= c.threshold : c.actual >= c.threshold;
    if (!holds || !Number.isFinite(c.actual)) {
      out.push(`criterion "${c.name}" says pass, but ${c.actual} ${c.operator} ${c.threshold} is false`);
    }
  }
  if (Array.isArray(result.comparisons) && typeof result.regressionCount === 'number') {
    const regressions = result.comparisons.filter((c) => c.verdict === 'regression').length;
    if (regressions > result.regressionCount) {
      out.push(`regressionCount ${result.regressionCount}, but ${regressions} comparison(s) are regressions`);
    }
  }
  return out;
}
