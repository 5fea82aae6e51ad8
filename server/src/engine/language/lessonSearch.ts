import type { LessonEntry } from '../index/LessonIndex';
import { fuzzyMatcher } from './fuzzyMatch';
import { preparedLesson } from './preparedLesson';
import { TopMatches } from './topMatches';

/**
 * Lessons matching a search by id or title words, best first: an id that starts with
 * the query, then titles with a word starting with each word of the query, then looser
 * matches. An empty query lists lessons by id.
 */
export function searchLessons(lessons: Iterable<LessonEntry>, query: string, limit: number): LessonEntry[] {
  const trimmed = query.trim().toLowerCase();
  const words = trimmed.split(/\s+/).filter(Boolean);
  const loose = fuzzyMatcher(trimmed);
  const top = new TopMatches<{ entry: LessonEntry; score: number }>(
    limit,
    (a, b) => b.score - a.score || compare(a.entry.facts.id ?? a.entry.uri, b.entry.facts.id ?? b.entry.uri),
  );
  for (const entry of lessons) {
    if (!entry.facts.id && !entry.facts.title) continue;
    const score = words.length === 0 ? 0 : scoreOf(entry, trimmed, words, loose);
    if (score !== undefined) top.add({ entry, score });
  }
  return top.best().map((item) => item.entry);
}

function scoreOf(entry: LessonEntry, query: string, words: string[], loose: ReturnType<typeof fuzzyMatcher>): number | undefined {
  const { id, title, idAndTitle } = preparedLesson(entry.facts);
  if (id.lower && id.lower === query) return 3000;
  if (id.lower && id.lower.startsWith(query)) return 2000;
  const allWordsMatch = words.every((word) => id.lower.startsWith(word) || title.wordStarts.some((start) => title.lower.startsWith(word, start)));
  if (allWordsMatch) return 1000 + words.length;
  const score = loose(idAndTitle);
  return score === undefined ? undefined : score / 10;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
