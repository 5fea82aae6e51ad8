import { TEXT_FIELDS } from './lessonText';
import type { LessonTerms } from './lessonTerms';

/** Separators in a flattened term sequence; term numbers are never negative. */
const SENTENCE_BREAK = -1;
const FIELD_BREAK = -2;

/**
 * Flattens a lesson's terms into one list of term numbers, so a saved index can be
 * restored without tokenising again: fields in TEXT_FIELDS order, sentences split by -1,
 * fields by -2.
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

/** The inverse of encodeTerms; undefined if the sequence is malformed. */
export function decodeTerms(sequence: readonly number[], termOf: (n: number) => string | undefined): LessonTerms | undefined {
  const fields: string[][][] = [[]];
  let sentence: string[] = [];
  const endSentence = (): void => {
    if (sentence.length > 0) fields[fields.length - 1]!.push(sentence);
    sentence = [];
  };
  for (const n of sequence) {
    if (n === FIELD_BREAK) {
      endSentence();
      fields.push([]);
    } else if (n === SENTENCE_BREAK) {
      endSentence();
    } else {
      const term = Number.isInteger(n) ? termOf(n) : undefined;
      if (term === undefined) return undefined;
      sentence.push(term);
    }
  }
  endSentence();
  if (fields.length !== TEXT_FIELDS.length) return undefined;
  const terms = {} as LessonTerms;
  TEXT_FIELDS.forEach((field, i) => (terms[field] = fields[i]!));
  return terms;
}
