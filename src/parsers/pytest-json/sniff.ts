// Detection of pytest-json-report: a JSON object with `exitcode`, a `summary` object and one of
// `created`, a `tests` array or `root`.
import type { Format } from '../../model.js';
import type { Head } from '../sniff.js';

export function sniff(head: Head): Format | undefined {
  const f = head.facts;
  if (head.stage !== 'json' || f?.top !== 'object') return undefined;
  if (
    f.has('exitcode') &&
    f.kind('summary') === 'object' &&
    (f.has('created') || f.kind('tests') === 'array' || f.has('root'))
  )
    return 'pytest-json-report';
  return undefined;
}
