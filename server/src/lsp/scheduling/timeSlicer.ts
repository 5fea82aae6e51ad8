import { performance } from 'node:perf_hooks';
import { shouldStandAside } from './messageTraffic';

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Lets other work (requests, edits) run: resolves on the next turn of the event loop, or
 * a few turns later when a message has just arrived, so its answer is written first.
 */
export async function yieldToEventLoop(): Promise<void> {
  await nextTurn();
  while (shouldStandAside()) await nextTurn();
}

/**
 * Long loops on the server's thread check `due` after each item and yield once the slice
 * has run for its budget, so no loop holds the event loop much past the budget. Checking
 * before awaiting matters in loops over every lesson: an await costs a turn of the
 * microtask queue even when there is nothing to wait for.
 */
export class TimeSlicer {
  private sliceStart = performance.now();

  constructor(private readonly budgetMs = 10) {}

  /** The slice has used its budget: time to yield. */
  get due(): boolean {
    return performance.now() - this.sliceStart >= this.budgetMs;
  }

  /** Yields to the event loop and starts a new slice. */
  async yield(): Promise<void> {
    await yieldToEventLoop();
    this.sliceStart = performance.now();
  }
}
