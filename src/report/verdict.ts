// What one section of the sticky comment says in one line, kept as a hidden marker in the section
// (base64url JSON inside an HTML comment) so the comment's overall verdict line and gate table are
// recomputed from every section at every update, whichever job writes last. Pure.
//
// A marker read back from a comment is untrusted: every field is checked for its type and bounded,
// and every string is escaped when rendered (src/report/overview.ts).
import type { Comparison, Criterion, GateResult, Verdict } from '../model.js';
import { GATES } from '../model.js';
import { formatChange, formatQuantity } from '../stats/format.js';

export interface SectionSummary {
  gate: string;
  job: string;
  verdict: Verdict;
  title: string;
  /** the worst finding: a key (shown as code) and what happened to it */
  worst?: { key: string; text: string };
  /** the figure that decided the verdict, with its threshold: "regression count 7 (allowed <= 0)" */
  figure?: string;
  regressions?: number;
  /** gate numbers whose failure failed this gate (governance judging earlier gates) */
  blockedBy?: number[];
  run?: string;
  artifact?: string;
}

const VERDICTS: readonly Verdict[] = ['pass', 'waived', 'fail', 'insufficient-data', 'error'];
export const SEVERITY: Record<Verdict, number> = {
  pass: 0,
  waived: 1,
  'insufficient-data': 2,
  fail: 3,
  error: 4,
};

export function gateNumber(gate: string): number | undefined {
  const i = (GATES as readonly string[]).indexOf(gate);
  return i === -1 ? undefined : i + 1;
}

function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function valueText(v: Criterion['actual'], unit?: string): string {
  if (v === null || v === undefined) return 'n/a';
  if (typeof v === 'number') return formatQuantity(v, unit);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return String(v);
}

/** "regression count 7 (needs <= 0)": the criterion's name, what it measured and what it needed. */
export function criterionFigure(c: Criterion): string {
  const t =
    c.threshold === null || c.threshold === undefined
      ? ''
      : typeof c.threshold === 'number'
        ? ` (needs ${c.operator ?? '>='} ${valueText(c.threshold, c.unit)})`
        : ` (needs ${valueText(c.threshold, c.unit)})`;
  return `${c.name} ${valueText(c.actual, c.unit)}${t}`;
}

/** The criterion that decided the verdict: the first at the verdict's level, or the score's. */
export function decidingCriterion(result: GateResult): Criterion | undefined {
  const criteria = Array.isArray(result.criteria) ? result.criteria : [];
  if (result.verdict !== 'pass') return criteria.find((c) => c.verdict === result.verdict);
  return (
    criteria.find((c) => c.unit === '%' && finite(c.actual) && c.actual === result.score) ??
    criteria.find((c) => finite(c.actual) && c.threshold !== null) ??
    criteria[0]
  );
}

function worstFinding(result: GateResult): SectionSummary['worst'] {
  const comparisons: Comparison[] = Array.isArray(result.comparisons) ? result.comparisons : [];
  const regs = comparisons
    .filter((c) => c.verdict === 'regression' && finite(c.ratio))
    .sort((a, b) => Math.abs(Math.log(b.ratio as number)) - Math.abs(Math.log(a.ratio as number)));
  // the target first when it regressed (it is what the change was for), else the largest change
  const target = (result.criteria ?? []).find((c) => c.name.startsWith('improvement on '));
  const targetKey = target?.name.slice('improvement on '.length);
  const pick = regs.find((c) => c.key === targetKey) ?? regs[0];
  if (pick) return { key: pick.key, text: formatChange(pick.ratio, pick.lower, pick.upper) };
  const failedTest = (result.criteria ?? []).find(
    (c) => c.name.startsWith('regression: ') && c.verdict === 'fail' && c.actual === 'failed',
  );
  if (failedTest) return { key: failedTest.name.slice('regression: '.length), text: 'failed' };
  if (result.verdict === 'pass' || result.verdict === 'waived') {
    const t = comparisons.find((c) => c.key === targetKey && finite(c.ratio));
    if (t) return { key: t.key, text: formatChange(t.ratio, t.lower, t.upper) };
  }
  return undefined;
}

export function sectionSummary(
  result: GateResult,
  opts: { job: string; runUrl?: string; artifactName?: string },
): SectionSummary {
  const verdict = VERDICTS.includes(result.verdict) ? result.verdict : 'error';
  const s: SectionSummary = {
    gate: String(result.gate),
    job: opts.job,
    verdict,
    title: String(result.title || result.gate).slice(0, 120),
  };
  const worst = worstFinding(result);
  if (worst) s.worst = { key: worst.key.slice(0, 160), text: worst.text };
  const deciding = decidingCriterion(result);
  if (deciding) s.figure = criterionFigure(deciding).slice(0, 240);
  if (finite(result.regressionCount)) s.regressions = result.regressionCount;
  if (result.gate === 'governance') {
    const blocked = (result.criteria ?? [])
      .filter((c) => c.verdict === 'fail' && /^gate \d /.test(c.name))
      .map((c) => Number(c.name.slice(5, 6)));
    if (blocked.length) s.blockedBy = blocked;
  }
  if (opts.runUrl) s.run = opts.runUrl;
  if (opts.artifactName) s.artifact = opts.artifactName;
  return s;
}

const MARKER_RE = /^<!-- perf-gates:verdict ([A-Za-z0-9_-]{1,6000}) -->$/;

export function verdictMarker(s: SectionSummary): string {
  return `<!-- perf-gates:verdict ${Buffer.from(JSON.stringify(s), 'utf8').toString('base64url')} -->`;
}

export function isVerdictMarker(line: string): boolean {
  return MARKER_RE.test(line.trim());
}

const str = (v: unknown, max: number): string | undefined =>
  typeof v === 'string' ? v.slice(0, max) : undefined;

/** The summary in a section's first line, validated; undefined when absent or malformed. */
export function parseVerdictMarker(sectionMarkdown: string): SectionSummary | undefined {
  const first = sectionMarkdown.trimStart().split(/\r?\n/, 1)[0] ?? '';
  const m = MARKER_RE.exec(first.trim());
  if (!m) return undefined;
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (!doc || typeof doc !== 'object') return undefined;
  const verdict = VERDICTS.includes(doc.verdict as Verdict) ? (doc.verdict as Verdict) : 'error';
  const out: SectionSummary = {
    gate: str(doc.gate, 100) ?? '_',
    job: str(doc.job, 100) ?? '_',
    verdict,
    title: str(doc.title, 120) ?? String(doc.gate ?? ''),
  };
  const w = doc.worst as Record<string, unknown> | undefined;
  if (w && typeof w === 'object' && typeof w.key === 'string' && typeof w.text === 'string')
    out.worst = { key: w.key.slice(0, 160), text: w.text.slice(0, 120) };
  const figure = str(doc.figure, 240);
  if (figure) out.figure = figure;
  if (finite(doc.regressions) && doc.regressions >= 0) out.regressions = Math.floor(doc.regressions);
  if (Array.isArray(doc.blockedBy))
    out.blockedBy = doc.blockedBy
      .filter((n): n is number => Number.isInteger(n) && n >= 1 && n <= 9)
      .slice(0, 9);
  const run = str(doc.run, 500);
  if (run) out.run = run;
  const artifact = str(doc.artifact, 120);
  if (artifact) out.artifact = artifact;
  return out;
}
