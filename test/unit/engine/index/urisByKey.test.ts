import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { UrisByKey } from '../../../../server/src/engine/index/urisByKey';

describe('LessonIndex: UrisByKey', () => {
  it('holds, counts and lists each key’s uris, and its keys, in the order a Map of Sets would', () => {
    const keys = ['GM-0001', 'GM-0002', 'YH-0007'];
    const uris = ['file:///a', 'file:///b', 'file:///c', 'file:///d'];
    const operation = fc.record({ add: fc.boolean(), key: fc.constantFrom(...keys), uri: fc.constantFrom(...uris) });
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        const held = new UrisByKey();
        const model = new Map<string, Set<string>>();
        for (const { add, key, uri } of operations) {
          if (add) {
            held.add(key, uri);
            let set = model.get(key);
            if (!set) model.set(key, (set = new Set()));
            set.add(uri);
          } else {
            held.remove(key, uri);
            const set = model.get(key);
            set?.delete(uri);
            if (set?.size === 0) model.delete(key);
          }
          assert.deepEqual([...held.keys()], [...model.keys()]);
          for (const key of keys) {
            assert.equal(held.has(key), model.has(key), key);
            assert.equal(held.count(key), model.get(key)?.size ?? 0, key);
            assert.deepEqual([...held.uris(key)], [...(model.get(key) ?? [])], key);
          }
        }
      }),
      { numRuns: 500, seed: 9 },
    );
  });
});
