import * as assert from 'node:assert/strict';
import { ScatteredQuery } from '../../../../server/src/engine/similarity/scatteredQuery';
import type { WeightedVector } from '../../../../server/src/engine/similarity/weightedVector';

const weighted = (entries: [number, number][]): WeightedVector => {
  const weights = Float64Array.from(entries, ([, weight]) => weight);
  return {
    ids: Int32Array.from(entries, ([id]) => id),
    weights,
    norm: Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)),
    total: weights.reduce((sum, w) => sum + w, 0),
  };
};

describe('similarity: scattered query', () => {
  it('lays the weights out by term id, 0 for the terms the query lacks, with its norm and total', () => {
    const query = new ScatteredQuery();
    const vector = weighted([
      [2, 0.5],
      [7, 1.25],
    ]);
    query.scatter(vector, 10);
    assert.equal(query.weights[2], 0.5);
    assert.equal(query.weights[7], 1.25);
    assert.equal(query.weights[3], 0);
    assert.equal(query.norm, vector.norm);
    assert.equal(query.total, vector.total);
  });

  it('covers every id below the dictionary size and every id of the query', () => {
    const query = new ScatteredQuery();
    query.scatter(weighted([[5000, 2]]), 3000);
    assert.ok(query.weights.length > 5000);
    assert.equal(query.weights[5000], 2);
    query.scatter(weighted([[1, 1]]), 9000);
    assert.ok(query.weights.length >= 9000);
    assert.equal(query.weights[8999], 0);
  });

  it('leaves nothing of a query behind once cleared or replaced', () => {
    const query = new ScatteredQuery();
    query.scatter(
      weighted([
        [1, 3],
        [4, 2],
      ]),
      8,
    );
    query.scatter(weighted([[6, 1]]), 8);
    assert.deepEqual([...query.weights.subarray(0, 8)], [0, 0, 0, 0, 0, 0, 1, 0]);
    query.clear();
    assert.ok(query.weights.every((weight) => weight === 0));
  });
});
