import type { LessonFacts } from '../../../engine/lesson/lessonModel';
import type { Problem } from '../../../engine/problem';

/**
 * A hint placed on its lesson's title as the lesson reads now. Until the debounced re-ranking
 * runs, the hint stays on the title where it is now, not where it was when ranked; a lesson no
 * longer held keeps the hint's own range.
 */
export function hintOnTitle(hint: Problem, facts: Pick<LessonFacts, 'titleRange' | 'headRange'> | undefined): Problem {
  return { ...hint, range: facts ? (facts.titleRange ?? facts.headRange) : hint.range };
}
