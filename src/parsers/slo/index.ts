// slo-updates.yml: `slo_updates: [...]`, read with the `yaml` package and validated with zod.
// Two vocabularies are accepted and normalised to SloUpdate:
//   fixture/team form   service, metric, stat, current, proposed, rationale, approvers
//   protocol form       slo_name, previous_target, new_target, justification
// slo_name defaults to `<service> <metric> <stat>`; previous_target ← current, new_target ←
// proposed, justification ← rationale. Every key of the entry is kept as written too.

import { z } from 'zod';
import { InputError, type SloDataset, type SloUpdate } from '../../model.js';
import { readYaml } from '../text/yaml.js';
import { zodInputError } from '../text/json.js';
export { sniff } from './sniff.js';

const target = z.union([
  z.string().trim().min(1, 'must not be empty'),
  z.number().refine(Number.isFinite, 'must be finite'),
]);
const names = z.union([z.string(), z.array(z.string())]);

const entry = z
  .looseObject({
    slo_name: z.string().trim().min(1).optional(),
    service: z.union([z.string(), z.number()]).optional(),
    metric: z.string().optional(),
    stat: z.union([z.string(), z.number()]).optional(),
    current: target.optional(),
    previous_target: target.optional(),
    proposed: target.optional(),
    new_target: target.optional(),
    rationale: z.string().optional(),
    justification: z.string().optional(),
    approvers: names.optional(),
  })
  .refine((e) => e.new_target !== undefined || e.proposed !== undefined, {
    message: 'needs new_target (or proposed)',
  })
  .refine((e) => e.slo_name !== undefined || e.service !== undefined || e.metric !== undefined, {
    message: 'needs slo_name (or service/metric/stat to name it)',
  });

const schema = z.looseObject({ slo_updates: z.array(entry) });

export function parseSloUpdates(text: string, file: string): SloDataset {
  const { raw, warnings, locate } = readYaml(text, file);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new InputError(file, 'SLO updates: expected a mapping with a `slo_updates` list');
  const r = schema.safeParse(raw);
  if (!r.success) throw zodInputError(file, 'SLO updates', r.error, locate);
  const updates: SloUpdate[] = r.data.slo_updates.map((e) => {
    const name =
      e.slo_name ?? [e.service, e.metric, e.stat].filter((x) => x !== undefined && x !== '').join(' ');
    const { stat, approvers: _a, ...rest } = e;
    const u: SloUpdate = {
      ...rest,
      slo_name: name,
      new_target: (e.new_target ?? e.proposed) as string | number,
    };
    if (stat !== undefined) u.stat = String(stat);
    const prev = e.previous_target ?? e.current;
    if (prev !== undefined) u.previous_target = prev;
    const j = e.justification ?? e.rationale;
    if (j !== undefined) u.justification = j;
    if (e.approvers !== undefined) u.approvers = Array.isArray(e.approvers) ? e.approvers : [e.approvers];
    return u;
  });
  if (updates.length === 0) warnings.push({ file, message: 'slo_updates is empty: no SLO changes proposed' });
  return { format: 'slo-updates', file, updates, raw: raw as Record<string, unknown>, warnings };
}
