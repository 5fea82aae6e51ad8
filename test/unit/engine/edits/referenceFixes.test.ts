import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../../server/src/engine/config/workspaceConfig';
import { applyPlainTextEdits } from '../../../support/applyPlainTextEdits';
import { lessonReferenceFix, themeReferenceFix } from '../../../../server/src/engine/edits/referenceFixes';
import { LessonIndex } from '../../../../server/src/engine/index/LessonIndex';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import type { Range } from '../../../../server/src/engine/problem';
import { lesson, TODAY } from '../../support/lessons';
import { analyse as analyseTheme, themeIndexOf, themeText } from '../themes/support';

const KNOWN_IDS = ['GM-0042', 'GM-0047', 'YH-0003', 'DC-0002'];

/** The ranges of a lesson's unknown-reference problems, as the index places them. */
function unknownReferenceRanges(text: string): Range[] {
  const index = new LessonIndex();
  const analysis = analyzeLesson(text, { config: DEFAULT_CONFIG, today: TODAY });
  index.set({ uri: 'file:///GM-0042.lesson.yaml', facts: analysis.facts, problems: analysis.problems });
  return index.problemsFor('file:///GM-0042.lesson.yaml').flatMap((problem) => (problem.code === 'unknown-reference' ? [problem.range] : []));
}

function fixedLesson(text: string, knownIds: readonly string[] = KNOWN_IDS): { text: string; title: string }[] {
  const analysis = analyzeLesson(text, { config: DEFAULT_CONFIG, today: TODAY });
  return unknownReferenceRanges(text).flatMap((range) => {
    const fix = lessonReferenceFix(analysis, range, knownIds);
    return fix ? [{ text: applyPlainTextEdits(text, fix.edits), title: fix.title }] : [];
  });
}

describe('fixes for unknown references', () => {
  it("changes a related id to the nearest id a lesson has, never the lesson's own, keeping quotes", () => {
    const text = lesson({ related: '[GM-0043, "DC-002"]' });
    assert.deepEqual(fixedLesson(text), [
      { text: lesson({ related: '[GM-0047, "DC-002"]' }), title: "Change to 'GM-0047'" },
      { text: lesson({ related: '[GM-0043, "DC-0002"]' }), title: "Change to 'DC-0002'" },
    ]);
  });

  it("changes an adoption's lesson, a swapped pair of digits counting as one edit", () => {
    const text = lesson({ adoption: '\n  action: replicate\n  lesson: YH-0030' });
    assert.deepEqual(fixedLesson(text), [{ text: lesson({ adoption: '\n  action: replicate\n  lesson: YH-0003' }), title: "Change to 'YH-0003'" }]);
  });

  it('offers nothing when no id is near, or two are as near', () => {
    assert.deepEqual(fixedLesson(lesson({ related: '[WX-9999]' })), []);
    assert.deepEqual(fixedLesson(lesson({ related: '[GM-0045]' }), ['GM-0044', 'GM-0046']), []);
  });

  it('offers nothing once the text has moved on: no reference at the range, or its id now known', () => {
    const text = lesson({ related: '[GM-0043]' });
    const [range] = unknownReferenceRanges(text);
    const moved = analyzeLesson(lesson({ related: '[GM-0047]' }), { config: DEFAULT_CONFIG, today: TODAY });
    assert.equal(lessonReferenceFix(moved, range, KNOWN_IDS), undefined);
    const elsewhere = analyzeLesson(lesson({ related: '[DC-0002, GM-0043]' }), { config: DEFAULT_CONFIG, today: TODAY });
    assert.equal(lessonReferenceFix(elsewhere, range, KNOWN_IDS), undefined);
  });

  it("changes an id in a theme's lessons", () => {
    const text = themeText({ lessons: '[GM-0042, "YH-003"]' });
    const uri = 'file:///TH-0001.theme.yaml';
    const problems = themeIndexOf({ [uri]: text }).problemsFor(uri, (id) => KNOWN_IDS.includes(id));
    assert.deepEqual(
      problems.map((problem) => problem.code),
      ['unknown-reference'],
    );
    const fix = themeReferenceFix(analyseTheme(text), problems[0].range, KNOWN_IDS);
    assert.ok(fix);
    assert.equal(fix.title, "Change to 'YH-0003'");
    assert.equal(applyPlainTextEdits(text, fix.edits), themeText({ lessons: '[GM-0042, "YH-0003"]' }));
  });
});
