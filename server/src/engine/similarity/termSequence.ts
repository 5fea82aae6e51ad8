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

/**
 * A query's terms numbered by a dictionary without adding to it: terms the index has never
 * seen get numbers past the dictionary's, for this query only.
 */
export function encodeQueryTerms(terms: LessonTerms, dictionary: { readonly size: number; lookup(term: string): number | undefined }): number[] {
  const unseen = new Map<string, number>();
  return encodeTerms(terms, (term) => {
    const id = dictionary.lookup(term);
    if (id !== undefined) return id;
    let temporary = unseen.get(term);
    if (temporary === undefined) {
      temporary = dictionary.size + unseen.size;
      unseen.set(term, temporary);
    }
    return temporary;
  });
}
