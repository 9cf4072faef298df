// The readers: every format except k6 NDJSON (streamed by src/parsers/k6-ndjson/) from text to a
// Dataset of src/model.ts. Pure: strings and bytes in.
import { InputError, type Dataset, type Format } from '../model.js';
import { parseApprovals } from './approvals/index.js';
import { parseBaselineCsv } from './baseline-csv/index.js';
import { decodeText, detectFormat, type DetectOptions } from './detect.js';
import { parseJunit } from './junit/index.js';
import { parseK6Summary } from './k6-summary/index.js';
import { parseMarkdown } from './markdown/index.js';
import { parseNoise } from './noise/index.js';
import { parseOptimizationPlan } from './plan/index.js';
import { parsePytestBenchmark } from './pytest-benchmark/index.js';
import { parsePytestJson } from './pytest-json/index.js';
import { parseSloUpdates } from './slo/index.js';

export {
  decodeText,
  detectFormat,
  type DetectOptions,
  formatPath,
  lineColumnAt,
  locateJsonPath,
  parseJsonText,
  scanJson,
  stripBom,
  zodInputError,
} from './detect.js';
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

/** How many leading bytes detection looks at. */
export const DETECT_HEAD_BYTES = 64 * 1024;

/** Reads one document of a known format (every format except 'k6-ndjson'). */
export function parseDocument(text: string, file: string, format: Format): Dataset {
  switch (format) {
    case 'k6-summary-export':
    case 'k6-handle-summary':
    case 'k6-machine-summary':
      return parseK6Summary(text, file, format);
    case 'pytest-json-report':
      return parsePytestJson(text, file);
    case 'pytest-benchmark':
      return parsePytestBenchmark(text, file);
    case 'junit-xml':
      return parseJunit(text, file);
    case 'baseline-csv':
      return parseBaselineCsv(text, file);
    case 'markdown':
      return parseMarkdown(text, file);
    case 'optimization-plan':
      return parseOptimizationPlan(text, file);
    case 'slo-updates':
      return parseSloUpdates(text, file);
    case 'approvals':
      return parseApprovals(text, file);
    case 'noise':
      return parseNoise(text, file);
    case 'k6-ndjson':
      throw new InputError(file, 'k6 NDJSON is read by the streaming NDJSON reader, not parseDocument');
    default: {
      const never: never = format;
      throw new InputError(file, `unknown format "${String(never)}"`);
    }
  }
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
