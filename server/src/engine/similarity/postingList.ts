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

  remove(slot: number): void {
    const slots = this.slots;
    for (let i = 0; i < this.size; i++) {
      if (slots[i] !== slot) continue;
      const last = --this.size;
      slots[i] = slots[last]!;
      this.counts[i] = this.counts[last]!;
      this.denominators[i] = this.denominators[last]!;
      return;
    }
  }
}
