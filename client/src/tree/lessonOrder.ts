import type { LessonSummary } from '../../../shared/protocol';

// The order of the Lessons view: lessons by id, localities by name, as a person reads them.

export const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** By id (numbers in numeric order), then title, then file; lessons without an id last. */
export function compareLessons(a: LessonSummary, b: LessonSummary): number {
  if (a.id && !b.id) return -1;
  if (!a.id && b.id) return 1;
  return collator.compare(a.id ?? '', b.id ?? '') || collator.compare(a.title ?? '', b.title ?? '') || collator.compare(a.uri, b.uri);
}

export function compareLocalities(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return collator.compare(a, b);
}
