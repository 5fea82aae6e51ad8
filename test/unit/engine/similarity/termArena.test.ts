import * as assert from 'node:assert/strict';
import { TermArena } from '../../../../server/src/engine/similarity/termArena';

const idsOf = (arena: TermArena, slot: number): number[] => [...arena.idsOf(slot)];
const countsOf = (arena: TermArena, slot: number): number[] => [...arena.countsOf(slot)];

describe('similarity: term arena', () => {
  it('gives back what each slot was set to, as runs between start and end', () => {
    const arena = new TermArena();
    arena.set(0, [1, 4, 9], [1, 1.5, 2]);
    arena.set(3, [2, 5], [0.5, 1]);
    assert.deepEqual(idsOf(arena, 0), [1, 4, 9]);
    assert.deepEqual(countsOf(arena, 0), [1, 1.5, 2]);
    assert.deepEqual(idsOf(arena, 3), [2, 5]);
    assert.equal(arena.end(3) - arena.start(3), 2);
    assert.deepEqual([...arena.ids.subarray(arena.start(3), arena.end(3))], [2, 5]);
  });

  it('holds nothing for a slot never set, removed, or past the end', () => {
    const arena = new TermArena();
    arena.set(1, [7], [1]);
    arena.remove(1);
    assert.deepEqual(idsOf(arena, 1), []);
    assert.deepEqual(idsOf(arena, 0), []);
    assert.deepEqual(idsOf(arena, 5000), []);
    arena.remove(5000);
  });

  it('replaces a slot set again, leaving the other slots as they were', () => {
    const arena = new TermArena();
    arena.set(0, [1, 2], [1, 1]);
    arena.set(1, [3], [2]);
    arena.set(0, [8, 9, 10], [0.5, 0.5, 3]);
    assert.deepEqual(idsOf(arena, 0), [8, 9, 10]);
    assert.deepEqual(countsOf(arena, 0), [0.5, 0.5, 3]);
    assert.deepEqual(idsOf(arena, 1), [3]);
  });

  it('keeps the other slots intact while one slot is rewritten over and over', () => {
    const arena = new TermArena();
    for (let slot = 1; slot < 30; slot++) arena.set(slot, [slot, slot + 100], [slot / 4, 1]);
    // Each rewrite leaves dead space behind: enough of them to compact the arena many times.
    for (let round = 0; round < 500; round++) {
      const ids = Array.from({ length: 20 + (round % 9) }, (_, i) => round + i);
      arena.set(0, ids, ids);
    }
    for (let slot = 1; slot < 30; slot++) {
      assert.deepEqual(idsOf(arena, slot), [slot, slot + 100], `slot ${slot}`);
      assert.deepEqual(countsOf(arena, slot), [slot / 4, 1], `slot ${slot}`);
    }
    assert.deepEqual(
      idsOf(arena, 0),
      Array.from({ length: 20 + (499 % 9) }, (_, i) => 499 + i),
    );
    assert.ok(arena.ids.length <= 4096, `arena of ${arena.ids.length} positions for under 100 live terms`);
  });

  it('keeps every slot intact through the compactions and growth of many changes', () => {
    const arena = new TermArena();
    const expected = new Map<number, number[]>();
    // Lessons of varying length written over and over: far more than the arena's first size.
    for (let round = 0; round < 200; round++) {
      for (let slot = 0; slot < 40; slot++) {
        if ((slot + round) % 7 === 0) {
          arena.remove(slot);
          expected.delete(slot);
          continue;
        }
        const length = 1 + ((slot * 13 + round * 5) % 60);
        const ids = Array.from({ length }, (_, i) => slot * 1000 + round + i);
        arena.set(
          slot,
          ids,
          ids.map((id) => id / 2),
        );
        expected.set(slot, ids);
      }
    }
    for (let slot = 0; slot < 40; slot++) {
      const ids = expected.get(slot) ?? [];
      assert.deepEqual(idsOf(arena, slot), ids, `slot ${slot}`);
      assert.deepEqual(
        countsOf(arena, slot),
        ids.map((id) => id / 2),
        `slot ${slot}`,
      );
    }
    const live = [...expected.values()].reduce((sum, ids) => sum + ids.length, 0);
    assert.ok(arena.ids.length <= 4 * Math.max(live, 1024), `arena of ${arena.ids.length} for ${live} live terms`);
  });

  it('takes lessons added after a reservation into the arrays reserved, without growing again', () => {
    const arena = new TermArena();
    arena.set(0, [1, 2, 3], [1, 1, 1]);
    arena.reserve(5000 * 40);
    const { ids, counts } = arena;
    for (let slot = 1; slot <= 5000; slot++) {
      const terms = Array.from({ length: 40 }, (_, k) => slot * 100 + k);
      arena.set(
        slot,
        terms,
        terms.map((id) => id / 2),
      );
    }
    assert.equal(arena.ids, ids, 'the same ids array');
    assert.equal(arena.counts, counts, 'the same counts array');
    assert.equal(arena.livePositions, 3 + 5000 * 40);
    assert.deepEqual(idsOf(arena, 0), [1, 2, 3]);
    assert.deepEqual(idsOf(arena, 4321).slice(0, 2), [432100, 432101]);
    assert.deepEqual(countsOf(arena, 4321).slice(0, 2), [216050, 216050.5]);
  });

  it('without a reservation, grows while the same lessons are added', () => {
    const arena = new TermArena();
    const { ids } = arena;
    for (let slot = 1; slot <= 5000; slot++) arena.set(slot, [slot], [1]);
    assert.notEqual(arena.ids, ids);
  });
});
