import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import { lesson, TODAY, where } from '../../support/lessons';

const analyse = (text: string) => analyzeLesson(text, { config: DEFAULT_CONFIG, today: TODAY });

describe('adoptions, outcome and artefacts', () => {
  describe('facts', () => {
    it('reads one adoption block as a list of one', () => {
      const { facts, problems } = analyse(lesson({ adoption: '\n  action: customise\n  lesson: YH-0007\n  status: planned' }));
      assert.deepEqual(problems, []);
      assert.deepEqual(facts.adoptions, [{ action: 'customise', lesson: 'YH-0007', status: 'planned' }]);
      assert.deepEqual(facts.references, [
        { id: 'YH-0007', kind: 'adoption', range: { start: { line: 14, character: 10 }, end: { line: 14, character: 17 } } },
      ]);
    });

    it('reads every block of a list, with status, date and outcome, and a reference per adopted id', () => {
      const text = lesson({
        adoption:
          '\n  - action: enhance\n    lesson: DC-0002\n    status: live\n    date: 2025-01-02\n    outcome: Log-ins up 45%.\n  - action: replicate\n    lesson: GN-0001',
        outcome: 'Sign-off from nine months to six weeks.',
        artefacts: '[artefacts/dsa.md, "https://example.nhs.uk/dpia"]',
      });
      const { facts, problems } = analyse(text);
      assert.deepEqual(problems, []);
      assert.deepEqual(facts.adoptions, [
        { action: 'enhance', lesson: 'DC-0002', status: 'live', date: '2025-01-02', outcome: 'Log-ins up 45%.' },
        { action: 'replicate', lesson: 'GN-0001' },
      ]);
      assert.deepEqual(
        facts.references.map((reference) => [reference.id, reference.kind, reference.range.start.line, reference.range.start.character]),
        [
          ['DC-0002', 'adoption', 14, 12],
          ['GN-0001', 'adoption', 19, 12],
        ],
      );
      assert.equal(facts.outcome, 'Sign-off from nine months to six weeks.');
      assert.deepEqual(facts.artefacts, [
        { target: 'artefacts/dsa.md', range: { start: { line: 21, character: 12 }, end: { line: 21, character: 28 } } },
        { target: 'https://example.nhs.uk/dpia', range: { start: { line: 21, character: 30 }, end: { line: 21, character: 59 } } },
      ]);
    });
  });

  describe('schema messages', () => {
    it('a wrong status in the single block names adoption.status, on the value', () => {
      const problems = analyse(lesson({ adoption: '\n  action: replicate\n  lesson: YH-0007\n  status: liv' })).problems;
      assert.deepEqual(problems.map(where), [['invalid-value', 15, 10, 15, 13]]);
      assert.equal(problems[0].message, "adoption.status must be one of planned, in-progress, live, abandoned — did you mean 'live'?");
    });

    it('a wrong status in a list item names the item, on the value', () => {
      const problems = analyse(
        lesson({ adoption: '\n  - action: replicate\n    lesson: YH-0007\n  - action: enhance\n    lesson: DC-0002\n    status: going live' }),
      ).problems;
      assert.deepEqual(problems.map(where), [['invalid-value', 17, 12, 17, 22]]);
      assert.equal(problems[0].message, "adoption item 2's status must be one of planned, in-progress, live, abandoned");
    });

    it('a missing lesson in a list item, an unknown key in one, and a value that is neither form', () => {
      const missing = analyse(lesson({ adoption: '\n  - action: replicate\n    colour: red' })).problems;
      assert.deepEqual(
        missing.map((problem) => problem.message),
        [
          "Missing required field 'lesson' in adoption item 1: The id of the lesson whose solution was reused. It must be older than this lesson and from another locality.",
          "Unknown field 'colour'. 'adoption item 1' takes: action, lesson, status, date, outcome.",
        ],
      );
      const text = analyse(lesson({ adoption: 'YH-0007' })).problems;
      assert.deepEqual(
        text.map((problem) => [problem.message, ...where(problem).slice(1)]),
        [['adoption must be a mapping of fields or a list, not text', 12, 10, 12, 17]],
      );
      const item = analyse(lesson({ adoption: '[YH-0007]' })).problems;
      assert.deepEqual(
        item.map((problem) => [problem.message, ...where(problem).slice(1)]),
        [['adoption item 1 must be a mapping of fields, not text', 12, 11, 12, 18]],
      );
      assert.deepEqual(
        analyse(lesson({ adoption: '[]' })).problems.map((problem) => problem.message),
        ['adoption needs at least one entry'],
      );
    });

    it('artefacts is a list of text entries', () => {
      const problems = analyse(lesson({ artefacts: '[a.md, a.md, 3]' })).problems;
      assert.deepEqual(
        problems.map((problem) => [problem.message, ...where(problem)]),
        [
          ['artefacts item 3 must be text, not the number 3', 'wrong-type', 12, 24, 12, 25],
          ["'a.md' is listed twice in artefacts (items 1 and 2); keep one.", 'duplicate-item', 12, 18, 12, 22],
        ],
      );
    });
  });
});
