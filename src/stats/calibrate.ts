// `perf-gates calibrate`: A/A runs of one build -> per key, the between-run variance of the log
// statistic beyond each run's own sampling variance (components.ts), with df = runs - 1: the noise
// file (version 2) the verdict engine uses when a side has a single run.

import {
  InputError,
  NOISE_FILE_VERSION,
  type KeySpec,
  type NoiseEntry,
  type NoiseFile,
  type Run,
} from '../model.js';
import { betweenRunVariance, logRun, type LogRun } from './components.js';
import { defaultKeys } from './default-keys.js';
import { normalQuantile } from './distributions.js';
import { formatKey } from './keys.js';
import { runStatistic, type RunStatistic } from './run-statistic.js';

export interface CalibrateOptions {
  /** keys to calibrate (default: the default key set of the runs) */
  keys?: KeySpec[];
  confidence?: number;
  /** ISO time written as generated_at (default: now) */
  now?: string;
}

/**
 * One key's noise entry from its per-run statistics (any number >= 2 of one build): runs whose
 * statistic is missing, non-positive (log undefined) or short of samples are left out; undefined when
 * fewer than two remain.
 */
export function calibrateStatistics(stats: RunStatistic[], confidence = 0.95): NoiseEntry | undefined {
  const z = normalQuantile(confidence);
  const runs: LogRun[] = [];
  for (const s of stats) {
    if (!s.present || !(s.value > 0) || !Number.isFinite(s.value) || s.n < s.needed) continue;
    runs.push(logRun(s.value, s.lower, s.upper, s.n, z));
  }
  if (runs.length < 2) return undefined;
  const b = betweenRunVariance(runs);
  const withW = runs.some((r) => r.w !== null);
  return { between_var_log: b.tau2, df: b.df, runs: runs.length, sampling_var_log: withW ? b.w : null };
}

/** The noise file of A/A runs of one build (at least 2 runs; any number). */
export function calibrate(runs: Run[], opts: CalibrateOptions = {}): NoiseFile {
  if (runs.length < 2) {
    throw new InputError(
      runs[0]?.files[0]?.path ?? 'calibrate',
      `calibration needs at least 2 A/A runs of the same build, got ${runs.length}`,
    );
  }
  const keys = opts.keys ?? defaultKeys(runs, []);
  const confidence = opts.confidence ?? 0.95;
  const out: NoiseFile = {
    version: NOISE_FILE_VERSION,
    generated_at: opts.now ?? new Date().toISOString(),
    runs: runs.length,
    keys: {},
  };
  for (const key of keys) {
    const entry = calibrateStatistics(
      runs.map((run) => runStatistic(run, key, confidence)),
      confidence,
    );
    if (entry) out.keys[formatKey(key)] = entry;
  }
  return out;
}
