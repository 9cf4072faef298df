// The waivers file (input `waivers`): YAML `waivers: [...]`, each entry gate, criterion,
// justification, requested_by, expires (YYYY-MM-DD) and approver_role, validated against the schema
// shipped as $defs.waivers of schema/perf-gates.schema.json. Pure: text in, waivers out; a problem
// is an InputError naming the file, the line and the key.

import { InputError, type Warning } from '../../model.js';
import { WaiversFileSchema, type Waiver } from '../../config/schema.js';
import { readYaml } from '../text/yaml.js';
import { zodInputError } from '../text/json.js';

export interface WaiversDataset {
  format: 'waivers';
  file: string;
  waivers: (Waiver & { line: number })[];
  warnings: Warning[];
}

export function parseWaivers(text: string, file: string): WaiversDataset {
  const { raw, locate } = readYaml(text, file);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new InputError(file, 'waivers: expected a mapping with a `waivers` list', 1);
  const r = WaiversFileSchema.safeParse(raw);
  if (!r.success) throw zodInputError(file, 'waivers', r.error, locate);
  const warnings: Warning[] = [];
  const waivers = r.data.waivers.map((w, i) => ({ ...w, line: locate(['waivers', i])?.line ?? 0 }));
  const seen = new Map<string, number>();
  for (const w of waivers) {
    const k = `${w.gate}\0${w.criterion}`;
    const first = seen.get(k);
    if (first !== undefined)
      throw new InputError(
        file,
        `two waivers for ${w.gate} / ${w.criterion} (the first on line ${first}): keep one`,
        w.line,
      );
    seen.set(k, w.line);
  }
  if (waivers.length === 0) warnings.push({ file, message: 'waivers is empty: nothing is waived' });
  return { format: 'waivers', file, waivers, warnings };
}
