import type { LessonRule } from './ruleTypes';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The capture date must be a real calendar date and not in the future. */
export const dateRule: LessonRule = ({ facts, today }) => {
  const match = facts.date ? DATE.exec(facts.date) : null;
  if (!match || !facts.dateRange) return [];
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return [{ code: 'invalid-date', severity: 'error', message: `date '${facts.date}' is not a real calendar date.`, range: facts.dateRange }];
  }
  if (facts.date! > today) {
    return [{ code: 'future-date', severity: 'error', message: `date '${facts.date}' is in the future; a lesson is dated when it was captured (today is ${today}).`, range: facts.dateRange }];
  }
  return [];
};
