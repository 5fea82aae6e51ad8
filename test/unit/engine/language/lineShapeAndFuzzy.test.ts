import * as assert from 'node:assert/strict';
import { bestFuzzyScore, fuzzyScore, prepareText } from '../../../../server/src/engine/language/fuzzyMatch';
import { TopMatches } from '../../../../server/src/engine/language/topMatches';
import { lineShape } from '../../../../server/src/engine/language/lineShape';

describe('lineShape', () => {
  it('splits indentation, dash, key, value and comment by column', () => {
    assert.deepEqual(lineShape('  action: replicate  # like for like'), {
      indent: 2,
      dash: undefined,
      contentStart: 2,
      key: { start: 2, end: 8, text: 'action', colon: 8 },
      value: { start: 10, end: 19 },
      comment: 21,
    });
    assert.deepEqual(lineShape('  - "a # b"').value, { start: 4, end: 11 });
    assert.equal(lineShape('  - "a # b"').comment, undefined);
    assert.equal(lineShape('contact: http://x.org').key?.text, 'contact');
    assert.equal(lineShape('title: [a, b]').key?.text, 'title');
    assert.equal(lineShape('"quoted": x').key, undefined);
    assert.equal(lineShape('text with no colon').key, undefined);
  });
});

describe('fuzzyScore', () => {
  it('prefers the start, then a word start, then all words, then letters at word starts', () => {
    const start = fuzzyScore('great', 'Greater Manchester Care Record')!;
    const word = fuzzyScore('manc', 'Greater Manchester Care Record')!;
    const words = fuzzyScore('man rec', 'Greater Manchester Care Record')!;
    const initials = fuzzyScore('gmcr', 'Greater Manchester Care Record')!;
    assert.ok(start > word && word > words && words > initials && initials > 0, `${start} ${word} ${words} ${initials}`);
    assert.equal(fuzzyScore('xyz', 'Greater Manchester Care Record'), undefined);
    assert.equal(fuzzyScore('anch', 'Greater Manchester Care Record'), undefined, 'the middle of a word is not a match');
    assert.equal(fuzzyScore('', 'anything'), 0);
  });

  it('takes the best of several names', () => {
    assert.equal(bestFuzzyScore('gmcr', ['Greater Manchester Care Record', 'GMCR']), fuzzyScore('gmcr', 'GMCR'));
  });
});

describe('prepared text and top matches', () => {
  it('scores prepared text as the text itself, word starts after any non-letter', () => {
    const prepared = prepareText('Cheshire & Merseyside Share2Care');
    assert.deepEqual(prepared.wordStarts, [0, 11, 22]);
    assert.equal(fuzzyScore('cms', prepared), fuzzyScore('cms', 'Cheshire & Merseyside Share2Care'));
  });

  it('keeps the best few in order, however many are offered', () => {
    const top = new TopMatches<number>(3, (a, b) => b - a);
    for (const value of [5, 1, 9, 7, 3, 9, 8]) top.add(value);
    assert.deepEqual(top.best(), [9, 9, 8]);
    assert.equal(top.offered, 7);
  });
});
