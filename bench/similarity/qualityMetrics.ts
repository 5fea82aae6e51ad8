import type { SimilarityIndex } from '../../server/src/engine/similarity';
import type { Labels } from './corpus';

export interface RankingFigures {
  queries: number;
  recallAt1: number;
  recallAt5: number;
  recallAt10: number;
  mrr: number;
  /** Pair queries whose partner was not first: query, partner, partner's rank (0 = not found). */
  misses: { query: string; partner: string; rank: number }[];
}

export interface HintFigures {
  threshold: number;
  /** Pair queries (both directions) whose partner scored at or above the threshold. */
  hintRecall: number;
  /** Of all (query, hinted lesson) for queries from pairs and hard negatives, the share that are labelled pairs. */
  hintPrecision: number;
  hints: number;
  truePairHints: number;
  /** Hard-negative pairs hinted in at least one direction. */
  hardNegativesHinted: number;
  /** Hard-negative queries (both directions) that hinted their negative. */
  hardNegativeDirectionsHinted: number;
}

/** Every other lesson's score for each query lesson, computed once. */
export type ScoreTable = Map<string, { key: string; score: number }[]>;

export function scoreTable(index: SimilarityIndex, queries: Iterable<string>): ScoreTable {
  const table: ScoreTable = new Map();
  for (const query of queries) table.set(query, index.queryByKey(query, { top: index.size }));
  return table;
}

/** Each side of each pair as the query, looking for the other side over the whole corpus. */
export function rankingFigures(table: ScoreTable, labels: Labels): RankingFigures {
  let queries = 0;
  let at1 = 0;
  let at5 = 0;
  let at10 = 0;
  let reciprocal = 0;
  const misses: RankingFigures['misses'] = [];
  for (const [a, b] of labels.pairs) {
    for (const [query, partner] of [
      [a, b],
      [b, a],
    ] as const) {
      const results = table.get(query) ?? [];
      const rank = results.findIndex((m) => m.key === partner) + 1;
      queries++;
      if (rank === 1) at1++;
      if (rank >= 1 && rank <= 5) at5++;
      if (rank >= 1 && rank <= 10) at10++;
      if (rank >= 1) reciprocal += 1 / rank;
      if (rank !== 1) misses.push({ query, partner, rank });
    }
  }
  const share = (n: number): number => (queries === 0 ? 0 : n / queries);
  return { queries, recallAt1: share(at1), recallAt5: share(at5), recallAt10: share(at10), mrr: share(reciprocal), misses };
}

export function hintFigures(table: ScoreTable, labels: Labels, threshold: number): HintFigures {
  const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const truePairs = new Set(labels.pairs.map(([a, b]) => pairKey(a, b)));
  const hinted = (query: string, other: string): boolean =>
    (table.get(query) ?? []).some((m) => m.key === other && m.score >= threshold);

  let pairDirections = 0;
  let pairDirectionsHinted = 0;
  for (const [a, b] of labels.pairs) {
    for (const [query, partner] of [
      [a, b],
      [b, a],
    ] as const) {
      pairDirections++;
      if (hinted(query, partner)) pairDirectionsHinted++;
    }
  }

  const queryLessons = new Set<string>();
  for (const [a, b] of [...labels.pairs, ...labels.hardNegatives]) {
    queryLessons.add(a);
    queryLessons.add(b);
  }
  let hints = 0;
  let truePairHints = 0;
  for (const query of queryLessons) {
    for (const match of table.get(query) ?? []) {
      if (match.score < threshold) continue;
      hints++;
      if (truePairs.has(pairKey(query, match.key))) truePairHints++;
    }
  }

  let hardNegativesHinted = 0;
  let hardNegativeDirectionsHinted = 0;
  for (const [a, b] of labels.hardNegatives) {
    const ab = hinted(a, b);
    const ba = hinted(b, a);
    if (ab || ba) hardNegativesHinted++;
    hardNegativeDirectionsHinted += Number(ab) + Number(ba);
  }

  return {
    threshold,
    hintRecall: pairDirections === 0 ? 0 : pairDirectionsHinted / pairDirections,
    // No hint at all is vacuously precise.
    hintPrecision: hints === 0 ? 1 : truePairHints / hints,
    hints,
    truePairHints,
    hardNegativesHinted,
    hardNegativeDirectionsHinted,
  };
}
