// Gate 4, governance & communication (protocol-18 Phase 4; DESIGN section 2). Pure: the run layer
// collects the earlier artifacts (checksums verified), the earlier gate results, the SLO updates,
// the team's instrumentation log and the environment approvals; this decides, writes
// slo-update-record.json and instrumentation-update-log.md, and returns what PERFORMANCE-REPORT.md
// and continuous-improvement-notes.md are rendered from (run/governance.ts renders them; the
// manifest is written last, from the written bytes).
import { handoffChecklist } from './handoff.js';
import type {
  ArtifactCheck,
  ArtifactFile,
  Comparison,
  Criterion,
  Direction,
  EnvironmentApproval,
  GateContext,
  GateName,
  GateOutcome,
  GateResult,
  KeySpec,
  MarkdownDataset,
  SloDataset,
  SloUpdate,
  TeamMembership,
} from '../../model.js';
import type { PerfGatesConfig } from '../../config/schema.js';
import { parseKey } from '../../stats/keys.js';
import { GATE_NUMBER, criterion, fmt, gateResultFile, jsonArtifact, makeResult, pct } from '../common.js';
import { bindRole, resolveRole, type RoleApproval } from './approvals.js';
import { findComparison, keyOf, round4, specOf } from '../optimization/keys.js';

export interface GovernanceEvidence {
  /** every earlier artifact found, checksum verified by I/O (mismatch => ok:false) */
  checks: ArtifactCheck[];
  /** earlier gates' results (from gate-<n>-<name>.json) */
  results: GateResult[];
  /** earlier artifacts' text by name (validation report, load-test results, intake report...) */
  artifacts: Record<string, string>;
  slo?: SloDataset;
  instrumentationLog?: MarkdownDataset;
  approvals?: {
    approvals: EnvironmentApproval[];
    /** api: GitHub's run-approvals API; file: a file the user passed (CLI only: self-attested) */
    source: 'file' | 'api';
    path?: string;
    observedAt: string;
    error?: string;
  };
  /** what GitHub said about the `team:` approvers of the roles (empty outside Actions) */
  teams?: TeamMembership[];
  /** gate results not taken as evidence (another repository or head SHA, no gate) and conflicts */
  evidenceProblems?: string[];
}

/** The protocol's 13 required artifacts ("Artifact Traceability"), in its order. */
export const REQUIRED_ARTIFACTS = [
  'performance-intake-report.json',
  'baseline-metrics.csv',
  'hypothesis-log.md',
  'profiling-report.md',
  'load-test-results.json',
  'capacity-analysis.md',
  'optimization-plan.json',
  'optimization-validation-report.json',
  'instrumentation-update-log.md',
  'slo-update-record.json',
  'PERFORMANCE-REPORT.md',
  'performance-report-manifest.json',
  'continuous-improvement-notes.md',
] as const;

export const SLO_RECORD = 'slo-update-record.json';
export const PERFORMANCE_REPORT = 'PERFORMANCE-REPORT.md';
export const IMPROVEMENT_NOTES = 'continuous-improvement-notes.md';
export const MANIFEST = 'performance-report-manifest.json';
export const INSTRUMENTATION_LOG = 'instrumentation-update-log.md';
/** Written by this gate (the manifest by the I/O layer right after): they count once written. */
export const GOVERNANCE_WRITES: readonly string[] = [
  SLO_RECORD,
  PERFORMANCE_REPORT,
  IMPROVEMENT_NOTES,
  MANIFEST,
];

export const APPROVAL_TIMESTAMP_SOURCE = "observed by perf-gates; GitHub's approvals API records no time";

export interface DocumentationStatus {
  required: string[];
  counted: string[];
  missing: { name: string; reason: string }[];
  percentage: number;
}

export interface SloTrace {
  validated: boolean;
  key: string | null;
  verdict: string | null;
  optimized_value: number | null;
  unit: string | null;
  new_target_value: number | null;
  meets_new_target: boolean;
  reason: string;
}

export interface SloApprover {
  name: string;
  role: string;
  login: string | null;
  environment: string;
  approval_status: 'approved' | 'rejected' | 'pending' | 'missing';
  approval_timestamp: string | null;
  approval_timestamp_source: string | null;
  comment: string | null;
}

export interface SloRecordUpdate {
  slo_name: string;
  service: string | null;
  metric: string | null;
  previous_target: string | number | null;
  new_target: string | number | null;
  justification: string | null;
  approvers: SloApprover[];
  approval_status: 'approved' | 'rejected' | 'pending';
  trace: SloTrace;
}

export interface SloRecord {
  update_date: string;
  source: string | null;
  updates: SloRecordUpdate[];
  approval_status: 'approved' | 'rejected' | 'pending' | 'not-required' | 'unknown';
  approval_percentage: number | null;
  required_roles: string[];
  missing_roles: { role: string; environment: string; approvers: string[]; status: string }[];
  approvals_source: {
    source: 'file' | 'api' | 'none';
    /** true for a file: nobody but its author vouches for it (accepted only outside Actions) */
    self_attested: boolean;
    path: string | null;
    observed_at: string | null;
    error: string | null;
  };
  notes: string[];
}

/** A validated comparison as governance sees it (from gate 3's result or its validation report). */
interface ValidatedRow {
  key: string;
  direction: Direction;
  candidate: number | null;
  verdict: string;
  unit: string | null;
}

// ---------------------------------------------------------------------------------------------
// Target values: `60ms`, `1.2s`, `0.5%`, `0.005`, `250us`

const TIME_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  sec: 1000,
  m: 60000,
  min: 60000,
};

export function parseTargetValue(v: unknown): { value: number; unit: string | null } | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v, unit: null } : undefined;
  if (typeof v !== 'string') return undefined;
  const m =
    /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(ns|us|µs|ms|sec|s|min|m|%|rps|req\/s|\/s)?\s*$/i.exec(
      v,
    );
  if (!m) return undefined;
  return { value: Number(m[1]), unit: m[2] ? m[2].toLowerCase() : null };
}

/** The comparison's unit when the row does not carry one: benchmarks are seconds, k6 trends ms. */
function rowUnit(row: ValidatedRow): string | null {
  if (row.unit) return row.unit;
  let spec: { metric: string; stat: string };
  try {
    spec = parseKey(row.key);
  } catch {
    return null;
  }
  if (spec.stat === 'median' || spec.metric.includes('::')) return 's';
  if (spec.stat === 'rate' || spec.stat === 'count') return null;
  return 'ms';
}

/** The new target in the comparison's unit, or why it cannot be read. */
function targetInUnit(
  target: { value: number; unit: string | null },
  unit: string | null,
): { value: number } | { error: string } {
  const t = target.unit;
  if (t === null) return { value: target.value };
  if (t in TIME_MS) {
    const to = unit && unit in TIME_MS ? unit : unit === null ? 'ms' : undefined;
    if (!to) return { error: `a time target (${target.value}${t}) for a metric measured in ${unit}` };
    return { value: (target.value * TIME_MS[t]) / TIME_MS[to] };
  }
  if (t === '%') return unit === '%' ? { value: target.value } : { value: target.value / 100 };
  return { value: target.value }; // rps, req/s, /s: the comparison's own rate
}

// ---------------------------------------------------------------------------------------------

function validatedRows(ev: GovernanceEvidence): { rows: ValidatedRow[]; source: string | null } {
  const opt = ev.results.filter((r) => r.gate === 'optimization');
  const fromResults: Comparison[] = opt.flatMap((r) => (Array.isArray(r.comparisons) ? r.comparisons : []));
  if (fromResults.length) {
    return {
      rows: fromResults.map((c) => ({
        key: c.key,
        direction: c.direction,
        candidate: c.candidate,
        verdict: c.verdict,
        unit: c.unit ?? null,
      })),
      source: gateResultFile('optimization'),
    };
  }
  const text = ev.artifacts['optimization-validation-report.json'];
  if (text) {
    try {
      const doc = JSON.parse(text) as { comparisons?: unknown };
      if (Array.isArray(doc.comparisons)) {
        const rows: ValidatedRow[] = [];
        for (const r of doc.comparisons) {
          if (!r || typeof r !== 'object') continue;
          const o = r as Record<string, unknown>;
          if (typeof o.key !== 'string') continue;
          rows.push({
            key: o.key,
            direction: o.direction === 'increase' ? 'increase' : 'decrease',
            candidate:
              typeof o.optimized === 'number'
                ? o.optimized
                : typeof o.candidate === 'number'
                  ? o.candidate
                  : null,
            verdict: typeof o.verdict === 'string' ? o.verdict : 'insufficient-data',
            unit: typeof o.unit === 'string' ? o.unit : null,
          });
        }
        return { rows, source: 'optimization-validation-report.json' };
      }
    } catch {
      // unreadable report: no rows (reported as untraced below)
    }
  }
  return { rows: [], source: null };
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** Field names as the protocol writes them, with the slo-updates.yml spellings as fallbacks. */
function updateFields(u: SloUpdate): {
  name: string;
  service: string | null;
  metric: string | null;
  stat: string | null;
  previous: string | number | null;
  next: string | number | null;
  justification: string | null;
  approvers: string[] | undefined;
} {
  const rec = u as Record<string, unknown>;
  const metric = str(u.metric);
  const stat = str(u.stat);
  const service = str(rec.service);
  const pick = (...vals: unknown[]) => {
    for (const v of vals)
      if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) return v;
    return null;
  };
  const name =
    str(u.slo_name) ??
    [service, metric ? `${metric}${stat ? `:${stat}` : ''}` : null].filter(Boolean).join(' ');
  return {
    name: name || 'unnamed SLO',
    service,
    metric,
    stat,
    previous: pick(u.previous_target, rec.current, rec.previous),
    next: pick(u.new_target, rec.proposed, rec.target),
    justification: str(u.justification) ?? str(rec.rationale),
    approvers: Array.isArray(u.approvers) ? u.approvers.map(String) : undefined,
  };
}

function traceUpdate(
  f: ReturnType<typeof updateFields>,
  rows: readonly ValidatedRow[],
  rowsSource: string | null,
): SloTrace {
  const none = (reason: string, extra: Partial<SloTrace> = {}): SloTrace => ({
    validated: false,
    key: null,
    verdict: null,
    optimized_value: null,
    unit: null,
    new_target_value: null,
    meets_new_target: false,
    reason,
    ...extra,
  });
  if (!f.metric) return none('names no metric, so it cannot trace to the validation');
  let spec: KeySpec;
  try {
    spec = f.stat ? specOf(f.metric, f.stat, 'decrease') : { ...parseKey(f.metric), direction: 'decrease' };
  } catch (e) {
    return none(`metric ${f.metric} cannot be read as a key: ${e instanceof Error ? e.message : String(e)}`);
  }
  const key = keyOf(spec);
  if (!rowsSource)
    return none(
      `no gate 3 validation found (${gateResultFile('optimization')} or optimization-validation-report.json)`,
      { key },
    );
  const match = findComparison(rows, spec);
  if (!match) return none(`${key} was not among gate 3's validated comparisons`, { key });
  const unit = rowUnit(match);
  const base = { key: match.key, verdict: match.verdict, optimized_value: match.candidate, unit };
  if (match.verdict === 'insufficient-data' || match.candidate === null) {
    return none(`${match.key}: gate 3 had insufficient data for it`, base);
  }
  if (match.verdict === 'regression') {
    return none(`${match.key}: gate 3 found a regression on it`, { ...base, validated: false });
  }
  const target = parseTargetValue(f.next);
  if (!target)
    return none(`new target ${String(f.next)} cannot be read (expected e.g. 60ms, 1.2s, 0.5%, 0.005)`, {
      ...base,
      validated: true,
    });
  const conv = targetInUnit(target, unit);
  if ('error' in conv) return none(`new target: ${conv.error}`, { ...base, validated: true });
  const meets =
    match.direction === 'decrease' ? match.candidate <= conv.value : match.candidate >= conv.value;
  const op = match.direction === 'decrease' ? '<=' : '>=';
  return {
    validated: true,
    key: match.key,
    verdict: match.verdict,
    optimized_value: match.candidate,
    unit,
    new_target_value: round4(conv.value),
    meets_new_target: meets,
    reason: `${match.key}: optimized ${fmt(match.candidate)}${unit ? ` ${unit}` : ''} ${meets ? op : `is not ${op}`} new target ${String(f.next)} (validated in gate 3: ${match.verdict})`,
  };
}

/** The protocol's 13 artifacts: present and verified, or written by this gate. */
export function documentation(ev: GovernanceEvidence): DocumentationStatus {
  const counted: string[] = [];
  const missing: { name: string; reason: string }[] = [];
  for (const name of REQUIRED_ARTIFACTS) {
    if (GOVERNANCE_WRITES.includes(name)) {
      counted.push(name);
      continue;
    }
    if (name === INSTRUMENTATION_LOG) {
      if (ev.instrumentationLog && ev.instrumentationLog.text.trim() !== '') counted.push(name);
      else if (ev.instrumentationLog)
        missing.push({ name, reason: `${ev.instrumentationLog.file} is empty (an empty document)` });
      else missing.push({ name, reason: 'not provided: no instrumentation-log input given' });
      continue;
    }
    const check = ev.checks.find((c) => c.name === name);
    if (!check || !check.present)
      missing.push({ name, reason: check?.reason ?? 'not found among the earlier artifacts' });
    else if (!check.ok) missing.push({ name, reason: check.reason ?? `checksum mismatch: ${name}` });
    else counted.push(name);
  }
  return {
    required: [...REQUIRED_ARTIFACTS],
    counted,
    missing,
    percentage: pct(counted.length, REQUIRED_ARTIFACTS.length),
  };
}

function earlierGates(ev: GovernanceEvidence): Criterion[] {
  const out: Criterion[] = [];
  const order: GateName[] = ['baseline', 'diagnostics', 'optimization'];
  const rank: Record<string, number> = { pass: 0, waived: 1, 'insufficient-data': 2, fail: 3, error: 4 };
  for (const gate of order) {
    const n = GATE_NUMBER[gate];
    const rs = ev.results.filter((r) => r.gate === gate);
    const name = `gate ${n} ${gate}`;
    if (!rs.length) {
      out.push(
        criterion(
          name,
          null,
          'pass',
          'insufficient-data',
          `gate ${n} result not found (${gateResultFile(gate)})`,
          undefined,
          'TelemetryGap',
        ),
      );
      continue;
    }
    const worst = rs.reduce((a, b) => ((rank[b.verdict] ?? 4) > (rank[a.verdict] ?? 4) ? b : a));
    const v = worst.verdict;
    const jobs = rs.length > 1 ? ` (worst of ${rs.length} results)` : '';
    if (v === 'pass') out.push(criterion(name, v, 'pass', 'pass', `gate ${n} passed${jobs}`));
    else if (v === 'waived')
      out.push(criterion(name, v, 'pass', 'waived', `gate ${n} waived${jobs}: ${waivedWhat(worst)}`));
    else out.push(criterion(name, v, 'pass', 'fail', `gate ${n} failed (${v})${jobs}: ${missedWhat(worst)}`));
  }
  return out;
}

function waivedWhat(r: GateResult): string {
  return (
    (r.criteria ?? [])
      .filter((c) => c.verdict === 'waived')
      .map((c) => c.name)
      .join(', ') || 'see its result'
  );
}

function missedWhat(r: GateResult): string {
  const missed = (r.criteria ?? [])
    .filter((c) => c.verdict !== 'pass' && c.verdict !== 'waived')
    .map((c) => c.name);
  const s = missed.slice(0, 5).join(', ');
  return missed.length > 5 ? `${s} and ${missed.length - 5} more` : s || 'see its result';
}

/** What the governance documents are rendered from (besides the evidence and the context). */
export interface GovernanceDocs {
  /** the earlier gates' results and this one */
  results: GateResult[];
  sloRecord?: SloRecord;
  documentation: DocumentationStatus;
  /** every file this gate writes, the report, the notes and the manifest included */
  written: string[];
}

export interface GovernanceOutcome extends GateOutcome {
  docs: GovernanceDocs;
}

/** 1. Checksums of every earlier artifact; 1b. gate results that are not evidence of this run. */
function checksumCriteria(ev: GovernanceEvidence, criteria: Criterion[]): void {
  // 1. Checksums of every earlier artifact.
  const present = ev.checks.filter((c) => c.present);
  const tampered = present.filter((c) => !c.ok);
  const listedMissing = ev.checks.filter((c) => !c.present);
  if (!ev.checks.length) {
    criteria.push(
      criterion(
        'artifact checksums',
        null,
        0,
        'insufficient-data',
        'no earlier artifacts found to verify (no SHA256SUMS or no perf-gates artifacts)',
        undefined,
        'TelemetryGap',
      ),
    );
  } else {
    const bad = [...tampered, ...listedMissing];
    const c = criterion(
      'artifact checksums',
      bad.length,
      0,
      bad.length ? 'fail' : 'pass',
      bad.length
        ? bad
            .map((b) => (b.present ? `checksum mismatch: ${b.name}` : `listed but missing: ${b.name}`))
            .join('; ')
        : `${present.length} earlier artifact${present.length === 1 ? '' : 's'} verified against their recorded SHA-256`,
    );
    c.operator = '<=';
    criteria.push(c);
  }

  // 1b. Gate results that are not evidence of this run, or that contradict each other.
  const problems = ev.evidenceProblems ?? [];
  if (problems.length) {
    const c = criterion('gate evidence', problems.length, 0, 'fail', problems.join('; '));
    c.operator = '<=';
    criteria.push(c);
  }
}

/** The roles the SLO updates need (each update's approvers, else config roles), resolved. */
function sloRoles(
  ev: GovernanceEvidence,
  slo: NonNullable<GovernanceEvidence['slo']>,
  config: PerfGatesConfig,
  record: SloRecord,
) {
  const approvals = ev.approvals?.approvals ?? [];
  const fields = slo.updates.map(updateFields);
  const configRoles = Object.keys(config.roles ?? {});
  // Every role any update needs, in first-seen order.
  const roles: string[] = [];
  const unnamed: string[] = [];
  for (const f of fields) {
    const need = f.approvers && f.approvers.length ? f.approvers : configRoles;
    if (!need.length) unnamed.push(f.name);
    for (const r of need) if (!roles.includes(r)) roles.push(r);
  }
  const resolved = new Map<string, RoleApproval>();
  for (const r of roles) resolved.set(r, resolveRole(bindRole(r, config.roles), approvals, ev.teams));
  for (const ra of resolved.values()) {
    if (ra.binding.source === 'convention' && config.roles)
      record.notes.push(
        `role ${ra.binding.role} is not in config roles: environment ${ra.binding.environment} by convention`,
      );
    for (const n of ra.teamNotes) record.notes.push(`${ra.binding.role}: ${n}`);
  }
  const approvedRoles = roles.filter((r) => resolved.get(r)?.status === 'approved');
  const rejectedRoles = roles.filter((r) => resolved.get(r)?.status === 'rejected');
  const waiting = roles.filter((r) => !approvedRoles.includes(r) && !rejectedRoles.includes(r));
  const percentage = roles.length ? pct(approvedRoles.length, roles.length) : 0;
  record.required_roles = roles;
  record.approval_percentage = percentage;
  record.missing_roles = waiting.map((r) => {
    const ra = resolved.get(r) as RoleApproval;
    return {
      role: r,
      environment: ra.binding.environment,
      approvers: ra.binding.approvers,
      status: ra.status,
    };
  });

  return { fields, configRoles, roles, unnamed, resolved, approvedRoles, rejectedRoles, waiting, percentage };
}

/** One record entry per SLO update: its approvers and their status, and its trace to gate 3. */
function recordUpdates(
  record: SloRecord,
  r: ReturnType<typeof sloRoles>,
  observedAt: string | null,
  rows: ReturnType<typeof validatedRows>,
): void {
  const { fields, configRoles, resolved, rejectedRoles, waiting, unnamed } = r;
  for (const f of fields) {
    const need = f.approvers && f.approvers.length ? f.approvers : configRoles;
    const approvers: SloApprover[] = need.map((r) => {
      const ra = resolved.get(r) as RoleApproval;
      const login = ra.approval?.user.login ?? null;
      const seen = ra.status === 'approved' || ra.status === 'rejected';
      return {
        name: login ?? r,
        role: r,
        login,
        environment: ra.binding.environment,
        approval_status: ra.status,
        approval_timestamp: seen ? observedAt : null,
        approval_timestamp_source: seen ? APPROVAL_TIMESTAMP_SOURCE : null,
        comment: ra.approval?.comment ?? null,
      };
    });
    const status: SloRecordUpdate['approval_status'] = approvers.some((a) => a.approval_status === 'rejected')
      ? 'rejected'
      : approvers.length && approvers.every((a) => a.approval_status === 'approved')
        ? 'approved'
        : 'pending';
    record.updates.push({
      slo_name: f.name,
      service: f.service,
      metric: f.metric ? `${f.metric}${f.stat ? `:${f.stat}` : ''}` : null,
      previous_target: f.previous,
      new_target: f.next,
      justification: f.justification,
      approvers,
      approval_status: status,
      trace: traceUpdate(f, rows.rows, rows.source),
    });
  }
  record.approval_status = rejectedRoles.length
    ? 'rejected'
    : waiting.length || unnamed.length
      ? 'pending'
      : 'approved';
}

/** The approvals criterion of the SLO updates. */
function approvalsCriterion(
  ev: GovernanceEvidence,
  config: PerfGatesConfig,
  r: ReturnType<typeof sloRoles>,
  criteria: Criterion[],
  notes: string[],
): void {
  const { roles, unnamed, resolved, approvedRoles, rejectedRoles, waiting, percentage } = r;
  const observedAt = ev.approvals?.observedAt ?? null;
  const threshold = config.thresholds.approvals;
  if (ev.approvals?.error) {
    criteria.push(
      criterion(
        'SLO update approvals',
        null,
        threshold,
        'error',
        `approvals could not be read (${ev.approvals.source}): ${ev.approvals.error}`,
        '%',
      ),
    );
  } else if (!ev.approvals) {
    criteria.push(
      criterion(
        'SLO update approvals',
        null,
        threshold,
        'insufficient-data',
        `no approvals observed (no approvals file and the API was not queried); needed: ${roles.map((r) => `${r} (environment ${resolved.get(r)?.binding.environment})`).join(', ')}`,
        '%',
        'TelemetryGap',
      ),
    );
  } else if (rejectedRoles.length) {
    criteria.push(
      criterion(
        'SLO update approvals',
        percentage,
        threshold,
        'fail',
        rejectedRoles.map((r) => resolved.get(r)?.reason).join('; '),
        '%',
      ),
    );
  } else if (unnamed.length) {
    criteria.push(
      criterion(
        'SLO update approvals',
        percentage,
        threshold,
        'fail',
        `SLO update${unnamed.length === 1 ? '' : 's'} ${unnamed.join(', ')} name${unnamed.length === 1 ? 's' : ''} no approver role and config has no roles`,
        '%',
      ),
    );
  } else {
    const ok = percentage >= threshold;
    criteria.push(
      criterion(
        'SLO update approvals',
        percentage,
        threshold,
        ok ? 'pass' : 'fail',
        ok
          ? `${approvedRoles.length}/${roles.length} roles approved: ${approvedRoles.map((r) => `${r} by ${resolved.get(r)?.approval?.user.login}`).join(', ')}`
          : `${approvedRoles.length}/${roles.length} roles approved; still needed: ${waiting.map((r) => `${r} (environment ${resolved.get(r)?.binding.environment}, ${resolved.get(r)?.status})`).join(', ')}`,
        '%',
      ),
    );
  }
  if (ev.approvals && !ev.approvals.error)
    notes.push(
      `approval times are the time perf-gates observed them (${observedAt}): GitHub's approvals API records no time`,
    );
}

/** 3. SLO updates (at least one): approvals and trace to gate 3. */
function sloUpdateCriteria(
  ev: GovernanceEvidence,
  slo: NonNullable<GovernanceEvidence['slo']>,
  config: PerfGatesConfig,
  record: SloRecord,
  rows: ReturnType<typeof validatedRows>,
  criteria: Criterion[],
  notes: string[],
): void {
  const observedAt = ev.approvals?.observedAt ?? null;
  const r = sloRoles(ev, slo, config, record);
  recordUpdates(record, r, observedAt, rows);
  approvalsCriterion(ev, config, r, criteria, notes);

  // Trace.
  const untraced = record.updates.filter((u) => !(u.trace.validated && u.trace.meets_new_target));
  const traceVerdict = untraced.length === 0 ? 'pass' : rows.source ? 'fail' : 'insufficient-data';
  criteria.push(
    criterion(
      'SLO updates traced to validation',
      `${record.updates.length - untraced.length}/${record.updates.length}`,
      'all',
      traceVerdict,
      untraced.length
        ? `untraced: ${untraced.map((u) => `${u.slo_name} (${u.trace.reason})`).join('; ')}`
        : record.updates.map((u) => u.trace.reason).join('; '),
      undefined,
      traceVerdict === 'insufficient-data' ? 'TelemetryGap' : undefined,
    ),
  );
}

/**
 * Decide gate 4. The artifacts returned are the SLO record and the instrumentation log; the report
 * and the improvement notes are rendered from `docs` by the run layer and follow them.
 */
export function decideGovernance(
  ev: GovernanceEvidence,
  config: PerfGatesConfig,
  ctx: GateContext,
): GovernanceOutcome {
  const criteria: Criterion[] = [];
  const notes: string[] = [];

  checksumCriteria(ev, criteria);

  // 2. Documentation completeness.
  const docs = documentation(ev);
  const docThreshold = config.thresholds.documentation_completeness;
  criteria.push(
    criterion(
      'documentation completeness',
      docs.percentage,
      docThreshold,
      docs.percentage >= docThreshold ? 'pass' : 'fail',
      docs.missing.length
        ? `${docs.counted.length}/${REQUIRED_ARTIFACTS.length} required artifacts present and verified; missing: ${docs.missing.map((m) => `${m.name} (${m.reason})`).join('; ')}`
        : `all ${REQUIRED_ARTIFACTS.length} required artifacts present and verified (the four this gate writes count once written)`,
      '%',
    ),
  );

  // 3. SLO updates: approvals and trace to gate 3.
  const observedAt = ev.approvals?.observedAt ?? null;
  const rows = validatedRows(ev);
  const record: SloRecord = {
    update_date: ctx.now,
    source: ev.slo?.file ?? null,
    updates: [],
    approval_status: 'unknown',
    approval_percentage: null,
    required_roles: [],
    missing_roles: [],
    approvals_source: {
      source: ev.approvals ? ev.approvals.source : 'none',
      self_attested: ev.approvals?.source === 'file',
      path: ev.approvals?.path ?? null,
      observed_at: observedAt,
      error: ev.approvals?.error ?? null,
    },
    notes: [],
  };
  if (!ev.slo) {
    criteria.push(
      criterion(
        'SLO update approvals',
        null,
        config.thresholds.approvals,
        'insufficient-data',
        'no slo-updates.yml given: the protocol requires SLO updates recorded with approvals (a file listing no updates says "nothing to approve")',
        '%',
        'TelemetryGap',
      ),
    );
    record.notes.push('not provided: no slo-updates input given');
  } else if (ev.slo.updates.length === 0) {
    record.approval_status = 'not-required';
    record.notes.push(`${ev.slo.file} lists no SLO updates: nothing to approve or trace`);
    criteria.push(
      criterion(
        'SLO update approvals',
        'no updates',
        config.thresholds.approvals,
        'pass',
        `${ev.slo.file} proposes no SLO change: nothing to approve`,
      ),
    );
  } else sloUpdateCriteria(ev, ev.slo, config, record, rows, criteria, notes);

  // 4. Earlier gates.
  criteria.push(...earlierGates(ev));

  if (!ev.instrumentationLog)
    notes.push('not provided: no instrumentation-log given, so instrumentation-update-log.md is missing');
  notes.push(...record.notes);

  const result = makeResult('governance', criteria, ctx, { score: docs.percentage, notes });
  result.handoff = handoffChecklist(ev.results, result, {
    improvementThreshold: config.thresholds.improvement,
    documentationThreshold: docThreshold,
  });

  const artifacts: ArtifactFile[] = [];
  artifacts.push(jsonArtifact(SLO_RECORD, record as unknown as Record<string, unknown>, ctx));
  if (ev.instrumentationLog)
    artifacts.push({ name: INSTRUMENTATION_LOG, content: ev.instrumentationLog.text });
  const allResults = [...ev.results.filter((r) => r.gate !== 'governance'), result];
  return {
    result,
    artifacts,
    docs: {
      results: allResults,
      sloRecord: ev.slo ? record : undefined,
      documentation: docs,
      written: artifacts.map((a) => a.name).concat([PERFORMANCE_REPORT, IMPROVEMENT_NOTES, MANIFEST]),
    },
  };
}
