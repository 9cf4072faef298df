// Detection of approvals (the GitHub deployment-approvals API's answer): a JSON array, empty, or
// whose first element is an object with `state`, `user` or `environments`.
import type { Format } from '../../model.js';
import type { Head } from '../sniff.js';

export function sniff(head: Head): Format | undefined {
  const f = head.facts;
  if (head.stage !== 'json' || f?.top !== 'array') return undefined;
  if (f.kind(0) === undefined) return head.complete ? 'approvals' : undefined; // [] (or a head that ends right there)
  if (f.kind(0) === 'object' && (f.has(0, 'state') || f.has(0, 'user') || f.has(0, 'environments')))
    return 'approvals';
  return undefined;
}
