// runBundle: the runner's environment for a bundle (inputs with action.yml defaults, hyphens kept,
// event payload, file commands) and the GITHUB_OUTPUT heredoc format, checked on a probe bundle and
// on the real action.yml files.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  actionDefaults,
  buildRunnerEnv,
  FAKE_TOKEN,
  inputEnvName,
  parseGitHubOutput,
  pullRequestEvent,
  runBundle,
} from './harness/run-bundle.js';
import { HEAD_SHA, MERGE_SHA } from './harness/github-server.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

describe('runner environment', () => {
  it('names inputs as the runner does: upper case, spaces to _, hyphens kept', () => {
    expect(inputEnvName('baseline-k6')).toBe('INPUT_BASELINE-K6');
    expect(inputEnvName('fail on')).toBe('INPUT_FAIL_ON');
  });

  it('fills action.yml defaults, replaces ${{ github.token }}, lets inputs override', () => {
    const yml = `inputs:\n  token:\n    default: \${{ github.token }}\n  comment:\n    default: update\n  status:\n    default: true\n  baseline-k6:\n    required: false\n`;
    const d = actionDefaults(yml);
    expect(d).toEqual({ token: FAKE_TOKEN, comment: 'update', status: 'true', 'baseline-k6': '' });
    const env = buildRunnerEnv({
      inputs: { comment: 'off' },
      defaults: d,
      dir: '/tmp/x',
      eventPath: '/tmp/x/event.json',
      cwd: '/repo',
      base: { PATH: '/bin', INPUT_STALE: 'x', GITHUB_TOKEN: 'leak', HOME: '/root' },
      env: { GITHUB_API_URL: 'http://127.0.0.1:1' },
    });
    expect(env['INPUT_COMMENT']).toBe('off');
    expect(env['INPUT_TOKEN']).toBe(FAKE_TOKEN);
    expect(env['INPUT_BASELINE-K6']).toBe('');
    expect(env.INPUT_STALE).toBeUndefined();
    expect(env.GITHUB_TOKEN).toBeUndefined();
    expect(env.PATH).toBe('/bin');
    expect(env).toMatchObject({
      GITHUB_API_URL: 'http://127.0.0.1:1',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: '/tmp/x/event.json',
      GITHUB_SHA: MERGE_SHA,
      GITHUB_OUTPUT: '/tmp/x/output',
      GITHUB_STEP_SUMMARY: '/tmp/x/summary.md',
      RUNNER_TEMP: '/tmp/x',
      GITHUB_WORKSPACE: '/repo',
    });
    expect((pullRequestEvent() as { pull_request: { head: { sha: string } } }).pull_request.head.sha).toBe(
      HEAD_SHA,
    );
  });

  it('reads every declared input of the real action.yml files', () => {
    for (const entry of ['baseline', 'diagnostics', 'optimization', 'governance', 'publish']) {
      const p = path.join(ROOT, entry, 'action.yml');
      if (!existsSync(p)) continue; // written by the lead; checked when present
      const d = actionDefaults(readFileSync(p, 'utf8'));
      expect(Object.keys(d).length).toBeGreaterThan(0);
      if ('token' in d) expect(d.token).toBe(FAKE_TOKEN);
    }
  });

  it('parses GITHUB_OUTPUT heredocs and plain lines', () => {
    const text =
      'verdict<<ghadelimiter_1\nfail\nghadelimiter_1\nreport<<ghadelimiter_2\nline 1\nline=2\nghadelimiter_2\nscore=62.5\n';
    expect(parseGitHubOutput(text)).toEqual({ verdict: 'fail', report: 'line 1\nline=2', score: '62.5' });
    expect(() => parseGitHubOutput('x<<EOF\nno end')).toThrow(/no closing EOF/);
  });
});

describe('runBundle', () => {
  it('runs node dist/<entry>/index.js with the runner environment and collects outputs and summary', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'pg-probe-'));
    mkdirSync(path.join(cwd, 'probe'));
    mkdirSync(path.join(cwd, 'dist', 'probe'), { recursive: true });
    writeFileSync(
      path.join(cwd, 'probe', 'action.yml'),
      'name: probe\ninputs:\n  token:\n    default: ${{ github.token }}\n  fail-on:\n    default: fail,error\n  baseline-k6:\n    default: ""\nruns:\n  using: node24\n  main: ../dist/probe/index.js\n',
    );
    // a probe bundle: reports what a real step would see, through the runner's file commands
    writeFileSync(
      path.join(cwd, 'dist', 'probe', 'index.js'),
      `const fs = require('fs');
const ev = JSON.parse(fs.readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
const seen = { token: process.env.INPUT_TOKEN, failOn: process.env['INPUT_FAIL-ON'], k6: process.env['INPUT_BASELINE-K6'],
  head: ev.pull_request.head.sha, sha: process.env.GITHUB_SHA, api: process.env.GITHUB_API_URL, results: process.env.ACTIONS_RESULTS_URL };
fs.appendFileSync(process.env.GITHUB_OUTPUT, 'seen<<ghadelimiter_x\\n' + JSON.stringify(seen) + '\\nghadelimiter_x\\nverdict=fail\\n');
fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, '### probe summary\\n');
fetch(process.env.GITHUB_API_URL + '/repos/acme/orders/actions/runs/1/approvals', { headers: { authorization: 'token ' + process.env.INPUT_TOKEN } })
  .then((r) => { console.log('approvals status', r.status); process.exitCode = 1; });
`,
    );
    const res = await runBundle('probe', { inputs: { 'baseline-k6': 'base/*' }, cwd });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('approvals status 200');
    expect(res.summary).toBe('### probe summary\n');
    expect(res.outputs.verdict).toBe('fail');
    const seen = JSON.parse(res.outputs.seen);
    expect(seen).toMatchObject({
      token: FAKE_TOKEN,
      failOn: 'fail,error',
      k6: 'base/*',
      head: HEAD_SHA,
      sha: MERGE_SHA,
    });
    expect(seen.head).not.toBe(seen.sha);
    expect(seen.api).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(seen.results).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });
});
