// PERFORMANCE-REPORT.md: validation (phase 4), the before/after tables and the regressions.
import { escapeInline, escapeMarkdown, formatNumber, inlineCode } from '../markdown.js';
import {
  type PerformanceReportInput,
  type Json,
  parseJson,
  obj,
  arr,
  num,
  cell,
  withUnit,
  signedPct,
  table,
  resultOf,
  gateBlock,
} from './common.js';
import { targetChart } from './plan.js';

/** The target's latency distribution (p50/p95/p99 on both sides) and its chart. */
function distribution(doc: Json): string[] {
  const out: string[] = [];
  const dist = obj(doc.target_distribution);
  if (dist) {
    const bd = obj(dist.baseline) ?? {};
    const od = obj(dist.optimized) ?? {};
    const before = [num(bd.p50), num(bd.p95), num(bd.p99)];
    const after = [num(od.p50), num(od.p95), num(od.p99)];
    const unit = typeof dist.unit === 'string' ? dist.unit : null;
    out.push(`Latency distribution of ${inlineCode(doc.target_metric)} (${cell(dist.combined)}):`, '');
    out.push(
      table(
        ['Percentile', 'Baseline', 'Optimized', 'Change'],
        (['p50', 'p95', 'p99'] as const).map((p, i) => [
          p,
          withUnit(before[i], unit),
          withUnit(after[i], unit),
          before[i] !== null && after[i] !== null && before[i] !== 0
            ? signedPct(Math.round(((after[i] as number) / (before[i] as number) - 1) * 10000) / 100)
            : 'n/a',
        ]),
      ),
      '',
    );
    const chart = targetChart(String(doc.target_metric ?? 'target'), unit, before, after);
    if (chart) out.push('Bars: baseline; line: optimized.', '', chart, '');
    else out.push('No chart: a percentile is missing on one side.', '');
  } else {
    out.push('No latency chart: the target is not a k6 trend measured in both runs.', '');
  }
  return out;
}

export function validation(input: PerformanceReportInput): string[] {
  const out = ['## 4. Validation results', ''];
  out.push(...gateBlock(input.results, 'optimization'));
  const { doc, error } = parseJson(input.artifacts['optimization-validation-report.json']);
  const gate3 = resultOf(input.results, 'optimization');
  if (error) out.push(`optimization-validation-report.json could not be read: ${escapeInline(error)}.`, '');
  if (doc) {
    const b = obj(doc.baseline) ?? {};
    const o = obj(doc.optimized) ?? {};
    const imp = obj(doc.improvement) ?? {};
    out.push(
      `Target metric ${inlineCode(doc.target_metric ?? 'none')} (${cell(doc.direction)} is better), optimization ${cell(doc.optimization_id)}:`,
      '',
    );
    out.push(
      table(
        ['', 'Value', 'Measured', 'Runs'],
        [
          ['Baseline', withUnit(b.value, b.unit), cell(b.timestamp), cell(b.runs)],
          ['Optimized', withUnit(o.value, o.unit), cell(o.timestamp), cell(o.runs)],
        ],
      ),
      '',
    );
    const lo = num(imp.lower_bound_percentage);
    const hi = num(imp.upper_bound_percentage);
    const verdict = cell(imp.verdict);
    out.push(
      `Improvement: **${num(imp.percentage) === null ? 'n/a' : `${formatNumber(num(imp.percentage) as number)}%`}** (absolute ${withUnit(imp.absolute, b.unit)}; threshold ${cell(imp.threshold_percentage)}%; 95% bounds ${lo === null || hi === null ? 'n/a' : `${formatNumber(lo)}% to ${formatNumber(hi)}%`}). ` +
        `Verdict ${verdict}: ${imp.verdict === 'improvement-confirmed' ? 'confirmed, the whole interval clears the threshold' : imp.verdict === 'improvement' ? 'met by the point estimate, not confirmed by the interval' : 'not an improvement that meets the threshold'}; ${imp.calibrated === true ? 'calibrated (run-to-run noise measured)' : imp.calibrated === false ? 'uncalibrated (one run per side, no noise file: the interval understates the real uncertainty)' : 'calibration unknown'}.`,
      '',
    );
    const just = obj(imp.justification);
    if (just)
      out.push(
        `Waived by the documented justification (${cell(just.source)}): ${escapeMarkdown(just.text, 1000)}`,
        '',
      );

    out.push(...distribution(doc));
  } else if (!error) {
    out.push(
      'Not provided: no optimization-validation-report.json among the artifacts; the rows below come from the gate 3 result.',
      '',
    );
  }

  const rows = doc
    ? arr(doc.comparisons)
        .map(obj)
        .filter((r): r is Json => !!r)
    : (gate3?.comparisons ?? []).map(
        (c) =>
          ({
            ...c,
            optimized: c.candidate,
            bounds: { lower: c.lower, upper: c.upper },
            change_percentage: c.ratio === null ? null : Math.round((c.ratio - 1) * 10000) / 100,
          }) as unknown as Json,
      );
  if (rows.length) {
    out.push(
      `Before/after comparison (${rows.length} key${rows.length === 1 ? '' : 's'}; bounds are the 95% one-sided bounds of the ratio optimized/baseline):`,
      '',
    );
    out.push(
      table(
        ['Key', 'Baseline', 'Optimized', 'Change', 'Ratio bounds', 'Verdict', 'Calibrated'],
        rows.slice(0, 80).map((r) => {
          const bd = obj(r.bounds) ?? {};
          const lo = num(bd.lower);
          const hi = num(bd.upper);
          return [
            escapeInline(r.key, 160) + (r.named === false ? '' : ' (named)'),
            withUnit(r.baseline, r.unit),
            withUnit(r.optimized, r.unit),
            signedPct(num(r.change_percentage)),
            lo === null || hi === null ? 'n/a' : `${formatNumber(lo)} to ${formatNumber(hi)}`,
            cell(r.verdict),
            r.calibrated === true ? 'yes' : 'no',
          ];
        }),
      ),
      '',
    );
    if (rows.length > 80) out.push(`… ${rows.length - 80} more in optimization-validation-report.json.`, '');
  }
  if (doc) {
    const regs = arr(doc.regressions)
      .map(obj)
      .filter((r): r is Json => !!r);
    out.push(regs.length ? `Regressions (${regs.length}):` : 'Regressions: none.', '');
    if (regs.length)
      out.push(
        ...regs.slice(0, 50).map((r) => `- ${inlineCode(r.metric, 160)}: ${escapeInline(r.reason, 300)}`),
        '',
      );
    const tests = obj(doc.tests);
    if (tests) {
      const outcomes = obj(tests.outcomes) ?? {};
      out.push(
        `Performance tests (${cell(tests.file)}): ${cell(tests.performance)} run; ${
          Object.entries(outcomes)
            .map(([k, v]) => `${cell(v)} ${escapeInline(k, 20)}`)
            .join(', ') || 'no outcomes'
        }.`,
        '',
      );
    }
  }
  return out;
}
