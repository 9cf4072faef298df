#!/usr/bin/env node
// Bundle entry of the perf-gates command line.
import { main } from '../cli/main.js';
import { installSignalCleanup } from '../io/files.js';

// a cancelled `gate` or `calibrate --out` leaves no temporary or unlisted file
installSignalCleanup();

void main(process.argv.slice(2)).then((code) => {
  // `npm run bench` reads the peak memory this way where /usr/bin/time is missing.
  if (process.env.PERF_GATES_REPORT_RSS === '1')
    process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`);
  process.exitCode = code;
});
