import { TEXT_FIELDS } from './lessonText';
import type { LessonVectors } from './lessonVectors';
import { cosine, sharedMass, weighVector, type WeightedVector } from './weightedVector';

const TITLE = TEXT_FIELDS.indexOf('title');
const ANSWER_FIELDS = [TEXT_FIELDS.indexOf('good'), TEXT_FIELDS.indexOf('not_so_good'), TEXT_FIELDS.indexOf('improvements')];

/** A lesson's vectors with IDF applied, prepared once per query for the query lesson. */
export interface PreparedLesson {
  readonly all: WeightedVector;
  readonly title: WeightedVector;
  readonly answers: WeightedVector;
  /** good, not_so_good, improvements. */
  readonly answerFields: readonly WeightedVector[];
  readonly bigrams: WeightedVector;
}

/** The signals the final score is made of, each in [0,1]. */
export interface SimilarityFeatures {
  /** TF-IDF cosine of the whole lessons (title weighted up). */
  whole: number;
  /** Cosine of the titles alone. */
  title: number;
  /** Cosine of the three answers taken together. */
  answers: number;
  /** Mean cosine of each answer with the same answer of the other lesson. */
  fieldwise: number;
  /** Share of the smaller lesson's distinctive content (IDF mass) the other also holds. */
  coverage: number;
  /** Weighted Dice overlap of adjacent term pairs. */
  bigrams: number;
  overlap: number;
  jaccard: number;
  spreadGeo: number;
  spreadMin: number;
  spreadHarm: number;
  spreadMean: number;
  good: number;
  notSoGood: number;
  improvements: number;
}

export function prepareLesson(vectors: LessonVectors, idf: (id: number) => number): PreparedLesson {
  return {
    all: weighVector(vectors.all, idf),
    title: weighVector(vectors.fields[TITLE]!, idf),
    answers: weighVector(vectors.answers, idf),
    answerFields: ANSWER_FIELDS.map((field) => weighVector(vectors.fields[field]!, idf)),
    bigrams: weighVector(vectors.bigrams, idf),
  };
}

export function similarityFeatures(a: PreparedLesson, b: PreparedLesson, idf: (id: number) => number): SimilarityFeatures {
  let fieldTotal = 0;
  let fieldCount = 0;
  for (let i = 0; i < a.answerFields.length; i++) {
    const x = a.answerFields[i]!;
    const y = b.answerFields[i]!;
    if (x.norm === 0 || y.norm === 0) continue;
    fieldTotal += cosine(x, y);
    fieldCount++;
  }
  const smaller = Math.min(a.all.mass, b.all.mass);
  const bigramMass = a.bigrams.mass + b.bigrams.mass;
  const spreadA = fieldCoverage(a, b, idf);
  const spreadB = fieldCoverage(b, a, idf);
  const agg = (f: (xs: number[]) => number): number => (f(spreadA) + f(spreadB)) / 2;
  const [minSum, maxSum, sumA, sumB] = weightOverlap(a.all, b.all);
  return {
    overlap: Math.min(sumA, sumB) === 0 ? 0 : minSum / Math.min(sumA, sumB),
    jaccard: maxSum === 0 ? 0 : minSum / maxSum,
    spreadGeo: agg((xs) => (xs.length === 0 ? 0 : Math.exp(xs.reduce((s, x) => s + Math.log(Math.max(x, 1e-3)), 0) / xs.length))),
    spreadMin: agg((xs) => (xs.length === 0 ? 0 : Math.min(...xs))),
    spreadHarm: agg((xs) => (xs.length === 0 ? 0 : xs.length / xs.reduce((s, x) => s + 1 / Math.max(x, 1e-3), 0))),
    spreadMean: agg((xs) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length)),
    whole: cosine(a.all, b.all),
    title: cosine(a.title, b.title),
    answers: cosine(a.answers, b.answers),
    fieldwise: fieldCount === 0 ? 0 : fieldTotal / fieldCount,
    coverage: smaller === 0 ? 0 : Math.min(1, sharedMass(a.all, b.all, idf) / smaller),
    bigrams: bigramMass === 0 ? 0 : Math.min(1, (2 * sharedMass(a.bigrams, b.bigrams, idf)) / bigramMass),
    good: cosine(a.answerFields[0]!, b.answerFields[0]!),
    notSoGood: cosine(a.answerFields[1]!, b.answerFields[1]!),
    improvements: cosine(a.answerFields[2]!, b.answerFields[2]!),
  };
}

/** For each non-empty field of a (title and answers), the share of its IDF mass that b holds anywhere. */
function fieldCoverage(a: PreparedLesson, b: PreparedLesson, idf: (id: number) => number): number[] {
  const out: number[] = [];
  for (const field of [a.title, ...a.answerFields]) {
    if (field.mass === 0) continue;
    out.push(Math.min(1, sharedMass(field, b.all, idf) / field.mass));
  }
  return out;
}

/** Sums of min and max of the two weights over all terms, and each vector's total weight. */
function weightOverlap(a: WeightedVector, b: WeightedVector): [number, number, number, number] {
  let minSum = 0;
  let maxSum = 0;
  let sumA = 0;
  let sumB = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity;
    const y = j < b.ids.length ? b.ids[j]! : Infinity;
    if (x === y) {
      const wa = a.weights[i++]!;
      const wb = b.weights[j++]!;
      minSum += Math.min(wa, wb);
      maxSum += Math.max(wa, wb);
      sumA += wa;
      sumB += wb;
    } else if (x < y) {
      const wa = a.weights[i++]!;
      maxSum += wa;
      sumA += wa;
    } else {
      const wb = b.weights[j++]!;
      maxSum += wb;
      sumB += wb;
    }
  }
  return [minSum, maxSum, sumA, sumB];
}
