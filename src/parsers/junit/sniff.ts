// Detection of JUnit XML: an XML document with <testsuites> or <testsuite>. Any other XML is
// refused here (no other format perf-gates reads is XML).
import { InputError, type Format } from '../../model.js';
import { LOOKED_FOR, type Head } from '../sniff.js';

export function sniff(head: Head): Format | undefined {
  if (head.stage !== 'xml') return undefined;
  if (/<testsuites?[\s>/]/.test(head.trimmed.slice(0, 65536))) return 'junit-xml';
  throw new InputError(
    head.file,
    `unknown format: an XML document without <testsuites> or <testsuite>; looked for ${LOOKED_FOR}`,
  );
}
