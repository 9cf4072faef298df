// PERFORMANCE-REPORT.md: the optimization actions (phase 3) and the target's Mermaid chart.
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
} from './common.js';

export function planSection(input: PerformanceReportInput): string[] {
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
