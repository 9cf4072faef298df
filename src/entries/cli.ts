// The perf-gates command line. dist/cli/index.js (written by scripts/package.mjs, the package's
// `bin`) imports it from the one library bundle (dist/lib/, src/entries/lib.ts) and calls `run()`.
import { main } from '../cli/main.js';
import { exitOnBrokenPipe, installSignalCleanup } from '../io/files.js';

// a cancelled `gate` or `calibrate --out` leaves no temporary or unlisted file
installSignalCleanup();

/**
 * Run the command line on `argv`; sets the process exit code and returns it. `exit` (the bin,
 * dist/cli/index.js): then exit the process once stdout and stderr are flushed, and stop with
 * status 141 when a reader closes the pipe early (`| head`: io/files.ts, exitOnBrokenPipe). A process left to
 * end on its own also waits for V8 to finish the compile jobs it started in the background (20 ms
 * of a 0.23 s `summarize` of 1 MB, measured); the command awaits everything it starts, so nothing
 * is cut short.
 */
export async function run(
  argv: string[] = process.argv.slice(2),
  opts: { exit?: boolean } = {},
): Promise<number> {
  // the bin only: a library caller's streams are its own
  if (opts.exit) exitOnBrokenPipe();
  const code = await main(argv);
  // `npm run bench` reads the peak memory this way where /usr/bin/time is missing.
  if (process.env.PERF_GATES_REPORT_RSS === '1')
    process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`);
  process.exitCode = code;
  if (opts.exit) {
    const flushed = (s: NodeJS.WriteStream) =>
      new Promise<void>((r) => (s.writableLength > 0 ? s.once('drain', () => r()) : r()));
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit(code);
  }
  return code;
}
