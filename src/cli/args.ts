// The argument layer of the perf-gates command line, on node:util parseArgs. Pure: argv and a
// command's declared options in, parsed values (or a UsageError with a "did you mean") out.
// Adding an option is one line in the command's `options` table in main.ts.
import { parseArgs as nodeParseArgs } from 'node:util';
import { nearest } from '../config/suggest.js';

export interface ParsedArgs {
  command: string;
  positionals: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

/** A wrong command line: exit 2, the message and one line of usage on stderr. */
export class UsageError extends Error {
  /** the command whose one-line usage follows the message (undefined: the program's) */
  command?: string;
  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

export interface OptionSpec {
  /** flag: no value; value: one value; list: repeatable, and takes the words after it (`--baseline a b`) */
  kind: 'flag' | 'value' | 'list';
  /** the value's placeholder in help: FILE, 15%, ... */
  arg?: string;
  help: string;
}

/** One-line option declarations. */
export const flag = (help: string): OptionSpec => ({ kind: 'flag', help });
export const value = (arg: string, help: string): OptionSpec => ({ kind: 'value', arg, help });
export const list = (arg: string, help: string): OptionSpec => ({ kind: 'list', arg, help });

export interface CommandSpec {
  /** what follows `perf-gates <name>` in the one-line usage */
  synopsis: string;
  /** one line: what the command does */
  summary: string;
  /** how many positional arguments it takes */
  positionals: { min: number; max: number; what?: string };
  options: Record<string, OptionSpec>;
  /** paragraphs after the options in `--help` */
  details?: string;
}

const HELP: OptionSpec = { kind: 'flag', help: 'show this help and exit (runs nothing)' };

/** Whether argv asks for help (`-h`/`--help` anywhere before a `--`). Help runs nothing. */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const a of argv) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

/**
 * Parse the words after the command name against the command's declared options. Unknown options,
 * missing values, repeated single values given as flags, and too many or too few positionals are
 * UsageErrors naming the option (with the nearest declared name when there is one).
 */
export function parseCommand(command: string, argv: readonly string[], spec: CommandSpec): ParsedArgs {
  const decl: Record<string, OptionSpec> = { ...spec.options, help: HELP };
  const nodeOptions: Record<string, { type: 'boolean' | 'string'; multiple?: boolean; short?: string }> = {};
  for (const [name, o] of Object.entries(decl))
    nodeOptions[name] = o.kind === 'flag' ? { type: 'boolean' } : { type: 'string', multiple: true };
  nodeOptions.help.short = 'h';
  let tokens;
  try {
    ({ tokens } = nodeParseArgs({
      args: [...argv],
      options: nodeOptions,
      strict: false,
      allowPositionals: true,
      tokens: true,
    }));
  } catch (e) {
    throw new UsageError((e as Error).message, command);
  }
  const out: ParsedArgs = { command, positionals: [], options: new Map(), flags: new Set() };
  let greedy: string | undefined;
  let terminated = false;
  for (const t of tokens) {
    if (t.kind === 'option-terminator') {
      terminated = true;
      greedy = undefined;
      continue;
    }
    if (t.kind === 'positional') {
      if (greedy && !terminated) out.options.get(greedy)!.push(t.value);
      else out.positionals.push(t.value);
      continue;
    }
    greedy = undefined;
    const o = Object.hasOwn(decl, t.name) ? decl[t.name] : undefined;
    const singleDash = !t.rawName.startsWith('--') && t.rawName !== '-h';
    if (!o || singleDash) throw unknownOption(command, t.rawName, decl);
    if (o.kind === 'flag') {
      if (t.value !== undefined) throw new UsageError(`${t.rawName} takes no value`, command);
      out.flags.add(t.name);
      continue;
    }
    if (t.value === undefined || (!t.inlineValue && t.value.startsWith('--')))
      throw new UsageError(`${t.rawName} needs a value (${t.rawName} ${o.arg ?? 'VALUE'})`, command);
    const values = out.options.get(t.name) ?? [];
    values.push(t.value);
    out.options.set(t.name, values);
    if (o.kind === 'list' && !t.inlineValue) greedy = t.name;
  }
  const n = out.positionals.length;
  const { min, max } = spec.positionals;
  if (n > max) {
    const extra = out.positionals[max];
    throw new UsageError(
      max === 0
        ? `${command} takes no arguments besides its options (got "${extra}")`
        : `${command} takes at most ${max} argument${max === 1 ? '' : 's'} (unexpected "${extra}")`,
      command,
    );
  }
  if (n < min && !out.flags.has('help'))
    throw new UsageError(
      `${command} needs ${spec.positionals.what ?? (min === 1 ? 'an argument' : `${min} arguments`)}`,
      command,
    );
  return out;
}

function unknownOption(command: string, raw: string, decl: Record<string, OptionSpec>): UsageError {
  const name = raw.replace(/^-+/, '').replace(/=.*$/, '');
  const guess = nearest(name, Object.keys(decl));
  return new UsageError(
    `unknown option ${raw} for ${command}${guess ? ` (did you mean --${guess}?)` : ''}`,
    command,
  );
}

/** The "did you mean" clause for a word that is not one of `choices` ('' when nothing is close). */
export function didYouMean(word: string, choices: readonly string[]): string {
  const guess = nearest(word, choices);
  return guess ? ` (did you mean ${guess}?)` : '';
}

/** `--help` of one command: usage line, summary, options, details. */
export function formatHelp(program: string, command: string, spec: CommandSpec, width = 100): string {
  const lines = [
    `${program} ${command}: ${spec.summary}`,
    '',
    `Usage: ${program} ${command} ${spec.synopsis}`,
  ];
  const entries = Object.entries({ ...spec.options, help: HELP }).map(([name, o]) => {
    const short = name === 'help' ? '-h, ' : '';
    const arg = o.kind === 'flag' ? '' : o.kind === 'list' ? ` <${o.arg}...>` : ` <${o.arg}>`;
    return { left: `  ${short}--${name}${arg}`, help: o.help };
  });
  lines.push('', 'Options:');
  const col = Math.min(32, Math.max(...entries.map((e) => e.left.length)) + 2);
  for (const e of entries) {
    const wrapped = wrap(e.help, width - col);
    if (e.left.length + 2 > col) {
      lines.push(e.left);
      for (const w of wrapped) lines.push(' '.repeat(col) + w);
    } else {
      lines.push(e.left.padEnd(col) + wrapped[0]);
      for (const w of wrapped.slice(1)) lines.push(' '.repeat(col) + w);
    }
  }
  if (spec.details) lines.push('', spec.details);
  return lines.join('\n');
}

/** Words of `s` in lines at most `width` long (a longer word gets its own line). */
export function wrap(s: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  out.push(line);
  return out;
}

export function one(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  if (!v) return undefined;
  if (v.length > 1)
    throw new UsageError(`--${name} was given ${v.length} times; it takes one value`, args.command);
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

/** Options and flags a (sub)command does not take are usage errors naming them and what it takes. */
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
