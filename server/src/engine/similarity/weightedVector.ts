import type { SparseVector } from './sparseVector';

/** A vector with IDF applied, ready to be compared. */
export interface WeightedVector {
  readonly ids: Int32Array;
  /** Sublinear term frequency × IDF. */
  readonly weights: Float64Array;
  /** Euclidean norm of weights. */
  readonly norm: number;
  /** Sum of the IDF of the terms present: how much distinctive content the text holds. */
  readonly mass: number;
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
  let mass = 0;
  for (let i = 0; i < vector.ids.length; i++) {
    const termIdf = idf(vector.ids[i]!);
    const weight = sublinear(vector.values[i]!) * termIdf;
    weights[i] = weight;
    squares += weight * weight;
    mass += termIdf;
  }
  return { ids: vector.ids, weights, norm: Math.sqrt(squares), mass };
}

/** Cosine of two weighted vectors; 0 when either is empty. */
export function cosine(a: WeightedVector, b: WeightedVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return Math.min(1, dot / (a.norm * b.norm));
}

/** IDF mass of the terms the two vectors share. */
export function sharedMass(a: WeightedVector, b: WeightedVector, idf: (id: number) => number): number {
  let mass = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      mass += idf(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return mass;
}
