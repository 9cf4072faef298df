export const id = 896;
export const ids = [896,904];
export const modules = {

/***/ 69904:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  STATUS_STATE: () => (/* binding */ STATUS_STATE),
  WriteGuard: () => (/* binding */ WriteGuard),
  clampText: () => (/* binding */ clampText),
  createClient: () => (/* binding */ createClient),
  findOurComments: () => (/* binding */ findOurComments),
  getGitHubContext: () => (/* binding */ getGitHubContext),
  httpStatus: () => (/* binding */ httpStatus),
  listRunApprovals: () => (/* binding */ listRunApprovals),
  setStatus: () => (/* binding */ setStatus),
  statusDescription: () => (/* binding */ statusDescription),
  upsertComment: () => (/* binding */ upsertComment)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
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


// EXTERNAL MODULE: ./.build/model.js
var model = __webpack_require__(76995);
;// CONCATENATED MODULE: ./.build/report/comment.js
// The one sticky PR comment of a workflow: a hidden marker, then one section per (gate, job), each
// between hidden markers, so four gate steps and every matrix job update their own part of the
// same comment. Pure: the I/O layer fetches the freshest body and writes what mergeSection returns.
//
// User content cannot forge a marker: sections are rendered with every input string escaped
// (src/report/markdown.ts turns `<` into `&lt;`), and mergeSection neutralises any marker that
// still appears inside a section it is given.

const COMMENT_MARKER = '<!-- perf-gates:comment -->';
const END_MARKER = '<!-- perf-gates:end -->';
/** GitHub rejects comment bodies of 65,536 characters or more (422 "Body is too long"). */
const COMMENT_LIMIT = 65_536;
/** What we aim for, leaving room for GitHub's own counting of characters. */
const COMMENT_BUDGET = 65_000;
const SECTION_RE = /<!-- perf-gates:section gate=([A-Za-z0-9._-]+) job=([A-Za-z0-9._-]+) -->\r?\n([\s\S]*?)\r?\n?<!-- perf-gates:end -->/g;
/** gate/job values as they appear inside markers: `[A-Za-z0-9._-]`, at most 100 characters. */
function sanitizeId(value) {
    const s = String(value ?? '')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .slice(0, 100);
    return s === '' ? '_' : s;
}
function sectionMarker(gate, job) {
    return `<!-- perf-gates:section gate=${sanitizeId(gate)} job=${sanitizeId(job)} -->`;
}
/** True when a comment body is a perf-gates comment (starts with the marker). */
function isPerfGatesComment(body) {
    return typeof body === 'string' && body.trimStart().startsWith(COMMENT_MARKER);
}
/** Any of our markers inside section text is turned into visible, inert text. */
function neutralise(markdown) {
    return markdown.replace(/<!--\s*perf-gates:/gi, '&lt;!-- perf-gates:').trim();
}
/** The sections of an existing perf-gates comment, in the order they appear. */
function parseSections(body) {
    if (!isPerfGatesComment(body))
        return [];
    const out = [];
    for (const m of body.matchAll(SECTION_RE)) {
        out.push({ gate: m[1], job: m[2], markdown: m[3].trim() });
    }
    return out;
}
function gateRank(gate) {
    const i = model/* GATES */.JH.indexOf(gate);
    return i === -1 ? model/* GATES */.JH.length : i;
}
function orderSections(sections) {
    return [...sections].sort((a, b) => gateRank(a.gate) - gateRank(b.gate) ||
        (a.gate < b.gate ? -1 : a.gate > b.gate ? 1 : 0) ||
        (a.job < b.job ? -1 : a.job > b.job ? 1 : 0));
}
const HEADER = `${COMMENT_MARKER}\n### Performance gates`;
const COLLAPSED_NOTE = "<sub>Detail collapsed to keep this comment under GitHub's 65,536-character limit: the full result is in the run's job summary and artifacts.</sub>";
function render(sections, footer) {
    const parts = [HEADER];
    for (const s of sections) {
        parts.push(`${sectionMarker(s.gate, s.job)}\n${s.markdown}\n${END_MARKER}`);
    }
    if (footer)
        parts.push(footer);
    return parts.join('\n\n') + '\n';
}
/** The summary of a section: its first paragraph (headline + meta line with the run link). */
function collapseSection(markdown) {
    const first = markdown.split(/\r?\n\s*\r?\n/, 1)[0].trim();
    const capped = first.length > 1500 ? first.slice(0, 1499) + '…' : first;
    return `${capped}\n\n${COLLAPSED_NOTE}`;
}
function isCollapsed(markdown) {
    return markdown.endsWith(COLLAPSED_NOTE);
}
/**
 * Put `sectionMarkdown` as the section of (gate, job) into the comment body `existing` (undefined:
 * a new comment), keeping every other section, ordered baseline, diagnostics, optimization,
 * governance, then other gates; jobs alphabetically. The result is always shorter than GitHub's
 * limit: the largest sections' detail is collapsed to their one-line verdict and run link first,
 * and, if that is not enough, the other sections are dropped with a note saying how many.
 */
function mergeSection(existing, gate, job, sectionMarkdown) {
    const g = sanitizeId(gate);
    const j = sanitizeId(job);
    const mine = { gate: g, job: j, markdown: neutralise(sectionMarkdown) };
    const others = parseSections(existing).filter((s) => !(s.gate === g && s.job === j));
    const sections = orderSections([...others, mine]);
    let total = render(sections).length;
    if (total <= COMMENT_BUDGET)
        return render(sections);
    // 1. collapse the largest sections first (ours too, if it is among the largest).
    const bySize = sections
        .filter((s) => !isCollapsed(s.markdown))
        .sort((a, b) => b.markdown.length - a.markdown.length);
    for (const s of bySize) {
        const before = s.markdown.length;
        s.markdown = collapseSection(s.markdown);
        total += s.markdown.length - before;
        if (total <= COMMENT_BUDGET)
            return render(sections);
    }
    // 2. still too long (hundreds of matrix jobs): keep ours and as many others as fit, in order.
    const blockLength = (s) => sectionMarker(s.gate, s.job).length + s.markdown.length + END_MARKER.length + 4;
    const reserve = dropNote(sections.length).length + 2;
    let used = HEADER.length + 1 + reserve + blockLength(mine);
    const kept = [];
    let dropped = 0;
    for (const s of sections) {
        if (s === mine) {
            kept.push(s);
            continue;
        }
        const len = blockLength(s);
        if (used + len <= COMMENT_BUDGET) {
            kept.push(s);
            used += len;
        }
        else
            dropped++;
    }
    const body = render(kept, dropped > 0 ? dropNote(dropped) : undefined);
    if (body.length <= COMMENT_BUDGET)
        return body;
    // 3. our own summary alone is too long (cannot happen with rendered sections): hard cut.
    mine.markdown = mine.markdown.slice(0, COMMENT_BUDGET - 2000) + '…';
    return render([mine], dropNote(sections.length - 1));
}
function dropNote(n) {
    return `<sub>${n} more section${n === 1 ? '' : 's'} omitted to keep this comment under GitHub's 65,536-character limit: see the job summaries.</sub>`;
}

;// CONCATENATED MODULE: ./.build/io/github.js
// Everything perf-gates says to GitHub's REST API: the runner context, a retrying/throttled Octokit,
// the sticky PR comment, commit statuses and the run's environment approvals. Rendering is pure and
// lives in src/report/; this file only talks.






const obj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v) => {
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
};
/** The runner's context from its environment and event payload (GITHUB_EVENT_PATH). */
function getGitHubContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    let payload = {};
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(eventPath, 'utf8');
        }
        catch (e) {
            throw new model/* InputError */.dz(eventPath, `cannot read the event payload (GITHUB_EVENT_PATH): ${e.message}`);
        }
        try {
            payload = obj(JSON.parse(text)) ?? {};
        }
        catch (e) {
            throw new model/* InputError */.dz(eventPath, `the event payload is not JSON: ${e.message}`);
        }
    }
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const runId = num(env.GITHUB_RUN_ID);
    const ctx = {
        owner,
        repo,
        repository,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        sha: str(env.GITHUB_SHA),
        headSha: str(env.GITHUB_SHA),
        runId,
        runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
        job: env.GITHUB_JOB ?? '',
        isFork: false,
        apiUrl,
        serverUrl,
        payload,
    };
    const pr = obj(payload.pull_request);
    if (pr) {
        ctx.prNumber = num(pr.number) ?? num(payload.number);
        const head = obj(pr.head);
        ctx.headSha = str(head?.sha) ?? ctx.headSha;
        const headRepo = obj(head?.repo);
        const baseRepoName = str(obj(payload.repository)?.full_name) ?? str(obj(obj(pr.base)?.repo)?.full_name) ?? repository;
        ctx.isFork = !headRepo || str(headRepo.full_name) !== baseRepoName;
    }
    else if (obj(payload.issue) && obj(obj(payload.issue)?.pull_request)) {
        // issue_comment on a pull request: the number is known, the head SHA is not in the payload
        ctx.prNumber = num(obj(payload.issue)?.number);
    }
    const wr = obj(payload.workflow_run);
    if (wr) {
        const prs = Array.isArray(wr.pull_requests) ? wr.pull_requests : [];
        const info = {
            id: num(wr.id) ?? 0,
            headSha: str(wr.head_sha) ?? '',
            event: str(wr.event),
            htmlUrl: str(wr.html_url),
            headRepository: str(obj(wr.head_repository)?.full_name),
            pullRequests: prs
                .map((p) => obj(p))
                .filter((p) => !!p && num(p.number) !== undefined)
                .map((p) => ({ number: num(p.number), headSha: str(obj(p.head)?.sha) })),
        };
        ctx.workflowRun = info;
        if (info.pullRequests.length > 0)
            ctx.prNumber = info.pullRequests[0].number;
        if (info.headSha)
            ctx.headSha = info.headSha;
        // the workflow_run workflow runs in the base repository with its own (write) token
        ctx.isFork = false;
    }
    return ctx;
}
/** Bottleneck-compatible group that runs jobs at once (tests only: PERF_GATES_RETRY_FAST=1). */
const immediateGroup = {
    key: () => ({
        schedule: (_opts, fn, ...args) => Promise.resolve().then(() => fn(...args)),
    }),
};
/**
 * An Octokit for the Actions token with retries (5xx with backoff, 3 attempts) and throttling
 * (secondary rate limits honour `retry-after`, up to 3 retries; primary limit retried twice when
 * the reset is within a minute).
 */
function createClient(token, opts = {}) {
    const o = 'apiUrl' in opts ? { baseUrl: opts.apiUrl } : opts;
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
    const options = {
        baseUrl: baseUrl.replace(/\/+$/, ''),
        retry: { retries: 3, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle,
        log: { debug: () => { }, info: () => { }, warn: (m) => log?.warning(m), error: () => { } },
    };
    return (0,github/* getOctokit */.Q)(token, options, dist_bundle/* retry */.L, throttling);
}
function isBot(c) {
    return c.user?.type === 'Bot' || c.user?.login === 'github-actions[bot]';
}
/** Every comment of the PR that is ours: marker at the start, written by a bot or by the token's identity. */
async function findOurComments(client, ctx, prNumber) {
    const candidates = [];
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
        owner: ctx.owner,
        repo: ctx.repo,
        issue_number: prNumber,
        per_page: 100,
    })) {
        for (const c of page.data)
            if (isPerfGatesComment(c.body))
                candidates.push(c);
    }
    const bots = candidates.filter(isBot);
    const others = candidates.filter((c) => !isBot(c));
    if (others.length === 0)
        return bots;
    // A personal token writes as a user: accept those only when that user is this token's identity.
    let login;
    try {
        login = (await client.rest.users.getAuthenticated()).data.login;
    }
    catch {
        login = undefined; // installation tokens (GITHUB_TOKEN) cannot read /user: bots only
    }
    return [...bots, ...others.filter((c) => login !== undefined && c.user?.login === login)].sort((a, b) => a.id - b.id);
}
/**
 * Put the (gate, job) section into the one perf-gates comment of the PR: list every comment
 * (paginated), find ours, re-read it right before writing and merge into the freshest body, PATCH;
 * else POST. With `createIfMissing: false` an existing comment is updated but none is created.
 */
async function upsertComment(client, ctx, gate, job, sectionMarkdown, opts = {}) {
    const prNumber = ctx.prNumber;
    if (!prNumber)
        throw new Error('no pull request in this context: nothing to comment on');
    const { owner, repo } = ctx;
    for (let attempt = 0; attempt < 2; attempt++) {
        const ours = await findOurComments(client, ctx, prNumber);
        if (ours.length === 0) {
            if (opts.createIfMissing === false)
                return undefined;
            const body = mergeSection(undefined, gate, job, sectionMarkdown);
            const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: prNumber, body });
            return { id: data.id, created: true, mergedDuplicates: 0 };
        }
        const [keep, ...dupes] = ours;
        try {
            // re-read right before writing: another step or matrix job may have written since the listing
            const fresh = (await client.rest.issues.getComment({ owner, repo, comment_id: keep.id })).data.body ?? '';
            let body = fresh;
            for (const d of dupes) {
                for (const s of parseSections(d.body ?? '')) {
                    if (!parseSections(body).some((x) => x.gate === s.gate && x.job === s.job)) {
                        body = mergeSection(body, s.gate, s.job, s.markdown);
                    }
                }
            }
            body = mergeSection(body.startsWith(COMMENT_MARKER) ? body : undefined, gate, job, sectionMarkdown);
            await client.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body });
            for (const d of dupes) {
                try {
                    await client.rest.issues.deleteComment({ owner, repo, comment_id: d.id });
                }
                catch {
                    // already gone (another job cleaned up): fine
                }
            }
            return { id: keep.id, created: false, mergedDuplicates: dupes.length };
        }
        catch (e) {
            // the comment vanished between listing and writing (deleted by another job): look again once
            if (httpStatus(e) === 404 && attempt === 0)
                continue;
            throw e;
        }
    }
    throw new Error('the perf-gates comment kept disappearing while it was being updated');
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
/** Plain text, one line, at most `max` characters (GitHub rejects status descriptions over 140). */
function clampText(s, max) {
    const one = s
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    if (one.length <= max)
        return one;
    return one.slice(0, max - 1).trimEnd() + '…';
}
function statusDescription(result) {
    const verdict = STATUS_STATE[result.verdict] ? result.verdict : 'error';
    const score = typeof result.score === 'number' && Number.isFinite(result.score)
        ? ` (${Math.round(result.score * 100) / 100}%)`
        : '';
    const missed = (result.criteria ?? []).find((c) => c.verdict !== 'pass');
    const why = verdict !== 'pass' && missed ? `: ${missed.name}: ${missed.reason}` : '';
    return clampText(`${verdict}${score}${why}`, 140);
}
async function setStatus(client, ctx, gate, result) {
    const sha = ctx.headSha;
    if (!sha)
        throw new Error('no commit SHA in this context: cannot set a status');
    const state = STATUS_STATE[result.verdict] ?? 'error';
    const { data } = await client.rest.repos.createCommitStatus({
        owner: ctx.owner,
        repo: ctx.repo,
        sha,
        state,
        context: `perf-gates/${gate}`,
        description: statusDescription(result),
        ...(ctx.runUrl ? { target_url: ctx.runUrl } : {}),
    });
    return { id: data.id, sha };
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


/***/ }),

/***/ 87896:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishGateResult: () => (/* binding */ publishGateResult)
/* harmony export */ });
/* unused harmony exports readResultFile, runPublish */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9691);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76995);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54348);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69904);
// Publishing a gate's verdict: the sticky PR comment section and the commit status, with fork and
// read-only tokens handled up front (a notice, never a failure), and the `publish` action of the
// two-workflow pattern: a `workflow_run` workflow (write token, never runs PR code) posts what the
// `pull_request` workflow computed, after checking that the results belong to the PR's head SHA.







const OK_VERDICTS = new Set(['pass', 'waived']);
/** Comment + status for one result in a given context (shared by the gates and `publish`). */
async function publishInContext(client, ctx, result, opts, log, guard) {
    if (opts.comment !== 'off') {
        if (!ctx.prNumber) {
            log.info(`No pull request in this ${ctx.eventName || 'event'}: the PR comment is skipped.`);
        }
        else {
            const create = opts.comment === 'update' || !OK_VERDICTS.has(result.verdict);
            const section = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .renderGateSection */ .$p)(result, {
                job: opts.job,
                runUrl: ctx.runUrl,
                artifactName: opts.artifactName,
            });
            const done = await guard.attempt('PR comment', () => (0,_github_js__WEBPACK_IMPORTED_MODULE_5__.upsertComment)(client, ctx, result.gate, opts.job, section, { createIfMissing: create }));
            if (done) {
                log.info(`${done.created ? 'Created' : 'Updated'} the perf-gates comment on #${ctx.prNumber} (comment ${done.id}, section ${result.gate}/${opts.job}).`);
            }
            else if (!create && guard.skipped.length === 0) {
                log.info(`comment: on-failure and the verdict is ${result.verdict}: no comment created.`);
            }
        }
    }
    if (opts.status) {
        if (!ctx.headSha) {
            log.info('No commit SHA in this context: the commit status is skipped.');
        }
        else {
            const done = await guard.attempt('commit status', () => (0,_github_js__WEBPACK_IMPORTED_MODULE_5__.setStatus)(client, ctx, opts.statusContext ?? result.gate, result));
            if (done)
                log.info(`Set commit status perf-gates/${result.gate} on ${done.sha.slice(0, 12)}.`);
        }
    }
}
/**
 * Post one gate's result to GitHub: the PR comment section (per `comment`) and the commit status
 * `perf-gates/<gate>` on the PR head SHA. Never throws for GitHub trouble and never decides the
 * step's outcome: 403/404 are explained once, fork PRs are skipped up front with a notice.
 */
async function publishGateResult(result, opts, log, ctx = (0,_github_js__WEBPACK_IMPORTED_MODULE_5__.getGitHubContext)()) {
    if (opts.comment === 'off' && !opts.status)
        return;
    if (!ctx.repository || !ctx.owner || !ctx.repo) {
        log.info('GITHUB_REPOSITORY is not set (not running in GitHub Actions): nothing published to GitHub.');
        return;
    }
    if (!opts.token) {
        log.notice('No GitHub token (input `token` is empty): the PR comment and commit status were skipped.');
        return;
    }
    if (ctx.isFork) {
        log.notice('This pull request comes from a fork, so its token is read-only: the PR comment and commit status were skipped (they would fail with 403 Resource not accessible by integration); the job summary and artifacts have the results and the verdict still decides the job. Use the `publish` action from a `workflow_run` workflow to post them.');
        return;
    }
    if (!ctx.prNumber && opts.comment !== 'off') {
        log.info(`No pull request in this ${ctx.eventName || 'event'} (push?): the PR comment is skipped; the status goes on ${ctx.headSha ?? 'no SHA'}.`);
    }
    const client = (0,_github_js__WEBPACK_IMPORTED_MODULE_5__.createClient)(opts.token, { baseUrl: ctx.apiUrl, log });
    const guard = new _github_js__WEBPACK_IMPORTED_MODULE_5__.WriteGuard(log);
    try {
        await publishInContext(client, ctx, result, { ...opts, comment: ctx.prNumber ? opts.comment : 'off' }, log, guard);
    }
    catch (e) {
        // publishInContext guards every write; this is a bug or a network failure outside them
        log.warning(`Publishing to GitHub failed: ${e.message}; the verdict still decides the job.`);
    }
}
// ---------------------------------------------------------------------------------------------
// The `publish` action (workflow_run)
const verdictSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['pass', 'waived', 'fail', 'insufficient-data', 'error']);
const scalar = zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_6__/* ["null"] */ .chJ()]);
const criterionSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    actual: scalar,
    threshold: scalar,
    unit: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    verdict: verdictSchema,
    reason: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    protocolReason: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['TelemetryGap', 'LoadTestFailure', 'RegressionDetected']).optional(),
});
const nullableNum = zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().nullable();
const comparisonSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    key: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    direction: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['decrease', 'increase']).optional(),
    baseline: nullableNum.optional(),
    candidate: nullableNum.optional(),
    ratio: nullableNum.optional(),
    lower: nullableNum.optional(),
    upper: nullableNum.optional(),
    verdict: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['regression', 'improvement-confirmed', 'improvement', 'no-change', 'insufficient-data']),
    calibrated: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().optional(),
    reason: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    unit: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
});
const gateResultSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    gate: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_3__/* .GATES */ .JH),
    title: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    verdict: verdictSchema,
    score: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().nullable(),
    criteria: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(criterionSchema),
    improvementPct: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().nullable().optional(),
    regressionCount: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().nullable().optional(),
    comparisons: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(comparisonSchema).optional(),
    failure: zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
        criteria: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
        actual: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
        requiredAction: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
        options: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()),
    })
        .optional(),
    notes: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()),
    generated_at: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
});
const contextSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    repository: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    pr_number: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().positive().nullable().optional(),
    head_sha: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(/^[0-9a-f]{40}$/, 'a 40-character hex SHA'),
    run_id: zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()]).nullable().optional(),
    job: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1).nullable().optional(),
});
/**
 * Read and validate one `gate-<n>-<name>.json` from a downloaded artifact: a GateResult (at the top
 * level, or under `result`) plus `context`. Throws InputError naming the file.
 */
function readResultFile(file, text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new InputError(file, `not JSON: ${e.message}`);
    }
    const o = (doc ?? {});
    const candidate = o.result && typeof o.result === 'object' ? o.result : o;
    const r = gateResultSchema.safeParse(candidate);
    if (!r.success) {
        const i = r.error.issues[0];
        throw new InputError(file, `not a perf-gates gate result: ${i.path.join('.') || '(root)'}: ${i.message}`);
    }
    const c = contextSchema.safeParse(o.context);
    if (!c.success) {
        const i = c.error.issues[0];
        throw new InputError(file, `has no valid \`context\` (repository, pr_number, head_sha, job): ${i.path.join('.') || 'context'}: ${i.message}`);
    }
    return { result: r.data, context: c.data, file };
}
function globToRegExp(pattern) {
    const re = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${re}$`);
}
function findResultFiles(dir) {
    const out = [];
    const walk = (d, depth) => {
        if (depth > 4)
            return;
        for (const name of readdirSync(d)) {
            const p = path.join(d, name);
            const st = statSync(p);
            if (st.isDirectory())
                walk(p, depth + 1);
            else if (/^gate-\d+-[a-z]+\.json$/.test(name))
                out.push(p);
        }
    };
    walk(dir, 0);
    return out.sort();
}
/**
 * The `publish` action: in a `workflow_run` workflow, list the triggering run's artifacts,
 * download the `perf-gates-*` ones, check each gate result's head SHA against the triggering run's
 * head SHA and the pull request's current head (refusing, naming the file, otherwise), then post
 * the comment sections and statuses.
 */
async function runPublish(inputs, log, ctx = getGitHubContext()) {
    const outcome = { published: [], refused: [] };
    const wr = ctx.workflowRun;
    if (!wr || !wr.id || !wr.headSha) {
        throw new InputError(process.env.GITHUB_EVENT_PATH ?? 'event payload', `the publish action runs on \`workflow_run\` events (this is \`${ctx.eventName || 'unknown'}\`): it posts what the triggering run computed`);
    }
    if (!inputs.token)
        throw new InputError('token', 'the publish action needs a token (actions: read, pull-requests: write, statuses: write)');
    const client = createClient(inputs.token, { baseUrl: ctx.apiUrl, log });
    const pattern = globToRegExp(inputs.artifactPattern || 'perf-gates-*');
    const artifacts = (await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
        owner: ctx.owner,
        repo: ctx.repo,
        run_id: wr.id,
        per_page: 100,
    })).filter((a) => pattern.test(a.name) && !a.expired);
    if (artifacts.length === 0) {
        log.warning(`Run ${wr.id} has no artifacts matching ${inputs.artifactPattern || 'perf-gates-*'}: nothing to publish.`);
        return outcome;
    }
    const base = mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'perf-gates-publish-'));
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(780), __webpack_require__.e(394)]).then(__webpack_require__.bind(__webpack_require__, 37394));
    const artifactClient = new DefaultArtifactClient();
    const files = [];
    for (const a of artifacts) {
        const dir = path.join(base, String(a.id));
        await artifactClient.downloadArtifact(a.id, {
            path: dir,
            findBy: {
                token: inputs.token,
                workflowRunId: wr.id,
                repositoryOwner: ctx.owner,
                repositoryName: ctx.repo,
            },
        });
        for (const f of findResultFiles(dir)) {
            const label = `${a.name}/${path.relative(dir, f)}`;
            try {
                files.push(readResultFile(label, readFileSync(f, 'utf8')));
            }
            catch (e) {
                outcome.refused.push({ file: label, reason: e.message });
                log.warning(`Refused ${label}: ${e.message}`);
            }
        }
    }
    // the pull request each result names, and its current head
    const prHeads = new Map();
    const guard = new WriteGuard(log);
    for (const f of files) {
        const c = f.context;
        const refuse = (reason) => {
            outcome.refused.push({ file: f.file, reason });
            log.warning(`Refused ${f.file}: ${reason}`);
        };
        if (c.repository !== ctx.repository) {
            refuse(`it was computed for ${c.repository}, not ${ctx.repository}`);
            continue;
        }
        if (c.head_sha !== wr.headSha) {
            refuse(`its head_sha ${c.head_sha} is not the triggering run's head SHA ${wr.headSha}`);
            continue;
        }
        const prNumber = c.pr_number ?? wr.pullRequests[0]?.number;
        if (!prNumber) {
            refuse('it names no pull request and the triggering run has none');
            continue;
        }
        if (wr.pullRequests.length > 0 && !wr.pullRequests.some((p) => p.number === prNumber)) {
            refuse(`it names pull request #${prNumber}, which did not trigger run ${wr.id}`);
            continue;
        }
        if (!prHeads.has(prNumber)) {
            const pr = await guard.attempt(`pull request #${prNumber} lookup`, () => client.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: prNumber }));
            prHeads.set(prNumber, pr?.data.head.sha);
        }
        const prHead = prHeads.get(prNumber);
        if (!prHead) {
            refuse(`pull request #${prNumber} could not be read, so its head SHA cannot be checked`);
            continue;
        }
        if (prHead !== c.head_sha) {
            refuse(`pull request #${prNumber} is now at ${prHead}, not ${c.head_sha}: the results are stale`);
            continue;
        }
        const prCtx = {
            ...ctx,
            prNumber,
            headSha: c.head_sha,
            runUrl: wr.htmlUrl ??
                (ctx.repository ? `${ctx.serverUrl}/${ctx.repository}/actions/runs/${wr.id}` : undefined),
            isFork: false,
        };
        const artifactName = f.file.split('/')[0];
        const job = c.job || artifactName.replace(/^perf-gates-[a-z]+-/, '') || 'job';
        await publishInContext(client, prCtx, f.result, { token: inputs.token, comment: inputs.comment, status: inputs.status, job, artifactName }, log, guard);
        outcome.published.push({ file: f.file, gate: f.result.gate, job, verdict: f.result.verdict });
    }
    return outcome;
}


/***/ })

};
