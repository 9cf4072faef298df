// The waivers file (input `waivers`) and, in Actions, the run's environment approvals that make a
// waiver count. The PR-review approval path (an approving review by the role's user on the head SHA)
// belongs to the trust-boundary work and is not read here: `reviews` stays unset until it is.
import path from 'node:path';
import type { PerfGatesConfig } from '../config/schema.js';
import type { WaiverInput } from '../gates/waivers.js';
import type { SourceRef, Warning } from '../model.js';
import type { Inputs } from '../inputs.js';
import { readText } from '../io/files.js';
import type { Host } from '../io/host.js';
import { parseWaivers } from '../parsers/waivers/index.js';

export interface WaiversRead {
  input?: WaiverInput;
  /** what was read, for the execution log */
  file?: { path: string; sha256: string; waivers: number };
  approvals?: { source: 'api'; count: number; error?: string };
}

export async function readWaivers(
  inputs: Inputs,
  host: Host,
  c: { refs: SourceRef[]; warnings: Warning[] },
  config: PerfGatesConfig,
): Promise<WaiversRead> {
  const file = inputs.waivers;
  if (!file) return {};
  void config;
  const { text, ref } = await readText(path.resolve(host.cwd, file));
  c.refs.push({ path: file, sha256: ref.sha256 });
  const ds = parseWaivers(text, file);
  c.warnings.push(...ds.warnings);
  const out: WaiversRead = { file: { path: file, sha256: ref.sha256, waivers: ds.waivers.length } };
  if (host.kind === 'action') {
    // In Actions only the run's own approvals count (never a file from the repository).
    let approvals: WaiverInput['approvals'] = [];
    let error: string | undefined;
    if (!host.github) error = 'no GitHub access in this run';
    else
      try {
        approvals = await host.github.approvals(inputs);
      } catch (e) {
        error = (e as Error).message;
      }
    out.approvals = { source: 'api', count: approvals.length, ...(error ? { error } : {}) };
    out.input = {
      file,
      waivers: ds.waivers,
      mode: 'action',
      approvals,
      ...(error ? { approvalsError: error } : {}),
    };
  } else {
    out.input = { file, waivers: ds.waivers, mode: 'cli', approvals: [] };
  }
  return out;
}
