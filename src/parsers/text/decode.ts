// The text helpers every reader shares: BOM handling, strict UTF-8/UTF-16 decoding and the line
// and column of an offset. Pure: bytes and strings in.
import { InputError } from '../../model.js';

/** Removes one leading byte-order mark (U+FEFF). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Bytes to text. UTF-8 by default (a UTF-8 BOM is dropped); a UTF-16 BOM (FF FE / FE FF, what
 * Windows PowerShell writes by default) selects UTF-16. Invalid UTF-8 is an InputError with its
 * line. `lenient` replaces bad sequences instead (used for a head cut mid-character).
 */
export function decodeText(bytes: Uint8Array, file: string, lenient = false): string {
  let encoding = 'utf-8';
  let start = 0;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    start = 2;
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    start = 2;
  } else if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
  }
  const body = bytes.subarray(start);
  if (lenient) return new TextDecoder(encoding, { fatal: false }).decode(body);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    // find the first bad byte to say where
    const lossy = new TextDecoder(encoding, { fatal: false }).decode(body);
    const bad = lossy.indexOf('\ufffd');
    const { line, column } = lineColumnAt(lossy, Math.max(0, bad));
    throw new InputError(file, `not valid ${encoding.toUpperCase()} text`, line, column);
  }
}

/** 1-based line and column of a character offset (CRLF, LF and lone CR each end a line). */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) continue; // CRLF counts once, at the LF
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
