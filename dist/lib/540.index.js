export const id = 540;
export const ids = [540];
export const modules = {

/***/ 97540:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NO_TOKEN: () => (/* reexport */ github_context/* NO_TOKEN */.wH),
  STATUS_STATE: () => (/* binding */ STATUS_STATE),
  TEAM_404_HINT: () => (/* binding */ TEAM_404_HINT),
  WriteGuard: () => (/* binding */ WriteGuard),
  clampText: () => (/* binding */ clampText),
  createClient: () => (/* binding */ createClient),
  createComment: () => (/* binding */ createComment),
  deleteComment: () => (/* binding */ deleteComment),
  getCommentBody: () => (/* binding */ getCommentBody),
  getGitHubContext: () => (/* reexport */ github_context/* getGitHubContext */.fy),
  getTeamMembership: () => (/* binding */ getTeamMembership),
  httpStatus: () => (/* binding */ httpStatus),
  listIssueComments: () => (/* binding */ listIssueComments),
  listPullReviews: () => (/* binding */ listPullReviews),
  listRunApprovals: () => (/* binding */ listRunApprovals),
  listRunArtifacts: () => (/* binding */ listRunArtifacts),
  pullRequestHead: () => (/* binding */ pullRequestHead),
  setStatus: () => (/* binding */ setStatus),
  statusDescription: () => (/* binding */ statusDescription),
  updateComment: () => (/* binding */ updateComment)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(85555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./.build/io/github-context.js
var github_context = __webpack_require__(9954);
;// CONCATENATED MODULE: ./.build/io/github.js
// Everything perf-gates says to GitHub's REST API: the runner context, a retrying/throttled Octokit,
// the sticky PR comment, commit statuses and the run's environment approvals. Rendering is pure and
// lives in src/report/; this file only talks.




// the runner's context (no Octokit there: the run layer reads it before deciding to load this file)


/** Bottleneck-compatible group that runs jobs at once (tests only: PERF_GATES_RETRY_FAST=1). */
const immediateGroup = {
    key: () => ({
        schedule: (_opts, fn, ...args) => Promise.resolve().then(() => fn(...args)),
    }),
};
/**
 * fetch with a per-request time limit (each retry gets its own) and the client's abort signal;
 * a request that times out or answers 5xx is logged, so retries are never silent.
 */
function timedFetch(base, seconds, log, signal) {
    return async (url, init) => {
        const timer = AbortSignal.timeout(seconds * 1000);
        const signals = [timer, ...(signal ? [signal] : []), ...(init?.signal ? [init.signal] : [])];
        const what = `${init?.method ?? 'GET'} ${String(url).replace(/^https?:\/\/[^/]+/, '')}`;
        try {
            const res = await base(url, { ...init, signal: AbortSignal.any(signals) });
            if (res.status >= 500)
                log?.info(`GitHub ${what}: HTTP ${res.status} (retried when attempts remain)`);
            return res;
        }
        catch (e) {
            if (signal?.aborted)
                throw new Error(`GitHub ${what}: abandoned at the publish deadline`);
            if (timer.aborted) {
                log?.warning(`GitHub ${what}: no answer within ${seconds} s (api-timeout); retried when attempts remain`);
                throw new Error(`GitHub ${what}: no answer within ${seconds} s (api-timeout)`);
            }
            log?.info(`GitHub ${what}: ${e.message} (retried when attempts remain)`);
            throw e;
        }
    };
}
/**
 * An Octokit for the Actions token with retries (5xx with backoff, 3 attempts) and throttling
 * (secondary rate limits honour `retry-after`, up to 3 retries; primary limit retried twice when
 * the reset is within a minute).
 */
function createClient(token, opts = {}) {
    if (!token)
        throw new Error(github_context/* NO_TOKEN */.wH);
    const o = 'apiUrl' in opts ? { baseUrl: opts.apiUrl } : opts;
    // the proxy-aware fetch of @actions/github is kept (its defaults would be replaced below)
    const fast = o.fast ?? process.env.PERF_GATES_RETRY_FAST === '1';
    const base = fast ? 5 : 1000;
    const log = o.log;
    const baseUrl = o.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
    const throttle = {
        retryAfterBaseValue: base,
        fallbackSecondaryRateRetryAfter: 60,
        onSecondaryRateLimit: (retryAfter, options, _o, retryCount) => {
            const again = retryCount < 3 && retryAfter <= 300;
            log?.warning(`GitHub secondary rate limit on ${options.method} ${options.url}: ${again ? `retrying after ${retryAfter} s (retry ${retryCount + 1} of 3)` : 'giving up'}`);
            return again;
        },
        onRateLimit: (retryAfter, options, _o, retryCount) => {
            const again = retryCount < 2 && retryAfter <= 60;
            log?.warning(`GitHub rate limit reached on ${options.method} ${options.url}: ${again ? `retrying after ${retryAfter} s` : `the limit resets in ${retryAfter} s, giving up`}`);
            return again;
        },
    };
    if (fast) {
        Object.assign(throttle, {
            global: immediateGroup,
            write: immediateGroup,
            notifications: immediateGroup,
            search: immediateGroup,
            auth: immediateGroup,
        });
    }
    const defaultFetch = (utils/* defaults */.NT.request?.fetch ?? fetch);
    const options = {
        baseUrl: baseUrl.replace(/\/+$/, ''),
        request: {
            ...utils/* defaults */.NT.request,
            fetch: timedFetch(defaultFetch, o.timeoutSeconds ?? 30, log, o.signal),
        },
        retry: { retries: 3, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle,
        log: { debug: () => { }, info: () => { }, warn: (m) => log?.warning(m), error: () => { } },
    };
    return (0,github/* getOctokit */.Q)(token, options, dist_bundle/* retry */.L, throttling);
}
/** Every comment of a pull request (all pages). */
async function listIssueComments(client, ctx, prNumber) {
    const out = [];
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
        owner: ctx.owner,
        repo: ctx.repo,
        issue_number: prNumber,
        per_page: 100,
    })) {
        out.push(...page.data);
    }
    return out;
}
/** A comment's current body ('' when it has none). */
async function getCommentBody(client, ctx, id) {
    return ((await client.rest.issues.getComment({ owner: ctx.owner, repo: ctx.repo, comment_id: id })).data.body ??
        '');
}
async function createComment(client, ctx, prNumber, body) {
    const { data } = await client.rest.issues.createComment({
        owner: ctx.owner,
        repo: ctx.repo,
        issue_number: prNumber,
        body,
    });
    return data.id;
}
async function updateComment(client, ctx, id, body) {
    await client.rest.issues.updateComment({ owner: ctx.owner, repo: ctx.repo, comment_id: id, body });
}
async function deleteComment(client, ctx, id) {
    await client.rest.issues.deleteComment({ owner: ctx.owner, repo: ctx.repo, comment_id: id });
}
/** Every artifact of a workflow run (all pages). */
async function listRunArtifacts(client, ctx, runId) {
    const all = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
        owner: ctx.owner,
        repo: ctx.repo,
        run_id: runId,
        per_page: 100,
    });
    return all.map((a) => ({ id: a.id, name: a.name, expired: a.expired }));
}
/** A pull request's current head SHA. */
async function pullRequestHead(client, ctx, prNumber) {
    const { data } = await client.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: prNumber });
    return data.head.sha;
}
// ---------------------------------------------------------------------------------------------
// Commit status
const STATUS_STATE = {
    pass: 'success',
    waived: 'success',
    fail: 'failure',
    'insufficient-data': 'failure',
    error: 'error',
};
/**
 * Plain text, one line, at most `max` characters (GitHub rejects status descriptions over 140).
 * A longer text is cut at the last word boundary that fits, with an ellipsis; only a single word
 * longer than half the budget is cut inside it.
 */
function clampText(s, max) {
    const one = s
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    if (one.length <= max)
        return one;
    const budget = max - 1; // room for the ellipsis
    const space = one.slice(0, budget + 1).lastIndexOf(' ');
    let cut = space > budget / 2 ? one.slice(0, space) : one.slice(0, budget);
    cut = cut.replace(/[\s,;:.(-]+$/, '');
    const last = cut.charCodeAt(cut.length - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        cut = cut.slice(0, -1);
    return `${cut}…`;
}
/**
 * `fail: regression count: 1 regression ...`: the verdict and the first criterion that did not
 * pass. No score: a percentage next to "fail" reads as a contradiction ("fail (100%)"); the score
 * is shown in the comment next to the criterion it measures.
 */
function statusDescription(result) {
    const verdict = STATUS_STATE[result.verdict] ? result.verdict : 'error';
    const missed = (result.criteria ?? []).find((c) => c.verdict === result.verdict) ??
        (result.criteria ?? []).find((c) => c.verdict !== 'pass');
    const why = verdict !== 'pass' && missed ? `: ${missed.name}: ${missed.reason}` : '';
    return clampText(`${verdict}${why}`, 140);
}
async function setStatus(client, ctx, gate, result, override) {
    const sha = ctx.headSha;
    if (!sha)
        throw new Error('no commit SHA in this context: cannot set a status');
    const state = override?.state ?? STATUS_STATE[result.verdict] ?? 'error';
    const { data } = await client.rest.repos.createCommitStatus({
        owner: ctx.owner,
        repo: ctx.repo,
        sha,
        state,
        context: `perf-gates/${gate}`,
        description: override ? clampText(override.description, 140) : statusDescription(result),
        ...(ctx.runUrl ? { target_url: ctx.runUrl } : {}),
    });
    return { id: data.id, sha, state };
}
// ---------------------------------------------------------------------------------------------
// Environment approvals
async function listRunApprovals(client, ctx) {
    if (!ctx.runId)
        throw new Error('no run id (GITHUB_RUN_ID) in this context: cannot read approvals');
    const { data } = await client.rest.actions.getReviewsForRun({
        owner: ctx.owner,
        repo: ctx.repo,
        run_id: ctx.runId,
    });
    return data.map((a) => ({
        state: a.state,
        comment: a.comment,
        environments: (a.environments ?? []).map((e) => ({ id: e.id, name: e.name })),
        user: { login: a.user.login, type: a.user.type },
    }));
}
// ---------------------------------------------------------------------------------------------
// Pull request reviews and team membership (who may approve)
/** Every review of the pull request (paginated), oldest first as GitHub lists them. */
async function listPullReviews(client, ctx, prNumber) {
    const all = await client.paginate(client.rest.pulls.listReviews, {
        owner: ctx.owner,
        repo: ctx.repo,
        pull_number: prNumber,
        per_page: 100,
    });
    return all.map((r) => ({
        id: r.id,
        login: r.user?.login ?? '',
        state: r.state,
        commitId: r.commit_id ?? null,
        submittedAt: r.submitted_at ?? null,
    }));
}
const TEAM_404_HINT = 'GitHub answered 404: not a member, or the token cannot see the team (the default GITHUB_TOKEN cannot read org teams; an App token with members: read can)';
/**
 * Is `login` an active member of org/slug? GET /orgs/{org}/teams/{team_slug}/memberships/{username}:
 * `state: active` is a member; `pending` is not yet; 404 is "not a member, or the token cannot
 * see the team" (said so); anything else is unknown (null), never a member.
 */
async function getTeamMembership(client, org, slug, login) {
    try {
        const { data } = await client.rest.teams.getMembershipForUserInOrg({
            org,
            team_slug: slug,
            username: login,
        });
        return data.state === 'active'
            ? { active: true }
            : { active: false, reason: `membership state is ${data.state}, not active` };
    }
    catch (e) {
        const status = httpStatus(e);
        if (status === 404)
            return { active: false, reason: TEAM_404_HINT };
        return { active: null, reason: `the teams API failed (${status ?? 'error'}: ${apiMessage(e)})` };
    }
}
// ---------------------------------------------------------------------------------------------
// Errors
function httpStatus(e) {
    const s = e?.status;
    return typeof s === 'number' ? s : undefined;
}
function apiMessage(e) {
    const data = e?.response?.data;
    const m = typeof data?.message === 'string' ? data.message : e?.message;
    return clampText(String(m ?? e), 300);
}
/**
 * Runs GitHub writes so that a read-only token (403) or a vanished PR (404) is explained ONCE, the
 * remaining writes still run where sensible, and nothing is thrown: the gate's exit code never
 * depends on GitHub being writable.
 */
class WriteGuard {
    log;
    reported = new Set();
    skipped = [];
    constructor(log) {
        this.log = log;
    }
    async attempt(what, fn) {
        try {
            return await fn();
        }
        catch (e) {
            const status = httpStatus(e);
            const message = apiMessage(e);
            this.skipped.push({ what, status, message });
            const rateLimited = /rate limit/i.test(message);
            const key = `${status ?? 'other'}${rateLimited ? '-rate' : ''}`;
            if (this.reported.has(key)) {
                this.log.info(`GitHub ${what} skipped as well (${status ?? 'error'}: ${message}).`);
                return undefined;
            }
            this.reported.add(key);
            if (rateLimited) {
                this.log.warning(`GitHub ${what} failed (${status ?? 'error'}: ${message}): still rate limited after the retries; the verdict still decides the job.`);
            }
            else if (status === 403) {
                this.log.notice(`403 ${message}: this token is read-only (fork pull request?) or lacks the permission (pull-requests: write, statuses: write); the ${what} was skipped, the verdict still decides the job.`);
            }
            else if (status === 404) {
                this.log.notice(`404 ${message}: the pull request or repository is gone or not visible to this token; the ${what} was skipped, the verdict still decides the job.`);
            }
            else if (status === 422) {
                this.log.warning(`GitHub rejected the ${what} (422 ${message}); the verdict still decides the job.`);
            }
            else {
                this.log.warning(`GitHub ${what} failed${status ? ` (${status})` : ''}: ${message}; the verdict still decides the job.`);
            }
            return undefined;
        }
    }
}


/***/ })

};
