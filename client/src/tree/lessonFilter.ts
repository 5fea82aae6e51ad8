import type { LessonSummary } from '../../../shared/protocol';

/**
 * What the Lessons view is narrowed to: words anywhere in a lesson, or one topic. A text
 * filter may carry the uris of the lessons the server's search found for the same words
 * (`searchHits`): the summaries the client holds have only the first line of each answer,
 * the server searches them whole, with stems and synonyms.
 */
export type LessonFilter = { kind: 'text'; text: string; searchHits?: ReadonlySet<string> } | { kind: 'topic'; topic: string };

/** True when the lesson passes the filter (no filter passes everything). */
export function matchesFilter(lesson: LessonSummary, filter: LessonFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.kind === 'topic') {
    const wanted = filter.topic.trim().toLowerCase();
    return lesson.topics.some((topic) => topic.trim().toLowerCase() === wanted);
  }
  if (filter.searchHits?.has(lesson.uri)) return true;
  const words = filter.text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) return true;
  // Substrings still count: ids (gm-00) and parts of words the search's analysis would not match.
  const haystack = searchableText(lesson);
  return words.every((word) => haystack.includes(word));
}

/** A filter that filters nothing (blank text) is no filter. */
export function normaliseFilter(filter: LessonFilter | undefined): LessonFilter | undefined {
  if (!filter) return undefined;
  if (filter.kind === 'text') {
    const text = filter.text.trim();
    if (!text) return undefined;
    return filter.searchHits ? { kind: 'text', text, searchHits: filter.searchHits } : { kind: 'text', text };
  }
  return filter.topic.trim() ? { kind: 'topic', topic: filter.topic.trim() } : undefined;
}

/** True when both filters narrow to the same words or topic (whatever the search found for them). */
export function sameFilter(a: LessonFilter | undefined, b: LessonFilter | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'text') return b.kind === 'text' && a.text === b.text;
  return b.kind === 'topic' && a.topic === b.topic;
}

/** The filter in words, for the view's message: "topic 'consent'", "'sign-off'". */
export function describeFilter(filter: LessonFilter): string {
  return filter.kind === 'topic' ? `topic '${filter.topic}'` : `'${filter.text}'`;
}

function searchableText(lesson: LessonSummary): string {
  const { firstLines } = lesson;
  return [
    lesson.id,
    lesson.title,
    lesson.locality,
    lesson.stage,
    lesson.date,
    ...lesson.topics,
    firstLines.good,
    firstLines.not_so_good,
    firstLines.improvements,
    firstLines.summary,
  ]
    .filter((part): part is string => typeof part === 'string')
    .join('\n')
    .toLowerCase();
}
