// JUnit XML as pytest writes it (`--junitxml`), read with fast-xml-parser. A DOCTYPE (and so any
// entity declaration, internal or external) is refused: pytest never writes one, and refusing it
// rules out entity-expansion and external-entity attacks. The parser's own entity handling is off;
// the five XML entities and character references (`&lt;`, `&#10;`) are decoded here, in one pass
// (so `&amp;#10;` stays the literal text `&#10;`).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError, type TestDataset, type TestEntry, type Warning } from '../../model.js';
import { lineColumnAt, stripBom } from '../text/decode.js';
export { sniff } from './sniff.js';

type XmlNode = Record<string, unknown>;

const ARRAYS = new Set([
  'testsuites',
  'testsuite',
  'testcase',
  'properties',
  'property',
  'failure',
  'error',
  'skipped',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  isArray: (name) => ARRAYS.has(name),
  attributeValueProcessor: (_name, value) => decodeXml(value),
  tagValueProcessor: (_name, value) => decodeXml(value),
});

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the predefined XML entities and numeric character references in one pass. */
export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(
    /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g,
    (m, dec?: string, hex?: string, name?: string) => {
      if (name) return NAMED[name];
      const cp = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
      return cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) && cp !== 0 ? String.fromCodePoint(cp) : m;
    },
  );
}

const NUMERIC = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function attr(node: XmlNode, name: string): string | undefined {
  const v = node[`@_${name}`];
  return typeof v === 'string' ? v : v === undefined ? undefined : String(v);
}

function children(node: XmlNode, name: string): XmlNode[] {
  const v = node[name];
  if (!Array.isArray(v)) return [];
  return v.map((x) => (x && typeof x === 'object' ? (x as XmlNode) : { '#text': String(x ?? '') }));
}

/**
 * pytest's classname is the nodeid with `::` → `.`, `/` → `.` and `.py` dropped:
 * `test_mod` / `test_mod.TestX` / `tests.unit.test_mod.TestX`. Trailing capitalised segments are
 * classes; when what remains ends in a pytest module name (`test_*` or `*_test`) the nodeid is
 * rebuilt as `tests/unit/test_mod.py::TestX::name`, otherwise `classname::name`.
 */
export function junitNodeid(classname: string | undefined, name: string): string {
  if (!classname) return name;
  const parts = classname.split('.');
  let k = parts.length;
  while (k > 0 && /^[A-Z]/.test(parts[k - 1])) k--;
  const mod = parts.slice(0, k);
  const classes = parts.slice(k);
  const last = mod[mod.length - 1];
  if (last && (/^test_/.test(last) || /_test$/.test(last)))
    return [`${mod.join('/')}.py`, ...classes, name].join('::');
  return `${classname}::${name}`;
}

function metadataOf(tc: XmlNode): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  for (const props of children(tc, 'properties'))
    for (const p of children(props, 'property')) {
      const name = attr(p, 'name');
      if (name === undefined) continue;
      const raw = attr(p, 'value') ?? (typeof p['#text'] === 'string' ? p['#text'] : '');
      const value: unknown = NUMERIC.test(raw) ? Number(raw) : raw;
      if (name in meta) {
        const prev = meta[name];
        meta[name] = Array.isArray(prev) ? [...prev, value] : [prev, value];
      } else meta[name] = value;
    }
  return meta;
}

function collectSuites(node: XmlNode, out: XmlNode[]): void {
  for (const s of children(node, 'testsuite')) {
    out.push(s);
    collectSuites(s, out); // nested suites (other JUnit writers)
  }
  for (const s of children(node, 'testsuites')) collectSuites(s, out);
}

export function parseJunit(text: string, file: string): TestDataset {
  const body = stripBom(text);
  const bom = text.length - body.length;
  const dt = /<!DOCTYPE|<!ENTITY/i.exec(body);
  if (dt) {
    const { line, column } = lineColumnAt(text, dt.index + bom);
    throw new InputError(file, 'a DOCTYPE / entity declaration is not accepted in JUnit XML', line, column);
  }
  const valid = XMLValidator.validate(body);
  if (valid !== true)
    throw new InputError(file, `invalid XML: ${valid.err.msg}`, valid.err.line, valid.err.col);
  const doc = parser.parse(body) as XmlNode;
  const suites: XmlNode[] = [];
  collectSuites(doc, suites);
  if (suites.length === 0) throw new InputError(file, 'JUnit XML without <testsuite> element');

  const warnings: Warning[] = [];
  const tests: TestEntry[] = [];
  let noTime = 0;
  // Suite attributes (leaf suites only, so nested suites are not counted twice); when a suite
  // lacks one, the counts come from the testcases.
  const totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  let attrsComplete = true;
  for (const suite of suites) {
    if (children(suite, 'testsuite').length) continue;
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) {
      const v = attr(suite, key)?.trim();
      if (v !== undefined && NUMERIC.test(v)) totals[key] += Number(v);
      else attrsComplete = false;
    }
  }
  for (const suite of suites) {
    for (const tc of children(suite, 'testcase')) {
      const name = attr(tc, 'name') ?? '';
      const failure = children(tc, 'failure')[0];
      const error = children(tc, 'error')[0];
      const skipped = children(tc, 'skipped')[0];
      let outcome = 'passed';
      let message: string | undefined;
      if (failure) {
        outcome = 'failed';
        message = attr(failure, 'message');
      } else if (error) {
        outcome = 'error';
        message = attr(error, 'message');
      } else if (skipped) {
        // pytest writes xfail as <skipped type="pytest.xfail">
        outcome = attr(skipped, 'type') === 'pytest.xfail' ? 'xfailed' : 'skipped';
        message = attr(skipped, 'message');
      }
      const time = attr(tc, 'time');
      let duration = 0;
      if (time !== undefined && NUMERIC.test(time.trim())) duration = Number(time.trim());
      else noTime++;
      const entry: TestEntry = {
        file,
        nodeid: junitNodeid(attr(tc, 'classname'), name),
        outcome,
        markers: [],
        duration,
        metadata: metadataOf(tc),
      };
      if (message !== undefined) entry.message = message;
      tests.push(entry);
    }
  }
  if (noTime) warnings.push({ file, message: `${noTime} testcase(s) without a time attribute: duration 0` });
  warnings.push({ file, message: 'JUnit XML carries no pytest markers: markers are empty' });
  if (!attrsComplete) {
    // count from the testcases when the suites do not say
    totals.tests = tests.length;
    totals.failures = tests.filter((t) => t.outcome === 'failed').length;
    totals.errors = tests.filter((t) => t.outcome === 'error').length;
    totals.skipped = tests.filter((t) => t.outcome === 'skipped' || t.outcome === 'xfailed').length;
  }
  return { format: 'junit-xml', file, tests, summary: totals, warnings };
}
