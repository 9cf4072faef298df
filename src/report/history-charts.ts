// Pictures of a comparison against main's history (issue 16, item 4): for each gated key that
// changed or has a change point, main's last runs with the candidate's value as the last point.
// A Mermaid `xychart-beta` per key for the job summary and the PR comment (at most 6, the rest
// listed) and the same series as SVG files for the report artifact (drawn here, no browser). Pure.
import type { HistorySeriesChart } from '../model.js';
import { scaleFor, sig3 } from '../stats/format.js';
import { axisTop, MAX_CHARTS, mermaidNumber, mermaidText, xml } from './charts.js';

const HIST_COLOR = '#8c959f';
const CAND_COLOR = '#0969da';

function scaled(c: HistorySeriesChart): { values: number[]; unit: string } {
  const s = scaleFor(c.values, c.unit);
  return { values: c.values.map((v) => v * s.factor), unit: s.unit };
}

export function historyMermaid(c: HistorySeriesChart): string {
  const { values, unit } = scaled(c);
  // the PR's point as a bar over the line, so the last point stands out
  const pr = values.map((v, i) => (i === values.length - 1 ? v : 0));
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidText(`${c.key}: main's last runs, this change last`)}"`,
    `    x-axis [${c.labels.map((x) => `"${mermaidText(x, 12)}"`).join(', ')}]`,
    `    y-axis "${mermaidText(unit || 'value', 20)}" 0 --> ${mermaidNumber(axisTop(values))}`,
    `    bar [${pr.map(mermaidNumber).join(', ')}]`,
    `    line [${values.map(mermaidNumber).join(', ')}]`,
    '```',
  ].join('\n');
}

export function historySvg(c: HistorySeriesChart): string {
  const { values, unit } = scaled(c);
  const [W, H, left, right, top, bottom] = [640, 360, 70, 20, 50, 70];
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const maxV = axisTop(values);
  const n = Math.max(1, values.length);
  const x = (i: number) => left + (plotW * (i + 0.5)) / n;
  const y = (v: number) => top + plotH - (Math.max(0, v) / maxV) * plotH;
  const title = `${c.key}: main's last runs, this change last`;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<title>${xml(title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${W / 2}" y="24" text-anchor="middle" font-size="14" font-weight="bold">${xml(title.slice(0, 90))}</text>`,
  ];
  for (let i = 0; i <= 4; i++) {
    const v = (maxV * i) / 4;
    out.push(
      `<line x1="${left}" y1="${y(v).toFixed(1)}" x2="${W - right}" y2="${y(v).toFixed(1)}" stroke="#d0d7de"/>`,
      `<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${xml(sig3(v))}</text>`,
    );
  }
  out.push(
    `<text x="16" y="${top + plotH / 2}" transform="rotate(-90 16 ${top + plotH / 2})" text-anchor="middle">${xml(unit || 'value')}</text>`,
    `<polyline fill="none" stroke="${HIST_COLOR}" stroke-width="2" points="${values
      .slice(0, -1)
      .map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`)
      .join(' ')}"/>`,
  );
  values.forEach((v, i) => {
    const last = i === values.length - 1;
    out.push(
      `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="${last ? 6 : 3}" fill="${last ? CAND_COLOR : HIST_COLOR}"/>`,
      `<text x="${x(i).toFixed(1)}" y="${top + plotH + 18}" text-anchor="middle" font-size="10">${xml(c.labels[i] ?? '')}</text>`,
    );
  });
  out.push(`<text x="${left}" y="${H - 18}">${xml(c.caption.slice(0, 95))}</text>`, '</svg>');
  return out.join('\n') + '\n';
}

/** The Markdown of the history charts (the first `max`; the rest listed by key). */
export function renderHistoryChartsMarkdown(
  series: readonly HistorySeriesChart[],
  escape: (s: string) => string,
  max = MAX_CHARTS,
): { markdown: string; count: number } {
  const shown = series.slice(0, max);
  if (!shown.length) return { markdown: '', count: 0 };
  const parts: string[] = [];
  for (const c of shown) parts.push(historyMermaid(c), '', `<sub>${escape(c.caption)}</sub>`, '');
  const rest = series.slice(max);
  if (rest.length)
    parts.push(`Also changed, not charted: ${rest.map((c) => `<code>${escape(c.key)}</code>`).join(', ')}.`);
  return { markdown: parts.join('\n').trim(), count: shown.length };
}

/** Every series as an SVG file for the report artifact: history-<n>-<key>.svg. */
export function historyChartArtifacts(
  series: readonly HistorySeriesChart[],
): { name: string; content: string }[] {
  return series.map((c, i) => {
    const slug = c.key
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80);
    return { name: `history-${i + 1}-${slug || 'key'}.svg`, content: historySvg(c) };
  });
}
