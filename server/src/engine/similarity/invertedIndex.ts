import { PostingList } from './postingList';
import type { SparseVector } from './sparseVector';
import { topSlots } from './topSlots';
import { grownFloat64, grownLength } from './growArray';

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
  /** One past the highest slot ever added: the scores a search may have written lie below it. */
  private slotEnd = 0;
  /** Bumped by every add and remove: each changes the average length, so every BM25 denominator. */
  private generation = 0;
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
    this.slotEnd = Math.max(this.slotEnd, slot + 1);
    this.totalLength += length;
    this.documents++;
    this.generation++;
  }

  remove(slot: number, vector: SparseVector): void {
    for (const id of vector.ids) this.postings[id]?.remove(slot);
    this.totalLength -= this.lengths[slot]!;
    this.lengths[slot] = 0;
    this.documents--;
    this.generation++;
  }

  /**
   * Up to `limit` slots with the best BM25 score for the query's terms, best first.
   * `skip` leaves out slots (the query itself, excluded keys). With `scoresOut`, each
   * returned slot's score is pushed to it, in the same order.
   */
  candidates(query: SparseVector, idf: (id: number) => number, limit: number, skip: (slot: number) => boolean, scoresOut?: number[]): number[] {
    if (this.documents === 0 || limit <= 0) return [];
    const { positions, postings } = this.termsToRead(query);
    // When the query reads at least as many postings as there are slots, nearly every lesson
    // is touched: scanning every slot afterwards is cheaper than noting each first touch.
    const everySlot = postings >= this.slotEnd;
    let touchedCount = 0;
    for (const i of positions) {
      const posting = this.postings[query.ids[i]!]!;
      // A term repeated in the query counts more, but not without bound.
      const weight = idf(query.ids[i]!) * Math.min(query.values[i]!, 2) * (K1 + 1);
      if (everySlot) this.accumulate(posting, weight);
      else touchedCount = this.accumulateNotingTouched(posting, weight, touchedCount);
    }
    const scores = this.scores;
    const best = everySlot ? topSlots(undefined, this.slotEnd, scores, limit, skip) : topSlots(this.touched, touchedCount, scores, limit, skip);
    if (scoresOut) for (const slot of best) scoresOut.push(scores[slot]!);
    if (everySlot) scores.fill(0, 0, this.slotEnd);
    else for (let k = 0; k < touchedCount; k++) scores[this.touched[k]!] = 0;
    return best;
  }

  /**
   * Positions in the query of the terms a search reads, rarest first, and how many postings
   * they hold. The commonest terms are left out once their postings would pass the budget;
   * the rarest term is always read, so a query of common words still finds something.
   */
  private termsToRead(query: SparseVector): { positions: number[]; postings: number } {
    const positions = this.rarestFirst(query);
    let budget = POSTINGS_BUDGET;
    for (let read = 0; read < positions.length; read++) {
      const size = this.postings[query.ids[positions[read]!]!]!.size;
      if (size > budget && read > 0) {
        positions.length = read;
        break;
      }
      budget -= size;
    }
    return { positions, postings: POSTINGS_BUDGET - budget };
  }

  /**
   * Adds one term's BM25 contribution to the score of every slot holding it. The hot loop of a
   * hint pass (about 39,000 postings a query at 10,000 lessons): it reads 12 bytes a posting,
   * where reading the count and the denominator apart read 20 and divided each time.
   */
  private accumulate(posting: PostingList, weight: number): void {
    const { slots, size } = posting;
    const saturations = this.saturationsOf(posting);
    const scores = this.scores;
    for (let p = 0; p < size; p++) {
      const slot = slots[p]!;
      scores[slot] = scores[slot]! + weight * saturations[p]!;
    }
  }

  /** As accumulate, also noting in `touched` each slot scored for the first time; returns the new count. */
  private accumulateNotingTouched(posting: PostingList, weight: number, touchedCount: number): number {
    const { slots, size } = posting;
    const saturations = this.saturationsOf(posting);
    const scores = this.scores;
    const touched = this.touched;
    let count = touchedCount;
    for (let p = 0; p < size; p++) {
      const slot = slots[p]!;
      const score = scores[slot]!;
      if (score === 0) touched[count++] = slot;
      scores[slot] = score + weight * saturations[p]!;
    }
    return count;
  }

  /**
   * BM25's saturated counts of a posting list, worked out again when the index has changed since.
   * Only the lists a query reads are brought up to date, so an edit costs no more than a query.
   */
  private saturationsOf(posting: PostingList): Float64Array {
    if (posting.saturationsAt === this.generation) return posting.saturations;
    const averageLength = this.totalLength / this.documents || 1;
    const lengthFactor = (K1 * B) / averageLength;
    const baseNorm = K1 * (1 - B);
    const { slots, counts, saturations, size } = posting;
    for (let p = 0; p < size; p++) saturations[p] = counts[p]! / (counts[p]! + baseNorm + lengthFactor * this.lengths[slots[p]!]!);
    posting.saturationsAt = this.generation;
    return saturations;
  }

  /** Positions in the query of the terms some lesson holds, rarest first (ties: in query order). */
  private rarestFirst(query: SparseVector): number[] {
    const n = query.ids.length;
    // Size and position as one number, size × n + position, so a plain numeric sort orders them.
    const keys: number[] = [];
    for (let i = 0; i < n; i++) {
      const size = this.postings[query.ids[i]!]?.size ?? 0;
      if (size > 0) keys.push(size * n + i);
    }
    const order = Float64Array.from(keys).sort();
    const positions: number[] = new Array<number>(order.length);
    for (let k = 0; k < order.length; k++) positions[k] = order[k]! % n;
    return positions;
  }

  private ensureSlot(slot: number): void {
    if (slot < this.lengths.length) return;
    const length = grownLength(this.lengths.length, slot);
    this.lengths = grownFloat64(this.lengths, length);
    this.scores = new Float64Array(length);
    this.touched = new Int32Array(length);
  }
}
