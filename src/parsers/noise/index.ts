// The noise file `perf-gates calibrate` writes (NoiseFile in model.ts), validated with zod. Only the
// current version is read: version 1 recorded one run-to-run SD that mixed the between-run and the
// sampling components, which the two-component model cannot take apart, so it is refused.
import { z } from 'zod';
import {
  InputError,
  NOISE_FILE_VERSION,
  type NoiseDataset,
  type NoiseFile,
  type Warning,
} from '../../model.js';
import { locateJsonPath, parseJsonText, zodInputError } from '../text/json.js';
export { sniff } from './sniff.js';

const count = z.number().int().nonnegative();
const variance = z
  .number()
  .refine(Number.isFinite, 'must be a finite number')
  .refine((v) => v >= 0, 'must be >= 0');

export const noiseFileSchema = z.looseObject({
  version: z.literal(NOISE_FILE_VERSION),
  generated_at: z.string().min(1),
  runs: count,
  keys: z.record(
    z.string().min(1),
    z.looseObject({
      between_var_log: variance,
      df: count,
      runs: count,
      sampling_var_log: variance.nullable(),
    }),
  ),
});

export function parseNoise(text: string, file: string): NoiseDataset {
  const doc = parseJsonText(text, file);
  if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
    const v = (doc as Record<string, unknown>).version;
    if (v !== NOISE_FILE_VERSION && (typeof v === 'number' || v === undefined)) {
      const at = locateJsonPath(text, ['version']);
      throw new InputError(
        file,
        `noise file version ${String(v)}: this perf-gates reads version ${NOISE_FILE_VERSION} (between-run variance kept apart from sampling variance); recalibrate with this version (perf-gates calibrate <runs...> --out ${file.split('/').pop()})`,
        at?.line,
        at?.column,
      );
    }
  }
  const r = noiseFileSchema.safeParse(doc);
  if (!r.success) throw zodInputError(file, 'noise file', r.error, (p) => locateJsonPath(text, p));
  const d = r.data;
  const warnings: Warning[] = [];
  const keys: NoiseFile['keys'] = {};
  for (const [k, v] of Object.entries(d.keys)) {
    keys[k] = {
      between_var_log: v.between_var_log,
      df: v.df,
      runs: v.runs,
      sampling_var_log: v.sampling_var_log,
    };
    if (v.runs < 2 || v.df < 1)
      warnings.push({ file, message: `${k}: ${v.runs} run(s), df ${v.df}: no run-to-run spread` });
    else if (v.df !== v.runs - 1)
      warnings.push({ file, message: `${k}: df ${v.df} but ${v.runs} runs (expected runs - 1)` });
  }
  if (Object.keys(keys).length === 0) warnings.push({ file, message: 'the noise file has no keys' });
  return {
    format: 'noise',
    file,
    noise: { version: NOISE_FILE_VERSION, generated_at: d.generated_at, runs: d.runs, keys },
    warnings,
  };
}
