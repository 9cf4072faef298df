// The earlier gates' evidence, as the next gate reads it: this job's artifacts folder and every
// downloaded perf-gates-* artifact inside it, each file's checksum verified against its SHA256SUMS.
import path from 'node:path';
import type { ArtifactCheck, GateResult, SourceRef } from '../model.js';
import { GATE_NUMBER } from '../gates/common.js';
import { checkEvidence, evidenceSubfolders, MANIFEST, SUMS } from '../io/evidence.js';
import { pathExists, readJsonIfPresent, readUtf8 } from '../io/files.js';

/** The run a gate JSON records as its context (and governance checks evidence against). */
export function gitContext(env: Record<string, string | undefined>) {
  let prNumber: number | undefined;
  let headSha: string | undefined;
  // no event payload (a local run) or an unreadable one: neither number nor SHA from it
  const ev = readJsonIfPresent(env.GITHUB_EVENT_PATH) as
    { pull_request?: { number?: number; head?: { sha?: string } } } | undefined;
  if (ev !== null && typeof ev === 'object') {
    prNumber = ev.pull_request?.number;
    headSha = ev.pull_request?.head?.sha;
  }
  return {
    repository: env.GITHUB_REPOSITORY ?? null,
    pr_number: prNumber ?? null,
    head_sha: headSha ?? env.GITHUB_SHA ?? null,
    run_id: env.GITHUB_RUN_ID ?? null,
    job: env.GITHUB_JOB ?? null,
    event: env.GITHUB_EVENT_NAME ?? null,
  };
}

/** Which run the evidence must belong to (null: unknown outside Actions, not checked). */
interface EvidenceIdentity {
  repository: string | null;
  headSha: string | null;
}

type GateDoc = GateResult & {
  context?: {
    repository?: string | null;
    head_sha?: string | null;
    job?: string | null;
    artifact_name?: string | null;
  };
};

/**
 * Why a gate JSON is not evidence of this run: it must name a gate (matching its file name), this
 * repository and this head SHA. Undefined when it is.
 */
function identityProblem(doc: GateDoc, file: string, want: EvidenceIdentity): string | undefined {
  const m = /^gate-(\d)-([a-z]+)\.json$/.exec(path.basename(file));
  if (
    !m ||
    !(GATE_NUMBER as Record<string, number>)[doc.gate] ||
    doc.gate !== m[2] ||
    GATE_NUMBER[doc.gate] !== Number(m[1])
  )
    return `names gate ${JSON.stringify(doc.gate)}, which is not the gate its file name says`;
  const c = doc.context ?? {};
  if (want.repository && c.repository !== want.repository)
    return `names repository ${c.repository ?? 'none'}, not ${want.repository}`;
  if (want.headSha && c.head_sha !== want.headSha)
    return `names head SHA ${c.head_sha ?? 'none'}, not this run's ${want.headSha}`;
  return undefined;
}

/**
 * Earlier gates' evidence: the artifacts dir and any downloaded artifact folders inside it. A gate
 * JSON counts as a gate result only when it verifies and names this repository, head SHA and a
 * gate; the same file with the same checksum seen twice (on disk and downloaded, when governance
 * runs in the same job) is one result; two different results for the same gate and leg (artifact)
 * are a conflict, reported naming both.
 */
export async function collectEvidence(
  dir: string,
  want: EvidenceIdentity = { repository: null, headSha: null },
): Promise<{
  checks: ArtifactCheck[];
  results: GateResult[];
  texts: Record<string, string>;
  refs: SourceRef[];
  problems: string[];
}> {
  const checks: ArtifactCheck[] = [];
  const results: GateResult[] = [];
  const texts: Record<string, string> = {};
  const refs: SourceRef[] = [];
  const problems: string[] = [];
  if (!pathExists(dir)) return { checks, results, texts, refs, problems };
  const dirs: { abs: string; prefix: string }[] = [{ abs: dir, prefix: '' }];
  for (const sub of await evidenceSubfolders(dir)) dirs.push({ abs: path.join(dir, sub), prefix: `${sub}/` });
  // A file keeps its own name (what governance looks for: `baseline-metrics.csv`) where it is
  // first found: at the top (this job wrote it) or in a downloaded artifact (governance in a job of
  // its own). Further copies (same job: the artifacts of the steps before; matrix jobs) are named
  // with their artifact folder, and every copy is verified.
  const named = new Set<string>();
  const seenResults = new Set<string>();
  const legs = new Map<string, { file: string; sha: string }>();
  for (const d of dirs) {
    const found = await checkEvidence(d.abs);
    if (!found) continue;
    for (const p of found.problems)
      checks.push({ name: `${d.prefix}${SUMS}`, present: true, ok: false, reason: p });
    for (const ch of found.checks) {
      if (ch.name === MANIFEST) continue;
      const first = !named.has(ch.name);
      named.add(ch.name);
      checks.push({
        ...ch,
        name: first ? ch.name : d.prefix + ch.name,
        ...(ch.reason && d.prefix ? { reason: `${ch.reason} (in artifact ${d.prefix.slice(0, -1)})` } : {}),
      });
      if (!ch.present || (!ch.ok && ch.reason?.startsWith('refused '))) continue;
      refs.push({ path: path.join(d.abs, ch.name), sha256: ch.actual ?? '' });
      const text = await readUtf8(path.join(d.abs, ch.name));
      if (!(ch.name in texts) || d.prefix === '') texts[ch.name] = text;
      if (/^gate-\d-[a-z]+\.json$/.test(ch.name) && ch.ok) {
        let doc: GateDoc;
        try {
          doc = JSON.parse(text) as GateDoc;
        } catch {
          checks.push({
            name: d.prefix + ch.name,
            present: true,
            ok: false,
            reason: `${ch.name} is not valid JSON`,
          });
          continue;
        }
        if (doc.gate === 'governance') continue;
        const sha = ch.actual ?? '';
        if (seenResults.has(sha)) continue; // the same result, seen again: one piece of evidence
        seenResults.add(sha);
        const label = d.prefix + ch.name;
        const why = identityProblem(doc, ch.name, want);
        if (why) {
          problems.push(`${label} is not evidence of this run: it ${why}`);
          continue;
        }
        const leg = `${doc.gate}\0${doc.context?.artifact_name ?? (d.prefix ? d.prefix.slice(0, -1) : 'this job')}`;
        const other = legs.get(leg);
        if (other) {
          problems.push(
            `conflict: ${other.file} and ${label} are two different results for gate ${GATE_NUMBER[doc.gate]} ${doc.gate} (${leg.split('\0')[1]})`,
          );
          continue;
        }
        legs.set(leg, { file: label, sha });
        results.push(doc);
      }
    }
  }
  return { checks, results, texts, refs, problems };
}
