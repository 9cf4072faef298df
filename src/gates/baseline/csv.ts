// baseline-metrics.csv as Gate 1 writes it: the team's file as given (byte for byte when its text is
// known, except that every cell is spreadsheet-safe: a text cell a spreadsheet would run as a
// formula gets a leading `'`) followed by the rows derived from k6/pytest, RFC 4180 quoting,
// numbers at full precision.
import { BASELINE_COLUMNS, type BaselineCsvDataset, type BaselineRow } from '../../model.js';
import { spreadsheetSafe, spreadsheetSafeCsv } from '../../parsers/baseline-csv/safe.js';

/** The protocol's columns, as the reader requires them. */
export const STANDARD_COLUMNS = BASELINE_COLUMNS;

/** RFC 4180: quote a field holding a comma, a quote, CR/LF or edge spaces; double inner quotes. */
export function csvField(v: string): string {
  return /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Shortest text that reads back as the same double (no rounding). */
export function fullPrecision(n: number): string {
  return Number.isFinite(n) ? String(n) : '';
}

function rowCells(r: BaselineRow, columns: readonly string[]): string[] {
  return columns.map((c) => {
    switch (c) {
      case 'metric_name':
      case 'service':
      case 'unit':
      case 'collection_method':
      case 'timestamp':
        return r[c] ?? '';
      case 'value':
        return fullPrecision(r.value);
      default:
        return r.extra?.[c] ?? '';
    }
  });
}

export function baselineCsv(csv: BaselineCsvDataset | undefined, derived: readonly BaselineRow[]): string {
  const hasStd = (cols: readonly string[]): boolean => STANDARD_COLUMNS.every((c) => cols.includes(c));
  const columns = csv && csv.columns.length > 0 && hasStd(csv.columns) ? csv.columns : [...STANDARD_COLUMNS];
  const line = (cells: string[]): string => cells.map((c) => csvField(spreadsheetSafe(c))).join(',');
  if (csv?.text !== undefined) {
    const eol = csv.text.includes('\r\n') ? '\r\n' : '\n';
    let text = spreadsheetSafeCsv(csv.text);
    if (text !== '' && !text.endsWith('\n')) text += eol;
    if (text.trim() === '') text = line(columns) + eol;
    return text + derived.map((r) => line(rowCells(r, columns)) + eol).join('');
  }
  const out: string[] = [line(columns)];
  if (csv) {
    const given: { line: number; cells: string[] }[] = csv.rows.map((r) => ({
      line: r.line,
      cells: rowCells(r, columns),
    }));
    for (const r of csv.rejected)
      if (r.cells) given.push({ line: r.line, cells: columns.map((c) => r.cells?.[c] ?? '') });
    given.sort((a, b) => a.line - b.line);
    for (const g of given) out.push(line(g.cells));
  }
  for (const r of derived) out.push(line(rowCells(r, columns)));
  return out.join('\n') + '\n';
}
