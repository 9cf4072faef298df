#!/usr/bin/env node
// The perf-gates command line: written by scripts/package.mjs.
// The code is the library bundle ../lib/index.js; run() is exported for @github/local-action.
import { createRequire } from 'node:module';
import { cli } from '../lib/index.js';

const { realpathSync } = createRequire(import.meta.url)('node:fs');
const { pathToFileURL } = createRequire(import.meta.url)('node:url');

export const run = cli;

const main = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : undefined;
if (main === import.meta.url) await run(undefined, { exit: true });
