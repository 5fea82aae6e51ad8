import * as assert from 'node:assert/strict';
import { lessonBadge, marksFromQuery, marksToQuery } from '../../../../client/src/tree/lessonBadge';
import { normaliseFilter } from '../../../../client/src/tree/lessonFilter';

describe('client: lesson badges and filter normalising', () => {
  it('marks errors over warnings over the similar-lesson hint, naming all of them in the tooltip', () => {
    assert.equal(lessonBadge({ errors: 0, warnings: 0, similarHint: false }), undefined);
    assert.deepEqual(lessonBadge({ errors: 2, warnings: 1, similarHint: true }), {
      badge: '2',
      tooltip: '2 errors, 1 warning, a similar lesson exists elsewhere',
      color: 'list.errorForeground',
    });
    assert.deepEqual(lessonBadge({ errors: 0, warnings: 12, similarHint: false }), { badge: '9+', tooltip: '12 warnings', color: 'list.warningForeground' });
    assert.deepEqual(lessonBadge({ errors: 0, warnings: 0, similarHint: true }), {
      badge: '≈',
      tooltip: 'a similar lesson exists elsewhere',
      color: 'charts.blue',
    });
  });

  it('round-trips marks through a decoration uri query and reads junk as no marks', () => {
    const marks = { errors: 3, warnings: 0, similarHint: true };
    assert.deepEqual(marksFromQuery(marksToQuery(marks)), marks);
    assert.deepEqual(marksFromQuery('e=-1&w=x&s=yes'), { errors: 0, warnings: 0, similarHint: false });
  });

  it('treats a blank filter as no filter and trims what is typed', () => {
    assert.equal(normaliseFilter({ kind: 'text', text: '   ' }), undefined);
    assert.equal(normaliseFilter({ kind: 'topic', topic: '' }), undefined);
    assert.deepEqual(normaliseFilter({ kind: 'text', text: ' sign-off ' }), { kind: 'text', text: 'sign-off' });
  });
});
