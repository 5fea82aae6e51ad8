import type { SimilarityFeatures } from './similarityFeatures';

/** What the hint decision reads of one match, all known once a query is ranked. */
export interface HintSignals extends SimilarityFeatures {
  /** The match's score (see similarityScore). */
  score: number;
  /** The query's background level (see backgroundLevel). */
  background: number;
}

/**
 * A small logistic model: the chance that a match is the same lesson told again, from
 * how far its score stands out from the query's background, and from the signals behind
 * the score. Its weights were fitted once on the tuning corpora by
 * `bench/similarity/fitHintModel.ts` and are frozen here; the test corpus never saw them.
 */
export const HINT_MODEL = {
  bias: -5,
  logScore: 4,
  logBackground: -4,
  cosine: 0,
  overlap: 0,
} as const;

/** The input the model weighs, by name, so the fitting script and this file agree. */
export function hintInputs(signals: HintSignals): Record<Exclude<keyof typeof HINT_MODEL, 'bias'>, number> {
  return {
    logScore: Math.log(Math.max(signals.score, 1e-4)),
    logBackground: Math.log(Math.max(signals.background, 1e-4)),
    cosine: signals.cosine,
    overlap: signals.overlap,
  };
}

/** In [0,1]: how likely the match is the same lesson. The editor hints from 0.5 up. */
export function hintConfidence(signals: HintSignals, model: typeof HINT_MODEL = HINT_MODEL): number {
  if (signals.score <= 0) return 0;
  const inputs = hintInputs(signals);
  let z = model.bias;
  for (const name of Object.keys(inputs) as (keyof typeof inputs)[]) z += model[name] * inputs[name];
  return 1 / (1 + Math.exp(-z));
}

/** The confidence from which a match is hinted, unless a fixed score threshold is set. */
export const DEFAULT_HINT_CONFIDENCE = 0.5;
