// A YAML document as the document parsers read it (SLO updates, waivers): a parse error or an
// alias bomb is an InputError naming the file (and line), keys are unique, and `locate` finds the
// line of a value by its path (for schema errors and per-entry lines).
import { LineCounter, parseDocument, isNode } from 'yaml';
import { InputError, type Warning } from '../../model.js';
import { stripBom } from './decode.js';

export interface YamlRead {
  raw: unknown;
  warnings: Warning[];
  /** line and column of the deepest node along `path` that exists */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

export function readYaml(text: string, file: string): YamlRead {
  const lineCounter = new LineCounter();
  const doc = parseDocument(stripBom(text), { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const pos = lineCounter.linePos(e.pos[0]);
    throw new InputError(file, `invalid YAML: ${e.message.split('\n')[0]}`, pos.line, pos.col);
  }
  let raw: unknown;
  try {
    // an alias bomb (aliases of aliases) is stopped by the yaml library: say which file
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new InputError(file, `invalid YAML: ${(e as Error).message}`);
  }
  const warnings: Warning[] = doc.warnings.map((w) => ({
    file,
    line: lineCounter.linePos(w.pos[0]).line,
    message: w.message.split('\n')[0],
  }));
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
  return { raw, warnings, locate };
}
