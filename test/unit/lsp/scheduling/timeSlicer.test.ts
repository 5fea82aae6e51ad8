import * as assert from 'node:assert/strict';
import { TimeSlicer, yieldToEventLoop } from '../../../../server/src/lsp/scheduling/timeSlicer';

/** Lets any turns left from an earlier test run out. */
async function quiet(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Runs loops that yield after every item, as background loops do once their slice is due, and
 * notes which turn of the event loop each slice starts in: a counter that an immediate adds one
 * to and queues itself again counts the turns (each turn runs it once).
 */
async function slicesOf(loops: number, slicesEach: number): Promise<{ loop: number; turn: number }[]> {
  const slices: { loop: number; turn: number }[] = [];
  let turn = 0;
  let counting = true;
  const count = (): void => {
    turn++;
    if (counting) setImmediate(count);
  };
  setImmediate(count);
  const run = async (loop: number): Promise<void> => {
    const slicer = new TimeSlicer(0);
    await yieldToEventLoop();
    for (let slice = 0; slice < slicesEach; slice++) {
      slices.push({ loop, turn });
      if (slicer.due) await slicer.yield();
    }
  };
  await Promise.all(Array.from({ length: loops }, (_, loop) => run(loop)));
  counting = false;
  return slices;
}

describe('the server time slicer', () => {
  beforeEach(quiet);

  it('runs one background slice per turn of the event loop, however many loops yield together', async () => {
    const slices = await slicesOf(3, 4);
    assert.equal(slices.length, 12);
    const turns = slices.map((slice) => slice.turn);
    assert.deepEqual(
      turns.filter((turn, index) => index > 0 && turn <= turns[index - 1]!),
      [],
      `slices started in turns ${turns.join(', ')}`,
    );
  });

  it('gives every loop its slices in turn, none waiting for another to finish', async () => {
    const slices = await slicesOf(3, 4);
    const order = slices.map((slice) => slice.loop).join('');
    assert.equal(order, '012012012012');
  });
});
