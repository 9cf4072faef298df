// The JSON Schema shipped as schema/perf-gates.schema.json, generated from the zod schema (input
// side: what a team writes, with defaults). scripts/gen-schema.mjs writes it; a test keeps the
// committed file in sync.
import { z } from 'zod';
import { ConfigSchema } from './schema.js';

export const SCHEMA_ID = 'https://github.com/OWNER/perf-gates/schema/perf-gates.schema.json';

export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ConfigSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return { $schema, $id: SCHEMA_ID, title: 'perf-gates configuration (.github/perf-gates.yml)', ...rest };
}

/** The file's exact text (2-space JSON, trailing newline). */
export function jsonSchemaText(): string {
  return JSON.stringify(buildJsonSchema(), null, 2) + '\n';
}
