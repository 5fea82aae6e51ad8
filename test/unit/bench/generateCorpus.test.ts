import * as assert from 'node:assert/strict';
import { corpusConfigText, generateLessons, type GeneratedLesson } from '../../../bench/corpus/generateCorpus';
import { sizeDistribution } from '../../../bench/corpus/sizeDistribution';
import { parseWorkspaceConfig } from '../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../server/src/engine/lesson/analyzeLesson';

const COUNT = 1500;

describe('bench: generated corpus', () => {
  let lessons: GeneratedLesson[];
  before(() => {
    lessons = [...generateLessons({ count: COUNT })];
  });

  it('is the same for the same seed and count, and another for another seed', () => {
    const again = [...generateLessons({ count: 200 })].map((lesson) => lesson.text);
    assert.deepEqual(
      [...generateLessons({ count: 200 })].map((lesson) => lesson.text),
      again,
    );
    assert.notDeepEqual(
      [...generateLessons({ count: 200, seed: 7 })].map((lesson) => lesson.text),
      again,
    );
  });

  it('is sized like real lessons: median over 1.1 KB, a tail of 3–5 KB lessons, short drafts', () => {
    const sizes = sizeDistribution(lessons.map((lesson) => Buffer.byteLength(lesson.text)))!;
    assert.ok(sizes.median >= 1100 && sizes.median <= 1800, `median ${sizes.median}`);
    assert.ok(sizes.over3kShare >= 0.03 && sizes.over3kShare <= 0.1, `share ≥ 3 KB ${sizes.over3kShare}`);
    assert.ok(sizes.p10 < 800, `p10 ${sizes.p10}`);
    assert.ok(sizes.max <= 6000, `max ${sizes.max}`);
  });

  it('writes both list styles, comments, rough notes and the optional fields', () => {
    const some = (pattern: RegExp): number => lessons.filter((lesson) => pattern.test(lesson.text)).length;
    assert.ok(some(/^topics: \[/m) > 0 && some(/^topics:\n {2}- /m) > 0, 'flow and block topics');
    assert.ok(some(/^#/m) > 0 && some(/^(?:stage|date|topics|title): .* {2}# /m) > 0, 'comments on their own line and after a value');
    assert.ok(some(/\bTBC\b/i) > 0, 'placeholders in drafts');
    assert.ok(some(/^adoption:\n {2}- action: /m) > 0 && some(/^adoption:\n {2}action: /m) > 0, 'an adoption block and a list of them');
    for (const field of ['outcome', 'artefacts', 'reviewed_by', 'reviewed_on', 'summary', 'related']) assert.ok(some(new RegExp(`^${field}:`, 'm')) > 0, field);
  });

  it('gives clean lessons no problem and each broken one a problem (single-file rules)', () => {
    const config = parseWorkspaceConfig(corpusConfigText()).config;
    for (const lesson of lessons) {
      const problems = analyzeLesson(lesson.text, { config, today: '2026-12-01' }).problems;
      // An unknown reference is a cross-file problem, not seen one file at a time.
      if (lesson.kind === 'broken' && lesson.breakage !== 'unknown-reference')
        assert.ok(problems.length > 0, `${lesson.id} (${lesson.breakage}) has no problem`);
      if (lesson.kind !== 'broken')
        assert.deepEqual(
          problems.map((problem) => `${problem.code}: ${problem.message}`),
          [],
          lesson.id,
        );
    }
  });

  // Dates of birth, postcodes and names next to a patient are the personal-data rule's to find, above.
  it('holds no long number and no personal address', () => {
    for (const lesson of lessons) {
      assert.doesNotMatch(lesson.text, /\d{10}/, lesson.id);
      for (const address of lesson.text.match(/[\w.'-]+@[\w.-]+/g) ?? [])
        assert.match(
          address,
          /^[a-z]+\.(?:ig|programme|lessons|shcr\.support|digital|clinical\.safety|data\.quality|adoption\.team|integration)@nhs\.net$/,
          lesson.id,
        );
    }
  });

  it('keeps every lesson the benchmark edits editable: a stage line and a good field', () => {
    for (const lesson of lessons.filter((candidate) => candidate.kind !== 'broken')) {
      assert.match(lesson.text, /^stage: /m, lesson.id);
      assert.match(lesson.text, /^good: /m, lesson.id);
      assert.match(lesson.text, /^title: /m, lesson.id);
    }
  });
});
