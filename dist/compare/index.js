// The `compare` action step: written by scripts/package.mjs.
// The code is the library bundle ../lib/index.js; run() is exported for @github/local-action.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { compare } from '../lib/index.js';

export const run = compare;

const main = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : undefined;
if (main === import.meta.url) await run();
