import { performance } from 'node:perf_hooks';
import { shouldStandAside } from './incomingMessages';

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
 * Long loops on the server's thread call `maybeYield()` after each item: once the slice
 * has run for its budget it yields, so no loop holds the event loop much past the budget.
 */
export class TimeSlicer {
  private sliceStart = performance.now();

  constructor(private readonly budgetMs = 10) {}

  async maybeYield(): Promise<void> {
    if (performance.now() - this.sliceStart < this.budgetMs) return;
    await yieldToEventLoop();
    this.sliceStart = performance.now();
  }
}
