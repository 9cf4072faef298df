import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/model.js';
import { parseApprovals } from '../src/parsers/approvals/index.js';
import { isValidTimestamp, parseBaselineCsv } from '../src/parsers/baseline-csv/index.js';
import { parseMarkdown } from '../src/parsers/markdown/index.js';
import { parseNoise } from '../src/parsers/noise/index.js';
import { parseOptimizationPlan } from '../src/parsers/plan/index.js';
import { parseSloUpdates } from '../src/parsers/slo/index.js';

const FIX = join(import.meta.dirname, 'fixtures');
const read = (p: string) => readFileSync(join(FIX, p), 'utf8');

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

const HEADER = 'metric_name,service,value,unit,collection_method,timestamp';

describe('baseline-metrics.csv', () => {
  it('reads the protocol fixture: 24 rows, lines from 2, nothing rejected', () => {
    const ds = parseBaselineCsv(read('protocol/baseline-metrics.csv'), 'protocol/baseline-metrics.csv');
    expect(ds.rows).toHaveLength(24);
    expect(ds.rejected).toEqual([]);
    expect(ds.columns).toEqual(HEADER.split(','));
    expect(ds.rows[0]).toEqual({
      metric_name: 'api_latency_p50',
      service: 'catalog-api',
      value: 37.34,
      unit: 'ms',
      collection_method: 'k6 soak-mixed 1000 rps (http_req_duration{name:products})',
      timestamp: '2026-11-22T09:26:31Z',
      line: 2,
    });
    expect(ds.rows[23]).toMatchObject({ metric_name: 'get_order_latency_p95', value: 15.08, line: 25 });
  });

  it('BOM, CRLF, trimmed case-insensitive header, extra column kept, trailing blank lines ignored', () => {
    const text =
      '\ufeff Metric_Name , SERVICE,value,unit,collection_method,timestamp,owner\r\napi_p95,cat,55.3,ms,k6,2026-11-22T09:26:31Z,team-a\r\n\r\n\r\n';
    const ds = parseBaselineCsv(text, 'b.csv');
    expect(ds.rows).toHaveLength(1);
    expect(ds.rows[0]).toMatchObject({
      metric_name: 'api_p95',
      service: 'cat',
      value: 55.3,
      line: 2,
      extra: { owner: 'team-a' },
    });
    expect(ds.rejected).toEqual([]);
  });

  it('quoted fields with commas and newlines; line numbers count the embedded newlines', () => {
    const text = [
      HEADER,
      'a,svc,1,ms,"k6, soak",2026-11-22T09:26:31Z',
      'b,svc,2,ms,"line one',
      'line two ""quoted""',
      'line three",2026-11-22T09:26:31Z',
      'c,svc,oops,ms,k6,2026-11-22T09:26:31Z',
      'd,svc,4,ms,k6,2026-11-22T09:26:31Z',
    ].join('\r\n');
    const ds = parseBaselineCsv(text, 'q.csv');
    expect(ds.rows.map((r) => [r.metric_name, r.line])).toEqual([
      ['a', 2],
      ['b', 3],
      ['d', 7],
    ]);
    expect(ds.rows[0].collection_method).toBe('k6, soak');
    expect(ds.rows[1].collection_method).toBe('line one\r\nline two "quoted"\r\nline three');
    expect(ds.rejected).toEqual([{ line: 6, reason: 'value "oops" is not a number' }]);
  });

  it('bad rows are rejected with their line and reason, the rest kept', () => {
    const text = [
      HEADER,
      'ok1,svc,1,ms,k6,2026-11-22T09:26:31Z', // 2
      ',svc,1,ms,k6,2026-11-22T09:26:31Z', // 3 no metric_name
      'x,svc,1,ms,k6,yesterday', // 4 bad timestamp
      'x,svc,1,ms,k6,2026-13-01T00:00:00Z', // 5 month 13
      'x,svc,1,ms,k6', // 6 too few fields
      'x,svc,1,ms,k6, soak,2026-11-22T09:26:31Z', // 7 unquoted comma
      '', // 8 blank
      'ok2,svc,,,,', // 9 empty cells allowed
      'ok3,svc,1e3,ms,k6,1795340347', // 10 epoch seconds
      '',
    ].join('\n');
    const ds = parseBaselineCsv(text, 'r.csv');
    expect(ds.rows.map((r) => r.metric_name)).toEqual(['ok1', 'ok2', 'ok3']);
    expect(ds.rejected.map((r) => r.line)).toEqual([3, 4, 5, 6, 7]);
    expect(ds.rejected[0].reason).toMatch(/metric_name is empty/);
    expect(ds.rejected[1].reason).toMatch(/timestamp "yesterday"/);
    expect(ds.rejected[3].reason).toMatch(/5 fields, the header has 6/);
    expect(ds.rejected[4].reason).toMatch(/unquoted comma/);
    const ok2 = ds.rows[1];
    expect(ok2.line).toBe(9);
    expect(Number.isNaN(ok2.value)).toBe(true);
    expect(ok2.missing).toEqual(['value', 'unit', 'collection_method', 'timestamp']);
    expect(ds.rows[2].value).toBe(1000);
    expect(ds.warnings.filter((w) => w.line !== undefined).map((w) => w.line)).toEqual([3, 4, 5, 6, 7]);
  });

  it('a missing required column is an InputError naming it', () => {
    const err = thrown(() =>
      parseBaselineCsv('metric_name,service,value,unit,timestamp\na,b,1,ms,2026-01-01\n', 'm.csv'),
    );
    expect(err.message).toContain('"collection_method"');
    expect(err.file).toBe('m.csv');
    expect(err.line).toBe(1);
  });

  it('timestamps', () => {
    expect(isValidTimestamp('2026-11-22T09:26:31Z')).toBe(true);
    expect(isValidTimestamp('2026-11-22T09:26:31.123+01:00')).toBe(true);
    expect(isValidTimestamp('2026-11-22')).toBe(true);
    expect(isValidTimestamp('2026-02-30')).toBe(false);
    expect(isValidTimestamp('2026-11-22T25:00:00Z')).toBe(false);
    expect(isValidTimestamp('22/11/2026')).toBe(false);
  });
});

describe('Markdown', () => {
  it('profiling report: sections, levels, lines, title', () => {
    const ds = parseMarkdown(read('protocol/profiling-report.md'), 'p.md');
    expect(ds.title).toBe('Profiling report: peak-load diagnostics');
    expect(ds.sections.map((s) => [s.level, s.title])).toEqual([
      [1, 'Profiling report: peak-load diagnostics'],
      [2, 'Summary'],
      [2, 'catalog-api'],
      [2, 'checkout-api'],
      [2, 'search-api'],
      [2, 'orders-service'],
    ]);
    const summary = ds.sections[1];
    expect(summary.line).toBe(7);
    expect(summary.body.startsWith('| Service | p95 under load |')).toBe(true); // tables stay in bodies
    expect(ds.sections[5].body).toContain('Flame graphs');
  });

  it('own bodies only, fenced headings ignored, closing hashes, CRLF', () => {
    const text = [
      '# Title #',
      'intro',
      '## A',
      'a text',
      '```md',
      '# not a heading',
      '```',
      '### A.1',
      'deep',
      '#nohash',
      '## B ##',
      '',
    ].join('\r\n');
    const ds = parseMarkdown(text, 'x.md');
    expect(ds.sections).toEqual([
      { level: 1, title: 'Title', body: 'intro', line: 1 },
      { level: 2, title: 'A', body: 'a text\n```md\n# not a heading\n```', line: 3 },
      { level: 3, title: 'A.1', body: 'deep\n#nohash', line: 8 },
      { level: 2, title: 'B', body: '', line: 11 },
    ]);
    expect(ds.title).toBe('Title');
  });

  it('hypothesis log and capacity analysis', () => {
    const h = parseMarkdown(read('protocol/hypothesis-log.md'), 'h.md');
    expect(h.sections.filter((s) => /^H\d:/.test(s.title)).map((s) => s.title.slice(0, 2))).toEqual([
      'H1',
      'H2',
      'H3',
      'H4',
      'H5',
    ]);
    expect(h.sections.find((s) => s.level === 3)?.title).toBe('Candidates not yet numbered');
    const c = parseMarkdown(read('protocol/capacity-analysis.md'), 'c.md');
    expect(c.sections.find((s) => s.title === 'Bottlenecks (ranked)')?.body).toMatch(/^1\. checkout-api/);
  });
});

describe('optimization plan', () => {
  it('reads the protocol plan', () => {
    const p = parseOptimizationPlan(read('protocol/optimization-plan.json'), 'plan.json');
    expect(p.target).toEqual({
      name: 'http_req_duration',
      tags: { name: 'checkout' },
      stat: 'p95',
      direction: 'decrease',
    });
    expect(p.improvementThreshold).toBe(15);
    expect(p.tolerance).toBe(5);
    expect(p.approvedBy).toEqual(['Product Owner', 'SRE Lead']);
    expect(p.approvedAt).toBe('2026-11-20T16:00:00Z');
    expect(p.tracked).toHaveLength(5);
    expect(p.tracked?.[0]).toEqual({
      name: 'http_req_duration',
      tags: { name: 'products' },
      stat: 'p95',
      direction: 'decrease',
    });
    expect(p.tracked?.[3]).toEqual({
      name: 'test_benchmarks.py::test_parse_orders',
      stat: 'median',
      direction: 'decrease',
    });
    // OPT-4 targets the target metric and carries the justification
    expect(p.justification).toMatch(/^Provider latency is outside our control/);
    expect((p.plan.optimizations as unknown[]).length).toBe(4);
    expect(p.plan.plan_id).toBe('PERF-2026-Q4-07'); // unknown keys kept
  });

  it('only target_metric is required; approved_by may be one name; stats normalised', () => {
    const p = parseOptimizationPlan(
      JSON.stringify({
        target_metric: { name: 'http_reqs', stat: 'rate', direction: 'increase' },
        approved_by: 'Alice',
        team_field: 1,
      }),
      'p.json',
    );
    expect(p.target).toEqual({ name: 'http_reqs', stat: 'rate', direction: 'increase' });
    expect(p.approvedBy).toEqual(['Alice']);
    expect(p.justification).toBeUndefined();
    expect(p.warnings.map((w) => w.message)).toEqual(['approved_by without approved_at']);
    const q = parseOptimizationPlan(
      JSON.stringify({
        target_metric: { name: 'd{name: "x"}', stat: 'p(95)', direction: 'decrease', justification: 'J1' },
        justification: 'J0',
        optimizations: [
          { metric: 'd{name:x}', stat: 'p95', justification: 'J2' },
          { metric: 'd{name:x}', stat: 'p99', justification: 'other stat' },
          { metric: 'd{name:y}', justification: 'other metric' },
        ],
      }),
      'q.json',
    );
    expect(q.target).toEqual({ name: 'd', tags: { name: 'x' }, stat: 'p95', direction: 'decrease' });
    expect(q.justification).toBe('J0\n\nJ1\n\nJ2');
  });

  it('schema errors are InputErrors with the JSON path and line', () => {
    const text =
      '{\n  "target_metric": {\n    "name": "x",\n    "stat": "p95",\n    "direction": "lower"\n  }\n}';
    const err = thrown(() => parseOptimizationPlan(text, 'p.json'));
    expect(err.message).toContain('target_metric.direction');
    expect(err.line).toBe(5);
    expect(thrown(() => parseOptimizationPlan('{"title": "no target"}', 'p.json')).message).toContain(
      'target_metric',
    );
    expect(
      thrown(() =>
        parseOptimizationPlan(
          '{"target_metric": {"name": "x", "stat": "p95x", "direction": "decrease"}}',
          'p.json',
        ),
      ).message,
    ).toMatch(/unknown stat/);
  });
});

describe('SLO updates YAML', () => {
  it('normalises the fixture form', () => {
    const ds = parseSloUpdates(read('protocol/slo-updates.yml'), 'slo.yml');
    expect(ds.updates).toHaveLength(2);
    expect(ds.updates[0]).toMatchObject({
      slo_name: 'catalog-api http_req_duration{name:products} p95',
      metric: 'http_req_duration{name:products}',
      stat: 'p95',
      previous_target: '80ms',
      new_target: '60ms',
      approvers: ['Product Owner', 'SRE Lead'],
      service: 'catalog-api',
    });
    expect(ds.updates[0].justification).toMatch(/^OPT-3 page cache/);
    expect(ds.updates[1]).toMatchObject({ previous_target: 0.01, new_target: 0.005, stat: 'rate' });
    expect(Array.isArray(ds.raw.slo_updates)).toBe(true);
  });

  it('accepts the protocol words', () => {
    const ds = parseSloUpdates(
      'slo_updates:\n  - slo_name: Checkout latency\n    previous_target: 150\n    new_target: 120\n    justification: OPT-4\n    approvers: SRE Lead\n',
      's.yml',
    );
    expect(ds.updates[0]).toMatchObject({
      slo_name: 'Checkout latency',
      previous_target: 150,
      new_target: 120,
      justification: 'OPT-4',
      approvers: ['SRE Lead'],
    });
  });

  it('YAML syntax errors and schema errors carry the line', () => {
    const e1 = thrown(() =>
      parseSloUpdates('slo_updates:\n  - service: a\n    proposed: [1, 2\n', 'bad.yml'),
    );
    expect(e1.message).toMatch(/invalid YAML/);
    expect(e1.line).toBeGreaterThanOrEqual(3);
    const e2 = thrown(() =>
      parseSloUpdates(
        'slo_updates:\n  - service: a\n    metric: m\n  - service: b\n    metric: m\n    proposed: 1\n',
        's.yml',
      ),
    );
    expect(e2.message).toMatch(/slo_updates\[0\].*new_target/);
    expect(e2.line).toBe(2);
    expect(thrown(() => parseSloUpdates('other: 1\n', 's.yml')).message).toMatch(/slo_updates/);
  });
});

describe('approvals', () => {
  it('reads the example (GitHub run-approvals shape)', () => {
    const ds = parseApprovals(read('protocol/approvals-example.json'), 'a.json');
    expect(ds.approvals).toEqual([
      {
        state: 'approved',
        comment: 'Targets reviewed against the validation report.',
        environments: [{ id: 5001, name: 'perf-approval-product-owner' }],
        user: { login: 'example-po', type: 'User' },
      },
      {
        state: 'approved',
        comment: 'Alert thresholds updated.',
        environments: [{ id: 5002, name: 'perf-approval-sre-lead' }],
        user: { login: 'example-sre', type: 'User' },
      },
    ]);
  });
  it('a bad state is an InputError with the path', () => {
    const err = thrown(() =>
      parseApprovals(
        '[\n {"state": "ok", "comment": "", "environments": [], "user": {"login": "a"}}\n]',
        'a.json',
      ),
    );
    expect(err.message).toContain('[0].state');
    expect(err.line).toBe(2);
  });
});

describe('noise file', () => {
  it('reads a calibrate output and validates it', () => {
    const noise = {
      version: 2,
      generated_at: '2026-11-22T10:00:00Z',
      runs: 3,
      keys: {
        'http_req_duration{name:products}:p95': {
          between_var_log: 0.0016,
          df: 2,
          runs: 3,
          sampling_var_log: 0.0001,
        },
        'x:p99': { between_var_log: 0.01, df: 0, runs: 1, sampling_var_log: null },
      },
    };
    const ds = parseNoise(JSON.stringify(noise), 'n.json');
    expect(ds.noise).toEqual(noise);
    expect(ds.warnings.map((w) => w.message)).toEqual(['x:p99: 1 run(s), df 0: no run-to-run spread']);
    const err = thrown(() =>
      parseNoise(
        JSON.stringify({
          ...noise,
          keys: { k: { between_var_log: -1, df: 1, runs: 2, sampling_var_log: null } },
        }),
        'n.json',
      ),
    );
    expect(err.message).toContain('keys.k.between_var_log');
  });
  it('refuses a noise file of the old version (its SD mixed the two components), naming the line', () => {
    const old = JSON.stringify(
      { version: 1, generated_at: 'x', runs: 2, keys: { 'a:p95': { sd_log: 0.04, df: 1, runs: 2 } } },
      null,
      2,
    );
    const e = thrown(() => parseNoise(old, 'noise.json'));
    expect(e.message).toMatch(/^noise\.json:2:\d+: noise file version 1: .*recalibrate with this version/);
    expect(thrown(() => parseNoise(JSON.stringify({ version: 3, keys: {} }), 'n.json')).message).toMatch(
      /version 3.*recalibrate with this version/,
    );
  });
});
