import * as assert from 'node:assert/strict';
import { decodeBase64, encodeBase64 } from '../../../shared/base64';

describe('shared: base64 without Buffer', () => {
  it('gives what Node gives, both ways, for every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, value) => value);
    const text = encodeBase64(bytes);
    assert.equal(text, Buffer.from(bytes).toString('base64'));
    assert.deepEqual(decodeBase64(text), bytes);
  });

  it('encodes a file larger than one chunk of the argument list', () => {
    const bytes = Uint8Array.from({ length: 0x8000 * 3 + 17 }, (_, index) => (index * 31) % 251);
    assert.equal(encodeBase64(bytes), Buffer.from(bytes).toString('base64'));
  });

  it('round-trips nothing', () => {
    assert.equal(encodeBase64(new Uint8Array()), '');
    assert.deepEqual(decodeBase64(''), new Uint8Array());
  });
});
