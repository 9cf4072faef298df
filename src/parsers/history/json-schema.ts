// schema/history-entry.v1.schema.json, generated from the zod schema of the history entry
// (scripts/gen-schema.mjs writes it; __tests__/history-record.test.ts keeps the file in sync).
import { z } from 'zod';
import { historyEntrySchema } from './index.js';

export const HISTORY_SCHEMA_ID = 'https://github.com/OWNER/perf-gates/schema/history-entry.v1.schema.json';

export function historyJsonSchemaText(): string {
  const generated = z.toJSONSchema(historyEntrySchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  const doc = {
    $schema,
    $id: HISTORY_SCHEMA_ID,
    title: 'perf-gates history entry, version 1 (one run of main: per-key statistics, no raw samples)',
    ...rest,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
