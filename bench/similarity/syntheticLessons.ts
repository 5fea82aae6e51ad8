import type { LessonText } from '../../server/src/engine/similarity/lessonText';

/** A small seeded generator (mulberry32), so the synthetic corpus is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Makes `count` lessons by recombining the sentences of real ones: each field takes a
 * few sentences of that same field from random lessons, so the vocabulary and field
 * lengths look like the corpus while no two lessons are the same.
 */
export function syntheticLessons(source: readonly LessonText[], count: number, seed = 42): LessonText[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const pools = {
    title: source.map((l) => l.title).filter((t) => t.length > 0),
    good: source.flatMap((l) => sentencesOf(l.good)),
    not_so_good: source.flatMap((l) => sentencesOf(l.not_so_good)),
    improvements: source.flatMap((l) => sentencesOf(l.improvements)),
    summary: source.flatMap((l) => sentencesOf(l.summary)),
    topics: source.map((l) => l.topics).filter((t) => t.length > 0),
  };
  const some = (pool: readonly string[], min: number, max: number): string => {
    if (pool.length === 0) return '';
    const n = min + Math.floor(random() * (max - min + 1));
    return Array.from({ length: n }, () => pick(pool)).join(' ');
  };
  const lessons: LessonText[] = [];
  for (let i = 0; i < count; i++) {
    lessons.push({
      title: pools.title.length > 0 ? pick(pools.title) : '',
      good: some(pools.good, 1, 3),
      not_so_good: some(pools.not_so_good, 1, 3),
      improvements: some(pools.improvements, 1, 3),
      topics: pools.topics.length > 0 ? [...pick(pools.topics)] : [],
      summary: random() < 0.5 ? some(pools.summary, 1, 3) : '',
    });
  }
  return lessons;
}
