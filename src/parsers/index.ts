// The formats perf-gates reads, in the order detection asks them (src/parsers/sniff.ts walks the
// stages of a file's head; each format's own test is the `sniff` beside its reader), and the floor's
// exports. Every format except k6 NDJSON (streamed by src/parsers/k6-ndjson/) reads from text to a
// Dataset of src/model.ts here. Pure: strings and bytes in.
import { InputError, type Dataset, type Format } from '../model.js';
import * as approvals from './approvals/index.js';
import * as baselineCsv from './baseline-csv/index.js';
import * as junit from './junit/index.js';
import * as k6Ndjson from './k6-ndjson/index.js';
import * as k6Summary from './k6-summary/index.js';
import * as markdown from './markdown/index.js';
import * as noise from './noise/index.js';
import * as plan from './plan/index.js';
import * as pytestBenchmark from './pytest-benchmark/index.js';
import * as pytestJson from './pytest-json/index.js';
import * as slo from './slo/index.js';
import { DETECT_HEAD_BYTES, detectWith, type DetectOptions, type Sniff } from './sniff.js';
import { decodeText } from './text/decode.js';

/** One format: what detection may call it, its sniff, and its reader of a whole document. */
interface FormatEntry {
  formats: readonly Format[];
  sniff: Sniff;
  parse: (text: string, file: string, format: Format) => Dataset;
}

/**
 * The registry, in detection order: at each stage of a head the first sniff that claims it wins
 * (k6 NDJSON first: gzip, and a Metric or Point object before any summary; Markdown last: it takes
 * whatever text is left).
 */
export const FORMATS: readonly FormatEntry[] = [
  {
    formats: ['k6-ndjson'],
    sniff: k6Ndjson.sniff,
    parse: (_text, file) => {
      throw new InputError(file, 'k6 NDJSON is read by the streaming NDJSON reader, not parseDocument');
    },
  },
  {
    formats: ['k6-summary-export', 'k6-handle-summary', 'k6-machine-summary'],
    sniff: k6Summary.sniff,
    parse: (text, file, format) => k6Summary.parseK6Summary(text, file, format as k6Summary.K6SummaryFormat),
  },
  { formats: ['pytest-json-report'], sniff: pytestJson.sniff, parse: pytestJson.parsePytestJson },
  {
    formats: ['pytest-benchmark'],
    sniff: pytestBenchmark.sniff,
    parse: pytestBenchmark.parsePytestBenchmark,
  },
  { formats: ['optimization-plan'], sniff: plan.sniff, parse: plan.parseOptimizationPlan },
  { formats: ['noise'], sniff: noise.sniff, parse: noise.parseNoise },
  { formats: ['approvals'], sniff: approvals.sniff, parse: approvals.parseApprovals },
  { formats: ['junit-xml'], sniff: junit.sniff, parse: junit.parseJunit },
  { formats: ['baseline-csv'], sniff: baselineCsv.sniff, parse: baselineCsv.parseBaselineCsv },
  { formats: ['slo-updates'], sniff: slo.sniff, parse: slo.parseSloUpdates },
  { formats: ['markdown'], sniff: markdown.sniff, parse: markdown.parseMarkdown },
];

const SNIFFS: readonly Sniff[] = FORMATS.map((f) => f.sniff);

/**
 * The format of a file from its first bytes (up to ~64 KiB; the head may end in the middle of a
 * document). Unknown content is an InputError that says what was looked for. The file name only
 * vetoes: a `.json`, `.ndjson` or `.gz` file is never Markdown; Markdown at all only with
 * `{ markdown: true }`.
 */
export function detectFormat(head: Buffer | Uint8Array, file: string, opts: DetectOptions = {}): Format {
  return detectWith(SNIFFS, head, file, opts);
}

/** Reads one document of a known format (every format except 'k6-ndjson'). */
export function parseDocument(text: string, file: string, format: Format): Dataset {
  const entry = FORMATS.find((f) => f.formats.includes(format));
  if (!entry) throw new InputError(file, `unknown format "${String(format)}"`);
  return entry.parse(text, file, format);
}

/**
 * Bytes of a whole file to a Dataset: detects the format from the first 64 KiB unless `format`
 * names one, decodes the text (UTF-8, or UTF-16 with a BOM) and parses it. k6 NDJSON (detected or
 * named) is an InputError here: the I/O layer streams it through the NDJSON reader instead.
 */
export function readDocument(
  bytes: Uint8Array,
  file: string,
  format: Format | 'auto' = 'auto',
  opts: DetectOptions = {},
): Dataset {
  const f = format === 'auto' ? detectFormat(bytes.subarray(0, DETECT_HEAD_BYTES), file, opts) : format;
  return parseDocument(decodeText(bytes, file), file, f);
}

export {
  DETECT_HEAD_BYTES,
  detectWith,
  headStages,
  LOOKED_FOR,
  type DetectOptions,
  type Head,
  type HeadStages,
  type Sniff,
  type SniffStage,
} from './sniff.js';
export { decodeText, lineColumnAt, stripBom } from './text/decode.js';
export { formatPath, locateJsonPath, parseJsonText, scanJson, zodInputError } from './text/json.js';
export { approvalsFrom, parseApprovals } from './approvals/index.js';
export { isValidTimestamp, parseBaselineCsv, REQUIRED_COLUMNS } from './baseline-csv/index.js';
export { junitNodeid, parseJunit } from './junit/index.js';
export {
  formatMetricKey,
  k6SummaryShapeOf,
  normalizeStat,
  parseK6Summary,
  parseMetricKey,
  sameMetricKey,
  type K6SummaryFormat,
  type MetricKey,
} from './k6-summary/index.js';
export { parseMarkdown } from './markdown/index.js';
export { noiseFileSchema, parseNoise } from './noise/index.js';
export { parseOptimizationPlan } from './plan/index.js';
export { parsePytestBenchmark } from './pytest-benchmark/index.js';
export { markersFromKeywords, parsePytestJson } from './pytest-json/index.js';
export { parseSloUpdates } from './slo/index.js';
