import { isScalar, isSeq } from '../yaml/nodeKinds';
import { adoptionBlocks } from '../lesson/adoptionBlocks';
import type { Problem, Range } from '../problem';
import { isCalendarDate } from '../text/calendarDate';
import { locate } from '../yaml/locate';
import { nodeRange, type ParsedYaml } from '../yaml/parseYamlFile';
import type { LessonRule } from './ruleTypes';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date field of a lesson, with what its date means for the future-date message. */
interface DatedField {
  field: string;
  value?: string;
  range?: Range;
  /** Completes "…is in the future; …", e.g. "a lesson is dated when it was captured". */
  meaning: string;
}

/**
 * The capture date, the review date and each adoption's date, when there is one, must be
 * real calendar dates and not in the future (an adoption is dated when it reached its
 * status, so even a planned one has happened by its date).
 */
export const dateRule: LessonRule = ({ facts, parsed, today }) =>
  [
    { field: 'date', value: facts.date, range: facts.dateRange, meaning: 'a lesson is dated when it was captured' },
    { field: 'reviewed_on', value: facts.reviewedOn, range: facts.reviewedOnRange, meaning: 'a review is dated when it was done' },
    ...adoptionDates(parsed),
  ].flatMap((dated) => calendarDateProblems(dated, today));

/** Each adoption block's date, named as the schema's messages name it: `adoption.date`, or `adoption item 2's date` in a list. */
function adoptionDates(parsed: ParsedYaml): DatedField[] {
  const adoption = locate(parsed.root, ['adoption'])?.node;
  return adoptionBlocks(parsed.root).flatMap((block) => {
    const node = locate(block, ['date'])?.node;
    if (!isScalar(node) || typeof node.value !== 'string') return [];
    // The item's place in the list as written, counting entries that are not blocks too.
    const field = isSeq(adoption) ? `adoption item ${adoption.items.indexOf(block) + 1}'s date` : 'adoption.date';
    return [{ field, value: node.value, range: nodeRange(parsed.positions, node), meaning: 'an adoption is dated when it reached its status' }];
  });
}

function calendarDateProblems({ field, value, range, meaning }: DatedField, today: string): Problem[] {
  // A value not written YYYY-MM-DD is the schema's to report.
  if (!value || !DATE.test(value) || !range) return [];
  if (!isCalendarDate(value)) {
    return [{ code: 'invalid-date', severity: 'error', message: `${field} '${value}' is not a real calendar date.`, range }];
  }
  if (value > today) {
    return [{ code: 'future-date', severity: 'error', message: `${field} '${value}' is in the future; ${meaning} (today is ${today}).`, range }];
  }
  return [];
}
