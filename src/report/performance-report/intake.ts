// PERFORMANCE-REPORT.md: intake (phase 1), the baseline telemetry and its alerts.
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
  gateBlock,
} from './common.js';

/** A note or item list an artifact carries as `{ provided, items?, note? }`, an array, or a string. */
function noted(v: unknown, item: (x: unknown) => string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.length ? v.slice(0, 20).map(item).join('; ') : 'none recorded';
  const o = obj(v);
  if (o) {
    const items = arr(o.items);
    if (items.length)
      return (
        items.slice(0, 20).map(item).join('; ') + (items.length > 20 ? ` and ${items.length - 20} more` : '')
      );
    if (typeof o.note === 'string') return escapeInline(o.note, 300);
    return o.provided === false ? 'not provided' : 'none recorded';
  }
  return cell(v, 400);
}

function alertItem(x: unknown): string {
  const a = obj(x);
  if (!a) return cell(x, 200);
  if (a.kind === 'k6-threshold-crossed')
    return `k6 threshold crossed: ${cell(a.metric)} ${cell(a.threshold)} (actual ${cell(a.actual)}, run ${cell(a.run)})`;
  if (a.kind === 'pytest-performance-failure')
    return `performance test ${cell(a.outcome)}: ${cell(a.test, 160)}`;
  if (a.kind === 'incident-report-alert') return `incident report: ${cell(a.alert, 160)}`;
  if (a.kind === 'monitoring-alert-firing') return `firing in the monitoring package: ${cell(a.alert, 160)}`;
  return cell(x, 200);
}

export function intake(input: PerformanceReportInput): string[] {
  const out = ['## 1. Intake and baseline', ''];
  out.push(...gateBlock(input.results, 'baseline'));
  const { doc, error } = parseJson(input.artifacts['performance-intake-report.json']);
  if (error) out.push(`performance-intake-report.json could not be read: ${escapeInline(error)}.`, '');
  else if (!doc) out.push('Not provided: no performance-intake-report.json among the artifacts.', '');
  else {
    const completeness = num(doc.baseline_completeness);
    if (completeness !== null) {
      out.push(
        `Baseline completeness ${formatNumber(completeness)}% (${cell(doc.metrics_collected)} of ${cell(doc.metrics_required)} required metrics; threshold ${cell(doc.threshold)}%).`,
        '',
      );
    }
    const metrics = arr(doc.metrics)
      .map(obj)
      .filter((m): m is Json => !!m);
    if (metrics.length) {
      out.push(`Baseline metrics (${metrics.length}, from performance-intake-report.json):`, '');
      out.push(
        table(
          ['Metric', 'Service', 'Value', 'Collection method', 'Timestamp', 'Source', 'Counted'],
          metrics.slice(0, 60).map((m) => {
            const src = obj(m.source)?.path ?? m.source;
            const where = m.file
              ? `${cell(src)} (${cell(m.file)}${typeof m.line === 'number' ? `:${m.line}` : ''})`
              : cell(src ?? m.file);
            return [
              cell(m.metric_name ?? m.name ?? m.key),
              cell(m.service),
              withUnit(m.value, m.unit),
              cell(m.collection_method ?? m.method),
              cell(m.timestamp),
              where,
              m.counted === false ? `no: ${cell(m.reason, 200)}` : m.counted === true ? 'yes' : 'n/a',
            ];
          }),
        ),
        '',
      );
      if (metrics.length > 60)
        out.push(`… ${metrics.length - 60} more in performance-intake-report.json.`, '');
    }
    const missing = arr(doc.missing_metrics);
    if (missing.length)
      out.push(
        `Missing baseline metrics: ${missing
          .slice(0, 30)
          .map((m) => cell(typeof m === 'object' ? (obj(m)?.metric_name ?? m) : m))
          .join(', ')}.`,
        '',
      );
    const alerts = noted(doc.alerts, alertItem);
    if (alerts) out.push(`Alerts: ${alerts}.`, '');
    const bi = obj(doc.business_impact);
    const impact =
      bi && typeof bi.text === 'string'
        ? `${escapeInline(bi.text, 600)} (source: ${cell(bi.source, 200)})`
        : noted(doc.business_impact, (x) => cell(x, 200));
    if (impact) out.push(`Business impact: ${impact}.`, '');
    const ru = obj(doc.resource_utilization);
    if (ru && arr(ru.rows).length)
      out.push(
        `Resource utilization (monitoring package): ${arr(ru.rows)
          .slice(0, 20)
          .map((x) => {
            const r = obj(x) ?? {};
            return `${cell(r.metric_name, 40)} ${cell(r.service, 60)} ${cell(r.value, 20)} ${cell(r.unit, 10)}`;
          })
          .join('; ')}.`,
        '',
      );
    const intake = obj(doc.intake);
    if (intake) {
      const cited = ['monitoring_package', 'incident_report', 'deployment_report', 'intake_backlog'].map(
        (k) => {
          const e = obj(intake[k]) ?? {};
          return `${k.replace(/_/g, ' ')}: ${typeof e.file === 'string' ? `${cell(e.file, 120)} (sha256 ${cell(String(e.sha256 ?? '').slice(0, 12), 20)}…)` : cell(e.status, 40)}`;
        },
      );
      out.push(`Intake inputs: ${cited.join('; ')}.`, '');
    }
    const hyp = obj(doc.hypotheses);
    if (hyp) {
      out.push(
        typeof hyp.count === 'number'
          ? `Hypotheses: ${formatNumber(hyp.count)} in ${cell(hyp.file)}${
              arr(hyp.ids).length
                ? ` (${arr(hyp.ids)
                    .slice(0, 20)
                    .map((i) => cell(i, 40))
                    .join(', ')})`
                : ''
            }.`
          : `Hypotheses: ${noted(hyp, (x) => cell(x, 80))}.`,
        '',
      );
    }
  }
  return out;
}
