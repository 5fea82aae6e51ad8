import type { Problem, Range } from '../problem';
import type { LessonRule } from './ruleTypes';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date field of a lesson, with what its date means for the future-date message. */
interface DatedField {
  field: string;
  value?: string;
  range?: Range;
  /** Completes "…is in the future; …", e.g. "a lesson is dated when it was captured". */
  meaning: string;
}

/**
 * The capture date, and the review date when there is one, must be real calendar dates
 * and not in the future.
 */
export const dateRule: LessonRule = ({ facts, today }) =>
  [
    { field: 'date', value: facts.date, range: facts.dateRange, meaning: 'a lesson is dated when it was captured' },
    { field: 'reviewed_on', value: facts.reviewedOn, range: facts.reviewedOnRange, meaning: 'a review is dated when it was done' },
  ].flatMap((dated) => calendarDateProblems(dated, today));

function calendarDateProblems({ field, value, range, meaning }: DatedField, today: string): Problem[] {
  const match = value ? DATE.exec(value) : null;
  if (!value || !match || !range) return [];
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return [{ code: 'invalid-date', severity: 'error', message: `${field} '${value}' is not a real calendar date.`, range }];
  }
  if (value > today) {
    return [{ code: 'future-date', severity: 'error', message: `${field} '${value}' is in the future; ${meaning} (today is ${today}).`, range }];
  }
  return [];
}
