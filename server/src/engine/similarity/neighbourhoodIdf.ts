import type { LessonVectors } from './lessonVectors';

/**
 * IDF adjusted to the query's neighbourhood (its nearest lessons by BM25).
 *
 * Global IDF cannot tell a lesson's topic from its point: on a subject with a dozen
 * lessons, "ambulance" is rare in the corpus but common among the lessons a query
 * about ambulances is compared with. A paraphrase shares the point; a lesson on the
 * same topic shares only the topic. So a term is discounted by how many neighbours
 * hold it, like a second IDF computed over the neighbourhood alone.
 */
export function neighbourhoodIdf(
  idf: (id: number) => number,
  neighbours: readonly LessonVectors[],
  strength: number,
): (id: number) => number {
  if (strength <= 0 || neighbours.length === 0) return idf;
  const held = new Map<number, number>();
  for (const lesson of neighbours) {
    for (const id of lesson.all.ids) held.set(id, (held.get(id) ?? 0) + 1);
  }
  // The query itself is one more lesson holding the term.
  const size = neighbours.length + 1;
  const full = Math.log(1 + size);
  const cache = new Map<number, number>();
  return (id: number): number => {
    let value = cache.get(id);
    if (value === undefined) {
      const count = 1 + (held.get(id) ?? 0);
      const local = Math.log(1 + size / count) / full;
      value = idf(id) * Math.pow(local, strength);
      cache.set(id, value);
    }
    return value;
  };
}
