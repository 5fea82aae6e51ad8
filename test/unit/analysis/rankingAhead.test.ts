import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SimilarityIndex } from '../../../server/src/engine/similarity/similarityIndex';
import type { LessonText } from '../../../server/src/engine/similarity/lessonText';
import {
  RANKING_THREAD_ENV,
  RANKING_THREAD_MAX_LESSONS,
  RANKING_THREAD_MIN_LESSONS,
  RankingAhead,
  startRankingAhead,
  type RankItemFor,
} from '../../../server/src/analysis/rankingAhead';
import { availableParallelism } from 'node:os';
import { BACKGROUND, DSA_BOARDS, DSA_BOARDS_PARAPHRASE, DSA_TEMPLATE } from '../engine/similarity/lessonFixtures';
import { bundleThread } from '../../support/bundleThread';

const BASES = [DSA_BOARDS, DSA_BOARDS_PARAPHRASE, DSA_TEMPLATE, ...Object.values(BACKGROUND)];
const WORDS = ['rollout', 'consent', 'portal', 'audit', 'training', 'pilot', 'governance', 'interface', 'sharing', 'records', 'clinic', 'pharmacy'];

/** Sixty lessons: the fixtures retold with a few words of their own, so near-duplicates abound. */
function lessons(): [string, LessonText][] {
  return Array.from({ length: 60 }, (_, i): [string, LessonText] => {
    const base = BASES[i % BASES.length]!;
    const extra = `${WORDS[i % WORDS.length]!} ${WORDS[(i * 7) % WORDS.length]!}`;
    return [`file:///w/lesson-${i}.lesson.yaml`, { ...base, title: `${base.title} ${extra}`, good: `${base.good} ${extra}.` }];
  });
}

/** The query every lesson is ranked with: a hint's, leaving one lesson out for the first ten. */
const QUERY: RankItemFor = (uri) => ({ top: 5, minConfidence: 0, exclude: uri.endsWith('-1.lesson.yaml') ? ['file:///w/lesson-2.lesson.yaml'] : [] });

describe('analysis: RankingAhead (the ranking thread)', () => {
  let root: string;
  let script: string;
  let ahead: RankingAhead | undefined;

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'learn-once-ranking-'));
    // The thread runs as it is shipped: bundled, in a worker of its own.
    script = await bundleThread('server/src/analysis/rankingThread.ts', root);
  });

  afterEach(async () => {
    await ahead?.close();
    ahead = undefined;
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  /** An engine followed by the thread from its start, filled with the lessons, and a pass over them begun. */
  function startedPass(): { similarity: SimilarityIndex; uris: string[] } {
    const similarity = new SimilarityIndex();
    ahead = RankingAhead.start(script, similarity);
    assert.ok(ahead, 'the thread starts');
    for (const [uri, text] of lessons()) similarity.upsert(uri, text);
    const uris = lessons().map(([uri]) => uri);
    ahead.startPass(uris, QUERY);
    return { similarity, uris };
  }

  async function untilRanked(count: number): Promise<void> {
    for (let attempt = 0; attempt < 200 && ahead!.resultsWaiting < count; attempt++) await sleep(25);
    assert.equal(ahead!.resultsWaiting, count, 'the thread ranked every lesson of the pass');
  }

  it('ranks every lesson of a pass exactly as the engine it follows would', async () => {
    const { similarity, uris } = startedPass();
    await untilRanked(uris.length);
    for (const uri of uris) {
      const query = QUERY(uri)!;
      assert.deepEqual(ahead!.take(uri), similarity.queryByKey(uri, { ...query, exclude: new Set(query.exclude) }), uri);
    }
  });

  it('gives nothing ranked before the engine changed, nor before the index or settings changed', async () => {
    const { similarity, uris } = startedPass();
    await untilRanked(uris.length);
    similarity.upsert(uris[0]!, BASES[1]!);
    assert.equal(ahead!.take(uris[1]!), undefined, 'the engine changed since');
    ahead!.indexChanged();
    similarity.remove(uris[0]!);
    similarity.upsert(uris[0]!, BASES[1]!);
    assert.equal(ahead!.resultsWaiting, 0, 'results from before an index change are dropped');
  });

  it('leaves to this thread the lessons it claims before the thread gets to them', async () => {
    const similarity = new SimilarityIndex();
    ahead = RankingAhead.start(script, similarity)!;
    for (const [uri, text] of lessons()) similarity.upsert(uri, text);
    const uris = lessons().map(([uri]) => uri);
    ahead.startPass(uris, QUERY);
    // Claimed here at once, before the thread has even loaded its bundle.
    const claimed = uris.slice(0, 20);
    for (const uri of claimed) assert.equal(ahead.take(uri), undefined);
    await untilRanked(uris.length - claimed.length);
    for (const uri of claimed) assert.equal(ahead.take(uri), undefined, `${uri} is this thread's`);
  });

  it('follows only an engine that is as new, and not when turned off', () => {
    const used = new SimilarityIndex();
    used.upsert('file:///w/a.lesson.yaml', DSA_BOARDS);
    used.remove('file:///w/a.lesson.yaml');
    assert.equal(RankingAhead.start(script, used), undefined, 'an emptied engine has numbered terms and freed slots');
    process.env[RANKING_THREAD_ENV] = '0';
    try {
      assert.equal(RankingAhead.start(script, new SimilarityIndex()), undefined);
    } finally {
      delete process.env[RANKING_THREAD_ENV];
    }
    const cleared = new SimilarityIndex();
    cleared.setThesaurus([['board', 'committee']]);
    ahead = RankingAhead.start(script, cleared);
    assert.ok(ahead, 'a cleared engine is as new');
  });

  it('starts only for a workspace large enough to pay and small enough to keep the memory a replica costs', async () => {
    assert.equal(startRankingAhead(script, new SimilarityIndex(), RANKING_THREAD_MIN_LESSONS - 1), undefined);
    assert.equal(startRankingAhead(script, new SimilarityIndex(), RANKING_THREAD_MAX_LESSONS + 1), undefined);
    ahead = startRankingAhead(script, new SimilarityIndex(), RANKING_THREAD_MIN_LESSONS);
    assert.equal(ahead !== undefined, availableParallelism() >= 2, 'started where there are two cores');
  });
});
