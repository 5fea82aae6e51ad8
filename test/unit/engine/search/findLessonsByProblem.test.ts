import * as assert from 'node:assert/strict';
import { findLessonsByProblem, type ProblemSearchResult } from '../../../../server/src/engine/search/findLessonsByProblem';
import { hitLocation } from '../../../../server/src/engine/search/hitLocation';
import {
  EMPTY_QUERY_NOTICE,
  MAX_QUERY_CHARS,
  NOTHING_IN_FILTERS_NOTICE,
  NOTHING_MATCHED_NOTICE,
  STOP_WORDS_ONLY_NOTICE,
} from '../../../../server/src/engine/search/problemQuery';
import { LessonWorkspace } from '../../../../server/src/engine/workspace/LessonWorkspace';
import { lesson, TODAY } from '../../support/lessons';

/** Four lessons on different problems, in three localities and three stages. */
const FILES: Record<string, string> = {
  'dsa.lesson.yaml': lesson({
    id: 'GM-0001',
    title: 'Data sharing agreement sign-off took nine months across three trusts',
    stage: 'curated',
    date: '2025-03-14',
    summary: 'One sign-off route with delegated signatories.',
    good: '|\n  Every trust named one IG lead early.',
    not_so_good: "|\n  Each trust board signed off separately.\n  One trust's Caldicott Guardian changed halfway through and asked for a fresh review.",
    improvements: '|\n  Agree one sign-off route before drafting starts.',
  }),
  'carehomes.lesson.yaml': lesson({
    id: 'YH-0005',
    title: 'Care home staff had no smartcards, so they could not log in to the record',
    locality: 'Yorkshire & Humber Care Record',
    stage: 'collated',
    date: '2026-10-02',
    topics: '[social care, identity and access]',
    good: '|\n  Care homes were keen to see discharge summaries.',
    not_so_good: '|\n  The login assumed NHS smartcards, which care home staff do not have.',
    improvements: '|\n  Plan for users outside the NHS from the start, with individual logins.',
  }),
  'training.lesson.yaml': lesson({
    id: 'GN-0001',
    title: 'A named champion in every practice made the record part of daily work',
    locality: 'Great North Care Record',
    stage: 'communicated',
    date: '2024-06-01',
    topics: '[adoption, training]',
    good: '|\n  Each practice named a GP or nurse as champion, with two hours of training.',
    not_so_good: '|\n  Practices without a champion barely used the record.',
    improvements: '|\n  Fund protected time for champions.',
  }),
  'pharmacy.lesson.yaml': lesson({
    id: 'WX-0005',
    title: 'Community pharmacists needed their own access role',
    locality: 'Wessex Care Records',
    stage: 'curated',
    date: '2026-01-20',
    topics: '[identity and access]',
    good: '|\n  Read access to medications helped pharmacists with medicines reviews.',
    not_so_good: '|\n  The borrowed GP role showed pharmacists far more than they needed.',
    improvements: '|\n  Design a role around each staff group.',
  }),
};

function workspace(): LessonWorkspace {
  const ws = new LessonWorkspace({ folders: ['/ws'], today: () => TODAY });
  for (const [name, text] of Object.entries(FILES)) ws.updateText(`file:///ws/${name}`, text);
  return ws;
}

function ids(result: ProblemSearchResult): (string | undefined)[] {
  assert.ok(result.ok, 'the search ran');
  return result.hits.map((hit) => hit.entry.facts.id);
}

describe('engine: finding lessons by the problem they answer', () => {
  const ws = workspace();

  describe('ranking', () => {
    it('puts the lesson that answers the problem first, found through other forms of its words', () => {
      assert.equal(ids(findLessonsByProblem(ws, { query: 'care home workers unable to login', top: 5 }))[0], 'YH-0005');
      assert.equal(ids(findLessonsByProblem(ws, { query: 'champions in GP practices', top: 5 }))[0], 'GN-0001');
    });

    it('reads the thesaurus: an acronym finds the lesson that spells it out', () => {
      assert.equal(ids(findLessonsByProblem(ws, { query: 'DSA signing slow', top: 5 }))[0], 'GM-0001');
    });

    it('searches whole answers, not their first lines', () => {
      assert.deepEqual(ids(findLessonsByProblem(ws, { query: 'Caldicott', top: 5 })), ['GM-0001']);
    });

    it('scores the best hit 1 and the others below it, best first', () => {
      const result = findLessonsByProblem(ws, { query: 'access role for staff', top: 5 });
      assert.ok(result.ok);
      assert.ok(result.hits.length >= 2);
      assert.equal(result.hits[0]!.score, 1);
      for (let i = 1; i < result.hits.length; i++) assert.ok(result.hits[i]!.score <= result.hits[i - 1]!.score);
    });

    it('gives at most `top` hits and can leave out the lesson being written', () => {
      assert.equal(ids(findLessonsByProblem(ws, { query: 'staff record access', top: 1 })).length, 1);
      const without = ids(findLessonsByProblem(ws, { query: 'Caldicott', top: 5, excludeUri: 'file:///ws/dsa.lesson.yaml' }));
      assert.deepEqual(without, []);
    });
  });

  describe('filters', () => {
    it('keeps only the stages asked for', () => {
      assert.deepEqual(ids(findLessonsByProblem(ws, { query: 'access role staff record', top: 5, filters: { stages: ['communicated'] } })), ['GN-0001']);
    });

    it('finds a locality by its name, an alias or another case', () => {
      for (const locality of ['Wessex Care Records', 'wessex', 'WESSEX CARE RECORDS']) {
        assert.deepEqual(ids(findLessonsByProblem(ws, { query: 'access role', top: 5, filters: { localities: [locality] } })), ['WX-0005'], locality);
      }
    });

    it('keeps only a topic, and only a date range', () => {
      assert.deepEqual(ids(findLessonsByProblem(ws, { query: 'access', top: 5, filters: { topics: ['Identity and Access'] } })).sort(), ['WX-0005', 'YH-0005']);
      assert.deepEqual(
        ids(findLessonsByProblem(ws, { query: 'access', top: 5, filters: { topics: ['identity and access'], from: '2026-06-01', to: '2026-12-31' } })),
        ['YH-0005'],
      );
    });

    it('says when nothing within the filters matches, and refuses a filter that is not one', () => {
      const none = findLessonsByProblem(ws, { query: 'Caldicott', top: 5, filters: { stages: ['captured'] } });
      assert.deepEqual(none, { ok: true, hits: [], notice: NOTHING_IN_FILTERS_NOTICE });
      const badStage = findLessonsByProblem(ws, { query: 'Caldicott', top: 5, filters: { stages: ['curate'] } });
      assert.equal(badStage.ok, false);
      assert.match(badStage.ok ? '' : badStage.notice, /"curate" is not a stage/);
      const badDate = findLessonsByProblem(ws, { query: 'Caldicott', top: 5, filters: { from: '14/03/2025' } });
      assert.equal(badDate.ok ? '' : badDate.notice, 'The from date "14/03/2025" is not a real date written YYYY-MM-DD.');
      // Date.parse reads 2025-02-30 as 2 March; the filter does not.
      const offCalendar = findLessonsByProblem(ws, { query: 'Caldicott', top: 5, filters: { to: '2025-02-30' } });
      assert.equal(offCalendar.ok ? '' : offCalendar.notice, 'The to date "2025-02-30" is not a real date written YYYY-MM-DD.');
    });
  });

  describe('the passage that matched', () => {
    it("is the sentence with the query's words, marked, from the field it is in", () => {
      const result = findLessonsByProblem(ws, { query: 'Caldicott guardian review', top: 1 });
      assert.ok(result.ok);
      const passage = result.hits[0]!.passage!;
      assert.equal(passage.field, 'not_so_good');
      assert.equal(passage.text, "One trust's Caldicott Guardian changed halfway through and asked for a fresh review.");
      assert.deepEqual(
        passage.marks.map(([start, end]) => passage.text.slice(start, end)),
        ['Caldicott Guardian', 'review'],
      );
    });

    it('opens the lesson at the first matched word, on its line in the file', () => {
      const result = findLessonsByProblem(ws, { query: 'Caldicott', top: 1 });
      assert.ok(result.ok);
      const hit = result.hits[0]!;
      const text = FILES['dsa.lesson.yaml']!;
      const range = hitLocation(hit, text);
      const line = text.split('\n')[range.start.line]!;
      assert.equal(line.slice(range.start.character, range.end.character), 'Caldicott Guardian');
      // Without the file's text, the title.
      assert.deepEqual(hitLocation(hit, undefined), hit.entry.facts.titleRange);
    });
  });

  describe('any query a person can type or paste', () => {
    it('answers an empty query and one of common words only with what to do, not results', () => {
      for (const query of ['', '   ', '\t\n'])
        assert.deepEqual(findLessonsByProblem(ws, { query, top: 5 }), { ok: true, hits: [], notice: EMPTY_QUERY_NOTICE });
      assert.deepEqual(findLessonsByProblem(ws, { query: 'the and of which', top: 5 }), { ok: true, hits: [], notice: STOP_WORDS_ONLY_NOTICE });
    });

    it('says when no lesson uses the words', () => {
      assert.deepEqual(findLessonsByProblem(ws, { query: 'helicopter xylophone', top: 5 }), { ok: true, hits: [], notice: NOTHING_MATCHED_NOTICE });
    });

    it('searches control characters as spaces', () => {
      assert.equal(ids(findLessonsByProblem(ws, { query: 'care\u0000home\u0007smartcards\u001b', top: 5 }))[0], 'YH-0005');
    });

    it('searches the start of 10,000 characters of pasted text, and says so', () => {
      const pasted = `smartcards ${'lorem ipsum dolor '.repeat(600)}`;
      assert.ok(pasted.length > 10_000);
      const result = findLessonsByProblem(ws, { query: pasted, top: 5 });
      assert.ok(result.ok);
      assert.equal(result.hits[0]?.entry.facts.id, 'YH-0005');
      assert.match(result.notice ?? '', new RegExp(`first ${MAX_QUERY_CHARS.toLocaleString('en-GB')} characters`));
    });

    it('takes anything in place of a query without throwing', () => {
      for (const query of [undefined, null, 42, {}, ['a']] as unknown[]) {
        assert.deepEqual(findLessonsByProblem(ws, { query: query as string, top: 5 }), { ok: true, hits: [], notice: EMPTY_QUERY_NOTICE });
      }
    });
  });
});
