import * as assert from 'node:assert/strict';
import { editDistance, nearest } from '../../../../server/src/engine/text/suggest';

const STAGES = ['captured', 'collated', 'organised', 'curated', 'communicated'];

describe('nearest', () => {
  it('takes the one candidate the input begins, or that begins the input, over a nearer-looking one', () => {
    assert.equal(nearest('curate', STAGES), 'curated');
    assert.equal(nearest('communicate', STAGES), 'communicated');
    assert.equal(nearest('curatedd', STAGES), 'curated');
  });

  it('ignores case and punctuation', () => {
    assert.equal(nearest('Captured', STAGES), 'captured');
    assert.equal(nearest('in progress', ['planned', 'in-progress', 'live', 'abandoned']), 'in-progress');
  });

  it('takes the fewest edits, a swapped pair of letters counting as one, up to a third of the longer word', () => {
    assert.equal(nearest('organized', STAGES), 'organised');
    assert.equal(nearest('daet', ['id', 'date', 'title']), 'date');
    assert.equal(nearest('GM-0043', ['GM-0042', 'YH-0007']), 'GM-0042');
    assert.equal(nearest('curtaed', STAGES), 'curated');
    assert.equal(nearest('curxxxd', STAGES), undefined, 'three edits from curated, past the cut-off');
  });

  it('suggests nothing when several candidates are begun by the input or are as near', () => {
    assert.equal(nearest('co', STAGES), undefined);
    assert.equal(nearest('GM-0013', ['GM-0012', 'GM-0014']), undefined);
    assert.equal(nearest('', STAGES), undefined);
  });

  it('counts insertions, deletions, substitutions and swaps', () => {
    assert.equal(editDistance('curate', 'collated'), 4);
    assert.equal(editDistance('daet', 'date'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });
});
