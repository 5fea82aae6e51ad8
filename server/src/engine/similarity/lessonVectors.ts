import { TEXT_FIELDS, type TextField } from './lessonText';
import type { LessonTerms } from './lessonTerms';
import { addCount, vectorFromCounts, type SparseVector } from './sparseVector';

/**
 * How much a term counts in the whole-lesson vector, by the field it was written in.
 * The title says what was learnt in a line, so it weighs most; topics are shared by
 * every lesson on a subject, so they tell little about which lesson this is.
 */
export const FIELD_WEIGHTS: Record<TextField, number> = {
  title: 2,
  good: 0.5,
  not_so_good: 1.5,
  improvements: 1.5,
  topics: 0.5,
  summary: 1,
};

const ANSWER_FIELDS: ReadonlySet<TextField> = new Set(['good', 'not_so_good', 'improvements']);

/** Marks a bigram in the term dictionary; terms never hold a space. */
export const BIGRAM_JOIN = ' ';

/** What the index keeps of one lesson: term counts, whole and per field, and its bigrams. */
export interface LessonVectors {
  /** Field-weighted term counts of the whole lesson. */
  readonly all: SparseVector;
  /** Plain term counts per field, in TEXT_FIELDS order. */
  readonly fields: readonly SparseVector[];
  /** Plain term counts of the three answers together (good, not so good, improvements). */
  readonly answers: SparseVector;
  /** Counts of adjacent term pairs within a sentence, over all fields. */
  readonly bigrams: SparseVector;
  /** Field-weighted number of terms, for length normalisation. */
  readonly length: number;
}

/** Builds the vectors of a tokenised lesson; resolve gives a term's (or bigram's) id. */
export function lessonVectors(terms: LessonTerms, resolve: (term: string) => number): LessonVectors {
  const all = new Map<number, number>();
  const bigrams = new Map<number, number>();
  const answers = new Map<number, number>();
  const fields: SparseVector[] = [];
  let length = 0;
  for (const field of TEXT_FIELDS) {
    const weight = FIELD_WEIGHTS[field];
    const counts = new Map<number, number>();
    for (const sentence of terms[field]) {
      for (let i = 0; i < sentence.length; i++) {
        const id = resolve(sentence[i]!);
        addCount(counts, id, 1);
        addCount(all, id, weight);
        if (ANSWER_FIELDS.has(field)) addCount(answers, id, 1);
        length += weight;
        if (i > 0) addCount(bigrams, resolve(sentence[i - 1]! + BIGRAM_JOIN + sentence[i]!), 1);
      }
    }
    fields.push(vectorFromCounts(counts));
  }
  return { all: vectorFromCounts(all), fields, answers: vectorFromCounts(answers), bigrams: vectorFromCounts(bigrams), length };
}
