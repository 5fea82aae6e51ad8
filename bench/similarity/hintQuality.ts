import type { SimilarityIndex } from '../../server/src/engine/similarity/similarityIndex';
import type { SimilarityMatch } from '../../server/src/engine/similarity/lessonText';
import { isHinted, type HintRule } from '../../server/src/engine/similarity/similarHints';
import type { Labels } from './corpus';

/** Each lesson's best matches (with score and confidence), computed once per corpus. */
export type MatchTable = Map<string, SimilarityMatch[]>;

/** How many matches per lesson are kept: more than any hint names, enough for recall@10. */
export const TABLE_TOP = 20;

export function matchTable(index: SimilarityIndex, ids: Iterable<string>): MatchTable {
  const table: MatchTable = new Map();
  for (const id of ids) table.set(id, index.queryByKey(id, { top: TABLE_TOP }));
  return table;
}

/**
 * The labelled duplicates as a relation, closed over chains: if A restates B and B
 * restates C, A and C are the same lesson too (the generated corpus paraphrases
 * paraphrases). Hand-labelled corpora have no chains, so it changes nothing there.
 */
export function sameLessonRelation(pairs: readonly (readonly [string, string])[]): (a: string, b: string) => boolean {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const [a, b] of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    parent.set(find(a), find(b));
  }
  return (a, b) => parent.has(a) && parent.has(b) && find(a) === find(b);
}

export interface HintFigures {
  /** What decided the hints: "calibrated ≥ 0.5" or "score ≥ 0.35". */
  rule: string;
  /** Pair directions in the split whose partner is among the lessons the hint names. */
  recall: number;
  /** Of every lesson the hints of the split's lessons name, the share that are the same lesson. */
  precision: number;
  hints: number;
  trueHints: number;
  pairDirections: number;
  /** Look-alike (hard negative) pairs hinted in either direction. */
  hardNegativesHinted: number;
  hardNegatives: number;
  /** Share of the split's lessons that get any hint. */
  lessonsHinted: number;
}

export interface RankingFigures {
  queries: number;
  recallAt1: number;
  recallAt5: number;
  mrr: number;
}

/** Which lessons a split asks about; the labels whose both sides it holds. */
export interface Split {
  name: string;
  lessons: ReadonlySet<string>;
}

export function labelsIn(labels: Labels, split: Split): Labels {
  const inside = ([a, b]: [string, string]): boolean => split.lessons.has(a) && split.lessons.has(b);
  return { pairs: labels.pairs.filter(inside), hardNegatives: labels.hardNegatives.filter(inside) };
}

/** Each pair both ways round: [query, partner]. */
function pairDirections(labels: Labels): [string, string][] {
  return labels.pairs.flatMap(([a, b]): [string, string][] => [
    [a, b],
    [b, a],
  ]);
}

/** Each side of each pair as the query, looking for the other side over the whole workspace. */
export function rankingFigures(table: ReadonlyMap<string, readonly { key: string }[]>, labels: Labels): RankingFigures {
  let queries = 0;
  let at1 = 0;
  let at5 = 0;
  let reciprocal = 0;
  for (const [query, partner] of pairDirections(labels)) {
    queries++;
    const rank = (table.get(query) ?? []).findIndex((m) => m.key === partner) + 1;
    if (rank === 1) at1++;
    if (rank >= 1 && rank <= 5) at5++;
    if (rank >= 1) reciprocal += 1 / rank;
  }
  const share = (n: number): number => (queries === 0 ? 0 : n / queries);
  return { queries, recallAt1: share(at1), recallAt5: share(at5), mrr: share(reciprocal) };
}

/** The lessons each lesson's hint names: the best `maxResults` that pass the rule, as the editor does. */
export function hintsOf(table: MatchTable, rule: HintRule, maxResults: number): Map<string, string[]> {
  const hints = new Map<string, string[]>();
  for (const [id, matches] of table)
    hints.set(
      id,
      matches
        .filter((m) => isHinted(m, rule))
        .slice(0, maxResults)
        .map((m) => m.key),
    );
  return hints;
}

export function hintFigures(
  hints: ReadonlyMap<string, readonly string[]>,
  labels: Labels,
  split: Split,
  sameLesson: (a: string, b: string) => boolean,
  rule: string,
): HintFigures {
  let named = 0;
  let right = 0;
  let lessonsHinted = 0;
  for (const id of split.lessons) {
    const list = hints.get(id) ?? [];
    if (list.length > 0) lessonsHinted++;
    named += list.length;
    right += list.filter((other) => sameLesson(id, other)).length;
  }
  const directions = pairDirections(labels);
  const found = directions.filter(([query, partner]) => (hints.get(query) ?? []).includes(partner)).length;
  const hardNegativesHinted = labels.hardNegatives.filter(([a, b]) => (hints.get(a) ?? []).includes(b) || (hints.get(b) ?? []).includes(a)).length;
  return {
    rule,
    recall: directions.length === 0 ? 0 : found / directions.length,
    // No hint at all is vacuously precise.
    precision: named === 0 ? 1 : right / named,
    hints: named,
    trueHints: right,
    pairDirections: directions.length,
    hardNegativesHinted,
    hardNegatives: labels.hardNegatives.length,
    lessonsHinted: split.lessons.size === 0 ? 0 : lessonsHinted / split.lessons.size,
  };
}
