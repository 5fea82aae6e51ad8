import type { LessonEntry } from '../../index/LessonIndex';

export interface TopicCount {
  topic: string;
  /** Lessons that list the topic. */
  lessons: number;
}

/**
 * Topics used across the workspace, most used first. Topics that differ only in case
 * count as one, written the way most lessons write it.
 */
export function countTopicUsage(lessons: Iterable<LessonEntry>): TopicCount[] {
  const byKey = new Map<string, { lessons: number; spellings: Map<string, number> }>();
  for (const { facts } of lessons) {
    const seen = new Set<string>();
    for (const topic of facts.topics) {
      const trimmed = topic.trim();
      const key = trimmed.toLowerCase();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { lessons: 0, spellings: new Map() }));
      entry.lessons++;
      entry.spellings.set(trimmed, (entry.spellings.get(trimmed) ?? 0) + 1);
    }
  }
  return [...byKey.values()]
    .map((entry) => ({ topic: mostUsed(entry.spellings), lessons: entry.lessons }))
    .sort((a, b) => b.lessons - a.lessons || a.topic.localeCompare(b.topic));
}

function mostUsed(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of spellings) {
    if (count > bestCount || (count === bestCount && spelling < best)) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}
