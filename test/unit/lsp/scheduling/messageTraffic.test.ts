import * as assert from 'node:assert/strict';
import { noteIncomingMessage, noteOutgoingMessage } from '../../../../server/src/lsp/scheduling/messageTraffic';
import { yieldToEventLoop } from '../../../../server/src/lsp/scheduling/timeSlicer';

/** Stands in for the protocol library: one turn to handle a message, one more to write the answer. */
function handleLikeTheProtocolLibrary(order: string[]): void {
  setImmediate(() => {
    order.push('message handled');
    setImmediate(() => order.push('answer written'));
  });
}

/** Lets any turns left from an earlier test run out. */
async function quiet(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('background loops and message traffic', () => {
  beforeEach(quiet);

  it('a background loop stands aside until a message that just arrived is answered', async () => {
    const order: string[] = [];
    noteIncomingMessage();
    handleLikeTheProtocolLibrary(order);
    await yieldToEventLoop();
    order.push('background slice');
    await quiet();
    assert.deepEqual(order, ['message handled', 'answer written', 'background slice']);
  });

  it('stands aside while messages it sent are still being written, and no longer', async () => {
    const order: string[] = [];
    let written: () => void = () => undefined;
    noteOutgoingMessage(new Promise<void>((resolve) => (written = resolve)));
    // The writer finishes a few turns from now, as the protocol library's queue does.
    setImmediate(() =>
      setImmediate(() =>
        setImmediate(() => {
          order.push('written');
          written();
        }),
      ),
    );
    await yieldToEventLoop();
    order.push('background slice');
    assert.deepEqual(order, ['written', 'background slice']);
  });

  it('does not wait for ever on a message that is not written', async () => {
    let written: () => void = () => undefined;
    noteOutgoingMessage(new Promise<void>((resolve) => (written = resolve)));
    try {
      // If the loop waited for the write, this would never return and the test would time out.
      assert.equal(await yieldToEventLoop().then(() => 'the slice ran'), 'the slice ran');
    } finally {
      written();
    }
  });

  it('with no message waiting, it takes the very next turn', async () => {
    const order: string[] = [];
    handleLikeTheProtocolLibrary(order);
    await yieldToEventLoop();
    order.push('background slice');
    await quiet();
    assert.deepEqual(order, ['message handled', 'background slice', 'answer written']);
  });
});
