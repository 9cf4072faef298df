// The trust boundary's pure parts: which runs are trusted, and whether a verdict follows from its
// own criteria (issue 11). The end-to-end behaviour against the local GitHub is in github-publish.test.ts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verdictContradictions } from '../src/gates/verdict-check.js';
import { getGitHubContext } from '../src/io/github.js';
import { triggeringRunTrust } from '../src/run/publish.js';
import { comparison, criterion, gateResult } from './harness/results.js';

function ctxFor(eventName: string, payload: unknown) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-trust-'));
  writeFileSync(path.join(dir, 'event.json'), JSON.stringify(payload));
  return getGitHubContext({
    GITHUB_REPOSITORY: 'acme/orders',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
  });
}

const prPayload = (headRepo: string) => ({
  pull_request: {
    number: 7,
    head: { sha: 'a'.repeat(40), repo: { full_name: headRepo } },
    base: { repo: { full_name: 'acme/orders' } },
  },
  repository: { full_name: 'acme/orders' },
});

describe('verdictContradictions', () => {
  it('accepts what the gates produce and names a verdict that is not the roll-up of its criteria', () => {
    expect(verdictContradictions(gateResult('optimization', 'pass'))).toEqual([]);
    expect(verdictContradictions(gateResult('baseline', 'fail'))).toEqual([]);
    const forged = { ...gateResult('baseline', 'fail'), verdict: 'pass' as const };
    expect(verdictContradictions(forged)).toEqual(['verdict pass, but its criteria roll up to fail']);
    expect(verdictContradictions({ ...gateResult('baseline', 'pass'), criteria: [] })[0]).toMatch(
      /verdict pass with no criteria/,
    );
  });

  it('names a pass criterion whose own numbers break its threshold, and hidden regressions', () => {
    const c = { ...criterion('p95 improvement', 3.1, 10, 'pass', 'faster', '%'), operator: '>=' as const };
    expect(verdictContradictions(gateResult('optimization', 'pass', { criteria: [c] }))).toEqual([
      'criterion "p95 improvement" says pass, but 3.1 >= 10 is false',
    ]);
    const hidden = gateResult('optimization', 'pass', {
      comparisons: [comparison('http_req_duration', 100, 130, 'regression')],
      regressionCount: 0,
    });
    expect(verdictContradictions(hidden)).toEqual(['regressionCount 0, but 1 comparison(s) are regressions']);
  });
});

describe('trust of the triggering run', () => {
  const wrCtx = (headRepo: string | null, event = 'pull_request') =>
    ctxFor('workflow_run', {
      workflow_run: {
        id: 5,
        event,
        head_sha: 'a'.repeat(40),
        pull_requests: [],
        ...(headRepo ? { head_repository: { full_name: headRepo } } : {}),
      },
    });

  it('a run in this repository is trusted; a fork or an unknown head repository is not', () => {
    expect(triggeringRunTrust(wrCtx('acme/orders')).trusted).toBe(true);
    expect(triggeringRunTrust(wrCtx('mallory/orders'))).toEqual({
      trusted: false,
      reason:
        'run 5 (pull_request) came from the fork mallory/orders, whose own workflow computed its results',
    });
    expect(triggeringRunTrust(wrCtx(null)).trusted).toBe(false);
    expect(triggeringRunTrust(wrCtx('mallory/orders', 'pull_request_target')).trusted).toBe(true);
    expect(triggeringRunTrust(wrCtx('mallory/orders'), true).reason).toMatch(/trust-fork-results is true/);
  });

  it('a fork pull_request has a read-only token; pull_request_target (base workflow, write token) does not', () => {
    expect(ctxFor('pull_request', prPayload('mallory/orders')).isFork).toBe(true);
    expect(ctxFor('pull_request', prPayload('acme/orders')).isFork).toBe(false);
    expect(ctxFor('pull_request_target', prPayload('mallory/orders')).isFork).toBe(false);
  });
});
