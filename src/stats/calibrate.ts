// `perf-gates calibrate`: A/A runs of one build -> the run-to-run SD of the log statistic per key
// (the noise file the verdict engine uses when a side has a single run).

import { InputError, type KeySpec, type NoiseFile, type Run } from '../model.js';
import { defaultKeys } from './default-keys.js';
import { summarize } from './intervals.js';
import { formatKey } from './keys.js';
import { runStatistic } from './run-statistic.js';

export interface CalibrateOptions {
  /** keys to calibrate (default: the default key set of the runs) */
  keys?: KeySpec[];
  confidence?: number;
  /** ISO time written as generated_at (default: now) */
  now?: string;
}

/**
 * SD of ln(statistic) across the runs, per key, with df = runs - 1. Keys that fewer than two runs
 * have with a positive value (log defined) are left out: they cannot be calibrated.
 */
export function calibrate(runs: Run[], opts: CalibrateOptions = {}): NoiseFile {
  if (runs.length < 2) {
    throw new InputError(
      runs[0]?.files[0]?.path ?? 'calibrate',
      `calibration needs at least 2 A/A runs of the same build, got ${runs.length}`,
    );
  }
  const keys = opts.keys ?? defaultKeys(runs, []);
  const out: NoiseFile = {
    version: 1,
    generated_at: opts.now ?? new Date().toISOString(),
    runs: runs.length,
    keys: {},
  };
  for (const key of keys) {
    const logs: number[] = [];
    for (const run of runs) {
      const s = runStatistic(run, key, opts.confidence ?? 0.95);
      if (s.present && s.value > 0 && Number.isFinite(s.value) && s.n >= s.needed)
        logs.push(Math.log(s.value));
    }
    if (logs.length < 2) continue;
    const sd = summarize(logs).sd;
    out.keys[formatKey(key)] = { sd_log: sd, df: logs.length - 1, runs: logs.length };
  }
  return out;
}
