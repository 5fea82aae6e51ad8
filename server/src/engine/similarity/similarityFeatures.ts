import type { SparseVector } from './sparseVector';
import { sublinear, type WeightedVector } from './weightedVector';

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
 * Compares the (already weighted) query with a candidate's raw counts in one merge
 * over both term lists, weighting the candidate on the way: this is the inner loop
 * of every query, so it allocates nothing.
 */
export function similarityFeatures(query: WeightedVector, candidate: SparseVector, idf: (id: number) => number): SimilarityFeatures {
  const qIds = query.ids;
  const qWeights = query.weights;
  const cIds = candidate.ids;
  const cCounts = candidate.values;
  let dot = 0;
  let minSum = 0;
  let squares = 0;
  let total = 0;
  let i = 0;
  for (let j = 0; j < cIds.length; j++) {
    const id = cIds[j]!;
    const weight = sublinear(cCounts[j]!) * idf(id);
    squares += weight * weight;
    total += weight;
    while (i < qIds.length && qIds[i]! < id) i++;
    if (i < qIds.length && qIds[i] === id) {
      const q = qWeights[i]!;
      dot += q * weight;
      minSum += Math.min(q, weight);
    }
  }
  if (query.norm === 0 || squares === 0) return NONE;
  const smaller = Math.min(query.total, total);
  return {
    cosine: Math.min(1, dot / (query.norm * Math.sqrt(squares))),
    overlap: smaller === 0 ? 0 : Math.min(1, minSum / smaller),
  };
}
