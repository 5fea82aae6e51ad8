import type { WeightedVector } from './weightedVector';

const NO_TERMS: Int32Array = new Int32Array(0);

/**
 * A query's term weights laid out by term id, 0 for a term it lacks, so each term of a
 * candidate finds its query weight by index instead of by a merge of the two term lists,
 * whose unpredictable branches cost more than the arithmetic. The array is reused from
 * query to query: `scatter` fills in the query's terms, `clear` takes them out again.
 */
export class ScatteredQuery {
  /** By term id: the query's weight, or 0. Covers every id below the dictionary size given to scatter. */
  weights = new Float64Array(1024);
  /** Euclidean norm of the query's weights. */
  norm = 0;
  /** Sum of the query's weights. */
  total = 0;
  private ids: Int32Array = NO_TERMS;

  scatter(query: WeightedVector, dictionarySize: number): void {
    this.clear();
    const highest = query.ids.length > 0 ? query.ids[query.ids.length - 1]! : -1;
    this.ensureCapacity(Math.max(dictionarySize, highest + 1));
    for (let i = 0; i < query.ids.length; i++) this.weights[query.ids[i]!] = query.weights[i]!;
    this.ids = query.ids;
    this.norm = query.norm;
    this.total = query.total;
  }

  clear(): void {
    for (const id of this.ids) this.weights[id] = 0;
    this.ids = NO_TERMS;
  }

  private ensureCapacity(size: number): void {
    if (size <= this.weights.length) return;
    let length = this.weights.length;
    while (length < size) length *= 2;
    this.weights = new Float64Array(length);
  }
}
