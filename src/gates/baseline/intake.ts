// Gate 1's telemetry intake (protocol-18 Prerequisites and Phase 1 step 1): the monitoring package,
// the incident report, the deployment report and the intake backlog; which of them config requires;
// business impact (config, else the incident report's section, never invented); alerts they carry;
// CPU and memory per service from the package's exports. Pure.
import type { Criterion, GateContext } from '../../model.js';
import type { IntakeInput, PerfGatesConfig } from '../../config/schema.js';
import { criterion } from '../common.js';
import type { MonitoringPackage } from '../../parsers/intake/monitoring.js';
import { packageAlerts, resourceUtilization, type ResourceRow } from '../../parsers/intake/resources.js';
import type { DeploymentReport, IncidentReport, IntakeBacklog } from '../../parsers/intake/documents.js';

export interface IntakeEvidence {
  monitoring?: MonitoringPackage;
  incident?: IncidentReport;
  deployment?: DeploymentReport;
  backlog?: IntakeBacklog;
}

/** What each intake input is in the protocol's words. */
export const INTAKE_DOCS: Record<IntakeInput, string> = {
  'monitoring-package': 'MONITORING-PACKAGE.zip (protocol 16)',
  'incident-report': 'INCIDENT-REPORT.md (protocol 17)',
  'deployment-report': 'DEPLOYMENT-REPORT.md (protocol 15)',
  'intake-backlog': 'performance-intake-backlog.json (previous cycles)',
};

function given(ev: IntakeEvidence | undefined): Record<IntakeInput, string | undefined> {
  return {
    'monitoring-package': ev?.monitoring?.file,
    'incident-report': ev?.incident?.file,
    'deployment-report': ev?.deployment?.file,
    'intake-backlog': ev?.backlog?.file,
  };
}

/** Criterion `telemetry_intake`: every required intake input given. Undefined when none is required or given. */
export function intakeCriterion(
  ev: IntakeEvidence | undefined,
  config: PerfGatesConfig,
): Criterion | undefined {
  const g = given(ev);
  const required = config.intake.required;
  const present = (Object.keys(g) as IntakeInput[]).filter((k) => g[k]);
  if (!required.length && !present.length) return undefined;
  const missing = required.filter((r) => !g[r]);
  if (missing.length)
    return criterion(
      'telemetry_intake',
      required.length - missing.length,
      required.length,
      'insufficient-data',
      `critical telemetry unavailable: required intake input${missing.length > 1 ? 's' : ''} missing: ${missing
        .map((m) => `\`${m}\` (${INTAKE_DOCS[m]})`)
        .join(', ')} (config intake.required)`,
      'inputs',
      'TelemetryGap',
    );
  return criterion(
    'telemetry_intake',
    required.length,
    required.length,
    'pass',
    `${present.map((p) => `${p}: ${g[p]}`).join('; ')}${required.length ? ` (required: ${required.join(', ')})` : ' (none required)'}`,
    'inputs',
  );
}

export function businessImpact(
  ev: IntakeEvidence | undefined,
  config: PerfGatesConfig,
): Record<string, unknown> {
  if (config.intake.business_impact)
    return { provided: true, text: config.intake.business_impact, source: 'config intake.business_impact' };
  const s = ev?.incident?.businessImpact;
  if (s && ev?.incident)
    return {
      provided: true,
      text: s.text,
      source: `${ev.incident.file}:${s.line} (section "${s.title}")`,
    };
  return {
    provided: false,
    note: ev?.incident
      ? `not provided: ${ev.incident.file} has no "Business impact" section and config has no intake.business_impact`
      : 'not provided: no incident report (input `incident-report`) and no config intake.business_impact',
  };
}

/** Alerts from the intake inputs: the incident report's Alerts section and firing ALERTS series in the package. */
export function intakeAlerts(ev: IntakeEvidence | undefined): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  if (ev?.incident)
    for (const a of ev.incident.alerts)
      out.push({ kind: 'incident-report-alert', file: ev.incident.file, line: a.line, alert: a.text });
  if (ev?.monitoring)
    for (const a of packageAlerts(ev.monitoring))
      out.push({
        kind: 'monitoring-alert-firing',
        file: a.entry,
        line: a.line,
        alert: a.alertname,
        labels: a.labels,
      });
  return out;
}

export function resourceRows(ev: IntakeEvidence | undefined): ResourceRow[] {
  return ev?.monitoring ? resourceUtilization(ev.monitoring) : [];
}

/** The intake section of performance-intake-report.json: each input cited with its checksum. */
export function intakeSources(ev: IntakeEvidence | undefined, ctx: GateContext, config: PerfGatesConfig) {
  const sha = (f: string) => ctx.inputs.find((i) => i.path === f)?.sha256 ?? null;
  const g = given(ev);
  const status = (k: IntakeInput) =>
    g[k] ? 'provided' : config.intake.required.includes(k) ? 'missing (required)' : 'not provided (optional)';
  return {
    required: config.intake.required,
    monitoring_package: ev?.monitoring
      ? {
          status: status('monitoring-package'),
          file: ev.monitoring.file,
          sha256: sha(ev.monitoring.file),
          kind: ev.monitoring.kind,
          entries: ev.monitoring.entries,
          metric_exports: ev.monitoring.exports,
        }
      : { status: status('monitoring-package'), protocol_name: INTAKE_DOCS['monitoring-package'] },
    incident_report: ev?.incident
      ? {
          status: status('incident-report'),
          file: ev.incident.file,
          sha256: sha(ev.incident.file),
          title: ev.incident.title ?? null,
          business_impact_section: ev.incident.businessImpact
            ? { title: ev.incident.businessImpact.title, line: ev.incident.businessImpact.line }
            : null,
          timeline_section: ev.incident.timeline
            ? { title: ev.incident.timeline.title, line: ev.incident.timeline.line }
            : null,
          alerts: ev.incident.alerts.length,
        }
      : { status: status('incident-report'), protocol_name: INTAKE_DOCS['incident-report'] },
    deployment_report: ev?.deployment
      ? {
          status: status('deployment-report'),
          file: ev.deployment.file,
          sha256: sha(ev.deployment.file),
          title: ev.deployment.title ?? null,
          sections: ev.deployment.sections,
        }
      : { status: status('deployment-report'), protocol_name: INTAKE_DOCS['deployment-report'] },
    intake_backlog: ev?.backlog
      ? {
          status: status('intake-backlog'),
          file: ev.backlog.file,
          sha256: sha(ev.backlog.file),
          items: ev.backlog.items,
        }
      : { status: status('intake-backlog'), protocol_name: INTAKE_DOCS['intake-backlog'] },
  };
}
