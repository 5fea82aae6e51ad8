import * as assert from 'node:assert/strict';
import { markedPassage, passageLine, withoutIcons } from '../../../../client/src/search/passageText';

describe('client: a matched passage as one line of text', () => {
  it('puts each matched word between « and », in order, whatever order the marks come in', () => {
    const text = "One trust's Caldicott Guardian asked for a fresh review.";
    assert.equal(
      markedPassage({
        text,
        marks: [
          [49, 55],
          [12, 30],
        ],
        field: 'not_so_good',
      }),
      "One trust's «Caldicott Guardian» asked for a fresh «review».",
    );
  });

  it('skips marks that are out of range, empty or overlap an earlier one, rather than trusting them', () => {
    const text = 'care home staff';
    assert.equal(
      markedPassage({
        text,
        marks: [
          [0, 4],
          [2, 9],
          [10, 10],
          [10, 99],
          [-1, 2],
        ],
        field: 'title',
      }),
      '«care» home staff',
    );
  });

  it('names the field as a person reads it, and keeps a lesson\'s "$(" from turning into an icon', () => {
    assert.equal(passageLine({ text: 'Logins failed', marks: [[0, 6]], field: 'not_so_good' }), 'Not so good: «Logins» failed');
    assert.equal(withoutIcons('costs $(x) a year'), 'costs $\u200b(x) a year');
  });
});
