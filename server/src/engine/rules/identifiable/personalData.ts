/** The kinds of personal data the `personal-data` rule names. */
export type PersonalDataKind = 'dob' | 'postcode' | 'title-name' | 'email';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** Dates as people write them: 12/03/1954, 12-03-54, 12.03.1954, 1954-03-12, 12 March 1954, 12th Mar 1954, March 12, 1954. */
const DATE = new RegExp(
  [
    '(?<![\\d/.-])(?:0?[1-9]|[12]\\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\\1(?:\\d{4}|\\d{2})(?![\\d/.-]?\\d)',
    '(?<![\\d/.-])(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?![\\d-])',
    `(?<!\\d)(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\s+\\d{4}(?!\\d)`,
    `\\b${MONTH}\\s+(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?\\s+\\d{4}(?!\\d)`,
  ].join('|'),
  'gi',
);

/** Words that say a date is someone's birth date. */
const BIRTH_CUE = /\b(?:born|d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s*date|birthday)/gi;

/** A full UK postcode (outward and inward code), in capitals or not. */
const POSTCODE = /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[ABD-HJLNP-UW-Z]{2}(?![\p{L}\p{N}])/giu;

/** A courtesy title and a surname, with initials between or not: "Mrs Okafor", "Mr J. Smith". */
const TITLE_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?:\p{Lu}\.?\s*){0,3}\p{Lu}[\p{L}'’-]+/gu;

/** Words that say the text is about a person being cared for, not a member of staff. */
const PATIENT_CUE =
  /\b(?:patients?|pts?\b|service\s+users?|residents?|client'?s?|lives|living|home\s+address|(?:his|her|their)\s+(?:address|care|gp|home)|admitted|re-?admitted|admission|discharged(?:\s+to)?|next\s+of\s+kin)\b/gi;

const EMAIL = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

/** How far a cue word may be from a date of birth, in characters, before or after it. */
const BIRTH_CUE_REACH = 40;
/** How far a patient word may be from a postcode or a name. */
const PATIENT_CUE_REACH = 60;

/**
 * Personal data in a text: a date next to a birth word, a postcode or a titled name next to
 * a word about a patient, and (when `emails` is set, as it is in the answers) any email address.
 * Each needs its cue so that go-live dates, office postcodes and named staff pass.
 */
export function findPersonalData(text: string, options: { emails: boolean }): readonly PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  // Each pattern scans the whole text, and most texts hold none of what they look for: a
  // character or a short run every match must hold rules a text out first, and the cue words
  // (the costliest pattern, and common in lessons about patients) are looked for only once
  // there is a postcode or a name that could need them.
  const hasDigit = DIGIT.test(text);
  const birthCues = hasDigit ? spans(text, BIRTH_CUE) : NO_SPANS;
  if (birthCues.length > 0) {
    for (const date of spans(text, DATE)) if (near(date, birthCues, BIRTH_CUE_REACH)) found.push({ kind: 'dob', ...date });
  }
  const postcodes = hasDigit && INWARD_CODE.test(text) ? spans(text, POSTCODE) : NO_SPANS;
  const names = text.includes('M') ? spans(text, TITLE_NAME) : NO_SPANS;
  if (postcodes.length > 0 || names.length > 0) {
    const patientCues = spans(text, PATIENT_CUE);
    for (const postcode of postcodes) if (near(postcode, patientCues, PATIENT_CUE_REACH)) found.push({ kind: 'postcode', ...postcode });
    for (const name of names) if (near(name, patientCues, PATIENT_CUE_REACH)) found.push({ kind: 'title-name', ...name });
  }
  if (options.emails && text.includes('@')) for (const email of spans(text, EMAIL)) found.push({ kind: 'email', ...email });
  // Nearly every text has none: one shared empty answer, not an array for each.
  return found.length === 0 ? NOTHING_FOUND : found.sort((a, b) => a.start - b.start);
}

const NOTHING_FOUND: readonly PersonalDataMatch[] = [];

/** Every date and every postcode holds an ASCII digit (DATE's and POSTCODE's `\d`). */
const DIGIT = /\d/;
/** Every postcode ends in its inward code, a digit and two letters (POSTCODE's last part). */
const INWARD_CODE = /\d[ABD-HJLNP-UW-Z]{2}/i;

interface Span {
  start: number;
  end: number;
}

const NO_SPANS: readonly Span[] = [];

/** Every match of a global pattern (none of which can match nothing), as offsets. */
function spans(text: string, pattern: RegExp): readonly Span[] {
  let found: Span[] | undefined;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) (found ??= []).push({ start: match.index, end: match.index + match[0].length });
  return found ?? NO_SPANS;
}

/** A cue within `reach` characters of the span, before or after it. */
function near(span: Span, cues: readonly Span[], reach: number): boolean {
  return cues.some((cue) => (cue.end <= span.start ? span.start - cue.end <= reach : cue.start >= span.end ? cue.start - span.end <= reach : true));
}
