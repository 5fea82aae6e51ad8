import * as assert from 'node:assert/strict';
import { SimilarityIndex } from '../../../../server/src/engine/similarity/similarityIndex';
import type { LessonText } from '../../../../server/src/engine/similarity/lessonText';
import { DEFAULT_HINT_CONFIDENCE } from '../../../../server/src/engine/similarity/hintModel';
import { BACKGROUND, DSA_BOARDS, DSA_BOARDS_PARAPHRASE, DSA_TEMPLATE, lesson } from './lessonFixtures';

function indexOf(lessons: Record<string, LessonText>): SimilarityIndex {
  const index = new SimilarityIndex();
  for (const [key, text] of Object.entries(lessons)) index.upsert(key, text);
  return index;
}

const ALL = { boards: DSA_BOARDS, paraphrase: DSA_BOARDS_PARAPHRASE, template: DSA_TEMPLATE, ...BACKGROUND };
const keysOf = (matches: { key: string }[]): string[] => matches.map((m) => m.key);
/** Same keys in the same order, with scores equal up to floating-point summation order. */
function assertSameMatches(actual: { key: string; score: number }[], expected: { key: string; score: number }[], message?: string): void {
  assert.deepEqual(keysOf(actual), keysOf(expected), message);
  actual.forEach((match, i) => assert.ok(Math.abs(match.score - expected[i]!.score) < 1e-9, message));
}

const scoreOf = (index: SimilarityIndex, from: string, to: string): number => index.queryByKey(from, { top: index.size }).find((m) => m.key === to)?.score ?? 0;

describe('similarity: index', () => {
  describe('ranking', () => {
    it('ranks a paraphrase above a lesson on the same topic with more words in common', () => {
      const index = indexOf(ALL);
      assert.deepEqual(keysOf(index.queryByKey('boards', { top: 2 })), ['paraphrase', 'template']);
      assert.equal(keysOf(index.queryByKey('paraphrase', { top: 1 }))[0], 'boards');
    });

    it('finds nothing like a lesson on an unrelated subject at the default hint confidence', () => {
      const index = indexOf(ALL);
      const query = lesson({
        title: 'The car park barrier broke',
        good: 'Porters were helpful.',
        not_so_good: 'Visitors queued for an hour.',
        improvements: 'Service the barrier yearly.',
      });
      assert.deepEqual(index.queryText(query, { top: 5, minConfidence: DEFAULT_HINT_CONFIDENCE }), []);
    });

    it('gives scores in [0,1], best first, and at most `top` of them', () => {
      const index = indexOf(ALL);
      const matches = index.queryByKey('boards', { top: 3 });
      assert.equal(matches.length, 3);
      for (const match of matches) assert.ok(match.score >= 0 && match.score <= 1, String(match.score));
      for (let i = 1; i < matches.length; i++) assert.ok(matches[i - 1]!.score >= matches[i]!.score);
    });

    it('scores an identical copy at or near 1', () => {
      const index = indexOf({ ...ALL, copy: DSA_BOARDS });
      const best = index.queryByKey('boards', { top: 1 })[0]!;
      assert.equal(best.key, 'copy');
      assert.ok(best.score > 0.99, String(best.score));
    });

    it('scores a pair about the same either way round', () => {
      const index = indexOf(ALL);
      for (const [a, b] of [
        ['boards', 'paraphrase'],
        ['boards', 'template'],
        ['mpi', 'smartcards'],
      ] as const) {
        assert.ok(Math.abs(scoreOf(index, a, b) - scoreOf(index, b, a)) < 0.1, `${a} ↔ ${b}`);
      }
    });

    it('scores unsaved text with its saved copy excluded exactly as the saved copy', () => {
      const index = indexOf(ALL);
      const byKey = index.queryByKey('paraphrase', { top: 5 });
      const byText = index.queryText(DSA_BOARDS_PARAPHRASE, { top: 5, exclude: new Set(['paraphrase']) });
      assertSameMatches(byText, byKey);
    });

    it('finds the same best match for text not in the index', () => {
      const index = indexOf(ALL);
      index.remove('paraphrase');
      assert.equal(index.queryText(DSA_BOARDS_PARAPHRASE, { top: 1 })[0]!.key, 'boards');
    });

    it('applies minScore', () => {
      const index = indexOf(ALL);
      const all = index.queryByKey('boards', { top: 10 });
      const cut = (all[0]!.score + all[1]!.score) / 2;
      assert.deepEqual(keysOf(index.queryByKey('boards', { top: 10, minScore: cut })), [all[0]!.key]);
    });
  });

  describe('exclusion', () => {
    it('never returns an excluded key, and still fills `top` from the rest', () => {
      const index = indexOf(ALL);
      const matches = index.queryByKey('boards', { top: 2, exclude: new Set(['paraphrase']) });
      assert.equal(matches.length, 2);
      assert.ok(!keysOf(matches).includes('paraphrase'));
      assert.equal(matches[0]!.key, 'template');
    });

    it('applies to queryText too', () => {
      const index = indexOf(ALL);
      const matches = index.queryText(DSA_BOARDS, { top: 10, exclude: new Set(['boards', 'paraphrase']) });
      assert.ok(!keysOf(matches).includes('boards'));
      assert.ok(!keysOf(matches).includes('paraphrase'));
      assert.ok(matches.length > 0);
    });

    it('never returns the query lesson itself', () => {
      const index = indexOf(ALL);
      assert.ok(!keysOf(index.queryByKey('boards', { top: 100 })).includes('boards'));
    });
  });

  describe('incremental changes', () => {
    it('counts and knows its lessons', () => {
      const index = indexOf(ALL);
      assert.equal(index.size, Object.keys(ALL).length);
      assert.ok(index.has('boards'));
      index.upsert('boards', DSA_BOARDS);
      assert.equal(index.size, Object.keys(ALL).length);
      index.remove('boards');
      assert.equal(index.has('boards'), false);
      assert.equal(index.size, Object.keys(ALL).length - 1);
      index.remove('boards');
      index.remove('never-there');
      assert.equal(index.size, Object.keys(ALL).length - 1);
    });

    it('never returns a removed lesson', () => {
      const index = indexOf(ALL);
      index.remove('paraphrase');
      for (const key of Object.keys(ALL).filter((k) => k !== 'paraphrase')) {
        assert.ok(!keysOf(index.queryByKey(key, { top: 100 })).includes('paraphrase'), key);
      }
      assert.ok(!keysOf(index.queryText(DSA_BOARDS_PARAPHRASE, { top: 100 })).includes('paraphrase'));
      assert.deepEqual(index.queryByKey('paraphrase', { top: 5 }), []);
    });

    it('matches an updated lesson on its new text, not its old', () => {
      const index = indexOf(ALL);
      index.upsert('paraphrase', BACKGROUND.hosting!);
      const forBoards = index.queryByKey('boards', { top: 1 })[0]!;
      assert.equal(forBoards.key, 'template');
      const forHosting = index.queryByKey('hosting', { top: 1 })[0]!;
      assert.equal(forHosting.key, 'paraphrase');
      assert.ok(forHosting.score > 0.99);
    });

    it('reaches the same scores as an index built from scratch with the final lessons', () => {
      const changed = new SimilarityIndex();
      changed.upsert('boards', BACKGROUND.training!);
      changed.upsert('gone', DSA_TEMPLATE);
      for (const [key, text] of Object.entries(BACKGROUND)) changed.upsert(key, text);
      changed.upsert('boards', DSA_BOARDS);
      changed.upsert('template', DSA_TEMPLATE);
      changed.remove('gone');
      changed.upsert('paraphrase', DSA_BOARDS_PARAPHRASE);

      const fresh = indexOf(ALL);
      for (const key of Object.keys(ALL)) {
        const a = changed.queryByKey(key, { top: 20 });
        const b = fresh.queryByKey(key, { top: 20 });
        assert.deepEqual(keysOf(a).sort(), keysOf(b).sort(), key);
        for (const match of a) assert.ok(Math.abs(match.score - b.find((m) => m.key === match.key)!.score) < 1e-9, `${key} → ${match.key}`);
      }
    });

    it('keeps its own copy of the text it was given', () => {
      const index = new SimilarityIndex();
      const text = lesson({ title: 'Data sharing agreement sign-off', topics: ['data sharing'] });
      index.upsert('a', text);
      index.upsert('b', lesson({ title: 'Data sharing agreement sign-off' }));
      text.title = 'Something else entirely';
      text.topics.push('weather');
      index.setThesaurus([]);
      assert.equal(index.queryByKey('a', { top: 1 })[0]!.key, 'b');
    });
  });

  describe('empty and odd input', () => {
    it('answers with nothing from an empty index', () => {
      const index = new SimilarityIndex();
      assert.equal(index.size, 0);
      assert.deepEqual(index.queryText(DSA_BOARDS, { top: 5 }), []);
      assert.deepEqual(index.queryByKey('missing', { top: 5 }), []);
    });

    it('indexes and queries empty lessons without failing', () => {
      const index = indexOf(ALL);
      index.upsert('empty', lesson({}));
      assert.deepEqual(index.queryByKey('empty', { top: 5 }), []);
      assert.deepEqual(index.queryText(lesson({}), { top: 5 }), []);
      assert.ok(!keysOf(index.queryByKey('boards', { top: 100 })).includes('empty'));
    });

    it('copes with fields of the wrong type from hand-written YAML', () => {
      const index = indexOf(ALL);
      const odd = { title: 42, good: null, not_so_good: ['x'], improvements: undefined, topics: 'data sharing', summary: {} } as unknown as LessonText;
      index.upsert('odd', odd);
      assert.deepEqual(index.queryByKey('odd', { top: 5 }), []);
    });

    it('returns nothing for top 0', () => {
      assert.deepEqual(indexOf(ALL).queryByKey('boards', { top: 0 }), []);
    });
  });

  describe('thesaurus', () => {
    it('matches lessons through config synonyms, and stops when they are taken away', () => {
      const a = lesson({ title: 'The widget rollout stalled', not_so_good: 'Widgets arrived late at every site.' });
      const b = lesson({ title: 'The gizmo rollout stalled', not_so_good: 'Gizmos arrived late at every site.' });
      const c = lesson({ title: 'The doohickey rollout stalled', not_so_good: 'Doohickeys arrived late at every site.' });
      const index = new SimilarityIndex({ thesaurus: [['widget', 'gizmo']] });
      index.upsert('a', a);
      index.upsert('b', b);
      index.upsert('c', c);
      const withSynonym = scoreOf(index, 'a', 'b');
      assert.ok(withSynonym > scoreOf(index, 'a', 'c'));
      index.setThesaurus([]);
      assert.equal(index.size, 3);
      assert.ok(scoreOf(index, 'a', 'b') < withSynonym);
      index.setThesaurus([['gizmo', 'doohickey']]);
      assert.ok(scoreOf(index, 'b', 'c') > scoreOf(index, 'a', 'b'));
    });
  });
});
