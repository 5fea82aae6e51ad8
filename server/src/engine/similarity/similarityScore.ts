import type { SimilarityFeatures } from './similarityFeatures';

/** How much each signal counts in the final score; they sum to 1 so the score stays in [0,1]. */
export const FEATURE_WEIGHTS: Partial<Record<keyof SimilarityFeatures, number>> = {
  whole: 1,
  overlap: 1,
};

/** Combines the signals into one score in [0,1]. */
export function similarityScore(features: SimilarityFeatures): number {
  let score = 0;
  let total = 0;
  for (const name of Object.keys(FEATURE_WEIGHTS) as (keyof SimilarityFeatures)[]) {
    const weight = FEATURE_WEIGHTS[name] ?? 0;
    score += weight * features[name];
    total += weight;
  }
  return total === 0 ? 0 : Math.min(1, Math.max(0, score / total));
}
