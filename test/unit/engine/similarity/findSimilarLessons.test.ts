import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../../server/src/engine/config/workspaceConfig';
import { LessonIndex } from '../../../../server/src/engine/index/LessonIndex';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import type { LessonFacts } from '../../../../server/src/engine/lesson/lessonModel';
import { SimilarityIndex } from '../../../../server/src/engine/similarity/similarityIndex';
import { DEFAULT_HINT_CONFIDENCE } from '../../../../server/src/engine/similarity/hintModel';
import {
  findSimilarLessons,
  findSimilarToFacts,
  lessonTextOf,
  linkedUris,
  similarLessonProblem,
  type SimilarLesson,
} from '../../../../server/src/engine/similarity/findSimilarLessons';
import { lesson, TODAY } from '../../support/lessons';

const BOARDS_TITLE = 'Data sharing agreement sign-off took nine months across three trusts';
const PARAPHRASE_TITLE = 'Getting every provider to approve the DSA took most of a year';

/** The lesson every case looks for matches of. It names WX-0003 as related. */
const BOARDS = lesson({
  id: 'GM-0042',
  title: BOARDS_TITLE,
  good: '|\n  Early involvement of every trust information governance lead meant the wording was agreed once.',
  not_so_good: "|\n  Each trust's board signed off the agreement separately, so sign-off took nine months and no data flowed until the last signature.",
  improvements: '|\n  Agree one sign-off route with delegated signatories across all partners before drafting starts.',
  related: '[WX-0003]',
});

/** The same lesson in other words, linked to nothing: the one the hint should name. */
const PARAPHRASE = lesson({
  id: 'YH-0007',
  title: PARAPHRASE_TITLE,
  locality: 'Yorkshire & Humber Care Record',
  stage: 'curated',
  topics: '[IG, data sharing agreement]',
  good: '|\n  IG leads from all providers settled the text in two meetings.',
  not_so_good:
    '|\n  Approval went provider by provider: each governance committee approved it individually, and it was 9 months before the final signatory approved.',
  improvements: '|\n  At kick-off, ask each provider for an approver with delegated authority and one approval route for all of them.',
  summary: 'One approval route with delegated approvers gets a DSA signed in weeks, not months.',
});

/** Similar lessons already linked to BOARDS: named by it (related), naming it in adoption, naming it in related. */
const NAMED_BY_BOARDS = lesson({
  id: 'WX-0003',
  title: 'Sign-off of the data sharing agreement by every trust board took nine months',
  locality: 'Wessex Care Records',
  not_so_good: '|\n  Each trust board signed off the data sharing agreement on its own, so it took nine months.',
  improvements: '|\n  Agree one sign-off route with delegated signatories before drafting.',
});
const ADOPTS_BOARDS = lesson({
  id: 'LD-0010',
  title: 'Data sharing agreement sign-off across trusts with one route',
  locality: 'Leeds Care Record',
  not_so_good: '|\n  Trust boards signing off the data sharing agreement one by one would have taken months.',
  improvements: '|\n  One sign-off route with delegated signatories, as Greater Manchester learnt.',
  adoption: '\n  action: replicate\n  lesson: GM-0042',
});
const RELATES_TO_BOARDS = lesson({
  id: 'CC-0005',
  title: 'Nine months for every trust board to sign off the data sharing agreement',
  locality: 'Connecting Care (Bristol)',
  not_so_good: '|\n  Every trust board signed off the data sharing agreement separately and it took nine months.',
  improvements: '|\n  Delegate sign-off of the data sharing agreement to one signatory per trust.',
  related: '[GM-0042]',
});

/** Other subjects, so that rare words weigh more than common ones. */
const BACKGROUND: Record<string, string> = {
  'file:///mpi': lesson({
    id: 'OX-0001',
    title: 'Records for the same patient split in the master patient index when NHS numbers were missing',
    locality: 'Oxford Care Record',
    topics: '[patient matching, data quality]',
    good: '|\n  The matching algorithm was explainable to the data quality team.',
    not_so_good: '|\n  Feeds without an NHS number created thousands of duplicate patients.',
    improvements: '|\n  Trace NHS numbers against PDS before loading a new feed.',
  }),
  'file:///hosting': lesson({
    id: 'OL-0002',
    title: 'Cloud hosting costs were far higher than forecast',
    locality: 'One London',
    topics: '[hosting, finance]',
    good: '|\n  The platform scaled well over winter.',
    not_so_good: '|\n  Data egress charges were never modelled, so the bill doubled.',
    improvements: '|\n  Model egress and storage costs with realistic volumes before signing the contract.',
  }),
  'file:///training': lesson({
    id: 'DC-0003',
    title: 'Floor walkers at go-live did more than any e-learning module',
    locality: 'Dorset Care Record',
    topics: '[training, adoption]',
    good: '|\n  Clinicians asked real questions of people standing next to them.',
    not_so_good: '|\n  The mandatory online module was clicked through and forgotten.',
    improvements: '|\n  Fund floor walkers for the first two weeks on every ward.',
  }),
};

const URIS = {
  boards: 'file:///boards',
  paraphrase: 'file:///paraphrase',
  namedByBoards: 'file:///named',
  adoptsBoards: 'file:///adopts',
  relatesToBoards: 'file:///relates',
};

interface Workspace {
  index: LessonIndex;
  similarity: SimilarityIndex;
  facts(uri: string): LessonFacts;
}

/** A lesson index and a similarity index over the same lessons, as the workspace keeps them. */
function workspaceOf(lessons: Record<string, string>): Workspace {
  const index = new LessonIndex();
  const similarity = new SimilarityIndex();
  for (const [uri, text] of Object.entries(lessons)) {
    const { facts, problems } = analyzeLesson(text, { config: DEFAULT_CONFIG, today: TODAY });
    index.set({ uri, facts, problems });
    similarity.upsert(uri, lessonTextOf(facts));
  }
  return { index, similarity, facts: (uri) => index.get(uri)!.facts };
}

function allLessons(): Workspace {
  return workspaceOf({
    [URIS.boards]: BOARDS,
    [URIS.paraphrase]: PARAPHRASE,
    [URIS.namedByBoards]: NAMED_BY_BOARDS,
    [URIS.adoptsBoards]: ADOPTS_BOARDS,
    [URIS.relatesToBoards]: RELATES_TO_BOARDS,
    ...BACKGROUND,
  });
}

const urisOf = (matches: SimilarLesson[]): string[] => matches.map((m) => m.uri);
const sorted = (uris: Iterable<string>): string[] => [...uris].sort();
/** Every other lesson, best first, however low its score. */
const EVERYTHING = { top: 100 };

describe('similarity: finding similar lessons', () => {
  describe('linkedUris', () => {
    it('links a lesson to what it names in related and to what names it in adoption.lesson or related', () => {
      const ws = allLessons();
      assert.deepEqual(sorted(linkedUris(ws.index, ws.facts(URIS.boards), URIS.boards)), sorted([URIS.namedByBoards, URIS.adoptsBoards, URIS.relatesToBoards]));
    });

    it('links a lesson to the lesson it names in adoption.lesson', () => {
      const ws = allLessons();
      assert.deepEqual([...linkedUris(ws.index, ws.facts(URIS.adoptsBoards), URIS.adoptsBoards)], [URIS.boards]);
    });

    it('links a lesson named in related back to the lesson naming it', () => {
      const ws = allLessons();
      assert.deepEqual([...linkedUris(ws.index, ws.facts(URIS.namedByBoards), URIS.namedByBoards)], [URIS.boards]);
    });

    it('links an unlinked lesson to nothing', () => {
      const ws = allLessons();
      assert.deepEqual([...linkedUris(ws.index, ws.facts(URIS.paraphrase), URIS.paraphrase)], []);
    });

    it('never links a lesson to itself, even when it names its own id', () => {
      const ws = workspaceOf({ [URIS.boards]: lesson({ id: 'GM-0042', related: '[GM-0042]' }), ...BACKGROUND });
      assert.deepEqual([...linkedUris(ws.index, ws.facts(URIS.boards), URIS.boards)], []);
    });
  });

  describe('findSimilarLessons', () => {
    it('leaves out the linked lessons with excludeLinked, but keeps the unlinked paraphrase', () => {
      const ws = allLessons();
      const found = urisOf(findSimilarLessons(ws.index, ws.similarity, URIS.boards, { ...EVERYTHING, excludeLinked: true }));
      for (const linked of [URIS.namedByBoards, URIS.adoptsBoards, URIS.relatesToBoards])
        assert.ok(!found.includes(linked), `${linked} is linked and left out`);
      assert.equal(found[0], URIS.paraphrase);
    });

    it('keeps the linked lessons without excludeLinked', () => {
      const ws = allLessons();
      for (const excludeLinked of [false, undefined]) {
        const found = urisOf(findSimilarLessons(ws.index, ws.similarity, URIS.boards, { ...EVERYTHING, excludeLinked }));
        for (const linked of [URIS.namedByBoards, URIS.adoptsBoards, URIS.relatesToBoards, URIS.paraphrase])
          assert.ok(found.includes(linked), `${linked} is kept`);
      }
    });

    it("leaves the adopted lesson out of the adopter's matches, but not lessons linked only to the adopted one", () => {
      const ws = allLessons();
      const fromAdopter = urisOf(findSimilarLessons(ws.index, ws.similarity, URIS.adoptsBoards, { ...EVERYTHING, excludeLinked: true }));
      assert.ok(!fromAdopter.includes(URIS.boards));
      assert.ok(fromAdopter.includes(URIS.namedByBoards), 'lessons linked only to the adopted lesson still count');
    });

    it('never returns the lesson itself', () => {
      const ws = allLessons();
      assert.ok(!urisOf(findSimilarLessons(ws.index, ws.similarity, URIS.boards, EVERYTHING)).includes(URIS.boards));
    });

    it('leaves out matches scoring below minScore', () => {
      const ws = allLessons();
      const all = findSimilarLessons(ws.index, ws.similarity, URIS.boards, EVERYTHING);
      assert.ok(all.length >= 3);
      const cut = (all[1]!.score + all[2]!.score) / 2;
      assert.ok(all[1]!.score > cut && all[2]!.score < cut, 'the second and third scores differ');
      const kept = findSimilarLessons(ws.index, ws.similarity, URIS.boards, { ...EVERYTHING, minScore: cut });
      assert.deepEqual(urisOf(kept), urisOf(all.slice(0, 2)));
      for (const match of kept) assert.ok(match.score >= cut);
    });

    it('gives at most top matches, best first, each with what a person needs to judge it', () => {
      const ws = allLessons();
      const matches = findSimilarLessons(ws.index, ws.similarity, URIS.boards, { top: 2, excludeLinked: true });
      assert.equal(matches.length, 2);
      assert.ok(matches[0]!.score >= matches[1]!.score);
      const { uri, id, title, locality, stage, range } = matches[0]!;
      assert.deepEqual(
        { uri, id, title, locality, stage, range },
        {
          uri: URIS.paraphrase,
          id: 'YH-0007',
          title: PARAPHRASE_TITLE,
          locality: 'Yorkshire & Humber Care Record',
          stage: 'curated',
          range: { start: { line: 1, character: 7 }, end: { line: 1, character: 7 + PARAPHRASE_TITLE.length } },
        },
      );
    });

    it('finds nothing for a lesson that is not in the index', () => {
      const ws = allLessons();
      assert.deepEqual(findSimilarLessons(ws.index, ws.similarity, 'file:///nowhere', EVERYTHING), []);
    });
  });

  describe('removed lessons', () => {
    it('never returns a lesson removed from both indexes', () => {
      const ws = allLessons();
      assert.ok(urisOf(findSimilarLessons(ws.index, ws.similarity, URIS.boards, EVERYTHING)).includes(URIS.paraphrase));
      const text = ws.facts(URIS.namedByBoards);
      assert.ok(urisOf(findSimilarToFacts(ws.index, ws.similarity, text, EVERYTHING)).includes(URIS.paraphrase));
      ws.index.delete(URIS.paraphrase);
      ws.similarity.remove(URIS.paraphrase);
      assert.ok(!urisOf(findSimilarLessons(ws.index, ws.similarity, URIS.boards, EVERYTHING)).includes(URIS.paraphrase));
      assert.ok(!urisOf(findSimilarToFacts(ws.index, ws.similarity, text, EVERYTHING)).includes(URIS.paraphrase));
    });

    it('never returns a lesson gone from the lesson index while the similarity index still has it', () => {
      const ws = allLessons();
      ws.index.delete(URIS.paraphrase);
      assert.ok(ws.similarity.has(URIS.paraphrase), 'the similarity index still holds it');
      const found = findSimilarLessons(ws.index, ws.similarity, URIS.boards, EVERYTHING);
      assert.ok(!urisOf(found).includes(URIS.paraphrase));
      assert.ok(found.length > 0, 'the other lessons are still found');
    });
  });

  describe('findSimilarToFacts', () => {
    it('compares unsaved text without matching its own file, and leaves linked lessons out on request', () => {
      const ws = allLessons();
      const edited = analyzeLesson(BOARDS.replace('nine months', 'most of a year'), { config: DEFAULT_CONFIG, today: TODAY }).facts;
      const found = urisOf(findSimilarToFacts(ws.index, ws.similarity, edited, { ...EVERYTHING, excludeLinked: true, selfUri: URIS.boards }));
      assert.ok(!found.includes(URIS.boards));
      assert.ok(!found.includes(URIS.namedByBoards) && !found.includes(URIS.adoptsBoards) && !found.includes(URIS.relatesToBoards));
      assert.equal(found[0], URIS.paraphrase);
    });
  });

  describe('similarLessonProblem', () => {
    const titleRange = { start: { line: 1, character: 7 }, end: { line: 1, character: 7 + BOARDS_TITLE.length } };
    const paraphraseTitleRange = { start: { line: 1, character: 7 }, end: { line: 1, character: 7 + PARAPHRASE_TITLE.length } };

    it('names the best match on the title value, in the agreed words', () => {
      const ws = allLessons();
      const matches = findSimilarLessons(ws.index, ws.similarity, URIS.boards, { top: 1, excludeLinked: true });
      const percent = Math.round(matches[0]!.score * 100);
      const problem = similarLessonProblem(ws.facts(URIS.boards), matches, 'information');
      assert.ok(problem);
      assert.equal(
        problem.message,
        `Similar lesson exists: YH-0007 '${PARAPHRASE_TITLE}' (Yorkshire & Humber Care Record, curated, ${percent}% similar). Reuse it instead of writing it twice?`,
      );
      assert.match(
        problem.message,
        /^Similar lesson exists: YH-0007 'Getting every provider to approve the DSA took most of a year' \(Yorkshire & Humber Care Record, curated, \d{1,3}% similar\)/,
      );
      assert.equal(problem.code, 'similar-lesson');
      assert.equal(problem.severity, 'information');
      assert.deepEqual(problem.range, titleRange);
    });

    it('counts and names the other matches after the best one', () => {
      const ws = allLessons();
      const matches = findSimilarLessons(ws.index, ws.similarity, URIS.boards, { top: 3 });
      assert.equal(matches.length, 3);
      const problem = similarLessonProblem(ws.facts(URIS.boards), matches, 'hint');
      assert.ok(problem);
      const others = matches
        .slice(1)
        .map((m) => m.id)
        .join(', ');
      assert.ok(problem.message.endsWith(` — and 2 more: ${others}. Reuse it instead of writing it twice?`), problem.message);
      assert.equal(problem.severity, 'hint');
    });

    it('gives every match as related information pointing at its title', () => {
      const ws = allLessons();
      const matches = findSimilarLessons(ws.index, ws.similarity, URIS.boards, { top: 2, excludeLinked: true });
      const problem = similarLessonProblem(ws.facts(URIS.boards), matches, 'information');
      assert.ok(problem?.related);
      assert.deepEqual(
        problem.related.map((r) => r.uri),
        matches.map((m) => m.uri),
      );
      assert.deepEqual(problem.related[0]!.range, paraphraseTitleRange);
      const percent = Math.round(matches[0]!.score * 100);
      assert.equal(problem.related[0]!.message, `Similar: YH-0007 '${PARAPHRASE_TITLE}' (Yorkshire & Humber Care Record, curated, ${percent}% similar)`);
      for (const [i, related] of problem.related.entries()) assert.deepEqual(related.range, matches[i]!.range);
    });

    it("carries the matches in data with kind 'similarLessons' for the quick fixes", () => {
      const ws = allLessons();
      const matches = findSimilarLessons(ws.index, ws.similarity, URIS.boards, { top: 2, excludeLinked: true });
      const problem = similarLessonProblem(ws.facts(URIS.boards), matches, 'information');
      assert.deepEqual(problem?.data, {
        kind: 'similarLessons',
        // Every lesson here has the same date, so none is older: none may be adopted.
        matches: matches.map((m) => ({ uri: m.uri, id: m.id, title: m.title, score: m.score, adoptable: false })),
      });
    });

    it('gives no problem when there are no matches', () => {
      const ws = allLessons();
      assert.equal(similarLessonProblem(ws.facts(URIS.boards), [], 'information'), undefined);
    });

    it('gives no problem for a lesson on an unrelated subject at the default hint confidence', () => {
      const ws = workspaceOf({
        [URIS.boards]: BOARDS,
        [URIS.paraphrase]: PARAPHRASE,
        ...BACKGROUND,
        'file:///car-park': lesson({
          id: 'GN-0009',
          title: 'The car park barrier broke',
          locality: 'Great North Care Record',
          topics: '[estates]',
          good: '|\n  Porters were helpful.',
          not_so_good: '|\n  Visitors queued for an hour.',
          improvements: '|\n  Service the barrier yearly.',
        }),
      });
      const matches = findSimilarLessons(ws.index, ws.similarity, 'file:///car-park', { top: 3, minConfidence: DEFAULT_HINT_CONFIDENCE, excludeLinked: true });
      assert.deepEqual(matches, []);
      assert.equal(similarLessonProblem(ws.facts('file:///car-park'), matches, 'information'), undefined);
    });
  });
});
