// PERFORMANCE-REPORT.md: diagnostics (phase 2), the load test, coverage and bottlenecks.
import { escapeInline, formatNumber } from '../markdown.js';
import {
  type PerformanceReportInput,
  type Json,
  parseJson,
  obj,
  arr,
  num,
  cell,
  withUnit,
  table,
  resultOf,
  gateBlock,
} from './common.js';

/** The peak scenarios table: every check of every scenario (or the scenario itself). */
function peakScenarios(doc: Json): string[] {
  const out: string[] = [];
  const scenarioChecks = arr(doc.scenarios)
    .map(obj)
    .filter((x): x is Json => !!x)
    .flatMap((sc) => {
      const checks = arr(sc.checks)
        .map(obj)
        .filter((c): c is Json => !!c);
      return checks.length ? checks : [sc];
    });
  if (scenarioChecks.length) {
    out.push('Peak scenarios:', '');
    out.push(
      table(
        ['Scenario', 'Run', 'Requests', 'Achieved', 'Target', 'Duration', 'Dropped iterations', 'Reached'],
        scenarioChecks.slice(0, 40).map((c) => {
          const t = obj(c.targets) ?? {};
          const target = [
            num(t.min_rps) !== null ? `${formatNumber(num(t.min_rps) as number)} req/s` : '',
            num(t.min_duration_s) !== null ? `${formatNumber(num(t.min_duration_s) as number)} s` : '',
            num(t.min_vus) !== null ? `${formatNumber(num(t.min_vus) as number)} VUs` : '',
          ]
            .filter(Boolean)
            .join(', ');
          const reasons = arr(c.reasons).map((x) => cell(x, 160));
          return [
            cell(c.scenario),
            cell(c.run),
            cell(c.requests),
            withUnit(c.achieved_rps, num(c.achieved_rps) === null ? null : 'req/s'),
            target || 'ran',
            withUnit(c.duration_s, num(c.duration_s) === null ? null : 's'),
            cell(c.dropped_iterations),
            c.reached === true
              ? 'yes'
              : c.reached === false
                ? `no${reasons.length ? `: ${reasons.join('; ')}` : ''}`
                : 'n/a',
          ];
        }),
      ),
      '',
    );
  }
  return out;
}

export function diagnostics(input: PerformanceReportInput): string[] {
  const out = ['## 2. Diagnostics and load simulation', ''];
  out.push(...gateBlock(input.results, 'diagnostics'));
  const r = resultOf(input.results, 'diagnostics');
  const crossed = (r?.criteria ?? []).filter((c) => c.protocolReason === 'LoadTestFailure');
  if (crossed.length) {
    out.push('Load test failures (the run broke its own thresholds or did not reach the target load):', '');
    out.push(...crossed.map((c) => `- ${escapeInline(c.name, 160)}: ${escapeInline(c.reason, 400)}`), '');
  }
  const { doc, error } = parseJson(input.artifacts['load-test-results.json']);
  if (error) out.push(`load-test-results.json could not be read: ${escapeInline(error)}.`, '');
  else if (!doc) out.push('Not provided: no load-test-results.json among the artifacts.', '');
  else {
    const res = obj(doc.results) ?? {};
    const tp = obj(res.throughput);
    const lat = obj(res.latency);
    const er = obj(res.error_rate);
    const cov = num(doc.diagnostic_coverage);
    if (cov !== null) {
      const missingServices = arr(doc.missing_services);
      out.push(
        `Diagnostic coverage ${formatNumber(cov)}% (services profiled ${cell(doc.services_profiled)} of ${cell(doc.services_required)}${
          missingServices.length
            ? `; not profiled: ${missingServices
                .slice(0, 20)
                .map((x) => cell(x, 60))
                .join(', ')}`
            : ''
        }).`,
        '',
      );
    }
    out.push(`Load test: scenario ${cell(doc.test_scenario)}, ${cell(doc.test_date)}.`, '');
    out.push(
      table(
        ['Measure', 'Target', 'Actual', 'Status'],
        [
          ['Throughput', withUnit(tp?.target, tp?.unit), withUnit(tp?.actual, tp?.unit), cell(tp?.status)],
          [
            'Latency p50 / p95 / p99',
            'n/a',
            lat
              ? `${cell(lat.p50)} / ${cell(lat.p95)} / ${cell(lat.p99)}${lat.unit ? ` ${escapeInline(lat.unit, 20)}` : ''}`
              : 'n/a',
            cell(lat?.status),
          ],
          ['Error rate', withUnit(er?.target, er?.unit), withUnit(er?.actual, er?.unit), cell(er?.status)],
        ],
      ),
      '',
    );
    out.push(...peakScenarios(doc));
    const thresholds = arr(doc.thresholds)
      .map(obj)
      .filter((t): t is Json => !!t && (t.ok === false || t.status === 'crossed'));
    out.push(
      thresholds.length
        ? `Thresholds crossed: ${thresholds
            .slice(0, 30)
            .map(
              (t) =>
                `${cell(t.metric)} ${cell(t.expression)}${num(t.actual) !== null ? ` (actual ${formatNumber(num(t.actual) as number)})` : ''}`,
            )
            .join('; ')}.`
        : arr(doc.thresholds).length
          ? `Thresholds crossed: none of ${arr(doc.thresholds).length}.`
          : 'Thresholds: none recorded in load-test-results.json.',
      '',
    );
    const bottlenecks = arr(doc.bottlenecks)
      .map(obj)
      .filter((b): b is Json => !!b);
    if (bottlenecks.length) {
      out.push(
        'Bottlenecks:',
        '',
        table(
          ['Service', 'Issue', 'Severity'],
          bottlenecks.slice(0, 30).map((b) => [cell(b.service), cell(b.issue, 300), cell(b.severity)]),
        ),
        '',
      );
    } else if (typeof doc.bottlenecks_note === 'string')
      out.push(`Bottlenecks: ${escapeInline(doc.bottlenecks_note, 300)}.`, '');
  }
  return out;
}
