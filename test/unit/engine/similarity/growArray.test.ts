import * as assert from 'node:assert/strict';
import { grownFloat64, grownInt32, grownLength } from '../../../../server/src/engine/similarity/growArray';

describe('similarity: growArray', () => {
  it('doubles a length until the index fits, and never shrinks one that already fits', () => {
    assert.equal(grownLength(1024, 1024), 2048);
    assert.equal(grownLength(1024, 5000), 8192);
    assert.equal(grownLength(1024, 10), 1024);
    assert.equal(grownLength(0, 3), 4, 'an empty array grows too');
  });

  it('copies every value into the longer array, zeros after them', () => {
    assert.deepEqual([...grownFloat64(Float64Array.of(1.5, -2), 4)], [1.5, -2, 0, 0]);
    assert.deepEqual([...grownInt32(Int32Array.of(7, 8, 9), 6)], [7, 8, 9, 0, 0, 0]);
  });
});
