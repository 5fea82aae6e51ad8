/**
 * The `limit` slots with the highest scores, best first (ties: lower slot first), by a min-heap.
 * `skip` is asked only of a slot good enough to enter the heap: a query touches tens of
 * thousands of slots in a large workspace, and almost none of them get that far.
 */
export function topSlots(slots: ArrayLike<number>, count: number, scores: Float64Array, limit: number, skip: (slot: number) => boolean): number[] {
  const heap: number[] = [];
  const worse = (a: number, b: number): boolean => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  for (let k = 0; k < count; k++) {
    const slot = slots[k]!;
    if (heap.length < limit) {
      if (skip(slot)) continue;
      heap.push(slot);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (worse(heap[0]!, slot) && !skip(slot)) {
      heap[0] = slot;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < heap.length && worse(heap[left]!, heap[least]!)) least = left;
        if (right < heap.length && worse(heap[right]!, heap[least]!)) least = right;
        if (least === i) break;
        [heap[i], heap[least]] = [heap[least]!, heap[i]!];
        i = least;
      }
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
