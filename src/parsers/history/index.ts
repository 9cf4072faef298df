// A history entry (src/stats/history/record.ts) read back: JSON text in, a validated HistoryEntry out.
// An entry written by a newer perf-gates (a higher `version` or `key_grammar`) is refused with a
// message saying so, before anything else is checked: its fields may mean something this version
// does not know. The zod schema is also the source of schema/history-entry.v1.schema.json.
import { z } from 'zod';
import { InputError } from '../../model.js';
import {
  HISTORY_ENTRY_FORMAT,
  HISTORY_ENTRY_VERSION,
  type HistoryEntry,
  type HistoryStat,
} from '../../stats/history/record.js';
import { formatKey, isValidStat, KEY_GRAMMAR_VERSION } from '../../stats/keys.js';
import { locateJsonPath, parseJsonText, zodInputError } from '../text/json.js';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const count = z.number().int().nonnegative();
const tags = z.record(z.string(), z.string());
const direction = z.enum(['decrease', 'increase']);

const keyFields = {
  key: z.string().min(1),
  metric: z.string().min(1),
  tags,
  stat: z.string().min(1).refine(isValidStat, 'is not a statistic of the key grammar'),
  direction,
  named: z.boolean(),
};

const presentStat = z.strictObject({
  ...keyFields,
  present: z.literal(true),
  value: finite,
  lower: finite.nullable(),
  upper: finite.nullable(),
  var_log: finite.refine((v) => v >= 0, 'must be >= 0').nullable(),
  n: count,
  needed: count,
  method: z.string(),
  unit: z.string().optional(),
  counts: z.strictObject({ passes: count, total: count }).optional(),
  note: z.string().optional(),
});

const absentStat = z.strictObject({
  ...keyFields,
  present: z.literal(false),
  reason: z.string(),
  error: z.boolean().optional(),
});

export const historyEntrySchema = z.strictObject({
  format: z.literal(HISTORY_ENTRY_FORMAT),
  version: z.literal(HISTORY_ENTRY_VERSION),
  key_grammar: z.literal(KEY_GRAMMAR_VERSION),
  sha: z
    .string()
    .regex(/^[0-9a-fA-F]{4,64}$/, 'must be a hex commit SHA')
    .nullable(),
  time: z.string().refine((t) => !Number.isNaN(Date.parse(t)), 'must be an ISO 8601 time'),
  tools: z.record(z.string(), z.string()),
  confidence: z.number().gt(0.5).lt(1),
  sources: z.array(z.strictObject({ path: z.string(), sha256: z.string() })),
  stats: z.array(z.discriminatedUnion('present', [presentStat, absentStat])),
});

/** The newest-version check: a clear refusal of an entry this version cannot read. */
function refuseNewer(doc: unknown, file: string, text: string): void {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return;
  const d = doc as Record<string, unknown>;
  const at = (p: string) => locateJsonPath(text, [p])?.line;
  if (d.format !== undefined && d.format !== HISTORY_ENTRY_FORMAT) {
    throw new InputError(
      file,
      `not a perf-gates history entry (format ${JSON.stringify(d.format)})`,
      at('format'),
    );
  }
  if (typeof d.version === 'number' && d.version > HISTORY_ENTRY_VERSION) {
    throw new InputError(
      file,
      `history entry version ${d.version} was written by a newer perf-gates; this version (${HISTORY_ENTRY_VERSION}) cannot read it: upgrade perf-gates`,
      at('version'),
    );
  }
  if (typeof d.key_grammar === 'number' && d.key_grammar > KEY_GRAMMAR_VERSION) {
    throw new InputError(
      file,
      `key grammar version ${d.key_grammar} is newer than this perf-gates reads (${KEY_GRAMMAR_VERSION}): upgrade perf-gates`,
      at('key_grammar'),
    );
  }
}

export function parseHistoryEntry(text: string, file: string): HistoryEntry {
  const doc = parseJsonText(text, file);
  refuseNewer(doc, file, text);
  const r = historyEntrySchema.safeParse(doc);
  if (!r.success) throw zodInputError(file, 'history entry', r.error, (p) => locateJsonPath(text, p));
  const entry = r.data as HistoryEntry;
  entry.stats.forEach((s: HistoryStat, i) => {
    const want = formatKey(s);
    if (s.key !== want) {
      throw new InputError(
        file,
        `history entry: stats[${i}].key is "${s.key}" but its metric, tags and stat spell "${want}"`,
        locateJsonPath(text, ['stats', i, 'key'])?.line,
      );
    }
  });
  return entry;
}

/** The entry's text as the store writes it (2-space JSON, trailing newline). */
export function historyEntryText(entry: HistoryEntry): string {
  return JSON.stringify(entry, null, 2) + '\n';
}
