import type { QueryIdf } from './queryIdf';

/** A vector with IDF applied, ready to be compared. */
export interface WeightedVector {
  readonly ids: Int32Array;
  /** Sublinear term frequency × IDF. */
  readonly weights: Float64Array;
  /** Euclidean norm of weights. */
  readonly norm: number;
  /** Sum of weights: how much distinctive content the text holds. */
  readonly total: number;
}

/**
 * A term said five times is not five times as telling: counts above one grow by
 * their logarithm. Fractional counts (terms from lightly weighted fields) stay as they are.
 */
export function sublinear(count: number): number {
  return count <= 1 ? count : 1 + Math.log(count);
}

/** The counts of a vector dampened (see sublinear), in the same order. */
export function dampen(counts: Float64Array): Float64Array {
  return counts.map(sublinear);
}

/** Weighs term ids by their dampened counts (see dampen) times their IDF. */
export function weighVector(ids: Int32Array, dampedCounts: ArrayLike<number>, idf: QueryIdf): WeightedVector {
  const weights = new Float64Array(ids.length);
  let squares = 0;
  let total = 0;
  for (let i = 0; i < ids.length; i++) {
    const weight = dampedCounts[i]! * idf.of(ids[i]!);
    weights[i] = weight;
    squares += weight * weight;
    total += weight;
  }
  return { ids, weights, norm: Math.sqrt(squares), total };
}
