import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { FIELD_WEIGHTS, lessonVectors } from '../../../../server/src/engine/similarity/lessonVectors';
import { TEXT_FIELDS } from '../../../../server/src/engine/similarity/lessonText';
import { FIELD_BREAK } from '../../../../server/src/engine/similarity/termSequence';

/** The plain reading of a term sequence: each id's weights summed in order, from 0, in a Map. */
function expected(sequence: readonly number[]): { ids: number[]; values: number[]; length: number } {
  const sums = new Map<number, number>();
  let field = 0;
  let length = 0;
  for (const id of sequence) {
    if (id < 0) {
      if (id === FIELD_BREAK) field++;
      continue;
    }
    const weight = FIELD_WEIGHTS[TEXT_FIELDS[field]!] ?? 0;
    sums.set(id, (sums.get(id) ?? 0) + weight);
    length += weight;
  }
  const ids = [...sums.keys()].sort((a, b) => a - b);
  return { ids, values: ids.map((id) => sums.get(id)!), length };
}

/** A term sequence over the six fields: ids (some far past the first thousand), sentence breaks (-1), field breaks (-2). */
const sequence = fc.array(fc.oneof(fc.nat(40), fc.integer({ min: 1000, max: 70_000 }), fc.constant(-1)), { maxLength: 60 }).chain((terms) =>
  fc.array(fc.nat(terms.length), { maxLength: 5 }).map((cuts) => {
    const withBreaks = [...terms];
    for (const at of [...new Set(cuts)].sort((a, b) => b - a)) withBreaks.splice(at, 0, FIELD_BREAK);
    return withBreaks;
  }),
);

describe('similarity: lessonVectors', () => {
  it('sums each term’s field weights exactly as summing them in a Map would, lesson after lesson', () => {
    fc.assert(
      fc.property(fc.array(sequence, { minLength: 1, maxLength: 4 }), (sequences) => {
        for (const terms of sequences) {
          const vectors = lessonVectors(terms);
          const plain = expected(terms);
          assert.deepEqual([...vectors.all.ids], plain.ids);
          assert.deepEqual([...vectors.all.values], plain.values);
          assert.equal(vectors.length, plain.length);
        }
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
