import * as assert from 'node:assert/strict';
import { HINT_DEBOUNCE_MS, MAX_PUBLICATIONS_PER_SLICE } from '../../../../../server/src/lsp/features/similarHints/HintScheduler';
import { afterFirstPass, chain, hintNaming, schedulerOver } from './fakeHintHost';

describe('HintScheduler: edits', () => {
  it('ranks an edited lesson only once edits have paused for the debounce, each edit starting it again', async () => {
    const { clock, slicer, host, scheduler } = await afterFirstPass(['a', 'b']);
    scheduler.indexChanged(new Set(['a']));
    clock.advance(100);
    scheduler.indexChanged(new Set(['a']));
    clock.advance(HINT_DEBOUNCE_MS - 1);
    assert.equal(clock.pendingTimers, 1, 'one debounce, started again by the second edit');
    assert.equal(slicer.waitingForTurn, false);
    clock.advance(1);
    assert.equal(clock.pendingTimers, 0);
    assert.deepEqual(host.ranked, [], 'nothing is ranked before the event loop has had a turn');
    assert.equal(slicer.waitingForTurn, true);
    await slicer.turn();
    assert.deepEqual(host.ranked, ['a']);
    assert.equal(slicer.waitingForTurn, false);
  });

  it('ranks the lessons changed during one debounce together: open ones first, the rest in the order they changed', async () => {
    const { clock, slicer, host, scheduler } = await afterFirstPass(['a', 'b', 'c', 'd'], {}, ['d', 'b']);
    for (const uri of ['c', 'a', 'd', 'b']) scheduler.indexChanged(new Set([uri]));
    clock.advance(HINT_DEBOUNCE_MS);
    await slicer.runUntilIdle();
    assert.deepEqual(host.ranked, ['d', 'b', 'c', 'a']);
  });

  it('ranks the edited lesson, then the lessons whose hints named it, then the lessons it now resembles, and reaches no further', async () => {
    const { clock, slicer, host, scheduler } = await afterFirstPass(['a', 'x', 'y', 'z', 'w'], { x: ['a'], z: ['y'], w: ['x'] });
    host.resembles.set('a', ['y']);
    scheduler.indexChanged(new Set(['a']));
    clock.advance(HINT_DEBOUNCE_MS);
    await slicer.runUntilIdle();
    assert.deepEqual(host.ranked, ['a', 'x', 'y'], 'not z, which names y, nor w, which names x');
    assert.deepEqual(scheduler.hintFor('a'), hintNaming(['y']));
  });

  it('keeps a queued lesson in its place and with its reach when another edited lesson names it', async () => {
    const { clock, slicer, host, scheduler } = await afterFirstPass(['a', 'b', 'x'], { a: ['b'], x: ['b'] });
    scheduler.indexChanged(new Set(['a', 'b']));
    clock.advance(HINT_DEBOUNCE_MS);
    await slicer.runUntilIdle();
    // a names b, already queued to reach out; b then reaches the lessons naming it: x, and a, whose
    // hint was just set again (so it names b last), ranked again now that it has left the queue.
    assert.deepEqual(host.ranked, ['a', 'b', 'x', 'a']);
  });

  it('publishes only the lessons whose hint changed, a lost hint included', async () => {
    const { clock, slicer, host, scheduler } = await afterFirstPass(['a', 'b', 'x'], { a: ['b'], x: ['a'] });
    host.resembles.set('x', []);
    scheduler.indexChanged(new Set(['a']));
    clock.advance(HINT_DEBOUNCE_MS);
    await slicer.runUntilIdle();
    assert.deepEqual(host.take(), { ranked: ['a', 'x', 'b'], published: [['x']] });
    assert.equal(scheduler.hintFor('x'), undefined);
    assert.deepEqual(scheduler.hintFor('a'), hintNaming(['b']));
  });

  it('when a lesson is deleted, ranks the lessons that named it again, so their hints drop it', async () => {
    const { clock, slicer, host, scheduler } = await afterFirstPass(['a', 'b', 'x'], { x: ['a', 'b'] });
    host.lessons.splice(host.lessons.indexOf('a'), 1);
    scheduler.indexChanged(new Set(['a']));
    clock.advance(HINT_DEBOUNCE_MS);
    await slicer.runUntilIdle();
    assert.deepEqual(host.take(), { ranked: ['a', 'x'], published: [['x']] });
    assert.deepEqual(scheduler.hintFor('x'), hintNaming(['b']));
  });

  it('puts an edit made during a pass ahead of the rest of the pass', async () => {
    const { lessons, resembles } = chain(20);
    const { clock, slicer, host, scheduler } = schedulerOver(lessons, resembles);
    host.rankCostMs = 1;
    scheduler.indexChanged(new Set(lessons));
    await slicer.turn();
    assert.deepEqual(host.take().ranked, ['l0', 'l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7']);
    scheduler.indexChanged(new Set(['l15']));
    clock.advance(HINT_DEBOUNCE_MS);
    await slicer.turn();
    // l14, which names l15, has no hint yet: only l16, which l15 names, is reached.
    assert.deepEqual(host.take().ranked, ['l15', 'l16', 'l8', 'l9', 'l10', 'l11', 'l12', 'l13']);
  });
});

describe('HintScheduler: a lesson the engine cannot rank', () => {
  it('leaves that lesson without a hint, says so each time, and goes on ranking the others', async () => {
    const { clock, slicer, host, scheduler } = await afterFirstPass(['a', 'b', 'c'], { a: ['c'], b: ['c'], c: ['a'] });
    host.unrankable.add('a');
    host.resembles.set('b', ['a']);
    scheduler.indexChanged(new Set(['a', 'b']));
    clock.advance(HINT_DEBOUNCE_MS);
    await slicer.runUntilIdle();
    assert.deepEqual(host.failed, ['a', 'a'], 'edited, then reached again as the lesson b now resembles');
    assert.equal(scheduler.hintFor('a'), undefined, 'the stale hint is dropped, not left standing');
    assert.deepEqual(scheduler.hintFor('b'), hintNaming(['a']), 'a later lesson is still ranked');
    host.unrankable.clear();
    scheduler.indexChanged(new Set(['a']));
    clock.advance(HINT_DEBOUNCE_MS);
    await slicer.runUntilIdle();
    assert.deepEqual(scheduler.hintFor('a'), hintNaming(['c']), 'the scheduler still works after the failure');
  });
});

describe('HintScheduler: slices', () => {
  it('holds no slice past its budget, yielding between slices and publishing each slice’s changes at its end', async () => {
    const { lessons, resembles } = chain(20);
    const { slicer, host, scheduler } = schedulerOver(lessons, resembles);
    host.rankCostMs = 1;
    scheduler.indexChanged(new Set(lessons));
    const rankedAfterEachTurn: number[] = [];
    while (slicer.waitingForTurn) {
      await slicer.turn();
      rankedAfterEachTurn.push(host.ranked.length);
    }
    assert.deepEqual(rankedAfterEachTurn, [8, 16, 20]);
    assert.deepEqual(host.published, [lessons.slice(0, 8), lessons.slice(8, 16), lessons.slice(16)]);
  });

  it(`publishes at most ${MAX_PUBLICATIONS_PER_SLICE} lessons in a slice, carrying on at the next turn`, async () => {
    const { lessons, resembles } = chain(150);
    const { slicer, host, scheduler } = schedulerOver(lessons, resembles);
    scheduler.indexChanged(new Set(lessons));
    assert.equal(await slicer.runUntilIdle(), 3);
    assert.deepEqual(
      host.published.map((uris) => uris.length),
      [64, 64, 22],
    );
  });

  it('ends a slice when it has nothing left and yields no more', async () => {
    const { clock, slicer, host, scheduler } = await afterFirstPass(['a', 'b']);
    scheduler.indexChanged(new Set(['b']));
    clock.advance(HINT_DEBOUNCE_MS);
    assert.equal(await slicer.runUntilIdle(), 1);
    assert.deepEqual(host.take(), { ranked: ['b'], published: [[]] });
  });
});
