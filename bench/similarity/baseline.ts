import { Thesaurus } from '../../server/src/engine/similarity/thesaurus';
import { tokenize } from '../../server/src/engine/similarity/tokenize';
import type { CorpusLesson } from './corpus';
import type { ScoreTable } from './throughCommandLine';

/**
 * Plain TF-IDF cosine for comparison: the same stemming and stop words, but no
 * thesaurus, every field counted alike, and nothing beyond the cosine.
 */
export function plainTfIdfScores(lessons: readonly CorpusLesson[], queries: Iterable<string>): ScoreTable {
  const bare = new Thesaurus([], { defaults: false });
  const counts = new Map<string, Map<string, number>>();
  const df = new Map<string, number>();
  for (const lesson of lessons) {
    const t = lesson.text;
    const bag = new Map<string, number>();
    for (const term of tokenize([t.title, t.good, t.not_so_good, t.improvements, t.topics.join('. '), t.summary].join('\n\n'), bare)) {
      bag.set(term, (bag.get(term) ?? 0) + 1);
    }
    counts.set(lesson.id, bag);
    for (const term of bag.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const n = lessons.length;
  const vectors = new Map<string, { weights: Map<string, number>; norm: number }>();
  for (const [id, bag] of counts) {
    const weights = new Map<string, number>();
    let squares = 0;
    for (const [term, tf] of bag) {
      const w = (1 + Math.log(tf)) * Math.log(n / df.get(term)!);
      weights.set(term, w);
      squares += w * w;
    }
    vectors.set(id, { weights, norm: Math.sqrt(squares) });
  }
  const table: ScoreTable = new Map();
  for (const query of queries) {
    const q = vectors.get(query);
    if (!q) continue;
    const scores: { key: string; score: number }[] = [];
    for (const [id, d] of vectors) {
      if (id === query || q.norm === 0 || d.norm === 0) continue;
      let dot = 0;
      for (const [term, w] of q.weights) dot += w * (d.weights.get(term) ?? 0);
      scores.push({ key: id, score: dot / (q.norm * d.norm) });
    }
    table.set(
      query,
      scores.sort((a, b) => b.score - a.score),
    );
  }
  return table;
}
