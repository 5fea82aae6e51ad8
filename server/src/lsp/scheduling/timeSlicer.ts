import { nextTurn, TimeSlicer as EventLoopSlicer } from '../../analysis/timeSlicer';
import { shouldStandAside } from './messageTraffic';

/**
 * Lets other work (requests, edits) run: resolves on the next turn of the event loop, or
 * a few turns later when a message has just arrived, so its answer is written first.
 */
export async function yieldToEventLoop(): Promise<void> {
  await nextTurn();
  while (shouldStandAside()) await nextTurn();
}

/** The server's slicer: each yield also stands aside for the messages in flight (yieldToEventLoop). */
export class TimeSlicer extends EventLoopSlicer {
  constructor(budgetMs = 10) {
    super(budgetMs, yieldToEventLoop);
  }
}
