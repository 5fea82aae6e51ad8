import * as assert from 'node:assert/strict';
import { COMMANDS } from '../../../../client/src/commands/commandIds';
import { statusMenuEntries } from '../../../../client/src/status/statusMenuEntries';

describe('client: the status bar menu', () => {
  it('offers Find Similar Lessons first and Search Lessons by Problem second', () => {
    const commands = statusMenuEntries({ lessonId: 'GM-0001', lastStage: false }).map((entry) => entry.command);
    assert.deepEqual(commands, [COMMANDS.findSimilarLessons, COMMANDS.searchLessons, COMMANDS.advanceStage, COMMANDS.revealInTree, COMMANDS.newLesson]);
  });

  it('says how many similar lessons were counted, in words that fit the number', () => {
    const detail = (similarCount: number | undefined) => statusMenuEntries({ lessonId: 'GM-0001', similarCount, lastStage: false })[0]?.detail;
    assert.equal(detail(undefined), 'Lessons like GM-0001, from every locality.');
    assert.equal(detail(0), 'No lesson above the hint threshold is like GM-0001; see the nearest ones.');
    assert.equal(detail(1), '1 lesson is like GM-0001.');
    assert.equal(detail(3), '3 lessons are like GM-0001.');
  });

  it('leaves out Advance Stage at the last stage and names a lesson without an id as "this lesson"', () => {
    const entries = statusMenuEntries({ lastStage: true });
    assert.ok(!entries.some((entry) => entry.command === COMMANDS.advanceStage));
    assert.match(entries[0]?.detail ?? '', /like this lesson/);
  });
});
