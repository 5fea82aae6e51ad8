import type { QueryIdf } from './queryIdf';
import type { ScatteredQuery } from './scatteredQuery';
import type { TermArena } from './termArena';

/** The signals the final score is made of, each in [0,1]. */
export interface SimilarityFeatures {
  /** TF-IDF cosine of the two lessons (field-weighted). */
  cosine: number;
  /**
   * How much of the smaller lesson's distinctive content (its TF-IDF weight) the other
   * also holds: Σ min(a, b) / min(Σ a, Σ b). A short lesson retold inside a longer one
   * scores high here even when the longer one's extra text pulls the cosine down.
   */
  overlap: number;
}

const NONE: SimilarityFeatures = { cosine: 0, overlap: 0 };

/**
 * Compares the (already weighted) query with the lesson in a slot of the arena, weighting
 * the lesson's dampened counts on the way: this is the inner loop of every query, so it
 * allocates nothing. A term the query lacks has query weight 0 and adds exactly 0 to the
 * dot product and the shared sum, which leaves both as a merge of the two term lists would.
 */
export function similarityFeatures(query: ScatteredQuery, arena: TermArena, slot: number, idf: QueryIdf): SimilarityFeatures {
  const queryWeights = query.weights;
  const idfs = idf.table;
  const ids = arena.ids;
  const counts = arena.counts;
  let dot = 0;
  let minSum = 0;
  let squares = 0;
  let total = 0;
  for (let j = arena.start(slot), end = arena.end(slot); j < end; j++) {
    const id = ids[j]!;
    const weight = counts[j]! * idfs[id]!;
    squares += weight * weight;
    total += weight;
    const q = queryWeights[id]!;
    dot += q * weight;
    minSum += Math.min(q, weight);
  }
  if (query.norm === 0 || squares === 0) return NONE;
  const smaller = Math.min(query.total, total);
  return {
    cosine: Math.min(1, dot / (query.norm * Math.sqrt(squares))),
    overlap: smaller === 0 ? 0 : Math.min(1, minSum / smaller),
  };
}
