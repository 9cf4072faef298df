// `.github/perf-gates.yml`: the zod schema (source of the shipped JSON Schema), its defaults
// (protocol-18's thresholds) and the YAML reader with errors a person can act on: the key's path,
// the line, and for an unknown key the nearest valid name. Pure: text in, config out.
import { z } from 'zod';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Document, type Node } from 'yaml';
import { InputError, quoteTagPart, type Direction, type OptimizationPlan } from '../model.js';
import { DURATION_PATTERN, parseDuration } from './duration.js';
import { nearest } from './suggest.js';
import { defaultConfig } from './defaults.js';

// ---------------------------------------------------------------------------------------------
// The shape the gates use (every key present after defaults, optional ones where the protocol has
// no default).

export interface MetricRef {
  /** k6 spelling, tags allowed: `http_req_duration{name:checkout}`; or a benchmark fullname */
  name: string;
  /** avg min med max p50 p90 p95 p99 rate count (k6), median (benchmarks) */
  stat: string;
  direction: Direction;
}

export interface RequiredMetric {
  metric_name: string;
  service: string;
  /** k6 metric, tags allowed: `http_req_duration{name:products}` */
  k6?: string;
  /** k6: avg min med max p50 p90 p95 p99 rate count value; benchmark: median mean min max...;
   *  pytest: the json_metadata key (dotted path for nested values, e.g. `stats.p95`) */
  stat?: string;
  /** pytest-benchmark fullname: `test_benchmarks.py::test_parse_orders` */
  benchmark?: string;
  /** pytest test node id whose json_metadata holds the value (additive to the shared contract) */
  pytest?: string;
  unit?: string;
}

export interface PeakScenario {
  scenario: string;
  min_rps?: number;
  min_vus?: number;
  /** seconds ('20s', '2m' accepted in YAML) */
  min_duration?: number;
}

export interface PerfGatesConfig {
  thresholds: {
    baseline_completeness: number;
    diagnostic_coverage: number;
    improvement: number;
    regressions: number;
    documentation_completeness: number;
    approvals: number;
  };
  /** percent */
  tolerance: number;
  confidence: number;
  /** percent */
  uncalibrated_margin: number;
  fdr: number;
  breakdown_tags: string[];
  baseline: { required_metrics?: RequiredMetric[] };
  diagnostics: {
    services?: string[];
    peak_scenarios?: PeakScenario[];
    weights: { services: number; peak_scenarios: number; capacity: number };
  };
  slo?: { name: string; metric: string; target: number; unit?: string }[];
  optimization: {
    target?: MetricRef;
    tracked?: MetricRef[];
    require_plan_approval: boolean;
    plan_role?: string;
  };
  noise?: string;
  roles?: Record<string, { environment: string; approvers?: string[] }>;
  intake: {
    /** intake inputs that must be given (gate 1 is insufficient-data naming the missing ones) */
    required: IntakeInput[];
    /** business impact of this cycle, as the team states it */
    business_impact?: string;
  };
}

export const INTAKE_INPUTS = [
  'monitoring-package',
  'incident-report',
  'deployment-report',
  'intake-backlog',
] as const;
export type IntakeInput = (typeof INTAKE_INPUTS)[number];

// ---------------------------------------------------------------------------------------------
// The zod schema

const STAT_PATTERN =
  /^(avg|min|med|max|p50|p90|p95|p99|rate|count|value|median|mean|p\(\d+(\.\d+)?\)|p\d+(\.\d+)?)$/;
const percent = (d: number, what: string): z.ZodDefault<z.ZodNumber> =>
  z.number().min(0).max(100).default(d).describe(`${what} (percent, default ${d})`);
const nonEmpty = z.string().trim().min(1);
const stat = z
  .string()
  .regex(STAT_PATTERN, {
    error: 'expected a statistic: avg, min, med, max, p50, p90, p95, p99, p(N), rate, count, value or median',
  })
  .describe('statistic: avg min med max p50 p90 p95 p99 p(N) rate count value (k6), median (benchmarks)');
const direction = z
  .enum(['decrease', 'increase'])
  .describe('decrease: lower is better; increase: higher is better');

const metricRef = z.strictObject({
  name: nonEmpty.describe(
    'k6 metric in k6 spelling (`http_req_duration{name:checkout}`) or a benchmark fullname',
  ),
  stat,
  direction,
});

const DURATION_ERROR = "expected seconds (a number) or a duration like '20s', '2m', '1m30s'";
const duration = z
  .union(
    [z.number().nonnegative(), z.string().regex(new RegExp(DURATION_PATTERN), { error: DURATION_ERROR })],
    {
      error: DURATION_ERROR,
    },
  )
  .transform((v) => (typeof v === 'number' ? v : (parseDuration(v) as number)))
  .describe("seconds, or a k6 duration: '20s', '2m', '1m30s'");

const requiredMetric = z
  .strictObject({
    metric_name: nonEmpty.describe('name as in baseline-metrics.csv, e.g. api_latency_p95'),
    service: nonEmpty.describe('service as in baseline-metrics.csv, e.g. catalog-api'),
    k6: nonEmpty
      .optional()
      .describe('k6 metric to derive it from, tags allowed: http_req_duration{name:products}'),
    stat: stat
      .or(nonEmpty)
      .optional()
      .describe('k6/benchmark statistic, or the pytest json_metadata key (dotted path)'),
    benchmark: nonEmpty.optional().describe('pytest-benchmark fullname to derive it from'),
    pytest: nonEmpty
      .optional()
      .describe('pytest node id whose json_metadata holds the value (stat = metadata key)'),
    unit: nonEmpty.optional().describe('unit to record (time units and % are converted)'),
  })
  .superRefine((m, ctx) => {
    const sources = [m.k6, m.benchmark, m.pytest].filter((s) => s !== undefined).length;
    if (sources > 1)
      ctx.addIssue({ code: 'custom', message: 'name one source: k6, benchmark or pytest', path: [] });
    if (m.pytest !== undefined && m.stat === undefined)
      ctx.addIssue({
        code: 'custom',
        message: 'a pytest source needs `stat`: the json_metadata key holding the value',
        path: ['stat'],
      });
    if (m.k6 !== undefined && m.stat !== undefined && !STAT_PATTERN.test(m.stat))
      ctx.addIssue({ code: 'custom', message: `\`${m.stat}\` is not a k6 statistic`, path: ['stat'] });
  });

const peakScenario = z.strictObject({
  scenario: nonEmpty.describe('k6 scenario name (the `scenario` tag)'),
  min_rps: z.number().nonnegative().optional().describe('requests per second the scenario must reach'),
  min_vus: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('VUs it must reach (checked for single-scenario runs only)'),
  min_duration: duration.optional(),
});

export const ConfigSchema = z
  .strictObject({
    thresholds: z
      .strictObject({
        baseline_completeness: percent(95, 'Gate 1: baseline completeness'),
        diagnostic_coverage: percent(90, 'Gate 2: diagnostic coverage score'),
        improvement: percent(15, 'Gate 3: improvement on the targeted metric'),
        regressions: z
          .number()
          .int()
          .nonnegative()
          .default(0)
          .describe('Gate 3: regressions allowed (default 0)'),
        documentation_completeness: percent(95, 'Gate 4: documentation completeness'),
        approvals: percent(100, 'Gate 4: approvals captured'),
      })
      .prefault({})
      .describe('protocol-18 gate thresholds'),
    tolerance: z.number().min(0).max(100).default(5).describe('regression tolerance, percent (default 5)'),
    confidence: z
      .number()
      .gt(0.5)
      .lt(1)
      .default(0.95)
      .describe('one-sided confidence of the intervals (default 0.95)'),
    uncalibrated_margin: z
      .number()
      .min(0)
      .max(100)
      .default(10)
      .describe('run-to-run allowance for single-run comparisons without a noise file, percent (default 10)'),
    fdr: z
      .number()
      .gt(0)
      .lt(1)
      .default(0.05)
      .describe('false-discovery rate over keys config does not name (default 0.05)'),
    breakdown_tags: z
      .array(nonEmpty)
      .default(['name', 'scenario'])
      .describe('k6 tags to break metrics down by'),
    baseline: z
      .strictObject({
        required_metrics: z
          .array(requiredMetric)
          .optional()
          .describe('the required baseline set, each mapped to a source'),
      })
      .prefault({}),
    diagnostics: z
      .strictObject({
        services: z
          .array(nonEmpty)
          .optional()
          .describe('prioritized services the profiling report must cover'),
        peak_scenarios: z.array(peakScenario).optional().describe('peak scenarios the load test must reach'),
        weights: z
          .strictObject({
            services: z.number().nonnegative().default(1),
            peak_scenarios: z.number().nonnegative().default(1),
            capacity: z.number().nonnegative().default(1),
          })
          .prefault({})
          .refine((w) => w.services + w.peak_scenarios + w.capacity > 0, {
            error: 'at least one weight must be above 0',
          })
          .describe('weights of the coverage components (default equal)'),
      })
      .prefault({}),
    slo: z
      .array(
        z.strictObject({
          name: nonEmpty,
          metric: nonEmpty.describe('key: metric{tag:value}:stat, e.g. http_req_duration{name:checkout}:p95'),
          target: z.number(),
          unit: nonEmpty.optional(),
        }),
      )
      .optional()
      .describe('service-level objectives'),
    optimization: z
      .strictObject({
        target: metricRef.optional().describe('the targeted metric (the plan overrides it)'),
        tracked: z.array(metricRef).optional().describe('metrics that must not regress'),
        require_plan_approval: z.boolean().default(true).describe('the plan must be approved (default true)'),
        plan_role: nonEmpty
          .optional()
          .describe('role (in `roles`) whose environment approval approves the plan'),
      })
      .prefault({}),
    noise: nonEmpty.optional().describe('noise file from `perf-gates calibrate`'),
    roles: z
      .record(
        nonEmpty,
        z.strictObject({
          environment: nonEmpty.describe(
            'GitHub environment whose required-reviewer approval counts for this role',
          ),
          approvers: z.array(nonEmpty).optional().describe("GitHub logins or 'team:org/slug'"),
        }),
      )
      .optional()
      .describe('approver roles'),
    intake: z
      .strictObject({
        required: z
          .array(z.enum(INTAKE_INPUTS))
          .default([])
          .describe(
            'intake inputs gate 1 requires (protocol-18 prerequisites): monitoring-package, incident-report, deployment-report, intake-backlog (default none)',
          ),
        business_impact: nonEmpty
          .optional()
          .describe(
            "this cycle's business impact, as the team states it (else the incident report's section)",
          ),
      })
      .prefault({})
      .describe('telemetry intake (protocol-18 Phase 1)'),
  })
  .superRefine((c, ctx) => {
    const role = c.optimization.plan_role;
    if (role !== undefined && !(c.roles && Object.hasOwn(c.roles, role))) {
      const known = Object.keys(c.roles ?? {});
      const near = nearest(role, known);
      ctx.addIssue({
        code: 'custom',
        path: ['optimization', 'plan_role'],
        message: `role \`${role}\` is not defined in \`roles\`${near ? ` — did you mean \`${near}\`?` : known.length ? ` (roles: ${known.join(', ')})` : ''}`,
      });
    }
  })
  .describe('perf-gates configuration (.github/perf-gates.yml); every key is optional');

// ---------------------------------------------------------------------------------------------
// Waivers (a file of their own, input `waivers`; shipped in the JSON Schema as $defs.waivers)

const GATE_NAMES = ['baseline', 'diagnostics', 'optimization', 'governance'] as const;
const isoDate = z
  .string()
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), {
    error: 'expected a date YYYY-MM-DD',
  });

export const WaiverSchema = z
  .strictObject({
    gate: z
      .union([z.enum(GATE_NAMES), z.number().int().min(1).max(4)])
      .transform((g) => (typeof g === 'number' ? GATE_NAMES[g - 1] : g))
      .describe('the gate: baseline, diagnostics, optimization, governance (or 1-4)'),
    criterion: nonEmpty.describe(
      'the criterion name as the gate JSON writes it (e.g. diagnostic_coverage); a regression only by its own name, `regression: <key>`',
    ),
    justification: nonEmpty.describe('why the miss is accepted'),
    requested_by: nonEmpty.describe('who asks for the waiver'),
    expires: isoDate.describe('last day the waiver counts (YYYY-MM-DD, UTC)'),
    approver_role: nonEmpty.describe(
      'role (in the config `roles`) whose approval the waiver needs: an environment approval in Actions',
    ),
  })
  .describe('one waiver of one criterion of one gate');

export const WaiversFileSchema = z
  .strictObject({ waivers: z.array(WaiverSchema).describe('the waivers') })
  .describe('perf-gates waivers file (input `waivers`)');

export type Waiver = z.output<typeof WaiverSchema>;

// The parsed config must be exactly the interface the gates use.
type Parsed = z.output<typeof ConfigSchema>;
const _sameShape: (p: Parsed) => PerfGatesConfig = (p) => p;
void _sameShape;

/** Every default, as a team starting with no file gets it (config/defaults.ts, without zod). */
export { defaultConfig };

// ---------------------------------------------------------------------------------------------
// Reading YAML

/**
 * Parse `.github/perf-gates.yml`. Empty text (or comments only) gives the defaults. Any problem is
 * an InputError naming `file`, the line, the key's path and what was expected; an unknown key
 * names the nearest valid key.
 */
export function parseConfig(text: string, file: string): PerfGatesConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
    throw new InputError(file, `not valid YAML: ${e.message.split('\n')[0]}`, pos.line, pos.col);
  }
  let raw: unknown;
  try {
    // an alias bomb (aliases of aliases) is stopped by the yaml library: say which file
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new InputError(file, `not valid YAML: ${(e as Error).message}`);
  }
  if (raw === null || raw === undefined) return defaultConfig();
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InputError(
      file,
      `expected a mapping of configuration keys at the top level, got ${describe(raw)}`,
      1,
    );
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;

  const problems = parsed.error.issues.map((issue) => explain(issue, raw));
  problems.sort((a, b) => lineOf(doc, lineCounter, a.path, a.key) - lineOf(doc, lineCounter, b.path, b.key));
  const first = problems[0];
  const line = lineOf(doc, lineCounter, first.path, first.key);
  const more =
    problems.length > 1
      ? ` (and ${problems.length - 1} more: ${problems
          .slice(1)
          .map((p) => p.text)
          .join('; ')})`
      : '';
  throw new InputError(file, `${first.text}${more}`, line > 0 ? line : undefined);
}

interface Problem {
  path: PropertyKey[];
  /** the offending key, for unknown keys */
  key?: string;
  text: string;
}

function dotted(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s === '' ? String(p) : `.${String(p)}`;
  return s;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  return `${typeof v} ${String(v)}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p as string];
  }
  return cur;
}

function explain(issue: z.core.$ZodIssue, raw: unknown): Problem {
  const path = issue.path;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0];
      const valid = keysAt(path);
      const near = nearest(key, valid);
      const where = dotted([...path, key]);
      const hint = near
        ? ` — did you mean \`${near}\`?`
        : valid.length
          ? ` (valid keys${path.length ? ` under \`${dotted(path)}\`` : ''}: ${valid.join(', ')})`
          : '';
      const others = issue.keys.length > 1 ? ` (also unknown here: ${issue.keys.slice(1).join(', ')})` : '';
      return { path, key, text: `unknown key \`${where}\`${hint}${others}` };
    }
    case 'invalid_type': {
      const got = valueAt(raw, path);
      if (got === undefined)
        return { path, text: `\`${dotted(path)}\` is required (expected ${issue.expected})` };
      return { path, text: `\`${dotted(path)}\`: expected ${issue.expected}, got ${describe(got)}` };
    }
    case 'too_small':
    case 'too_big': {
      const got = valueAt(raw, path);
      const small = issue.code === 'too_small';
      const bound = small ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const what = typeof got === 'string' || Array.isArray(got) ? 'length' : 'value';
      return {
        path,
        text: `\`${dotted(path)}\`: ${what} must be ${bound} ${String(limit)}, got ${describe(got)}`,
      };
    }
    case 'invalid_value':
      return {
        path,
        text: `\`${dotted(path)}\`: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(valueAt(raw, path))}`,
      };
    default:
      return { path, text: `\`${dotted(path) || '(top level)'}\`: ${issue.message}` };
  }
}

/** The valid key names of the object schema at `path` (array indexes and record keys skipped). */
export function keysAt(path: readonly PropertyKey[]): string[] {
  let schema: z.core.$ZodType | undefined = ConfigSchema;
  const unwrap = (s: z.core.$ZodType): z.core.$ZodType => {
    let cur = s;
    for (;;) {
      const def = cur._zod.def as unknown as Record<string, unknown> & { type: string };
      if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(def.type))
        cur = def.innerType as z.core.$ZodType;
      else if (def.type === 'pipe') cur = def.in as z.core.$ZodType;
      else return cur;
    }
  };
  for (const p of path) {
    if (!schema) return [];
    const s = unwrap(schema);
    const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object') schema = (def.shape as Record<string, z.core.$ZodType>)[String(p)];
    else if (def.type === 'array') schema = def.element as z.core.$ZodType;
    else if (def.type === 'record') schema = def.valueType as z.core.$ZodType;
    else return [];
  }
  if (!schema) return [];
  const s = unwrap(schema);
  const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
  return def.type === 'object' ? Object.keys(def.shape as object) : [];
}

/** 1-based line of the node at `path` (of the key itself when `key` is given); 0 if not found. */
function lineOf(doc: Document, lc: LineCounter, path: readonly PropertyKey[], key?: string): number {
  let node: unknown = doc.contents;
  const target = key !== undefined ? [...path, key] : path;
  let keyNode: Node | undefined;
  for (const p of target) {
    if (isMap(node)) {
      const pair = node.items.find(
        (it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(p),
      );
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof p === 'number') {
      node = node.items[p];
      keyNode = undefined;
    } else break;
  }
  const n = (key !== undefined ? keyNode : ((node as Node | null) ?? keyNode)) ?? keyNode;
  const range = (n as Node | undefined)?.range ?? (node as Node | undefined)?.range;
  return range ? lc.linePos(range[0]).line : 0;
}

// ---------------------------------------------------------------------------------------------
// The plan overrides config for its run

/**
 * Values in `optimization-plan.json` override config for that run: the target, the improvement
 * threshold, the regression tolerance and the tracked metrics. Returns a new config.
 */
export function mergePlanIntoConfig(config: PerfGatesConfig, plan: OptimizationPlan): PerfGatesConfig {
  const withTags = (name: string, tags?: Record<string, string>): string => {
    if (!tags || Object.keys(tags).length === 0 || name.includes('{')) return name;
    const inner = Object.keys(tags)
      .sort()
      .map((k) => `${quoteTagPart(k, true)}:${quoteTagPart(tags[k])}`)
      .join(',');
    return `${name}{${inner}}`;
  };
  const merged: PerfGatesConfig = structuredClone(config);
  merged.optimization.target = {
    name: withTags(plan.target.name, plan.target.tags),
    stat: plan.target.stat,
    direction: plan.target.direction,
  };
  if (plan.improvementThreshold !== undefined) merged.thresholds.improvement = plan.improvementThreshold;
  if (plan.tolerance !== undefined) merged.tolerance = plan.tolerance;
  if (plan.tracked !== undefined)
    merged.optimization.tracked = plan.tracked.map((t) => ({
      name: withTags(t.name, t.tags),
      stat: t.stat,
      direction: t.direction,
    }));
  return merged;
}
