import * as assert from 'node:assert/strict';
import { escapeMarkdown, lessonTooltipMarkdown } from '../../../../client/src/tree/lessonTooltip';
import { viewMessage } from '../../../../client/src/tree/viewMessage';
import { summary } from '../lessonSummaries';

describe('client: lesson tooltip and view message', () => {
  it('shows id, locality, stage, date, topics, the first line of each answer and the problems', () => {
    const markdown = lessonTooltipMarkdown(
      summary({
        id: 'GM-0001',
        title: 'Sign-off took nine months',
        stage: 'curated',
        topics: ['data sharing'],
        errors: 2,
        warnings: 1,
        similarHint: true,
        firstLines: {
          good: 'One IG lead per trust.',
          not_so_good: 'Boards met on different cycles.',
          improvements: 'Agree the route first.',
          summary: 'Sign once, together.',
        },
      }),
    );
    assert.equal(
      markdown,
      [
        '**Sign\\-off took nine months**',
        '',
        'GM\\-0001 · Greater Manchester Care Record · $(verified) Curated · 2025\\-03\\-14',
        '',
        'Topics: data sharing',
        '',
        '*What was good?* One IG lead per trust\\.',
        '',
        '*What was not so good?* Boards met on different cycles\\.',
        '',
        '*What could be improved next time?* Agree the route first\\.',
        '',
        '*Summary:* Sign once, together\\.',
        '',
        '---',
        '',
        '$(error) 2 errors · $(warning) 1 warning · $(references) A similar lesson exists elsewhere',
      ].join('\n'),
    );
  });

  it('escapes lesson text so it cannot add links, images, HTML or icons', () => {
    assert.equal(escapeMarkdown('[x](http://e) ![i](y) <b> $(bug) *a*'), '\\[x\\]\\(http://e\\) \\!\\[i\\]\\(y\\) \\<b\\> \\$\\(bug\\) \\*a\\*');
    const markdown = lessonTooltipMarkdown(summary({ title: '<img src=x>' }));
    assert.ok(markdown.startsWith('**\\<img src=x\\>**'));
  });

  it('the view message tells scanning progress and what the filter shows, and nothing otherwise', () => {
    assert.equal(viewMessage({ indexing: false, shown: 32, total: 32 }), undefined);
    assert.equal(viewMessage({ indexing: true, shown: 1, total: 1 }), 'Indexing lessons… 1 lesson so far.');
    assert.equal(
      viewMessage({ indexing: false, filter: { kind: 'topic', topic: 'consent' }, shown: 4, total: 32 }),
      "Filtered by topic 'consent': 4 of 32 lessons. Clear the filter to see all.",
    );
    assert.equal(
      viewMessage({ indexing: false, filter: { kind: 'text', text: 'xyz' }, shown: 0, total: 32 }),
      "No lessons match 'xyz'. Clear the filter to see all 32 lessons.",
    );
  });
});
