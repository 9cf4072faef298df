// The CI self-test jobs use the actions as a user does: every sub-action runs, each `with:` names
// only inputs its action.yml declares (actionlint cannot read local actions here), and every
// step's outputs are asserted. __tests__/e2e-bundles.test.ts asserts the same values locally.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { inputsOf, OUTPUTS, type ActionName } from '../src/inputs.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ci = parse(readFileSync(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8'));

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, string>;
  run?: string;
  env?: Record<string, string>;
}

const actionOf = (uses: string): ActionName => (uses === './' ? 'all' : (uses.slice(2) as ActionName));

describe('ci.yml self-test', () => {
  const steps: Step[] = ci.jobs['self-test'].steps;
  const root: Step[] = ci.jobs['self-test-root'].steps;

  it('runs each sub-action, and the root action in a job of its own', () => {
    const used = steps.filter((s) => s.uses?.startsWith('./')).map((s) => s.uses);
    expect(used).toEqual(['./baseline', './diagnostics', './optimization', './governance', './compare']);
    expect(root.filter((s) => s.uses === './')).toHaveLength(1);
  });

  it('passes only inputs the action declares, and files that exist', () => {
    for (const s of [...steps, ...root].filter((x) => x.uses?.startsWith('./'))) {
      const declared = inputsOf(actionOf(s.uses!));
      for (const [k, v] of Object.entries(s.with ?? {})) {
        expect(declared, `${s.uses}: ${k}`).toContain(k);
        if (/[/.]/.test(v) && !v.includes('*'))
          expect(() => readFileSync(path.join(ROOT, v)), v).not.toThrow();
      }
    }
  });

  it('asserts verdict of every step, improvement-pct and regression-count of optimization', () => {
    const check = (job: Step[]) => {
      const assert = job.find((s) => s.run && s.env && /Assert/.test(JSON.stringify(s)))!;
      return JSON.stringify(assert.env) + assert.run;
    };
    const sub = check(steps);
    for (const id of ['baseline', 'diagnostics', 'optimization', 'governance', 'compare'])
      expect(sub).toContain(`steps.${id}.outputs.verdict`);
    expect(sub).toContain('steps.optimization.outputs.improvement-pct');
    expect(sub).toContain('steps.optimization.outputs.regression-count');
    for (const out of ['verdict', 'improvement-pct', 'regression-count'])
      expect(Object.keys(OUTPUTS)).toContain(out);
    const r = check(root);
    expect(r).toContain('steps.gates.outputs.verdict');
    expect(r).toContain('steps.gates.outputs.improvement-pct');
  });
});
