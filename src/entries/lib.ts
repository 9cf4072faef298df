// The one library bundle (dist/lib/): every action step and the command line, each as a `run()`.
// The entries dist/<step>/index.js and dist/cli/index.js are a few hand-written lines (written by
// scripts/package.mjs) that import this bundle and call one of these. Each loads its own code on
// first call, so the command line never loads the Actions toolkit and a gate never loads the CLI.
import { prestartHashThread } from '../io/hash-thread.js';

export const baseline = async (): Promise<void> => (await import('./baseline.js')).run();
export const diagnostics = async (): Promise<void> => (await import('./diagnostics.js')).run();
export const optimization = async (): Promise<void> => (await import('./optimization.js')).run();
export const governance = async (): Promise<void> => (await import('./governance.js')).run();
export const compare = async (): Promise<void> => (await import('./compare.js')).run();
export const all = async (): Promise<void> => (await import('./all.js')).run();
export const publish = async (): Promise<void> => (await import('./publish.js')).run();
export const cli = async (argv?: string[], opts?: { exit?: boolean }): Promise<number> => {
  // a big file's hash thread starts while the command line's code loads (io/hash-thread.ts)
  prestartHashThread(argv ?? process.argv.slice(2));
  return (await import('./cli.js')).run(argv, opts);
};
