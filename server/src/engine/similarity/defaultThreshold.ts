/**
 * The lowest score at which the editor hints that a similar lesson exists. Chosen on
 * the labelled benchmark (bench/similarity): see bench/similarity/results/latest.md.
 */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.35;
