// Charts of a comparing gate's changed keys: Mermaid xychart-beta for the job summary and comment,
// SVG files for the artifact (written without a browser). Real gate 3 results from the fixtures,
// and hostile key names.
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { chartArtifacts, chartSpecs, mermaidChart, renderChartsMarkdown } from '../src/report/charts.js';
import { escapeInline } from '../src/report/markdown.js';
import { comparison, gateResult } from './harness/results.js';
import { optimizationPass, optimizationRegression } from './harness/scenarios.js';

describe('charts of the changed keys', () => {
  it('gate 3 regression: latency keys at their percentiles, benchmarks with their range', () => {
    const { charts, notCharted } = chartSpecs(optimizationRegression().result);
    expect(charts.map((c) => c.key)).toEqual([
      'test_benchmarks.py::test_invoice_totals:median',
      'http_req_duration',
      'http_req_duration{name:products}',
      'test_benchmarks.py::test_parse_orders:median',
    ]);
    expect(notCharted).toEqual([]);
    const latency = charts.find((c) => c.key === 'http_req_duration{name:products}')!;
    expect(latency.categories).toEqual(['p50', 'p95', 'p99']);
    expect(latency.unit).toBe('ms');
    expect(latency.baseline.map((v) => Math.round(v * 10) / 10)).toEqual([26.2, 38.3, 48.4]);
    expect(latency.candidate.map((v) => Math.round(v * 10) / 10)).toEqual([37.2, 54, 68.2]);
    const invoice = charts[0];
    expect(invoice.unit).toBe('us');
    expect(invoice.categories).toEqual(['baseline', 'candidate', 'range low', 'range high']);
    expect(mermaidChart(latency)).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '    title "http_req_duration{name:products}: baseline (bars) vs candidate (line)"',
        '    x-axis ["p50", "p95", "p99"]',
        '    y-axis "ms" 0 --> 75',
        '    bar [26.2, 38.3, 48.4]',
        '    line [37.2, 54, 68.2]',
        '```',
      ].join('\n'),
    );
  });

  it('a pass has charts too (improvements are changes)', () => {
    expect(chartSpecs(optimizationPass().result).charts.length).toBeGreaterThan(0);
  });

  it('at most six charts, the other changed keys listed by name', () => {
    const r = gateResult('optimization', 'fail', {
      comparisons: Array.from({ length: 9 }, (_, i) =>
        comparison(`bench_${i}:median`, 10, 12 + i, 'regression'),
      ),
    });
    const { charts, notCharted } = chartSpecs(r);
    expect(charts).toHaveLength(6);
    expect(notCharted).toHaveLength(3);
    const md = renderChartsMarkdown(r, (s) => escapeInline(s)).markdown;
    expect(md.match(/```mermaid/g)).toHaveLength(6);
    expect(md).toContain('Also changed, not charted:');
  });

  it('SVG files: valid XML, one per chart, hostile key names escaped, no script', () => {
    const files = chartArtifacts(optimizationRegression().result);
    expect(files.map((f) => f.name)).toEqual([
      'chart-1-test_benchmarks.py-test_invoice_totals-median.svg',
      'chart-2-http_req_duration.svg',
      'chart-3-http_req_duration-name-products.svg',
      'chart-4-test_benchmarks.py-test_parse_orders-median.svg',
    ]);
    for (const f of files) {
      expect(XMLValidator.validate(f.content), f.name).toBe(true);
      expect(f.content).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
    const hostile = gateResult('optimization', 'fail', {
      comparisons: [comparison('<script>alert("x")</script>&"\'`:p95', 10, 20, 'regression')],
    });
    const [svg] = chartArtifacts(hostile);
    expect(svg.name).toMatch(/^chart-1-[A-Za-z0-9._-]+\.svg$/);
    expect(XMLValidator.validate(svg.content)).toBe(true);
    expect(svg.content).not.toContain('<script');
    const mermaid = mermaidChart(chartSpecs(hostile).charts[0]);
    const title = /^ {4}title "(.*)"$/m.exec(mermaid)?.[1];
    expect(title).toBe('script alert( x ) /script : baseline (bars) vs candidate (line)');
    expect(mermaid).not.toContain('<script');
  });
});
