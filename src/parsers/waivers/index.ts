// The waivers file (input `waivers`): YAML `waivers: [...]`, each entry gate, criterion,
// justification, requested_by, expires (YYYY-MM-DD) and approver_role, validated against the schema
// shipped as $defs.waivers of schema/perf-gates.schema.json. Pure: text in, waivers out; a problem
// is an InputError naming the file, the line and the key.
import { LineCounter, parseDocument, isNode } from 'yaml';
import { InputError, type Warning } from '../../model.js';
import { WaiversFileSchema, type Waiver } from '../../config/schema.js';
import { stripBom } from '../text/decode.js';
import { zodInputError } from '../text/json.js';

export interface WaiversDataset {
  format: 'waivers';
  file: string;
  waivers: (Waiver & { line: number })[];
  warnings: Warning[];
}

export function parseWaivers(text: string, file: string): WaiversDataset {
  const body = stripBom(text);
  const lineCounter = new LineCounter();
  const doc = parseDocument(body, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const pos = lineCounter.linePos(e.pos[0]);
    throw new InputError(file, `invalid YAML: ${e.message.split('\n')[0]}`, pos.line, pos.col);
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new InputError(file, `invalid YAML: ${(e as Error).message}`);
  }
  const locate = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return undefined;
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new InputError(file, 'waivers: expected a mapping with a `waivers` list', 1);
  const r = WaiversFileSchema.safeParse(raw);
  if (!r.success) throw zodInputError(file, 'waivers', r.error, locate);
  const warnings: Warning[] = [];
  const waivers = r.data.waivers.map((w, i) => ({ ...w, line: locate(['waivers', i])?.line ?? 0 }));
  const seen = new Map<string, number>();
  for (const w of waivers) {
    const k = `${w.gate}\0${w.criterion}`;
    const first = seen.get(k);
    if (first !== undefined)
      throw new InputError(
        file,
        `two waivers for ${w.gate} / ${w.criterion} (the first on line ${first}): keep one`,
        w.line,
      );
    seen.set(k, w.line);
  }
  if (waivers.length === 0) warnings.push({ file, message: 'waivers is empty: nothing is waived' });
  return { format: 'waivers', file, waivers, warnings };
}
