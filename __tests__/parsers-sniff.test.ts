// Each format's sniff (src/parsers/<format>/sniff.ts) on its real fixture and on every other
// format's: it claims its own file at the stage where detection decides, and no format claims
// another's file at or before that stage (so the order of the registry never decides between them).
// The one exception is Markdown, the catch-all: any text is plain text, so it is asked last and
// claims the text stage only when no other format did.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Format } from '../src/model.js';
import {
  DETECT_HEAD_BYTES,
  detectFormat,
  FORMATS,
  headStages,
  type Head,
  type Sniff,
  type SniffStage,
} from '../src/parsers/index.js';

const FIX = join(import.meta.dirname, 'fixtures');

/** One real file per format, and the stage at which detection decides it. */
const REAL: [Format, string, SniffStage][] = [
  ['k6-ndjson', 'k6/a-baseline/results.ndjson.gz', 'bytes'],
  ['k6-summary-export', 'k6/a-baseline/summary-export.json', 'json'],
  ['k6-handle-summary', 'k6/a-baseline/handle-summary.json', 'json'],
  ['k6-machine-summary', 'k6-v1.6.1/a-baseline-mrs/summary-export.json', 'json'],
  ['pytest-json-report', 'pytest/json-report/performance-baseline.json', 'json'],
  ['pytest-benchmark', 'pytest/benchmark/bench-baseline.json', 'json'],
  ['optimization-plan', 'protocol/optimization-plan.json', 'json'],
  ['noise', 'noise/bench-aa.json', 'json'],
  ['approvals', 'protocol/approvals-example.json', 'json'],
  ['junit-xml', 'pytest/junit/performance-baseline.xml', 'xml'],
  ['baseline-csv', 'protocol/baseline-metrics.csv', 'text'],
  ['slo-updates', 'protocol/slo-updates.yml', 'text'],
  ['markdown', 'protocol/hypothesis-log.md', 'text'],
];

const ORDER: SniffStage[] = ['bytes', 'json', 'xml', 'text'];

function stagesUpTo(file: string, last: SniffStage): Head[] {
  const bytes = readFileSync(join(FIX, file)).subarray(0, DETECT_HEAD_BYTES);
  const stages = headStages(bytes, file, { markdown: true });
  return ORDER.slice(0, ORDER.indexOf(last) + 1)
    .map((s) => stages[s])
    .filter((h): h is NonNullable<typeof h> => h !== undefined);
}

/** Markdown takes whatever text is left: at the text stage it is not asked before the others. */
const catchAll = (sniff: Sniff, head: Head) => sniff === owner('markdown') && head.stage === 'text';

function owner(format: Format): Sniff {
  const entry = FORMATS.find((f) => f.formats.includes(format));
  if (!entry) throw new Error(`no registry entry for ${format}`);
  return entry.sniff;
}

describe('every format has a sniff in the registry and a real file here', () => {
  it('the registry and the list of real files cover the same formats', () => {
    expect(FORMATS.flatMap((f) => f.formats).sort()).toEqual(REAL.map(([f]) => f).sort());
  });

  it('Markdown, the catch-all for text, is asked last', () => {
    expect(FORMATS[FORMATS.length - 1].formats).toEqual(['markdown']);
  });
});

describe.each(REAL)('%s (%s)', (format, file, stage) => {
  it(`its sniff claims it at the ${stage} stage, and detection agrees`, () => {
    const heads = stagesUpTo(file, stage);
    expect(heads[heads.length - 1].stage).toBe(stage);
    expect(owner(format)(heads[heads.length - 1])).toBe(format);
    expect(
      detectFormat(readFileSync(join(FIX, file)).subarray(0, DETECT_HEAD_BYTES), file, { markdown: true }),
    ).toBe(format);
  });

  it("no other format's sniff claims it (or refuses it) at or before that stage", () => {
    for (const entry of FORMATS) {
      if (entry.formats.includes(format)) continue;
      for (const head of stagesUpTo(file, stage)) {
        if (catchAll(entry.sniff, head)) continue;
        expect(entry.sniff(head), `${entry.formats.join('/')} at ${head.stage}`).toBeUndefined();
      }
    }
  });

  it("its own sniff claims none of the other formats' files at or before their stage", () => {
    const mine = owner(format);
    for (const [other, otherFile, otherStage] of REAL) {
      if (owner(other) === mine) continue;
      for (const head of stagesUpTo(otherFile, otherStage)) {
        if (catchAll(mine, head)) continue;
        expect(mine(head), `${other} (${otherFile}) at ${head.stage}`).toBeUndefined();
      }
    }
  });
});
