import * as assert from 'node:assert/strict';
import { serverMemory } from '../../../../server/src/lsp/stats/statsRequest';

describe('learnOnce/stats: the server memory', () => {
  it('reports rss and heap in MB where Node has process.memoryUsage', () => {
    const memory = serverMemory({ process: { memoryUsage: () => ({ rss: 96 * 1048576, heapUsed: 40.4 * 1048576 }) } });
    assert.deepEqual(memory, { rssMb: 96, heapUsedMb: 40 });
  });

  it('is undefined where there is no process, as in the web build (a web worker)', () => {
    assert.equal(serverMemory({}), undefined);
    assert.equal(serverMemory({ process: {} }), undefined);
  });

  it('reads this Node process by default', () => {
    const memory = serverMemory();
    assert.ok(memory && memory.rssMb > 0, JSON.stringify(memory));
  });
});
