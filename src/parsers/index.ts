// The formats perf-gates reads, in the order detection asks them (src/parsers/detect.ts: the
// sniffs alone, which src/parsers/sniff.ts asks stage by stage), each with its reader, and the
// floor's exports. Every format except k6 NDJSON (streamed by src/parsers/k6-ndjson/) reads from
// text to a Dataset of src/model.ts here. Pure: strings and bytes in.
import { InputError, type Dataset, type Format } from '../model.js';
import * as approvals from './approvals/index.js';
import * as baselineCsv from './baseline-csv/index.js';
import * as junit from './junit/index.js';
import * as k6Summary from './k6-summary/index.js';
import * as markdown from './markdown/index.js';
import * as noise from './noise/index.js';
import * as plan from './plan/index.js';
import * as pytestBenchmark from './pytest-benchmark/index.js';
import * as pytestJson from './pytest-json/index.js';
import * as slo from './slo/index.js';
import { DETECT_HEAD_BYTES, type DetectOptions } from './sniff.js';
import { detectFormat, SNIFFED, type SniffEntry } from './detect.js';
import { decodeText } from './text/decode.js';

/** One format: what detection may call it, its sniff, and its reader of a whole document. */
interface FormatEntry extends SniffEntry {
  parse: (text: string, file: string, format: Format) => Dataset;
}

/** Each format's reader of a whole document, by the first format of its registry entry. */
const READERS: Partial<Record<Format, FormatEntry['parse']>> = {
  'k6-ndjson': (_text, file) => {
    throw new InputError(file, 'k6 NDJSON is read by the streaming NDJSON reader, not parseDocument');
  },
  'k6-summary-export': (text, file, format) =>
    k6Summary.parseK6Summary(text, file, format as k6Summary.K6SummaryFormat),
  'pytest-json-report': pytestJson.parsePytestJson,
  'pytest-benchmark': pytestBenchmark.parsePytestBenchmark,
  'optimization-plan': plan.parseOptimizationPlan,
  noise: noise.parseNoise,
  approvals: approvals.parseApprovals,
  'junit-xml': junit.parseJunit,
  'baseline-csv': baselineCsv.parseBaselineCsv,
  'slo-updates': slo.parseSloUpdates,
  markdown: markdown.parseMarkdown,
};

/** The registry (src/parsers/detect.ts, in detection order), each entry with its reader. */
export const FORMATS: readonly FormatEntry[] = SNIFFED.map((e) => {
  const parse = READERS[e.formats[0]];
  if (!parse) throw new Error(`no reader for ${e.formats[0]}`);
  return { ...e, parse };
});

export { detectFormat };

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
