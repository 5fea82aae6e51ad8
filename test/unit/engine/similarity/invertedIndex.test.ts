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

  it('scores after a change as an index built with the same lessons from the start does', () => {
    const lessons = [vector({ 1: 1, 2: 2 }), vector({ 1: 3 }), vector({ 2: 1, 3: 1 }), vector({ 1: 1, 3: 4, 4: 2 })];
    const lengths = [3, 3, 2, 7];
    const query = vector({ 1: 1, 2: 1, 3: 1 });
    const built = (slots: number[]): InvertedIndex => {
      const index = new InvertedIndex();
      for (const slot of slots) index.add(slot, lessons[slot]!, lengths[slot]!);
      return index;
    };
    const scoresOf = (index: InvertedIndex): number[] => {
      const scores: number[] = [];
      index.candidates(query, flatIdf, 10, none, scores);
      return scores;
    };
    const changed = built([0, 1, 2]);
    scoresOf(changed);
    // A new lesson changes the average length, so the BM25 denominators of every term, also of term 2 it lacks.
    changed.add(3, lessons[3]!, lengths[3]!);
    assert.deepEqual(scoresOf(changed), scoresOf(built([0, 1, 2, 3])));
    changed.remove(1, lessons[1]!);
    assert.deepEqual(scoresOf(changed), scoresOf(built([0, 2, 3])));
  });

  it('ranks by BM25 whether a query reaches few lessons or nearly all of them', () => {
    // Every lesson holds term 1; every third also holds the rarer term 2.
    const lessons = Array.from({ length: 30 }, (_, slot): Record<number, number> =>
      slot % 3 === 0 ? { 1: 1 + (slot % 4), 2: 0.5 + (slot % 2) } : { 1: 1 + (slot % 4) },
    );
    const lengths = lessons.map((_, slot) => 2 + (slot % 5));
    const index = new InvertedIndex();
    lessons.forEach((counts, slot) => index.add(slot, vector(counts), lengths[slot]!));
    const idf = (id: number): number => (id === 2 ? 3 : 0.2);
    const averageLength = lengths.reduce((sum, length) => sum + length, 0) / lengths.length;
    /** BM25 (k1 1.2, b 0.75) of each lesson holding a query term (the term's weight times its saturated count), the rarer term added first, best first. */
    const reference = (terms: number[]): { slot: number; score: number }[] =>
      lessons
        .map((counts, slot) => {
          let score = 0;
          for (const term of terms) {
            const tf = counts[term];
            if (tf !== undefined) score += idf(term) * 1 * 2.2 * (tf / (tf + 1.2 * 0.25 + ((1.2 * 0.75) / averageLength) * lengths[slot]!));
          }
          return { slot, score };
        })
        .filter((entry) => entry.score > 0)
        .sort((a, b) => b.score - a.score || a.slot - b.slot);
    for (const [terms, limit] of [
      [[2], 4],
      [[2, 1], 30],
      [[2, 1], 5],
    ] as const) {
      const scores: number[] = [];
      const slots = index.candidates(vector(Object.fromEntries(terms.map((term) => [term, 1]))), idf, limit, none, scores);
      const expected = reference([...terms]).slice(0, limit);
      assert.deepEqual(
        slots,
        expected.map((entry) => entry.slot),
        `terms ${terms.join(',')}`,
      );
      assert.deepEqual(
        scores,
        expected.map((entry) => entry.score),
        `terms ${terms.join(',')}`,
      );
    }
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

  it('without a list of slots, considers every slot below the count that has a score', () => {
    const scores = Float64Array.from([0, 0.4, 0, 0.9, 0.4, 0, 0.7]);
    assert.deepEqual(topSlots(undefined, 7, scores, 3, none), [3, 6, 1]);
    assert.deepEqual(topSlots(undefined, 7, scores, 10, none), [3, 6, 1, 4]);
    assert.deepEqual(topSlots(undefined, 4, scores, 10, none), [3, 1]);
    assert.deepEqual(
      topSlots(undefined, 7, scores, 2, (slot) => slot === 3),
      [6, 1],
    );
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
