// The protocol execution log ("All modifications logged in protocol execution log"):
// protocol-execution-log.jsonl in the evidence folder, one JSON object a line, appended by every
// gate: phase start and complete, every input read, approvals and waivers read, each criterion
// evaluated, each artifact written with its sha256, upload and publish outcomes, errors. It is
// checksummed in SHA256SUMS like every artifact; `verify` checks that every file SHA256SUMS lists is
// in it with its current checksum.
import path from 'node:path';
import type { ArtifactFile, GateName, GateResult, SourceRef } from '../model.js';
import { GATE_NUMBER } from '../gates/common.js';
import { EXECUTION_LOG, fileDigests, withEvidenceLock, writeEvidenceLocked } from '../io/evidence.js';
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
    if (opts.onlyIfPresent && !pathExists(path.join(dir, EXECUTION_LOG))) return false;
    await writeEvidenceLocked(dir, [this.appended(dir)]);
    this.pending = [];
    return true;
  }

  /**
   * Write `files` and the log with them in one all-or-nothing write (one SHA256SUMS update; the
   * caller holds the folder's lock). Their artifact-written events are appended to the log; then
   * `then` may add files made from the log as it stands at that point (the governance manifest
   * lists it), logged the same way; then `more` adds its events. If the write fails, every event
   * this call added is taken back.
   */
  async writeWith(
    dir: string,
    files: ArtifactFile[],
    opts: { then?: (log: ArtifactFile) => Promise<ArtifactFile[]>; more?: () => void } = {},
  ): Promise<void> {
    const mark = this.pending.length;
    const before = this.onDisk(dir);
    try {
      this.written(fileDigests(files));
      const extra = opts.then ? await opts.then(this.appended(dir, before)) : [];
      this.written(fileDigests(extra));
      opts.more?.();
      await writeEvidenceLocked(dir, [...files, ...extra, this.appended(dir, before)]);
    } catch (e) {
      this.pending.length = mark;
      throw e;
    }
    this.pending = [];
  }

  /** The log's text in `dir` ('' when there is none yet). */
  private onDisk(dir: string): string {
    const file = path.join(dir, EXECUTION_LOG);
    return pathExists(file) ? readUtf8Sync(file) : '';
  }

  /** The log file: `before` (its text in `dir`) with the pending events appended. */
  private appended(dir: string, before = this.onDisk(dir)): ArtifactFile {
    const lines = this.pending.map((e) => JSON.stringify(e)).join('\n') + '\n';
    return { name: EXECUTION_LOG, content: before + (before && !before.endsWith('\n') ? '\n' : '') + lines };
  }
}
