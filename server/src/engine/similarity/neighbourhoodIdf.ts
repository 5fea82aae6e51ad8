/**
 * IDF adjusted to a query's neighbourhood (its nearest lessons by BM25).
 *
 * Global IDF cannot tell a lesson's topic from its point: on a subject with a dozen
 * lessons, "ambulance" is rare in the corpus but common among the lessons a query
 * about ambulances is compared with. A paraphrase shares the point; a lesson on the
 * same topic shares mostly the topic. So a term is discounted by how many neighbours
 * hold it, like a second IDF computed over the neighbourhood alone.
 *
 * On the benchmark (307 lessons, two to four per topic) it changes little, at half
 * strength; it is meant for national catalogues, where a topic's words are rare
 * overall but crowd the space around every query on that topic.
 *
 * Counts live in one array by term id, reused across queries: set by `use`, cleared
 * by `release`, so a query allocates almost nothing.
 */
export class NeighbourhoodIdf {
  private counts = new Int32Array(1024);
  private touched: number[] = [];
  /** By how many lessons of the neighbourhood (the query included) hold a term. */
  private factors = new Float64Array(1);

  /** strength 0 turns the discount off; 1 applies the local IDF in full. */
  constructor(private readonly strength: number) {}

  /** Counts the terms of the neighbours (each its term ids, no repeats); call release() when the query is done. */
  use(neighbours: readonly ArrayLike<number>[], dictionarySize: number): void {
    if (this.counts.length < dictionarySize) this.counts = new Int32Array(Math.max(dictionarySize, this.counts.length * 2));
    for (const ids of neighbours) {
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (this.counts[id] === 0) this.touched.push(id);
        this.counts[id]! += 1;
      }
    }
    // The query itself is one more lesson holding each of its terms.
    const size = neighbours.length + 1;
    // Nearly every query has a full neighbourhood, so the factors of the last size are kept.
    if (this.factors.length === size + 1) return;
    const full = Math.log(1 + size);
    this.factors = new Float64Array(size + 1);
    for (let held = 0; held <= size; held++) {
      this.factors[held] = Math.pow(Math.log(1 + size / (held + 1)) / full, this.strength);
    }
  }

  /** The factor of a term no neighbour holds. */
  get unheldFactor(): number {
    return this.factors[0]!;
  }

  /** The terms some neighbour holds: the only ones whose factor differs from unheldFactor. */
  get heldTerms(): readonly number[] {
    return this.touched;
  }

  /** The factor (0, 1] that scales a term's global IDF. */
  factor(id: number): number {
    return id < this.counts.length ? this.factors[this.counts[id]!]! : this.factors[0]!;
  }

  release(): void {
    for (const id of this.touched) this.counts[id] = 0;
    this.touched.length = 0;
  }
}
