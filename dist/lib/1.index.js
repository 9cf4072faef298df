export const id = 1;
export const ids = [1];
export const modules = {

/***/ 45001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ConfigSchema: () => (/* binding */ ConfigSchema),
  INTAKE_INPUTS: () => (/* binding */ INTAKE_INPUTS),
  WaiverSchema: () => (/* binding */ WaiverSchema),
  WaiversFileSchema: () => (/* binding */ WaiversFileSchema),
  defaultConfig: () => (/* reexport */ defaults/* defaultConfig */.s),
  keysAt: () => (/* binding */ keysAt),
  mergePlanIntoConfig: () => (/* binding */ mergePlanIntoConfig),
  parseConfig: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./.build/model.js
var model = __webpack_require__(76995);
;// CONCATENATED MODULE: ./.build/config/duration.js
// k6-style durations in configuration ('20s', '2m', '1m30s', '1h', '500ms'; a bare number is seconds).
/** The accepted spelling: one or more <number><unit> parts, units h, m, s, ms, us/µs. */
const DURATION_PATTERN = '^\\s*(\\d+(\\.\\d+)?(h|ms|m|s|us|µs)\\s*)+$';
const PART = /(\d+(?:\.\d+)?)(h|ms|m|s|us|µs)/g;
const SECONDS = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, µs: 1e-6 };
/** Seconds for a k6 duration string; undefined when it is not one. */
function parseDuration(text) {
    if (!new RegExp(DURATION_PATTERN).test(text))
        return undefined;
    let total = 0;
    for (const m of text.matchAll(PART))
        total += Number(m[1]) * SECONDS[m[2]];
    return total;
}

// EXTERNAL MODULE: ./.build/config/suggest.js
var suggest = __webpack_require__(34883);
// EXTERNAL MODULE: ./.build/config/defaults.js
var defaults = __webpack_require__(92903);
;// CONCATENATED MODULE: ./.build/config/schema.js
// `.github/perf-gates.yml`: the zod schema (source of the shipped JSON Schema), its defaults
// (protocol-18's thresholds) and the YAML reader with errors a person can act on: the key's path,
// the line, and for an unknown key the nearest valid name. Pure: text in, config out.






const INTAKE_INPUTS = [
    'monitoring-package',
    'incident-report',
    'deployment-report',
    'intake-backlog',
];
// ---------------------------------------------------------------------------------------------
// The zod schema
const STAT_PATTERN = /^(avg|min|med|max|p50|p90|p95|p99|rate|count|value|median|mean|p\(\d+(\.\d+)?\)|p\d+(\.\d+)?)$/;
const percent = (d, what) => schemas/* number */.aig().min(0).max(100).default(d).describe(`${what} (percent, default ${d})`);
const nonEmpty = schemas/* string */.YjP().trim().min(1);
const stat = schemas/* string */.YjP()
    .regex(STAT_PATTERN, {
    error: 'expected a statistic: avg, min, med, max, p50, p90, p95, p99, p(N), rate, count, value or median',
})
    .describe('statistic: avg min med max p50 p90 p95 p99 p(N) rate count value (k6), median (benchmarks)');
const direction = schemas/* enum */.k5n(['decrease', 'increase'])
    .describe('decrease: lower is better; increase: higher is better');
const metricRef = schemas/* strictObject */.rej({
    name: nonEmpty.describe('k6 metric in k6 spelling (`http_req_duration{name:checkout}`) or a benchmark fullname'),
    stat,
    direction,
});
const DURATION_ERROR = "expected seconds (a number) or a duration like '20s', '2m', '1m30s'";
const duration = schemas/* union */.KCZ([schemas/* number */.aig().nonnegative(), schemas/* string */.YjP().regex(new RegExp(DURATION_PATTERN), { error: DURATION_ERROR })], {
    error: DURATION_ERROR,
})
    .transform((v) => (typeof v === 'number' ? v : parseDuration(v)))
    .describe("seconds, or a k6 duration: '20s', '2m', '1m30s'");
const requiredMetric = schemas/* strictObject */.rej({
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
const peakScenario = schemas/* strictObject */.rej({
    scenario: nonEmpty.describe('k6 scenario name (the `scenario` tag)'),
    min_rps: schemas/* number */.aig().nonnegative().optional().describe('requests per second the scenario must reach'),
    min_vus: schemas/* number */.aig()
        .int()
        .nonnegative()
        .optional()
        .describe('VUs it must reach (checked for single-scenario runs only)'),
    min_duration: duration.optional(),
});
const ConfigSchema = schemas/* strictObject */.rej({
    thresholds: schemas/* strictObject */.rej({
        baseline_completeness: percent(95, 'Gate 1: baseline completeness'),
        diagnostic_coverage: percent(90, 'Gate 2: diagnostic coverage score'),
        improvement: percent(15, 'Gate 3: improvement on the targeted metric'),
        regressions: schemas/* number */.aig()
            .int()
            .nonnegative()
            .default(0)
            .describe('Gate 3: regressions allowed (default 0)'),
        documentation_completeness: percent(95, 'Gate 4: documentation completeness'),
        approvals: percent(100, 'Gate 4: approvals captured'),
    })
        .prefault({})
        .describe('protocol-18 gate thresholds'),
    tolerance: schemas/* number */.aig().min(0).max(100).default(5).describe('regression tolerance, percent (default 5)'),
    confidence: schemas/* number */.aig()
        .gt(0.5)
        .lt(1)
        .default(0.95)
        .describe('one-sided confidence of the intervals (default 0.95)'),
    uncalibrated_margin: schemas/* number */.aig()
        .min(0)
        .max(100)
        .default(10)
        .describe('run-to-run allowance for single-run comparisons without a noise file, percent (default 10)'),
    fdr: schemas/* number */.aig()
        .gt(0)
        .lt(1)
        .default(0.05)
        .describe('false-discovery rate over keys config does not name (default 0.05)'),
    breakdown_tags: schemas/* array */.YOg(nonEmpty)
        .default(['name', 'scenario'])
        .describe('k6 tags to break metrics down by'),
    baseline: schemas/* strictObject */.rej({
        required_metrics: schemas/* array */.YOg(requiredMetric)
            .optional()
            .describe('the required baseline set, each mapped to a source'),
    })
        .prefault({}),
    diagnostics: schemas/* strictObject */.rej({
        services: schemas/* array */.YOg(nonEmpty)
            .optional()
            .describe('prioritized services the profiling report must cover'),
        peak_scenarios: schemas/* array */.YOg(peakScenario).optional().describe('peak scenarios the load test must reach'),
        weights: schemas/* strictObject */.rej({
            services: schemas/* number */.aig().nonnegative().default(1),
            peak_scenarios: schemas/* number */.aig().nonnegative().default(1),
            capacity: schemas/* number */.aig().nonnegative().default(1),
        })
            .prefault({})
            .refine((w) => w.services + w.peak_scenarios + w.capacity > 0, {
            error: 'at least one weight must be above 0',
        })
            .describe('weights of the coverage components (default equal)'),
    })
        .prefault({}),
    slo: schemas/* array */.YOg(schemas/* strictObject */.rej({
        name: nonEmpty,
        metric: nonEmpty.describe('key: metric{tag:value}:stat, e.g. http_req_duration{name:checkout}:p95'),
        target: schemas/* number */.aig(),
        unit: nonEmpty.optional(),
    }))
        .optional()
        .describe('service-level objectives'),
    optimization: schemas/* strictObject */.rej({
        target: metricRef.optional().describe('the targeted metric (the plan overrides it)'),
        tracked: schemas/* array */.YOg(metricRef).optional().describe('metrics that must not regress'),
        require_plan_approval: schemas/* boolean */.zMY().default(true).describe('the plan must be approved (default true)'),
        plan_role: nonEmpty
            .optional()
            .describe('role (in `roles`) whose environment approval approves the plan'),
    })
        .prefault({}),
    noise: nonEmpty.optional().describe('noise file from `perf-gates calibrate`'),
    roles: schemas/* record */.g1P(nonEmpty, schemas/* strictObject */.rej({
        environment: nonEmpty.describe('GitHub environment whose required-reviewer approval counts for this role'),
        approvers: schemas/* array */.YOg(nonEmpty).optional().describe("GitHub logins or 'team:org/slug'"),
    }))
        .optional()
        .describe('approver roles'),
    intake: schemas/* strictObject */.rej({
        required: schemas/* array */.YOg(schemas/* enum */.k5n(INTAKE_INPUTS))
            .default([])
            .describe('intake inputs gate 1 requires (protocol-18 prerequisites): monitoring-package, incident-report, deployment-report, intake-backlog (default none)'),
        business_impact: nonEmpty
            .optional()
            .describe("this cycle's business impact, as the team states it (else the incident report's section)"),
    })
        .prefault({})
        .describe('telemetry intake (protocol-18 Phase 1)'),
})
    .superRefine((c, ctx) => {
    const role = c.optimization.plan_role;
    if (role !== undefined && !(c.roles && Object.hasOwn(c.roles, role))) {
        const known = Object.keys(c.roles ?? {});
        const near = (0,suggest/* nearest */.p)(role, known);
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
const GATE_NAMES = ['baseline', 'diagnostics', 'optimization', 'governance'];
const isoDate = schemas/* string */.YjP()
    .trim()
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), {
    error: 'expected a date YYYY-MM-DD',
});
const WaiverSchema = schemas/* strictObject */.rej({
    gate: schemas/* union */.KCZ([schemas/* enum */.k5n(GATE_NAMES), schemas/* number */.aig().int().min(1).max(4)])
        .transform((g) => (typeof g === 'number' ? GATE_NAMES[g - 1] : g))
        .describe('the gate: baseline, diagnostics, optimization, governance (or 1-4)'),
    criterion: nonEmpty.describe('the criterion name as the gate JSON writes it (e.g. diagnostic_coverage); a regression only by its own name, `regression: <key>`'),
    justification: nonEmpty.describe('why the miss is accepted'),
    requested_by: nonEmpty.describe('who asks for the waiver'),
    expires: isoDate.describe('last day the waiver counts (YYYY-MM-DD, UTC)'),
    approver_role: nonEmpty.describe('role (in the config `roles`) whose approval the waiver needs: an environment approval in Actions'),
})
    .describe('one waiver of one criterion of one gate');
const WaiversFileSchema = schemas/* strictObject */.rej({ waivers: schemas/* array */.YOg(WaiverSchema).describe('the waivers') })
    .describe('perf-gates waivers file (input `waivers`)');
const _sameShape = (p) => p;
void _sameShape;
/** Every default, as a team starting with no file gets it (config/defaults.ts, without zod). */

// ---------------------------------------------------------------------------------------------
// Reading YAML
/**
 * Parse `.github/perf-gates.yml`. Empty text (or comments only) gives the defaults. Any problem is
 * an InputError naming `file`, the line, the key's path and what was expected; an unknown key
 * names the nearest valid key.
 */
function parseConfig(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
        throw new model/* InputError */.dz(file, `not valid YAML: ${e.message.split('\n')[0]}`, pos.line, pos.col);
    }
    let raw;
    try {
        // an alias bomb (aliases of aliases) is stopped by the yaml library: say which file
        raw = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        throw new model/* InputError */.dz(file, `not valid YAML: ${e.message}`);
    }
    if (raw === null || raw === undefined)
        return (0,defaults/* defaultConfig */.s)();
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        throw new model/* InputError */.dz(file, `expected a mapping of configuration keys at the top level, got ${describe(raw)}`, 1);
    }
    const parsed = ConfigSchema.safeParse(raw);
    if (parsed.success)
        return parsed.data;
    const problems = parsed.error.issues.map((issue) => explain(issue, raw));
    problems.sort((a, b) => lineOf(doc, lineCounter, a.path, a.key) - lineOf(doc, lineCounter, b.path, b.key));
    const first = problems[0];
    const line = lineOf(doc, lineCounter, first.path, first.key);
    const more = problems.length > 1
        ? ` (and ${problems.length - 1} more: ${problems
            .slice(1)
            .map((p) => p.text)
            .join('; ')})`
        : '';
    throw new model/* InputError */.dz(file, `${first.text}${more}`, line > 0 ? line : undefined);
}
function dotted(path) {
    let s = '';
    for (const p of path)
        s += typeof p === 'number' ? `[${p}]` : s === '' ? String(p) : `.${String(p)}`;
    return s;
}
function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return `the string ${JSON.stringify(v)}`;
    return `${typeof v} ${String(v)}`;
}
function valueAt(root, path) {
    let cur = root;
    for (const p of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[p];
    }
    return cur;
}
function explain(issue, raw) {
    const path = issue.path;
    switch (issue.code) {
        case 'unrecognized_keys': {
            const key = issue.keys[0];
            const valid = keysAt(path);
            const near = (0,suggest/* nearest */.p)(key, valid);
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
function keysAt(path) {
    let schema = ConfigSchema;
    const unwrap = (s) => {
        let cur = s;
        for (;;) {
            const def = cur._zod.def;
            if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(def.type))
                cur = def.innerType;
            else if (def.type === 'pipe')
                cur = def.in;
            else
                return cur;
        }
    };
    for (const p of path) {
        if (!schema)
            return [];
        const s = unwrap(schema);
        const def = s._zod.def;
        if (def.type === 'object')
            schema = def.shape[String(p)];
        else if (def.type === 'array')
            schema = def.element;
        else if (def.type === 'record')
            schema = def.valueType;
        else
            return [];
    }
    if (!schema)
        return [];
    const s = unwrap(schema);
    const def = s._zod.def;
    return def.type === 'object' ? Object.keys(def.shape) : [];
}
/** 1-based line of the node at `path` (of the key itself when `key` is given); 0 if not found. */
function lineOf(doc, lc, path, key) {
    let node = doc.contents;
    const target = key !== undefined ? [...path, key] : path;
    let keyNode;
    for (const p of target) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((it) => (0,dist/* isPair */.tO)(it) && (0,dist/* isScalar */.jn)(it.key) && String(it.key.value) === String(p));
            if (!pair)
                break;
            keyNode = pair.key;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof p === 'number') {
            node = node.items[p];
            keyNode = undefined;
        }
        else
            break;
    }
    const n = (key !== undefined ? keyNode : (node ?? keyNode)) ?? keyNode;
    const range = n?.range ?? node?.range;
    return range ? lc.linePos(range[0]).line : 0;
}
// ---------------------------------------------------------------------------------------------
// The plan overrides config for its run
/**
 * Values in `optimization-plan.json` override config for that run: the target, the improvement
 * threshold, the regression tolerance and the tracked metrics. Returns a new config.
 */
function mergePlanIntoConfig(config, plan) {
    const withTags = (name, tags) => {
        if (!tags || Object.keys(tags).length === 0 || name.includes('{'))
            return name;
        const inner = Object.keys(tags)
            .sort()
            .map((k) => `${(0,model/* quoteTagPart */.wn)(k, true)}:${(0,model/* quoteTagPart */.wn)(tags[k])}`)
            .join(',');
        return `${name}{${inner}}`;
    };
    const merged = structuredClone(config);
    merged.optimization.target = {
        name: withTags(plan.target.name, plan.target.tags),
        stat: plan.target.stat,
        direction: plan.target.direction,
    };
    if (plan.improvementThreshold !== undefined)
        merged.thresholds.improvement = plan.improvementThreshold;
    if (plan.tolerance !== undefined)
        merged.tolerance = plan.tolerance;
    if (plan.tracked !== undefined)
        merged.optimization.tracked = plan.tracked.map((t) => ({
            name: withTags(t.name, t.tags),
            stat: t.stat,
            direction: t.direction,
        }));
    return merged;
}


/***/ }),

/***/ 34883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
/* unused harmony export levenshtein */
// Nearest-name suggestions for unknown configuration keys (Levenshtein distance). Pure.
/** Edit distance (insertions, deletions, substitutions; each costs 1). */
function levenshtein(a, b) {
    if (a === b)
        return 0;
    if (a.length === 0)
        return b.length;
    if (b.length === 0)
        return a.length;
    let prev = new Array(b.length + 1);
    let cur = new Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        cur[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        }
        [prev, cur] = [cur, prev];
    }
    return prev[b.length];
}
/**
 * The valid name closest to `name`, or undefined when nothing is close enough to be a plausible
 * typo (distance at most max(2, a third of the longer name); case and `-`/`_` differences are free).
 */
function nearest(name, candidates) {
    const norm = (s) => s.toLowerCase().replace(/-/g, '_');
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = levenshtein(norm(name), norm(c));
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    if (best === undefined)
        return undefined;
    const limit = Math.max(2, Math.floor(Math.max(name.length, best.length) / 3));
    return bestD <= limit ? best : undefined;
}


/***/ })

};
