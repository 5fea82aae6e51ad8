import * as assert from 'node:assert/strict';
import { PostingList } from '../../../../server/src/engine/similarity/postingList';

/** The list's entries as slot → count, order aside (removal moves the last entry into the gap). */
function entries(list: PostingList): Map<number, number> {
  const found = new Map<number, number>();
  for (let i = 0; i < list.size; i++) found.set(list.slots[i]!, list.counts[i]!);
  return found;
}

describe('similarity: posting list', () => {
  it('takes out the slot asked for, wherever it is, and keeps every other entry with its count', () => {
    const list = new PostingList();
    for (let slot = 0; slot < 10; slot++) list.add(slot, slot / 2);
    list.remove(0);
    list.remove(9);
    list.remove(4);
    assert.deepEqual(entries(list), new Map([1, 2, 3, 5, 6, 7, 8].map((slot) => [slot, slot / 2])));
  });

  it('leaves the list as it was for a slot it does not hold, including one just removed', () => {
    const list = new PostingList();
    list.add(1, 1);
    list.add(2, 2);
    list.add(3, 3);
    list.remove(3);
    // Slot 3 is still written past the end of the list; it must not be found there.
    list.remove(3);
    list.remove(7);
    assert.deepEqual(
      entries(list),
      new Map([
        [1, 1],
        [2, 2],
      ]),
    );
    list.remove(1);
    list.remove(2);
    list.remove(2);
    assert.equal(list.size, 0);
  });

  it('finds a lesson added again at the end, as an edited lesson is, and the others stay', () => {
    const list = new PostingList();
    for (let slot = 0; slot < 100; slot++) list.add(slot, 1);
    for (let edit = 0; edit < 5; edit++) {
      list.remove(42);
      list.add(42, edit + 2);
    }
    assert.equal(list.size, 100);
    assert.equal(entries(list).get(42), 6);
    assert.deepEqual(
      [...entries(list).keys()].sort((a, b) => a - b),
      Array.from({ length: 100 }, (_, slot) => slot),
    );
  });

  it('finds every entry of a list in no order at all', () => {
    const list = new PostingList();
    const order = Array.from({ length: 200 }, (_, i) => (i * 73) % 200);
    for (const slot of order) list.add(slot, slot + 1);
    for (const slot of order.filter((_, i) => i % 3 === 0)) list.remove(slot);
    const kept = order.filter((_, i) => i % 3 !== 0);
    assert.deepEqual(entries(list), new Map(kept.map((slot) => [slot, slot + 1])));
    for (const slot of kept) list.remove(slot);
    assert.equal(list.size, 0);
  });
});
