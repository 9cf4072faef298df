// Spreadsheet-safe CSV cells (OWASP "CSV Injection"): a text cell that begins with `=`, `+`, `-`,
// `@`, tab or carriage return and is not a number is written with a leading `'`, so a spreadsheet
// shows it as text instead of running it as a formula (`=HYPERLINK(...)`, `@SUM(...)`, `+cmd|...`).
// A cell that already begins with quotes before such a character gets one more quote, so reading
// removes exactly one and every cell round-trips. Pure.

const FORMULA_START = /^'*[=+\-@\t\r]/;
const QUOTED_FORMULA = /^'+[=+\-@\t\r]/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The cell as written into a CSV file: a leading `'` when a spreadsheet would take it as a formula. */
export function spreadsheetSafe(cell: string): string {
  return FORMULA_START.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell;
}

/** The inverse of spreadsheetSafe: removes exactly the one `'` it adds. */
export function fromSpreadsheetSafe(cell: string): string {
  if (!QUOTED_FORMULA.test(cell)) return cell;
  const inner = cell.slice(1);
  return NUMBER.test(inner) ? cell : inner;
}

/** A raw cell of a CSV file made safe so that it still reads back as the reader reads it now. */
function safeRaw(raw: string): string {
  return spreadsheetSafe(fromSpreadsheetSafe(raw));
}

/**
 * A CSV text with every cell made spreadsheet-safe (reading the result gives the same values as
 * reading `text`: an already safe `'=x` stays as it is) and every other byte kept (RFC 4180 fields:
 * quoted fields stay quoted, with the `'` inside the quotes; line ends are kept as they are).
 */
export function spreadsheetSafeCsv(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  const endOfField = (c: string | undefined) => c === undefined || c === ',' || c === '\n' || c === '\r';
  for (;;) {
    if (text[i] === '"') {
      let j = i + 1;
      let value = '';
      while (j < n) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += text[j];
        j++;
      }
      const end = Math.min(j + 1, n);
      out += safeRaw(value) !== value ? `"'${text.slice(i + 1, end)}` : text.slice(i, end);
      i = end;
      // anything between the closing quote and the delimiter (malformed) is kept as it is
      while (!endOfField(text[i])) out += text[i++];
    } else {
      let j = i;
      while (!endOfField(text[j])) j++;
      out += safeRaw(text.slice(i, j));
      i = j;
    }
    if (i >= n) return out;
    if (text[i] === ',') {
      out += ',';
      i++;
    } else if (text[i] === '\r' && text[i + 1] === '\n') {
      out += '\r\n';
      i += 2;
    } else {
      out += text[i++];
    }
  }
}
