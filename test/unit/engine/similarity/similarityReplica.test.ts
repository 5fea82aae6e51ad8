import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { SimilarityIndex } from '../../../../server/src/engine/similarity/similarityIndex';
import type { SimilarityChange } from '../../../../server/src/engine/similarity/similarityChange';
import { BACKGROUND, DSA_BOARDS, DSA_BOARDS_PARAPHRASE, DSA_TEMPLATE } from './lessonFixtures';

const TEXTS = [DSA_BOARDS, DSA_BOARDS_PARAPHRASE, DSA_TEMPLATE, ...Object.values(BACKGROUND)];
const KEYS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

type Step = { kind: 'upsert'; key: string; text: number } | { kind: 'remove'; key: string } | { kind: 'thesaurus'; groups: string[][] };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('upsert' as const), key: fc.constantFrom(...KEYS), text: fc.nat(TEXTS.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), key: fc.constantFrom(...KEYS) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('thesaurus' as const),
      groups: fc.constantFrom<string[][]>([], [['board', 'committee']], [['template', 'form']]),
    }),
  },
);

/** Every key's full ranking, scores and confidences included: what a hint is decided on. */
function rankings(index: SimilarityIndex): string {
  return JSON.stringify(KEYS.map((key) => index.queryByKey(key, { top: KEYS.length, exclude: new Set(['h']) })));
}

describe('similarity: an index followed by a replica', () => {
  it('ranks every lesson exactly as the index it follows, through adds, replacements, removals and thesaurus changes', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        const index = new SimilarityIndex();
        const replica = new SimilarityIndex();
        index.onChange((change) => replica.applyChange(structuredClone(change)));
        for (const s of steps) {
          if (s.kind === 'upsert') index.upsert(s.key, TEXTS[s.text]!);
          else if (s.kind === 'remove') index.remove(s.key);
          else index.setThesaurus(s.groups);
        }
        assert.equal(replica.generation, index.generation);
        assert.equal(replica.size, index.size);
        assert.equal(rankings(replica), rankings(index));
      }),
      { numRuns: 200, seed: 18 },
    );
  });

  it('reports a change for each add, replacement and removal, and none for removing a lesson it does not hold', () => {
    const index = new SimilarityIndex();
    const changes: SimilarityChange['kind'][] = [];
    index.onChange((change) => changes.push(change.kind));
    index.upsert('a', DSA_BOARDS);
    index.upsert('a', DSA_TEMPLATE);
    index.remove('missing');
    index.remove('a');
    assert.deepEqual(changes, ['upsert', 'upsert', 'remove']);
    assert.equal(index.generation, 3);
  });

  it('numbers the terms it sends once: a replica learns each term with the first lesson that holds it', () => {
    const index = new SimilarityIndex();
    const newTerms: string[][] = [];
    index.onChange((change) => {
      if (change.kind === 'upsert') newTerms.push(change.newTerms);
    });
    index.upsert('a', DSA_BOARDS);
    index.upsert('b', DSA_BOARDS);
    assert.ok(newTerms[0]!.length > 0);
    assert.deepEqual(newTerms[1], []);
  });
});
