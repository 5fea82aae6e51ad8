import * as assert from 'node:assert/strict';
import { hintOnTitle } from '../../../../../server/src/lsp/features/similarHints/hintOnTitle';
import { hintNaming } from './fakeHintHost';

const range = (line: number) => ({ start: { line, character: 7 }, end: { line, character: 20 } });

describe('hintOnTitle', () => {
  it('places a hint on its lesson’s title as the lesson reads now, else on its head, else where it was ranked', () => {
    const hint = hintNaming(['a']);
    assert.deepEqual(hintOnTitle(hint, { titleRange: range(4), headRange: range(0) }), { ...hint, range: range(4) });
    assert.deepEqual(hintOnTitle(hint, { headRange: range(0) }), { ...hint, range: range(0) });
    assert.deepEqual(hintOnTitle(hint, undefined), hint);
  });
});
