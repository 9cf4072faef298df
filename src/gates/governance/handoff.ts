// The protocol 22 handoff checklist (protocol-18 "Protocol 22 Handoff Requirements"), each item
// checked or not from the gates' own results, with the reason. Pure. The protocol lists six items.
import type { Criterion, GateName, GateResult, HandoffItem } from '../../model.js';
import { GATE_NUMBER } from '../common.js';

const find = (r: GateResult | undefined, pred: (c: Criterion) => boolean) => r?.criteria.find(pred);

function item(item: string, c: Criterion | undefined, missing: string): HandoffItem {
  if (!c) return { item, checked: false, why: missing };
  const ok = c.verdict === 'pass' || c.verdict === 'waived';
  return { item, checked: ok, why: `${c.name}: ${c.verdict} — ${c.reason}` };
}

export function handoffChecklist(
  earlier: readonly GateResult[],
  governance: GateResult,
  opts: { improvementThreshold: number; documentationThreshold: number },
): HandoffItem[] {
  const byGate = new Map<GateName, GateResult[]>();
  for (const r of [...earlier.filter((r) => r.gate !== 'governance'), governance]) {
    const list = byGate.get(r.gate) ?? [];
    list.push(r);
    byGate.set(r.gate, list);
  }
  const gates: GateName[] = ['baseline', 'diagnostics', 'optimization', 'governance'];
  const status = gates.map((g) => {
    const rs = byGate.get(g) ?? [];
    if (!rs.length) return { g, ok: false, text: `gate ${GATE_NUMBER[g]}: no result` };
    const bad = rs.filter((r) => r.verdict !== 'pass' && r.verdict !== 'waived');
    const waived = rs.flatMap((r) => r.criteria.filter((c) => c.verdict === 'waived'));
    const verdicts = [...new Set(rs.map((r) => r.verdict))].join('/');
    const doc = waived.length
      ? ` (waived: ${waived.map((c) => `${c.name}${c.waiver ? ` until ${c.waiver.expires}, ${c.waiver.approval.kind === 'environment' || c.waiver.approval.kind === 'review' ? `approved by ${c.waiver.approval.by ?? 'unknown'}` : c.waiver.approval.kind}` : ''}`).join('; ')})`
      : '';
    return { g, ok: bad.length === 0, text: `gate ${GATE_NUMBER[g]} ${verdicts}${doc}` };
  });
  const gov = governance;
  const opt = (byGate.get('optimization') ?? [])[0];
  const improvement = find(opt, (c) => c.name.startsWith('improvement on'));
  const docs = find(gov, (c) => c.name === 'documentation completeness');
  return [
    {
      item: 'All quality gates passed (Gate 1-4) or waivers documented',
      checked: status.every((s) => s.ok),
      why: status.map((s) => s.text).join('; '),
    },
    {
      item: '`PERFORMANCE-REPORT.md` complete with all evidence',
      checked: !!docs && docs.verdict === 'pass' && typeof docs.actual === 'number' && docs.actual >= 100,
      why: docs
        ? `written by this gate; ${docs.reason}`
        : 'no documentation completeness criterion in the governance result',
    },
    item(
      `\`optimization-validation-report.json\` shows improvement ≥ ${opts.improvementThreshold}% or documented justification`,
      improvement,
      opt ? 'gate 3 has no improvement criterion (no target)' : 'no gate 3 result in the evidence',
    ),
    item(
      '`slo-update-record.json` contains approvals captured',
      find(gov, (c) => c.name === 'SLO update approvals'),
      'no SLO update approvals criterion (no slo-updates given)',
    ),
    item(
      'All artifacts archived in the evidence folder (`artifacts-dir`)',
      find(gov, (c) => c.name === 'artifact checksums'),
      'no artifact checksum criterion',
    ),
    item(
      `Documentation completeness ≥ ${opts.documentationThreshold}%`,
      docs,
      'no documentation completeness criterion',
    ),
  ];
}
