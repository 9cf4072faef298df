// PERFORMANCE-REPORT.md, what every section shares: the input, reading the artifacts' JSON, table
// cells (escaped: every string from an input goes through src/report/markdown.ts) and the gate blocks.
import type { ArtifactCheck, Criterion, GateName, GateResult, VerifiedBy } from '../../model.js';
import { formatQuantity } from '../../stats/format.js';
import { GATE_NUMBER, GATE_TITLES, rollUp } from '../../gates/common.js';
import { VERDICT_EMOJI, escapeInline, formatNumber, safeVerdict } from '../markdown.js';

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

export type Json = Record<string, unknown>;

export function parseJson(text: string | undefined): { doc?: Json; error?: string } {
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

export function obj(v: unknown): Json | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A value from an input, for a table cell. */
export function cell(v: unknown, max = 120): string {
  if (v === null || v === undefined || v === '') return 'n/a';
  if (typeof v === 'number') return Number.isFinite(v) ? formatNumber(v) : 'n/a';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'object') return escapeInline(JSON.stringify(v), max);
  return escapeInline(v, max);
}

/** Units the formatter scales or prints itself (its output needs no escaping). */
export const KNOWN_UNIT = /^(ns|us|µs|μs|ms|s|B|kB|MB|GB|%|\/s|req\/s|rps)$/;

/** A figure with its unit through the one formatter (36.6 us, 54 ms); an unknown unit escaped. */
export function withUnit(v: unknown, unit: unknown): string {
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

export function signedPct(v: number | null): string {
  if (v === null) return 'n/a';
  return `${v > 0 ? '+' : ''}${formatNumber(v)}%`;
}

export function table(head: string[], rows: string[][], align?: string[]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(head), line(align ?? head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function verdictCell(v: unknown): string {
  const s = safeVerdict(v);
  return `${VERDICT_EMOJI[s]} ${s}`;
}

export function criteriaTable(criteria: readonly Criterion[]): string {
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

export function resultOf(results: readonly GateResult[], gate: GateName): GateResult | undefined {
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

export function gateBlock(results: readonly GateResult[], gate: GateName): string[] {
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
