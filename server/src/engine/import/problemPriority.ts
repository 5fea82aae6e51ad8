import type { Problem } from '../problem';
import { comparePositions } from '../text/positions';

/**
 * Problems a person must see before anything else when lessons come from a form: someone's
 * identifiable details in a lesson meant to be shared. Listed by code, as strings, so the
 * order holds for codes rules add later.
 */
export const PRIORITY_PROBLEM_CODES: readonly string[] = ['nhs-number', 'personal-data', 'contact-policy'];

/** Where a problem's code comes in the priority list; every other code after them. */
export function problemPriority(problem: Pick<Problem, 'code'>): number {
  const index = PRIORITY_PROBLEM_CODES.indexOf(problem.code);
  return index === -1 ? PRIORITY_PROBLEM_CODES.length : index;
}

/** Priority codes first, then in reading order. */
export function compareByPriority(a: Problem, b: Problem): number {
  return problemPriority(a) - problemPriority(b) || comparePositions(a.range.start, b.range.start);
}
