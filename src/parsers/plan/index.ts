// optimization-plan.json, validated with zod. Only `target_metric { name, stat, direction }` is
// required; every other key is optional and unknown keys are kept (teams add their own fields).
// `name` may carry k6 tags (`http_req_duration{name:checkout}` → name + tags); stats are
// normalised (`p(95)` → `p95`). Justification: plan-level `justification`, `target_metric.justification`,
// and any `optimizations[]` entry whose `metric` is the target (same metric and tags, same stat when
// it names one) with a `justification`; all found are joined with a blank line.
import { z } from 'zod';
import {
  InputError,
  type Direction,
  type OptimizationPlan,
  type PlanTarget,
  type Warning,
} from '../../model.js';
import { locateJsonPath, parseJsonText, zodInputError } from '../text/json.js';
import { normalizeStat, parseMetricKey, sameMetricKey } from '../k6-summary/keys.js';
export { sniff } from './sniff.js';

const direction = z.enum(['decrease', 'increase']);
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const stat = z.string().refine((s) => normalizeStat(s) !== undefined, {
  message: 'unknown stat (use avg, min, med, max, p50, p90, p95, p99, p(N), rate, count, value or median)',
});
const pct = z
  .number()
  .refine(Number.isFinite, 'must be a finite number')
  .refine((v) => v >= 0, 'must be >= 0');

const metricRef = z.looseObject({ name: nonEmpty, stat, direction });

const planSchema = z.looseObject({
  target_metric: metricRef.extend({ justification: z.string().optional() }),
  improvement_threshold_pct: pct.optional(),
  regression_tolerance_pct: pct.optional(),
  tracked_metrics: z.array(metricRef).optional(),
  approved_by: z.union([nonEmpty, z.array(nonEmpty)]).optional(),
  approved_at: nonEmpty.optional(),
  justification: z.string().optional(),
  optimizations: z
    .array(
      z.looseObject({
        metric: z.string().optional(),
        stat: z.string().optional(),
        justification: z.string().optional(),
      }),
    )
    .optional(),
});

function splitName(
  name: string,
  file: string,
  text: string,
  path: (string | number)[],
): { name: string; tags?: Record<string, string> } {
  if (!name.includes('{')) return { name: name.trim() };
  try {
    const k = parseMetricKey(name);
    return Object.keys(k.tags).length ? { name: k.metric, tags: k.tags } : { name: k.metric };
  } catch (e) {
    const at = locateJsonPath(text, path);
    throw new InputError(file, `optimization plan: ${(e as Error).message}`, at?.line, at?.column);
  }
}

export function parseOptimizationPlan(text: string, file: string): OptimizationPlan {
  const doc = parseJsonText(text, file);
  const r = planSchema.safeParse(doc);
  if (!r.success) throw zodInputError(file, 'optimization plan', r.error, (p) => locateJsonPath(text, p));
  const d = r.data;
  const warnings: Warning[] = [];
  const t = d.target_metric;
  const target: PlanTarget = {
    ...splitName(t.name, file, text, ['target_metric', 'name']),
    stat: normalizeStat(t.stat) as string,
    direction: t.direction as Direction,
  };
  const out: OptimizationPlan = {
    format: 'optimization-plan',
    file,
    plan: doc as Record<string, unknown>,
    target,
    warnings,
  };
  if (d.improvement_threshold_pct !== undefined) out.improvementThreshold = d.improvement_threshold_pct;
  if (d.regression_tolerance_pct !== undefined) out.tolerance = d.regression_tolerance_pct;
  if (d.tracked_metrics)
    out.tracked = d.tracked_metrics.map((m, i) => ({
      ...splitName(m.name, file, text, ['tracked_metrics', i, 'name']),
      stat: normalizeStat(m.stat) as string,
      direction: m.direction,
    }));
  if (d.approved_by !== undefined)
    out.approvedBy = (Array.isArray(d.approved_by) ? d.approved_by : [d.approved_by]).map((s) => s.trim());
  if (d.approved_at !== undefined) {
    out.approvedAt = d.approved_at;
    if (Number.isNaN(Date.parse(d.approved_at)))
      warnings.push({ file, message: `approved_at "${d.approved_at}" is not a date-time` });
  }
  if (out.approvedBy && out.approvedAt === undefined)
    warnings.push({ file, message: 'approved_by without approved_at' });
  if (out.approvedAt !== undefined && !out.approvedBy)
    warnings.push({ file, message: 'approved_at without approved_by' });

  const justifications: string[] = [];
  const addJ = (j: string | undefined) => {
    const s = j?.trim();
    if (s && !justifications.includes(s)) justifications.push(s);
  };
  addJ(d.justification);
  addJ(t.justification);
  for (const o of d.optimizations ?? []) {
    if (!o.metric || !o.justification) continue;
    if (!sameMetricKey(o.metric, t.name)) continue;
    if (o.stat !== undefined && normalizeStat(o.stat) !== target.stat) continue;
    addJ(o.justification);
  }
  if (justifications.length) out.justification = justifications.join('\n\n');
  return out;
}
