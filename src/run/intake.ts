// Gate 1's intake inputs read from disk: the monitoring package (a zip's bytes, or a folder's files),
// the incident and deployment reports, the intake backlog. Each is hashed as it is read; a folder's
// checksum is the SHA-256 of its listing (`<sha256>  <path>` per file, sorted), said in the report.
import path from 'node:path';
import type { IntakeEvidence } from '../gates/baseline/intake.js';
import type { SourceRef, Warning } from '../model.js';
import type { Inputs } from '../inputs.js';
import { isFolder, readBytes, readText, readTree, sha256 } from '../io/files.js';
import type * as Documents from '../parsers/intake/documents.js';

export async function loadIntake(
  inputs: Inputs,
  cwd: string,
  c: { refs: SourceRef[]; warnings: Warning[] },
): Promise<IntakeEvidence> {
  const ev: IntakeEvidence = {};
  const abs = (f: string) => path.resolve(cwd, f);
  const pkg = inputs['monitoring-package'];
  if (pkg) {
    // the zip and CSV readers load only when a package is given
    const { readMonitoringPackage, unzipPackage } = await import('../parsers/intake/monitoring.js');
    if (isFolder(abs(pkg))) {
      const entries = await readTree(abs(pkg));
      ev.monitoring = readMonitoringPackage(entries, pkg, 'folder');
      const listing = ev.monitoring.entries.map((e) => `${e.sha256}  ${e.path}\n`).join('');
      c.refs.push({ path: pkg, sha256: sha256(listing) });
    } else {
      const { data, ref } = await readBytes(abs(pkg));
      ev.monitoring = readMonitoringPackage(unzipPackage(data, pkg), pkg, 'zip');
      c.refs.push({ path: pkg, sha256: ref.sha256 });
    }
    c.warnings.push(...ev.monitoring.warnings);
  }
  // the document readers load only when one of the documents is given
  const doc = async <T>(
    file: string | undefined,
    parse: (d: typeof Documents) => (t: string, f: string) => T,
  ): Promise<T | undefined> => {
    if (!file) return undefined;
    const { text, ref } = await readText(abs(file));
    c.refs.push({ path: file, sha256: ref.sha256 });
    return parse(await import('../parsers/intake/documents.js'))(text, file);
  };
  ev.incident = await doc(inputs['incident-report'], (d) => d.parseIncidentReport);
  ev.deployment = await doc(inputs['deployment-report'], (d) => d.parseDeploymentReport);
  ev.backlog = await doc(inputs['intake-backlog'], (d) => d.parseIntakeBacklog);
  return ev;
}
