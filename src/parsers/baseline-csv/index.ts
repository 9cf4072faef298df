// baseline-metrics.csv (the protocol's table): `metric_name,service,value,unit,collection_method,timestamp`,
// read with papaparse (comma-delimited, RFC 4180 quoting: quoted fields may hold commas, quotes and
// newlines). Header names are trimmed and matched case-insensitively; extra columns are kept. A cell
// that perf-gates wrote spreadsheet-safe (`'=...`, see ./safe.ts) reads back without that one `'`.
//
// Row rules (documented decision):
//   - a missing required COLUMN is an InputError naming it;
//   - a quoting error (a quote that is never closed, or text after a closing quote) is an
//     InputError naming the line where the quote opened: it swallows the rows after it;
//   - a row is REJECTED (kept out of `rows`, listed in `rejected` with its physical line and reason)
//     when metric_name or service is empty, when its field count differs from the header's, when
//     `value` is non-empty and not a decimal number, or when `timestamp` is non-empty and not an
//     ISO 8601 date/date-time (or a Unix epoch in seconds or milliseconds);
//   - an EMPTY value, unit, collection_method or timestamp is allowed: the row is kept with that
//     field empty ('' for strings, NaN for the value) and the field named in `missing`, so gate 1
//     can count it as incomplete;
//   - blank lines (anywhere, including trailing ones) are ignored.
// `line` is the physical line where the row starts (header = 1), counting newlines inside quoted
// fields, with CRLF, LF or CR line ends.
import Papa from 'papaparse';
import {
  BASELINE_COLUMNS,
  InputError,
  type BaselineCsvDataset,
  type BaselineRow,
  type Warning,
} from '../../model.js';
import { stripBom } from '../text/decode.js';
import { fromSpreadsheetSafe } from './safe.js';
export { sniff } from './sniff.js';

export const REQUIRED_COLUMNS = BASELINE_COLUMNS;
type Required = (typeof REQUIRED_COLUMNS)[number];

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const EPOCH = /^\d{10}(?:\d{3})?(?:\.\d+)?$/;

/** An ISO 8601 date or date-time that names a real instant, or a Unix epoch (s or ms). */
export function isValidTimestamp(s: string): boolean {
  if (EPOCH.test(s)) return true;
  if (!ISO.test(s)) return false;
  const [y, mo, d] = s.slice(0, 10).split('-').map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return false;
  const t = /[T ](\d{2}):(\d{2})(?::(\d{2}))?/i.exec(s);
  if (t && (Number(t[1]) > 23 || Number(t[2]) > 59 || Number(t[3] ?? 0) > 60)) return false;
  return !Number.isNaN(Date.parse(s.replace(' ', 'T').replace(',', '.')));
}

/** Offsets of line starts, so a character offset maps to its 1-based physical line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Offset of the quote that opened the field a quoting error is about: the last field-opening quote
 * in body[start, end) (RFC 4180: a quote at the start of a field opens it, two quotes inside it
 * are one quote).
 */
function badQuoteAt(body: string, start: number, end: number): number | undefined {
  let open: number | undefined;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = start; i < end; i++) {
    const c = body[i];
    if (inQuotes) {
      if (c === '"') {
        if (body[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '"') {
      if (fieldStart) {
        inQuotes = true;
        open = i;
      } else open ??= i; // a stray quote inside an unquoted field
      fieldStart = false;
      continue;
    }
    fieldStart = c === ',' || c === '\n' || c === '\r';
  }
  return open;
}

export function parseBaselineCsv(text: string, file: string): BaselineCsvDataset {
  const body = stripBom(text);
  const starts = lineStarts(body);
  const records: { data: string[]; line: number; error?: string; quote?: number }[] = [];
  let prev = 0;
  Papa.parse<string[]>(body, {
    delimiter: ',',
    header: false,
    skipEmptyLines: false,
    step: (res) => {
      // res.meta.cursor is the offset just after the row (newline included)
      const start = prev;
      prev = res.meta.cursor;
      const error = res.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
      records.push({
        // a cell written spreadsheet-safe ('=...) reads back as it was (=...)
        data: res.data.map(fromSpreadsheetSafe),
        line: lineOf(starts, start),
        ...(error ? { error: error.message, quote: badQuoteAt(body, start, prev) } : {}),
      });
    },
  });
  const blank = (r: string[]) => r.every((c) => c.trim() === '');
  const rowsIn = records.filter((r) => !blank(r.data));
  const warnings: Warning[] = [];
  const headerRec = rowsIn.shift();
  if (!headerRec) throw new InputError(file, 'the CSV is empty: expected a header row');
  if (headerRec.error)
    throw new InputError(file, `bad quoting in the header: ${headerRec.error}`, headerRec.line);
  const columns = headerRec.data.map((h) => h.trim());
  const lower = columns.map((c) => c.toLowerCase());
  const index = {} as Record<Required, number>;
  for (const col of REQUIRED_COLUMNS) {
    const at = lower.indexOf(col);
    if (at < 0)
      throw new InputError(
        file,
        `missing required column "${col}" (header has: ${columns.join(', ')}; required: ${REQUIRED_COLUMNS.join(', ')})`,
        headerRec.line,
      );
    if (lower.indexOf(col, at + 1) >= 0)
      throw new InputError(file, `column "${col}" appears twice in the header`, headerRec.line);
    index[col] = at;
  }
  const extraCols = columns
    .map((c, i) => ({ c, i }))
    .filter(({ i }) => !(REQUIRED_COLUMNS as readonly string[]).includes(lower[i]));

  const rows: BaselineRow[] = [];
  const rejected: { line: number; reason: string }[] = [];
  for (const rec of rowsIn) {
    const { data, line } = rec;
    // A quoting error swallows the rows after it (papaparse reads them into one field): the file
    // is bad input, never a row short.
    if (rec.error) {
      const q = rec.quote !== undefined ? lineOf(starts, rec.quote) : line;
      throw new InputError(
        file,
        `bad CSV quoting: the quote opened on line ${q} is not closed properly (${rec.error}); inside a quoted field a quote is written twice ("")`,
        q,
      );
    }
    if (data.length !== columns.length) {
      rejected.push({
        line,
        reason: `${data.length} fields, the header has ${columns.length}${data.length > columns.length ? ' (an unquoted comma?)' : ''}`,
      });
      continue;
    }
    const cell = (c: Required) => data[index[c]].trim();
    const reasons: string[] = [];
    if (!cell('metric_name')) reasons.push('metric_name is empty');
    if (!cell('service')) reasons.push('service is empty');
    const rawValue = cell('value');
    if (rawValue && !DECIMAL.test(rawValue)) reasons.push(`value "${rawValue}" is not a number`);
    const ts = cell('timestamp');
    if (ts && !isValidTimestamp(ts)) reasons.push(`timestamp "${ts}" is not an ISO 8601 date-time`);
    if (reasons.length) {
      rejected.push({ line, reason: reasons.join('; ') });
      continue;
    }
    const row: BaselineRow = {
      metric_name: cell('metric_name'),
      service: cell('service'),
      value: rawValue ? Number(rawValue) : Number.NaN,
      unit: cell('unit'),
      collection_method: cell('collection_method'),
      timestamp: ts,
      line,
    };
    const missing = (['value', 'unit', 'collection_method', 'timestamp'] as const).filter(
      (c) => cell(c) === '',
    );
    if (missing.length) row.missing = [...missing];
    if (extraCols.length) {
      row.extra = {};
      for (const { c, i } of extraCols) row.extra[c] = data[i];
    }
    rows.push(row);
  }
  for (const r of rejected) warnings.push({ file, line: r.line, message: `row rejected: ${r.reason}` });
  if (rows.length === 0) warnings.push({ file, message: 'no usable rows' });
  return { format: 'baseline-csv', file, rows, rejected, columns, warnings };
}
