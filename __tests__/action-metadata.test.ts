// The action metadata: every <gate>/action.yml, the root action.yml and publish/action.yml as
// GitHub reads them (name, description, author, branding, runs.using node24, runs.main on disk,
// a description for every input and output); the generated ones match src/inputs.ts both ways
// (names, defaults, outputs) and what scripts/gen-actions.mjs writes; the defaults parse.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { INPUTS, checkInputs, OUTPUTS, inputsOf, type ActionName } from '../src/inputs.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

interface ActionYml {
  name?: unknown;
  description?: unknown;
  author?: unknown;
  branding?: { icon?: unknown; color?: unknown };
  inputs?: Record<string, { description?: unknown; required?: unknown; default?: unknown } | null>;
  outputs?: Record<string, { description?: unknown } | null>;
  runs?: { using?: unknown; main?: unknown };
}

const GENERATED: { action: ActionName; file: string }[] = [
  { action: 'baseline', file: 'baseline/action.yml' },
  { action: 'diagnostics', file: 'diagnostics/action.yml' },
  { action: 'optimization', file: 'optimization/action.yml' },
  { action: 'governance', file: 'governance/action.yml' },
  { action: 'compare', file: 'compare/action.yml' },
  { action: 'all', file: 'action.yml' },
];
const ALL_FILES = [...GENERATED.map((g) => g.file), 'publish/action.yml'];

/** GitHub's branding icons are Feather icons; colors are this fixed set. */
const COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];

const load = (file: string) => parseYaml(readFileSync(path.join(ROOT, file), 'utf8')) as ActionYml;
const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

describe.each(ALL_FILES)('%s', (file) => {
  const spec = load(file);

  it('has name, description, author and branding', () => {
    expect(nonEmpty(spec.name), 'name').toBe(true);
    expect(nonEmpty(spec.description), 'description').toBe(true);
    expect((spec.description as string).length).toBeLessThanOrEqual(200);
    expect(nonEmpty(spec.author), 'author').toBe(true);
    expect(nonEmpty(spec.branding?.icon), 'branding.icon').toBe(true);
    expect(COLORS).toContain(spec.branding?.color);
  });

  it('runs on node24 with a main that exists relative to the action folder', () => {
    expect(spec.runs?.using).toBe('node24');
    expect(nonEmpty(spec.runs?.main)).toBe(true);
    const main = path.resolve(ROOT, path.dirname(file), spec.runs!.main as string);
    expect(main.startsWith(path.join(ROOT, 'dist') + path.sep), main).toBe(true);
    expect(existsSync(main), main).toBe(true);
  });

  it('describes every input and output', () => {
    expect(Object.keys(spec.inputs ?? {}).length).toBeGreaterThan(0);
    expect(Object.keys(spec.outputs ?? {}).length).toBeGreaterThan(0);
    for (const [name, meta] of Object.entries(spec.inputs ?? {})) {
      expect(nonEmpty(meta?.description), `input ${name}`).toBe(true);
      expect(name, 'input names: lower case with hyphens').toMatch(/^[a-z][a-z0-9-]*$/);
    }
    for (const [name, meta] of Object.entries(spec.outputs ?? {}))
      expect(nonEmpty(meta?.description), `output ${name}`).toBe(true);
  });
});

describe.each(GENERATED)('$file matches src/inputs.ts', ({ action, file }) => {
  const spec = load(file);
  const declared = Object.keys(spec.inputs ?? {});
  const table = inputsOf(action);

  it('declares exactly inputsOf(action): nothing missing, nothing extra', () => {
    expect(
      table.filter((k) => !declared.includes(k)),
      'in src/inputs.ts, missing from the action.yml',
    ).toEqual([]);
    expect(
      declared.filter((k) => !table.includes(k)),
      'in the action.yml, not in src/inputs.ts',
    ).toEqual([]);
    expect(declared).toEqual(table);
  });

  it('with the same defaults and descriptions', () => {
    for (const k of declared) {
      const meta = spec.inputs![k]!;
      expect(String(meta.default ?? ''), `default of ${k}`).toBe(INPUTS[k].default ?? '');
      expect(meta.description, `description of ${k}`).toBe(INPUTS[k].description);
      // every input is optional: the config file and the protocol defaults cover the rest
      expect(meta.required, `required of ${k}`).toBe(false);
    }
  });

  it('outputs equal OUTPUTS', () => {
    expect(Object.keys(spec.outputs ?? {})).toEqual(Object.keys(OUTPUTS));
    for (const [k, d] of Object.entries(OUTPUTS)) expect(spec.outputs![k]!.description).toBe(d);
  });

  it('the defaults parse with checkInputs (as the runner passes them)', () => {
    const raw: Record<string, string> = {};
    for (const k of Object.keys(INPUTS)) raw[k] = '';
    for (const k of declared) raw[k] = String(spec.inputs![k]!.default ?? '');
    const r = checkInputs(raw);
    expect(r.success, r.success ? '' : r.issues.map((i) => i.message).join('; ')).toBe(true);
    if (!r.success) return;
    expect(r.data.status).toBe(true);
    expect(r.data.upload).toBe(true);
    expect(r.data.comment).toBe('update');
    expect(r.data['fail-on']).toEqual(['fail', 'insufficient-data', 'error']);
    expect(r.data['artifacts-dir']).toBe('.artifacts/performance');
    expect(r.data.token).toBe('${{ github.token }}');
  });
});

describe('publish/action.yml', () => {
  it('declares exactly the inputs src/entries/publish.ts reads and the outputs it sets', () => {
    const spec = load('publish/action.yml');
    const src = readFileSync(path.join(ROOT, 'src/entries/publish.ts'), 'utf8');
    const read = [...src.matchAll(/core\.get(?:Boolean)?Input\('([^']+)'\)/g)].map((m) => m[1]);
    const set = [...src.matchAll(/core\.setOutput\('([^']+)'/g)].map((m) => m[1]);
    expect([...new Set(read)].sort()).toEqual(Object.keys(spec.inputs ?? {}).sort());
    expect([...new Set(set)].sort()).toEqual(Object.keys(spec.outputs ?? {}).sort());
    expect(String(spec.inputs?.token?.default)).toBe('${{ github.token }}');
    expect(String(spec.inputs?.status?.default)).toBe('true');
  });
});

describe('scripts/gen-actions.mjs', () => {
  it('writes exactly the committed action.yml files', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'pg-gen-actions-'));
    mkdirSync(path.join(tmp, 'scripts'));
    mkdirSync(path.join(tmp, 'src'));
    cpSync(path.join(ROOT, 'scripts/gen-actions.mjs'), path.join(tmp, 'scripts/gen-actions.mjs'));
    cpSync(path.join(ROOT, 'src/inputs.ts'), path.join(tmp, 'src/inputs.ts'));
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(tmp, 'node_modules'), 'dir');
    writeFileSync(path.join(tmp, 'package.json'), '{ "type": "module" }\n');
    const r = spawnSync(process.execPath, [path.join(tmp, 'scripts/gen-actions.mjs')], {
      cwd: tmp,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    for (const { file } of GENERATED) {
      const generated = readFileSync(path.join(tmp, file), 'utf8');
      const committed = readFileSync(path.join(ROOT, file), 'utf8');
      expect(
        committed,
        `${file} differs from what gen-actions writes: run node scripts/gen-actions.mjs`,
      ).toBe(generated);
    }
  });
});
