// Release engineering kept true: the changelog has the form the release workflow reads, every
// third-party action is pinned by full SHA with its version beside it, Dependabot covers npm and the
// actions, and the package is publishable with the files the CLI needs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { notesFor } from '../scripts/changelog-notes.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');
const pkg = JSON.parse(read('package.json'));

describe('changelog', () => {
  const sample = `# Changelog\n\n## [Unreleased]\n\n- next\n\n## [1.2.0] - 2026-11-30\n\n### Added\n\n- a thing\n\n## [1.1.0] - 2026-10-01\n\n- older\n\n[1.2.0]: https://example.invalid\n`;

  it('notesFor returns one version’s section, nothing of the next', () => {
    expect(notesFor(sample, '1.2.0')).toBe('### Added\n\n- a thing');
    expect(notesFor(sample, '1.1.0')).toBe('- older');
    expect(notesFor(sample, '1.1')).toBeUndefined();
    expect(notesFor(sample, '9.9.9')).toBeUndefined();
  });

  it('the script refuses a version without notes (exit 1)', () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'perf-gates-cl-'));
    writeFileSync(path.join(d, 'CHANGELOG.md'), sample);
    const run = (v: string) =>
      spawnSync(
        process.execPath,
        [path.join(ROOT, 'scripts/changelog-notes.mjs'), v, path.join(d, 'CHANGELOG.md')],
        {
          encoding: 'utf8',
        },
      );
    expect(run('1.2.0')).toMatchObject({ status: 0, stdout: '### Added\n\n- a thing\n' });
    expect(run('2.0.0').status).toBe(1);
    expect(run('two').status).toBe(2);
  });

  it('CHANGELOG.md is Keep a Changelog: Unreleased first, versions as ## [x.y.z] - date', () => {
    const text = read('CHANGELOG.md');
    const heads = text.split('\n').filter((l) => l.startsWith('## '));
    expect(heads[0]).toBe('## [Unreleased]');
    for (const h of heads.slice(1)) expect(h).toMatch(/^## \[\d+\.\d+\.\d+(-[\w.]+)?\] - \d{4}-\d{2}-\d{2}$/);
    expect(text).toContain('keepachangelog.com');
  });
});

describe('workflows', () => {
  const dir = path.join(ROOT, '.github/workflows');
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

  it('every third-party action is pinned by a full commit SHA with the version in a comment', () => {
    let seen = 0;
    for (const f of files) {
      for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
        const m = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
        if (!m || m[1].startsWith('./')) continue;
        seen++;
        expect(m[1], `${f}: ${line.trim()}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(m[2], `${f}: ${line.trim()}`).toMatch(/^\s+#\s+v\d+(\.\d+){0,2}\s*$/);
      }
    }
    expect(seen).toBeGreaterThan(3);
  });

  it('release.yml runs on v*.*.* tags, checks dist/, uses the changelog and moves the major tag', () => {
    const wf = parse(read('.github/workflows/release.yml'));
    expect(wf.on.push.tags).toEqual(['v*.*.*']);
    const steps = JSON.stringify(wf.jobs.release.steps);
    expect(steps).toContain('npm run package');
    expect(steps).toContain('git status --porcelain -- dist');
    expect(steps).toContain('scripts/changelog-notes.mjs');
    expect(steps).toContain('gh release create');
    expect(steps).toContain('git push --force origin \\"refs/tags/$major\\"');
    expect(wf.jobs.release.permissions).toEqual({ contents: 'write' });
  });

  it('dependabot covers npm and github-actions, with grouped updates; dist/ is rebuilt for npm ones', () => {
    const d = parse(read('.github/dependabot.yml'));
    expect(d.version).toBe(2);
    const eco = Object.fromEntries(
      d.updates.map((u: { 'package-ecosystem': string }) => [u['package-ecosystem'], u]),
    );
    expect(Object.keys(eco).sort()).toEqual(['github-actions', 'npm']);
    for (const u of Object.values(eco))
      expect(Object.keys((u as { groups: object }).groups).length).toBeGreaterThan(0);
    const rebuild = parse(read('.github/workflows/dependabot-dist.yml'));
    expect(rebuild.jobs['rebuild-dist'].if).toContain("'dependabot[bot]'");
    expect(JSON.stringify(rebuild.jobs['rebuild-dist'].steps)).toContain('npm run package');
  });
});

describe('package', () => {
  it('is publishable: not private, a bin, files that hold the CLI and its worker, MIT with a LICENSE', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.bin).toEqual({ 'perf-gates': 'dist/cli/index.js' });
    expect(pkg.files).toEqual(
      expect.arrayContaining(['dist/cli/', 'dist/lib/', 'dist/ndjson-worker/', 'LICENSE']),
    );
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License/);
    expect(
      readFileSync(path.join(ROOT, pkg.bin['perf-gates']), 'utf8').startsWith('#!/usr/bin/env node\n'),
    ).toBe(true);
  });

  it('npm pack holds the CLI bundle and nothing of the sources or tests', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    expect(files).toContain('dist/cli/index.js');
    expect(files).toContain('dist/ndjson-worker/index.js');
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('__tests__/'))).toBe(false);
  });

  it('the version is one: package.json and src/version.ts', () => {
    expect(read('src/version.ts')).toContain(`export const VERSION = '${pkg.version}';`);
    expect(existsSync(path.join(ROOT, 'CHANGELOG.md'))).toBe(true);
  });
});
