import type { TimeSlicer } from './timeSlicer';

/** Strings per sorted run: a run sorts well inside one slice even at national scale. */
const RUN_LENGTH = 4096;
/** Merge steps between checks of the slice's clock. */
const MERGE_CHECK_EVERY = 1024;

/**
 * Sorts strings in code-unit order (as `Array.prototype.sort()` does) without holding the
 * event loop: short runs sorted one by one, then merged pairwise, yielding between slices.
 * Sorting 100,000 uris at once takes 40–60 ms, past what any request may block.
 */
export async function sortInSlices(items: readonly string[], slicer: TimeSlicer): Promise<string[]> {
  let runs: string[][] = [];
  for (let start = 0; start < items.length; start += RUN_LENGTH) {
    runs.push(items.slice(start, start + RUN_LENGTH).sort());
    if (slicer.due) await slicer.yield();
  }
  while (runs.length > 1) {
    const merged: string[][] = [];
    for (let i = 0; i < runs.length; i += 2) merged.push(i + 1 < runs.length ? await merge(runs[i]!, runs[i + 1]!, slicer) : runs[i]!);
    runs = merged;
  }
  return runs[0] ?? [];
}

async function merge(a: readonly string[], b: readonly string[], slicer: TimeSlicer): Promise<string[]> {
  const out: string[] = new Array<string>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
    if (k % MERGE_CHECK_EVERY === 0 && slicer.due) await slicer.yield();
  }
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
