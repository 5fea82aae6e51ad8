/**
 * The lessons (by slot) holding one term, with the term's weighted count in each.
 * Typed arrays keep scoring a tight loop; removal swaps the last entry into the gap,
 * so order is arbitrary.
 */
export class PostingList {
  slots = new Int32Array(4);
  counts = new Float64Array(4);
  /**
   * BM25's saturated count for each entry, count ÷ (count + length normalisation), which
   * depends on every lesson's length: valid while `saturationsAt` is the index's current
   * generation. A query reads only these and the slots (see InvertedIndex.accumulate).
   */
  saturations = new Float64Array(4);
  saturationsAt = -1;
  size = 0;

  add(slot: number, count: number): void {
    if (this.size === this.slots.length) {
      const slots = new Int32Array(this.size * 2);
      slots.set(this.slots);
      const counts = new Float64Array(this.size * 2);
      counts.set(this.counts);
      this.slots = slots;
      this.counts = counts;
      this.saturations = new Float64Array(this.size * 2);
    }
    this.slots[this.size] = slot;
    this.counts[this.size] = count;
    this.size++;
    this.saturationsAt = -1;
  }

  /**
   * Where a slot's entry is. Lists are filled in slot order and stay nearly so, so a binary
   * search finds most entries at once; one it misses (an entry moved into a gap) is looked
   * for from the end, where a lesson being edited is, since it is added again on every change.
   * Scanning from the start took 2 ms an edit at 100,000 lessons in the commonest terms' lists.
   */
  private positionOf(slot: number): number {
    const slots = this.slots;
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = slots[middle]!;
      if (found === slot) return middle;
      if (found < slot) low = middle + 1;
      else high = middle - 1;
    }
    return this.size === 0 ? -1 : slots.lastIndexOf(slot, this.size - 1);
  }

  remove(slot: number): void {
    const i = this.positionOf(slot);
    if (i < 0) return;
    const last = --this.size;
    this.slots[i] = this.slots[last]!;
    this.counts[i] = this.counts[last]!;
    this.saturations[i] = this.saturations[last]!;
  }
}
