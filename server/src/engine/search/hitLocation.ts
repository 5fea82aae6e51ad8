import type { Range } from '../problem';
import type { LessonHit } from './findLessonsByProblem';
import { passageLocation } from './passageLocation';

/**
 * Where to open a hit: at its passage's first matched word when the file's text is at
 * hand and still says it, else at the title (or the top of the file).
 */
export function hitLocation(hit: LessonHit, sourceText: string | undefined): Range {
  const facts = hit.entry.facts;
  const fallback = facts.titleRange ?? facts.headRange;
  const passage = hit.passage;
  if (!passage || sourceText === undefined) return fallback;
  const [start, end] = passage.marks[0] ?? [0, 0];
  return passageLocation(sourceText, passage.field, passage.valueOffset, end - start) ?? fallback;
}
