import * as assert from 'node:assert/strict';
import { SimilarityIndex } from '../../../../server/src/engine/similarity/similarityIndex';
import { Thesaurus } from '../../../../server/src/engine/similarity/thesaurus';
import { tokenize } from '../../../../server/src/engine/similarity/tokenize';
import type { LessonText } from '../../../../server/src/engine/similarity/lessonText';
import { DEFAULT_HINT_CONFIDENCE, hintConfidence, type HintSignals } from '../../../../server/src/engine/similarity/hintModel';
import { BACKGROUND as BACKGROUND_PRIOR, backgroundLevel } from '../../../../server/src/engine/similarity/neighbourBackground';
import { CALIBRATED_HINTS, hintRule, isHinted } from '../../../../server/src/engine/similarity/similarHints';
import { canAdopt, similarLessonProblem, type SimilarLesson } from '../../../../server/src/engine/similarity/findSimilarLessons';
import type { LessonFacts } from '../../../../server/src/engine/lesson/lessonModel';
import { BACKGROUND, DSA_BOARDS, DSA_BOARDS_PARAPHRASE, DSA_TEMPLATE } from './lessonFixtures';

function indexOf(lessons: Record<string, LessonText>): SimilarityIndex {
  const index = new SimilarityIndex();
  for (const [key, text] of Object.entries(lessons)) index.upsert(key, text);
  return index;
}

const signals = (parts: Partial<HintSignals>): HintSignals => ({ score: 0.3, background: 0.08, cosine: 0.3, overlap: 0.3, margin: 0.1, ...parts });

describe('similarity: the hint decision', () => {
  describe('background level', () => {
    it('is the typical level when a lesson has no neighbours to measure', () => {
      assert.equal(backgroundLevel([]), BACKGROUND_PRIOR.priorLevel);
    });

    it('leaves the best matches out, since they may be duplicates', () => {
      const withDuplicates = [0.9, 0.9, 0.9, 0.9, 0.9, ...Array<number>(25).fill(0.1)];
      const without = [0.1, 0.1, 0.1, 0.1, 0.1, ...Array<number>(25).fill(0.1)];
      assert.equal(backgroundLevel(withDuplicates), backgroundLevel(without));
    });

    it('follows the neighbours when there are many, and the typical level when there are few', () => {
      const many = backgroundLevel(Array<number>(30).fill(0.3));
      const few = backgroundLevel(Array<number>(6).fill(0.3));
      assert.ok(Math.abs(many - 0.3) < 0.05, String(many));
      assert.ok(few < many && few > BACKGROUND_PRIOR.priorLevel, `${few}`);
    });

    it('is never below the typical level, since ranks of unrelated lessons are not a quiet neighbourhood', () => {
      // A small workspace of lessons on different subjects: past the best few, nothing is related.
      const smallAndVaried = [0.18, 0.07, 0.06, 0.05, 0.05, ...Array<number>(26).fill(0.03)];
      assert.equal(backgroundLevel(smallAndVaried), BACKGROUND_PRIOR.floor);
      assert.ok(backgroundLevel(Array<number>(30).fill(0.2)) > BACKGROUND_PRIOR.floor);
    });
  });

  describe('confidence', () => {
    it('grows with the score and falls with the background', () => {
      assert.ok(hintConfidence(signals({ score: 0.4 })) > hintConfidence(signals({ score: 0.2 })));
      assert.ok(hintConfidence(signals({ background: 0.05 })) > hintConfidence(signals({ background: 0.25 })));
    });

    it('reads the same score as the same lesson against a quiet background and not against a crowded one', () => {
      assert.ok(hintConfidence(signals({ score: 0.35, background: 0.07 })) >= DEFAULT_HINT_CONFIDENCE);
      assert.ok(hintConfidence(signals({ score: 0.35, background: 0.25 })) < DEFAULT_HINT_CONFIDENCE);
    });

    it('is higher for a match standing alone above the rest than for one with a neighbour close behind', () => {
      assert.ok(hintConfidence(signals({ margin: 0.2 })) > hintConfidence(signals({ margin: 0 })));
    });

    it('is zero for a match with no score', () => {
      assert.equal(hintConfidence(signals({ score: 0 })), 0);
    });
  });

  describe('in a workspace', () => {
    it('hints a retold lesson in a varied workspace, more surely than a look-alike on its topic', () => {
      const index = indexOf({ boards: DSA_BOARDS, paraphrase: DSA_BOARDS_PARAPHRASE, template: DSA_TEMPLATE, ...BACKGROUND });
      const [first, second] = index.queryByKey('boards', { top: 2 });
      assert.equal(first?.key, 'paraphrase');
      assert.ok(first.confidence >= DEFAULT_HINT_CONFIDENCE, String(first.confidence));
      assert.equal(second?.key, 'template');
      assert.ok(first.confidence > second.confidence + 0.2, `${first.confidence} vs ${second.confidence}`);
    });

    it('gives every match a confidence in [0,1] that does not depend on how many are asked for', () => {
      const index = indexOf({ boards: DSA_BOARDS, paraphrase: DSA_BOARDS_PARAPHRASE, template: DSA_TEMPLATE, ...BACKGROUND });
      const few = index.queryByKey('boards', { top: 1 });
      const many = index.queryByKey('boards', { top: 5 });
      assert.equal(few[0]!.confidence, many[0]!.confidence);
      for (const m of many) assert.ok(m.confidence >= 0 && m.confidence <= 1, String(m.confidence));
    });
  });

  describe('the rule', () => {
    it('is calibrated unless a threshold is set, and the first threshold given wins', () => {
      assert.deepEqual(hintRule(undefined, undefined), CALIBRATED_HINTS);
      assert.deepEqual(hintRule(0.4, 0.2), { kind: 'fixed', minScore: 0.4 });
      assert.deepEqual(hintRule(undefined, 0.2), { kind: 'fixed', minScore: 0.2 });
    });

    it('reads the confidence when calibrated and the score when fixed', () => {
      const match = { score: 0.5, confidence: 0.1 };
      assert.equal(isHinted(match, CALIBRATED_HINTS), false);
      assert.equal(isHinted(match, hintRule(0.4)), true);
      assert.equal(isHinted({ score: 0.1, confidence: 0.9 }, CALIBRATED_HINTS), true);
    });
  });
});

describe('similarity: thesaurus keeps apart what lessons are written to tell apart', () => {
  const thesaurus = new Thesaurus();
  const differ = (a: string, b: string): void => {
    assert.notDeepEqual(tokenize(a, thesaurus), tokenize(b, thesaurus), `${a} and ${b} must stay apart`);
  };

  it('the national data opt-out, a type 1 opt-out and an objection', () => {
    differ('national data opt-out', 'type 1 opt-out');
    differ('national data opt-out', 'objection');
    differ('type 1 opt-out', 'objection');
    assert.deepEqual(tokenize('NDOO', thesaurus), tokenize('national data opt-out', thesaurus));
  });

  it('DCB0129 and DCB0160, a hazard log and a safety case', () => {
    differ('DCB0129', 'DCB0160');
    differ('hazard log', 'safety case');
    assert.deepEqual(tokenize('DCB 0160', thesaurus), tokenize('DCB0160', thesaurus));
  });
});

describe('similarity: what a hint may offer', () => {
  const facts = (locality: string | undefined, date: string | undefined): LessonFacts => ({ locality, date }) as LessonFacts;
  const other = (locality: string | undefined, date: string | undefined): SimilarLesson => ({
    uri: 'file:///other',
    id: 'YH-0007',
    locality,
    date,
    score: 0.5,
    confidence: 0.9,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  });

  it('offers adopting only an older lesson of another locality', () => {
    assert.equal(canAdopt(facts('Leeds Care Record', '2025-06-01'), other('One London', '2024-01-01')), true);
    assert.equal(canAdopt(facts('Leeds Care Record', '2024-01-01'), other('One London', '2025-06-01')), false, 'a newer lesson cannot have been reused');
    assert.equal(canAdopt(facts('Leeds Care Record', '2025-06-01'), other('One London', '2025-06-01')), false, 'same day: neither is older');
    assert.equal(canAdopt(facts('Leeds Care Record', '2025-06-01'), other('Leeds Care Record', '2024-01-01')), false, 'same locality');
    assert.equal(canAdopt(facts('Leeds Care Record', undefined), other('One London', '2024-01-01')), false, 'no date to compare');
  });

  it("says when the similar lesson is in the lesson's own locality", () => {
    const problem = similarLessonProblem(facts('One London', '2025-06-01'), [other('One London', '2024-01-01')], 'information');
    assert.match(problem?.message ?? '', /^Similar lesson exists in your own locality: YH-0007/);
    assert.equal(problem?.data?.kind === 'similarLessons' && problem.data.matches[0]!.adoptable, false);
    const elsewhere = similarLessonProblem(facts('Leeds Care Record', '2025-06-01'), [other('One London', '2024-01-01')], 'information');
    assert.match(elsewhere?.message ?? '', /^Similar lesson exists: YH-0007/);
    assert.equal(elsewhere?.data?.kind === 'similarLessons' && elsewhere.data.matches[0]!.adoptable, true);
  });
});
