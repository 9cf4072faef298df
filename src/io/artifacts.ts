// Evidence upload and download through the Actions artifact service (@actions/artifact 6, loaded
// lazily so the CLI and pure tests never pay for it). Artifact names must be unique in a run:
// the default is perf-gates-<gate>-<GITHUB_JOB>; matrix jobs add their matrix values.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { InputError } from '../model.js';
import { artifactServiceMissing, downloadSkipped } from './github-context.js';

export interface ArtifactLog {
  info(s: string): void;
  notice(s: string): void;
  warning(s: string): void;
}

const defaultLog: ArtifactLog = { info: core.info, notice: core.notice, warning: core.warning };

/** Characters the artifact service rejects in names (actions/toolkit path-and-artifact-name-validation). */
const FORBIDDEN = /[":<>|*?\r\n\\/]/;
export const ARTIFACT_PREFIX = 'perf-gates-';

/** The default name: perf-gates-<gate>-<job>, with anything the service rejects replaced by `-`. */
export function defaultArtifactName(gate: string, job = process.env.GITHUB_JOB ?? 'local'): string {
  const clean = (s: string) => s.replace(/[":<>|*?\r\n\\/\s]+/g, '-');
  return `${ARTIFACT_PREFIX}${clean(gate)}-${clean(job || 'local')}`;
}

/** Throws an InputError (input `artifact-name`) when the service would reject the name. */
export function validateArtifactName(name: string): string {
  if (!name || name.trim() === '') throw new InputError('artifact-name', 'the artifact name is empty');
  const bad = FORBIDDEN.exec(name);
  if (bad) {
    throw new InputError(
      'artifact-name',
      `artifact name ${JSON.stringify(name)} contains ${JSON.stringify(bad[0])}; names cannot contain " : < > | * ? \\r \\n \\ /`,
    );
  }
  if (name.length > 256)
    throw new InputError('artifact-name', `artifact name is ${name.length} characters long (at most 256)`);
  return name;
}

/**
 * Upload `files` (names relative to `dir`, or absolute paths inside it) as the artifact `name`.
 * Returns {} with a notice when the artifact service is not available (local runs).
 */
export async function uploadEvidence(
  name: string,
  dir: string,
  files: string[],
  log: ArtifactLog = defaultLog,
  opts: { retentionDays?: number } = {},
): Promise<{ id?: number; size?: number }> {
  validateArtifactName(name);
  const missing = artifactServiceMissing();
  if (missing) {
    log.info(`Artifact upload skipped: ${missing}. The evidence stays in ${dir}.`);
    return {};
  }
  const root = path.resolve(dir);
  const absolute = files.map((f) => path.resolve(root, f));
  for (const f of absolute) {
    const rel = path.relative(root, f);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new InputError(f, `is outside the evidence folder ${root}: it cannot be part of the artifact`);
    }
    if (!existsSync(f)) throw new InputError(f, 'does not exist: cannot upload it');
  }
  if (absolute.length === 0) {
    log.warning(`Artifact ${name}: no files to upload.`);
    return {};
  }
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const res = await client.uploadArtifact(name, absolute, root, {
    ...(opts.retentionDays ? { retentionDays: opts.retentionDays } : {}),
  });
  log.info(
    `Uploaded artifact ${name} (${absolute.length} files, ${res.size ?? 0} bytes, id ${res.id ?? 'n/a'}).`,
  );
  return { id: res.id, size: res.size };
}

function hasFiles(dir: string): boolean {
  try {
    return statSync(dir).isDirectory() && readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}

/**
 * Download this run's `perf-gates-*` artifacts into `destDir/<artifact name>/` (governance merges
 * them), except those named in `exclude` and those already on disk there. Returns the folders it
 * downloaded into. Skips with a note when the artifact service is not available.
 */
export async function downloadRunEvidence(
  destDir: string,
  exclude: string[] = [],
  log: ArtifactLog = defaultLog,
): Promise<string[]> {
  const missing = artifactServiceMissing();
  if (missing) {
    log.info(downloadSkipped(missing));
    return [];
  }
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const { artifacts } = await client.listArtifacts({ latest: true });
  const out: string[] = [];
  for (const a of artifacts) {
    if (!a.name.startsWith(ARTIFACT_PREFIX) || exclude.includes(a.name) || FORBIDDEN.test(a.name)) continue;
    const target = path.join(path.resolve(destDir), a.name);
    if (hasFiles(target)) {
      log.info(`Artifact ${a.name} is already on disk in ${target}: not downloaded again.`);
      continue;
    }
    await client.downloadArtifact(a.id, { path: target });
    log.info(`Downloaded artifact ${a.name} (id ${a.id}) into ${target}.`);
    out.push(target);
  }
  return out;
}

/** Download one artifact of another workflow run (the `publish` action) into `dir`. */
export async function downloadRunArtifact(
  id: number,
  dir: string,
  findBy: { token: string; workflowRunId: number; repositoryOwner: string; repositoryName: string },
): Promise<void> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  await new DefaultArtifactClient().downloadArtifact(id, { path: dir, findBy });
}
