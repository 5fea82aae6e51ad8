/** Term weights keyed by term id, ids ascending, so two vectors meet by a merge. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly values: Float64Array;
}

export function vectorFromCounts(counts: ReadonlyMap<number, number>): SparseVector {
  const ids = Int32Array.from(counts.keys()).sort();
  const values = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) values[i] = counts.get(ids[i]!)!;
  return { ids, values };
}
