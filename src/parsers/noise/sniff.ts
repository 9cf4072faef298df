// Detection of a noise file: a JSON object with a numeric `version` and a `keys` object.
import type { Format } from '../../model.js';
import type { Head } from '../sniff.js';

export function sniff(head: Head): Format | undefined {
  const f = head.facts;
  if (head.stage !== 'json' || f?.top !== 'object') return undefined;
  return typeof f.value('version') === 'number' && f.kind('keys') === 'object' ? 'noise' : undefined;
}
