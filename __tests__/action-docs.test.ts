// docs/ACTIONS.md is generated from the action.yml files and cannot drift from them; the example
// configuration names its schema for editors.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { ACTIONS, renderActionDocs, permissionsOf } from '../scripts/gen-action-docs.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');

describe('docs/ACTIONS.md', () => {
  it('is what scripts/gen-action-docs.mjs makes of the action.yml files (run it after editing one)', () => {
    expect(read('docs/ACTIONS.md')).toBe(renderActionDocs(read));
  });

  it('a changed action.yml changes the document (the check can fail)', () => {
    const changed = (f: string) =>
      f === 'publish/action.yml'
        ? read(f).replace('inputs:\n', 'inputs:\n  new-input:\n    description: "Added later."\n')
        : read(f);
    const doc = renderActionDocs(changed);
    expect(doc).not.toBe(read('docs/ACTIONS.md'));
    expect(doc).toContain('| `new-input` |  | Added later. |');
  });

  it('every action, publish included, has its permissions, inputs and outputs', () => {
    const doc = read('docs/ACTIONS.md');
    for (const [uses, file] of ACTIONS as [string, string][]) {
      expect(doc).toContain(`## \`${uses}\``);
      expect(permissionsOf(read(file), file).length).toBeGreaterThan(0);
    }
    const publish = doc.slice(doc.indexOf('## `OWNER/perf-gates/publish@v1`'));
    for (const s of ['`artifact-pattern`', '`published`', '`refused`', '`actions: read`'])
      expect(publish).toContain(s);
    expect(doc).not.toMatch(/\| [^|`]*<[a-z]/); // no raw HTML-looking text in the tables
  });

  it('an action.yml without a Permissions line is an error naming it', () => {
    expect(() => permissionsOf('name: x\n', 'x/action.yml')).toThrow(/x\/action\.yml/);
  });
});

describe('the example configuration', () => {
  it('starts with a yaml-language-server $schema line that points at the schema', () => {
    const first = read('examples/perf/perf-gates.yml').split('\n')[0];
    const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(m).not.toBeNull();
    expect(existsSync(path.resolve(ROOT, 'examples/perf', m![1]))).toBe(true);
  });
});
