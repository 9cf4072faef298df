// Turn input lines into runs: each line's files are read (NDJSON shards streamed, summaries and
// benchmark JSON parsed) and merged into one Run.
import path from 'node:path';
import type { BenchmarkDataset, Dataset, FileRef, Format, K6Dataset, Run, Warning } from '../model.js';
import { InputError } from '../model.js';
import { detectFormat } from '../parsers/detect.js';
import type { DetectOptions } from '../parsers/sniff.js';
import { readHead, readText } from '../io/files.js';
import { expandRuns, type RunFiles } from '../io/glob.js';
import { readK6NdjsonRun } from './k6-read.js';

export interface ReadOptions {
  format?: Format | 'auto';
  by?: string[];
  filters?: Record<string, string>[];
  cwd?: string;
}

const DETECT_HEAD = 64 * 1024;
const K6_SUMMARIES = new Set<Format>(['k6-summary-export', 'k6-handle-summary', 'k6-machine-summary']);

/** The format of one file: forced, or detected from its content. */
/**
 * The document parsers (zod, yaml, XML, CSV) load on first use: reading k6 NDJSON alone never
 * pays for them, which keeps `summarize` of a results file and a gate's start-up fast.
 */
async function parseDocument(text: string, file: string, format: Format): Promise<Dataset> {
  const parsers = await import('../parsers/index.js');
  return parsers.parseDocument(text, file, format);
}

export function formatOf(file: string, forced?: Format | 'auto', opts: DetectOptions = {}): Format {
  if (forced && forced !== 'auto') return forced;
  const head = readHead(file);
  // An empty file is what k6 leaves when it dies before its first flush: read it as (empty)
  // k6 output, so it is reported as no data, never as bad input or a pass.
  // Whitespace only is the same.
  if (isBlank(head)) return 'k6-ndjson';
  return detectFormat(head, file, opts);
}

/** Read any single non-NDJSON document. */
export async function readDocument(
  file: string,
  format?: Format | 'auto',
): Promise<{ dataset: Dataset; ref: FileRef }> {
  const f = formatOf(file, format);
  if (f === 'k6-ndjson') {
    const { dataset, files } = await readK6NdjsonRun([file], {});
    return { dataset, ref: files[0] };
  }
  const { text, ref } = await readText(file);
  return { dataset: await parseDocument(text, file, f), ref };
}

/** Read a document expected to be of one format; a different format is bad input. */
export async function readExpected<T extends Dataset>(
  file: string,
  expected: Format[],
  forced?: Format | 'auto',
): Promise<{ dataset: T; ref: FileRef; text: string }> {
  // 0 bytes and whitespace only are the same thing: an empty document, judged by the gate
  // (the criterion fails naming the file), never a format-detection error.
  const head = readHead(file);
  const empty = isBlank(head);
  const f =
    forced && forced !== 'auto' && expected.includes(forced)
      ? forced
      : empty
        ? expected[0]
        : formatOf(file, 'auto', { markdown: expected.includes('markdown') });
  if (!expected.includes(f)) {
    throw new InputError(file, `expected ${expected.join(' or ')}, but the content looks like ${f}`);
  }
  const { text, ref } = await readText(file);
  return { dataset: (await parseDocument(text, file, f)) as T, ref, text };
}

/** The whole file (a head shorter than the detection head) is only whitespace and a UTF-8 BOM. */
function isBlank(head: Buffer): boolean {
  if (head.length >= DETECT_HEAD) return false;
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  for (let i = start; i < head.length; i++) {
    const c = head[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
}

const RUN_FORMATS = (f: Format): boolean =>
  f === 'k6-ndjson' || K6_SUMMARIES.has(f) || f === 'pytest-benchmark';
const RUN_OUTPUTS = 'k6 output (NDJSON or summary) or pytest-benchmark JSON';

/**
 * The skip rule of the gates and `summarize` alike: a file that a glob or a folder matched is
 * skipped with a warning when its content is not a format `wanted` here (run-meta.json, a README, a
 * gate's own evidence); a file named on its own is read or is bad input naming it.
 */
export function classify(
  file: string,
  fromGlob: boolean,
  forced: Format | 'auto' | undefined,
  wanted: (f: Format) => boolean,
  what: string,
): { format: Format } | { skip: Warning } {
  let f: Format;
  try {
    f = formatOf(file, forced);
  } catch (e) {
    if (fromGlob && e instanceof InputError)
      return { skip: { file, message: `skipped: not ${what} (matched by a glob or folder)` } };
    throw e;
  }
  if (wanted(f)) return { format: f };
  if (fromGlob)
    return { skip: { file, message: `skipped: ${f} is not ${what} (matched by a glob or folder)` } };
  throw new InputError(file, `expected ${what}, but the content looks like ${f}`);
}

/** Load one run from its files. */
export async function loadRun(
  rf: RunFiles,
  label: string,
  opts: ReadOptions = {},
): Promise<{ run: Run; warnings: Warning[] }> {
  const warnings: Warning[] = [];
  const ndjson: string[] = [];
  const summaries: { ds: K6Dataset; ref: FileRef }[] = [];
  const benches: { ds: BenchmarkDataset; ref: FileRef }[] = [];
  const refs: FileRef[] = [];
  for (const file of rf.files) {
    const c = classify(file, rf.fromGlob, opts.format, RUN_FORMATS, RUN_OUTPUTS);
    if ('skip' in c) {
      warnings.push(c.skip);
      continue;
    }
    const f = c.format;
    if (f === 'k6-ndjson') ndjson.push(file);
    else if (K6_SUMMARIES.has(f) || f === 'pytest-benchmark') {
      const { text, ref } = await readText(file);
      const ds = await parseDocument(text, file, f);
      refs.push(ref);
      if (ds.format === 'pytest-benchmark') benches.push({ ds, ref });
      else summaries.push({ ds: ds as K6Dataset, ref });
    }
  }
  const run: Run = { label, files: refs };
  if (ndjson.length) {
    const { dataset, files } = await readK6NdjsonRun(ndjson, { by: opts.by, filters: opts.filters });
    run.files.unshift(...files);
    run.k6 = dataset;
  }
  if (summaries.length) {
    const withVerdicts = summaries.filter((s) => s.ds.thresholds.length > 0);
    if (!run.k6) {
      // No NDJSON: the summary's figures stand (no raw samples: intervals need the NDJSON).
      const primary = withVerdicts[0] ?? summaries[0];
      run.k6 = { ...primary.ds, warnings: [...primary.ds.warnings] };
    } else if (withVerdicts.length) {
      run.k6.thresholds = withVerdicts.flatMap((s) => s.ds.thresholds);
    }
    // A run's summary-export and handleSummary files carry the same thresholds: keep each once.
    const seen = new Set<string>();
    run.k6.thresholds = run.k6.thresholds.filter((t) => {
      const k = `${t.metric}\0${t.expression}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    for (const s of summaries) {
      if (s.ds.durationSeconds !== undefined && run.k6.durationSeconds === undefined)
        run.k6.durationSeconds = s.ds.durationSeconds;
      if (s.ds.thresholdsAbsent && !withVerdicts.length) run.k6.thresholdsAbsent = true;
      warnings.push(...s.ds.warnings);
    }
  }
  if (benches.length) {
    const first = benches[0].ds;
    run.benchmarks = {
      ...first,
      file: benches.map((b) => b.ds.file).join(', '),
      benchmarks: benches.flatMap((b) => b.ds.benchmarks),
      warnings: benches.flatMap((b) => b.ds.warnings),
    };
  }
  if (run.k6) warnings.push(...run.k6.warnings.filter((w) => !warnings.includes(w)));
  if (!run.k6 && !run.benchmarks) {
    throw new InputError(rf.line, 'no k6 output or pytest-benchmark JSON among the files of this run');
  }
  return { run, warnings };
}

/** Every run an input lists (one run per line). */
export async function loadRuns(
  lines: string[],
  prefix: string,
  opts: ReadOptions = {},
): Promise<{ runs: Run[]; warnings: Warning[] }> {
  const runs: Run[] = [];
  const warnings: Warning[] = [];
  const all = await expandRuns(lines, opts.cwd);
  for (let i = 0; i < all.length; i++) {
    const label = all.length === 1 ? prefix : `${prefix} #${i + 1}`;
    const r = await loadRun(all[i], label, opts);
    runs.push(r.run);
    warnings.push(...r.warnings);
  }
  return { runs, warnings };
}

export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}
