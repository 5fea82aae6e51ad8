/**
 * The `limit` slots with the highest scores, best first (ties: lower slot first), by a min-heap.
 * `skip` is asked only of a slot good enough to enter the heap: a query touches tens of
 * thousands of slots in a large workspace, and almost none of them get that far.
 * The slots are the first `count` of `slots`; or, without `slots`, every slot below `count`
 * with a score other than 0 (when most slots have one, that spares listing them).
 */
export function topSlots(slots: ArrayLike<number> | undefined, count: number, scores: Float64Array, limit: number, skip: (slot: number) => boolean): number[] {
  if (limit <= 0) return [];
  const heap = new SlotHeap(Math.min(limit, count));
  let k = 0;
  for (; k < count && heap.size < limit; k++) {
    const slot = slots === undefined ? k : slots[k]!;
    if ((slots === undefined && scores[slot] === 0) || skip(slot)) continue;
    heap.push(slot, scores[slot]!);
  }
  if (heap.size < limit) return heap.bestFirst();
  if (slots === undefined) offerEverySlot(heap, k, count, scores, skip);
  else offerListed(heap, slots, k, count, scores, skip);
  return heap.bestFirst();
}

/**
 * Offers the listed slots from `from` on to a full heap. Its root is the bar to clear, kept in
 * locals because almost every slot fails it; this loop and the next are the hot part, so each is kept tight.
 */
function offerListed(heap: SlotHeap, slots: ArrayLike<number>, from: number, count: number, scores: Float64Array, skip: (slot: number) => boolean): void {
  let rootSlot = heap.slots[0]!;
  let rootScore = heap.scores[0]!;
  for (let k = from; k < count; k++) {
    const slot = slots[k]!;
    const score = scores[slot]!;
    if (score < rootScore || (score === rootScore && slot > rootSlot) || skip(slot)) continue;
    heap.replaceRoot(slot, score);
    rootSlot = heap.slots[0]!;
    rootScore = heap.scores[0]!;
  }
}

/** As offerListed, for every slot from `from` below `count` that has a score. */
function offerEverySlot(heap: SlotHeap, from: number, count: number, scores: Float64Array, skip: (slot: number) => boolean): void {
  let rootSlot = heap.slots[0]!;
  let rootScore = heap.scores[0]!;
  for (let slot = from; slot < count; slot++) {
    const score = scores[slot]!;
    if (score < rootScore || (score === rootScore && slot > rootSlot) || score === 0 || skip(slot)) continue;
    heap.replaceRoot(slot, score);
    rootSlot = heap.slots[0]!;
    rootScore = heap.scores[0]!;
  }
}

/**
 * A min-heap of slots by score, the worst (lowest score, then highest slot) at the root.
 * Each entry keeps its score beside it, so comparisons read the heap's own small arrays.
 */
class SlotHeap {
  readonly slots: Int32Array;
  readonly scores: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.slots = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
  }

  push(slot: number, score: number): void {
    let hole = this.size++;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      if (!this.ranksAbove(parent, slot, score)) break;
      this.move(parent, hole);
      hole = parent;
    }
    this.slots[hole] = slot;
    this.scores[hole] = score;
  }

  /** Puts (slot, score) in place of the root and sifts it down to where it belongs. */
  replaceRoot(slot: number, score: number): void {
    let hole = 0;
    for (;;) {
      const left = 2 * hole + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const worse = right < this.size && this.ranksAbove(left, this.slots[right]!, this.scores[right]!) ? right : left;
      if (this.ranksAbove(worse, slot, score)) break;
      this.move(worse, hole);
      hole = worse;
    }
    this.slots[hole] = slot;
    this.scores[hole] = score;
  }

  /** The slots, best first; empties the heap. */
  bestFirst(): number[] {
    const best: number[] = new Array<number>(this.size);
    while (this.size > 0) {
      best[this.size - 1] = this.slots[0]!;
      const last = --this.size;
      if (last > 0) this.replaceRoot(this.slots[last]!, this.scores[last]!);
    }
    return best;
  }

  /** Whether the entry at i ranks above (slot, score): a higher score, or the same score and a lower slot. */
  private ranksAbove(i: number, slot: number, score: number): boolean {
    const own = this.scores[i]!;
    return own > score || (own === score && this.slots[i]! < slot);
  }

  private move(from: number, to: number): void {
    this.slots[to] = this.slots[from]!;
    this.scores[to] = this.scores[from]!;
  }
}
