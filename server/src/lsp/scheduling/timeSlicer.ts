import { TimeSlicer as EventLoopSlicer } from '../../analysis/timeSlicer';
import { shouldStandAside } from './messageTraffic';

/**
 * Background loops waiting for their next slice, first come first served. One is let go per
 * turn of the event loop: loops that yield together (filling the similarity engine, saving
 * the index, the hint pass, sorting the tree) used to resume in the same turn, each slice
 * within its budget but one after another, and with a collection of a large heap between them
 * they held the loop for 70–120 ms at 100,000 lessons.
 */
const waiting: (() => void)[] = [];
let turnQueued = false;

function queueTurn(): void {
  if (turnQueued) return;
  turnQueued = true;
  setImmediate(letOneGo);
}

function letOneGo(): void {
  turnQueued = false;
  // A message just in: this turn is its (handling it, writing the answer); the loops wait.
  if (!shouldStandAside()) waiting.shift()?.();
  if (waiting.length > 0) queueTurn();
}

/**
 * Lets other work (requests, edits, other background loops) run: resolves on a later turn of
 * the event loop, one waiting loop per turn, in the order they yielded, and a few turns later
 * when a message has just arrived, so its answer is written first.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    queueTurn();
  });
}

/** The server's slicer: each yield also stands aside for the messages in flight and for other loops' slices (yieldToEventLoop). */
export class TimeSlicer extends EventLoopSlicer {
  constructor(budgetMs = 10) {
    super(budgetMs, yieldToEventLoop);
  }
}
