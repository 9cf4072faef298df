// Environment approvals (GitHub's run-approvals response) resolved to roles. Pure: the I/O layer
// fetches the approvals (or reads the approvals file); this decides what they mean.
import type { EnvironmentApproval } from '../../model.js';

/** "Product Owner" -> "product-owner" (the environment naming convention the README's workflow uses). */
export function roleSlug(role: string): string {
  return role
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The environment whose approval counts for a role when config names none. */
export function defaultEnvironment(role: string): string {
  return `perf-approval-${roleSlug(role)}`;
}

export interface RoleBinding {
  role: string;
  environment: string;
  /** logins or `team:org/slug`, as config writes them; empty = anyone who can approve the environment */
  approvers: string[];
  /** where the binding came from */
  source: 'config' | 'convention';
}

/**
 * Config `roles` maps role -> { environment, approvers }. A role is looked up by its exact name,
 * then by slug ("Product Owner" matches a `product_owner` or `product-owner` key). Without a
 * config entry the convention `perf-approval-<role slug>` applies.
 */
export function bindRole(
  role: string,
  roles: Record<string, { environment: string; approvers?: string[] }> | undefined,
): RoleBinding {
  if (roles) {
    const exact = roles[role];
    const entry = exact ?? Object.entries(roles).find(([k]) => roleSlug(k) === roleSlug(role))?.[1];
    if (entry)
      return { role, environment: entry.environment, approvers: entry.approvers ?? [], source: 'config' };
  }
  return { role, environment: defaultEnvironment(role), approvers: [], source: 'convention' };
}

export interface RoleApproval {
  binding: RoleBinding;
  status: 'approved' | 'rejected' | 'pending' | 'missing';
  /** the approval that decided the status, when there is one */
  approval?: EnvironmentApproval;
  /** approvals in the environment by someone config does not list for the role */
  ignored: { login: string; state: string }[];
  /** config lists `team:` entries, which cannot be resolved offline: any approver was accepted */
  teamUnresolved: boolean;
  /** one line a person reads */
  reason: string;
}

function inEnvironment(a: EnvironmentApproval, env: string): boolean {
  return (a.environments ?? []).some((e) => e.name === env);
}

/**
 * What the approvals say about one role: `rejected` wins over `approved` (an explicit rejection is
 * never outvoted), then `approved`, then `pending`; no approval in the environment is `missing`.
 */
export function resolveRole(binding: RoleBinding, approvals: readonly EnvironmentApproval[]): RoleApproval {
  const logins = binding.approvers.filter((a) => !a.startsWith('team:')).map((a) => a.toLowerCase());
  const teams = binding.approvers.filter((a) => a.startsWith('team:'));
  const teamUnresolved = teams.length > 0;
  const restrict = logins.length > 0 && !teamUnresolved;
  const ignored: { login: string; state: string }[] = [];
  const counted: EnvironmentApproval[] = [];
  for (const a of approvals) {
    if (!inEnvironment(a, binding.environment)) continue;
    const login = (a.user?.login ?? '').toLowerCase();
    if (restrict && !logins.includes(login)) {
      ignored.push({ login: a.user?.login ?? '', state: a.state });
      continue;
    }
    counted.push(a);
  }
  const pick = (state: EnvironmentApproval['state']) => counted.find((a) => a.state === state);
  const rejected = pick('rejected');
  const approved = pick('approved');
  const pending = pick('pending');
  const who = binding.approvers.length ? ` (approvers: ${binding.approvers.join(', ')})` : '';
  const teamNote = teamUnresolved
    ? `; team entries (${teams.join(', ')}) cannot be resolved offline, so any approver of the environment was accepted`
    : '';
  if (rejected) {
    return {
      binding,
      status: 'rejected',
      approval: rejected,
      ignored,
      teamUnresolved,
      reason: `${binding.role}: rejected by ${rejected.user.login} in environment ${binding.environment}${rejected.comment ? ` ("${rejected.comment}")` : ''}`,
    };
  }
  if (approved) {
    return {
      binding,
      status: 'approved',
      approval: approved,
      ignored,
      teamUnresolved,
      reason: `${binding.role}: approved by ${approved.user.login} in environment ${binding.environment}${teamNote}`,
    };
  }
  const ignoredNote = ignored.length
    ? `; ignored ${ignored.map((i) => `${i.state} by ${i.login}`).join(', ')} (not a listed approver)`
    : '';
  if (pending) {
    return {
      binding,
      status: 'pending',
      approval: pending,
      ignored,
      teamUnresolved,
      reason: `${binding.role}: approval pending in environment ${binding.environment}${who}${ignoredNote}`,
    };
  }
  return {
    binding,
    status: 'missing',
    ignored,
    teamUnresolved,
    reason: `${binding.role}: no approval in environment ${binding.environment}${who}${ignoredNote}`,
  };
}
