// Environment approvals in the shape of GitHub's
// `GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals` response (an array), validated with
// zod. Extra fields of the API objects are accepted and dropped; the model's fields are kept.
import { z } from 'zod';
import type { ApprovalsDataset, EnvironmentApproval, Warning } from '../../model.js';
import { locateJsonPath, parseJsonText, zodInputError } from '../text/json.js';
export { sniff } from './sniff.js';

const approval = z.looseObject({
  state: z.enum(['approved', 'rejected', 'pending']),
  comment: z.string().nullable(),
  environments: z.array(z.looseObject({ id: z.number().optional(), name: z.string().optional() })),
  user: z.looseObject({ login: z.string().min(1), type: z.string().optional() }),
});

/** Normalises approvals already parsed (from a file or from the API). */
export function approvalsFrom(doc: unknown, file: string, text?: string): EnvironmentApproval[] {
  const r = z.array(approval).safeParse(doc);
  if (!r.success)
    throw zodInputError(
      file,
      'approvals (GitHub run-approvals response)',
      r.error,
      text === undefined ? undefined : (p) => locateJsonPath(text, p),
    );
  return r.data.map((a) => ({
    state: a.state,
    comment: a.comment ?? '',
    environments: a.environments.map((e) => ({
      ...(e.id !== undefined ? { id: e.id } : {}),
      ...(e.name !== undefined ? { name: e.name } : {}),
    })),
    user: { login: a.user.login, ...(a.user.type !== undefined ? { type: a.user.type } : {}) },
  }));
}

export function parseApprovals(text: string, file: string): ApprovalsDataset {
  const approvals = approvalsFrom(parseJsonText(text, file), file, text);
  const warnings: Warning[] = [];
  approvals.forEach((a, i) => {
    if (!a.environments.some((e) => e.name))
      warnings.push({ file, message: `approval ${i + 1} (${a.user.login}) names no environment` });
  });
  if (approvals.length === 0) warnings.push({ file, message: 'no approvals recorded' });
  return { format: 'approvals', file, approvals, warnings };
}
