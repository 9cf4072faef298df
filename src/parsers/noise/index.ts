// The noise file `perf-gates calibrate` writes (NoiseFile in model.ts), validated with zod.
import { z } from 'zod';
import type { NoiseDataset, NoiseFile, Warning } from '../../model.js';
import { locateJsonPath, parseJsonText, zodInputError } from '../detect.js';

const count = z.number().int().nonnegative();

export const noiseFileSchema = z.looseObject({
  version: z.literal(1),
  generated_at: z.string().min(1),
  runs: count,
  keys: z.record(
    z.string().min(1),
    z.looseObject({
      sd_log: z
        .number()
        .refine(Number.isFinite, 'must be a finite number')
        .refine((v) => v >= 0, 'must be >= 0'),
      df: count,
      runs: count,
    }),
  ),
});

export function parseNoise(text: string, file: string): NoiseDataset {
  const doc = parseJsonText(text, file);
  const r = noiseFileSchema.safeParse(doc);
  if (!r.success) throw zodInputError(file, 'noise file', r.error, (p) => locateJsonPath(text, p));
  const d = r.data;
  const warnings: Warning[] = [];
  const keys: NoiseFile['keys'] = {};
  for (const [k, v] of Object.entries(d.keys)) {
    keys[k] = { sd_log: v.sd_log, df: v.df, runs: v.runs };
    if (v.runs < 2 || v.df < 1)
      warnings.push({ file, message: `${k}: ${v.runs} run(s), df ${v.df}: no run-to-run spread` });
    else if (v.df !== v.runs - 1)
      warnings.push({ file, message: `${k}: df ${v.df} but ${v.runs} runs (expected runs - 1)` });
  }
  if (Object.keys(keys).length === 0) warnings.push({ file, message: 'the noise file has no keys' });
  return {
    format: 'noise',
    file,
    noise: { version: 1, generated_at: d.generated_at, runs: d.runs, keys },
    warnings,
  };
}
