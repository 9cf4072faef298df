// The earlier gates' evidence, as the next gate reads it: this job's artifacts folder and every
// downloaded perf-gates-* artifact inside it, each file's checksum verified against its SHA256SUMS.
import path from 'node:path';
import type { ArtifactCheck, GateResult, SourceRef } from '../model.js';
import { checkEvidence, evidenceSubfolders, MANIFEST } from '../io/evidence.js';
import { pathExists, readUtf8 } from '../io/files.js';

/** Earlier gates' evidence: the artifacts dir and any downloaded artifact folders inside it. */
export async function collectEvidence(dir: string): Promise<{
  checks: ArtifactCheck[];
  results: GateResult[];
  texts: Record<string, string>;
  refs: SourceRef[];
}> {
  const checks: ArtifactCheck[] = [];
  const results: GateResult[] = [];
  const texts: Record<string, string> = {};
  const refs: SourceRef[] = [];
  if (!pathExists(dir)) return { checks, results, texts, refs };
  const dirs: { abs: string; prefix: string }[] = [{ abs: dir, prefix: '' }];
  for (const sub of await evidenceSubfolders(dir)) dirs.push({ abs: path.join(dir, sub), prefix: `${sub}/` });
  // A file keeps its own name (what governance looks for: `baseline-metrics.csv`) where it is
  // first found: at the top (this job wrote it) or in a downloaded artifact (governance in a job of
  // its own). Further copies (same job: the artifacts of the steps before; matrix jobs) are named
  // with their artifact folder, and every copy is verified.
  const named = new Set<string>();
  for (const d of dirs) {
    const found = await checkEvidence(d.abs);
    if (!found) continue;
    for (const ch of found.checks) {
      if (ch.name === MANIFEST) continue;
      const first = !named.has(ch.name);
      named.add(ch.name);
      checks.push({
        ...ch,
        name: first ? ch.name : d.prefix + ch.name,
        ...(ch.reason && d.prefix ? { reason: `${ch.reason} (in artifact ${d.prefix.slice(0, -1)})` } : {}),
      });
      if (!ch.present) continue;
      refs.push({ path: path.join(d.abs, ch.name), sha256: ch.actual ?? '' });
      const text = await readUtf8(path.join(d.abs, ch.name));
      if (!(ch.name in texts) || d.prefix === '') texts[ch.name] = text;
      if (/^gate-\d-[a-z]+\.json$/.test(ch.name) && ch.ok) {
        try {
          const doc = JSON.parse(text) as GateResult;
          if (doc.gate !== 'governance') results.push(doc);
        } catch {
          checks.push({
            name: d.prefix + ch.name,
            present: true,
            ok: false,
            reason: `${ch.name} is not valid JSON`,
          });
        }
      }
    }
  }
  return { checks, results, texts, refs };
}
