/**
 * The best few of many items without sorting them all: a list kept in order and cut at
 * its limit, so a search over a large workspace costs little more than one pass.
 */
export class TopMatches<T> {
  private readonly items: T[] = [];
  /** Every item offered, kept or not. */
  offered = 0;

  constructor(
    private readonly limit: number,
    /** Negative when `a` ranks before `b`. */
    private readonly compare: (a: T, b: T) => number,
  ) {}

  add(item: T): void {
    this.offered++;
    if (this.limit <= 0) return;
    // The list is full and the limit is above 0 (checked above): it has a last item.
    if (this.items.length === this.limit && this.compare(item, this.items[this.items.length - 1]!) >= 0) return;
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      // low <= middle < high <= items.length: an item's index.
      if (this.compare(item, this.items[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    this.items.splice(low, 0, item);
    if (this.items.length > this.limit) this.items.pop();
  }

  /** The kept items, best first. */
  best(): T[] {
    return [...this.items];
  }
}
