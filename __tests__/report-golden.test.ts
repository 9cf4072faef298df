// Rendered checks, as a reviewer would see them (issue 14): golden files of the PR comment, the job
// summary and the governance report for the fixture scenarios (pass, regression, fork, matrix legs),
// each rendered with a GFM renderer (markdown-it: CommonMark + tables, raw HTML passed through as
// GitHub does before its sanitiser) and checked for structure.
//
// UPDATE_GOLDEN=1 npx vitest run __tests__/report-golden.test.ts rewrites the golden files; review
// the diff (and rerun scripts/pr-comment-screenshots.mjs for docs/pr-comment.md) before committing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT } from '../src/report/comment.js';
import { goldens } from './harness/golden.js';

const DIR = path.join(import.meta.dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const ALL = goldens();
const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

/** Raw HTML GitHub keeps in a comment that we may write: these tags, and comments. */
const ALLOWED = new Set(['details', 'summary', 'sub', 'code', 'br']);

function flat(tokens: Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...(t.children ? flat(t.children) : [])]);
}

function decode(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/** Lines outside fenced code blocks. */
function proseLines(src: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of src.split('\n')) {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (!fenced) out.push(line);
  }
  return out;
}

/** Cells of a table row: split on pipes that are not backslash-escaped. */
function cellCount(row: string): number {
  return row.trim().replace(/\\\|/g, '').split('|').length - 2;
}

interface Rendered {
  html: string;
  tokens: Token[];
}

function render(src: string): Rendered {
  const tokens = md.parse(src, {});
  return { html: md.renderer.render(tokens, md.options, {}), tokens };
}

function checkStructure(name: string, src: string, { verdictFirst }: { verdictFirst: boolean }) {
  const { html, tokens } = render(src);
  const all = flat(tokens);

  if (verdictFirst) {
    // the first block a reader sees (after the hidden marker) is the verdict line
    const firstBlock = tokens.find((t) => t.type !== 'html_block' || !/^<!--[\s\S]*-->\s*$/.test(t.content));
    expect(firstBlock?.type, name).toBe('paragraph_open');
    const inline = tokens[tokens.indexOf(firstBlock!) + 1];
    expect(decode(md.renderer.render([inline], md.options, {})), name).toMatch(
      /^(✅|⚠️|❌|❔|💥) perf-gates: /,
    );
  }

  // no literal backslash escapes anywhere in what a reader sees
  const visible = decode(html.replace(/<pre>[\s\S]*?<\/pre>/g, ''));
  expect(visible.match(/\\[!-/:-@[-`{-~]/g) ?? [], name).toEqual([]);

  // raw HTML: only details, summary, sub, code, br and comments
  for (const t of all.filter((x) => x.type === 'html_block' || x.type === 'html_inline')) {
    const text = t.content.replace(/<!--[\s\S]*?-->/g, '');
    for (const m of text.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g))
      expect(ALLOWED.has(m[1].toLowerCase()), `${name}: raw <${m[1]}> in ${t.content.slice(0, 80)}`).toBe(
        true,
      );
  }

  // every table well formed: a header, a delimiter row, the same number of cells in each row, and
  // the renderer made a table of it
  const groups: string[][] = [];
  let cur: string[] | undefined;
  for (const line of proseLines(src)) {
    if (line.startsWith('|')) {
      if (!cur) groups.push((cur = []));
      cur.push(line);
    } else cur = undefined;
  }
  for (const g of groups) {
    expect(g.length, `${name}: table without rows: ${g[0]}`).toBeGreaterThanOrEqual(2);
    expect(g[1], name).toMatch(/^\|( *:?-+:? *\|)+$/);
    const n = cellCount(g[0]);
    for (const row of g) expect(cellCount(row), `${name}: ${row.slice(0, 120)}`).toBe(n);
  }
  expect(all.filter((t) => t.type === 'table_open').length, name).toBe(groups.length);
  return { html, tokens };
}

describe('golden files: comment, job summary and report of each scenario', () => {
  if (UPDATE) mkdirSync(DIR, { recursive: true });
  for (const g of ALL) {
    for (const kind of ['comment', 'summary', 'report'] as const) {
      it(`${g.name}: ${kind} matches __tests__/golden/${g.name}.${kind}.md`, () => {
        const file = path.join(DIR, `${g.name}.${kind}.md`);
        if (UPDATE) writeFileSync(file, g[kind]);
        expect(existsSync(file), `${file} missing: run with UPDATE_GOLDEN=1`).toBe(true);
        expect(g[kind]).toBe(readFileSync(file, 'utf8'));
      });
    }
  }
});

describe('GFM render of every golden file', () => {
  for (const g of ALL) {
    it(`${g.name}: the comment renders with the verdict line first, within GitHub's limit`, () => {
      checkStructure(`${g.name}.comment`, g.comment, { verdictFirst: true });
      expect(g.comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    });
    it(`${g.name}: the job summary renders with the verdict line first`, () => {
      checkStructure(`${g.name}.summary`, g.summary, { verdictFirst: true });
    });
    it(`${g.name}: the report renders`, () => {
      checkStructure(`${g.name}.report`, g.report, { verdictFirst: false });
    });
  }
});

describe('what the issue asks of them', () => {
  const byName = Object.fromEntries(ALL.map((g) => [g.name, g]));

  it('a failing gate 3: the comment starts with the verdict line naming the worst key with a % range, and lists only changed keys', () => {
    const c = byName.regression.comment;
    const lines = c.split('\n');
    expect(lines[0]).toBe('<!-- perf-gates:comment -->');
    expect(lines[1]).toBe(
      '❌ **perf-gates: 7 regressions** - <code>http\\_req\\_duration\\{name\\:products\\}\\:p95</code> \\+41% \\(\\+18\\.1% to \\+67\\.7%\\) - gate 3 failed, gate 4 blocked by it',
    );
    // the keys outside <details> are the ones that changed (or lack data); the unchanged are collapsed
    const section = c.slice(c.indexOf('<!-- perf-gates:section gate=optimization'));
    const open = section.slice(0, section.indexOf('<details>'));
    const keyRows = open.split('\n').filter((l) => l.startsWith('| <code>'));
    expect(keyRows.length).toBe(7);
    for (const r of keyRows) expect(r).toMatch(/❌ regression|❔ insufficient data/);
    expect(open).not.toContain('no change');
    expect(section).toMatch(/<details><summary>12 keys with no change<\/summary>/);
  });

  it('the job summary of a comparing gate has a mermaid chart where a key changed, not collapsed', () => {
    for (const name of ['pass', 'regression', 'matrix']) {
      const s = byName[name].summary;
      expect(s, name).toMatch(/^```mermaid\nxychart-beta\n/m);
      const first = s.indexOf('```mermaid');
      const before = s.slice(0, first);
      expect(before.lastIndexOf('<details'), name).toBeLessThanOrEqual(before.lastIndexOf('</details>'));
    }
    // the comment has the same charts, collapsed
    expect(byName.regression.comment).toMatch(
      /<details><summary>Charts of the changed keys \(4\)<\/summary>/,
    );
  });

  it('benchmark figures show us/ms, never "0 s"', () => {
    for (const g of ALL) {
      for (const text of [g.comment, g.summary, g.report]) {
        expect(text).not.toMatch(/(^|[^\d.])0 s\b/);
        expect(text).not.toMatch(/\b0 -> 0\b/);
      }
    }
    expect(byName.regression.comment).toContain(
      '| 101 us | 172 us | +70.2% (+54.4% to +87.5%) | ±10.2% | ❌ regression |',
    );
  });

  it('matrix legs: one line over both legs, one row per job', () => {
    const c = byName.matrix.comment;
    expect(c.split('\n')[1]).toMatch(/ - gate 3 failed \(1 of 2 jobs\), gate 4 blocked by it$/);
    expect(c).toMatch(/\| Gate 3\\: Optimization Validation \| <code>perf\\-eu<\/code> \| ✅ pass \|/);
    expect(c).toMatch(/\| Gate 3\\: Optimization Validation \| <code>perf\\-us<\/code> \| ❌ fail \|/);
  });
});

describe('the render checks catch what reviewers saw wrong', () => {
  const ok = '<!-- perf-gates:comment -->\n❌ **perf-gates: failed** - gate 3 failed\n';
  it('a backslash escape inside <summary> (GitHub shows it)', () => {
    const bad = `${ok}\n<details><summary>Gate failure: Gate 3\\: Optimization Validation</summary>\n\nx\n\n</details>\n`;
    expect(() => checkStructure('bad', bad, { verdictFirst: true })).toThrow();
  });
  it('a heading before the verdict line', () => {
    expect(() =>
      checkStructure('bad', '<!-- perf-gates:comment -->\n### Performance gates\n', { verdictFirst: true }),
    ).toThrow();
  });
  it('raw HTML other than details, summary, sub, code, br', () => {
    expect(() => checkStructure('bad', `${ok}\n<img src=x>\n`, { verdictFirst: true })).toThrow();
  });
  it('a table row with a cell too many', () => {
    expect(() =>
      checkStructure('bad', `${ok}\n| a | b |\n| --- | --- |\n| 1 | 2 | 3 |\n`, { verdictFirst: true }),
    ).toThrow();
  });
  it('and passes a well-formed comment', () => {
    expect(() =>
      checkStructure('good', `${ok}\n| a | b |\n| --- | --- |\n| 1 | <code>x\\|y</code> |\n`, {
        verdictFirst: true,
      }),
    ).not.toThrow();
  });
});
