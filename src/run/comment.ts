// The one perf-gates comment of a pull request: find ours (marker at the start, written by
// `comment-author`; nobody else's comment is ever edited or deleted), merge this (gate, job) section into the freshest body, fold in
// duplicates left by a race and delete them. The body's format is report/comment.ts's; the calls
// are io/github.ts's.
import type { GateName } from '../model.js';
import { COMMENT_MARKER, isPerfGatesComment, mergeSection, parseSections } from '../report/comment.js';
import {
  createComment,
  deleteComment,
  getCommentBody,
  httpStatus,
  listIssueComments,
  updateComment,
  type ApiComment,
  type GitHubClient,
  type GitHubContext,
  type Log,
} from '../io/github.js';

/** The identity GITHUB_TOKEN writes as; a personal token or an App writes as its own login. */
export const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]';

/** Foreign marker comments already reported in this process (each is reported once). */
const reportedForeign = new Set<number>();

/**
 * Every comment of the PR that is ours: the marker at the start AND written by `author` (input
 * `comment-author`). A marker comment by anyone else (another bot, a user) is never adopted,
 * edited or deleted: it is reported once in the log and left alone.
 */
export async function findOurComments(
  client: GitHubClient,
  ctx: GitHubContext,
  prNumber: number,
  author: string = DEFAULT_COMMENT_AUTHOR,
  log?: Log,
): Promise<ApiComment[]> {
  const want = author.trim().toLowerCase();
  const ours: ApiComment[] = [];
  for (const c of await listIssueComments(client, ctx, prNumber)) {
    if (!isPerfGatesComment(c.body)) continue;
    if ((c.user?.login ?? '').toLowerCase() === want) ours.push(c);
    else if (!reportedForeign.has(c.id)) {
      reportedForeign.add(c.id);
      log?.info(
        `Comment ${c.id} on #${prNumber} carries the perf-gates marker but was written by ${c.user?.login ?? 'an unknown user'}, not ${author} (input comment-author): left alone.`,
      );
    }
  }
  return ours.sort((a, b) => a.id - b.id);
}

export interface UpsertResult {
  id: number;
  created: boolean;
  /** duplicate perf-gates comments found (from a race) and merged into this one, then deleted */
  mergedDuplicates: number;
}

/**
 * Put the (gate, job) section into the one perf-gates comment of the PR: list every comment
 * (paginated), find ours (marker + `author`), re-read it right before writing and merge into the freshest body, PATCH;
 * else POST. With `createIfMissing: false` an existing comment is updated but none is created.
 */
export async function upsertComment(
  client: GitHubClient,
  ctx: GitHubContext,
  gate: GateName | string,
  job: string,
  sectionMarkdown: string,
  opts: { createIfMissing?: boolean; author?: string; log?: Log } = {},
): Promise<UpsertResult | undefined> {
  const prNumber = ctx.prNumber;
  if (!prNumber) throw new Error('no pull request in this context: nothing to comment on');
  for (let attempt = 0; attempt < 2; attempt++) {
    const ours = await findOurComments(client, ctx, prNumber, opts.author, opts.log);
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
