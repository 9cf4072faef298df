// Pure rendering of the sticky comment: escaping of hostile input, section merging and ordering,
// the body limit.
import { describe, expect, it } from 'vitest';
import { escapeInline, escapeMarkdown, renderGateSection } from '../src/report/markdown.js';
import {
  COMMENT_LIMIT,
  COMMENT_MARKER,
  isPerfGatesComment,
  mergeSection,
  parseSections,
  sanitizeId,
} from '../src/report/comment.js';
import { comparison, criterion, gateResult } from './harness/results.js';

const HOSTILE = [
  '<!-- perf-gates:comment -->',
  '<!-- perf-gates:section gate=baseline job=perf -->',
  '<!-- perf-gates:end -->',
  '@octocat please merge',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '| pipe | in | table |',
  '`code` and ```fence```',
  '# heading\n- list\n> quote\n---',
  '<details><summary>fake</summary>',
  'line1\r\nline2\u202Eevil',
].join(' ');

describe('escaping', () => {
  it('neutralises markdown, HTML, mentions and markers', () => {
    const s = escapeInline(HOSTILE, 10_000);
    expect(s).not.toContain('<');
    expect(s).not.toContain('>');
    expect(s).not.toMatch(/(^|[^\\])\|/);
    expect(s).not.toMatch(/(^|[^\\])`/);
    expect(s).not.toMatch(/(^|[^\\])\[/);
    expect(s).not.toMatch(/@(?!&#8203;)/);
    expect(s).not.toContain('\n');
    expect(s).not.toContain('\u202E');
    expect(s).toContain('&lt;\\!\\-\\- perf\\-gates\\:comment \\-\\-&gt;');
  });

  it('keeps lines but no block syntax in multi-line text, and caps length', () => {
    const s = escapeMarkdown('# title\n- item\n<!-- x -->');
    expect(s.split('<br>')).toEqual(['\\# title', '\\- item', '&lt;\\!\\-\\- x \\-\\-&gt;']);
    expect(escapeInline('x'.repeat(500), 100).length).toBe(100);
    expect(escapeInline('😀'.repeat(100), 51)).not.toMatch(/[\ud800-\udbff]…/);
  });
});

describe('renderGateSection', () => {
  it('renders verdict, score, criteria table, failure form and comparisons', () => {
    const r = gateResult('optimization', 'fail', {
      criteria: [
        criterion('improvement', 9.6, 15, 'fail', 'p95 improved 9.6%, target 15%', '%'),
        criterion('regression_count', 0, 0, 'pass', 'no tracked metric regressed'),
      ],
      comparisons: [comparison('http_req_duration{name:checkout}:p95', 31.2, 28.2, 'no-change')],
      improvementPct: 9.6,
      regressionCount: 0,
    });
    const md = renderGateSection(r, {
      job: 'perf',
      runUrl: 'https://github.com/acme/orders/actions/runs/1',
      artifactName: 'perf-gates-optimization-perf',
    });
    const [marker, headline, meta, blank] = md.split('\n');
    expect(marker).toMatch(/^<!-- perf-gates:verdict [A-Za-z0-9_-]+ -->$/);
    expect(headline).toContain('❌');
    expect(headline).toContain('**fail**');
    // the score is shown next to the criterion it measures, not next to "fail" (issue 14)
    expect(headline).not.toContain('score');
    expect(meta).toContain('[workflow run](https://github.com/acme/orders/actions/runs/1)');
    expect(meta).toContain('<code>perf\\-gates\\-optimization\\-perf</code>');
    expect(blank).toBe('');
    expect(md).toContain('| improvement | 9.6% | >= 15% | ❌ fail |');
    expect(md).toContain('Required action');
    expect(md).toContain('http\\_req\\_duration\\{name\\:checkout\\}\\:p95');
  });

  it("shows each comparison's detectable change and its notes; n/a without one", () => {
    const seen = {
      ...comparison('a:p95', 50, 40, 'no-change'),
      detectable_change: 19.24,
      notes: ['blind to regressions below 19%'],
    };
    const none = { ...comparison('b:max', 50, 40, 'insufficient-data'), detectable_change: null };
    const md = renderGateSection(gateResult('optimization', 'fail', { comparisons: [seen, none] }), {
      job: 'perf',
    });
    expect(md).toContain('| Detectable |');
    expect(md).toMatch(/\| ±19\.2% \| no change \|/);
    expect(md).toContain('blind to regressions below 19%');
    expect(md).toMatch(/\| n\/a \| ❔ insufficient data \|/);
  });

  it('escapes hostile strings from input files everywhere', () => {
    const r = gateResult('baseline', 'fail', {
      title: HOSTILE,
      criteria: [criterion(HOSTILE, HOSTILE, 95, 'fail', HOSTILE, HOSTILE)],
      notes: [HOSTILE],
      comparisons: [comparison(HOSTILE, 1, 2, 'regression')],
    });
    const md = renderGateSection(r, { job: HOSTILE, runUrl: 'javascript:alert(1)' });
    // only our own verdict marker (base64url, first line) is an HTML comment
    const [marker, ...rest] = md.split('\n');
    expect(marker).toMatch(/^<!-- perf-gates:verdict [A-Za-z0-9_-]+ -->$/);
    expect(rest.join('\n')).not.toContain('<!--');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('javascript:alert(1))');
    expect(md).not.toMatch(/@(?!&#8203;)/);
    const body = mergeSection(undefined, 'baseline', 'perf', md);
    const sections = parseSections(body);
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatchObject({ gate: 'baseline', job: 'perf' });
    // the overview rendered from the marker escapes what the marker carries
    const overview = body.split('<!-- perf-gates:section')[0];
    expect(overview).not.toContain('<img');
    expect(overview).not.toMatch(/@(?!&#8203;)/);
    expect(overview.match(/<!--/g)).toHaveLength(1);
  });

  it('collapses long lists into <details>', () => {
    const criteria = Array.from({ length: 30 }, (_, i) =>
      criterion(`metric_${i}`, i, 10, i < 3 ? 'fail' : 'pass', 'x'),
    );
    const md = renderGateSection(gateResult('baseline', 'fail', { criteria }), { job: 'perf' });
    expect(md).toContain('<details><summary>All 30 criteria</summary>');
  });
});

describe('mergeSection', () => {
  const sec = (
    gate: 'baseline' | 'diagnostics' | 'optimization' | 'governance',
    job: string,
    verdict: 'pass' | 'fail' = 'pass',
  ) => renderGateSection(gateResult(gate, verdict), { job });

  it('keeps other sections, replaces its own, orders gates then jobs', () => {
    let body = mergeSection(undefined, 'governance', 'perf', sec('governance', 'perf'));
    body = mergeSection(body, 'baseline', 'shard-2', sec('baseline', 'shard-2'));
    body = mergeSection(body, 'custom', 'perf', 'custom section');
    body = mergeSection(body, 'baseline', 'shard-1', sec('baseline', 'shard-1', 'fail'));
    body = mergeSection(body, 'optimization', 'perf', sec('optimization', 'perf'));
    body = mergeSection(body, 'baseline', 'shard-1', sec('baseline', 'shard-1', 'pass'));
    expect(isPerfGatesComment(body)).toBe(true);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    const s = parseSections(body);
    expect(s.map((x) => `${x.gate}/${x.job}`)).toEqual([
      'baseline/shard-1',
      'baseline/shard-2',
      'optimization/perf',
      'governance/perf',
      'custom/perf',
    ]);
    expect(s[0].markdown).toContain('**pass**');
    expect(body.match(/perf-gates:section/g)).toHaveLength(5);
  });

  it('sanitises gate/job ids and neutralises markers smuggled into a section', () => {
    expect(sanitizeId('matrix (node 20, "eu")')).toBe('matrix-node-20-eu-');
    const body = mergeSection(
      undefined,
      'baseline',
      'a b',
      `text\n<!-- perf-gates:end -->\n<!-- perf-gates:section gate=x job=y -->`,
    );
    const s = parseSections(body);
    expect(s).toHaveLength(1);
    expect(s[0].job).toBe('a-b');
  });

  it('stays under 65,536 characters with huge sections, collapsing the largest first', () => {
    const huge = (gate: 'baseline' | 'diagnostics' | 'optimization' | 'governance', job: string) =>
      renderGateSection(
        gateResult(gate, 'fail', {
          criteria: Array.from({ length: 12 }, (_, i) =>
            criterion(`c${i} ${'x'.repeat(100)}`, i, 1, 'fail', 'y'.repeat(290)),
          ),
          notes: Array.from({ length: 50 }, (_, i) => `note ${i} ${'z'.repeat(390)}`),
          comparisons: Array.from({ length: 60 }, (_, i) =>
            comparison(`key_${i}_${'k'.repeat(150)}`, 10, 11, 'regression'),
          ),
        }),
        { job, runUrl: 'https://github.com/acme/orders/actions/runs/1' },
      );
    const one = huge('baseline', 'perf');
    expect(one.length).toBeGreaterThan(40_000);
    let body = '';
    for (const g of ['baseline', 'diagnostics', 'optimization', 'governance'] as const) {
      body = mergeSection(body || undefined, g, 'perf', huge(g, 'perf'));
      expect(body.length).toBeLessThan(COMMENT_LIMIT);
    }
    const s = parseSections(body);
    expect(s.map((x) => x.gate)).toEqual(['baseline', 'diagnostics', 'optimization', 'governance']);
    for (const x of s) expect(x.markdown.split('\n')[1]).toMatch(/^#### ❌ Gate \d\\: .*\*\*fail\*\*/);
    expect(body).toContain('Detail collapsed');
    expect(body).toContain('[workflow run](https://github.com/acme/orders/actions/runs/1)');

    // hundreds of matrix jobs: still under the limit, ours kept, the rest said to be omitted
    for (let i = 0; i < 400; i++)
      body = mergeSection(body, 'baseline', `shard-${i}`, huge('baseline', `shard-${i}`).slice(0, 3000));
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expect(parseSections(body).some((x) => x.job === 'shard-399')).toBe(true);
    expect(body).toMatch(/\d+ more sections? omitted/);
  });
});
