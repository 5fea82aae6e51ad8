import { ANSWER_FIELDS } from '../../lesson/lessonModel';
import type { Problem } from '../../problem';
import type { LessonRule } from '../ruleTypes';
import { findPersonalData, type PersonalDataKind } from './personalData';
import { redactionFix } from './redaction';

const ANSWERS: ReadonlySet<string> = new Set(ANSWER_FIELDS);

/** What each kind is called in a message, and what its quick fix writes instead. */
const KINDS: Record<PersonalDataKind, { what: string; replacement: string }> = {
  dob: { what: 'a date of birth', replacement: '[date of birth removed]' },
  postcode: { what: "a patient's postcode", replacement: '[postcode removed]' },
  'title-name': { what: "a patient's name", replacement: '[name removed]' },
  email: { what: 'an email address', replacement: '[email removed]' },
};

/**
 * Personal data in a lesson's values (a warning: the cues can be wrong, an NHS number cannot).
 * Email addresses are looked for only in the three answers: `contact` is meant to hold one.
 */
export const personalDataRule: LessonRule = ({ parsed, textScalars }) => {
  const problems: Problem[] = [];
  for (const scalar of textScalars) {
    if (scalar.field === 'contact') continue;
    for (const found of findPersonalData(scalar.source, { emails: scalar.field !== undefined && ANSWERS.has(scalar.field) })) {
      const { what, replacement } = KINDS[found.kind];
      const span = { start: scalar.start + found.start, end: scalar.start + found.end };
      problems.push({
        code: 'personal-data',
        severity: 'warning',
        message: `This looks like ${what}. Lessons are shared with every locality and published in reports: ${found.kind === 'email' ? 'name a role or a team instead, and put a role mailbox in contact.' : 'leave out anything that could identify a person.'}`,
        range: parsed.positions.range(span.start, span.end),
        data: redactionFix(parsed.positions, scalar, span, replacement, (value) => {
          // The whole value is written again: every match of this kind in it goes.
          let result = '';
          let at = 0;
          for (const other of findPersonalData(value, { emails: found.kind === 'email' })) {
            if (other.kind !== found.kind) continue;
            result += value.slice(at, other.start) + replacement;
            at = other.end;
          }
          return result + value.slice(at);
        }),
      });
    }
  }
  return problems;
};
