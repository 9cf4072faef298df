// pytest-json-report (numirias/pytest-json-report 1.5): `tests[]` → TestEntry.
//
// Markers. The report has no markers field: `keywords` mixes marker names with the test's own
// name, its parameter id, parent node names (module file, classes, directories), the rootdir
// basename, "" and function attributes such as `pytestmark`. The rule used here: a keyword is a
// marker unless it is
//   - "" or `pytestmark`,
//   - a part of the nodeid: each `/` path component and file basename, each `::` segment (class
//     names, the test name with and without its `[param-id]`), the param id itself,
//   - the basename of `root` (the rootdir),
//   - not a Python identifier (marker names are identifiers: `pytest.mark.<name>`), which drops
//     param ids like `10`, file names like `test_perf.py`, and dir names like `orders-service`,
//   - a dunder name such as `__wrapped__` (a function attribute leaked by a decorator).
import { z } from 'zod';
import type { TestDataset, TestEntry, Warning } from '../../model.js';
import { locateJsonPath, parseJsonText, zodInputError } from '../text/json.js';
export { sniff } from './sniff.js';

const stage = z
  .looseObject({
    duration: z.number().optional(),
    outcome: z.string().optional(),
    crash: z.looseObject({ message: z.string().optional() }).nullish(),
    longrepr: z.unknown().optional(),
  })
  .nullish();

const report = z.looseObject({
  created: z.number().optional(),
  exitcode: z.number().int().optional(),
  root: z.string().optional(),
  summary: z.record(z.string(), z.unknown()),
  tests: z
    .array(
      z.looseObject({
        nodeid: z.string(),
        outcome: z.string(),
        keywords: z.array(z.string()).optional(),
        setup: stage,
        call: stage,
        teardown: stage,
        metadata: z.record(z.string(), z.unknown()).nullish(),
      }),
    )
    .optional(),
});

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function basename(p: string): string {
  const parts = p.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

/** The keyword names that are not markers, derived from the nodeid and rootdir (see the rule above). */
function nodeNames(nodeid: string, root: string | undefined): Set<string> {
  const names = new Set<string>(['', 'pytestmark']);
  const segments = nodeid.split('::');
  for (const comp of (segments[0] ?? '').split('/')) names.add(comp);
  for (const seg of segments) {
    names.add(seg);
    const m = /^(.*?)\[(.*)\]$/.exec(seg);
    if (m) {
      names.add(m[1]);
      names.add(m[2]);
    }
  }
  if (root) names.add(basename(root));
  return names;
}

/** Markers of one test from its keywords (rule at the top of this file). */
export function markersFromKeywords(keywords: readonly string[], nodeid: string, root?: string): string[] {
  const skip = nodeNames(nodeid, root);
  const out: string[] = [];
  for (const k of keywords) {
    if (skip.has(k) || !IDENT.test(k) || /^__.*__$/.test(k)) continue;
    if (!out.includes(k)) out.push(k);
  }
  return out;
}

/** `('/path/test_x.py', 89, 'Skipped: needs a GPU runner')` → `Skipped: needs a GPU runner` */
function firstLine(longrepr: unknown): string | undefined {
  if (typeof longrepr !== 'string' || !longrepr.trim()) return undefined;
  const tuple = /^\(\s*'[^']*',\s*\d+,\s*(['"])([\s\S]*)\1\s*\)$/.exec(longrepr.trim());
  if (tuple) return tuple[2];
  return longrepr
    .split(/\r?\n/)
    .find((l) => l.trim() !== '')
    ?.trim();
}

type Stage = z.infer<typeof stage>;

function messageOf(stages: Stage[], callStage: Stage): string | undefined {
  if (callStage?.crash?.message) return callStage.crash.message;
  for (const s of stages) if (s?.crash?.message) return s.crash.message;
  for (const s of stages) if (s && s.outcome && s.outcome !== 'passed') return firstLine(s.longrepr);
  return undefined;
}

/** Reads a pytest-json-report file (also `--json-report-summary` files, which have no tests). */
export function parsePytestJson(text: string, file: string): TestDataset {
  const warnings: Warning[] = [];
  const doc = parseJsonText(text, file, warnings);
  const r = report.safeParse(doc);
  if (!r.success) throw zodInputError(file, 'pytest-json-report', r.error, (p) => locateJsonPath(text, p));
  const d = r.data;
  const tests: TestEntry[] = [];
  if (d.tests === undefined) {
    warnings.push({
      file,
      message:
        'no tests[] in this report (written with --json-report-summary?): only the summary counts are known',
    });
  }
  for (const t of d.tests ?? []) {
    const stages = [t.setup, t.call, t.teardown];
    let duration = 0;
    for (const s of stages) if (typeof s?.duration === 'number') duration += s.duration;
    const entry: TestEntry = {
      file,
      nodeid: t.nodeid,
      outcome: t.outcome,
      markers: markersFromKeywords(t.keywords ?? [], t.nodeid, d.root),
      duration,
      metadata: t.metadata ?? {},
    };
    const message = messageOf(stages, t.call);
    if (message !== undefined) entry.message = message;
    tests.push(entry);
  }
  if (d.tests && d.tests.length && d.tests.every((t) => t.keywords === undefined))
    warnings.push({
      file,
      message: 'keywords were omitted (--json-report-omit keywords): markers are unknown',
    });

  const summary: Record<string, number> = {};
  for (const [k, v] of Object.entries(d.summary)) if (typeof v === 'number') summary[k] = v;
  const ds: TestDataset = { format: 'pytest-json-report', file, tests, summary, warnings };
  if (d.exitcode !== undefined) ds.exitcode = d.exitcode;
  if (d.created !== undefined) ds.created = new Date(d.created * 1000).toISOString();
  return ds;
}
