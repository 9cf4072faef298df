// The one perf-gates comment of a pull request: find ours (marker at the start, written by a bot or
// by the token's own identity), merge this (gate, job) section into the freshest body, fold in
// duplicates left by a race and delete them. The body's format is report/comment.ts's; the calls
// are io/github.ts's.
import type { GateName } from '../model.js';
import { COMMENT_MARKER, isPerfGatesComment, mergeSection, parseSections } from '../report/comment.js';
import {
  authenticatedLogin,
  createComment,
  deleteComment,
  getCommentBody,
  httpStatus,
  listIssueComments,
  updateComment,
  type ApiComment,
  type GitHubClient,
  type GitHubContext,
} from '../io/github.js';

function isBot(c: ApiComment): boolean {
  return c.user?.type === 'Bot' || c.user?.login === 'github-actions[bot]';
}

/** Every comment of the PR that is ours: marker at the start, written by a bot or by the token's identity. */
export async function findOurComments(
  client: GitHubClient,
  ctx: GitHubContext,
  prNumber: number,
): Promise<ApiComment[]> {
  const candidates = (await listIssueComments(client, ctx, prNumber)).filter((c) =>
    isPerfGatesComment(c.body),
  );
  const bots = candidates.filter(isBot);
  const others = candidates.filter((c) => !isBot(c));
  if (others.length === 0) return bots;
  // A personal token writes as a user: accept those only when that user is this token's identity.
  // installation tokens (GITHUB_TOKEN) cannot read /user: bots only
  const login = await authenticatedLogin(client);
  return [...bots, ...others.filter((c) => login !== undefined && c.user?.login === login)].sort(
    (a, b) => a.id - b.id,
  );
}

export interface UpsertResult {
  id: number;
  created: boolean;
  /** duplicate perf-gates comments found (from a race) and merged into this one, then deleted */
  mergedDuplicates: number;
}

/**
 * Put the (gate, job) section into the one perf-gates comment of the PR: list every comment
 * (paginated), find ours, re-read it right before writing and merge into the freshest body, PATCH;
 * else POST. With `createIfMissing: false` an existing comment is updated but none is created.
 */
export async function upsertComment(
  client: GitHubClient,
  ctx: GitHubContext,
  gate: GateName | string,
  job: string,
  sectionMarkdown: string,
  opts: { createIfMissing?: boolean } = {},
): Promise<UpsertResult | undefined> {
  const prNumber = ctx.prNumber;
  if (!prNumber) throw new Error('no pull request in this context: nothing to comment on');
  for (let attempt = 0; attempt < 2; attempt++) {
    const ours = await findOurComments(client, ctx, prNumber);
    if (ours.length === 0) {
      if (opts.createIfMissing === false) return undefined;
      const body = mergeSection(undefined, gate, job, sectionMarkdown);
      return { id: await createComment(client, ctx, prNumber, body), created: true, mergedDuplicates: 0 };
    }
    const [keep, ...dupes] = ours;
    try {
      // re-read right before writing: another step or matrix job may have written since the listing
      const fresh = await getCommentBody(client, ctx, keep.id);
      let body = fresh;
      for (const d of dupes) {
        for (const s of parseSections(d.body ?? '')) {
          if (!parseSections(body).some((x) => x.gate === s.gate && x.job === s.job)) {
            body = mergeSection(body, s.gate, s.job, s.markdown);
          }
        }
      }
      body = mergeSection(body.startsWith(COMMENT_MARKER) ? body : undefined, gate, job, sectionMarkdown);
      await updateComment(client, ctx, keep.id, body);
      for (const d of dupes) {
        try {
          await deleteComment(client, ctx, d.id);
        } catch {
          // already gone (another job cleaned up): fine
        }
      }
      return { id: keep.id, created: false, mergedDuplicates: dupes.length };
    } catch (e) {
      // the comment vanished between listing and writing (deleted by another job): look again once
      if (httpStatus(e) === 404 && attempt === 0) continue;
      throw e;
    }
  }
  throw new Error('the perf-gates comment kept disappearing while it was being updated');
}
