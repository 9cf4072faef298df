// The JSON Schema shipped as schema/perf-gates.schema.json, generated from the zod schema (input
// side: what a team writes, with defaults). scripts/gen-schema.mjs writes it; a test keeps the
// committed file in sync.
import { z } from 'zod';
import { ConfigSchema, WaiversFileSchema } from './schema.js';

export const SCHEMA_ID = 'https://github.com/OWNER/perf-gates/schema/perf-gates.schema.json';

export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ConfigSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  // The waivers file (input `waivers`) is a document of its own: its schema ships here as $defs.waivers.
  const waivers = z.toJSONSchema(WaiversFileSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  delete waivers.$schema;
  const defs = { ...((rest.$defs as Record<string, unknown> | undefined) ?? {}), waivers };
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'perf-gates configuration (.github/perf-gates.yml)',
    ...rest,
    $defs: defs,
  };
}

/** The file's exact text (2-space JSON, trailing newline). */
export function jsonSchemaText(): string {
  return JSON.stringify(buildJsonSchema(), null, 2) + '\n';
}
