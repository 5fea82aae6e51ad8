/**
 * The lowest score at which the editor hints that a similar lesson exists.
 *
 * Chosen on the labelled benchmark (bench/similarity, 307 lessons): hint precision
 * ≥ 0.9 and hint recall ≥ 0.8 hold together for thresholds from 0.32 to 0.37, and
 * 0.35 sits in the middle of that band (precision 0.95, recall 0.88, no hard negative
 * hinted). See bench/similarity/results/latest.md for the sweep.
 */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.35;
