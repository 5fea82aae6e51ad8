import * as assert from 'node:assert/strict';
import { curatorPickText, localIsoDate, reviewedAdvanceParams } from '../../../../client/src/commands/reviewRequest';

describe('client: the review Advance Stage asks for', () => {
  it('dates the review with the local day, padded YYYY-MM-DD', () => {
    assert.equal(localIsoDate(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
    assert.equal(localIsoDate(new Date(2026, 10, 26, 0, 1)), '2026-11-26');
  });

  it('sends the request again with the chosen curator and today', () => {
    assert.deepEqual(reviewedAdvanceParams('file:///ws/GM-0001.lesson.yaml', 'Priya Shah', new Date(2026, 10, 26, 9, 30)), {
      uri: 'file:///ws/GM-0001.lesson.yaml',
      reviewedBy: 'Priya Shah',
      reviewedOn: '2026-11-26',
    });
  });

  it('titles the pick with the stage and says that Esc cancels the move', () => {
    assert.deepEqual(curatorPickText('curated'), {
      title: "Moving this lesson to curated needs a curator's review",
      placeHolder: 'Which curator reviewed this lesson? (Esc cancels the move)',
    });
  });
});
