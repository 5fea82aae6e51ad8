import type { ProblemCode } from '../../engine/problem';

/**
 * One sentence per problem code, for SARIF rule descriptions and the docs. Typed as a
 * record over every code so a new code cannot ship without its description.
 */
export const PROBLEM_CODE_DESCRIPTIONS: Readonly<Record<ProblemCode, string>> = {
  'yaml-syntax': 'The file is not valid YAML.',
  'yaml-warning': 'The YAML parser warns about something that is probably a mistake.',
  'duplicate-key': 'A key appears more than once in the same mapping.',
  'multiple-documents': 'The file holds more than one YAML document; a lesson is one document.',
  'root-not-mapping': 'The file is a list or a single value, not a mapping of fields.',
  'alias-limit': 'The file expands YAML aliases too many times to be read safely.',
  'too-deeply-nested': 'The file is nested too deeply to be read.',
  'file-too-large': 'The file is over the size limit, so it was not checked.',
  'file-unreadable': 'The file could not be read: permission denied, a broken link, or a folder named like a lesson.',
  'not-text': 'The file is binary or not valid UTF-8 text.',
  'missing-field': 'A required field is missing.',
  'unknown-field': 'A field the lesson format does not define.',
  'invalid-value': 'A value is not one of the allowed values.',
  'wrong-type': 'A value has the wrong type, e.g. a list where text is expected.',
  'invalid-format': 'A value does not have the required form, e.g. an id or an email address.',
  'empty-value': 'A field, or the whole lesson, is empty.',
  'duplicate-item': 'A list holds the same item twice.',
  'id-prefix-mismatch': "The id's prefix is not the prefix of the lesson's locality.",
  'duplicate-id': 'Another lesson (or, for a theme, another theme) in the workspace has the same id.',
  'unknown-reference': "adoption.lesson, related or a theme's lessons names an id no lesson in the workspace has.",
  'self-reference': 'adoption.lesson or related names the lesson itself.',
  'adoption-not-older': 'adoption.lesson names a lesson dated on or after this one: only a solution learnt before can be adopted.',
  'own-locality-adoption': "adoption.lesson names a lesson of this lesson's own locality: adoption records reuse of another locality's solution.",
  'missing-artefact': 'An artefacts entry is a workspace path with no file or folder there, or a path outside the workspace folder.',
  'unknown-locality': 'The locality is not one the workspace knows.',
  'unknown-topic': "A topic is not in the workspace's topic list (topics in learn-once.yaml).",
  'summary-required': 'A curated or communicated lesson needs a summary for readers elsewhere.',
  'review-required': 'A curated or communicated lesson needs reviewed_by (one of the curators in learn-once.yaml) and reviewed_on.',
  'invalid-date': 'The date is not a real calendar date in YYYY-MM-DD form.',
  'future-date': 'The date is in the future.',
  'placeholder-answer': 'One of the three questions is answered only with a placeholder, or still holds the question.',
  'nhs-number': 'An NHS number (ten digits that pass the NHS number check) is written in the lesson.',
  'personal-data': "Something that could identify a patient: a date of birth, a patient's postcode or name, or an email address in an answer.",
  'contact-policy': "contact is a person's nhs.net address where learn-once.yaml asks for a role mailbox.",
  'similar-lesson': 'A similar lesson already exists in another locality and the two are not linked.',
  'index-limit': 'The workspace has more lessons than the index holds; the rest were skipped.',
  'config-error': 'learn-once.yaml has a problem.',
};

export const PROBLEM_CODES = Object.keys(PROBLEM_CODE_DESCRIPTIONS) as ProblemCode[];
