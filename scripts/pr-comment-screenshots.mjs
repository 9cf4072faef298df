/* global document */
// Pictures of what a reviewer sees: renders the golden PR comments and job summaries
// (__tests__/golden/*.md, written by __tests__/report-golden.test.ts) as GitHub-flavoured Markdown
// with Mermaid charts, in Debian's chromium driven by playwright-core, and saves PNG screenshots
// into docs/images/ for docs/pr-comment.md. An approximation of GitHub's rendering (its CSS is
// imitated, not copied); not run in CI.
//
//   apt-get install -y chromium     # once
//   node scripts/pr-comment-screenshots.mjs [--chromium /usr/bin/chromium]
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLDEN = path.join(ROOT, '__tests__', 'golden');
const OUT = path.join(ROOT, 'docs', 'images');
const argAt = process.argv.indexOf('--chromium');
const executablePath = argAt > 0 ? process.argv[argAt + 1] : process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** [golden file, picture, open every <details>?] */
const SHOTS = [
  ['regression.comment.md', 'pr-comment-regression.png', false],
  ['regression.comment.md', 'pr-comment-regression-expanded.png', true],
  ['regression.summary.md', 'job-summary-regression.png', false],
  ['pass.comment.md', 'pr-comment-pass.png', false],
  ['fork.comment.md', 'pr-comment-fork.png', false],
  ['matrix.comment.md', 'pr-comment-matrix.png', false],
];

const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
const fence = md.renderer.rules.fence;
md.renderer.rules.fence = (tokens, idx, options, env, self) => {
  const t = tokens[idx];
  if (t.info.trim() === 'mermaid') return `<pre class="mermaid">${md.utils.escapeHtml(t.content)}</pre>\n`;
  return fence(tokens, idx, options, env, self);
};

const CSS = `
body { margin: 0; background: #ffffff; }
.frame { width: 880px; margin: 16px; border: 1px solid #d0d7de; border-radius: 6px; }
.head { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; font: 14px -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #59636e; }
.head b { color: #1f2328; }
.markdown-body { padding: 16px; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; word-wrap: break-word; }
.markdown-body h4 { font-size: 16px; margin: 24px 0 8px; }
.markdown-body p { margin: 0 0 12px; }
.markdown-body code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: rgba(129,139,152,0.12); border-radius: 6px; padding: 0.2em 0.4em; }
.markdown-body table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; margin: 0 0 12px; }
.markdown-body th, .markdown-body td { border: 1px solid #d0d7de; padding: 6px 13px; }
.markdown-body th { font-weight: 600; background: #f6f8fa; }
.markdown-body tr:nth-child(2n) td { background: #f6f8fa; }
.markdown-body details { margin: 0 0 12px; }
.markdown-body summary { cursor: pointer; }
.markdown-body sub { color: #59636e; }
.markdown-body ul, .markdown-body ol { padding-left: 2em; margin: 0 0 12px; }
.markdown-body pre.mermaid { background: #ffffff; text-align: center; }
`;

function page(markdown, title) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style>
</head>
<body><div class="frame"><div class="head">${title === 'PR comment' ? '<b>github-actions</b> bot commented' : '<b>perf-gates</b> summary of the job'}</div>
<div class="markdown-body">${md.render(markdown)}</div></div></body></html>`;
}

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const ctx = await browser.newContext({ viewport: { width: 920, height: 800 }, deviceScaleFactor: 1 });
  const tab = await ctx.newPage();
  for (const [file, png, expand] of SHOTS) {
    const markdown = readFileSync(path.join(GOLDEN, file), 'utf8');
    const title = file.includes('summary') ? 'job summary' : 'PR comment';
    await tab.setContent(page(markdown, title), { waitUntil: 'load' });
    await tab.addScriptTag({ path: path.join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js') });
    if (expand)
      await tab.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    // Mermaid draws the charts that are visible (GitHub draws them when a <details> opens)
    await tab.evaluate(async () => {
      const m = globalThis.mermaid;
      m.initialize({ startOnLoad: false, theme: 'default' });
      const nodes = [...document.querySelectorAll('pre.mermaid')].filter((n) => n.offsetParent !== null);
      if (nodes.length) await m.run({ nodes });
    });
    const frame = await tab.$('.frame');
    await frame.screenshot({ path: path.join(OUT, png) });
    console.log(`docs/images/${png}  (${file}${expand ? ', details open' : ''})`);
  }
} finally {
  await browser.close();
}
