// The statistics engine: distributions, intervals, keys, per-run statistics, the verdict engine.
export * from './distributions.js';
export * from './intervals.js';
export * from './keys.js';
export * from './percentile.js';
export * from './run-statistic.js';
export * from './default-keys.js';
export * from './compare.js';
export * from './calibrate.js';
