import * as assert from 'node:assert/strict';
import { noteIncomingMessage } from '../../../../server/src/lsp/scan/incomingMessages';
import { yieldToEventLoop } from '../../../../server/src/lsp/scan/timeSlicer';

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

describe('background loops and incoming messages', () => {
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

  it('with no message waiting, it takes the very next turn', async () => {
    const order: string[] = [];
    handleLikeTheProtocolLibrary(order);
    await yieldToEventLoop();
    order.push('background slice');
    await quiet();
    assert.deepEqual(order, ['message handled', 'background slice', 'answer written']);
  });
});
