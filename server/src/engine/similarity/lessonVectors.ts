import { TEXT_FIELDS, type TextField } from './lessonText';
import type { SparseVector } from './sparseVector';
import { FIELD_BREAK } from './termSequence';
import { grownFloat64, grownInt32, grownLength } from './growArray';

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
  const sums = WeightSums.shared;
  sums.begin();
  let length = 0;
  let field = 0;
  for (let i = 0; i < sequence.length; i++) {
    const id = sequence[i]!;
    if (id < 0) {
      if (id === FIELD_BREAK) field++;
      continue;
    }
    const weight = WEIGHT_BY_POSITION[field] ?? 0;
    sums.add(id, weight);
    length += weight;
  }
  return { all: sums.vector(), length };
}

/**
 * Weights summed by term id, in arrays kept from lesson to lesson: every lesson added and
 * every query sums its terms, and a Map for each was a fifth of filling the engine. Each
 * id's sum is 0 plus its weights in order, as a Map's would be, so every value is the same.
 */
class WeightSums {
  static readonly shared = new WeightSums();
  private sums = new Float64Array(1024);
  /** The lesson an id was last summed for: ids with an older stamp count as 0. */
  private stamps = new Int32Array(1024);
  private stamp = 0;
  private ids: number[] = [];

  begin(): void {
    this.ids = [];
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  add(id: number, weight: number): void {
    if (id >= this.sums.length) this.grow(id);
    if (this.stamps[id] !== this.stamp) {
      this.stamps[id] = this.stamp;
      this.sums[id] = 0;
      this.ids.push(id);
    }
    this.sums[id]! += weight;
  }

  vector(): SparseVector {
    const ids = Int32Array.from(this.ids).sort();
    const values = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) values[i] = this.sums[ids[i]!]!;
    return { ids, values };
  }

  private grow(id: number): void {
    const length = grownLength(this.sums.length, id);
    this.sums = grownFloat64(this.sums, length);
    this.stamps = grownInt32(this.stamps, length);
  }
}
