// Gate 1's telemetry intake over hand-written protocol inputs (fixtures/intake/, see the fixtures
// README): the monitoring package as a zip and as the folder it was made from, the incident and
// deployment reports, the intake backlog; config intake.required and intake.business_impact.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseConfig, defaultConfig } from '../src/config/schema.js';
import { evaluateBaseline } from '../src/gates/baseline/evaluate.js';
import type { IntakeEvidence } from '../src/gates/baseline/intake.js';
import type { GateContext, Run } from '../src/model.js';
import { InputError } from '../src/model.js';
import { parseBaselineCsv } from '../src/parsers/baseline-csv/index.js';
import { parseK6Ndjson } from '../src/parsers/k6-ndjson/index.js';
import { parseMarkdown } from '../src/parsers/markdown/index.js';
import {
  parseDeploymentReport,
  parseIncidentReport,
  parseIntakeBacklog,
} from '../src/parsers/intake/documents.js';
import {
  parsePrometheusText,
  readMonitoringPackage,
  resourceUtilization,
  unzipPackage,
} from '../src/parsers/intake/monitoring.js';

const FIX = path.join(import.meta.dirname, 'fixtures');
const buf = (rel: string) => readFileSync(path.join(FIX, rel));
const text = (rel: string) => buf(rel).toString('utf8');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const rel = (f: string) => `intake/${f}`;
function k6Run(dir: string): Run {
  const r = `k6/${dir}/results.ndjson.gz`;
  const gz = buf(r);
  return {
    label: dir,
    files: [{ path: r, sha256: sha(gz), bytes: gz.length }],
    k6: parseK6Ndjson(gunzipSync(gz), { file: r }),
  };
}
function folderEntries(root: string, under = ''): { path: string; data: Uint8Array }[] {
  const out: { path: string; data: Uint8Array }[] = [];
  for (const name of readdirSync(path.join(root, under)).sort()) {
    const p = under ? `${under}/${name}` : name;
    if (statSync(path.join(root, p)).isDirectory()) out.push(...folderEntries(root, p));
    else out.push({ path: p, data: readFileSync(path.join(root, p)) });
  }
  return out;
}
const ZIP = rel('MONITORING-PACKAGE.zip');
const PKG = readMonitoringPackage(unzipPackage(buf(ZIP), ZIP), ZIP, 'zip');
const INCIDENT = parseIncidentReport(text(rel('INCIDENT-REPORT.md')), rel('INCIDENT-REPORT.md'));
const DEPLOY = parseDeploymentReport(text(rel('DEPLOYMENT-REPORT.md')), rel('DEPLOYMENT-REPORT.md'));
const BACKLOG = parseIntakeBacklog(
  text(rel('performance-intake-backlog.json')),
  rel('performance-intake-backlog.json'),
);
const CTX: GateContext = {
  now: '2026-12-02T08:00:00.000Z',
  verifiedBy: { tool: 'perf-gates test' },
  inputs: [
    ZIP,
    rel('INCIDENT-REPORT.md'),
    rel('DEPLOYMENT-REPORT.md'),
    rel('performance-intake-backlog.json'),
  ].map((f) => ({ path: f, sha256: sha(buf(f)) })),
};
const A = k6Run('a-baseline');
const HYP = parseMarkdown(text('protocol/hypothesis-log.md'), 'hypothesis-log.md');
const report = (out: ReturnType<typeof evaluateBaseline>) =>
  JSON.parse(out.artifacts.find((a) => a.name === 'performance-intake-report.json')!.content);

describe('the monitoring package', () => {
  it('zip and folder read the same: listing with checksums, two metric exports', () => {
    const folder = readMonitoringPackage(
      folderEntries(path.join(FIX, 'intake/monitoring')),
      'monitoring',
      'folder',
    );
    expect(PKG.entries.map((e) => e.path).sort()).toEqual(folder.entries.map((e) => e.path).sort());
    expect(PKG.entries.find((e) => e.path === 'metrics/resources.prom')?.sha256).toBe(
      sha(buf('intake/monitoring/metrics/resources.prom')),
    );
    expect(PKG.exports).toEqual(
      expect.arrayContaining([
        { path: 'metrics/resources.prom', format: 'prometheus-text', samples: 6 },
        { path: 'exports/latency.csv', format: 'csv', samples: 2 },
      ]),
    );
  });

  it('CPU and memory per service come from the exports, with their source', () => {
    const rows = resourceUtilization(PKG);
    const cpu = rows.find((r) => r.metric_name === 'cpu_utilization' && r.service === 'catalog-api');
    expect(cpu).toMatchObject({ value: 41.5, unit: '%', timestamp: '2026-11-22T09:26:31.000Z' });
    expect(cpu?.collection_method).toContain('MONITORING-PACKAGE.zip:metrics/resources.prom');
    const mem = rows.find((r) => r.metric_name === 'memory_utilization' && r.service === 'checkout-api');
    expect(mem?.value).toBe(74);
  });

  it('bad input names the file and line; a non-zip is refused', () => {
    expect(() => parsePrometheusText('up 1\nthis is not a sample\n', 'm.prom')).toThrow(/m\.prom:2/);
    expect(() => unzipPackage(Buffer.from('not a zip at all, just text......'), 'x.zip')).toThrow(InputError);
  });
});

describe('gate 1 intake', () => {
  it('a required monitoring package missing: insufficient-data naming it', () => {
    const cfg = parseConfig('intake:\n  required: [monitoring-package, incident-report]\n', 'perf-gates.yml');
    const out = evaluateBaseline({ runs: [A], hypotheses: HYP, intake: { incident: INCIDENT } }, cfg, CTX);
    const c = out.result.criteria.find((x) => x.name === 'telemetry_intake');
    expect(c?.verdict).toBe('insufficient-data');
    expect(c?.protocolReason).toBe('TelemetryGap');
    expect(c?.reason).toContain('`monitoring-package` (MONITORING-PACKAGE.zip (protocol 16))');
    expect(c?.reason).not.toContain('incident-report`');
    expect(out.result.verdict).toBe('insufficient-data');
    expect(report(out).intake.monitoring_package.status).toBe('missing (required)');
  });

  it('nothing required and nothing given: no intake criterion (existing workflows keep working)', () => {
    const out = evaluateBaseline({ runs: [A], hypotheses: HYP }, defaultConfig(), CTX);
    expect(out.result.criteria.some((x) => x.name === 'telemetry_intake')).toBe(false);
    expect(report(out).business_impact.provided).toBe(false);
  });

  it('every input cited with its sha256; business impact from the incident report; alerts from both', () => {
    const ev: IntakeEvidence = { monitoring: PKG, incident: INCIDENT, deployment: DEPLOY, backlog: BACKLOG };
    const cfg = parseConfig(
      'intake:\n  required: [monitoring-package, incident-report, deployment-report, intake-backlog]\n',
      'perf-gates.yml',
    );
    const out = evaluateBaseline({ runs: [A], hypotheses: HYP, intake: ev }, cfg, CTX);
    expect(out.result.criteria.find((x) => x.name === 'telemetry_intake')?.verdict).toBe('pass');
    const r = report(out);
    expect(r.intake.monitoring_package.sha256).toBe(sha(buf(ZIP)));
    expect(r.intake.incident_report.sha256).toBe(sha(buf(rel('INCIDENT-REPORT.md'))));
    expect(r.intake.deployment_report.sha256).toBe(sha(buf(rel('DEPLOYMENT-REPORT.md'))));
    expect(r.intake.intake_backlog.items.map((i: { id: string }) => i.id)).toEqual(['PERF-101', 'PERF-102']);
    expect(r.business_impact).toMatchObject({
      provided: true,
      source: 'intake/INCIDENT-REPORT.md:7 (section "Business impact")',
    });
    expect(r.business_impact.text).toContain('Checkout conversion fell 3.1%');
    const kinds = r.alerts.items.map((a: { kind: string; alert?: string }) => `${a.kind}:${a.alert ?? ''}`);
    expect(kinds).toContain('incident-report-alert:CatalogProductsP95High (page)');
    expect(kinds).toContain('monitoring-alert-firing:CatalogProductsP95High');
    expect(kinds).not.toContain('monitoring-alert-firing:CheckoutErrorBudgetBurn'); // pending, not firing
    expect(r.resource_utilization.rows).toHaveLength(4);
  });

  it('business impact from config wins, said as such', () => {
    const cfg = parseConfig(
      'intake:\n  business_impact: "Sale week: 40% of monthly revenue"\n',
      'perf-gates.yml',
    );
    const out = evaluateBaseline({ runs: [A], hypotheses: HYP, intake: { incident: INCIDENT } }, cfg, CTX);
    expect(report(out).business_impact).toEqual({
      provided: true,
      text: 'Sale week: 40% of monthly revenue',
      source: 'config intake.business_impact',
    });
  });

  it('required CPU/memory rows the CSV lacks come from the monitoring package, with its checksum', () => {
    const csv = parseBaselineCsv(
      'metric_name,service,value,unit,collection_method,timestamp\ncpu_utilization,catalog-api,,,,\nmemory_utilization,catalog-api,,,,\n',
      'baseline-metrics.csv',
    );
    const out = evaluateBaseline(
      { runs: [A], hypotheses: HYP, csv, intake: { monitoring: PKG } },
      defaultConfig(),
      CTX,
    );
    const r = report(out);
    const cpu = r.metrics.find((m: { metric_name: string }) => m.metric_name === 'cpu_utilization');
    expect(cpu).toMatchObject({ source: 'monitoring-package', value: 41.5, counted: true });
    expect(cpu.sources[0]).toEqual({ path: ZIP, sha256: sha(buf(ZIP)) });
    expect(r.baseline_completeness).toBe(100);
    const csvOut = out.artifacts.find((a) => a.name === 'baseline-metrics.csv')!.content;
    expect(csvOut).toMatch(/memory_utilization,catalog-api,61,%,monitoring package export/);
  });

  it('documents: an empty incident report is bad input; a backlog that is not a list says so', () => {
    expect(() => parseIncidentReport('\n', 'INCIDENT-REPORT.md')).toThrow(InputError);
    expect(() => parseIntakeBacklog('{"cycle": 1}', 'b.json')).toThrow(/expected a list of items/);
    expect(() => parseIntakeBacklog('{"items": [', 'b.json')).toThrow(/b\.json/);
  });
});
