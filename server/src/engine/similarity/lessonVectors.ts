import { TEXT_FIELDS, type TextField } from './lessonText';
import type { LessonTerms } from './lessonTerms';
import { addCount, vectorFromCounts, type SparseVector } from './sparseVector';

/**
 * How much a term counts, by the field it was written in. The title says what was
 * learnt in a line, so it weighs most. What went wrong and what to change are the
 * lesson itself; what went well is often praise any project on the topic could write
 * ("the IG leads engaged early"), so it weighs least of the answers. Topics are shared
 * by every lesson on a subject, so they tell little about which lesson this is.
 * Chosen on the benchmark, from a plateau of equally good settings.
 */
export const FIELD_WEIGHTS: Record<TextField, number> = {
  title: 2,
  good: 0.5,
  not_so_good: 1.5,
  improvements: 1.5,
  topics: 0.5,
  summary: 1,
};

/** What the index keeps of one lesson for scoring. */
export interface LessonVectors {
  /** Field-weighted term counts of the whole lesson. */
  readonly all: SparseVector;
  /** Field-weighted number of terms, for BM25's length normalisation. */
  readonly length: number;
}

/** Builds the vectors of a tokenised lesson; resolve gives a term's id. */
export function lessonVectors(terms: LessonTerms, resolve: (term: string) => number): LessonVectors {
  const all = new Map<number, number>();
  let length = 0;
  for (const field of TEXT_FIELDS) {
    const weight = FIELD_WEIGHTS[field];
    for (const sentence of terms[field]) {
      for (const term of sentence) {
        addCount(all, resolve(term), weight);
        length += weight;
      }
    }
  }
  return { all: vectorFromCounts(all), length };
}
