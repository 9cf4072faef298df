// Gate 1, baseline validation (protocol-18 Phase 1; DESIGN section 2). Pure: evidence in, result and
// artifacts out. Completeness = required metrics captured (value, unit, collection method,
// timestamp; from the team's CSV or derived from k6/pytest with file and checksum) / required.
import type {
  ArtifactFile,
  BaselineCsvDataset,
  BaselineRow,
  Criterion,
  GateContext,
  GateOutcome,
  MarkdownDataset,
  Run,
  SourceRef,
  TestDataset,
} from '../../model.js';
import type { PerfGatesConfig, RequiredMetric } from '../../config/schema.js';
import { criterion, jsonArtifact, makeResult, pct } from '../common.js';
import { evaluateThresholds, hasSamples } from '../thresholds.js';
import { countHypotheses } from './markdown.js';
import { deriveFromBenchmark, deriveFromK6, deriveFromPytest, type DeriveResult } from './derive.js';
import { baselineCsv } from './csv.js';
import { formatMetricKey } from '../../parsers/k6-summary/keys.js';
import {
  businessImpact,
  intakeAlerts,
  intakeCriterion,
  intakeSources,
  resourceRows,
  type IntakeEvidence,
} from './intake.js';

export interface BaselineEvidence {
  runs: Run[];
  csv?: BaselineCsvDataset;
  hypotheses?: MarkdownDataset;
  pytest?: TestDataset;
  /** monitoring package, incident and deployment reports, intake backlog (all optional unless config requires them) */
  intake?: IntakeEvidence;
}

/** Where the required set came from. */
export type RequiredOrigin = 'config' | 'csv' | 'default';

interface Required {
  metric_name: string;
  service: string;
  /** how to derive it when the CSV does not hold it */
  mapping?: RequiredMetric;
}

export interface IntakeMetric {
  metric_name: string;
  service: string;
  value: number | null;
  unit: string | null;
  collection_method: string | null;
  timestamp: string | null;
  source: 'csv' | 'k6' | 'pytest-benchmark' | 'pytest' | 'monitoring-package' | null;
  /** the CSV file and line, or the derived row's source files */
  file?: string;
  line?: number;
  sources?: SourceRef[];
  counted: boolean;
  reason: string;
}

const id = (metric: string, service: string): string => `${metric}\u0000${service}`;
export const label = (metric: string, service: string): string => `${metric} (${service})`;

/** The protocol's default required set per k6 `name` tag: p50/p95/p99 latency, throughput, error rate. */
function defaultRequired(runs: readonly Run[]): Required[] {
  const names = new Set<string>();
  let whole = false;
  for (const r of runs) {
    for (const s of r.k6?.series ?? []) {
      if (s.summary.metric !== 'http_req_duration') continue;
      const keys = Object.keys(s.summary.tags);
      if (keys.length === 1 && keys[0] === 'name' && hasSamples(s)) names.add(s.summary.tags.name);
      if (keys.length === 0 && hasSamples(s)) whole = true;
    }
  }
  const out: Required[] = [];
  const add = (service: string, sel: (m: string) => string): void => {
    const m = (metric_name: string, k6: string, stat: string, unit: string): Required => ({
      metric_name,
      service,
      mapping: { metric_name, service, k6, stat, unit },
    });
    out.push(
      m('api_latency_p50', sel('http_req_duration'), 'med', 'ms'),
      m('api_latency_p95', sel('http_req_duration'), 'p95', 'ms'),
      m('api_latency_p99', sel('http_req_duration'), 'p99', 'ms'),
      m('throughput', sel('http_reqs'), 'rate', 'req/s'),
      m('error_rate', sel('http_req_failed'), 'rate', '%'),
    );
  };
  if (names.size > 0)
    for (const n of [...names].sort()) add(n, (metric) => formatMetricKey(metric, { name: n }));
  else if (whole) add('all requests', (metric) => metric);
  return out;
}

function csvRequired(csv: BaselineCsvDataset): Required[] {
  const seen = new Set<string>();
  const out: Required[] = [];
  const entries: { line: number; metric_name: string; service: string }[] = [
    ...csv.rows.map((r) => ({ line: r.line, metric_name: r.metric_name, service: r.service })),
    ...csv.rejected.map((r) => ({
      line: r.line,
      metric_name: r.cells?.metric_name?.trim() || `line ${r.line}`,
      service: r.cells?.service?.trim() || 'unknown service',
    })),
  ].sort((a, b) => a.line - b.line);
  for (const e of entries) {
    const k = id(e.metric_name, e.service);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ metric_name: e.metric_name, service: e.service });
  }
  return out;
}

/** Why a CSV row does not count (empty string when it does). */
function rowProblem(r: BaselineRow): string {
  const missing: string[] = [];
  if (!Number.isFinite(r.value)) missing.push('value');
  if (!r.unit?.trim()) missing.push('unit');
  if (!r.collection_method?.trim()) missing.push('collection_method');
  if (!r.timestamp?.trim()) missing.push('timestamp');
  else if (Number.isNaN(Date.parse(r.timestamp))) return `timestamp \`${r.timestamp}\` is not a date`;
  return missing.length ? `missing ${missing.join(', ')}` : '';
}

function shaOf(ctx: GateContext, file: string | undefined): string | undefined {
  if (!file) return undefined;
  return ctx.inputs.find((i) => i.path === file)?.sha256;
}

function derive(
  m: RequiredMetric,
  ev: BaselineEvidence,
  ctx: GateContext,
): { result: DeriveResult; source: IntakeMetric['source'] } {
  if (m.k6) return { result: deriveFromK6(ev.runs, m.k6, m.stat, m.unit), source: 'k6' };
  if (m.benchmark)
    return { result: deriveFromBenchmark(ev.runs, m.benchmark, m.stat, m.unit), source: 'pytest-benchmark' };
  if (m.pytest)
    return {
      result: deriveFromPytest(ev.pytest, m.pytest, m.stat ?? '', m.unit, shaOf(ctx, ev.pytest?.file)),
      source: 'pytest',
    };
  return {
    result: { ok: false, reason: 'no source mapped (k6, benchmark or pytest) and no CSV row' },
    source: null,
  };
}

/** 1. The required set: config's, else the CSV's rows, else the protocol's default per k6 `name` tag. */
function requiredSet(ev: BaselineEvidence, config: PerfGatesConfig, csvRows: number, notes: string[]) {
  let origin: RequiredOrigin;
  let required: Required[];
  const configured = config.baseline.required_metrics;
  if (configured && configured.length > 0) {
    origin = 'config';
    required = configured.map((m) => ({ metric_name: m.metric_name, service: m.service, mapping: m }));
  } else if (ev.csv && csvRows > 0) {
    origin = 'csv';
    required = csvRequired(ev.csv);
  } else {
    origin = 'default';
    required = defaultRequired(ev.runs);
    if (ev.csv)
      notes.push(
        `${ev.csv.file} has no data rows: the required set is the protocol's default per k6 \`name\` tag.`,
      );
  }
  const originText =
    origin === 'config'
      ? 'config `baseline.required_metrics`'
      : origin === 'csv'
        ? `the rows of ${ev.csv?.file}`
        : 'p50/p95/p99 latency, throughput and error rate per k6 `name` tag';
  return { origin, required, originText };
}

/** 2. Each required metric: a complete CSV row, else derived from its source. */
function collectMetrics(
  ev: BaselineEvidence,
  ctx: GateContext,
  required: Required[],
  resources: ReturnType<typeof resourceRows>,
  notes: string[],
) {
  const rowsById = new Map<string, BaselineRow>();
  for (const r of ev.csv?.rows ?? [])
    if (!rowsById.has(id(r.metric_name, r.service))) rowsById.set(id(r.metric_name, r.service), r);
  const rejectedById = new Map<string, { line: number; reason: string }>();
  for (const r of ev.csv?.rejected ?? []) {
    const m = r.cells?.metric_name?.trim() || `line ${r.line}`;
    const s = r.cells?.service?.trim() || 'unknown service';
    if (!rejectedById.has(id(m, s))) rejectedById.set(id(m, s), r);
  }
  const metrics: IntakeMetric[] = [];
  const derivedRows: BaselineRow[] = [];
  for (const req of required) {
    const row = rowsById.get(id(req.metric_name, req.service));
    const problem = row ? rowProblem(row) : undefined;
    if (row && problem === '') {
      metrics.push({
        metric_name: req.metric_name,
        service: req.service,
        value: row.value,
        unit: row.unit,
        collection_method: row.collection_method,
        timestamp: row.timestamp,
        source: 'csv',
        file: ev.csv?.file,
        line: row.line,
        counted: true,
        reason: `${ev.csv?.file}:${row.line}`,
      });
      continue;
    }
    const csvWhy = row
      ? `${ev.csv?.file}:${row.line}: ${problem}`
      : rejectedById.has(id(req.metric_name, req.service))
        ? `${ev.csv?.file}:${rejectedById.get(id(req.metric_name, req.service))?.line}: rejected (${rejectedById.get(id(req.metric_name, req.service))?.reason})`
        : ev.csv
          ? `not in ${ev.csv.file}`
          : '';
    const res = resources.find((r) => r.metric_name === req.metric_name && r.service === req.service);
    if (
      res &&
      res.timestamp &&
      !(req.mapping && (req.mapping.k6 || req.mapping.benchmark || req.mapping.pytest))
    ) {
      const sources = ev.intake?.monitoring
        ? [{ path: ev.intake.monitoring.file, sha256: shaOf(ctx, ev.intake.monitoring.file) ?? '' }]
        : [];
      metrics.push({
        metric_name: req.metric_name,
        service: req.service,
        value: res.value,
        unit: res.unit,
        collection_method: res.collection_method,
        timestamp: res.timestamp,
        source: 'monitoring-package',
        sources,
        counted: true,
        reason: `from the monitoring package${csvWhy ? ` (${csvWhy})` : ''}`,
      });
      derivedRows.push({
        metric_name: req.metric_name,
        service: req.service,
        value: res.value,
        unit: res.unit,
        collection_method: res.collection_method,
        timestamp: res.timestamp,
        line: 0,
      });
      continue;
    }
    if (req.mapping && (req.mapping.k6 || req.mapping.benchmark || req.mapping.pytest)) {
      const { result, source } = derive(req.mapping, ev, ctx);
      if (result.ok) {
        const d = result.row;
        metrics.push({
          metric_name: req.metric_name,
          service: req.service,
          value: d.value,
          unit: d.unit,
          collection_method: d.collection_method,
          timestamp: d.timestamp,
          source,
          sources: d.sources,
          counted: true,
          reason: `derived from ${source}${csvWhy ? ` (${csvWhy})` : ''}`,
        });
        derivedRows.push({
          metric_name: req.metric_name,
          service: req.service,
          value: d.value,
          unit: d.unit,
          collection_method: d.collection_method,
          timestamp: d.timestamp,
          line: 0,
        });
        if (d.approximate && !notes.some((n) => n.includes('first-to-last')))
          notes.push(`Throughput derived from k6 NDJSON: ${d.approximate}.`);
        continue;
      }
      metrics.push(missing(req, source, [csvWhy, result.reason].filter(Boolean).join('; ')));
      continue;
    }
    metrics.push(missing(req, null, csvWhy || 'no CSV row and no source mapped'));
  }
  return { metrics, derivedRows };
}

/** 3. Baseline completeness: the share of the required metrics captured. */
function completenessCriterion(
  ev: BaselineEvidence,
  anyEvidence: boolean,
  required: Required[],
  metrics: IntakeMetric[],
  threshold: number,
  originText: string,
): Criterion {
  const criteria: Criterion[] = [];
  const collected = metrics.filter((m) => m.counted).length;
  const completeness = pct(collected, required.length);
  const missingMetrics = metrics.filter((m) => !m.counted);
  if (!anyEvidence) {
    criteria.push(
      criterion(
        'baseline_completeness',
        null,
        threshold,
        'insufficient-data',
        `no baseline telemetry: no k6 or benchmark samples, no baseline-metrics.csv rows${ev.pytest ? ', no pytest tests' : ''}`,
        '%',
        'TelemetryGap',
      ),
    );
  } else if (required.length === 0) {
    criteria.push(
      criterion(
        'baseline_completeness',
        null,
        threshold,
        'insufficient-data',
        'no required metrics: no config `baseline.required_metrics`, no CSV rows, and the k6 run has no http_req_duration samples to take the default set from',
        '%',
        'TelemetryGap',
      ),
    );
  } else {
    const ok = completeness >= threshold;
    const shownMissing = missingMetrics.slice(0, 5).map((m) => label(m.metric_name, m.service));
    criteria.push(
      criterion(
        'baseline_completeness',
        completeness,
        threshold,
        ok ? 'pass' : 'fail',
        `${collected} of ${required.length} required metrics captured (required set: ${originText})` +
          (missingMetrics.length
            ? `; missing: ${shownMissing.join(', ')}${missingMetrics.length > 5 ? ` and ${missingMetrics.length - 5} more` : ''}`
            : ''),
        '%',
      ),
    );
  }
  return criteria[0];
}

/** The hypotheses documented (at least one in the hypothesis log). */
function hypothesesCriterion(
  ev: BaselineEvidence,
  hyp: ReturnType<typeof countHypotheses> | undefined,
): Criterion {
  const criteria: Criterion[] = [];
  if (!ev.hypotheses || !hyp) {
    criteria.push(
      criterion(
        'hypotheses_documented',
        null,
        1,
        'insufficient-data',
        'no hypothesis log given (input `hypotheses`)',
        'hypotheses',
        'TelemetryGap',
      ),
    );
  } else {
    criteria.push(
      criterion(
        'hypotheses_documented',
        hyp.count,
        1,
        hyp.count >= 1 ? 'pass' : 'fail',
        hyp.count >= 1
          ? `${hyp.count} hypotheses in ${ev.hypotheses.file} (${hyp.ids.slice(0, 8).join(', ')}${hyp.count > 8 ? ', ...' : ''})`
          : `${ev.hypotheses.file} holds no hypothesis (no H1-style table row or section, no Hypothesis column or section)`,
        'hypotheses',
      ),
    );
  }
  return criteria[0];
}

/** The intake report's sources: the runs, the baseline CSV and the pytest report. */
function intakeReportSources(ev: BaselineEvidence, ctx: GateContext) {
  return {
    runs: ev.runs.map((r) => ({
      label: r.label,
      files: r.files.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes })),
    })),
    baseline_csv: ev.csv
      ? {
          file: ev.csv.file,
          sha256: shaOf(ctx, ev.csv.file) ?? null,
          rows: ev.csv.rows.length,
          rejected: ev.csv.rejected.length,
        }
      : null,
    pytest_report: ev.pytest
      ? { file: ev.pytest.file, sha256: shaOf(ctx, ev.pytest.file) ?? null, tests: ev.pytest.tests.length }
      : null,
  };
}

export function evaluateBaseline(
  ev: BaselineEvidence,
  config: PerfGatesConfig,
  ctx: GateContext,
): GateOutcome {
  const notes: string[] = [];
  const threshold = config.thresholds.baseline_completeness;
  const runsWithData = ev.runs.filter(
    (r) => (r.k6 && r.k6.series.some(hasSamples)) || (r.benchmarks && r.benchmarks.benchmarks.length > 0),
  );
  const csvRows = ev.csv ? ev.csv.rows.length + ev.csv.rejected.length : 0;

  // 1. The required set
  const { origin, required, originText } = requiredSet(ev, config, csvRows, notes);

  // 2. Each required metric: a complete CSV row, else derived from its source
  const resources = resourceRows(ev.intake);
  const { metrics, derivedRows } = collectMetrics(ev, ctx, required, resources, notes);

  const collected = metrics.filter((m) => m.counted).length;
  const completeness = pct(collected, required.length);
  const missingMetrics = metrics.filter((m) => !m.counted);

  // 3. Criteria
  const criteria: Criterion[] = [];
  const anyEvidence = runsWithData.length > 0 || csvRows > 0 || (ev.pytest?.tests.length ?? 0) > 0;
  criteria.push(completenessCriterion(ev, anyEvidence, required, metrics, threshold, originText));

  // Prerequisites: the intake inputs config requires ("Halt if critical telemetry unavailable").
  const intakeC = intakeCriterion(ev.intake, config);
  if (intakeC) criteria.push(intakeC);

  const hyp = ev.hypotheses ? countHypotheses(ev.hypotheses) : undefined;
  criteria.push(hypothesesCriterion(ev, hyp));

  if (ev.csv?.rejected.length)
    notes.push(
      `${ev.csv.rejected.length} row(s) of ${ev.csv.file} rejected: ${ev.csv.rejected.map((r) => `line ${r.line} (${r.reason})`).join('; ')}.`,
    );
  const result = makeResult('baseline', criteria, ctx, {
    score: anyEvidence && required.length > 0 ? completeness : null,
    notes,
  });

  // 4. Artifacts
  const intakeGiven = !!(
    ev.intake?.monitoring ||
    ev.intake?.incident ||
    ev.intake?.deployment ||
    ev.intake?.backlog
  );
  if (!anyEvidence && !intakeGiven)
    notes.push('performance-intake-report.json not written: no baseline telemetry to summarize.');
  if (!ev.hypotheses)
    notes.push('hypothesis-log.md not written: no hypothesis log given (input `hypotheses`).');
  if (!((ev.csv && csvRows > 0) || derivedRows.length > 0))
    notes.push('baseline-metrics.csv not written: no CSV rows given and none derived.');
  const alerts = collectAlerts(ev);
  const more = intakeAlerts(ev.intake);
  if (more.length) {
    const before = alerts.provided ? `${String(alerts.note)}; ` : '';
    (alerts.items as unknown[]).push(...more);
    alerts.provided = true;
    alerts.note = `${before}from the intake inputs (the incident report's Alerts section, firing ALERTS series in the monitoring package)`;
  }
  const intake: Record<string, unknown> = {
    report: 'performance-intake-report',
    protocol: 'protocol-18 Phase 1',
    status: result.verdict,
    baseline_completeness: anyEvidence && required.length > 0 ? completeness : null,
    threshold,
    metrics_collected: collected,
    metrics_required: required.length,
    missing_metrics: missingMetrics.map((m) => label(m.metric_name, m.service)),
    required_set: { origin, description: originText },
    metrics,
    missing: missingMetrics.map((m) => ({
      metric_name: m.metric_name,
      service: m.service,
      reason: m.reason,
    })),
    rejected_rows: (ev.csv?.rejected ?? []).map((r) => ({
      file: ev.csv?.file,
      line: r.line,
      reason: r.reason,
    })),
    alerts,
    business_impact: businessImpact(ev.intake, config),
    resource_utilization: resources.length
      ? { provided: true, rows: resources }
      : {
          provided: false,
          note: ev.intake?.monitoring
            ? `not provided: no CPU or memory export per service in ${ev.intake.monitoring.file}`
            : 'not provided: no monitoring package (input `monitoring-package`)',
        },
    intake: intakeSources(ev.intake, ctx, config),
    hypotheses:
      ev.hypotheses && hyp
        ? { file: ev.hypotheses.file, count: hyp.count, ids: hyp.ids, found_in: hyp.found }
        : { provided: false, note: 'not provided: no hypotheses given' },
    sources: intakeReportSources(ev, ctx),
    notes,
  };
  // A document with no input behind it is not written: governance counts artifacts, and a
  // placeholder must not pass for the team's evidence. The GateResult says what was missing.
  const artifacts: ArtifactFile[] = [];
  if (anyEvidence || intakeGiven) artifacts.push(jsonArtifact('performance-intake-report.json', intake, ctx));
  if ((ev.csv && csvRows > 0) || derivedRows.length > 0)
    artifacts.push({ name: 'baseline-metrics.csv', content: baselineCsv(ev.csv, derivedRows) });
  if (ev.hypotheses) artifacts.push({ name: 'hypothesis-log.md', content: ev.hypotheses.text });
  return { result, artifacts };
}

function missing(req: Required, source: IntakeMetric['source'], reason: string): IntakeMetric {
  return {
    metric_name: req.metric_name,
    service: req.service,
    value: null,
    unit: null,
    collection_method: null,
    timestamp: null,
    source,
    counted: false,
    reason,
  };
}

/** Alerts the inputs give: thresholds the baseline run crossed, failed `pytest -m performance` tests. */
function collectAlerts(ev: BaselineEvidence): Record<string, unknown> {
  const items: Record<string, unknown>[] = [];
  let sources = 0;
  for (const r of ev.runs) {
    if (!r.k6) continue;
    if (r.k6.thresholds.length) sources++;
    for (const t of evaluateThresholds(r.k6)) {
      if (t.status !== 'crossed') continue;
      items.push({
        kind: 'k6-threshold-crossed',
        run: r.label,
        file: t.file,
        metric: t.metric,
        threshold: t.expression,
        verdict_from: t.verdictFrom,
        actual: t.actual ?? null,
      });
    }
  }
  if (ev.pytest) {
    sources++;
    for (const t of ev.pytest.tests) {
      if (t.outcome !== 'failed' && t.outcome !== 'error') continue;
      items.push({
        kind: 'pytest-performance-failure',
        file: t.file,
        test: t.nodeid,
        outcome: t.outcome,
        message: t.message ?? null,
      });
    }
  }
  if (sources === 0)
    return {
      provided: false,
      items: [],
      note: 'not provided: no k6 thresholds and no pytest report in the inputs',
    };
  return {
    provided: true,
    items,
    note: 'from k6 thresholds of the baseline run and failed pytest performance tests',
  };
}
