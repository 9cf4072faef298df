// Detection of an optimization plan: a JSON object with a `target_metric` object.
import type { Format } from '../../model.js';
import type { Head } from '../sniff.js';

export function sniff(head: Head): Format | undefined {
  const f = head.facts;
  if (head.stage !== 'json' || f?.top !== 'object') return undefined;
  return f.kind('target_metric') === 'object' ? 'optimization-plan' : undefined;
}
