// The terminal side of the runner for `perf-gates gate`: logs to stderr, the summary to stdout,
// outputs as `name=value` lines on stderr. No GitHub writes.
import type { Host } from './host.js';

export function cliHost(cwd = process.cwd()): Host {
  const err = (s: string) => process.stderr.write(s + '\n');
  return {
    kind: 'cli',
    info: err,
    notice: (s) => err(`notice: ${s}`),
    warning: (s, file, line) => err(`warning: ${file ? `${file}${line ? `:${line}` : ''}: ` : ''}${s}`),
    error: (s) => err(`error: ${s}`),
    group: async (name, fn) => {
      err(name);
      return fn();
    },
    setOutput: (name, value) => err(`output ${name}=${value}`),
    summary: async (md) => {
      process.stdout.write(md.endsWith('\n') ? md : md + '\n');
    },
    env: process.env,
    cwd,
  };
}
