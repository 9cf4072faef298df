// Waivers for every gate (protocol-18 "Gate Failure Handling": request a gate waiver with
// justification; Protocol 22 handoff: "all quality gates passed or waivers documented"). Pure: the
// waivers, the approvals and the time come in; the gate's criteria come out with the waived ones
// marked `waived` (and the waiver recorded on the criterion), the verdict rolled up again.
//
// Rules:
// - a waiver names one gate and one criterion by the name the gate JSON writes; `error` is never
//   waived (unreadable input is not a judgement), a passing criterion needs none;
// - expired (its `expires` day is before today, UTC): the criterion fails, naming the date;
// - in Actions it counts only when its approver role approved it: through the role's environment in
//   this run, or by an approving review of the pull request (each user's latest review, APPROVED, on
//   the head SHA) from a user of the role (config `roles.<role>.approvers`, `team:` entries confirmed
//   by GitHub) - the same rules as plan approval; in the CLI it counts as `self-attested`;
// - regressions are waived only by their own name (`regression: <key>`, the target's `improvement on
//   <key>` when it regressed, or a crossed candidate threshold) and only with an approval, never
//   self-attested; `regression count` itself is never waived: it follows the named ones.
import type {
  Criterion,
  EnvironmentApproval,
  GateContext,
  GateName,
  GateResult,
  PullReview,
  TeamMembership,
  WaiverRecord,
} from '../model.js';
import type { PerfGatesConfig, Waiver } from '../config/schema.js';
import { bindRole, isRoleMember, resolveRole, type RoleBinding } from './governance/approvals.js';
import { latestReviews } from './optimization/evaluate.js';

export interface WaiverInput {
  file: string;
  waivers: (Waiver & { line: number })[];
  /** how the run was started: Actions (approval needed) or the CLI (self-attested) */
  mode: 'action' | 'cli';
  approvals: readonly EnvironmentApproval[];
  /** the approvals could not be read (API error): said in every refused waiver */
  approvalsError?: string;
  /** the pull request's reviews (Actions), or why they could not be read; undefined: no pull request */
  reviews?: { reviews: readonly PullReview[]; headSha: string; prNumber: number; error?: string };
  /** what GitHub said about `team:` approvers */
  teams?: readonly TeamMembership[];
}

/** An approving review of the pull request by a user of the role, on the head SHA; or why none. */
function reviewApproval(
  binding: RoleBinding,
  input: WaiverInput,
): { by: string; pr: number } | { why: string } {
  const rv = input.reviews;
  if (!rv) return { why: 'no pull request reviews to read' };
  if (rv.error) return { why: `the reviews of #${rv.prNumber} could not be read (${rv.error})` };
  if (binding.approvers.length === 0)
    return { why: `role ${binding.role} lists no approvers, so no review can be attributed to it` };
  const notes: string[] = [];
  for (const r of latestReviews([...rv.reviews])) {
    if (r.state !== 'APPROVED') continue;
    const m = isRoleMember(binding, r.login, input.teams ? [...input.teams] : []);
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

const isRegression = (c: Criterion): boolean =>
  c.name.startsWith('regression: ') || c.protocolReason === 'RegressionDetected';

function today(now: string): string {
  return now.slice(0, 10);
}

/**
 * Apply the waivers that name this gate to its criteria (copies). `makeResult` calls this through
 * `GateContext.waive` before the roll-up, so the verdict and every artifact a gate writes after it
 * agree on what was waived.
 */
export function waiveCriteria(
  gate: GateName,
  criteriaIn: readonly Criterion[],
  input: WaiverInput,
  config: PerfGatesConfig,
  now: string,
): { criteria: Criterion[]; notes: string[]; used: WaiverRecord[] } {
  const criteria = criteriaIn.map((c) => ({ ...c }));
  const used: WaiverRecord[] = [];
  const notes: string[] = [];
  const mine = input.waivers.filter((w) => w.gate === gate);
  if (!mine.length) return { criteria, notes, used };
  for (const w of mine) {
    const c = criteria.find((x) => x.name === w.criterion);
    if (!c) {
      notes.push(
        `${input.file}:${w.line}: waiver for ${w.gate} / \`${w.criterion}\` names no criterion of this gate (criteria: ${criteria.map((x) => x.name).join(', ')})`,
      );
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
    const refuse = (
      reason: string,
      approval: WaiverRecord['approval'] = { kind: 'none' },
      verdict?: Criterion['verdict'],
    ) => {
      const rec: WaiverRecord = { ...base, status: 'refused', approval, reason };
      c.waiver = rec;
      c.reason = `${c.reason}; waiver refused: ${reason}`;
      if (verdict) c.verdict = verdict;
      used.push(rec);
    };
    if (c.verdict === 'pass' || c.verdict === 'waived') {
      notes.push(
        `${input.file}:${w.line}: waiver for \`${c.name}\` not needed (the criterion is ${c.verdict})`,
      );
      continue;
    }
    if (c.verdict === 'error') {
      refuse('an input error is not waivable: fix the input');
      continue;
    }
    if (c.name === 'regression count') {
      refuse(
        '`regression count` is not waivable: waive each regression by its own name (`regression: <key>`)',
      );
      continue;
    }
    if (w.expires < today(now)) {
      refuse(`the waiver expired on ${w.expires}`, { kind: 'none' }, 'fail');
      continue;
    }
    let approval: WaiverRecord['approval'];
    if (input.mode === 'action') {
      const binding = bindRole(w.approver_role, config.roles);
      const role = resolveRole(binding, input.approvals);
      if (role.status === 'approved') {
        approval = {
          kind: 'environment',
          by: role.approval?.user.login,
          environment: role.binding.environment,
        };
      } else {
        const rv = reviewApproval(binding, input);
        if ('why' in rv) {
          refuse(
            `not approved by ${w.approver_role}: ${role.reason}${input.approvalsError ? ` (approvals could not be read: ${input.approvalsError})` : ''}; ${rv.why}`,
          );
          continue;
        }
        approval = { kind: 'review', by: rv.by, pr: rv.pr };
      }
    } else {
      if (isRegression(c)) {
        refuse(
          'a regression is waived only with an approval (an environment approval in Actions), never self-attested',
        );
        continue;
      }
      approval = { kind: 'self-attested', by: w.requested_by };
    }
    const how =
      approval.kind === 'environment'
        ? `approved by ${approval.by ?? 'unknown'} as ${w.approver_role} in environment ${approval.environment}`
        : approval.kind === 'review'
          ? `approved by ${approval.by ?? 'unknown'} as ${w.approver_role} in a review of #${approval.pr}`
          : `self-attested by ${w.requested_by} (CLI: no approval checked)`;
    const rec: WaiverRecord = {
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
export function waiverHook(input: WaiverInput | undefined, config: PerfGatesConfig): GateContext['waive'] {
  if (!input) return undefined;
  return (gate, criteria, now) => waiveCriteria(gate, criteria, input, config, now);
}

/** The waivers a result carries (counted and refused), for the report, the comment and the handoff. */
export function waiversOf(result: GateResult): (WaiverRecord & { criterion: string })[] {
  return result.criteria.filter((c) => c.waiver).map((c) => ({ ...c.waiver!, criterion: c.name }));
}
