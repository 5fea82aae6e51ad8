/**
 * One change to a similarity index, as another index applies it to rank exactly as the
 * first (a replica on another thread). A lesson travels as its term sequence, with the
 * terms the dictionary numbered for it, never as text: the replica does not tokenise.
 */
export type SimilarityChange = { kind: 'upsert'; key: string; sequence: Int32Array; newTerms: string[] } | { kind: 'remove'; key: string } | { kind: 'clear' };
