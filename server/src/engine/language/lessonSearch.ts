import type { LessonEntry } from '../index/LessonIndex';
import { fuzzyScore } from './fuzzyMatch';

/**
 * Lessons matching a search by id or title words, best first: an id that starts with
 * the query, then titles with a word starting with each word of the query, then looser
 * matches. An empty query lists lessons by id.
 */
export function searchLessons(lessons: Iterable<LessonEntry>, query: string, limit: number): LessonEntry[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const scored: { entry: LessonEntry; score: number }[] = [];
  for (const entry of lessons) {
    const score = scoreOf(entry, query.trim(), words);
    if (score !== undefined) scored.push({ entry, score });
  }
  scored.sort((a, b) => b.score - a.score || compare(a.entry.facts.id ?? a.entry.uri, b.entry.facts.id ?? b.entry.uri));
  return scored.slice(0, limit).map((item) => item.entry);
}

function scoreOf(entry: LessonEntry, query: string, words: string[]): number | undefined {
  const id = entry.facts.id ?? '';
  const title = entry.facts.title ?? '';
  if (words.length === 0) return id || title ? 0 : undefined;
  const lowerId = id.toLowerCase();
  const lowerQuery = query.toLowerCase();
  if (lowerId && lowerId === lowerQuery) return 3000;
  if (lowerId && lowerId.startsWith(lowerQuery)) return 2000;
  const titleWords = title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const allWordsMatch = words.every((word) => lowerId.startsWith(word) || titleWords.some((titleWord) => titleWord.startsWith(word)));
  if (allWordsMatch) return 1000 + words.length;
  const loose = fuzzyScore(query, `${id} ${title}`);
  return loose === undefined ? undefined : loose / 10;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
