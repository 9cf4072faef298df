// The `compare` action step. dist/compare/index.js (written by scripts/package.mjs) imports it from the one
// library bundle (dist/lib/, src/entries/lib.ts) and calls `run()`; @github/local-action calls it too.
import { runAction } from '../run/action.js';

export function run(): Promise<void> {
  return runAction('compare');
}
