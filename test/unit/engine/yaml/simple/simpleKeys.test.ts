import * as assert from 'node:assert/strict';
import { composeOptions } from '../../../../../server/src/engine/yaml/composeDocuments';
import { readPlainKey } from '../../../../../server/src/engine/yaml/simple/simpleKeys';
import { compareWithComposer } from './sameAsComposer';

const { schema } = composeOptions();
const keyOf = (line: string, taken: object = {}): string | undefined => readPlainKey(line, 0, line.indexOf(':'), schema, taken);

describe('simple reader keys', () => {
  it('reads a key the same however often it comes, and refuses it once taken', () => {
    assert.equal(keyOf('title: a'), 'title');
    assert.equal(keyOf('title: b'), 'title');
    assert.equal(keyOf('title: c', { title: 'a' }), undefined);
    assert.equal(keyOf('titles: c', { title: 'a' }), 'titles');
    assert.equal(keyOf('xtitle: c'.slice(1), { title: 'a' }), undefined);
  });

  it('refuses a key the core schema reads as other than text, and __proto__, every time it comes', () => {
    for (let round = 0; round < 2; round++) {
      for (const key of ['true', 'null', '12', '-1', '__proto__']) assert.equal(keyOf(`${key}: x`), undefined, key);
    }
  });

  it('reads past the keys it remembers: a hundred different keys, twice, each as the composer does', () => {
    const text = Array.from({ length: 100 }, (_, n) => `key${n}: value ${n}`).join('\n');
    for (let round = 0; round < 2; round++) {
      for (let n = 0; n < 100; n++) assert.equal(keyOf(`key${n}: x`), `key${n}`);
      assert.deepEqual(compareWithComposer(text), { kind: 'same' });
    }
    assert.equal(compareWithComposer(`${text}\nkey7: again`).kind, 'handed-on');
  });
});
