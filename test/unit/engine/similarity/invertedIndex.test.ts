import * as assert from 'node:assert/strict';
import { InvertedIndex } from '../../../../server/src/engine/similarity/invertedIndex';
import { vectorFromCounts } from '../../../../server/src/engine/similarity/sparseVector';
import { topSlots } from '../../../../server/src/engine/similarity/topSlots';

const vector = (counts: Record<number, number>) => vectorFromCounts(new Map(Object.entries(counts).map(([id, n]) => [Number(id), n])));
const flatIdf = (): number => 1;
const none = (): boolean => false;

describe('similarity: inverted index', () => {
  it('ranks lessons by how much of the query they hold', () => {
    const index = new InvertedIndex();
    index.add(0, vector({ 1: 1, 2: 1, 3: 1 }), 3);
    index.add(1, vector({ 1: 1 }), 3);
    index.add(2, vector({ 9: 1 }), 3);
    assert.deepEqual(index.candidates(vector({ 1: 1, 2: 1, 3: 1 }), flatIdf, 10, none), [0, 1]);
  });

  it('forgets a removed lesson and can take its slot again', () => {
    const index = new InvertedIndex();
    index.add(0, vector({ 1: 1 }), 1);
    index.add(1, vector({ 1: 1, 2: 1 }), 2);
    index.remove(0, vector({ 1: 1 }));
    assert.deepEqual(index.candidates(vector({ 1: 1 }), flatIdf, 10, none), [1]);
    index.add(0, vector({ 2: 3 }), 3);
    assert.deepEqual(index.candidates(vector({ 1: 1 }), flatIdf, 10, none), [1]);
    assert.deepEqual(index.candidates(vector({ 2: 1 }), flatIdf, 1, none), [0]);
  });

  it('skips what it is told to and stops at the limit', () => {
    const index = new InvertedIndex();
    for (let slot = 0; slot < 5; slot++) index.add(slot, vector({ 1: slot + 1 }), 5);
    assert.deepEqual(
      index.candidates(vector({ 1: 1 }), flatIdf, 2, (slot) => slot === 4),
      [3, 2],
    );
  });

  it('gives nothing when empty', () => {
    assert.deepEqual(new InvertedIndex().candidates(vector({ 1: 1 }), flatIdf, 5, none), []);
  });
});

describe('similarity: top slots', () => {
  it('returns the best scores first, ties by lower slot', () => {
    const scores = Float64Array.from([0.5, 0.9, 0.1, 0.9, 0.7]);
    assert.deepEqual(topSlots([0, 1, 2, 3, 4], 5, scores, 3, none), [1, 3, 4]);
    assert.deepEqual(topSlots([0, 1, 2, 3, 4], 5, scores, 10, none), [1, 3, 4, 0, 2]);
    assert.deepEqual(topSlots([0, 1, 2, 3, 4], 2, scores, 10, none), [1, 0]);
  });

  it('leaves out skipped slots whether they come before or after the heap is full, and asks only of slots good enough to enter', () => {
    const scores = Float64Array.from([0.5, 0.9, 0.1, 0.95, 0.7, 0.2]);
    const asked: number[] = [];
    const skipBest = (slot: number): boolean => {
      asked.push(slot);
      return slot === 3 || slot === 1;
    };
    assert.deepEqual(topSlots([0, 1, 2, 3, 4, 5], 6, scores, 2, skipBest), [4, 0]);
    assert.ok(!asked.includes(5), 'slot 5 scores below both kept slots, so it is never asked about');
    assert.deepEqual(topSlots([3, 1, 0, 2], 4, scores, 1, skipBest), [0]);
  });
});
