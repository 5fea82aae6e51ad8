import type { ValueContext } from '../cursorContext';
import { fuzzyScore } from '../fuzzyMatch';
import { DEFAULT_MAX_ITEMS, sortKey, type CompletionAnswer, type CompletionInput } from './completionTypes';
import { escapeSnippetText } from './localityCandidates';
import { countTopicUsage, type TopicCount } from './topicUsage';
import { filterTextFor, writeValue } from './valueWriter';

/**
 * Topics for the lesson: those other lessons use, most used first, then the rest of the
 * configured vocabulary. Topics the lesson already lists are left out.
 */
export function topicCandidates(context: ValueContext, input: CompletionInput, asList: boolean): CompletionAnswer {
  const used = withoutOwnTopics(input.topicCounts ? input.topicCounts() : countTopicUsage(input.lessons.all()), input);
  const listed = new Set(context.siblings.map((topic) => topic.trim().toLowerCase()));
  const vocabulary = new Set(input.config.topics.map((topic) => topic.toLowerCase()));
  const seen = new Set<string>();
  const pool: { topic: string; lessons: number; inVocabulary: boolean }[] = [];
  for (const { topic, lessons } of used) {
    const key = topic.toLowerCase();
    seen.add(key);
    pool.push({ topic, lessons, inVocabulary: vocabulary.has(key) });
  }
  for (const topic of input.config.topics) {
    const key = topic.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    pool.push({ topic, lessons: 0, inVocabulary: true });
  }
  const matches = pool.flatMap((entry, order) => {
    if (listed.has(entry.topic.toLowerCase())) return [];
    const score = fuzzyScore(context.prefix, entry.topic);
    return score === undefined ? [] : [{ ...entry, score, order }];
  });
  // With nothing typed the order is usage; once typing starts, the better match comes first.
  if (context.prefix.trim()) matches.sort((a, b) => b.score - a.score || a.order - b.order);
  const max = input.maxItems ?? DEFAULT_MAX_ITEMS;
  const candidates = matches.slice(0, max).map((entry, index) => {
    const written = writeValue(context, entry.topic, asList);
    const detail = entry.lessons > 0 ? `used in ${entry.lessons} ${entry.lessons === 1 ? 'lesson' : 'lessons'}` : 'from learn-once.yaml';
    return {
      label: entry.topic,
      kind: 'topic' as const,
      detail: entry.lessons > 0 && entry.inVocabulary ? `${detail} · in learn-once.yaml` : detail,
      range: context.range,
      snippet: escapeSnippetText(written),
      plain: written,
      sortText: sortKey(index),
      filterText: filterTextFor(context, entry.topic),
    };
  });
  return { candidates, isIncomplete: matches.length > max || context.prefix.trim().length > 0 };
}

/** Usage by the other lessons: the lesson being typed (which the index holds too) does not count. */
function withoutOwnTopics(counts: readonly TopicCount[], input: CompletionInput): TopicCount[] {
  const own = input.uri ? input.lessons.get(input.uri)?.facts.topics : undefined;
  if (!own || own.length === 0) return [...counts];
  const mine = new Set(own.map((topic) => topic.trim().toLowerCase()));
  return counts.flatMap((count) => {
    const lessons = mine.has(count.topic.toLowerCase()) ? count.lessons - 1 : count.lessons;
    return lessons > 0 ? [{ topic: count.topic, lessons }] : [];
  });
}
