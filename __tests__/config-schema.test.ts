import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../src/config/json-schema.js';

const committed = JSON.parse(
  readFileSync(new URL('../schema/perf-gates.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('schema/perf-gates.schema.json', () => {
  it('is what the zod schema generates (run `node scripts/gen-schema.mjs` after changing src/config/schema.ts)', () => {
    expect(committed).toEqual(buildJsonSchema());
  });

  it('rejects unknown keys and documents the protocol defaults', () => {
    const props = committed.properties as Record<string, Record<string, unknown>>;
    expect(committed.additionalProperties).toBe(false);
    expect(committed.required).toBeUndefined();
    const th = props.thresholds.properties as Record<string, { default: number }>;
    expect(th.baseline_completeness.default).toBe(95);
    expect(th.diagnostic_coverage.default).toBe(90);
    expect(th.improvement.default).toBe(15);
    expect(props.tolerance.default).toBe(5);
    expect(props.confidence.default).toBe(0.95);
    expect(props.thresholds.additionalProperties).toBe(false);
    const peak = (
      (props.diagnostics.properties as Record<string, Record<string, unknown>>).peak_scenarios
        .items as Record<string, unknown>
    ).properties as Record<string, { anyOf?: { type: string; pattern?: string }[] }>;
    const dur = peak.min_duration.anyOf?.find((a) => a.type === 'string');
    expect(dur?.pattern && new RegExp(dur.pattern).test('2m30s')).toBe(true);
  });
});
