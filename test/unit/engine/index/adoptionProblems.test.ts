import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../../server/src/engine/config/workspaceConfig';
import { LessonIndex } from '../../../../server/src/engine/index/LessonIndex';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import { lesson, TODAY, where } from '../../support/lessons';

function put(index: LessonIndex, uri: string, text: string): Set<string> {
  const { facts, problems } = analyzeLesson(text, { config: DEFAULT_CONFIG, today: TODAY });
  return index.set({ uri, facts, problems });
}

const YORK = 'Yorkshire & Humber Care Record';
const adopting = (lessonId: string, date = '2025-03-14') => lesson({ id: 'GM-0042', date, adoption: `\n  action: replicate\n  lesson: ${lessonId}` });

describe('adoption rules (cross-file)', () => {
  it('warns on the adopted id when the adopted lesson is not older, naming both dates', () => {
    const index = new LessonIndex();
    put(index, 'file:///a', adopting('YH-0007'));
    put(index, 'file:///y', lesson({ id: 'YH-0007', locality: YORK, date: '2025-03-14' }));
    const problems = index.problemsFor('file:///a');
    assert.deepEqual(problems.map(where), [['adoption-not-older', 14, 10, 14, 17]]);
    assert.equal(problems[0].severity, 'warning');
    assert.equal(
      problems[0].message,
      'YH-0007 is dated 2025-03-14, not before this lesson (2025-03-14): a lesson can only adopt a solution learnt before it. Check both dates, or list YH-0007 under related instead.',
    );
  });

  it('passes an older lesson of another locality, and skips the date check when either date is missing or not a real date', () => {
    const index = new LessonIndex();
    put(index, 'file:///a', adopting('YH-0007'));
    put(index, 'file:///y', lesson({ id: 'YH-0007', locality: YORK, date: '2024-01-31' }));
    assert.deepEqual(index.problemsFor('file:///a'), []);
    put(index, 'file:///y', lesson({ id: 'YH-0007', locality: YORK, date: '2026-02-30' }));
    assert.deepEqual(
      index.problemsFor('file:///a').map((problem) => problem.code),
      [],
    );
    put(index, 'file:///y', lesson({ id: 'YH-0007', locality: YORK, date: undefined }));
    assert.deepEqual(
      index.problemsFor('file:///a').map((problem) => problem.code),
      [],
    );
  });

  it('warns on each adopted id of a list: own locality on one, not older on the other', () => {
    const index = new LessonIndex();
    put(index, 'file:///a', lesson({ id: 'GM-0042', adoption: '\n  - action: customise\n    lesson: GM-0001\n  - action: enhance\n    lesson: YH-0007' }));
    put(index, 'file:///g', lesson({ id: 'GM-0001', date: '2024-05-01' }));
    put(index, 'file:///y', lesson({ id: 'YH-0007', locality: YORK, date: '2025-06-01' }));
    const problems = index.problemsFor('file:///a');
    assert.deepEqual(problems.map(where), [
      ['own-locality-adoption', 14, 12, 14, 19],
      ['adoption-not-older', 16, 12, 16, 19],
    ]);
    assert.equal(
      problems[0].message,
      "GM-0001 is from this lesson's own locality (Greater Manchester Care Record): adoption records reusing another locality's solution. List GM-0001 under related instead.",
    );
  });

  it('republishes the adopters when the adopted lesson changes its date, and not for other edits', () => {
    const index = new LessonIndex();
    put(index, 'file:///a', adopting('YH-0007'));
    put(index, 'file:///y', lesson({ id: 'YH-0007', locality: YORK, date: '2024-01-31' }));
    assert.deepEqual([...put(index, 'file:///y', lesson({ id: 'YH-0007', locality: YORK, date: '2024-01-31', title: 'Retitled' }))], ['file:///y']);
    assert.deepEqual([...put(index, 'file:///y', lesson({ id: 'YH-0007', locality: YORK, date: '2025-12-01' }))].sort(), ['file:///a', 'file:///y']);
    assert.deepEqual(
      index.problemsFor('file:///a').map((problem) => problem.code),
      ['adoption-not-older'],
    );
  });

  it('says nothing of related lessons, nor of an id two lessons share (that is a duplicate-id already)', () => {
    const index = new LessonIndex();
    put(index, 'file:///a', lesson({ id: 'GM-0042', related: '[GM-0001]' }));
    put(index, 'file:///g', lesson({ id: 'GM-0001' }));
    assert.deepEqual(index.problemsFor('file:///a'), []);
    put(index, 'file:///b', lesson({ id: 'YH-0042', locality: YORK, date: '2020-01-01', adoption: '\n  action: replicate\n  lesson: GM-0001' }));
    put(index, 'file:///h', lesson({ id: 'GM-0001' }));
    assert.deepEqual(index.problemsFor('file:///b'), []);
  });
});
