// Detection of pytest-benchmark's `--benchmark-json`: a `benchmarks` array beside `machine_info`,
// `commit_info` or per-benchmark `stats`, or a `machine_info` object that is Python's. Its console
// table (what it prints without `--benchmark-json`) is refused with how to get the JSON.
import { InputError, type Format } from '../../model.js';
import type { Head } from '../sniff.js';

/** pytest-benchmark's console table (what it prints without `--benchmark-json`). */
function isBenchmarkConsoleTable(lines: string[]): boolean {
  return lines
    .slice(0, 200)
    .some(
      (l) =>
        /^-{3,} benchmark(?: ['"].*['"])?: \d+ tests? -{3,}\s*$/.test(l) ||
        /^Name \(time in (?:ns|us|ms|s)\)\s+(?:Min|Max|Mean)\b/.test(l),
    );
}

export function sniff(head: Head): Format | undefined {
  const f = head.facts;
  if (head.stage === 'json' && f?.top === 'object') {
    if (
      (f.kind('benchmarks') === 'array' &&
        (f.has('machine_info') || f.has('commit_info') || f.has('benchmarks', 0, 'stats'))) ||
      (f.kind('machine_info') === 'object' && f.kind('commit_info') === 'object') ||
      (f.kind('machine_info') === 'object' &&
        (f.has('machine_info', 'python_implementation') || f.has('machine_info', 'python_version')))
    )
      return 'pytest-benchmark';
  }
  if (head.stage === 'text' && isBenchmarkConsoleTable(head.lines)) {
    throw new InputError(
      head.file,
      "this is pytest-benchmark's console table (the text it prints), not its JSON: run pytest with " +
        '`--benchmark-json=FILE` and give that file',
    );
  }
  return undefined;
}
