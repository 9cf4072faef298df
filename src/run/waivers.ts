// The waivers file (input `waivers`) and, in Actions, what makes a waiver count: the run's
// environment approvals, and the pull request's reviews (an approving review by a user of the
// waiver's role on the head SHA), with `team:` approvers confirmed through GitHub.
import path from 'node:path';
import type { PerfGatesConfig } from '../config/schema.js';
import type { WaiverInput } from '../gates/waivers.js';
import type { SourceRef, Warning } from '../model.js';
import type { Inputs } from '../inputs.js';
import { readText } from '../io/files.js';
import type { Host } from '../io/host.js';
import { lookupTeams } from './teams.js';

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
  const { text, ref } = await readText(path.resolve(host.cwd, file));
  c.refs.push({ path: file, sha256: ref.sha256 });
  // the YAML reader and the waivers schema load only when there is a waivers file
  const { parseWaivers } = await import('../parsers/waivers/index.js');
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
    // the other path: an approving review of the pull request by a user of the waiver's role
    const reviews = host.github ? await host.github.pullReviews(inputs) : undefined;
    const approvers = (reviews?.reviews ?? []).filter((r) => r.state === 'APPROVED').map((r) => r.login);
    const teams = await lookupTeams(config, approvals, approvers, host, inputs);
    out.input = {
      file,
      waivers: ds.waivers,
      mode: 'action',
      approvals,
      reviews,
      teams,
      ...(error ? { approvalsError: error } : {}),
    };
  } else {
    out.input = { file, waivers: ds.waivers, mode: 'cli', approvals: [] };
  }
  return out;
}
