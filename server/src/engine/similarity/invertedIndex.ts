import { PostingList } from './postingList';
import type { SparseVector } from './sparseVector';
import { topSlots } from './topSlots';

/** BM25's usual constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;

/**
 * How many postings one candidate search reads at most. Rare terms are read first; the
 * commonest terms of a long query (which say least about which lesson it is) are
 * skipped once the budget is spent, so a query costs the same however large the index.
 */
const POSTINGS_BUDGET = 40_000;

/**
 * Term id → the lessons (by slot) that hold it, with the term's weighted count.
 * Adding or removing a lesson touches only its own terms' postings.
 * It finds candidates cheaply by BM25; the final ranking is done on those candidates.
 */
export class InvertedIndex {
  private readonly postings: (PostingList | undefined)[] = [];
  private lengths = new Float64Array(1024);
  private totalLength = 0;
  private documents = 0;
  /** Scratch space for scoring, by slot; kept between queries to spare allocation. */
  private scores = new Float64Array(1024);
  private touched = new Int32Array(1024);

  add(slot: number, vector: SparseVector, length: number): void {
    this.ensureSlot(slot);
    for (let i = 0; i < vector.ids.length; i++) {
      const id = vector.ids[i]!;
      let posting = this.postings[id];
      if (!posting) {
        posting = new PostingList();
        this.postings[id] = posting;
      }
      posting.add(slot, vector.values[i]!);
    }
    this.lengths[slot] = length;
    this.totalLength += length;
    this.documents++;
  }

  remove(slot: number, vector: SparseVector): void {
    for (const id of vector.ids) this.postings[id]?.remove(slot);
    this.totalLength -= this.lengths[slot]!;
    this.lengths[slot] = 0;
    this.documents--;
  }

  /**
   * Up to `limit` slots with the best BM25 score for the query's terms, best first.
   * `skip` leaves out slots (the query itself, excluded keys). With `scoresOut`, each
   * returned slot's score is pushed to it, in the same order.
   */
  candidates(query: SparseVector, idf: (id: number) => number, limit: number, skip: (slot: number) => boolean, scoresOut?: number[]): number[] {
    if (this.documents === 0 || limit <= 0) return [];
    const averageLength = this.totalLength / this.documents || 1;
    const lengthFactor = (K1 * B) / averageLength;
    const baseNorm = K1 * (1 - B);
    const scores = this.scores;
    const touched = this.touched;
    let touchedCount = 0;
    let budget = POSTINGS_BUDGET;
    let read = 0;
    for (const i of this.rarestFirst(query)) {
      const posting = this.postings[query.ids[i]!]!;
      // The rarest term is always read, so a query of common words still finds something.
      if (posting.size > budget && read > 0) break;
      read++;
      budget -= posting.size;
      // A term repeated in the query counts more, but not without bound.
      const weight = idf(query.ids[i]!) * Math.min(query.values[i]!, 2) * (K1 + 1);
      const slots = posting.slots;
      const counts = posting.counts;
      for (let p = 0; p < posting.size; p++) {
        const slot = slots[p]!;
        const tf = counts[p]!;
        if (scores[slot] === 0) touched[touchedCount++] = slot;
        scores[slot]! += (weight * tf) / (tf + baseNorm + lengthFactor * this.lengths[slot]!);
      }
    }
    const best = topSlots(touched, touchedCount, scores, limit, skip);
    if (scoresOut) for (const slot of best) scoresOut.push(scores[slot]!);
    for (let k = 0; k < touchedCount; k++) scores[touched[k]!] = 0;
    return best;
  }

  /** Positions in the query of the terms some lesson holds, rarest first. */
  private rarestFirst(query: SparseVector): number[] {
    const order: number[] = [];
    for (let i = 0; i < query.ids.length; i++) {
      const posting = this.postings[query.ids[i]!];
      if (posting && posting.size > 0) order.push(i);
    }
    return order.sort((a, b) => this.postings[query.ids[a]!]!.size - this.postings[query.ids[b]!]!.size);
  }

  private ensureSlot(slot: number): void {
    if (slot < this.lengths.length) return;
    let length = this.lengths.length;
    while (length <= slot) length *= 2;
    const lengths = new Float64Array(length);
    lengths.set(this.lengths);
    this.lengths = lengths;
    this.scores = new Float64Array(length);
    this.touched = new Int32Array(length);
  }
}
