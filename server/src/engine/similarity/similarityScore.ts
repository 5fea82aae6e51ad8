import type { SimilarityFeatures } from './similarityFeatures';

/**
 * One score in [0,1] from the signals: the mean of the cosine (two lessons saying
 * the same things in the same proportions) and the overlap (one lesson holding the
 * other's distinctive content). On the benchmark the overlap carries most of the
 * gain over the cosine; the cosine stays in because the overlap alone would rate a
 * long lesson about many things as a near copy of any short lesson it contains.
 */
export function similarityScore(features: SimilarityFeatures): number {
  return Math.min(1, Math.max(0, (features.cosine + features.overlap) / 2));
}
