// The perf-gates command line. dist/cli/index.js (written by scripts/package.mjs, the package's
// `bin`) imports it from the one library bundle (dist/lib/, src/entries/lib.ts) and calls `run()`.
import { main } from '../cli/main.js';
import { installSignalCleanup } from '../io/files.js';

// a cancelled `gate` or `calibrate --out` leaves no temporary or unlisted file
installSignalCleanup();

/** Run the command line on `argv`; sets the process exit code and returns it. */
export async function run(argv: string[] = process.argv.slice(2)): Promise<number> {
  const code = await main(argv);
  // `npm run bench` reads the peak memory this way where /usr/bin/time is missing.
  if (process.env.PERF_GATES_REPORT_RSS === '1')
    process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`);
  process.exitCode = code;
  return code;
}
