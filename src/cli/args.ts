// A small argv parser: `cmd <positionals...> --opt value --opt value --flag`.
// Options may repeat (`--baseline-k6 a --baseline-k6 b`); an option followed by several
// non-option words takes them all (`--baseline a.json b.json`).

export interface ParsedArgs {
  command: string;
  positionals: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseArgs(
  argv: string[],
  flagNames: ReadonlySet<string>,
  multiValue: ReadonlySet<string> = new Set(),
): ParsedArgs {
  const [command = '', ...rest] = argv;
  const out: ParsedArgs = { command, positionals: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--') {
      out.positionals.push(...rest.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      let name = a.slice(2);
      let inline: string | undefined;
      const eq = name.indexOf('=');
      if (eq >= 0) {
        inline = name.slice(eq + 1);
        name = name.slice(0, eq);
      }
      if (flagNames.has(name)) {
        if (inline !== undefined && !/^(true|false)$/i.test(inline))
          throw new UsageError(`--${name} takes no value`);
        if (inline === undefined || /^true$/i.test(inline)) out.flags.add(name);
        continue;
      }
      const values: string[] = [];
      if (inline !== undefined) values.push(inline);
      else {
        if (i + 1 >= rest.length || rest[i + 1].startsWith('--'))
          throw new UsageError(`--${name} needs a value`);
        values.push(rest[++i]);
        if (multiValue.has(name))
          while (i + 1 < rest.length && !rest[i + 1].startsWith('--')) values.push(rest[++i]);
      }
      const list = out.options.get(name) ?? [];
      list.push(...values);
      out.options.set(name, list);
      continue;
    }
    out.positionals.push(a);
  }
  return out;
}

export function one(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  if (!v) return undefined;
  if (v.length > 1) throw new UsageError(`--${name} was given ${v.length} times; it takes one value`);
  return v[0];
}

/**
 * `15%`, `15`, `0.15` -> fraction 0.15 (values above 1 are percents). Negative or above 100% is
 * a UsageError: a negative target or tolerance would silently weaken the gate.
 */
export function fraction(s: string, name: string): number {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(%)?\s*$/.exec(s);
  const bad = () => new UsageError(`--${name} must be a percentage from 0% to 100%, like 15% (got "${s}")`);
  if (!m) throw bad();
  const v = Number(m[1]);
  const f = m[2] || v > 1 ? v / 100 : v;
  if (!(f >= 0 && f <= 1)) throw bad();
  return f;
}

/** Options and flags a command does not take are usage errors naming them and what it takes. */
export function checkOptions(a: ParsedArgs, options: readonly string[], flags: readonly string[]): void {
  const known = [...options.map((o) => `--${o} VALUE`), ...flags.map((f) => `--${f}`)];
  for (const name of [...a.options.keys(), ...a.flags]) {
    const isFlag = a.flags.has(name);
    if (isFlag ? flags.includes(name) : options.includes(name)) continue;
    throw new UsageError(
      `unknown option --${name} for ${a.command} (it takes: ${known.length ? known.join(', ') : 'no options'})`,
    );
  }
}
