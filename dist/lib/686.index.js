export const id = 686;
export const ids = [686];
export const modules = {

/***/ 4686:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actorsIn: () => (/* binding */ actorsIn),
/* harmony export */   bindRole: () => (/* binding */ bindRole),
/* harmony export */   fy: () => (/* binding */ resolveRole),
/* harmony export */   teamLookups: () => (/* binding */ teamLookups),
/* harmony export */   zA: () => (/* binding */ isRoleMember)
/* harmony export */ });
/* unused harmony exports roleSlug, defaultEnvironment */
/** "Product Owner" -> "product-owner" (the environment naming convention the README's workflow uses). */
function roleSlug(role) {
    return role
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
/** The environment whose approval counts for a role when config names none. */
function defaultEnvironment(role) {
    return `perf-approval-${roleSlug(role)}`;
}
/**
 * Config `roles` maps role -> { environment, approvers }. A role is looked up by its exact name,
 * then by slug ("Product Owner" matches a `product_owner` or `product-owner` key). Without a
 * config entry the convention `perf-approval-<role slug>` applies.
 */
function bindRole(role, roles) {
    if (roles) {
        const exact = roles[role];
        const entry = exact ?? Object.entries(roles).find(([k]) => roleSlug(k) === roleSlug(role))?.[1];
        if (entry)
            return { role, environment: entry.environment, approvers: entry.approvers ?? [], source: 'config' };
    }
    return { role, environment: defaultEnvironment(role), approvers: [], source: 'convention' };
}
function inEnvironment(a, env) {
    return (a.environments ?? []).some((e) => e.name === env);
}
/**
 * Is `login` one of the role's approvers? A listed login is; a `team:org/slug` entry counts only
 * when GitHub confirmed an active membership (`teams`). A team entry never widens the role to
 * "anyone": an unconfirmed membership is not a membership, and the reason is returned.
 */
function isRoleMember(binding, login, teams = []) {
    const who = login.toLowerCase();
    const logins = binding.approvers.filter((a) => !a.startsWith('team:')).map((a) => a.toLowerCase());
    if (logins.includes(who))
        return { member: true, notes: [] };
    const notes = [];
    for (const team of binding.approvers.filter((a) => a.startsWith('team:'))) {
        const m = teams.find((t) => t.team.toLowerCase() === team.toLowerCase() && t.login.toLowerCase() === who);
        if (m?.active === true)
            return { member: true, notes: [] };
        notes.push(`${login} is not a confirmed member of ${team}: ${m?.reason ?? 'membership not looked up (no GitHub API here)'}`);
    }
    return { member: false, notes };
}
/** The `team:` lookups a role needs: each team entry x each login that acted in its environment. */
function teamLookups(binding, logins) {
    const out = [];
    for (const team of binding.approvers.filter((a) => a.startsWith('team:'))) {
        const m = /^team:([^/\s]+)\/([^/\s]+)$/.exec(team);
        if (!m)
            continue;
        for (const login of logins) {
            if (!out.some((o) => o.team === team && o.login.toLowerCase() === login.toLowerCase()))
                out.push({ team, org: m[1], slug: m[2], login });
        }
    }
    return out;
}
/** Logins that acted (approved, rejected, pending) in the role's environment. */
function actorsIn(binding, approvals) {
    const out = [];
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
function resolveRole(binding, approvals, teams = []) {
    const restrict = binding.approvers.length > 0;
    const ignored = [];
    const teamNotes = [];
    const counted = [];
    for (const a of approvals) {
        if (!inEnvironment(a, binding.environment))
            continue;
        if (restrict) {
            const m = isRoleMember(binding, a.user?.login ?? '', teams);
            if (!m.member) {
                ignored.push({ login: a.user?.login ?? '', state: a.state });
                for (const n of m.notes)
                    if (!teamNotes.includes(n))
                        teamNotes.push(n);
                continue;
            }
        }
        counted.push(a);
    }
    const pick = (state) => counted.find((a) => a.state === state);
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


/***/ })

};
