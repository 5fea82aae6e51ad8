import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { contentHash } from '../../../../server/src/engine/persist/contentHash';

describe('contentHash', () => {
  it('is the SHA-1 of the bytes, or of the text as UTF-8, in base64url', () => {
    for (const text of ['', 'id: GM-0001\n', 'Café “quoted” ✓\n'.repeat(100)]) {
      const expected = createHash('sha1').update(Buffer.from(text, 'utf8')).digest('base64url');
      assert.equal(contentHash(Buffer.from(text, 'utf8')), expected);
      assert.equal(contentHash(text), expected);
    }
  });
});
