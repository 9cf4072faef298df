// The perf-gates command line: summarize, compare, calibrate, gate, verify. Each command loads
// its own code on first use (the statistics for compare and calibrate, the history store and its
// schema for history and compare --history, the gates for gate): `summarize` of a results file
// loads only the k6 reader and the format sniffs.
import type { Dataset, FileRef, Format, GateName, Run } from '../model.js';
import { FORMATS, GATES, InputError } from '../model.js';

import {
  didYouMean,
  flag,
  formatHelp,
  fraction,
  list,
  one,
  parseCommand,
  UsageError,
  value,
  wantsHelp,
  type CommandSpec,
  type OptionSpec,
  type ParsedArgs,
} from './args.js';
import { summarizeJson, summarizeText, hasData, thresholdsWithoutSamples } from './summarize.js';
import { out, text } from './format.js';
import { parseKey } from '../stats/keys.js';
import { expandRuns } from '../io/glob.js';
import { classify, loadRun, readDocument, displayPath } from '../run/load.js';
import { readK6NdjsonRun } from '../run/k6-read.js';
import { VERSION } from '../version.js';
import { writeAtomic } from '../io/files.js';
import type { NoiseFile, KeySpec } from '../model.js';

/** What `gate` runs: the four protocol gates, the plan-free compare gate, and all (the root action's). */
const CLI_GATES: readonly (GateName | 'all')[] = [...GATES, 'compare', 'all'];

const PROGRAM = 'perf-gates';

/**
 * Every command, its options and its help. Adding an option is one line in `options`;
 * the parser rejects anything not declared here (exit 2, with the nearest name).
 */
const COMMANDS: Record<string, CommandSpec> = {
  summarize: {
    synopsis: '<files...> [options]',
    summary: "read k6, pytest and summary files and print each metric's figures",
    positionals: { min: 1, max: Infinity, what: 'at least one file' },
    options: {
      format: value('F', `force a reader: auto (default) or one of ${FORMATS.join(', ')}`),
      by: value('TAGS', 'k6 tags to split metrics by (default: name,scenario)'),
      json: flag('print JSON instead of a table'),
    },
    details: `A file may be a quoted glob ('runs/**/*.ndjson.gz') or a folder; an argument starting with !
leaves out what it matches ('!**/run-meta.json'). What a glob or folder matched and no reader knows
(run-meta.json, a README) is skipped with a warning, as the gates do; a file named on its own is read.
Exit codes: 0 read, 1 no data (or a threshold on a metric without samples), 2 bad input.`,
  },
  compare: {
    synopsis: '--baseline <files...> --candidate <files...> [options]',
    summary: "compare a candidate build's runs with a baseline's, key by key",
    positionals: { min: 0, max: 0 },
    options: {
      baseline: list(
        'files',
        'the baseline runs: each file is one run; a quoted glob is the files of one run',
      ),
      candidate: list('files', 'the candidate runs, same form'),
      noise: value('FILE', 'run-to-run noise from perf-gates calibrate'),
      target: value('PCT', 'improvement wanted (default 15%)'),
      tolerance: value('PCT', 'worsening allowed before a key is a regression (default 5%)'),
      confidence: value('P', 'confidence of the intervals (default 0.95)'),
      key: value('KEY', "a key to gate, like 'http_req_duration{name:checkout}:p95' (repeatable)"),
      history: value('DIR', 'the baseline is this history store (perf-gates history) instead of --baseline'),
      window: value('N', 'with --history: at most N stored runs since the last change point (default 10)'),
      'p-value': value('P', 'with --history: change-point significance (default 0.01)'),
      'min-segment': value('N', 'with --history: fewest runs between change points (default 3)'),
      seed: value('N', 'with --history: the permutation test seed (default 15)'),
      json: flag('print JSON instead of a table'),
    },
    details: `Exit codes: 0 no regression, 1 a regression or insufficient-data on a gated key, 2 bad input.
With --history DIR the baseline side is the store's runs since each key's last change point.`,
  },
  history: {
    synopsis: '<add|show> --store DIR [options] [files of ONE run...]',
    summary: "keep main's runs in a store, show their series and change points",
    positionals: { min: 1, max: Infinity, what: 'add or show (and, for add, the files of ONE run)' },
    options: {
      store: value('DIR', 'the history store (a folder of entries)'),
      sha: value('SHA', "add: the commit of this run (default: the benchmark file's, else $GITHUB_SHA)"),
      time: value('ISO', "add: the run's time (default: the run's own start)"),
      keep: value('N', 'add: keep the last N entries (default 100)'),
      key: value('KEY', 'a key to record or show besides the default keys (repeatable)'),
      'p-value': value('P', 'show: change-point significance (default 0.01)'),
      'min-segment': value('N', 'show: fewest runs between change points (default 3)'),
      seed: value('N', 'show: the permutation test seed (default 15)'),
      json: flag('print JSON'),
    },
    details: `history add: ALL the files given are ONE run (a k6 run's NDJSON and its summary, or one
pytest-benchmark file); compare and calibrate, by contrast, take one run per file.
history show: the entries, each key's series, and its change points (e-divisive means).
compare --history DIR --candidate <files...>: per key, the stored runs since the key's last change
point (at most --window) are the baseline.`,
  },
  calibrate: {
    synopsis: '<runs...> [options]',
    summary: 'measure run-to-run noise from two or more runs of the same build (A/A runs)',
    positionals: { min: 2, max: Infinity, what: 'two or more runs of the same build (A/A runs)' },
    options: {
      out: value('FILE', 'write the noise file there (atomically) instead of printing it'),
      json: flag('print the noise file even with --out'),
    },
    details: 'Each argument is one run; a quoted glob is the files of one run.',
  },
  gate: {
    synopsis: `<${CLI_GATES.join('|')}> [--config F] [--<input> VALUE ...]`,
    summary: 'run a gate locally as the action would (no PR comment, status or upload)',
    positionals: { min: 1, max: 1, what: `one of ${CLI_GATES.join(', ')}` },
    // The inputs of the gate named are added when it is known (see gateSpec).
    options: {},
    details: `Exit codes: 0 pass or waived, 1 fail or insufficient-data, 2 error.
\`${PROGRAM} gate <name> --help\` lists that gate's inputs.`,
  },
  verify: {
    synopsis: '<artifacts-dir>',
    summary: 'check an evidence folder against its SHA256SUMS and manifest',
    positionals: { min: 1, max: 1, what: 'the evidence folder' },
    options: {},
    details: 'Exit codes: 0 intact, 1 altered or missing, 2 not an evidence folder.',
  },
  completion: {
    synopsis: 'bash',
    summary: 'print a bash completion script (commands, gates, options)',
    positionals: { min: 1, max: 1, what: 'a shell: bash' },
    options: {},
    details: `Load it in the current shell with: source <(perf-gates completion bash)
zsh: autoload -U bashcompinit && bashcompinit, then the same.`,
  },
};

/** Inputs the command line sets itself: there is no PR to comment on and no artifact service. */
const LOCAL_ONLY = new Set(['token', 'comment', 'status', 'upload']);

/** `gate <name>`'s spec: the inputs of that gate, from the action inputs table, as options. */
async function gateSpec(which: string | undefined): Promise<CommandSpec> {
  const { INPUTS, inputsOf } = await import('../inputs.js');
  const names = which && isGate(which) ? inputsOf(which) : Object.keys(INPUTS);
  const options: Record<string, OptionSpec> = {};
  for (const n of names) {
    if (LOCAL_ONLY.has(n)) continue;
    const d = INPUTS[n];
    const dflt = d.default ? ` (default: ${d.default})` : '';
    // Repeat an input for several lines (`--baseline-k6 a --baseline-k6 b`: two runs).
    options[n] = value(d.runs ? 'RUN' : 'VALUE', d.description + dflt);
  }
  const spec = COMMANDS.gate;
  return which && isGate(which)
    ? { ...spec, synopsis: '[--<input> VALUE ...]', options }
    : { ...spec, options };
}

function isGate(s: string): s is GateName | 'all' {
  return (CLI_GATES as readonly string[]).includes(s);
}

const USAGE = `${PROGRAM} ${VERSION}: performance quality gates for k6 and pytest

Usage:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${PROGRAM} ${name} ${c.synopsis}\n      ${c.summary}`)
  .join('\n')}
  ${PROGRAM} --version

\`${PROGRAM} <command> --help\` shows a command's options. Each file given to compare/calibrate is one
run; a quoted glob is the files of one run. history add takes the files of ONE run.`;

/** The one line of usage printed after an error. */
function usageLine(command: string | undefined): string {
  if (command && COMMANDS[command])
    return `usage: ${PROGRAM} ${command} ${COMMANDS[command].synopsis}  (${PROGRAM} ${command} --help for more)`;
  return `usage: ${PROGRAM} <${Object.keys(COMMANDS).join('|')}> ...  (${PROGRAM} --help for more)`;
}

function parseFormat(v: string | undefined): Format | 'auto' {
  if (!v || v === 'auto') return 'auto';
  if (!(FORMATS as readonly string[]).includes(v))
    throw new UsageError(`--format must be auto or one of: ${FORMATS.join(', ')}`);
  return v as Format;
}

async function summarize(a: ParsedArgs): Promise<number> {
  if (!a.positionals.length) throw new UsageError('summarize needs at least one file');
  const format = parseFormat(one(a, 'format'));
  const by = (one(a, 'by') ?? 'name,scenario')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const items: { dataset: Dataset; ref: FileRef; shownPath: string }[] = [];
  // The gates' skip rule: what a glob or folder matched and no reader knows is skipped, with a warning.
  const matched = (await expandRuns(a.positionals)).flatMap((r) =>
    r.files.map((file) => ({ file, fromGlob: r.fromGlob })),
  );
  const seen = new Set<string>();
  for (const { file: f, fromGlob } of matched) {
    if (seen.has(f)) continue;
    seen.add(f);
    const c = classify(f, fromGlob, format, () => true, 'a format perf-gates reads');
    if ('skip' in c) {
      process.stderr.write(text(`warning: ${c.skip.file}: ${c.skip.message}`) + '\n');
      continue;
    }
    const fmt = c.format;
    if (fmt === 'k6-ndjson') {
      const { dataset, files: refs } = await readK6NdjsonRun([f], { by });
      items.push({ dataset, ref: refs[0], shownPath: displayPath(f) });
    } else {
      const { dataset, ref } = await readDocument(f, fmt);
      items.push({ dataset, ref, shownPath: displayPath(f) });
    }
  }
  const s = summarizeJson(items);
  out(a.flags.has('json') ? JSON.stringify(s, null, 2) : text(summarizeText(s)));
  const empty = items.filter((i) => !hasData(i.dataset));
  for (const e of empty)
    process.stderr.write(`${e.shownPath}: no data (nothing to summarize: no samples, tests or benchmarks)\n`);
  // A threshold on a metric without samples is no data, never a pass (k6 itself lets it pass).
  const noSamples = thresholdsWithoutSamples(s);
  for (const t of noSamples) {
    const where = s.files[t.file].path;
    process.stderr.write(
      text(`${where}: no data for threshold ${t.metric} ${t.expression}: the metric has no samples`) + '\n',
    );
  }
  return empty.length || noSamples.length ? 1 : 0;
}

async function runsOf(values: string[] | undefined, label: string): Promise<Run[]> {
  const runs: Run[] = [];
  // One run per value; a value starting with ! leaves its matches out of every run of the option.
  for (const [i, rf] of (await expandRuns(values ?? [])).entries()) {
    const { run, warnings } = await loadRun(rf, `${label} #${i + 1}`);
    for (const w of warnings)
      process.stderr.write(
        text(`warning: ${w.file}${w.line !== undefined ? `:${w.line}` : ''}: ${w.message}`) + '\n',
      );
    runs.push(run);
  }
  return runs;
}

/** `compare --json`'s top-level version: 2 since issue 9 (detectable_change, notes, error rows). */
export const COMPARE_JSON_VERSION = 2;

async function compare(a: ParsedArgs): Promise<number> {
  if (a.options.has('history')) {
    const candidate = await runsOf(a.options.get('candidate'), 'candidate');
    if (!candidate.length) throw new UsageError('compare --history needs --candidate <files...>');
    const keys: KeySpec[] = (a.options.get('key') ?? []).map((k) => ({ ...keyOf(k), named: true }));
    const { compareHistoryCmd } = await import('./history.js');
    return compareHistoryCmd(a, candidate, keys, COMPARE_JSON_VERSION);
  }
  const baseline = await runsOf(a.options.get('baseline'), 'baseline');
  const candidate = await runsOf(a.options.get('candidate'), 'candidate');
  if (!baseline.length || !candidate.length)
    throw new UsageError('compare needs --baseline <files...> and --candidate <files...>');
  let noise: NoiseFile | undefined;
  const noisePath = one(a, 'noise');
  if (noisePath) {
    const { dataset } = await readDocument(noisePath, 'noise');
    if (dataset.format !== 'noise')
      throw new InputError(noisePath, 'not a noise file from perf-gates calibrate');
    noise = dataset.noise;
  }
  const keys: KeySpec[] = (a.options.get('key') ?? []).map((k) => ({ ...keyOf(k), named: true }));
  const { compareRuns, formatComparisonTable } = await import('../stats/compare.js');
  const rows = compareRuns(baseline, candidate, {
    keys: keys.length ? keys : undefined,
    defaultKeys: keys.length === 0,
    target: fraction(one(a, 'target') ?? '15%', 'target'),
    tolerance: fraction(one(a, 'tolerance') ?? '5%', 'tolerance'),
    confidence: Number(one(a, 'confidence') ?? '0.95'),
    noise,
  });
  out(
    a.flags.has('json')
      ? JSON.stringify({ version: COMPARE_JSON_VERSION, comparisons: rows }, null, 2)
      : text(formatComparisonTable(rows)),
  );
  // impossible samples above the limit in any compared key: bad input, exit 2 (DESIGN section 7)
  if (rows.some((r) => r.verdict === 'error')) return 2;
  const gated = keys.length ? rows.filter((r) => r.named) : rows;
  return gated.some((r) => r.verdict === 'regression' || r.verdict === 'insufficient-data') ? 1 : 0;
}

function keyOf(k: string): Omit<KeySpec, 'named'> {
  try {
    return parseKey(k) as Omit<KeySpec, 'named'>;
  } catch (e) {
    throw new UsageError(`--key ${k}: ${(e as Error).message}`);
  }
}

async function calibrateCmd(a: ParsedArgs): Promise<number> {
  if (a.positionals.length < 2)
    throw new UsageError('calibrate needs two or more runs of the same build (A/A runs)');
  const runs = await runsOf(a.positionals, 'run');
  const { calibrate } = await import('../stats/compare.js');
  const noise = calibrate(runs);
  const text = JSON.stringify(noise, null, 2) + '\n';
  const dest = one(a, 'out');
  if (dest) {
    await writeAtomic(dest, text);
    process.stderr.write(
      `wrote ${dest}: between-run variance of ${Object.keys(noise.keys).length} keys from ${runs.length} runs (noise file version ${noise.version})\n`,
    );
  }
  if (!dest || a.flags.has('json')) out(text);
  return Object.keys(noise.keys).length ? 0 : 1;
}

async function gate(a: ParsedArgs): Promise<number> {
  const which = a.positionals[0];
  if (!which || !isGate(which)) throw new UsageError(`gate needs one of ${CLI_GATES.join(', ')}`);
  const { INPUTS } = await import('../inputs.js');
  for (const f of a.flags) throw new UsageError(`unknown option --${f} for gate (it takes --<input> VALUE)`);
  const raw: Record<string, string> = {};
  for (const [name, values] of a.options) {
    if (!(name in INPUTS))
      throw new UsageError(`unknown input --${name} (inputs: ${Object.keys(INPUTS).join(', ')})`);
    raw[name] = values.join('\n');
  }
  // Locally there is no PR to comment on and no artifact service.
  const { runGates } = await import('../run/runner.js');
  const { cliHost } = await import('../io/cli-host.js');
  const { code } = await runGates(
    which,
    { ...raw, upload: 'false', comment: 'off', status: 'false' },
    cliHost(),
  );
  return code;
}

/** A bash completion script made from the command table: it cannot list an option that is not there. */
async function completion(a: ParsedArgs): Promise<number> {
  if (a.positionals[0] !== 'bash')
    throw new UsageError(`completion supports bash (got "${a.positionals[0]}")`, 'completion');
  const opts = (spec: CommandSpec) => [...Object.keys(spec.options), 'help'].map((o) => `--${o}`).join(' ');
  const gates = CLI_GATES;
  const cases = Object.entries(COMMANDS)
    .filter(([name]) => name !== 'gate')
    .map(([name, spec]) => `    ${name}) opts="${opts(spec)}" ;;`);
  const gateCases: string[] = [];
  for (const g of gates) gateCases.push(`        ${g}) opts="${opts(await gateSpec(g))}" ;;`);
  out(`# bash completion for ${PROGRAM} ${VERSION}: source <(${PROGRAM} completion bash)
_perf_gates() {
  local cur=\${COMP_WORDS[COMP_CWORD]} cmd=\${COMP_WORDS[1]} opts=""
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${Object.keys(COMMANDS).join(' ')} --help --version" -- "$cur"))
    return
  fi
  case "$cmd" in
${cases.join('\n')}
    gate)
      if [ "$COMP_CWORD" -eq 2 ]; then
        COMPREPLY=($(compgen -W "${gates.join(' ')}" -- "$cur"))
        return
      fi
      case "\${COMP_WORDS[2]}" in
${gateCases.join('\n')}
      esac ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _perf_gates ${PROGRAM}`);
  return 0;
}

async function verify(a: ParsedArgs): Promise<number> {
  const dir = a.positionals[0];
  if (!dir) throw new UsageError('verify needs the evidence folder');
  const { verifyFolder } = await import('../io/verify.js');
  const r = await verifyFolder(dir);
  out(r.text);
  return r.code;
}

/** parseCommand, and for `gate <name>` an input of another gate is named as such. */
async function parseGateAware(command: string, rest: string[], spec: CommandSpec): Promise<ParsedArgs> {
  try {
    return parseCommand(command, rest, spec);
  } catch (e) {
    const which = rest[0];
    const opt = /^unknown option --([\w-]+)/.exec(e instanceof UsageError ? e.message : '')?.[1];
    if (command !== 'gate' || !opt || !which || !isGate(which)) throw e;
    const { INPUTS } = await import('../inputs.js');
    if (!Object.hasOwn(INPUTS, opt)) throw e;
    if (LOCAL_ONLY.has(opt))
      throw new UsageError(
        `--${opt} is set by the command line itself (no PR, status or upload locally)`,
        command,
      );
    throw new UsageError(
      `--${opt} is not an input of gate ${which} (it is one of: ${INPUTS[opt].gates.join(', ')})`,
      command,
    );
  }
}

export async function main(argv: string[]): Promise<number> {
  let command: string | undefined;
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      process.stderr.write(USAGE + '\n');
      return 2;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = first === 'help' ? rest[0] : undefined;
      if (topic === undefined) out(USAGE);
      else if (topic in COMMANDS)
        out(formatHelp(PROGRAM, topic, topic === 'gate' ? await gateSpec(rest[1]) : COMMANDS[topic]));
      else throw new UsageError(`no command "${topic}"${didYouMean(topic, Object.keys(COMMANDS))}`);
      return 0;
    }
    if (first === '--version' || first === '-V') {
      out(VERSION);
      return 0;
    }
    if (!Object.hasOwn(COMMANDS, first)) {
      const what = first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"`;
      throw new UsageError(`${what}${didYouMean(first, Object.keys(COMMANDS))}`);
    }
    command = first;
    let spec = COMMANDS[command];
    if (command === 'gate') {
      const which = rest[0];
      if (which !== undefined && !which.startsWith('-') && !isGate(which))
        throw new UsageError(
          `unknown gate "${which}"${didYouMean(which, [...GATES, 'all'])}; gates: ${[...GATES, 'all'].join(', ')}`,
          command,
        );
      spec = await gateSpec(which !== undefined && isGate(which) ? which : undefined);
    }
    if (wantsHelp(rest)) {
      const title = command === 'gate' && rest[0] && isGate(rest[0]) ? `gate ${rest[0]}` : command;
      out(formatHelp(PROGRAM, title, spec));
      return 0;
    }
    const a = await parseGateAware(command, rest, spec);
    switch (command) {
      case 'summarize':
        return await summarize(a);
      case 'compare':
        return await compare(a);
      case 'calibrate':
        return await calibrateCmd(a);
      case 'gate':
        return await gate(a);
      case 'verify':
        return await verify(a);
      case 'completion':
        return await completion(a);
      case 'history':
        return await (await import('./history.js')).historyCmd(a);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${PROGRAM}: ${text(e.message)}\n${usageLine(e.command ?? command)}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      process.stderr.write(`${PROGRAM}: bad input: ${text(e.message)}\n`);
      return 2;
    }
    process.stderr.write(`${PROGRAM}: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.PERF_GATES_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return 2;
  }
}
