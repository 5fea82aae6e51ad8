/**
 * The lessons (by slot) holding one term, with the term's weighted count in each.
 * Typed arrays keep scoring a tight loop; removal swaps the last entry into the gap,
 * so order is arbitrary.
 */
export class PostingList {
  slots = new Int32Array(4);
  counts = new Float64Array(4);
  /**
   * BM25's denominator for each entry (count + length normalisation), which depends on
   * every lesson's length: valid while `denominatorsAt` is the index's current generation.
   */
  denominators = new Float64Array(4);
  denominatorsAt = -1;
  size = 0;

  add(slot: number, count: number): void {
    if (this.size === this.slots.length) {
      const slots = new Int32Array(this.size * 2);
      slots.set(this.slots);
      const counts = new Float64Array(this.size * 2);
      counts.set(this.counts);
      this.slots = slots;
      this.counts = counts;
      this.denominators = new Float64Array(this.size * 2);
    }
    this.slots[this.size] = slot;
    this.counts[this.size] = count;
    this.size++;
    this.denominatorsAt = -1;
  }

  /**
   * Searched from the end: a lesson being edited is taken out and added again on every change,
   * and added again it is at the end of each of its lists, so after its first edit each
   * removal finds it at once (from the start, the commonest terms' lists took 2 ms an edit
   * at 100,000 lessons).
   */
  remove(slot: number): void {
    if (this.size === 0) return;
    const i = this.slots.lastIndexOf(slot, this.size - 1);
    if (i < 0) return;
    const last = --this.size;
    this.slots[i] = this.slots[last]!;
    this.counts[i] = this.counts[last]!;
    this.denominators[i] = this.denominators[last]!;
  }
}
