import type { LessonFacts } from '../lesson/lessonModel';
import { prepareText, type PreparedText } from './fuzzyMatch';

export interface PreparedLesson {
  id: PreparedText;
  title: PreparedText;
  /** Id and title together, for loose matches across both. */
  idAndTitle: PreparedText;
}

/**
 * A lesson's id and title ready for matching, kept per facts object: the index replaces
 * a lesson's facts when it changes, so a cached entry is never stale, and typing one more
 * letter in a search does not prepare every lesson again.
 */
const prepared = new WeakMap<LessonFacts, PreparedLesson>();

export function preparedLesson(facts: LessonFacts): PreparedLesson {
  let entry = prepared.get(facts);
  if (!entry) {
    const id = facts.id ?? '';
    const title = facts.title ?? '';
    entry = { id: prepareText(id), title: prepareText(title), idAndTitle: prepareText(`${id} ${title}`) };
    prepared.set(facts, entry);
  }
  return entry;
}
