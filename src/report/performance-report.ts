// PERFORMANCE-REPORT.md: the whole story of a protocol-18 cycle for a person to read (intake,
// diagnostics, optimization actions, validation with before/after tables and a Mermaid chart, SLO
// updates and approvals, what failed and why, the evidence). Pure: gate results and artifact texts
// in, Markdown out. Every string that came from an input file goes through escapeInline /
// escapeMarkdown (src/report/markdown.ts): no Markdown/HTML injection, no @-mentions.
import type { ArtifactCheck, Criterion, GateName, GateResult, Verdict, VerifiedBy } from '../model.js';
import { formatQuantity } from '../stats/format.js';
import { GATE_NUMBER, GATE_TITLES, rollUp } from '../gates/common.js';
import {
  VERDICT_EMOJI,
  escapeInline,
  escapeMarkdown,
  formatNumber,
  inlineCode,
  safeVerdict,
} from './markdown.js';

/** What governance hands over (the SLO record in the shape it writes; see gates/governance). */
export interface ReportSloRecord {
  updates: {
    slo_name: string;
    service: string | null;
    metric: string | null;
    previous_target: string | number | null;
    new_target: string | number | null;
    justification: string | null;
    approvers: {
      role: string;
      login: string | null;
      environment: string;
      approval_status: string;
      approval_timestamp: string | null;
      comment: string | null;
    }[];
    approval_status: string;
    trace: {
      validated: boolean;
      key: string | null;
      optimized_value: number | null;
      unit: string | null;
      meets_new_target: boolean;
      reason: string;
    };
  }[];
  approval_status: string;
  approval_percentage: number | null;
  required_roles: string[];
  missing_roles: { role: string; environment: string; status: string }[];
  approvals_source: {
    source: string;
    self_attested?: boolean;
    path: string | null;
    observed_at: string | null;
    error: string | null;
  };
  notes: string[];
}

export interface PerformanceReportInput {
  now: string;
  verifiedBy?: VerifiedBy;
  /** every gate's result, governance's included */
  results: GateResult[];
  /** earlier artifacts' text by name */
  artifacts: Record<string, string>;
  checks: ArtifactCheck[];
  sloRecord?: ReportSloRecord;
  documentation?: {
    required: string[];
    counted: string[];
    missing: { name: string; reason: string }[];
    percentage: number;
  };
  /** files the governance gate writes (counted once written) */
  written?: string[];
  /** the evidence folder as configured (`artifacts-dir`); absent: said as "this folder" */
  artifactsDir?: string;
}

type Json = Record<string, unknown>;

function parseJson(text: string | undefined): { doc?: Json; error?: string } {
  if (text === undefined) return {};
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v)
      ? { doc: v as Json }
      : { error: 'not a JSON object' };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

function obj(v: unknown): Json | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A value from an input, for a table cell. */
function cell(v: unknown, max = 120): string {
  if (v === null || v === undefined || v === '') return 'n/a';
  if (typeof v === 'number') return Number.isFinite(v) ? formatNumber(v) : 'n/a';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'object') return escapeInline(JSON.stringify(v), max);
  return escapeInline(v, max);
}

/** Units the formatter scales or prints itself (its output needs no escaping). */
const KNOWN_UNIT = /^(ns|us|µs|μs|ms|s|B|kB|MB|GB|%|\/s|req\/s|rps)$/;

/** A figure with its unit through the one formatter (36.6 us, 54 ms); an unknown unit escaped. */
function withUnit(v: unknown, unit: unknown): string {
  if (typeof v === 'number' && Number.isFinite(v)) {
    const u = typeof unit === 'string' && unit !== '' ? unit : undefined;
    if (!u || KNOWN_UNIT.test(u)) return formatQuantity(v, u);
    return `${formatQuantity(v)} ${escapeInline(u, 20)}`;
  }
  const c = cell(v);
  return c === 'n/a' || unit === null || unit === undefined || unit === ''
    ? c
    : `${c} ${escapeInline(unit, 20)}`;
}

function signedPct(v: number | null): string {
  if (v === null) return 'n/a';
  return `${v > 0 ? '+' : ''}${formatNumber(v)}%`;
}

function table(head: string[], rows: string[][], align?: string[]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(head), line(align ?? head.map(() => '---')), ...rows.map(line)].join('\n');
}

function verdictCell(v: unknown): string {
  const s = safeVerdict(v);
  return `${VERDICT_EMOJI[s]} ${s}`;
}

function criteriaTable(criteria: readonly Criterion[]): string {
  return table(
    ['Criterion', 'Actual', 'Threshold', 'Verdict', 'Reason'],
    criteria.map((c) => [
      escapeInline(c.name, 160),
      withUnit(c.actual, c.unit),
      c.threshold === null || c.threshold === undefined
        ? 'n/a'
        : `${typeof c.threshold === 'number' ? `${c.operator ?? '>='} ` : ''}${withUnit(c.threshold, c.unit)}`,
      verdictCell(c.verdict),
      escapeInline(c.reason, 400) + (c.protocolReason ? ` (${escapeInline(c.protocolReason, 40)})` : ''),
    ]),
  );
}

function resultOf(results: readonly GateResult[], gate: GateName): GateResult | undefined {
  // several jobs may report one gate (a matrix): show the worst
  const rs = results.filter((r) => r.gate === gate);
  if (!rs.length) return undefined;
  const worst = rollUp(
    rs.map((r) => ({
      name: r.gate,
      actual: null,
      threshold: null,
      verdict: safeVerdict(r.verdict),
      reason: '',
    })),
  );
  return rs.find((r) => safeVerdict(r.verdict) === worst) ?? rs[0];
}

function gateBlock(results: readonly GateResult[], gate: GateName): string[] {
  const r = resultOf(results, gate);
  if (!r)
    return [
      `Not provided: no ${escapeInline(`gate-${GATE_NUMBER[gate]}-${gate}.json`)} result was found, so this gate's outcome is unknown.`,
      '',
    ];
  const score =
    typeof r.score === 'number' && Number.isFinite(r.score) ? `, score ${formatNumber(r.score)}%` : '';
  const out = [
    `**${escapeInline(r.title || GATE_TITLES[gate], 120)}: ${verdictCell(r.verdict)}**${score}`,
    '',
  ];
  const criteria = Array.isArray(r.criteria) ? r.criteria : [];
  out.push(criteria.length ? criteriaTable(criteria) : '_No criteria were evaluated._', '');
  const notes = Array.isArray(r.notes) ? r.notes : [];
  if (notes.length) out.push(...notes.slice(0, 30).map((n) => `- ${escapeInline(n, 400)}`), '');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sections

function summary(input: PerformanceReportInput): string[] {
  const rows: string[][] = [];
  for (const gate of ['baseline', 'diagnostics', 'optimization', 'governance'] as GateName[]) {
    const r = resultOf(input.results, gate);
    rows.push([
      escapeInline(GATE_TITLES[gate]),
      r ? verdictCell(r.verdict) : '❔ not run',
      r && typeof r.score === 'number' && Number.isFinite(r.score) ? `${formatNumber(r.score)}%` : 'n/a',
      r ? headline(r) : 'no result found',
    ]);
  }
  const present = (['baseline', 'diagnostics', 'optimization', 'governance'] as GateName[]).map((g) =>
    resultOf(input.results, g),
  );
  const overall: Verdict = present.some((r) => !r)
    ? rollUp([
        ...present
          .filter((r): r is GateResult => !!r)
          .map((r) => ({
            name: r.gate,
            actual: null,
            threshold: null,
            verdict: safeVerdict(r.verdict),
            reason: '',
          })),
        { name: 'missing', actual: null, threshold: null, verdict: 'insufficient-data', reason: '' },
      ])
    : rollUp(
        present.map((r) => ({
          name: (r as GateResult).gate,
          actual: null,
          threshold: null,
          verdict: safeVerdict((r as GateResult).verdict),
          reason: '',
        })),
      );
  return [
    '## Summary',
    '',
    `Overall: **${verdictCell(overall)}** (the worst gate decides; protocol 18 hands off to protocol 22 only when every gate passed or was waived with a documented justification).`,
    '',
    table(['Gate', 'Verdict', 'Score', 'Headline'], rows),
    '',
    ...handoffLines(present[3]),
  ];
}

/** The protocol 22 handoff checklist governance decided, each item checked or not, and why. */
function handoffLines(gov: GateResult | undefined): string[] {
  const items = Array.isArray(gov?.handoff) ? gov.handoff : [];
  if (!items.length) return [];
  return [
    `Protocol 22 handoff checklist (${items.filter((h) => h.checked).length}/${items.length}):`,
    '',
    ...items.map(
      (h) => `- [${h.checked ? 'x' : ' '}] ${escapeInline(h.item, 200)}: ${escapeInline(h.why, 600)}`,
    ),
    '',
  ];
}

function headline(r: GateResult): string {
  const parts: string[] = [];
  if (r.gate === 'optimization') {
    if (typeof r.improvementPct === 'number') parts.push(`improvement ${formatNumber(r.improvementPct)}%`);
    if (typeof r.regressionCount === 'number')
      parts.push(`${r.regressionCount} regression${r.regressionCount === 1 ? '' : 's'}`);
  }
  const missed = (Array.isArray(r.criteria) ? r.criteria : []).filter(
    (c) => safeVerdict(c.verdict) !== 'pass',
  );
  if (missed.length)
    parts.push(
      `not met: ${missed
        .slice(0, 4)
        .map((c) => escapeInline(c.name, 80))
        .join(', ')}${missed.length > 4 ? ` and ${missed.length - 4} more` : ''}`,
    );
  else parts.push('every criterion met');
  return parts.join('; ');
}

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

function intake(input: PerformanceReportInput): string[] {
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

function diagnostics(input: PerformanceReportInput): string[] {
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

function planSection(input: PerformanceReportInput): string[] {
  const out = ['## 3. Optimization actions', ''];
  const { doc, error } = parseJson(input.artifacts['optimization-plan.json']);
  if (error) return [...out, `optimization-plan.json could not be read: ${escapeInline(error)}.`, ''];
  if (!doc) return [...out, 'Not provided: no optimization-plan.json among the artifacts.', ''];
  const approvedBy = Array.isArray(doc.approved_by)
    ? doc.approved_by.map((a) => cell(a)).join(', ')
    : cell(doc.approved_by);
  out.push(
    `Plan ${cell(doc.plan_id)}: ${cell(doc.title, 200)} (owner ${cell(doc.owner)}; approved by ${approvedBy} at ${cell(doc.approved_at)}).`,
    '',
  );
  const opts = arr(doc.optimizations)
    .map(obj)
    .filter((o): o is Json => !!o);
  if (!opts.length) out.push('The plan lists no optimization tasks.', '');
  else {
    out.push(
      table(
        [
          'Id',
          'Action',
          'Service',
          'Metric',
          'Baseline',
          'Expected',
          'Expected gain',
          'Status',
          'Risk',
          'Justification',
        ],
        opts
          .slice(0, 50)
          .map((o) => [
            cell(o.id),
            cell(o.title, 160),
            cell(o.service),
            `${cell(o.metric)}${o.stat ? ` ${cell(o.stat)}` : ''}`,
            withUnit(o.baseline_value, o.unit),
            withUnit(o.expected_value, o.unit),
            num(o.expected_improvement_pct) === null
              ? 'n/a'
              : `${formatNumber(num(o.expected_improvement_pct) as number)}%`,
            cell(o.status),
            cell(o.risk),
            o.justification ? cell(o.justification, 300) : '',
          ]),
      ),
      '',
    );
  }
  return out;
}

/** Mermaid text: only characters xychart-beta's lexer takes inside a quoted string. */
function mermaidText(s: string): string {
  return (
    s
      .replace(/[^A-Za-z0-9 _:{}=,./()-]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'target'
  );
}

/** A number in xychart-beta's grammar: digits with an optional fraction, never an exponent. */
function mermaidNumber(v: number): string {
  // toFixed switches to exponent notation from 1e21 up: print such integers exactly instead
  if (Math.abs(v) >= 1e21) return BigInt(Math.round(v)).toString();
  const s = v.toFixed(3).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

export function targetChart(
  key: string,
  unit: string | null,
  before: (number | null)[],
  after: (number | null)[],
): string | undefined {
  const all = [...before, ...after];
  if (all.some((v) => v === null || !Number.isFinite(v)) || all.length !== 6) return undefined;
  const nums = all as number[];
  const max = Math.max(...nums) * 1.1;
  // round the axis top up to two significant digits
  const step = max > 0 ? Math.pow(10, Math.floor(Math.log10(max)) - 1) : 1;
  const top = max > 0 ? Math.ceil(max / step) * step : 1;
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidText(key)} before and after"`,
    '    x-axis [p50, p95, p99]',
    `    y-axis "${mermaidText(unit ?? 'value')}" 0 --> ${mermaidNumber(top)}`,
    `    bar [${(before as number[]).map(mermaidNumber).join(', ')}]`,
    `    line [${(after as number[]).map(mermaidNumber).join(', ')}]`,
    '```',
  ].join('\n');
}

function validation(input: PerformanceReportInput): string[] {
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

function sloSection(input: PerformanceReportInput): string[] {
  const out = ['## 5. SLO updates and approvals', ''];
  const rec = input.sloRecord;
  if (!rec) return [...out, 'Not provided: no slo-updates input given, so no SLO change is recorded.', ''];
  if (!rec.updates.length) return [...out, 'No SLO change proposed in this cycle.', ''];
  out.push(
    table(
      ['SLO', 'Metric', 'Previous', 'New', 'Traced to validation', 'Approval'],
      rec.updates.map((u) => [
        cell(u.slo_name, 120),
        u.metric ? inlineCode(u.metric) : 'n/a',
        cell(u.previous_target),
        cell(u.new_target),
        `${u.trace.validated && u.trace.meets_new_target ? '✅' : '❌'} ${escapeInline(u.trace.reason, 300)}`,
        cell(u.approval_status),
      ]),
    ),
    '',
  );
  const seen = new Set<string>();
  const approvers = rec.updates
    .flatMap((u) => u.approvers)
    .filter((a) => (seen.has(a.role) ? false : (seen.add(a.role), true)));
  out.push(
    `Approvals: ${rec.approval_percentage === null ? 'n/a' : `${formatNumber(rec.approval_percentage)}%`} of the required roles (${rec.required_roles.map((r) => escapeInline(r, 60)).join(', ') || 'none'}); status ${cell(rec.approval_status)}. Source: ${cell(rec.approvals_source.source)}${rec.approvals_source.self_attested ? ' (**self-attested**: a file, not GitHub)' : ''}${rec.approvals_source.path ? ` ${inlineCode(rec.approvals_source.path)}` : ''}${rec.approvals_source.error ? `, error: ${escapeInline(rec.approvals_source.error, 300)}` : ''}.`,
    '',
  );
  if (approvers.length) {
    out.push(
      table(
        ['Role', 'Environment', 'Approver', 'Status', 'Observed at', 'Comment'],
        approvers.map((a) => [
          cell(a.role),
          inlineCode(a.environment),
          a.login ? inlineCode(a.login, 60) : 'n/a',
          cell(a.approval_status),
          cell(a.approval_timestamp),
          a.comment ? cell(a.comment, 200) : '',
        ]),
      ),
      '',
      "Approval times are when perf-gates observed the approval: GitHub's approvals API records no time.",
      '',
    );
  }
  if (rec.missing_roles.length)
    out.push(
      `Still needed: ${rec.missing_roles.map((m) => `${escapeInline(m.role, 60)} (environment ${inlineCode(m.environment)}, ${escapeInline(m.status, 20)})`).join(', ')}.`,
      '',
    );
  for (const u of rec.updates)
    if (u.justification) out.push(`- ${cell(u.slo_name)}: ${escapeInline(u.justification, 400)}`);
  out.push('');
  return out;
}

function failures(input: PerformanceReportInput): string[] {
  const out = ['## 6. What failed and why', ''];
  const bad = input.results.filter((r) => safeVerdict(r.verdict) !== 'pass');
  if (!bad.length) return [...out, 'Nothing: every gate passed.', ''];
  for (const r of bad) {
    out.push(`### ${escapeInline(r.title, 120)}: ${verdictCell(r.verdict)}`, '');
    const f = r.failure;
    if (!f) {
      out.push('No failure form recorded.', '');
      continue;
    }
    out.push(
      `- **Criteria:** ${escapeMarkdown(f.criteria, 1500)}`,
      `- **Actual:** ${escapeMarkdown(f.actual, 2000)}`,
      `- **Required action:** ${escapeMarkdown(f.requiredAction, 400)}`,
      '- **Options:**',
      ...(Array.isArray(f.options) ? f.options : [])
        .slice(0, 10)
        .map((o, i) => `  ${i + 1}. ${escapeInline(o, 200)}`),
      '',
    );
    const reasons = (r.criteria ?? []).filter((c) => c.protocolReason);
    if (reasons.length)
      out.push(
        `Protocol reasons: ${[...new Set(reasons.map((c) => escapeInline(c.protocolReason, 40)))].join(', ')}.`,
        '',
      );
  }
  return out;
}

function evidence(input: PerformanceReportInput): string[] {
  const out = ['## 7. Evidence', ''];
  out.push(
    `Every file is in ${input.artifactsDir ? inlineCode(input.artifactsDir.replace(/\/*$/, '/'), 200) : 'the folder of this report'} (and in this gate's artifact), listed in \`SHA256SUMS\` (\`sha256sum -c SHA256SUMS\` verifies the set) and in \`performance-report-manifest.json\`.`,
    '',
  );
  const docs = input.documentation;
  const written = new Set(input.written ?? []);
  const required = docs?.required ?? [];
  if (required.length) {
    out.push(
      `Documentation completeness: ${docs ? `${formatNumber(docs.percentage)}%` : 'n/a'} (${docs?.counted.length ?? 0}/${required.length} protocol artifacts).`,
      '',
    );
    out.push(
      table(
        ['Artifact', 'Status', 'SHA-256'],
        required.map((name) => {
          const check = input.checks.find((c) => c.name === name);
          const miss = docs?.missing.find((m) => m.name === name);
          const status = miss
            ? `❌ ${escapeInline(miss.reason, 200)}`
            : name === 'instrumentation-update-log.md' && written.has(name)
              ? "✅ the team's log, copied byte for byte by this gate"
              : written.has(name)
                ? '✅ written by this gate'
                : '✅ present, checksum verified';
          const hash = check?.actual
            ? inlineCode(check.actual)
            : check?.expected
              ? inlineCode(check.expected)
              : written.has(name)
                ? 'in SHA256SUMS'
                : 'n/a';
          return [inlineCode(name), status, hash];
        }),
      ),
      '',
    );
  }
  const others = input.checks.filter((c) => !required.includes(c.name));
  if (others.length) {
    out.push(
      'Other evidence verified:',
      '',
      table(
        ['File', 'Status', 'SHA-256'],
        others.map((c) => [
          inlineCode(c.name),
          c.ok
            ? '✅ verified'
            : `❌ ${escapeInline(c.reason ?? (c.present ? 'checksum mismatch' : 'missing'), 200)}`,
          c.actual ? inlineCode(c.actual) : c.expected ? inlineCode(c.expected) : 'n/a',
        ]),
      ),
      '',
    );
  }
  return out;
}

export function renderPerformanceReport(input: PerformanceReportInput): string {
  const vb = input.verifiedBy;
  const who = vb
    ? [
        vb.tool,
        vb.actor && `actor ${vb.actor}`,
        vb.workflow && `workflow ${vb.workflow}`,
        vb.user && `user ${vb.user}`,
        vb.host && `host ${vb.host}`,
      ]
        .filter(Boolean)
        .join(', ')
    : 'perf-gates';
  const lines = [
    '# Performance Report',
    '',
    `Protocol 18, Performance Optimization & Tuning. Generated ${escapeInline(input.now, 40)} by ${escapeInline(who, 300)}${vb?.run_url ? ` (run ${inlineCode(vb.run_url, 200)})` : ''}.`,
    '',
    ...summary(input),
    ...intake(input),
    ...diagnostics(input),
    ...planSection(input),
    ...validation(input),
    ...sloSection(input),
    ...failures(input),
    ...evidence(input),
  ];
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
