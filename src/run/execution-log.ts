// The protocol execution log ("All modifications logged in protocol execution log"):
// protocol-execution-log.jsonl in the evidence folder, one JSON object a line, appended by every
// gate: phase start and complete, every input read, approvals and waivers read, each criterion
// evaluated, each artifact written with its sha256, upload and publish outcomes, errors. It is
// checksummed in SHA256SUMS like every artifact; `verify` checks that every file SHA256SUMS lists is
// in it with its current checksum.
import path from 'node:path';
import type { GateName, GateResult, SourceRef } from '../model.js';
import { GATE_NUMBER } from '../gates/common.js';
import { EXECUTION_LOG, withEvidenceLock, writeEvidenceLocked } from '../io/evidence.js';
import { pathExists, readUtf8Sync } from '../io/files.js';

export { EXECUTION_LOG };

export interface LogEvent {
  time: string;
  gate: GateName;
  phase: number;
  event:
    | 'phase-start'
    | 'input-read'
    | 'waivers-read'
    | 'approvals-read'
    | 'criterion-evaluated'
    | 'artifact-written'
    | 'artifact-uploaded'
    | 'published'
    | 'phase-complete'
    | 'error';
  [k: string]: unknown;
}

export class ExecutionLog {
  private pending: LogEvent[] = [];
  constructor(private readonly gate: GateName) {}

  add(event: LogEvent['event'], data: Record<string, unknown> = {}): void {
    this.pending.push({
      time: new Date().toISOString(),
      gate: this.gate,
      phase: GATE_NUMBER[this.gate],
      event,
      ...data,
    });
  }

  inputs(refs: readonly SourceRef[]): void {
    for (const r of refs) this.add('input-read', { path: r.path, sha256: r.sha256 });
  }

  criteria(result: GateResult): void {
    for (const c of result.criteria)
      this.add('criterion-evaluated', {
        criterion: c.name,
        verdict: c.verdict,
        actual: c.actual,
        threshold: c.threshold,
        ...(c.waiver
          ? {
              waiver: {
                status: c.waiver.status,
                expires: c.waiver.expires,
                approval: c.waiver.approval,
                was: c.waiver.was,
              },
            }
          : {}),
      });
  }

  written(files: readonly { name: string; sha256: string; bytes: number }[]): void {
    for (const f of files) this.add('artifact-written', { path: f.name, sha256: f.sha256, bytes: f.bytes });
  }

  get size(): number {
    return this.pending.length;
  }

  /**
   * Append the pending events to the folder's log (written atomically, SHA256SUMS updated). With
   * `onlyIfPresent`, a folder without a log is left untouched (a gate that stopped on bad input
   * writes nothing into a fresh folder).
   */
  async flush(dir: string, opts: { onlyIfPresent?: boolean; locked?: boolean } = {}): Promise<boolean> {
    if (!this.pending.length) return false;
    // read and rewrite under the folder's lock: another gate appending at the same time loses nothing
    if (!opts.locked) return withEvidenceLock(dir, () => this.flush(dir, { ...opts, locked: true }));
    // (a flush with nothing new keeps the file as it is: the manifest may have listed its bytes)
    const file = path.join(dir, EXECUTION_LOG);
    const exists = pathExists(file);
    if (!exists && opts.onlyIfPresent) return false;
    const before = exists ? readUtf8Sync(file) : '';
    const lines = this.pending.map((e) => JSON.stringify(e)).join('\n') + '\n';
    await writeEvidenceLocked(dir, [
      { name: EXECUTION_LOG, content: before + (before && !before.endsWith('\n') ? '\n' : '') + lines },
    ]);
    this.pending = [];
    return true;
  }
}
