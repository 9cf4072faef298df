import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ConfigSchema,
  defaultConfig,
  keysAt,
  mergePlanIntoConfig,
  parseConfig,
} from '../src/config/schema.js';
import { defaultConfig as plainDefaults } from '../src/config/defaults.js';
import { levenshtein, nearest } from '../src/config/suggest.js';
import { parseDuration } from '../src/config/duration.js';
import { InputError, type OptimizationPlan } from '../src/model.js';
import { parseDocument } from '../src/parsers/index.js';

const FIX = new URL('./fixtures/', import.meta.url);

function errorOf(text: string): InputError {
  try {
    parseConfig(text, '.github/perf-gates.yml');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('defaults (protocol-18)', () => {
  it('an empty file, comments only or an empty mapping give every default', () => {
    const d = defaultConfig();
    expect(d.thresholds).toEqual({
      baseline_completeness: 95,
      diagnostic_coverage: 90,
      improvement: 15,
      regressions: 0,
      documentation_completeness: 95,
      approvals: 100,
    });
    expect(d.tolerance).toBe(5);
    expect(d.confidence).toBe(0.95);
    expect(d.uncalibrated_margin).toBe(10);
    expect(d.fdr).toBe(0.05);
    expect(d.breakdown_tags).toEqual(['name', 'scenario']);
    expect(d.diagnostics.weights).toEqual({ services: 1, peak_scenarios: 1, capacity: 1 });
    expect(d.optimization.require_plan_approval).toBe(true);
    expect(d.baseline.required_metrics).toBeUndefined();
    expect(d.slo).toBeUndefined();
    expect(d.roles).toBeUndefined();
    for (const text of ['', '\n', '# nothing configured yet\n', '{}\n', '---\n'])
      expect(parseConfig(text, 'perf-gates.yml')).toEqual(d);
  });

  it('the plain defaults (config/defaults.ts: a run without a config file loads no zod) are what the schema makes of an empty file', () => {
    expect(plainDefaults()).toStrictEqual(ConfigSchema.parse({}));
    expect(plainDefaults()).not.toBe(plainDefaults());
  });

  it('a partial section keeps the defaults of its other keys', () => {
    const c = parseConfig(
      'thresholds:\n  improvement: 20\ndiagnostics:\n  weights: { capacity: 0 }\n',
      'f.yml',
    );
    expect(c.thresholds.improvement).toBe(20);
    expect(c.thresholds.baseline_completeness).toBe(95);
    expect(c.diagnostics.weights).toEqual({ services: 1, peak_scenarios: 1, capacity: 0 });
  });
});

describe('a full configuration', () => {
  const yaml = `
thresholds: { baseline_completeness: 90, diagnostic_coverage: 85 }
tolerance: 3
confidence: 0.9
breakdown_tags: [name]
baseline:
  required_metrics:
    - { metric_name: api_latency_p95, service: catalog-api, k6: "http_req_duration{name:products}", stat: p95 }
    - { metric_name: parse_orders_median, service: orders-service, benchmark: "test_benchmarks.py::test_parse_orders", unit: ms }
    - { metric_name: get_order_latency_p95, service: orders-service, pytest: "test_performance.py::test_get_order_latency_p95", stat: latency_ms }
diagnostics:
  services: [catalog-api, checkout-api]
  peak_scenarios:
    - { scenario: soak-mixed, min_rps: 950, min_vus: 50, min_duration: 2m30s }
    - { scenario: spike, min_duration: 45 }
slo:
  - { name: Checkout p95, metric: "http_req_duration{name:checkout}:p95", target: 150, unit: ms }
optimization:
  target: { name: "http_req_duration{name:checkout}", stat: p95, direction: decrease }
  tracked:
    - { name: http_req_failed, stat: rate, direction: decrease }
  plan_role: sre-lead
noise: perf/noise.json
roles:
  product-owner: { environment: perf-approval-product-owner, approvers: [alice, "team:acme/product"] }
  sre-lead: { environment: perf-approval-sre-lead }
`;
  it('parses every key, durations into seconds', () => {
    const c = parseConfig(yaml, 'f.yml');
    expect(c.thresholds.baseline_completeness).toBe(90);
    expect(c.thresholds.approvals).toBe(100);
    expect(c.tolerance).toBe(3);
    expect(c.breakdown_tags).toEqual(['name']);
    expect(c.baseline.required_metrics).toHaveLength(3);
    expect(c.baseline.required_metrics?.[1].benchmark).toBe('test_benchmarks.py::test_parse_orders');
    expect(c.diagnostics.peak_scenarios?.[0].min_duration).toBe(150);
    expect(c.diagnostics.peak_scenarios?.[1].min_duration).toBe(45);
    expect(c.slo?.[0].target).toBe(150);
    expect(c.optimization.target).toEqual({
      name: 'http_req_duration{name:checkout}',
      stat: 'p95',
      direction: 'decrease',
    });
    expect(c.roles?.['product-owner'].approvers).toEqual(['alice', 'team:acme/product']);
    expect(c.noise).toBe('perf/noise.json');
  });

  it('durations: k6 spellings', () => {
    expect(parseDuration('20s')).toBe(20);
    expect(parseDuration('2m')).toBe(120);
    expect(parseDuration('1h30m')).toBe(5400);
    expect(parseDuration('500ms')).toBe(0.5);
    expect(parseDuration('2 minutes')).toBeUndefined();
    expect(parseDuration('')).toBeUndefined();
  });
});

describe('errors name the file, the line, the key path and the nearest valid name', () => {
  it('unknown nested key: did you mean', () => {
    const e = errorOf('tolerance: 5\nthresholds:\n  baseline_completness: 90\n');
    expect(e.message).toContain(
      'unknown key `thresholds.baseline_completness` — did you mean `baseline_completeness`?',
    );
    expect(e.file).toBe('.github/perf-gates.yml');
    expect(e.line).toBe(3);
    expect(e.message.startsWith('.github/perf-gates.yml:3:')).toBe(true);
  });

  it('unknown top-level key', () => {
    const e = errorOf('# config\ntolerence: 5\n');
    expect(e.message).toContain('unknown key `tolerence` — did you mean `tolerance`?');
    expect(e.line).toBe(2);
  });

  it('unknown key inside a list item', () => {
    const e = errorOf('diagnostics:\n  peak_scenarios:\n    - scenario: peak\n      min_rsp: 100\n');
    expect(e.message).toContain(
      'unknown key `diagnostics.peak_scenarios[0].min_rsp` — did you mean `min_rps`?',
    );
    expect(e.line).toBe(4);
  });

  it('unknown key with nothing close lists the valid keys', () => {
    const e = errorOf('optimization:\n  colour: blue\n');
    expect(e.message).toContain(
      'unknown key `optimization.colour` (valid keys under `optimization`: target, tracked, require_plan_approval, plan_role)',
    );
  });

  it('wrong type names the path, the expected type and what was found', () => {
    const e = errorOf('thresholds:\n  improvement: fifteen\n');
    expect(e.message).toContain('`thresholds.improvement`: expected number, got the string "fifteen"');
    expect(e.line).toBe(2);
  });

  it('out of range, bad enum, bad duration, missing required key', () => {
    expect(errorOf('thresholds: { approvals: 120 }\n').message).toContain(
      '`thresholds.approvals`: value must be <= 100, got number 120',
    );
    expect(errorOf('optimization:\n  target: { name: x, stat: p95, direction: down }\n').message).toContain(
      '`optimization.target.direction`: expected one of "decrease", "increase", got the string "down"',
    );
    expect(
      errorOf('diagnostics:\n  peak_scenarios:\n    - { scenario: a, min_duration: 2 minutes }\n').message,
    ).toContain(
      "`diagnostics.peak_scenarios[0].min_duration`: expected seconds (a number) or a duration like '20s', '2m', '1m30s'",
    );
    expect(errorOf('roles:\n  sre: { approvers: [bob] }\n').message).toContain(
      '`roles.sre.environment` is required (expected string)',
    );
    expect(
      errorOf('optimization:\n  target: { name: x, stat: p97.5x, direction: decrease }\n').message,
    ).toContain('`optimization.target.stat`: expected a statistic');
  });

  it('a plan role that is not a defined role', () => {
    const e = errorOf(
      'optimization: { plan_role: sre-leed }\nroles:\n  sre-lead: { environment: perf-approval-sre-lead }\n',
    );
    expect(e.message).toContain('role `sre-leed` is not defined in `roles` — did you mean `sre-lead`?');
    expect(e.line).toBe(1);
  });

  it('a required metric naming two sources, a pytest source without a key', () => {
    expect(
      errorOf(
        'baseline:\n  required_metrics:\n    - { metric_name: a, service: b, k6: http_reqs, benchmark: t }\n',
      ).message,
    ).toContain('name one source: k6, benchmark or pytest');
    expect(
      errorOf('baseline:\n  required_metrics:\n    - { metric_name: a, service: b, pytest: "t.py::x" }\n')
        .message,
    ).toContain('`baseline.required_metrics[0].stat`');
  });

  it('several problems: the first by line, the rest counted', () => {
    const e = errorOf('tolerance: high\nthresholds:\n  improvment: 10\n');
    expect(e.line).toBe(1);
    expect(e.message).toContain(
      'and 1 more: unknown key `thresholds.improvment` — did you mean `improvement`?',
    );
  });

  it('YAML syntax errors and a non-mapping top level', () => {
    const e = errorOf('thresholds:\n  improvement: [15\n');
    expect(e.message).toContain('not valid YAML');
    expect(e.line).toBeGreaterThanOrEqual(2);
    expect(errorOf('- a\n- b\n').message).toContain(
      'expected a mapping of configuration keys at the top level, got a list',
    );
    expect(errorOf('tolerance: 1\ntolerance: 2\n').message).toContain('not valid YAML');
  });
});

describe('suggestions', () => {
  it('levenshtein and nearest', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(nearest('baseline_completness', ['baseline_completeness', 'diagnostic_coverage'])).toBe(
      'baseline_completeness',
    );
    expect(nearest('Breakdown-Tags', ['breakdown_tags', 'baseline'])).toBe('breakdown_tags');
    expect(nearest('zzz', ['tolerance', 'confidence'])).toBeUndefined();
  });

  it('keysAt walks objects, arrays and records', () => {
    expect(keysAt([])).toContain('uncalibrated_margin');
    expect(keysAt(['diagnostics', 'peak_scenarios', 0])).toEqual([
      'scenario',
      'min_rps',
      'min_vus',
      'min_duration',
    ]);
    expect(keysAt(['roles', 'anything'])).toEqual(['environment', 'approvers']);
  });
});

describe('mergePlanIntoConfig (the protocol plan overrides config for its run)', () => {
  it('target, improvement threshold, tolerance and tracked metrics come from the plan', () => {
    const text = readFileSync(new URL('protocol/optimization-plan.json', FIX), 'utf8');
    const plan = parseDocument(text, 'optimization-plan.json', 'optimization-plan') as OptimizationPlan;
    const config = parseConfig(
      'tolerance: 2\nthresholds: { improvement: 25 }\noptimization:\n  target: { name: http_reqs, stat: rate, direction: increase }\n',
      'f.yml',
    );
    const merged = mergePlanIntoConfig(config, plan);
    expect(merged.optimization.target).toEqual({
      name: 'http_req_duration{name:checkout}',
      stat: 'p95',
      direction: 'decrease',
    });
    expect(merged.thresholds.improvement).toBe(15);
    expect(merged.tolerance).toBe(5);
    expect(merged.optimization.tracked?.map((t) => `${t.name}:${t.stat}`)).toEqual([
      'http_req_duration{name:products}:p95',
      'http_req_duration{name:search}:p95',
      'http_req_failed:rate',
      'test_benchmarks.py::test_parse_orders:median',
      'test_benchmarks.py::test_invoice_totals:median',
    ]);
    // config itself is untouched, keys the plan does not give stay
    expect(config.tolerance).toBe(2);
    expect(merged.thresholds.baseline_completeness).toBe(95);
    expect(merged.optimization.require_plan_approval).toBe(true);
  });

  it('a plan with only a target keeps config thresholds; plan tags fold into k6 spelling', () => {
    const plan: OptimizationPlan = {
      format: 'optimization-plan',
      file: 'p.json',
      plan: {},
      target: {
        name: 'http_req_duration',
        stat: 'p99',
        direction: 'decrease',
        tags: { scenario: 'peak', name: 'checkout' },
      },
      warnings: [],
    };
    const merged = mergePlanIntoConfig(defaultConfig(), plan);
    expect(merged.optimization.target?.name).toBe('http_req_duration{name:checkout,scenario:peak}');
    expect(merged.thresholds.improvement).toBe(15);
    expect(merged.optimization.tracked).toBeUndefined();
  });
});
