import { readSavedHints, SAVED_HINTS_FORMAT, writeSavedHints, type SavedHint } from '../../engine/persist/savedHints';
import type { Problem } from '../../engine/problem';
import { TimeSlicer } from '../scheduling/timeSlicer';
import type { ScanStats } from '../../../../shared/protocol';

/** What a scan knows about the saved index, for its hints (see ScanHintBasis). */
export interface HintBasisSource {
  hintBasis(): { indexWrittenAt: number; changed: Set<string> } | undefined;
  isAsLoaded(uri: string): boolean;
  savedIndex(): number | undefined;
  lessonsNotAsSaved(): Promise<string[]>;
}

/** Saved hints that still hold, and the lessons whose hints must be ranked again. */
export interface RestoredHints {
  hints: SavedHint[];
  changed: ReadonlySet<string>;
}

/**
 * The similar-lesson hints of a scan's workspace, saved beside its index. Ranking every
 * lesson after a start takes about 6 s of CPU at 10,000 lessons and 100 s at 100,000; the
 * hints saved after the last full pass are reused for every lesson that is as the saved
 * index held it, and only the others (and the lessons around them) are ranked again, as
 * after an edit.
 */
export class HintStore {
  /** Saved hints hold for the lessons as the scan found them: after the first change to every lesson, no longer. */
  private taken = false;

  constructor(
    private readonly file: string,
    private readonly engine: string,
    private readonly scan: HintBasisSource,
    private readonly stats: ScanStats,
    private readonly log?: (message: string) => void,
  ) {}

  /**
   * The saved hints, when they were ranked over the saved index this scan loaded, by this
   * build, under `settings`. Only the first call gets them: the scan's view of which lessons
   * changed holds only until the first pass after it.
   */
  async load(settings: string): Promise<RestoredHints | undefined> {
    if (this.taken) return undefined;
    this.taken = true;
    const basis = this.scan.hintBasis();
    if (!basis) {
      this.stats.hints = { cache: 'none' };
      return undefined;
    }
    const load = await readSavedHints(
      this.file,
      (header) => {
        if (header.engine !== this.engine) return `they were ranked by another version (${header.engine})`;
        if (header.indexWrittenAt !== basis.indexWrittenAt) return 'they were ranked over another saved index';
        if (header.settings !== settings) return 'the similar-lesson settings changed';
        return undefined;
      },
      new TimeSlicer(),
    );
    if (load.kind !== 'loaded') {
      this.stats.hints = load.kind === 'discarded' ? { cache: 'discarded', reason: load.reason } : { cache: 'missing' };
      if (load.kind === 'discarded') this.log?.(`The saved similar-lesson hints were not used: ${load.reason}. Ranking every lesson again.`);
      return undefined;
    }
    const changed = new Set([...basis.changed, ...load.header.notAsSaved]);
    const hints = load.hints.filter((saved) => !changed.has(saved.uri));
    this.stats.hints = { cache: 'loaded', restored: hints.length, toRank: changed.size };
    return { hints, changed };
  }

  /** Whether a restored hint still holds: its lesson is as the scan took it from the saved index (no edit since). */
  holdsFor(uri: string): boolean {
    return this.scan.isAsLoaded(uri);
  }

  /**
   * Saves hints ranked over every lesson (the live map), unless the index they go with was
   * never saved. Never throws.
   */
  async save(settings: string, hints: ReadonlyMap<string, Problem>): Promise<void> {
    const indexWrittenAt = this.scan.savedIndex();
    if (indexWrittenAt === undefined) return;
    // Taken in slices (tens of thousands at scale). An edit meanwhile may leave a mix of hints
    // from before and after it, all among lessons its re-ranking reaches: the edited lesson is
    // then not as saved (found below, after the taking), and the next start ranks it again
    // with the lessons around it.
    const slicer = new TimeSlicer();
    const taken: SavedHint[] = [];
    for (const [uri, hint] of hints) {
      taken.push({ uri, hint });
      if (slicer.due) await slicer.yield();
    }
    const notAsSaved = await this.scan.lessonsNotAsSaved();
    try {
      const written = await writeSavedHints(this.file, { format: SAVED_HINTS_FORMAT, engine: this.engine, indexWrittenAt, settings, notAsSaved }, taken, {
        slicer,
      });
      this.stats.hints = { cache: 'none', ...this.stats.hints, saved: written.count };
    } catch (error) {
      this.log?.(`Could not save the similar-lesson hints to ${this.file}: ${String(error)}`);
    }
  }
}
