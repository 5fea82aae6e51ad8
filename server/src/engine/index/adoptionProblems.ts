import type { LessonReference } from '../lesson/lessonModel';
import type { Problem } from '../problem';
import { isCalendarDate } from '../text/calendarDate';
import type { LessonLinks } from './LessonIndex';

/**
 * What is wrong with one lesson adopting another, beyond the id existing: the adopted
 * lesson must have been written before the adopting one (a solution cannot be reused
 * before it was learnt) and must come from another locality (reusing one's own work is
 * not learning from elsewhere). Each is a warning on the adopted id. The date check is
 * skipped when either date is missing or not a real calendar date (the date rule reports
 * that on the lesson itself).
 */
export function adoptionProblems(own: LessonLinks, reference: LessonReference, adopted: LessonLinks): Problem[] {
  const problems: Problem[] = [];
  if (isCalendarDate(own.date) && isCalendarDate(adopted.date) && adopted.date >= own.date) {
    problems.push({
      code: 'adoption-not-older',
      severity: 'warning',
      message: `${reference.id} is dated ${adopted.date}, not before this lesson (${own.date}): a lesson can only adopt a solution learnt before it. Check both dates, or list ${reference.id} under related instead.`,
      range: reference.range,
    });
  }
  if (own.locality !== undefined && adopted.locality !== undefined && sameLocality(own.locality, adopted.locality)) {
    problems.push({
      code: 'own-locality-adoption',
      severity: 'warning',
      message: `${reference.id} is from this lesson's own locality (${adopted.locality.trim()}): adoption records reusing another locality's solution. List ${reference.id} under related instead.`,
      range: reference.range,
    });
  }
  return problems;
}

function sameLocality(a: string, b: string): boolean {
  const own = a.trim().toLowerCase();
  return own !== '' && own === b.trim().toLowerCase();
}
