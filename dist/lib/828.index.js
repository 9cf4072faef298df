export const id = 828;
export const ids = [828];
export const modules = {

/***/ 98828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   waiveCriteria: () => (/* binding */ waiveCriteria),
/* harmony export */   waiverHook: () => (/* binding */ waiverHook),
/* harmony export */   waiversOf: () => (/* binding */ waiversOf)
/* harmony export */ });
/* harmony import */ var _governance_approvals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4686);
/* harmony import */ var _optimization_evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53520);


/** An approving review of the pull request by a user of the role, on the head SHA; or why none. */
function reviewApproval(binding, input) {
    const rv = input.reviews;
    if (!rv)
        return { why: 'no pull request reviews to read' };
    if (rv.error)
        return { why: `the reviews of #${rv.prNumber} could not be read (${rv.error})` };
    if (binding.approvers.length === 0)
        return { why: `role ${binding.role} lists no approvers, so no review can be attributed to it` };
    const notes = [];
    for (const r of (0,_optimization_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .latestReviews */ .DK)([...rv.reviews])) {
        if (r.state !== 'APPROVED')
            continue;
        const m = (0,_governance_approvals_js__WEBPACK_IMPORTED_MODULE_1__/* .isRoleMember */ .zA)(binding, r.login, input.teams ? [...input.teams] : []);
        if (!m.member) {
            notes.push(`${r.login} approved but is not in ${binding.role}`);
            continue;
        }
        if (r.commitId !== rv.headSha) {
            notes.push(`${r.login} approved another commit than the head ${rv.headSha.slice(0, 12)}`);
            continue;
        }
        return { by: r.login, pr: rv.prNumber };
    }
    return {
        why: `no approving review of #${rv.prNumber} on its head by ${binding.role}${notes.length ? ` (${notes.join('; ')})` : ''}`,
    };
}
const isRegression = (c) => c.name.startsWith('regression: ') || c.protocolReason === 'RegressionDetected';
function today(now) {
    return now.slice(0, 10);
}
/**
 * Apply the waivers that name this gate to its criteria (copies). `makeResult` calls this through
 * `GateContext.waive` before the roll-up, so the verdict and every artifact a gate writes after it
 * agree on what was waived.
 */
function waiveCriteria(gate, criteriaIn, input, config, now) {
    const criteria = criteriaIn.map((c) => ({ ...c }));
    const used = [];
    const notes = [];
    const mine = input.waivers.filter((w) => w.gate === gate);
    if (!mine.length)
        return { criteria, notes, used };
    for (const w of mine) {
        const c = criteria.find((x) => x.name === w.criterion);
        if (!c) {
            notes.push(`${input.file}:${w.line}: waiver for ${w.gate} / \`${w.criterion}\` names no criterion of this gate (criteria: ${criteria.map((x) => x.name).join(', ')})`);
            continue;
        }
        const base = {
            file: input.file,
            line: w.line,
            justification: w.justification,
            requested_by: w.requested_by,
            expires: w.expires,
            approver_role: w.approver_role,
            was: c.verdict,
        };
        const refuse = (reason, approval = { kind: 'none' }, verdict) => {
            const rec = { ...base, status: 'refused', approval, reason };
            c.waiver = rec;
            c.reason = `${c.reason}; waiver refused: ${reason}`;
            if (verdict)
                c.verdict = verdict;
            used.push(rec);
        };
        if (c.verdict === 'pass' || c.verdict === 'waived') {
            notes.push(`${input.file}:${w.line}: waiver for \`${c.name}\` not needed (the criterion is ${c.verdict})`);
            continue;
        }
        if (c.verdict === 'error') {
            refuse('an input error is not waivable: fix the input');
            continue;
        }
        if (c.name === 'regression count') {
            refuse('`regression count` is not waivable: waive each regression by its own name (`regression: <key>`)');
            continue;
        }
        if (w.expires < today(now)) {
            refuse(`the waiver expired on ${w.expires}`, { kind: 'none' }, 'fail');
            continue;
        }
        let approval;
        if (input.mode === 'action') {
            const binding = (0,_governance_approvals_js__WEBPACK_IMPORTED_MODULE_1__.bindRole)(w.approver_role, config.roles);
            const role = (0,_governance_approvals_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRole */ .fy)(binding, input.approvals);
            if (role.status === 'approved') {
                approval = {
                    kind: 'environment',
                    by: role.approval?.user.login,
                    environment: role.binding.environment,
                };
            }
            else {
                const rv = reviewApproval(binding, input);
                if ('why' in rv) {
                    refuse(`not approved by ${w.approver_role}: ${role.reason}${input.approvalsError ? ` (approvals could not be read: ${input.approvalsError})` : ''}; ${rv.why}`);
                    continue;
                }
                approval = { kind: 'review', by: rv.by, pr: rv.pr };
            }
        }
        else {
            if (isRegression(c)) {
                refuse('a regression is waived only with an approval (an environment approval in Actions), never self-attested');
                continue;
            }
            approval = { kind: 'self-attested', by: w.requested_by };
        }
        const how = approval.kind === 'environment'
            ? `approved by ${approval.by ?? 'unknown'} as ${w.approver_role} in environment ${approval.environment}`
            : approval.kind === 'review'
                ? `approved by ${approval.by ?? 'unknown'} as ${w.approver_role} in a review of #${approval.pr}`
                : `self-attested by ${w.requested_by} (CLI: no approval checked)`;
        const rec = {
            ...base,
            status: 'counted',
            approval,
            reason: `waived until ${w.expires}: ${w.justification} (requested by ${w.requested_by}; ${how})`,
        };
        c.waiver = rec;
        c.reason = `${c.reason}; ${rec.reason}`;
        c.verdict = 'waived';
        used.push(rec);
    }
    // `regression count` follows its named regressions; so does the candidate-thresholds criterion.
    const named = criteria.filter((c) => c.name.startsWith('regression: '));
    const count = criteria.find((c) => c.name === 'regression count');
    if (count && count.verdict === 'fail' && named.length && named.every((c) => c.verdict === 'waived')) {
        count.verdict = 'waived';
        count.reason = `${count.reason}; each waived by name`;
    }
    const thr = criteria.find((c) => c.name === 'candidate k6 thresholds');
    const thrNamed = named.filter((c) => c.name.startsWith('regression: threshold '));
    if (thr && thr.verdict === 'fail' && thrNamed.length && thrNamed.every((c) => c.verdict === 'waived')) {
        thr.verdict = 'waived';
        thr.reason = `${thr.reason}; each waived by name`;
    }
    return { criteria, notes, used };
}
/** A `GateContext.waive` hook for these waivers. */
function waiverHook(input, config) {
    if (!input)
        return undefined;
    return (gate, criteria, now) => waiveCriteria(gate, criteria, input, config, now);
}
/** The waivers a result carries (counted and refused), for the report, the comment and the handoff. */
function waiversOf(result) {
    return result.criteria.filter((c) => c.waiver).map((c) => ({ ...c.waiver, criterion: c.name }));
}


/***/ })

};
