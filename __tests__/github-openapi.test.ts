// The contract checker itself: it must accept what GitHub accepts and reject what GitHub rejects,
// or the "zero invalid requests" assertions in the other tests prove nothing.
import { describe, expect, it } from 'vitest';
import { githubValidator } from './harness/openapi.js';

const v = githubValidator();
const req = (method: string, url: string, body?: unknown) => {
  const u = new URL(url, 'http://x');
  return v.validate({
    method,
    pathname: u.pathname,
    query: u.searchParams,
    contentType: body === undefined ? undefined : 'application/json; charset=utf-8',
    rawBody: body === undefined ? '' : JSON.stringify(body),
  });
};

describe('OpenAPI request validation against GitHub description', () => {
  it('accepts valid requests of every endpoint perf-gates uses', () => {
    const ok = [
      req('GET', '/repos/acme/orders/issues/7/comments?per_page=100&page=2'),
      req('POST', '/repos/acme/orders/issues/7/comments', { body: 'hi' }),
      req('GET', '/repos/acme/orders/issues/comments/1150'),
      req('PATCH', '/repos/acme/orders/issues/comments/1150', { body: 'x' }),
      req('DELETE', '/repos/acme/orders/issues/comments/1150'),
      req('POST', '/repos/acme/orders/statuses/4f1c2a9e8b7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b', {
        state: 'failure',
        context: 'perf-gates/baseline',
        description: 'fail',
        target_url: 'https://github.com/acme/orders/actions/runs/1',
      }),
      req('GET', '/repos/acme/orders/actions/runs/987654321/approvals'),
      req('GET', '/repos/acme/orders/actions/runs/987654321/artifacts?per_page=100&page=1'),
      req('GET', '/repos/acme/orders/actions/artifacts/12/zip'),
      req('GET', '/repos/acme/orders/pulls/7'),
      req('GET', '/user'),
    ];
    for (const r of ok) expect(r.errors).toEqual([]);
    expect(ok.map((r) => r.operationId)).toContain('repos/create-commit-status');
  });

  it('rejects bad bodies, bad and unknown query parameters, unknown paths', () => {
    expect(req('POST', '/repos/acme/orders/statuses/abc1234', { state: 'great' }).ok).toBe(false);
    expect(req('POST', '/repos/acme/orders/issues/7/comments', { text: 'no body field' }).ok).toBe(false);
    expect(req('POST', '/repos/acme/orders/issues/7/comments').ok).toBe(false);
    expect(req('PATCH', '/repos/acme/orders/issues/comments/1', { body: 5 }).ok).toBe(false);
    expect(req('GET', '/repos/acme/orders/issues/7/comments?per_page=abc').ok).toBe(false);
    expect(req('GET', '/repos/acme/orders/issues/7/comments?perpage=100').ok).toBe(false);
    expect(req('GET', '/repos/acme/orders/issues/seven/comments').ok).toBe(false);
    expect(req('GET', '/repos/acme/orders/no-such-thing').ok).toBe(false);
    expect(req('PUT', '/repos/acme/orders/issues/7/comments', { body: 'x' }).ok).toBe(false);
  });
});
