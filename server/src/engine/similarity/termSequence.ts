import { TEXT_FIELDS } from './lessonText';
import type { LessonTerms } from './lessonTerms';

/** Separators in a flattened term sequence; term numbers are never negative. */
const SENTENCE_BREAK = -1;
export const FIELD_BREAK = -2;

/**
 * Flattens a lesson's terms into one list of term numbers, the form its vectors are built
 * from (lessonVectors.ts): fields in TEXT_FIELDS order, sentences split by -1, fields by -2.
 */
export function encodeTerms(terms: LessonTerms, numberOf: (term: string) => number): number[] {
  const sequence: number[] = [];
  TEXT_FIELDS.forEach((field, fieldIndex) => {
    if (fieldIndex > 0) sequence.push(FIELD_BREAK);
    terms[field].forEach((sentence, sentenceIndex) => {
      if (sentenceIndex > 0) sequence.push(SENTENCE_BREAK);
      for (const term of sentence) sequence.push(numberOf(term));
    });
  });
  return sequence;
}
