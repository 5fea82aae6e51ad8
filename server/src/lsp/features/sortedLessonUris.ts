import { sortInSlices } from '../scheduling/sortInSlices';
import { TimeSlicer } from '../scheduling/timeSlicer';

/** Past this many changes at once, sorting again is cheaper than moving entries one by one. */
const MAX_INCREMENTAL_CHANGES = 1000;

/**
 * The index's uris in code-unit order, for the catalogue's pages. An edit moves at most one
 * entry (found by binary search) instead of sorting the whole list again; a scan or a large
 * change sorts again, in slices, when the list is next asked for.
 */
export class SortedLessonUris {
  private sorted: string[] | undefined;
  /** Changes that came in while a sort was under way, applied once it ends. */
  private changedDuringSort = new Set<string>();
  private sorting: Promise<string[]> | undefined;
  private resortWanted = false;

  constructor(
    private readonly currentUris: () => string[],
    private readonly has: (uri: string) => boolean,
    private readonly size: () => number,
  ) {}

  /** The index changed for these uris (in or out of it). */
  changed(uris: ReadonlySet<string>): void {
    if (this.sorting) {
      if (uris.size > MAX_INCREMENTAL_CHANGES) this.resortWanted = true;
      else for (const uri of uris) this.changedDuringSort.add(uri);
      return;
    }
    if (!this.sorted) return;
    if (uris.size > MAX_INCREMENTAL_CHANGES) this.sorted = undefined;
    else for (const uri of uris) this.place(this.sorted, uri);
  }

  /** The uris in order. While a scan adds lessons, it may lack the very latest (answers say they are partial then). */
  async list(): Promise<readonly string[]> {
    // The scan adds lessons without announcing each one: a size that moved means the list is stale.
    for (let attempt = 0; attempt < 2 && (!this.sorted || this.sorted.length !== this.size()); attempt++) {
      this.sorting ??= this.sortAgain();
      await this.sorting;
    }
    return this.sorted ?? [];
  }

  private async sortAgain(): Promise<string[]> {
    try {
      for (;;) {
        this.resortWanted = false;
        this.changedDuringSort.clear();
        const sorted = await sortInSlices(this.currentUris(), new TimeSlicer());
        if (this.resortWanted) continue;
        for (const uri of this.changedDuringSort) this.place(sorted, uri);
        this.sorted = sorted;
        return sorted;
      }
    } finally {
      this.sorting = undefined;
      this.changedDuringSort.clear();
    }
  }

  /** Puts a uri in the list or takes it out, as the index now has it. */
  private place(list: string[], uri: string): void {
    const at = firstAtOrAfter(list, uri);
    const present = list[at] === uri;
    const wanted = this.has(uri);
    if (wanted && !present) list.splice(at, 0, uri);
    else if (!wanted && present) list.splice(at, 1);
  }
}

/** The first position whose uri is not before `uri` (binary search). */
function firstAtOrAfter(list: readonly string[], uri: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < uri) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first position whose uri comes after `after`: where the page after that cursor starts. */
export function firstAfter(list: readonly string[], after: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! <= after) low = middle + 1;
    else high = middle;
  }
  return low;
}
