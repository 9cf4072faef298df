// Environment approvals (GitHub's run-approvals response) resolved to roles. Pure: the I/O layer
// fetches the approvals (or reads the approvals file); this decides what they mean.
import type { EnvironmentApproval, TeamMembership } from '../../model.js';

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
  /** logins or `team:org/slug`, as config writes them; empty = anyone the environment lets approve */
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
  /** `team:` entries whose membership could not be confirmed for some approver, with why */
  teamNotes: string[];
  /** one line a person reads */
  reason: string;
}

function inEnvironment(a: EnvironmentApproval, env: string): boolean {
  return (a.environments ?? []).some((e) => e.name === env);
}

/**
 * Is `login` one of the role's approvers? A listed login is; a `team:org/slug` entry counts only
 * when GitHub confirmed an active membership (`teams`). A team entry never widens the role to
 * "anyone": an unconfirmed membership is not a membership, and the reason is returned.
 */
export function isRoleMember(
  binding: RoleBinding,
  login: string,
  teams: readonly TeamMembership[] = [],
): { member: boolean; notes: string[] } {
  const who = login.toLowerCase();
  const logins = binding.approvers.filter((a) => !a.startsWith('team:')).map((a) => a.toLowerCase());
  if (logins.includes(who)) return { member: true, notes: [] };
  const notes: string[] = [];
  for (const team of binding.approvers.filter((a) => a.startsWith('team:'))) {
    const m = teams.find((t) => t.team.toLowerCase() === team.toLowerCase() && t.login.toLowerCase() === who);
    if (m?.active === true) return { member: true, notes: [] };
    notes.push(
      `${login} is not a confirmed member of ${team}: ${m?.reason ?? 'membership not looked up (no GitHub API here)'}`,
    );
  }
  return { member: false, notes };
}

/** The `team:` lookups a role needs: each team entry x each login that acted in its environment. */
export function teamLookups(
  binding: RoleBinding,
  logins: readonly string[],
): { team: string; org: string; slug: string; login: string }[] {
  const out: { team: string; org: string; slug: string; login: string }[] = [];
  for (const team of binding.approvers.filter((a) => a.startsWith('team:'))) {
    const m = /^team:([^/\s]+)\/([^/\s]+)$/.exec(team);
    if (!m) continue;
    for (const login of logins) {
      if (!out.some((o) => o.team === team && o.login.toLowerCase() === login.toLowerCase()))
        out.push({ team, org: m[1], slug: m[2], login });
    }
  }
  return out;
}

/** Logins that acted (approved, rejected, pending) in the role's environment. */
export function actorsIn(binding: RoleBinding, approvals: readonly EnvironmentApproval[]): string[] {
  const out: string[] = [];
  for (const a of approvals)
    if (inEnvironment(a, binding.environment) && a.user?.login && !out.includes(a.user.login))
      out.push(a.user.login);
  return out;
}

/**
 * What the approvals say about one role: `rejected` wins over `approved` (an explicit rejection is
 * never outvoted), then `approved`, then `pending`; no approval in the environment is `missing`.
 * With approvers listed (logins or teams), only they count; with none, whoever the environment's
 * required reviewers let approve.
 */
export function resolveRole(
  binding: RoleBinding,
  approvals: readonly EnvironmentApproval[],
  teams: readonly TeamMembership[] = [],
): RoleApproval {
  const restrict = binding.approvers.length > 0;
  const ignored: { login: string; state: string }[] = [];
  const teamNotes: string[] = [];
  const counted: EnvironmentApproval[] = [];
  for (const a of approvals) {
    if (!inEnvironment(a, binding.environment)) continue;
    if (restrict) {
      const m = isRoleMember(binding, a.user?.login ?? '', teams);
      if (!m.member) {
        ignored.push({ login: a.user?.login ?? '', state: a.state });
        for (const n of m.notes) if (!teamNotes.includes(n)) teamNotes.push(n);
        continue;
      }
    }
    counted.push(a);
  }
  const pick = (state: EnvironmentApproval['state']) => counted.find((a) => a.state === state);
  const rejected = pick('rejected');
  const approved = pick('approved');
  const pending = pick('pending');
  const who = binding.approvers.length ? ` (approvers: ${binding.approvers.join(', ')})` : '';
  if (rejected) {
    return {
      binding,
      status: 'rejected',
      approval: rejected,
      ignored,
      teamNotes,
      reason: `${binding.role}: rejected by ${rejected.user.login} in environment ${binding.environment}${rejected.comment ? ` ("${rejected.comment}")` : ''}`,
    };
  }
  if (approved) {
    return {
      binding,
      status: 'approved',
      approval: approved,
      ignored,
      teamNotes,
      reason: `${binding.role}: approved by ${approved.user.login} in environment ${binding.environment}`,
    };
  }
  const ignoredNote = ignored.length
    ? `; ignored ${ignored.map((i) => `${i.state} by ${i.login}`).join(', ')} (not a listed approver)`
    : '';
  const teamNote = teamNotes.length ? `; ${teamNotes.join('; ')}` : '';
  if (pending) {
    return {
      binding,
      status: 'pending',
      approval: pending,
      ignored,
      teamNotes,
      reason: `${binding.role}: approval pending in environment ${binding.environment}${who}${ignoredNote}${teamNote}`,
    };
  }
  return {
    binding,
    status: 'missing',
    ignored,
    teamNotes,
    reason: `${binding.role}: no approval in environment ${binding.environment}${who}${ignoredNote}${teamNote}`,
  };
}
