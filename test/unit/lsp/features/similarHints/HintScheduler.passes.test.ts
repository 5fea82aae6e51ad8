import * as assert from 'node:assert/strict';
import { HINT_DEBOUNCE_MS } from '../../../../../server/src/lsp/features/similarHints/HintScheduler';
import { afterFirstPass, chain, FakeHintStore, hintNaming, savedHint, schedulerOver } from './fakeHintHost';

describe('HintScheduler: passes over every lesson', () => {
  it('ranks every lesson on the first change, whatever changed: open lessons first, then every lesson in the index’s order', async () => {
    const { clock, slicer, host, scheduler } = schedulerOver(['a', 'b', 'c', 'd'], {}, ['c', 'notes.md', 'a']);
    scheduler.indexChanged(new Set(['b']));
    assert.equal(clock.pendingTimers, 0, 'no debounce');
    await slicer.runUntilIdle();
    // An open lesson is simply ranked again in the pass.
    assert.deepEqual(host.ranked, ['c', 'a', 'a', 'b', 'c', 'd']);
  });

  it('says a pass is under way from the change that starts it until its last slice, then saves the hints under its settings', async () => {
    const { lessons, resembles } = chain(20);
    const { slicer, host, scheduler } = schedulerOver(lessons, resembles);
    const store = (host.store = new FakeHintStore());
    host.rankCostMs = 1;
    scheduler.indexChanged(new Set(['l0']));
    assert.equal(scheduler.passUnderWay, true);
    await slicer.turn();
    assert.equal(scheduler.passUnderWay, true);
    assert.deepEqual(store.saves, []);
    await slicer.runUntilIdle();
    assert.equal(scheduler.passUnderWay, false);
    assert.deepEqual(store.loads, [], 'not a change to every lesson: no saved hints to look for');
    assert.deepEqual(store.saves, [{ settings: host.settingsKey(), hints: new Map(lessons.map((uri) => [uri, hintNaming(resembles[uri]!)])) }]);
  });

  it('after a pass, an edit is no pass: it saves nothing', async () => {
    const { clock, slicer, host, scheduler } = await afterFirstPass(['a', 'b'], { a: ['b'] });
    const store = (host.store = new FakeHintStore());
    scheduler.indexChanged(new Set(['a']));
    clock.advance(HINT_DEBOUNCE_MS);
    assert.equal(scheduler.passUnderWay, false);
    await slicer.runUntilIdle();
    assert.deepEqual(store.saves, []);
  });

  it('when the settings change, drops every hint at once, publishes the stale ones in slices and ranks every lesson again', async () => {
    const { slicer, host, scheduler } = await afterFirstPass(['a', 'x', 'y'], { x: ['a'], y: ['a'] });
    host.settings = { severity: 'warning' };
    scheduler.indexChanged(new Set(['a', 'x', 'y']));
    assert.equal(scheduler.hintFor('x'), undefined);
    assert.deepEqual(host.publishedInSlices, [['x', 'y']]);
    assert.equal(scheduler.passUnderWay, true);
    await slicer.runUntilIdle();
    assert.deepEqual(host.take(), { ranked: ['a', 'x', 'y'], published: [['x', 'y']] });
    assert.deepEqual(scheduler.hintFor('x'), hintNaming(['a'], 'warning'));
  });

  it('with the hints switched off, clears the stale ones and publishes nothing more', async () => {
    const { slicer, host, scheduler } = await afterFirstPass(['a', 'x', 'y'], { x: ['a'], y: ['a'] });
    host.settings = { severity: 'off' };
    scheduler.indexChanged(new Set(['a']));
    await slicer.runUntilIdle();
    assert.deepEqual(host.publishedInSlices, [['x', 'y']]);
    assert.deepEqual(host.take(), { ranked: ['a', 'x', 'y'], published: [[]] });
    assert.equal(scheduler.hintFor('x'), undefined);
  });

  it('still ranks an edit waiting for its debounce when a pass starts, ahead of the rest of the pass', async () => {
    const { clock, slicer, host, scheduler } = await afterFirstPass(['a', 'b', 'c']);
    scheduler.indexChanged(new Set(['a']));
    host.settings = { severity: 'hint' };
    scheduler.indexChanged(new Set(['b']));
    clock.advance(HINT_DEBOUNCE_MS);
    await slicer.runUntilIdle();
    assert.deepEqual(host.ranked, ['a', 'a', 'b', 'c']);
  });

  it('takes a change to every lesson (a rescan) for a pass under the same settings, but not a change while no lesson is held', async () => {
    const held = await afterFirstPass(['a', 'b'], { a: ['b'] });
    const store = (held.host.store = new FakeHintStore());
    held.scheduler.indexChanged(new Set(['a', 'b']));
    assert.equal(held.clock.pendingTimers, 0);
    assert.equal(held.scheduler.passUnderWay, true);
    assert.deepEqual(store.loads, [held.host.settingsKey()], 'its saved hints are looked for');
    assert.equal(held.scheduler.hintFor('a'), undefined, 'the stale hints are dropped while they load');
    assert.deepEqual(held.host.publishedInSlices, [['a']]);

    const empty = await afterFirstPass([]);
    empty.scheduler.indexChanged(new Set(['gone']));
    assert.equal(empty.clock.pendingTimers, 1, 'debounced as an edit');
    assert.equal(empty.scheduler.passUnderWay, false);
  });
});

/** Five lessons scanned with saved hints to offer: the first change (every lesson) starts loading them. */
function scannedWithSavedHints(resembles: Record<string, string[]> = {}) {
  const setup = schedulerOver(['a', 'b', 'c', 'd', 'e'], resembles);
  const store = (setup.host.store = new FakeHintStore());
  setup.scheduler.indexChanged(new Set(setup.host.lessons));
  return { ...setup, store };
}

describe('HintScheduler: saved hints after a scan', () => {
  it('restores the saved hints instead of ranking every lesson, then ranks the changed lessons with those around them, and saves', async () => {
    const { slicer, host, scheduler, store } = scannedWithSavedHints({ a: ['b'], c: ['e'], d: ['c'] });
    assert.deepEqual(store.loads, [host.settingsKey()]);
    assert.equal(scheduler.passUnderWay, true, 'while the hints load');
    assert.equal(slicer.waitingForTurn, false, 'nothing ranked before they are loaded');
    await store.loaded({ hints: [savedHint('a', ['b']), savedHint('d', ['c'])], changed: new Set(['c']) });
    await slicer.runUntilIdle();
    // Restored first, published as restored; then c, reaching d (whose restored hint names it) and e (which it names).
    assert.deepEqual(host.take(), { ranked: ['c', 'd', 'e'], published: [['a', 'd', 'c']] });
    assert.deepEqual(scheduler.hintFor('d'), hintNaming(['c']));
    assert.equal(scheduler.passUnderWay, false);
    assert.deepEqual(
      store.saves.map((save) => [save.settings, [...save.hints.keys()]]),
      [[host.settingsKey(), ['a', 'd', 'c']]],
    );
  });

  it('restores without ranking or saving when no lesson changed', async () => {
    const { slicer, host, scheduler, store } = scannedWithSavedHints();
    await store.loaded({ hints: [savedHint('a', ['b']), savedHint('d', ['c'])], changed: new Set() });
    await slicer.runUntilIdle();
    assert.deepEqual(host.take(), { ranked: [], published: [['a', 'd']] });
    assert.deepEqual(scheduler.hintFor('a'), hintNaming(['b']));
    assert.equal(scheduler.passUnderWay, false);
    assert.deepEqual(store.saves, []);
  });

  it('restores when at most a quarter of the lessons changed, and ranks every lesson when more did', async () => {
    const few = schedulerOver(['a', 'b', 'c', 'd']);
    const fewStore = (few.host.store = new FakeHintStore());
    few.scheduler.indexChanged(new Set(few.host.lessons));
    await fewStore.loaded({ hints: [savedHint('a', ['b'])], changed: new Set(['c']) });
    await few.slicer.runUntilIdle();
    assert.deepEqual(few.host.ranked, ['c']);

    const many = schedulerOver(['a', 'b', 'c', 'd']);
    const manyStore = (many.host.store = new FakeHintStore());
    many.scheduler.indexChanged(new Set(many.host.lessons));
    await manyStore.loaded({ hints: [savedHint('a', ['b'])], changed: new Set(['c', 'd']) });
    await many.slicer.runUntilIdle();
    assert.deepEqual(many.host.ranked, ['a', 'b', 'c', 'd']);
    assert.equal(many.scheduler.hintFor('a'), undefined, 'no saved hint restored');
    assert.equal(manyStore.saves.length, 1);
  });

  it('ranks every lesson when no saved hints can be used, or loading them fails', async () => {
    const none = scannedWithSavedHints();
    await none.store.loaded(undefined);
    await none.slicer.runUntilIdle();
    assert.deepEqual(none.host.ranked, ['a', 'b', 'c', 'd', 'e']);
    assert.equal(none.store.saves.length, 1);

    const failing = scannedWithSavedHints();
    await failing.store.failed(new Error('unreadable'));
    await failing.slicer.runUntilIdle();
    assert.deepEqual(failing.host.ranked, ['a', 'b', 'c', 'd', 'e']);
    assert.equal(failing.store.saves.length, 1);
  });

  it('keeps the fresh hint of a lesson edited while the hints loaded, and restores none over a lesson no longer as loaded', async () => {
    const { clock, slicer, host, scheduler, store } = scannedWithSavedHints({ a: ['c'] });
    scheduler.indexChanged(new Set(['a']));
    clock.advance(HINT_DEBOUNCE_MS);
    await slicer.runUntilIdle();
    assert.deepEqual(host.take().ranked, ['a', 'c']);
    store.notAsLoaded.add('b');
    await store.loaded({ hints: [savedHint('a', ['b']), savedHint('b', ['c']), savedHint('d', ['e'])], changed: new Set() });
    await slicer.runUntilIdle();
    assert.deepEqual(host.take(), { ranked: [], published: [['d']] });
    assert.deepEqual(scheduler.hintFor('a'), hintNaming(['c']));
    assert.equal(scheduler.hintFor('b'), undefined);
    assert.deepEqual(scheduler.hintFor('d'), hintNaming(['e']));
  });

  it('still says a pass is under way when an edit is ranked before the saved hints have loaded', async () => {
    const { clock, slicer, scheduler, store } = scannedWithSavedHints({ a: ['c'] });
    scheduler.indexChanged(new Set(['a']));
    clock.advance(HINT_DEBOUNCE_MS);
    await slicer.runUntilIdle();
    assert.equal(scheduler.passUnderWay, true, 'the saved hints are not restored yet');
    await store.loaded({ hints: [savedHint('d', ['e'])], changed: new Set() });
    await slicer.runUntilIdle();
    assert.equal(scheduler.passUnderWay, false);
  });

  it('publishes the loss of a hint an edit set while the saved hints loaded, when they cannot be used after all', async () => {
    const { clock, slicer, host, scheduler, store } = scannedWithSavedHints({ a: ['c'] });
    scheduler.indexChanged(new Set(['a']));
    clock.advance(HINT_DEBOUNCE_MS);
    await slicer.runUntilIdle();
    assert.deepEqual(scheduler.hintFor('a'), hintNaming(['c']));
    host.take();
    host.resembles.set('a', []);
    await store.loaded(undefined);
    await slicer.runUntilIdle();
    assert.equal(scheduler.hintFor('a'), undefined);
    assert.ok(host.take().published.flat().includes('a'), 'the editor is told that a has no hint any more');
  });

  it('lets a pass begun while the hints load supersede them', async () => {
    const { slicer, host, scheduler, store } = scannedWithSavedHints({ a: ['b'] });
    host.settings = { severity: 'warning' };
    scheduler.indexChanged(new Set(['a']));
    await slicer.runUntilIdle();
    assert.deepEqual(host.take().ranked, ['a', 'b', 'c', 'd', 'e']);
    await store.loaded({ hints: [savedHint('a', ['e']), savedHint('d', ['e'])], changed: new Set() });
    assert.equal(slicer.waitingForTurn, false);
    assert.deepEqual(scheduler.hintFor('a'), hintNaming(['b'], 'warning'));
    assert.equal(scheduler.hintFor('d'), undefined);
    assert.equal(store.loads.length, 1);
  });
});
