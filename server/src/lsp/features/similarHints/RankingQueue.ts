import type { Problem } from '../../../engine/problem';
import type { SavedHint } from '../../../engine/persist/savedHints';
import type { RestoredHints } from '../../scan/hintStore';

/** Where saved hints come from: loaded once after a scan, checked per lesson, saved after a full pass. */
export interface SavedHintStore {
  load(settings: string): Promise<RestoredHints | undefined>;
  /** Whether a restored hint still holds: its lesson is as the scan took it from the saved index. */
  holdsFor(uri: string): boolean;
  save(settings: string, hints: ReadonlyMap<string, Problem>): Promise<void>;
}

/** Saved hints to restore, with what decides whether each still holds. */
export interface HintsToRestore {
  hints: readonly SavedHint[];
  store: SavedHintStore;
  /** Lessons ranked while the hints loaded (an edit): their fresh hints stand. */
  rankedMeanwhile: ReadonlySet<string>;
}

/** The next thing to do: restore one saved hint, or rank one lesson (reaching out to the lessons around it, or not). */
export type HintWork = { kind: 'restore'; saved: SavedHint; from: HintsToRestore } | { kind: 'rank'; uri: string; reachOut: boolean };

/**
 * Lessons waiting to be re-ranked, worked through in time slices so neither an edit to a
 * much-linked lesson nor the pass over the whole workspace holds the event loop: the
 * urgent ones (edited lessons and those they touch, open lessons) first, then the pass
 * over every lesson. The map says whether re-ranking an urgent lesson must also reach the
 * lessons around it; the pass is a plain list (a lesson re-ranked urgently meanwhile is
 * simply ranked again, which is cheaper than bookkeeping for a hundred thousand).
 *
 * Saved hints to restore come ahead of any ranking: the lessons ranked again after a start
 * reach the lessons whose restored hints named them.
 */
export class RankingQueue {
  private readonly queued = new Map<string, boolean>();
  private urgent: string[] = [];
  private pass: string[] = [];
  private passNext = 0;
  private restoring: HintsToRestore | undefined;
  private restoringNext = 0;

  /** Queues a lesson once, where it was first queued; asking again to reach out upgrades it, never the reverse. */
  enqueue(uri: string, reachOut: boolean): void {
    const already = this.queued.get(uri);
    if (already === undefined) this.urgent.push(uri);
    if (already === undefined || (reachOut && !already)) this.queued.set(uri, reachOut);
  }

  /** Starts a pass over `uris`, dropping the urgent lessons and the hints to restore (the pass ranks them all). */
  startPass(uris: string[]): void {
    this.queued.clear();
    this.urgent = [];
    this.stopRestoring();
    this.pass = uris;
    this.passNext = 0;
  }

  /** Restores these saved hints ahead of anything else; a pass under way continues after them. */
  startRestoring(restoring: HintsToRestore): void {
    this.restoring = restoring;
    this.restoringNext = 0;
  }

  /** Takes the next piece of work: restoring first, then urgent lessons, then the pass. */
  next(): HintWork | undefined {
    if (this.restoring && this.restoringNext < this.restoring.hints.length)
      return { kind: 'restore', saved: this.restoring.hints[this.restoringNext++]!, from: this.restoring };
    if (this.urgent.length > 0) {
      const uri = this.urgent.shift()!;
      const reachOut = this.queued.get(uri) ?? false;
      this.queued.delete(uri);
      return { kind: 'rank', uri, reachOut };
    }
    if (this.passNext < this.pass.length) return { kind: 'rank', uri: this.pass[this.passNext++]!, reachOut: false };
    return undefined;
  }

  hasWork(): boolean {
    return (this.restoring !== undefined && this.restoringNext < this.restoring.hints.length) || this.urgent.length > 0 || this.passNext < this.pass.length;
  }

  /** Everything is done: forget the pass's list and the hints restored. */
  finished(): void {
    this.pass = [];
    this.passNext = 0;
    this.stopRestoring();
  }

  private stopRestoring(): void {
    this.restoring = undefined;
    this.restoringNext = 0;
  }
}
