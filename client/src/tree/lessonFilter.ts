import type { LessonSummary } from '../../../server/src/lsp/protocol';

/** What the Lessons view is narrowed to: words anywhere in a lesson, or one topic. */
export type LessonFilter = { kind: 'text'; text: string } | { kind: 'topic'; topic: string };

/** True when the lesson passes the filter (no filter passes everything). */
export function matchesFilter(lesson: LessonSummary, filter: LessonFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.kind === 'topic') {
    const wanted = filter.topic.trim().toLowerCase();
    return lesson.topics.some((topic) => topic.trim().toLowerCase() === wanted);
  }
  const words = filter.text.toLowerCase().split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return true;
  const haystack = searchableText(lesson);
  return words.every((word) => haystack.includes(word));
}

/** A filter that filters nothing (blank text) is no filter. */
export function normaliseFilter(filter: LessonFilter | undefined): LessonFilter | undefined {
  if (!filter) return undefined;
  if (filter.kind === 'text') return filter.text.trim() ? { kind: 'text', text: filter.text.trim() } : undefined;
  return filter.topic.trim() ? { kind: 'topic', topic: filter.topic.trim() } : undefined;
}

/** The filter in words, for the view's message: "topic 'consent'", "'sign-off'". */
export function describeFilter(filter: LessonFilter): string {
  return filter.kind === 'topic' ? `topic '${filter.topic}'` : `'${filter.text}'`;
}

function searchableText(lesson: LessonSummary): string {
  const { firstLines } = lesson;
  return [lesson.id, lesson.title, lesson.locality, lesson.stage, lesson.date, ...lesson.topics, firstLines.good, firstLines.not_so_good, firstLines.improvements, firstLines.summary]
    .filter((part): part is string => typeof part === 'string')
    .join('\n')
    .toLowerCase();
}
