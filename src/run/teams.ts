// `team:` approvers resolved through GitHub (GET /orgs/{org}/teams/{team_slug}/memberships/{username},
// through the host's GitHub side), shared by plan approval and waiver approval.
import type { PerfGatesConfig } from '../config/schema.js';
import type { EnvironmentApproval, TeamMembership } from '../model.js';
import type { Inputs } from '../inputs.js';
import type { Host } from '../io/host.js';

/**
 * What GitHub says about the `team:` approvers of the configured roles, for every login that
 * acted in the role's environment (and `extra` logins, e.g. approving reviewers). No API (CLI):
 * nothing, and team entries then confirm nobody.
 */
export async function lookupTeams(
  config: PerfGatesConfig,
  approvals: readonly EnvironmentApproval[],
  extra: readonly string[],
  host: Host,
  inputs: Inputs,
): Promise<TeamMembership[]> {
  if (!host.github || !config.roles) return [];
  // the role rules load only when roles are configured and GitHub can be asked
  const { actorsIn, bindRole, teamLookups } = await import('../gates/governance/approvals.js');
  const out: TeamMembership[] = [];
  for (const role of Object.keys(config.roles)) {
    const binding = bindRole(role, config.roles);
    const logins = [...actorsIn(binding, approvals), ...extra];
    for (const l of teamLookups(binding, logins)) {
      if (out.some((o) => o.team === l.team && o.login.toLowerCase() === l.login.toLowerCase())) continue;
      const m = await host.github.teamMembership(inputs, l.org, l.slug, l.login);
      out.push({ team: l.team, login: l.login, ...m });
      if (m.active !== true) host.info(`${l.team}: ${l.login} not confirmed (${m.reason ?? 'unknown'})`);
    }
  }
  return out;
}
