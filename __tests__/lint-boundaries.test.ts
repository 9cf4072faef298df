// The house's floors are kept by lint (eslint.config.mjs, ARCHITECTURE.md): a planted import that
// goes up a floor, or out of src/io/ into the program, must be an error; the allowed directions not.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.join(__dirname, '..');
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, spec: string): Promise<string[]> {
  const code = `import * as m from '${spec}';\nexport const x = m;\n`;
  const [res] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return res.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries (lint)', () => {
  it.each([
    ['src/io/planted.ts', '../gates/common.js'],
    ['src/io/planted.ts', '../report/comment.js'],
    ['src/io/planted.ts', '../parsers/detect.js'],
    ['src/io/planted.ts', '../stats/keys.js'],
    ['src/io/planted.ts', '../run/runner.js'],
    ['src/gates/governance/planted.ts', '../../report/performance-report.js'],
    ['src/gates/planted.ts', '../io/files.js'],
    ['src/gates/planted.ts', '../run/runner.js'],
    ['src/gates/planted.ts', '@actions/core'],
    ['src/parsers/k6-ndjson/planted.ts', '../../gates/common.js'],
    ['src/parsers/planted.ts', '../io/files.js'],
    ['src/stats/planted.ts', '../parsers/detect.js'],
    ['src/stats/planted.ts', 'node:fs'],
    ['src/config/planted.ts', '../gates/common.js'],
    ['src/report/planted.ts', '../io/github.js'],
    ['src/report/planted.ts', '../run/runner.js'],
    ['src/report/planted.ts', '@actions/github'],
    ['src/model.ts', './stats/keys.js'],
    ['src/run/planted.ts', '../cli/main.js'],
    ['src/run/planted.ts', 'node:fs'],
    ['src/cli/planted.ts', '../entries/cli.js'],
  ])('%s may not import %s', async (file, spec) => {
    expect(await restricted(file, spec)).toHaveLength(1);
  });

  it.each([
    ['src/run/planted.ts', '../gates/common.js'],
    ['src/run/planted.ts', '../io/files.js'],
    ['src/run/planted.ts', '../report/markdown.js'],
    ['src/gates/planted.ts', '../stats/keys.js'],
    ['src/gates/planted.ts', '../parsers/detect.js'],
    ['src/report/planted.ts', '../gates/common.js'],
    ['src/io/planted.ts', '../model.js'],
    ['src/io/planted.ts', 'node:fs'],
    ['src/io/planted.ts', '@actions/core'],
    ['src/cli/planted.ts', '../run/runner.js'],
    ['src/entries/planted.ts', 'node:worker_threads'],
  ])('%s may import %s', async (file, spec) => {
    expect(await restricted(file, spec)).toEqual([]);
  });
});
