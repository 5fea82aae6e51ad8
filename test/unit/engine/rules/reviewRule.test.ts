import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, parseWorkspaceConfig, type WorkspaceConfig } from '../../../../server/src/engine/config/workspaceConfig';
import { applyPlainTextEdits } from '../../../support/applyPlainTextEdits';
import { fixForProblem } from '../../../../server/src/engine/edits/problemFixes';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import { lesson, problemsOf, TODAY, where } from '../../support/lessons';

const { config } = parseWorkspaceConfig('curators: [Priya Shah, Tom Okafor]\n');
const oneCurator = parseWorkspaceConfig('curators: [Priya Shah]\n').config;
const SUMMARY = 'One paragraph.';

/** A lesson at a stage with a summary, and the review fields given (after the summary). */
function reviewed(stage: string, review: { reviewed_by?: string; reviewed_on?: string } = {}): string {
  return lesson({ stage, summary: SUMMARY, ...review });
}

function fixedText(text: string, problemIndex: number, workspace: WorkspaceConfig = config): { text: string; title: string } {
  const analysis = analyzeLesson(text, { config: workspace, today: TODAY });
  const problem = analysis.problems.filter((candidate) => candidate.code === 'review-required')[problemIndex];
  assert.ok(problem, `review-required problem ${problemIndex} among ${analysis.problems.map((p) => p.code).join(', ')}`);
  const fix = fixForProblem(problem, analysis.parsed, { config: workspace, today: TODAY, ids: () => [] });
  assert.ok(fix, 'a fix');
  return { text: applyPlainTextEdits(text, fix.edits), title: fix.title };
}

describe('review rule (review-required)', () => {
  it('asks nothing when learn-once.yaml names no curators', () => {
    assert.deepEqual(DEFAULT_CONFIG.curators, []);
    assert.deepEqual(problemsOf(reviewed('curated')), []);
    assert.deepEqual(problemsOf(reviewed('communicated', { reviewed_by: 'Anyone At All' })), []);
  });

  it('asks a curated or communicated lesson without a review for reviewed_by and reviewed_on, on the stage value', () => {
    for (const stage of ['curated', 'communicated']) {
      const problems = problemsOf(reviewed(stage), config);
      const end = 7 + stage.length;
      assert.deepEqual(problems.map(where), [
        ['review-required', 3, 7, 3, end],
        ['review-required', 3, 7, 3, end],
      ]);
      assert.deepEqual(
        problems.map((problem) => [problem.severity, problem.message]),
        [
          [
            'error',
            `A ${stage} lesson needs a curator's review: add reviewed_by, the curator who reviewed it (curators in learn-once.yaml: Priya Shah, Tom Okafor).`,
          ],
          ['error', `A ${stage} lesson needs the date of its review: add reviewed_on (YYYY-MM-DD).`],
        ],
      );
      assert.deepEqual(
        problems.map((problem) => problem.data),
        [
          { kind: 'insertField', field: 'reviewed_by', placeholder: "curator's name", title: 'Add reviewed_by' },
          { kind: 'insertField', field: 'reviewed_on', placeholder: TODAY, title: "Add reviewed_on (today's date)" },
        ],
      );
    }
  });

  it('asks only for the field that is missing, and treats an empty one as missing', () => {
    const noDate = problemsOf(reviewed('curated', { reviewed_by: 'Priya Shah' }), config);
    assert.deepEqual(
      noDate.map((problem) => [...where(problem), problem.message]),
      [['review-required', 3, 7, 3, 14, 'A curated lesson needs the date of its review: add reviewed_on (YYYY-MM-DD).']],
    );
    const blankReviewer = problemsOf(reviewed('curated', { reviewed_by: "''", reviewed_on: '2026-01-05' }), config);
    // The schema says the value is empty; the rule says what the stage asks for.
    assert.deepEqual(blankReviewer.map(where), [
      ['empty-value', 13, 0, 13, 11],
      ['review-required', 3, 7, 3, 14],
    ]);
    assert.match(blankReviewer[1].message, /add reviewed_by/);
  });

  it('accepts a review by a curator written in any case, with surrounding spaces', () => {
    assert.deepEqual(problemsOf(reviewed('curated', { reviewed_by: 'Priya Shah', reviewed_on: '2026-01-05' }), config), []);
    assert.deepEqual(problemsOf(reviewed('communicated', { reviewed_by: "' tom OKAFOR '", reviewed_on: '2026-01-05' }), config), []);
  });

  it('flags a reviewer who is not a curator on the name, naming the curators and the nearest one', () => {
    const [problem, ...others] = problemsOf(reviewed('curated', { reviewed_by: 'Pryia Shah', reviewed_on: '2026-01-05' }), config);
    assert.deepEqual(others, []);
    assert.deepEqual(where(problem), ['review-required', 13, 13, 13, 23]);
    assert.equal(problem.severity, 'error');
    assert.equal(problem.message, "'Pryia Shah' is not one of the curators in learn-once.yaml (Priya Shah, Tom Okafor) — did you mean 'Priya Shah'?");
    assert.deepEqual(problem.data, { kind: 'replace', range: problem.range, newText: 'Priya Shah', title: "Change to 'Priya Shah'" });
  });

  it('names the curators and offers no fix when no curator is close', () => {
    const [problem, ...others] = problemsOf(reviewed('communicated', { reviewed_by: 'Bartholomew Jones', reviewed_on: '2026-01-05' }), config);
    assert.deepEqual(others, []);
    assert.deepEqual(where(problem), ['review-required', 13, 13, 13, 30]);
    assert.equal(
      problem.message,
      "'Bartholomew Jones' is not one of the curators in learn-once.yaml (Priya Shah, Tom Okafor); a communicated lesson is reviewed by one of them.",
    );
    assert.equal(problem.data, undefined);
  });

  it('leaves lessons before curated alone, whatever their review says', () => {
    for (const stage of ['captured', 'collated', 'organised']) {
      assert.deepEqual(problemsOf(lesson({ stage }), config), [], stage);
      assert.deepEqual(problemsOf(lesson({ stage, reviewed_by: 'Nobody Here' }), config), [], stage);
    }
  });

  it('checks reviewed_on as a calendar date that is not in the future, like date', () => {
    const invalid = problemsOf(reviewed('curated', { reviewed_by: 'Priya Shah', reviewed_on: '2026-02-30' }), config);
    assert.deepEqual(
      invalid.map((problem) => [...where(problem), problem.message]),
      [['invalid-date', 14, 13, 14, 23, "reviewed_on '2026-02-30' is not a real calendar date."]],
    );
    const future = problemsOf(reviewed('curated', { reviewed_by: 'Priya Shah', reviewed_on: '2026-11-27' }), config);
    assert.deepEqual(
      future.map((problem) => [...where(problem), problem.message]),
      [['future-date', 14, 13, 14, 23, "reviewed_on '2026-11-27' is in the future; a review is dated when it was done (today is 2026-11-26)."]],
    );
    assert.deepEqual(problemsOf(reviewed('curated', { reviewed_by: 'Priya Shah', reviewed_on: TODAY }), config), []);
    // Without curators the date is still checked: a wrong date is wrong whoever asks for it.
    assert.deepEqual(problemsOf(lesson({ reviewed_on: '2026-13-01' })).map(where), [['invalid-date', 12, 13, 12, 23]]);
  });

  describe('fixes', () => {
    it('adds reviewed_by after the stage: the curator when there is only one', () => {
      const text = reviewed('curated', { reviewed_on: '2026-01-05' });
      assert.deepEqual(fixedText(text, 0, oneCurator), {
        text: text.replace('stage: curated\n', 'stage: curated\nreviewed_by: Priya Shah\n'),
        title: 'Add reviewed_by: Priya Shah',
      });
    });

    it('adds reviewed_by with a placeholder to replace when there are several curators', () => {
      const text = reviewed('curated', { reviewed_on: '2026-01-05' });
      assert.deepEqual(fixedText(text, 0), {
        text: text.replace('stage: curated\n', "stage: curated\nreviewed_by: curator's name\n"),
        title: 'Add reviewed_by',
      });
    });

    it("adds reviewed_on as today's date after reviewed_by", () => {
      const text = lesson({ stage: 'communicated', reviewed_by: 'Tom Okafor', summary: SUMMARY });
      assert.deepEqual(fixedText(text, 0), {
        text: text.replace('reviewed_by: Tom Okafor\n', `reviewed_by: Tom Okafor\nreviewed_on: ${TODAY}\n`),
        title: "Add reviewed_on (today's date)",
      });
    });

    it('fills an empty reviewed_by in place, keeping its comment', () => {
      const text = lesson({ stage: 'curated', reviewed_by: '  # who checked it', reviewed_on: '2026-01-05', summary: SUMMARY });
      assert.equal(fixedText(text, 0, oneCurator).text, text.replace('reviewed_by:   # who checked it', 'reviewed_by:   Priya Shah # who checked it'));
    });

    it('changes an unknown reviewer to the nearest curator', () => {
      const text = reviewed('curated', { reviewed_by: 'Tom Okafr', reviewed_on: '2026-01-05' });
      assert.deepEqual(fixedText(text, 0), { text: text.replace('reviewed_by: Tom Okafr', 'reviewed_by: Tom Okafor'), title: "Change to 'Tom Okafor'" });
    });
  });
});
