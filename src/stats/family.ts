// Which keys share their between-run variance (issue 15): the family of a comparison's default keys
// on the calibrated path without a noise-file entry, one group per kind of statistic, each side of
// the comparison fitted on its own (moderation.ts's empirical-Bayes prior). Named keys are judged
// alone and a key with a noise-file entry keeps that entry: neither is a member, neither is moved.
//
// Kinds (unlike scales are not pooled: a run-to-run spread of 3 % in a latency and of 30 % in an
// error rate are not draws from one prior):
//  - time: percentiles, medians and means of durations and sizes (k6 trends, pytest-benchmark
//    medians; the two never meet in one comparison, and both are ln of a time);
//  - proportion: the rate of a k6 Rate metric (http_req_failed, checks, custom rates), mostly
//    binomial noise;
//  - throughput: http_reqs:rate, requests per second (a counter's rate).
// A side is fitted from the members of a group with >= 2 runs on that side, members with the very
// same runs counted once; fewer than MIN_FAMILY (3) usable (positive) variances in a group's side:
// that side is not moderated, and the row says nothing of moderation.

import type { KeySpec } from '../model.js';
import type { ModeratedVariance } from './components.js';
import { logSampleVariance } from './components.js';
import {
  fitVariancePrior,
  squeezeVariance,
  type VarianceObservation,
  type VariancePrior,
} from './moderation.js';

/** What one key's interval is given: each side's moderated variance and the words for its reason. */
export interface KeyModeration {
  baseline?: ModeratedVariance;
  candidate?: ModeratedVariance;
  text: string;
}

export interface FamilyKey {
  key: KeySpec;
  /** a default key on the calibrated path without a noise entry */
  member: boolean;
  /** ln of each run's statistic, per side */
  baseline: number[];
  candidate: number[];
}

export type StatisticKind = 'time' | 'proportion' | 'throughput';

const KIND_WORDS: Record<StatisticKind, string> = {
  time: 'time',
  proportion: 'error/check rate',
  throughput: 'throughput',
};

/** The kind of a key's statistic (see the head of this file). */
export function statisticKind(key: KeySpec): StatisticKind {
  if (key.stat !== 'rate') return 'time';
  return key.metric === 'http_reqs' ? 'throughput' : 'proportion';
}

type Side = 'baseline' | 'candidate';

interface SideFit {
  prior: VariancePrior;
  /** distinct members with >= 2 runs on this side */
  keys: number;
}

/**
 * The prior of one side of a group. Members whose runs are the same numbers on that side (a k6 metric
 * with one `name` tag: the whole metric and its one name are one series) enter the fit once: a
 * duplicate is no second draw from the prior, and counting it would double the df the prior is
 * credited with.
 */
function fitSide(members: FamilyKey[], side: Side): SideFit | null {
  const distinct = new Map<string, number[]>();
  for (const k of members) if (k[side].length >= 2) distinct.set(k[side].join(','), k[side]);
  const obs = [...distinct.values()].map(logSampleVariance);
  const prior = fitVariancePrior(obs);
  return prior ? { prior, keys: obs.length } : null;
}

const dfWords = (d: number) => d.toFixed(1);

/**
 * "moderated across 7 default time keys (empirical Bayes, prior df 6.0)", per side when needed (it
 * follows the words saying whose between-run variance it is, components.ts).
 */
function moderationWords(
  parts: { side: Side; keys: number; d0: number }[],
  multi: number,
  kind: string,
): string {
  const [a, b] = parts;
  if (!b) {
    const who = multi > 1 ? `the ${a.side} side's ` : '';
    return `${who}moderated across ${a.keys} default ${kind} keys (empirical Bayes, prior df ${dfWords(a.d0)})`;
  }
  if (a.keys === b.keys)
    return `moderated across ${a.keys} default ${kind} keys (empirical Bayes, prior df ${dfWords(a.d0)} baseline / ${dfWords(b.d0)} candidate)`;
  return `moderated across default ${kind} keys (empirical Bayes; baseline: ${a.keys} keys, prior df ${dfWords(a.d0)}; candidate: ${b.keys} keys, prior df ${dfWords(b.d0)})`;
}

/**
 * Per key (same order as `keys`), the moderation its interval is given, or undefined: not a member,
 * or no side of its group could be fitted.
 */
export function moderateFamily(keys: readonly FamilyKey[]): (KeyModeration | undefined)[] {
  const out: (KeyModeration | undefined)[] = keys.map(() => undefined);
  const groups = new Map<StatisticKind, number[]>();
  keys.forEach((k, i) => {
    if (!k.member) return;
    const kind = statisticKind(k.key);
    groups.set(kind, [...(groups.get(kind) ?? []), i]);
  });
  for (const [kind, idx] of groups) {
    const members = idx.map((i) => keys[i]);
    const fits: Record<Side, SideFit | null> = {
      baseline: fitSide(members, 'baseline'),
      candidate: fitSide(members, 'candidate'),
    };
    for (const i of idx) {
      const mod: KeyModeration = { text: '' };
      const parts: { side: Side; keys: number; d0: number }[] = [];
      let multi = 0;
      for (const side of ['baseline', 'candidate'] as const) {
        const own: VarianceObservation = logSampleVariance(keys[i][side]);
        if (own.df > 0) multi++;
        const fit = fits[side];
        if (!fit || own.df === 0) continue;
        const post = squeezeVariance(fit.prior, own);
        mod[side] = { s2: post.s2, df: post.df };
        parts.push({ side, keys: fit.keys, d0: post.d0 });
      }
      if (parts.length === 0) continue;
      mod.text = moderationWords(parts, multi, KIND_WORDS[kind]);
      out[i] = mod;
    }
  }
  return out;
}
