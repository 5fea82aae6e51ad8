import type { SparseVector } from './sparseVector';

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

export function weighVector(vector: SparseVector, idf: (id: number) => number): WeightedVector {
  const weights = new Float64Array(vector.ids.length);
  let squares = 0;
  let total = 0;
  for (let i = 0; i < vector.ids.length; i++) {
    const weight = sublinear(vector.values[i]!) * idf(vector.ids[i]!);
    weights[i] = weight;
    squares += weight * weight;
    total += weight;
  }
  return { ids: vector.ids, weights, norm: Math.sqrt(squares), total };
}
