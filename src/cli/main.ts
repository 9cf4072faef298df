// The perf-gates command line: summarize, compare, calibrate, gate, verify.
import type { Dataset, FileRef, Format, GateName, Run } from '../model.js';
import { FORMATS, GATES, InputError } from '../model.js';
import { checkOptions, parseArgs, one, fraction, UsageError, type ParsedArgs } from './args.js';
import { summarizeJson, summarizeText, hasData, thresholdsWithoutSamples } from './summarize.js';
import { printable } from './format.js';
import { compareRuns, calibrate, formatComparisonTable } from '../stats/compare.js';
import { parseKey } from '../stats/keys.js';
import { expandGlob } from '../io/files.js';
import { formatOf, loadRun, readDocument, displayPath } from '../run/load.js';
import { readK6NdjsonRun } from '../run/k6-read.js';
import { VERSION } from '../version.js';
import { compareHistoryCmd, historyCmd } from './history.js';
import { writeAtomic } from '../io/files.js';
import type { NoiseFile, KeySpec } from '../model.js';

const USAGE = `perf-gates ${VERSION}: performance quality gates for k6 and pytest

Usage:
  perf-gates summarize <files...> [--format F] [--by name,scenario] [--json]
  perf-gates compare --baseline <files...> --candidate <files...> [--noise FILE] [--target 15%]
                     [--tolerance 5%] [--confidence 0.95] [--key 'metric{tag:value}:p95' ...] [--json]
  perf-gates calibrate <runs...> [--out noise.json] [--json]
  perf-gates history add --store DIR [--sha S] [--time T] [--keep N] <files of ONE run...>
  perf-gates history show --store DIR [--key K] [--json]
  perf-gates compare --history DIR --candidate <files...> [--window 10] [--json]
  perf-gates gate <baseline|diagnostics|optimization|governance|all> [--config F] [--<input> VALUE ...]
  perf-gates verify <artifacts-dir>

Each file given to compare/calibrate is one run; a quoted glob is the files of one run. history add
takes the files of ONE run (see perf-gates history --help).
Exit codes: summarize 0 read, 1 no data, 2 bad input; compare 0 no regression, 1 a regression or
insufficient-data on a gated key, 2 bad input; gate 0 pass/waived, 1 fail/insufficient-data, 2 error;
verify 0 intact, 1 altered or missing, 2 not an evidence folder.`;

const FLAGS = new Set(['json', 'help', 'version']);
const MULTI = new Set(['baseline', 'candidate']);

function out(s: string): void {
  process.stdout.write(s.endsWith('\n') ? s : s + '\n');
}

/** Text for a terminal: every line without raw control characters from input files. */
function text(s: string): string {
  return s
    .split('\n')
    .map((l) => printable(l))
    .join('\n');
}

function parseFormat(v: string | undefined): Format | 'auto' {
  if (!v || v === 'auto') return 'auto';
  if (!(FORMATS as readonly string[]).includes(v))
    throw new UsageError(`--format must be auto or one of: ${FORMATS.join(', ')}`);
  return v as Format;
}

async function summarize(a: ParsedArgs): Promise<number> {
  if (!a.positionals.length) throw new UsageError('summarize needs at least one file');
  checkOptions(a, ['format', 'by'], ['json']);
  const format = parseFormat(one(a, 'format'));
  const by = (one(a, 'by') ?? 'name,scenario')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const files = a.positionals.flatMap((p) => {
    const found = expandGlob(p);
    if (!found.length) throw new InputError(p, 'no file matches this pattern');
    return found;
  });
  const items: { dataset: Dataset; ref: FileRef; shownPath: string }[] = [];
  for (const f of files) {
    const fmt = formatOf(f, format);
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
  for (const [i, v] of (values ?? []).entries()) {
    const files = expandGlob(v);
    if (!files.length) throw new InputError(v, 'no file matches this pattern');
    const { run, warnings } = await loadRun(
      { line: v, files, fromGlob: files.length > 1 || /[*?[{]/.test(v) },
      `${label} #${i + 1}`,
    );
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
    return compareHistoryCmd(a, candidate, keys, COMPARE_JSON_VERSION);
  }
  checkOptions(a, ['baseline', 'candidate', 'noise', 'target', 'tolerance', 'confidence', 'key'], ['json']);
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
  checkOptions(a, ['out'], ['json']);
  if (a.positionals.length < 2)
    throw new UsageError('calibrate needs two or more runs of the same build (A/A runs)');
  const runs = await runsOf(a.positionals, 'run');
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
  if (!which || !([...GATES, 'all'] as string[]).includes(which))
    throw new UsageError('gate needs one of baseline, diagnostics, optimization, governance, all');
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
    which as GateName | 'all',
    { ...raw, upload: 'false', comment: 'off', status: 'false' },
    cliHost(),
  );
  return code;
}

async function verify(a: ParsedArgs): Promise<number> {
  const dir = a.positionals[0];
  checkOptions(a, [], []);
  if (!dir) throw new UsageError('verify needs the evidence folder');
  const { verifyFolder } = await import('../io/verify.js');
  const r = await verifyFolder(dir);
  out(r.text);
  return r.code;
}

export async function main(argv: string[]): Promise<number> {
  try {
    if (!argv.length || argv[0] === '--help' || argv[0] === 'help' || argv[0] === '-h') {
      out(USAGE);
      return argv.length ? 0 : 2;
    }
    if (argv[0] === '--version') {
      out(VERSION);
      return 0;
    }
    const a = parseArgs(argv, FLAGS, MULTI);
    switch (a.command) {
      case 'summarize':
        return await summarize(a);
      case 'compare':
        return await compare(a);
      case 'calibrate':
        return await calibrateCmd(a);
      case 'gate':
        return await gate(parseArgs(argv, FLAGS, new Set()));
      case 'verify':
        return await verify(a);
      case 'history':
        return await historyCmd(a);
      default:
        throw new UsageError(`unknown command "${a.command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`perf-gates: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      process.stderr.write(`perf-gates: bad input: ${text(e.message)}\n`);
      return 2;
    }
    process.stderr.write(`perf-gates: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.PERF_GATES_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return 2;
  }
}
