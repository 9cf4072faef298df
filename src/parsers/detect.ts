// The order detection asks the formats (src/parsers/sniff.ts walks the stages of a file's head;
// each format's own test is the `sniff` beside its reader) and `detectFormat`. Only the sniffs:
// knowing a file's format loads no reader (zod, yaml, XML, CSV), so reading k6 NDJSON alone never
// pays for them; src/parsers/index.ts pairs each entry here with its reader. Pure: bytes in.
import type { Format } from '../model.js';
import { sniff as approvals } from './approvals/sniff.js';
import { sniff as baselineCsv } from './baseline-csv/sniff.js';
import { sniff as junit } from './junit/sniff.js';
import { sniff as k6Ndjson } from './k6-ndjson/sniff.js';
import { sniff as k6Summary } from './k6-summary/sniff.js';
import { sniff as markdown } from './markdown/sniff.js';
import { sniff as noise } from './noise/sniff.js';
import { sniff as plan } from './plan/sniff.js';
import { sniff as pytestBenchmark } from './pytest-benchmark/sniff.js';
import { sniff as pytestJson } from './pytest-json/sniff.js';
import { sniff as slo } from './slo/sniff.js';
import { detectWith, type DetectOptions, type Sniff } from './sniff.js';

/** One format: what detection may call it, and its sniff. */
export interface SniffEntry {
  formats: readonly Format[];
  sniff: Sniff;
}

/**
 * The registry, in detection order: at each stage of a head the first sniff that claims it wins
 * (k6 NDJSON first: gzip, and a Metric or Point object before any summary; Markdown last: it takes
 * whatever text is left).
 */
export const SNIFFED: readonly SniffEntry[] = [
  { formats: ['k6-ndjson'], sniff: k6Ndjson },
  { formats: ['k6-summary-export', 'k6-handle-summary', 'k6-machine-summary'], sniff: k6Summary },
  { formats: ['pytest-json-report'], sniff: pytestJson },
  { formats: ['pytest-benchmark'], sniff: pytestBenchmark },
  { formats: ['optimization-plan'], sniff: plan },
  { formats: ['noise'], sniff: noise },
  { formats: ['approvals'], sniff: approvals },
  { formats: ['junit-xml'], sniff: junit },
  { formats: ['baseline-csv'], sniff: baselineCsv },
  { formats: ['slo-updates'], sniff: slo },
  { formats: ['markdown'], sniff: markdown },
];

const SNIFFS: readonly Sniff[] = SNIFFED.map((f) => f.sniff);

/**
 * The format of a file from its first bytes (up to ~64 KiB; the head may end in the middle of a
 * document). Unknown content is an InputError that says what was looked for. The file name only
 * vetoes: a `.json`, `.ndjson` or `.gz` file is never Markdown; Markdown at all only with
 * `{ markdown: true }`.
 */
export function detectFormat(head: Buffer | Uint8Array, file: string, opts: DetectOptions = {}): Format {
  return detectWith(SNIFFS, head, file, opts);
}
