import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../../server/src/engine/config/workspaceConfig';
import { checkImportedLessons } from '../../../../server/src/engine/import/checkImportedLessons';
import { compareByPriority, PRIORITY_PROBLEM_CODES } from '../../../../server/src/engine/import/problemPriority';
import { LessonIndex } from '../../../../server/src/engine/index/LessonIndex';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import type { Problem } from '../../../../server/src/engine/problem';
import { lessonText } from '../../../support/lessonText';

const OPTIONS = { config: DEFAULT_CONFIG, today: '2025-06-01' };

describe('engine: checking imported lessons', () => {
  it('finds single-file and cross-file problems against the workspace without changing its index', () => {
    const index = new LessonIndex();
    const existing = analyzeLesson(lessonText({ id: 'GM-0001' }), OPTIONS);
    index.set({ uri: 'file:///w/GM-0001.lesson.yaml', facts: existing.facts, problems: existing.problems });
    const problems = checkImportedLessons(
      [
        { uri: 'file:///w/GM-0002.lesson.yaml', text: lessonText({ id: 'GM-0002', related: '[GM-0001, GM-0003]' }) },
        { uri: 'file:///w/GM-0003.lesson.yaml', text: lessonText({ id: 'GM-0003', stage: 'curated' }) },
      ],
      index,
      OPTIONS,
    );
    assert.deepEqual(problems.get('file:///w/GM-0002.lesson.yaml'), [], 'GM-0001 exists and GM-0003 comes in the same import');
    assert.deepEqual(
      problems.get('file:///w/GM-0003.lesson.yaml')?.map((problem) => problem.code),
      ['summary-required'],
    );
    assert.equal(index.size, 1, 'the workspace index is left as it was');
    assert.deepEqual(index.ids(), ['GM-0001']);
  });

  it('sorts identifiable-data codes first, in their order, then by position', () => {
    const at = (code: string, line: number): Problem =>
      ({ code, severity: 'warning', message: code, range: { start: { line, character: 0 }, end: { line, character: 1 } } }) as unknown as Problem;
    const sorted = [at('placeholder-answer', 1), at('contact-policy', 9), at('invalid-value', 0), at('nhs-number', 12), at('personal-data', 3)].sort(
      compareByPriority,
    );
    assert.deepEqual(
      sorted.map((problem) => problem.code),
      ['nhs-number', 'personal-data', 'contact-policy', 'invalid-value', 'placeholder-answer'],
    );
    assert.deepEqual(PRIORITY_PROBLEM_CODES, ['nhs-number', 'personal-data', 'contact-policy']);
  });
});
