// Detection of SLO updates YAML: a `slo_updates:` key at column 0, outside fenced code (so that a
// Markdown document showing one in a code block stays Markdown).
import type { Format } from '../../model.js';
import type { Head } from '../sniff.js';

/** Whether a line at column 0 reading `slo_updates:` exists outside fenced code. */
function hasSloUpdatesKey(lines: string[]): boolean {
  let fence: string | undefined;
  for (const line of lines) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (!fence && /^["']?slo_updates["']?\s*:/.test(line)) return true;
  }
  return false;
}

export function sniff(head: Head): Format | undefined {
  return head.stage === 'text' && hasSloUpdatesKey(head.lines) ? 'slo-updates' : undefined;
}
