import { grownInt32, grownLength } from './growArray';

/**
 * Distinct terms a lesson is guessed to hold before any is indexed: twice what the
 * benchmark's lessons hold (about 80), since an arena reserved too small must grow.
 */
export const RESERVED_POSITIONS_PER_LESSON = 160;

/**
 * The term vectors of every indexed lesson by slot (term ids ascending, each with its
 * dampened count, see sublinear), side by side in two large arrays. Scoring a query reads
 * the vectors of fifty lessons from anywhere in the index: from one arena each is a run of
 * sequential reads, where a few small arrays per lesson cost a chain of cache misses each.
 *
 * A lesson set again is written at the end, and the space it leaves is dead. When a lesson no
 * longer fits at the end, the arena is compacted (and doubled while half of it would be live),
 * so a change costs amortised time in proportion to the lesson.
 */
export class TermArena {
  /** Term ids of every lesson, each lesson's run ascending. */
  ids = new Int32Array(1024);
  /** The dampened count of the term at the same position in `ids`. */
  counts = new Float64Array(1024);
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  /** Where the next lesson is written. */
  private top = 0;
  /** How many positions below `top` hold a lesson's terms. */
  private live = 0;

  /** Where a slot's run starts in `ids` and `counts`. */
  start(slot: number): number {
    return slot < this.starts.length ? this.starts[slot]! : 0;
  }

  /** Where a slot's run ends (exclusive); equal to start for an empty slot. */
  end(slot: number): number {
    return slot < this.ends.length ? this.ends[slot]! : 0;
  }

  /** The term ids of a slot, as a view into the arena: valid until the arena next changes. */
  idsOf(slot: number): Int32Array {
    return this.ids.subarray(this.start(slot), this.end(slot));
  }

  /** The dampened counts of a slot, as a view into the arena: valid until the arena next changes. */
  countsOf(slot: number): Float64Array {
    return this.counts.subarray(this.start(slot), this.end(slot));
  }

  /** Stores a slot's vector, replacing what it held. */
  set(slot: number, ids: ArrayLike<number>, counts: ArrayLike<number>): void {
    this.remove(slot);
    this.ensureSlot(slot);
    const length = ids.length;
    if (this.top + length > this.ids.length) this.makeRoom(length);
    const start = this.top;
    this.ids.set(ids, start);
    this.counts.set(counts, start);
    this.starts[slot] = start;
    this.ends[slot] = start + length;
    this.top += length;
    this.live += length;
  }

  /** Empties a slot; its space is reclaimed at the next compaction. */
  remove(slot: number): void {
    if (slot >= this.starts.length) return;
    this.live -= this.ends[slot]! - this.starts[slot]!;
    this.starts[slot] = 0;
    this.ends[slot] = 0;
  }

  /** How many positions hold a lesson's terms (see `top` for how far the arena is written). */
  get livePositions(): number {
    return this.live;
  }

  /**
   * Makes room at the end for `positions` more before they are written: when lessons are
   * added by the thousand (after a scan), one allocation now, while the arena is empty or
   * small. Growing it later copies every lesson's terms in one go, and writing a fresh
   * array touches each of its pages for the first time: at 100,000 lessons that held the
   * server's thread for half a second. Pages reserved but never written cost no memory.
   */
  reserve(positions: number): void {
    const needed = this.top + positions;
    if (needed <= this.ids.length) return;
    // With space left dead by changed lessons, compact as well; otherwise exactly what is asked.
    if (this.live < this.top) {
      this.makeRoom(positions);
      return;
    }
    const ids = new Int32Array(needed);
    const counts = new Float64Array(needed);
    ids.set(this.ids.subarray(0, this.top));
    counts.set(this.counts.subarray(0, this.top));
    this.ids = ids;
    this.counts = counts;
  }

  /** Compacts the arena, larger if need be, so that `needed` more positions fit at the end with half of it free. */
  private makeRoom(needed: number): void {
    let capacity = this.ids.length;
    while (capacity < 2 * (this.live + needed)) capacity *= 2;
    const ids = new Int32Array(capacity);
    const counts = new Float64Array(capacity);
    let top = 0;
    for (let slot = 0; slot < this.starts.length; slot++) {
      const start = this.starts[slot]!;
      const end = this.ends[slot]!;
      ids.set(this.ids.subarray(start, end), top);
      counts.set(this.counts.subarray(start, end), top);
      this.starts[slot] = top;
      this.ends[slot] = top + end - start;
      top += end - start;
    }
    this.ids = ids;
    this.counts = counts;
    this.top = top;
  }

  private ensureSlot(slot: number): void {
    if (slot < this.starts.length) return;
    const length = grownLength(this.starts.length, slot);
    this.starts = grownInt32(this.starts, length);
    this.ends = grownInt32(this.ends, length);
  }
}
