import type { SimilarityFeatures } from './similarityFeatures';

/**
 * One score in [0,1] from the signals: the mean of the cosine (which rewards two
 * lessons saying the same things in the same proportions) and the overlap (which
 * rewards one lesson holding the other's distinctive content). Either alone lets
 * through lessons that only look alike one way; the benchmark band where hint
 * precision and recall both hold is wider for the mean than for either.
 */
export function similarityScore(features: SimilarityFeatures): number {
  return Math.min(1, Math.max(0, (features.cosine + features.overlap) / 2));
}
