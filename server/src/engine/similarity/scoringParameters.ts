/**
 * The knobs of the ranking, in one place so the benchmark can show what each does.
 * Values were chosen on bench/similarity (see its results), not fitted per lesson.
 */
export const SCORING: Readonly<{ candidatePool: number; neighbourhood: number; neighbourhoodDiscount: number }> = {
  /** How many lessons the cheap BM25 pass hands to the full scoring. */
  candidatePool: 50,
  /** How many of the nearest lessons make up the query's neighbourhood (see NeighbourhoodIdf). */
  neighbourhood: 10,
  /** How strongly a term shared across the neighbourhood is discounted (0 = not at all). */
  neighbourhoodDiscount: 0.5,
};
