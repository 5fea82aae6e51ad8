import { performance } from 'node:perf_hooks';

/** How a long loop shares its thread: `due` says a slice is up, `yield()` lets other work run. */
export interface Slicer {
  readonly due: boolean;
  yield(): Promise<void>;
}

/** Resolves on the next turn of the event loop, after the I/O callbacks due. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Long loops check `due` after each item and yield once the slice has run for its budget, so
 * no loop holds the event loop much past the budget. Checking before awaiting matters in loops
 * over every lesson: an await costs a turn of the microtask queue even when there is nothing
 * to wait for. By default a yield is one turn of the event loop; the language server waits
 * longer when messages are in flight (lsp/scheduling/timeSlicer.ts).
 */
export class TimeSlicer implements Slicer {
  private sliceStart = performance.now();

  constructor(
    private readonly budgetMs = 10,
    private readonly turn: () => Promise<void> = nextTurn,
  ) {}

  /** The slice has used its budget: time to yield. */
  get due(): boolean {
    return performance.now() - this.sliceStart >= this.budgetMs;
  }

  /** Yields to the event loop and starts a new slice. */
  async yield(): Promise<void> {
    await this.turn();
    this.sliceStart = performance.now();
  }
}
