// Pictures of a comparing gate's changed keys: Mermaid `xychart-beta` blocks for the job summary and
// the PR comment, and the same charts as standalone SVG files for the report artifact (drawn here,
// no browser). Pure. Every key name comes from input files: Mermaid text keeps only characters its
// lexer takes inside a quoted string; SVG text is XML-escaped.
import type { Comparison, GateResult } from '../model.js';
import { formatChange, scaleFor, sig3 } from '../stats/format.js';

export const MAX_CHARTS = 6;

const PERCENTILES = ['p50', 'p90', 'p95', 'p99'] as const;
const CHANGED = new Set(['regression', 'improvement', 'improvement-confirmed']);

export interface ChartSpec {
  /** the key (latency: the metric with its tags, without the statistic) */
  key: string;
  title: string;
  unit: string;
  categories: string[];
  /** bars */
  baseline: number[];
  /** line (latency) or bars (single values) */
  candidate: number[];
  kind: 'latency' | 'value';
  /** one line under the chart */
  caption: string;
}

function splitKey(key: string): { base: string; stat: string } {
  const i = key.lastIndexOf(':');
  return i <= 0 ? { base: key, stat: '' } : { base: key.slice(0, i), stat: key.slice(i + 1) };
}

function finite(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** A latency key: a k6 time trend (unit ms) at a percentile. Benchmarks (unit s) are single values. */
function isLatency(c: Comparison): boolean {
  const { stat } = splitKey(c.key);
  return c.unit === 'ms' && (/^p\d+(\.\d+)?$/.test(stat) || stat === 'med');
}

/**
 * The charts of a result's changed keys (regression or improvement), worst first: a latency key
 * gets baseline vs candidate at p50/p90/p95/p99 (those the comparison has), any other key its two
 * values with the candidate's range. At most `max`; the keys not charted are returned by name.
 */
export function chartSpecs(
  result: GateResult,
  max = MAX_CHARTS,
): { charts: ChartSpec[]; notCharted: string[] } {
  const all = Array.isArray(result.comparisons) ? result.comparisons : [];
  const changed = all
    .filter((c) => CHANGED.has(c.verdict) && finite(c.baseline) && finite(c.candidate) && finite(c.ratio))
    .sort(
      (a, b) =>
        Number(b.verdict === 'regression') - Number(a.verdict === 'regression') ||
        Math.abs(Math.log(b.ratio as number)) - Math.abs(Math.log(a.ratio as number)),
    );
  const charts: ChartSpec[] = [];
  const notCharted: string[] = [];
  const seen = new Set<string>();
  for (const c of changed) {
    const latency = isLatency(c);
    const id = latency ? splitKey(c.key).base : c.key;
    if (seen.has(id)) continue;
    seen.add(id);
    if (charts.length >= max) {
      notCharted.push(c.key);
      continue;
    }
    if (latency) {
      const base = splitKey(c.key).base;
      const at = (p: string) =>
        all.find((x) => {
          const k = splitKey(x.key);
          return k.base === base && (k.stat === p || (p === 'p50' && k.stat === 'med'));
        });
      const cats: string[] = [];
      const b: number[] = [];
      const o: number[] = [];
      for (const p of PERCENTILES) {
        const x = at(p);
        if (x && finite(x.baseline) && finite(x.candidate)) {
          cats.push(p);
          b.push(x.baseline);
          o.push(x.candidate);
        }
      }
      const scale = scaleFor([...b, ...o], c.unit);
      charts.push({
        key: base,
        title: `${base}: baseline (bars) vs candidate (line)`,
        unit: scale.unit,
        categories: cats,
        baseline: b.map((v) => v * scale.factor),
        candidate: o.map((v) => v * scale.factor),
        kind: 'latency',
        caption: `${c.key}: ${formatChange(c.ratio, c.lower, c.upper)} (${c.verdict})`,
      });
    } else {
      const lo = finite(c.lower) ? (c.baseline as number) * c.lower : null;
      const hi = finite(c.upper) ? (c.baseline as number) * c.upper : null;
      const values = [c.baseline as number, c.candidate as number];
      const cats = ['baseline', 'candidate'];
      if (lo !== null && hi !== null) {
        cats.push('range low', 'range high');
        values.push(lo, hi);
      }
      const scale = scaleFor(values, c.unit);
      const scaled = values.map((v) => v * scale.factor);
      charts.push({
        key: c.key,
        title: `${c.key}: baseline vs candidate`,
        unit: scale.unit,
        categories: cats,
        baseline: scaled,
        candidate: [],
        kind: 'value',
        caption: `${c.key}: ${formatChange(c.ratio, c.lower, c.upper)} (${c.verdict}); the range is the candidate's 95% interval`,
      });
    }
  }
  return { charts, notCharted };
}

/** Mermaid text: only characters xychart-beta's lexer takes inside a quoted string. */
export function mermaidText(s: string, max = 90): string {
  return (
    s
      .replace(/[^A-Za-z0-9 _:{}=,./()[\]-]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, max) || 'key'
  );
}

/** A number in xychart-beta's grammar: plain digits, never an exponent. */
export function mermaidNumber(v: number): string {
  const s = sig3(v);
  return /e/i.test(s) || !Number.isFinite(v) ? '0' : s;
}

export function axisTop(values: number[]): number {
  const max = Math.max(0, ...values.filter(Number.isFinite)) * 1.1;
  if (max <= 0) return 1;
  const step = Math.pow(10, Math.floor(Math.log10(max)) - 1);
  return Math.ceil(max / step) * step;
}

export function mermaidChart(c: ChartSpec): string {
  const top = axisTop([...c.baseline, ...c.candidate]);
  const lines = [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidText(c.title)}"`,
    `    x-axis [${c.categories.map((x) => `"${mermaidText(x, 20)}"`).join(', ')}]`,
    `    y-axis "${mermaidText(c.unit || 'value', 20)}" 0 --> ${mermaidNumber(top)}`,
    `    bar [${c.baseline.map(mermaidNumber).join(', ')}]`,
  ];
  if (c.candidate.length) lines.push(`    line [${c.candidate.map(mermaidNumber).join(', ')}]`);
  lines.push('```');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// SVG (the report artifact): grouped bars, drawn without a browser.

export function xml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const BASE_COLOR = '#8c959f';
const CAND_COLOR = '#0969da';

export function svgChart(c: ChartSpec): string {
  const W = 640;
  const H = 360;
  const left = 70;
  const right = 20;
  const top = 50;
  const bottom = 60;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const maxV = axisTop([...c.baseline, ...c.candidate]);
  const y = (v: number) => top + plotH - (Math.max(0, v) / maxV) * plotH;
  const n = c.categories.length || 1;
  const slot = plotW / n;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<title>${xml(c.title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${W / 2}" y="24" text-anchor="middle" font-size="14" font-weight="bold">${xml(c.title.slice(0, 90))}</text>`,
  ];
  for (let i = 0; i <= 4; i++) {
    const v = (maxV * i) / 4;
    const yy = y(v);
    out.push(
      `<line x1="${left}" y1="${yy.toFixed(1)}" x2="${W - right}" y2="${yy.toFixed(1)}" stroke="#d0d7de"/>`,
      `<text x="${left - 6}" y="${(yy + 4).toFixed(1)}" text-anchor="end">${xml(sig3(v))}</text>`,
    );
  }
  out.push(
    `<text x="16" y="${top + plotH / 2}" transform="rotate(-90 16 ${top + plotH / 2})" text-anchor="middle">${xml(c.unit || 'value')}</text>`,
  );
  const pairs = c.kind === 'latency';
  c.categories.forEach((cat, i) => {
    const x0 = left + i * slot;
    const barW = pairs ? slot * 0.35 : slot * 0.6;
    const bars: [number, string][] = pairs
      ? [
          [c.baseline[i], BASE_COLOR],
          [c.candidate[i], CAND_COLOR],
        ]
      : [[c.baseline[i], i === 0 ? BASE_COLOR : CAND_COLOR]];
    bars.forEach(([v, color], j) => {
      const x = pairs ? x0 + slot * 0.15 + j * barW : x0 + slot * 0.2;
      const yy = y(v);
      out.push(
        `<rect x="${x.toFixed(1)}" y="${yy.toFixed(1)}" width="${barW.toFixed(1)}" height="${(top + plotH - yy).toFixed(1)}" fill="${color}"/>`,
        `<text x="${(x + barW / 2).toFixed(1)}" y="${(yy - 4).toFixed(1)}" text-anchor="middle">${xml(sig3(v))}</text>`,
      );
    });
    out.push(
      `<text x="${(x0 + slot / 2).toFixed(1)}" y="${top + plotH + 18}" text-anchor="middle">${xml(cat)}</text>`,
    );
  });
  const legendY = H - 18;
  out.push(
    `<rect x="${left}" y="${legendY - 10}" width="12" height="12" fill="${BASE_COLOR}"/>`,
    `<text x="${left + 18}" y="${legendY}">baseline</text>`,
    `<rect x="${left + 90}" y="${legendY - 10}" width="12" height="12" fill="${CAND_COLOR}"/>`,
    `<text x="${left + 108}" y="${legendY}">candidate</text>`,
    `<text x="${W - right}" y="${legendY}" text-anchor="end">${xml(c.caption.slice(0, 70))}</text>`,
    '</svg>',
  );
  return out.join('\n') + '\n';
}

/** A file name for a chart: `chart-<n>-<key as [A-Za-z0-9._-]>.svg`, at most 100 characters. */
export function svgFileName(index: number, c: ChartSpec): string {
  const slug = c.key
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `chart-${index + 1}-${slug || 'key'}.svg`;
}

/** The charts section in Markdown: the Mermaid blocks, each with its caption, and the rest listed. */
export function renderChartsMarkdown(
  result: GateResult,
  escape: (s: string) => string,
  max = MAX_CHARTS,
): { markdown: string; count: number } {
  const { charts, notCharted } = chartSpecs(result, max);
  if (!charts.length) return { markdown: '', count: 0 };
  const parts: string[] = [];
  for (const c of charts) parts.push(mermaidChart(c), '', `<sub>${escape(c.caption)}</sub>`, '');
  if (notCharted.length)
    parts.push(
      `Also changed, not charted: ${notCharted
        .slice(0, 20)
        .map((k) => `<code>${escape(k)}</code>`)
        .join(', ')}${notCharted.length > 20 ? ` and ${notCharted.length - 20} more` : ''}.`,
    );
  return { markdown: parts.join('\n').trim(), count: charts.length };
}

/**
 * The charts of a comparing gate as SVG files for its artifact (the same charts as the job
 * summary's Mermaid blocks, drawn here without a browser).
 */
export function chartArtifacts(result: GateResult, max = MAX_CHARTS): { name: string; content: string }[] {
  return chartSpecs(result, max).charts.map((c, i) => ({ name: svgFileName(i, c), content: svgChart(c) }));
}
