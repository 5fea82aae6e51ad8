import * as assert from 'node:assert/strict';
import { RankingQueue, type HintsToRestore, type HintWork } from '../../../../../server/src/lsp/features/similarHints/RankingQueue';
import { FakeHintStore, savedHint } from './fakeHintHost';

function drain(queue: RankingQueue): string[] {
  const taken: string[] = [];
  for (let work: HintWork | undefined; (work = queue.next());)
    taken.push(work.kind === 'rank' ? `${work.uri}${work.reachOut ? '+' : ''}` : `restore ${work.saved.uri}`);
  return taken;
}

describe('RankingQueue', () => {
  it('queues a lesson once, where it was first queued; asking to reach out upgrades it, asking without never downgrades it', () => {
    const queue = new RankingQueue();
    queue.enqueue('a', false);
    queue.enqueue('b', true);
    queue.enqueue('a', true);
    queue.enqueue('b', false);
    queue.enqueue('c', false);
    assert.deepEqual(drain(queue), ['a+', 'b+', 'c']);
    queue.enqueue('a', false);
    assert.deepEqual(drain(queue), ['a'], 'taken lessons may be queued again');
  });

  it('restores saved hints first, then ranks the urgent lessons, then the pass', () => {
    const queue = new RankingQueue();
    queue.startPass(['p1', 'p2']);
    queue.enqueue('u', true);
    const restoring: HintsToRestore = { hints: [savedHint('s', ['p1'])], store: new FakeHintStore(), rankedMeanwhile: new Set() };
    queue.startRestoring(restoring);
    assert.equal(queue.hasWork(), true);
    const first = queue.next();
    assert.deepEqual(first, { kind: 'restore', saved: restoring.hints[0], from: restoring });
    assert.deepEqual(drain(queue), ['u+', 'p1', 'p2']);
    assert.equal(queue.hasWork(), false);
  });

  it('drops the urgent lessons and the hints to restore when a pass starts', () => {
    const queue = new RankingQueue();
    queue.enqueue('u', true);
    queue.startRestoring({ hints: [savedHint('s', ['p1'])], store: new FakeHintStore(), rankedMeanwhile: new Set() });
    queue.startPass(['p1']);
    queue.enqueue('u', false);
    assert.deepEqual(drain(queue), ['u', 'p1'], 'u queued afresh, without the reach it had');
  });

  it('forgets the pass and the hints restored once finished', () => {
    const queue = new RankingQueue();
    queue.startPass(['p1', 'p2']);
    queue.startRestoring({ hints: [savedHint('s', [])], store: new FakeHintStore(), rankedMeanwhile: new Set() });
    queue.finished();
    assert.equal(queue.hasWork(), false);
    assert.equal(queue.next(), undefined);
  });
});
