import type { SimilarityFeatures } from './similarityFeatures';

/** A candidate with the signals behind its score, for the benchmark and for diagnosis. */
export interface ScoredCandidate {
  key: string;
  features: SimilarityFeatures;
  score: number;
}

/** Highest score first; equal scores by key, so the order never depends on slots. */
export function bestFirst(a: ScoredCandidate, b: ScoredCandidate): number {
  return b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** What a candidate search leaves out: the query's own slot and the slots of excluded keys. */
export function skippingSlots(
  slotByKey: ReadonlyMap<string, number>,
  self: number | undefined,
  exclude: ReadonlySet<string> | undefined,
): (slot: number) => boolean {
  if (exclude === undefined || exclude.size === 0) return (slot) => slot === self;
  const excluded = new Set<number>();
  for (const key of exclude) {
    const slot = slotByKey.get(key);
    if (slot !== undefined) excluded.add(slot);
  }
  return (slot) => slot === self || excluded.has(slot);
}
