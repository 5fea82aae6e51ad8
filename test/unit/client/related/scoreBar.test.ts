import * as assert from 'node:assert/strict';
import { scoreBar } from '../../../../client/src/related/scoreBar';

describe('client: the related-lessons score bar', () => {
  it('shows a score as five cells and a percentage', () => {
    assert.equal(scoreBar(0.62), '■■■□□ 62%');
    assert.equal(scoreBar(1), '■■■■■ 100%');
    assert.equal(scoreBar(0.05), '□□□□□ 5%');
  });

  it('keeps anything outside [0,1] inside the bar', () => {
    assert.equal(scoreBar(3), '■■■■■ 100%');
    assert.equal(scoreBar(-1), '□□□□□ 0%');
    assert.equal(scoreBar(Number.NaN), '□□□□□ 0%');
  });
});
