import { TEXT_FIELDS, type TextField } from './lessonText';
import { addCount, vectorFromCounts, type SparseVector } from './sparseVector';
import { FIELD_BREAK } from './termSequence';

/**
 * How much a term counts, by the field it was written in. The title says what was
 * learnt in a line, so it weighs most. What went wrong and what to change are the
 * lesson itself; what went well is often praise any project on the topic could write
 * ("the IG leads engaged early"), so it weighs least of the answers. Topics are shared
 * by every lesson on a subject, so they tell little about which lesson this is.
 * Chosen on the benchmark, from a plateau of equally good settings.
 */
export const FIELD_WEIGHTS: Readonly<Record<TextField, number>> = {
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

const WEIGHT_BY_POSITION = TEXT_FIELDS.map((field) => FIELD_WEIGHTS[field]);

/** Builds the vectors of a lesson from its term sequence (term ids, see encodeTerms). */
export function lessonVectors(sequence: ArrayLike<number>): LessonVectors {
  const all = new Map<number, number>();
  let length = 0;
  let field = 0;
  for (let i = 0; i < sequence.length; i++) {
    const id = sequence[i]!;
    if (id < 0) {
      if (id === FIELD_BREAK) field++;
      continue;
    }
    const weight = WEIGHT_BY_POSITION[field] ?? 0;
    addCount(all, id, weight);
    length += weight;
  }
  return { all: vectorFromCounts(all), length };
}
