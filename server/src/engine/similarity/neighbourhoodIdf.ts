import type { LessonVectors } from './lessonVectors';

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
  private factors = new Float64Array(1);

  /** strength 0 turns the discount off; 1 applies the local IDF in full. */
  constructor(private readonly strength: number) {}

  /** Counts the terms of the neighbours; call release() when the query is done. */
  use(neighbours: readonly LessonVectors[], dictionarySize: number): void {
    if (this.counts.length < dictionarySize) this.counts = new Int32Array(Math.max(dictionarySize, this.counts.length * 2));
    for (const lesson of neighbours) {
      for (const id of lesson.all.ids) {
        if (this.counts[id] === 0) this.touched.push(id);
        this.counts[id]! += 1;
      }
    }
    // The query itself is one more lesson holding each of its terms.
    const size = neighbours.length + 1;
    const full = Math.log(1 + size);
    this.factors = new Float64Array(size + 1);
    for (let held = 0; held <= size; held++) {
      this.factors[held] = Math.pow(Math.log(1 + size / (held + 1)) / full, this.strength);
    }
  }

  /** The factor (0, 1] that scales a term's global IDF. */
  factor(id: number): number {
    return id < this.counts.length ? this.factors[this.counts[id]!]! : this.factors[0]!;
  }

  release(): void {
    for (const id of this.touched) this.counts[id] = 0;
    this.touched = [];
  }
}
