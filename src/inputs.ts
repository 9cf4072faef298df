// The inputs of every action step and of `perf-gates gate`: one name for one thing everywhere
// (DESIGN section 1). action.yml files are checked against this table both ways by a test.
import type { GateName } from './model.js';

export type ActionName = GateName | 'all';

export interface InputDef {
  description: string;
  default?: string;
  /** which actions declare it */
  gates: readonly ActionName[];
  /** lists runs (one run per line) */
  runs?: boolean;
}

const ALL: readonly ActionName[] = [
  'baseline',
  'diagnostics',
  'optimization',
  'governance',
  'compare',
  'all',
];

/** The gates the root action runs by default (input `gates`): the four protocol gates. */
export const PROTOCOL_GATES = ['baseline', 'diagnostics', 'optimization', 'governance'] as const;
const GATE_CHOICES = [...PROTOCOL_GATES, 'compare'] as const;
export type GateChoice = (typeof GATE_CHOICES)[number];

export const INPUTS: Record<string, InputDef> = {
  config: {
    description: 'Path of the perf-gates configuration (YAML). Optional: every key has a protocol default.',
    default: '.github/perf-gates.yml',
    gates: ALL,
  },
  'baseline-k6': {
    description:
      'k6 output of the baseline run(s): one run per line; a glob on a line is the files of that run (NDJSON shards, plain or gzip, and its summary files).',
    default: '',
    gates: ['baseline', 'diagnostics', 'optimization', 'compare', 'all'],
    runs: true,
  },
  'load-test-k6': {
    description: 'k6 output of the peak-load run(s), same form as baseline-k6. Defaults to baseline-k6.',
    default: '',
    gates: ['diagnostics', 'all'],
    runs: true,
  },
  'candidate-k6': {
    description: 'k6 output of the changed build, same form as baseline-k6.',
    default: '',
    gates: ['optimization', 'compare', 'all'],
    runs: true,
  },
  format: {
    description: 'Force a reader instead of detecting each file from its content (auto).',
    default: 'auto',
    gates: ALL,
  },
  'baseline-csv': {
    description:
      'An existing baseline-metrics.csv (metric_name,service,value,unit,collection_method,timestamp). Gate 3 traces the baseline of its claim to it (else to the one gate 1 wrote in artifacts-dir).',
    default: '',
    gates: ['baseline', 'optimization', 'all'],
  },
  hypotheses: { description: 'hypothesis-log.md', default: '', gates: ['baseline', 'all'] },
  'monitoring-package': {
    description:
      'MONITORING-PACKAGE.zip of protocol 16, or the folder it unpacks to: listed, and its Prometheus text or CSV metric exports read (CPU, memory, firing alerts).',
    default: '',
    gates: ['baseline', 'all'],
  },
  'incident-report': {
    description: 'INCIDENT-REPORT.md of protocol 17 (its Business impact and Alerts sections are read).',
    default: '',
    gates: ['baseline', 'all'],
  },
  'deployment-report': {
    description: 'DEPLOYMENT-REPORT.md of protocol 15.',
    default: '',
    gates: ['baseline', 'all'],
  },
  'intake-backlog': {
    description: 'performance-intake-backlog.json of previous cycles.',
    default: '',
    gates: ['baseline', 'all'],
  },
  'pytest-report': {
    description: 'pytest-json-report (or JUnit XML) of `pytest -m performance`.',
    default: '',
    gates: ['baseline', 'optimization', 'compare', 'all'],
  },
  'baseline-benchmark': {
    description: 'pytest-benchmark JSON of the baseline build: one run per line, globs allowed.',
    default: '',
    gates: ['baseline', 'optimization', 'compare', 'all'],
    runs: true,
  },
  'candidate-benchmark': {
    description: 'pytest-benchmark JSON of the changed build: one run per line, globs allowed.',
    default: '',
    gates: ['optimization', 'compare', 'all'],
    runs: true,
  },
  'profiling-report': {
    description: 'profiling-report.md (one section per profiled service).',
    default: '',
    gates: ['diagnostics', 'all'],
  },
  'capacity-analysis': { description: 'capacity-analysis.md', default: '', gates: ['diagnostics', 'all'] },
  plan: {
    description: 'optimization-plan.json (needs only target_metric { name, stat, direction }).',
    default: '',
    gates: ['optimization', 'all'],
  },
  noise: {
    description:
      'Noise file written by `perf-gates calibrate` from A/A runs: makes single-run comparisons calibrated.',
    default: '',
    gates: ['optimization', 'all'],
  },
  'slo-updates': {
    description: 'slo-updates.yml: the proposed SLO changes and the roles that approve them.',
    default: '',
    gates: ['governance', 'all'],
  },
  'instrumentation-log': {
    description: "The team's instrumentation-update-log.md (gate 3 evidence; gate 4 counts it).",
    default: '',
    gates: ['optimization', 'governance', 'all'],
  },
  approvals: {
    description:
      "A JSON file shaped like GitHub's run-approvals response. Without it, governance reads GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals.",
    default: '',
    gates: ['optimization', 'governance', 'all'],
  },
  waivers: {
    description:
      'Waivers file (YAML, schema $defs.waivers): gate, criterion, justification, requested_by, expires, approver_role. In Actions a waiver counts only when its role approved it through its environment in this run; in the CLI it is self-attested.',
    default: '',
    gates: ALL,
  },
  gates: {
    description:
      'The gates the root action runs, comma-separated, in this order: baseline, diagnostics, optimization, governance (the protocol gates) and compare (no regressions, no plan).',
    default: 'baseline,diagnostics,optimization,governance',
    gates: ['all'],
  },
  baseline: {
    description:
      "compare's baseline side: runs (baseline-k6 / baseline-benchmark) or history (the runs stored in history-dir).",
    default: 'runs',
    gates: ['compare', 'all'],
  },
  'history-dir': {
    description:
      'The history store (a folder of perf-gates history entries, as `perf-gates history add` writes them) that baseline: history reads and history: record appends to.',
    default: '',
    gates: ['compare', 'all'],
  },
  history: {
    description: "off, or record: append this run's candidate to the history store (on the default branch).",
    default: 'off',
    gates: ['compare', 'all'],
  },
  'history-keep': {
    description: 'How many entries the history store keeps (the oldest are dropped). 1 to 10000.',
    default: '100',
    gates: ['compare', 'all'],
  },
  'history-retention': {
    description:
      'Days the uploaded perf-gates-history artifact is kept (GitHub Actions, history: record). 1 to 400.',
    default: '90',
    gates: ['compare', 'all'],
  },
  'artifacts-dir': {
    description: 'Where the evidence is written.',
    default: '.artifacts/performance',
    gates: ALL,
  },
  'artifact-name': {
    description:
      'Name of the uploaded workflow artifact; default perf-gates-<gate>-<job id>. Add the matrix values in a matrix.',
    default: '',
    gates: ALL,
  },
  token: {
    description: 'GitHub token for the PR comment, the commit status, approvals and artifacts.',
    default: '${{ github.token }}',
    gates: ALL,
  },
  comment: { description: 'PR comment: update (default), on-failure or off.', default: 'update', gates: ALL },
  'comment-author': {
    description:
      'Login the PR comment is written as: only a marker comment by this login is ever edited or deleted. github-actions[bot] for GITHUB_TOKEN; your login for a personal token; <app-slug>[bot] for an App token.',
    default: 'github-actions[bot]',
    gates: ALL,
  },
  status: {
    description: 'Set a commit status perf-gates/<gate> on the PR head: true or false.',
    default: 'true',
    gates: ALL,
  },
  upload: {
    description: 'Upload the evidence as a workflow artifact: true or false.',
    default: 'true',
    gates: ALL,
  },
  'fail-on': {
    description: 'Verdicts that fail the step (comma-separated).',
    default: 'fail,insufficient-data,error',
    gates: ALL,
  },
  'api-timeout': {
    description:
      'Seconds one GitHub API request may take before it is abandoned (and retried, logged). 1 to 600.',
    default: '30',
    gates: ALL,
  },
  'publish-deadline': {
    description:
      'Seconds for the PR comment, the commit statuses and the approvals reads together; past it the step finishes with its verdict and a warning. The same bound applies to the artifact upload. 1 to 3600.',
    default: '120',
    gates: ALL,
  },
};

export const OUTPUTS: Record<string, string> = {
  verdict:
    'pass, waived, fail, insufficient-data or error (for the root action: the worst of the gates it ran).',
  score:
    "The gate's headline percentage (completeness, coverage, improvement, documentation); empty when none.",
  'improvement-pct': 'Improvement of the target metric in percent (optimization), empty otherwise.',
  'regression-count': 'Number of regressions found (optimization, compare), empty otherwise.',
  'report-path': "Path of the gate's main report in the evidence folder.",
  'artifact-id': 'ID of the uploaded evidence artifact, empty when not uploaded.',
};

export function inputsOf(action: ActionName): string[] {
  return Object.keys(INPUTS).filter((k) => INPUTS[k].gates.includes(action));
}

const VERDICTS = ['pass', 'waived', 'fail', 'insufficient-data', 'error'] as const;
type VerdictName = (typeof VERDICTS)[number];

/** The typed inputs (what InputSchema makes of the raw strings). */
export interface Inputs {
  config: string;
  'baseline-k6': string[];
  'load-test-k6': string[];
  'candidate-k6': string[];
  format: string;
  'baseline-csv': string | undefined;
  hypotheses: string | undefined;
  'monitoring-package': string | undefined;
  'incident-report': string | undefined;
  'deployment-report': string | undefined;
  'intake-backlog': string | undefined;
  waivers: string | undefined;
  'pytest-report': string | undefined;
  'baseline-benchmark': string[];
  'candidate-benchmark': string[];
  'profiling-report': string | undefined;
  'capacity-analysis': string | undefined;
  plan: string | undefined;
  noise: string | undefined;
  'slo-updates': string | undefined;
  'instrumentation-log': string | undefined;
  approvals: string | undefined;
  'artifacts-dir': string;
  'artifact-name': string;
  token: string;
  comment: 'update' | 'on-failure' | 'off';
  'comment-author': string;
  status: boolean;
  upload: boolean;
  'fail-on': VerdictName[];
  gates: GateChoice[];
  baseline: 'runs' | 'history';
  'history-dir': string | undefined;
  history: 'off' | 'record';
  'history-keep': number;
  'history-retention': number;
  'api-timeout': number;
  'publish-deadline': number;
}

/**
 * One input's check: its raw string to its value, or a message saying what is wrong (`bad`).
 * Plain functions, not a schema library: every step parses its inputs at start-up, and the
 * validation library (zod) stays unloaded unless a document needs it.
 */
type Field<T> = (s: string, bad: (message: string) => never) => T;

const bool =
  (name: string): Field<boolean> =>
  (s, bad) => {
    const v = s.trim();
    if (/^(true|True|TRUE)$/.test(v)) return true;
    if (/^(false|False|FALSE)$/.test(v)) return false;
    return bad(`input ${name} must be true or false (got "${s}")`);
  };

const lines: Field<string[]> = (s) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

const optionalPath: Field<string | undefined> = (s) => (s.trim() ? s.trim() : undefined);

const seconds =
  (name: string, max: number): Field<number> =>
  (s, bad) => {
    const v = s.trim();
    const n = /^\d+(\.\d+)?$/.test(v) ? Number(v) : Number.NaN;
    if (n >= 1 && n <= max) return n;
    return bad(`input ${name} must be a number of seconds from 1 to ${max} (got "${s}")`);
  };

const oneOf =
  <T extends string>(name: string, dflt: T, choices: readonly T[], said: string): Field<T> =>
  (s, bad) => {
    const v = s.trim() || dflt;
    if ((choices as readonly string[]).includes(v)) return v as T;
    return bad(`input ${name} must be ${said} (got "${s}")`);
  };

const wholeNumber =
  (name: string, dflt: string, max: number, what: string): Field<number> =>
  (s, bad) => {
    const v = s.trim() || dflt;
    const n = /^\d+$/.test(v) ? Number(v) : Number.NaN;
    if (n >= 1 && n <= max) return n;
    return bad(`input ${name} must be ${what} from 1 to ${max} (got "${s}")`);
  };

const artifactName: Field<string> = (s, bad) => {
  const v = s.trim();
  // the names the artifact service accepts (io/artifacts.ts validateArtifactName: at most 256,
  // and `all` appends -<gate>): a name it would refuse must not pass the step un-uploaded
  const found = /[":<>|*?\\/\p{Cc}]/u.exec(v);
  if (found || v.length > 240)
    return bad(
      `input artifact-name ${JSON.stringify(v.length > 60 ? v.slice(0, 60) + '…' : v)} is not a valid artifact name: ${
        found ? `it contains ${JSON.stringify(found[0])}` : `${v.length} characters (at most 240)`
      }; use letters, digits, - _ . and spaces, without " : < > | * ? \\ / or line breaks`,
    );
  return v;
};

const failOn: Field<VerdictName[]> = (s, bad) => {
  const list = s
    .split(/[\s,]+/)
    .map((v) => v.trim())
    .filter(Boolean);
  for (const v of list)
    if (!(VERDICTS as readonly string[]).includes(v))
      return bad(`input fail-on: unknown verdict "${v}" (use ${VERDICTS.join(', ')})`);
  // "," or " " would fail on nothing: every verdict would pass the step
  if (list.length === 0)
    return bad(`input fail-on must name at least one verdict (${VERDICTS.join(', ')}); got "${s}"`);
  return list as VerdictName[];
};

const gateList: Field<GateChoice[]> = (s, bad) => {
  // not declared (a gate's own step): the root action's default
  const list = (s.trim() || PROTOCOL_GATES.join(','))
    .split(/[\s,]+/)
    .map((v) => v.trim())
    .filter(Boolean);
  const unknown = list.find((v) => !(GATE_CHOICES as readonly string[]).includes(v));
  if (unknown !== undefined || list.length === 0)
    return bad(
      `input gates: ${unknown !== undefined ? `unknown gate "${unknown}"` : 'names no gate'} (use ${GATE_CHOICES.join(', ')})`,
    );
  return GATE_CHOICES.filter((g) => list.includes(g));
};

/** Raw strings (as the runner passes them) -> typed inputs: one check per input, in this order. */
export const InputSchema: { readonly [K in keyof Inputs]: Field<Inputs[K]> } = {
  config: (s) => s.trim(),
  'baseline-k6': lines,
  'load-test-k6': lines,
  'candidate-k6': lines,
  format: (s) => s.trim() || 'auto', // checked against FORMATS by the runner
  'baseline-csv': optionalPath,
  hypotheses: optionalPath,
  'monitoring-package': optionalPath,
  'incident-report': optionalPath,
  'deployment-report': optionalPath,
  'intake-backlog': optionalPath,
  waivers: optionalPath,
  'pytest-report': optionalPath,
  'baseline-benchmark': lines,
  'candidate-benchmark': lines,
  'profiling-report': optionalPath,
  'capacity-analysis': optionalPath,
  plan: optionalPath,
  noise: optionalPath,
  'slo-updates': optionalPath,
  'instrumentation-log': optionalPath,
  approvals: optionalPath,
  'artifacts-dir': (s) => s.trim() || '.artifacts/performance',
  'artifact-name': artifactName,
  token: (s) => s,
  comment: oneOf('comment', 'update', ['update', 'on-failure', 'off'], 'update, on-failure or off'),
  'comment-author': (s) => s.trim() || 'github-actions[bot]',
  status: bool('status'),
  upload: bool('upload'),
  'fail-on': failOn,
  gates: gateList,
  baseline: oneOf('baseline', 'runs', ['runs', 'history'], 'runs or history'),
  'history-dir': optionalPath,
  history: oneOf('history', 'off', ['off', 'record'], 'off or record'),
  'history-keep': wholeNumber('history-keep', '100', 10000, 'a whole number'),
  'history-retention': wholeNumber('history-retention', '90', 400, 'a whole number of days'),
  'api-timeout': seconds('api-timeout', 600),
  'publish-deadline': seconds('publish-deadline', 3600),
};

/** Every input checked (each one, in the table's order): the typed inputs, or every problem found. */
export function checkInputs(
  raw: Record<string, string>,
): { success: true; data: Inputs } | { success: false; issues: { message: string }[] } {
  const issues: { message: string }[] = [];
  const data: Record<string, unknown> = {};
  class Bad extends Error {}
  const bad = (message: string): never => {
    issues.push({ message });
    throw new Bad(message);
  };
  for (const [name, check] of Object.entries(InputSchema) as [string, Field<unknown>][]) {
    const v = raw[name];
    if (typeof v !== 'string') {
      issues.push({ message: `input ${name}: expected a string` });
      continue;
    }
    try {
      data[name] = check(v, bad);
    } catch (e) {
      if (!(e instanceof Bad)) throw e;
    }
  }
  return issues.length ? { success: false, issues } : { success: true, data: data as unknown as Inputs };
}

/** Fill every input with its declared default where the raw value is missing or empty. */
export function withDefaults(raw: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, def] of Object.entries(INPUTS)) {
    const v = raw[k];
    out[k] =
      v !== undefined && v !== '' ? v : def.default === '${{ github.token }}' ? '' : (def.default ?? '');
  }
  return out;
}

/** A PR comment or a commit status is asked for (otherwise there is nothing to publish). */
export function wouldPublish(inputs: Pick<Inputs, 'comment' | 'status'>): boolean {
  return inputs.comment !== 'off' || inputs.status;
}

export function parseInputs(raw: Record<string, string | undefined>): Inputs {
  const r = checkInputs(withDefaults(raw));
  if (!r.success) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.data;
}
