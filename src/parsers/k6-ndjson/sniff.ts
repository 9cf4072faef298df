// Detection of k6 NDJSON (`k6 run --out json`): gzip magic 1f 8b (k6 gzips its JSON output), a
// document whose first object is a k6 Metric or Point, or such a line in text that also holds
// other lines (k6's output written to stdout, interleaved with its banner and log lines).
import type { Format } from '../../model.js';
import type { Head } from '../sniff.js';

/**
 * Line number (1-based) of the first k6 NDJSON line in text that also holds other lines: k6's
 * `--out json` written to stdout and interleaved with k6's banner and log lines.
 */
function firstK6Line(lines: string[]): number | undefined {
  for (let i = 0; i < Math.min(lines.length, 2000); i++) {
    const l = lines[i].trim();
    if (!l.startsWith('{"')) continue;
    let o: unknown;
    try {
      o = JSON.parse(l);
    } catch {
      continue; // may be the line cut at the end of the head
    }
    if (o !== null && typeof o === 'object' && !Array.isArray(o)) {
      const r = o as Record<string, unknown>;
      if ((r.type === 'Point' || r.type === 'Metric') && typeof r.metric === 'string') return i + 1;
    }
  }
  return undefined;
}

export function sniff(head: Head): Format | undefined {
  const { bytes, facts: f } = head;
  if (head.stage === 'bytes')
    return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b ? 'k6-ndjson' : undefined;
  if (head.stage === 'json' && f?.top === 'object') {
    const type = f.value('type');
    if ((type === 'Point' || type === 'Metric') && (f.has('metric') || f.kind('data') === 'object'))
      return 'k6-ndjson';
  }
  if (head.stage === 'text' && firstK6Line(head.lines) !== undefined) return 'k6-ndjson';
  return undefined;
}
