// The `compare` gate's run (issue 16): read the candidate, the baseline side (runs of the base
// build, or the history store) and the pytest report, evaluate, then with `history: record` append
// the candidate to the store. Bad input throws an InputError naming the file before anything is
// written; the store is appended to only after the gate has evaluated.
import path from 'node:path';
import type { PerfGatesConfig } from '../config/schema.js';
import {
  COMPARE_REPORT,
  compareKeys,
  evaluateCompare,
  type CompareBaseline,
} from '../gates/compare/evaluate.js';
import type { GateContext, GateOutcome, Run, SourceRef, TestDataset, Warning } from '../model.js';
import { InputError } from '../model.js';
import type { Inputs } from '../inputs.js';
import { readText } from '../io/files.js';
import type { Host } from '../io/host.js';
import { listFolder, makeTempFolder } from '../io/store.js';
import { parseHistoryEntry } from '../parsers/history/index.js';
import type { HistoryEntry } from '../stats/history/record.js';
import { entryNames } from '../stats/history/store.js';
import { VERSION } from '../version.js';
import { addToStore } from './history.js';
import { combineRuns } from './combine.js';
import { chartArtifacts } from '../report/charts.js';
import { historyChartArtifacts } from '../report/history-charts.js';
import { HISTORY_ARTIFACT } from '../io/history-remote.js';

/** What evaluate.ts lends this step: its readers, which record every file read. */
export interface CompareReaders {
  runs(lines: string[], label: string): Promise<Run[]>;
  pytest(file: string | undefined): Promise<TestDataset | undefined>;
  refs: SourceRef[];
  warnings: Warning[];
}

export const NO_HISTORY =
  'no history on main yet: merge this workflow, or run it once on main with workflow_dispatch';

/** The entries of the store at `dir` (oldest first), each file recorded with its checksum. */
export async function readHistory(dir: string, readers: CompareReaders): Promise<HistoryEntry[]> {
  const names = await listFolder(dir);
  const out: HistoryEntry[] = [];
  for (const { name } of entryNames(names)) {
    const file = path.join(dir, name);
    const { text, ref } = await readText(file);
    readers.refs.push({ path: file, sha256: ref.sha256 });
    out.push(parseHistoryEntry(text, file));
  }
  return out;
}

/** The history as the baseline side; entries at another confidence are refused (their bounds differ). */
export function historyBaseline(
  entries: HistoryEntry[],
  source: string,
  confidence: number,
  missing?: string,
): CompareBaseline {
  const other = entries.find((e) => e.confidence !== confidence);
  if (other)
    throw new InputError(
      source,
      `history entry ${other.sha ?? other.time} was recorded at confidence ${other.confidence}, the config asks for ${confidence}: set confidence: ${other.confidence} or start a new history`,
    );
  return {
    kind: 'history',
    entries,
    source,
    ...(entries.length ? {} : { missing: missing ?? `${source}: ${NO_HISTORY}` }),
  };
}

/** The commit time of a push (the event's head_commit.timestamp), for the entry's time. */
export function pushCommitTime(event: unknown): string | undefined {
  const t = (event as { head_commit?: { timestamp?: unknown } } | undefined)?.head_commit?.timestamp;
  return typeof t === 'string' && !Number.isNaN(Date.parse(t)) ? t : undefined;
}

/**
 * In GitHub Actions without history-dir: the store of the default branch runs, downloaded into a
 * new folder. No store: for a baseline, the reason (insufficient-data); for recording, a warning
 * and a new store.
 */
async function remoteHistory(inputs: Inputs, host: Host): Promise<CompareStep | undefined> {
  const wanted = inputs.baseline === 'history' || inputs.history === 'record';
  const event = host.env.GITHUB_EVENT_NAME ?? '';
  if (inputs.history === 'record' && !['push', 'schedule', 'workflow_dispatch'].includes(event))
    throw new InputError(
      'history',
      `history: record runs on the default branch (push, schedule or workflow_dispatch), not on ${event || 'this event'}: a pull request must not write main's history`,
    );
  if (!wanted || !host.github?.history) return undefined;
  const dir = await makeTempFolder('perf-gates-history-', host.env.RUNNER_TEMP);
  const purpose = inputs.history === 'record' ? 'record' : 'baseline';
  const got = await host.github.history(inputs, purpose, dir);
  const notes = [...got.notes];
  if (got.found) notes.push(`history: ${got.from}`);
  else if (purpose === 'record') {
    host.warning(`history: starting a new history: ${got.missing ?? 'none found'}`);
    notes.push(`history: started a new history (${got.missing ?? 'none found'})`);
  }
  return {
    historyDir: dir,
    historyMissing: got.found ? undefined : (got.missing ?? NO_HISTORY),
    historyFrom: got.from ?? HISTORY_ARTIFACT,
    notes,
    sha: got.sha,
    time: got.time,
  };
}

export interface CompareStep {
  /** where the store came from (a run's artifact) */
  historyFrom?: string;
  /** notes for the report */
  notes?: string[];
  /** the history store to read (baseline: history) and append to (history: record) */
  historyDir?: string;
  /** set when the store could not be found (e.g. no artifact yet): the message of insufficient-data */
  historyMissing?: string;
  /** the commit and time of the recorded entry */
  sha?: string;
  time?: string;
}

export async function evaluateCompareStep(
  inputs: Inputs,
  host: Host,
  config: PerfGatesConfig,
  readers: CompareReaders,
  ctx: () => GateContext,
  step: CompareStep = {},
): Promise<GateOutcome> {
  const cand = combineRuns(
    await readers.runs(inputs['candidate-k6'], 'candidate'),
    await readers.runs(inputs['candidate-benchmark'], 'candidate benchmark'),
  );
  const given = inputs['history-dir'];
  const remote = given ? undefined : await remoteHistory(inputs, host);
  if (remote) step = { ...remote, ...step };
  const dir = step.historyDir ?? (given ? path.resolve(host.cwd, given) : undefined);
  const label = given ?? step.historyFrom ?? 'history';
  let baseline: CompareBaseline;
  if (inputs.baseline === 'history') {
    if (!dir && !step.historyMissing)
      throw new InputError(
        'history-dir',
        'baseline: history needs the history store: set history-dir to its folder (in GitHub Actions it is found from the default branch runs)',
      );
    const entries = dir ? await readHistory(dir, readers) : [];
    baseline = historyBaseline(entries, label, config.confidence, step.historyMissing);
  } else {
    baseline = {
      kind: 'runs',
      runs: combineRuns(
        await readers.runs(inputs['baseline-k6'], 'baseline'),
        await readers.runs(inputs['baseline-benchmark'], 'baseline benchmark'),
      ),
    };
  }
  if (inputs.history === 'record' && !dir)
    throw new InputError(
      'history-dir',
      'history: record needs the history store: set history-dir to its folder (in GitHub Actions it is found from the default branch runs)',
    );
  const pytest = await readers.pytest(inputs['pytest-report']);
  const outcome = evaluateCompare({ baseline, candidate: cand, pytest }, config, ctx());
  outcome.result.notes.push(...(step.notes ?? []));
  // the charts as files of the report artifact: main's series when compared with the history,
  // else the baseline-vs-candidate charts of the changed keys
  outcome.artifacts.push(
    ...(outcome.result.series?.length
      ? historyChartArtifacts(outcome.result.series)
      : chartArtifacts(outcome.result)),
  );
  if (inputs.history === 'record' && dir) {
    if (!cand.length) {
      outcome.result.notes.push(`history: record: no candidate run, nothing recorded in ${label}`);
    } else {
      for (const run of cand) {
        const added = await addToStore(dir, run, {
          sha: step.sha,
          time: step.time,
          keep: inputs['history-keep'],
          keys: compareKeys(config),
          version: VERSION,
          confidence: config.confidence,
        });
        const gone = added.removed.length ? `; dropped ${added.removed.length} oldest` : '';
        outcome.result.notes.push(
          `history: recorded ${run.label} in ${label} as ${path.basename(added.file)}${gone}`,
        );
        host.info(`history: recorded ${run.label} as ${added.file}${gone}`);
      }
      if (remote && host.github?.uploadHistory) {
        const up = await host.github.uploadHistory(inputs, dir);
        outcome.result.notes.push(
          `history: uploaded the store as artifact ${HISTORY_ARTIFACT}${up.id !== undefined ? ` (id ${up.id})` : ''}`,
        );
      }
    }
  }
  return outcome;
}

export { COMPARE_REPORT };
