// Detection of a baseline CSV: its header (the first non-blank line) has a `metric_name` column.
import type { Format } from '../../model.js';
import type { Head } from '../sniff.js';

function splitCsvHeader(line: string): string[] {
  return line.split(',').map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim()
      .toLowerCase(),
  );
}

export function sniff(head: Head): Format | undefined {
  if (head.stage !== 'text') return undefined;
  const header = head.lines.find((l) => l.trim() !== '');
  if (header !== undefined && header.includes(',') && splitCsvHeader(header).includes('metric_name'))
    return 'baseline-csv';
  return undefined;
}
