// k6-style durations in configuration ('20s', '2m', '1m30s', '1h', '500ms'; a bare number is seconds).

/** The accepted spelling: one or more <number><unit> parts, units h, m, s, ms, us/µs. */
export const DURATION_PATTERN = '^\\s*(\\d+(\\.\\d+)?(h|ms|m|s|us|µs)\\s*)+$';
const PART = /(\d+(?:\.\d+)?)(h|ms|m|s|us|µs)/g;
const SECONDS: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, µs: 1e-6 };

/** Seconds for a k6 duration string; undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  if (!new RegExp(DURATION_PATTERN).test(text)) return undefined;
  let total = 0;
  for (const m of text.matchAll(PART)) total += Number(m[1]) * SECONDS[m[2]];
  return total;
}
