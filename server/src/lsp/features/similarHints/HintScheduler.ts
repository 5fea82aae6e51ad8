import type { SavedHint } from '../../../engine/persist/savedHints';
import type { Problem } from '../../../engine/problem';
import type { TimeSlicer } from '../../scheduling/timeSlicer';
import { HintMap } from './HintMap';
import { RankingQueue, type HintsToRestore, type SavedHintStore } from './RankingQueue';

/** Wait this long after the last keystroke before re-ranking; schema problems are published at once. */
export const HINT_DEBOUNCE_MS = 120;
/** Publications one slice may make (a publication takes about 0.1 ms). */
export const MAX_PUBLICATIONS_PER_SLICE = 64;

/** A lesson's hint as ranked now (none when nothing passes the rule), with the lessons it names. */
export interface RankedHint {
  problem?: Problem;
  matches: readonly { uri: string }[];
}

/** What the scheduler reads and drives: the server's context in the server, fakes in the tests. */
export interface HintSchedulerHost {
  /** Ranks one lesson against the others as they are now, under the current settings. */
  rank(uri: string): RankedHint;
  /** The similar-lesson settings as a key: when it changes every hint is ranked again, and saved hints hold only under the key they were ranked with. */
  settingsKey(): string;
  lessonCount(): number;
  holdsLesson(uri: string): boolean;
  /** Every lesson held, in the index's order. */
  lessonUris(): string[];
  isOpen(uri: string): boolean;
  /** The open documents (lessons or not), in the editor's order. */
  openUris(): string[];
  /** Publishes these files' problems, hints included (the publisher sends only what changed). */
  publish(uris: ReadonlySet<string>): void;
  publishInSlices(uris: readonly string[]): Promise<void>;
  /** Where the last scan's hints are saved, if anywhere. */
  hintStore(): SavedHintStore | undefined;
  /** Ranking one lesson threw: said in the server's log; the lesson is left without a hint. */
  rankingFailed(uri: string, error: unknown): void;
  /** A pass over every lesson begins, in this order: another thread may rank some of them ahead (see RankingAhead). */
  passStarted?(uris: readonly string[]): void;
  /** The pass over every lesson has ended. */
  passEnded?(): void;
}

/** Timers for the debounce: the server's own, or a fake clock's in the tests. */
export interface Timers {
  /** Calls `callback` once after `ms`; the function returned cancels it. */
  after(ms: number, callback: () => void): () => void;
}

/** How the work yields between slices: a `TimeSlicer` in the server. */
export type WorkSlicer = Pick<TimeSlicer, 'due' | 'yield'>;

/**
 * Schedules the similar-lesson hints: one diagnostic on a lesson's title when lessons in other
 * files score at or above the threshold, re-evaluated as the author types and, for other
 * lessons whose best matches changed, too. After an edit, once the debounce has passed, the
 * edited lesson is ranked first, then the lessons whose hints named it and the lessons it now
 * resembles. After a scan or a settings change, every lesson (open ones first), or the saved
 * hints restored with the changed lessons ranked as after an edit. Only hints that changed are
 * published.
 */
export class HintScheduler {
  private readonly hints = new HintMap();
  private readonly queue = new RankingQueue();
  /** Lessons changed since the debounce began. */
  private readonly pending = new Set<string>();
  private cancelDebounce: (() => void) | undefined;
  /** Slices are running (or waiting for their turn): new work joins them. */
  private working = false;
  /** A pass over every lesson (ranking, or restoring saved hints) is under way: answers may miss hints until it ends. */
  private fullPass = false;
  /** Save the hints when the pass ends: they were ranked, not all restored as saved. */
  private saveAfterPass = false;
  /** Counts passes, so a pass begun while saved hints load supersedes their restoring. */
  private passGeneration = 0;
  /** While saved hints load: lessons ranked meanwhile (an edit), whose fresh hints the saved ones must not replace. */
  private rankedWhileLoading: Set<string> | undefined;
  /** The settings the hints were ranked under; none before the first change, so that change ranks every lesson. */
  private lastSettingsKey = '';

  constructor(
    private readonly host: HintSchedulerHost,
    private readonly timers: Timers,
    private readonly slicer: WorkSlicer,
  ) {}

  /** The lesson's hint as last ranked or restored. */
  hintFor(uri: string): Problem | undefined {
    return this.hints.get(uri);
  }

  /** True from the start of a pass over every lesson until its last slice. */
  get passUnderWay(): boolean {
    return this.fullPass;
  }

  /** After any change to the index, with the lessons whose problems may have changed. */
  indexChanged(changed: ReadonlySet<string>): void {
    const settingsKey = this.host.settingsKey();
    const lessons = this.host.lessonCount();
    const everything = changed.size >= lessons && lessons > 0;
    if (settingsKey !== this.lastSettingsKey || everything) {
      this.lastSettingsKey = settingsKey;
      // Publish without stale hints (e.g. severity switched off), in slices, then recompute.
      const stale = this.hints.uris();
      this.hints.clear();
      void this.host.publishInSlices(stale);
      // The first change after a scan is every lesson: its saved hints may spare ranking them all.
      const store = everything ? this.host.hintStore() : undefined;
      // Should restoring fail in any way, every lesson is ranked as without saved hints.
      if (store) this.restoreOrRankEverything(store, settingsKey).catch(() => this.rankEverything());
      else this.rankEverything();
      return;
    }
    for (const uri of changed) this.pending.add(uri);
    this.cancelDebounce?.();
    this.cancelDebounce = this.timers.after(HINT_DEBOUNCE_MS, () => this.flush());
  }

  private flush(): void {
    this.cancelDebounce = undefined;
    // Open lessons first: one of them is the lesson being typed in.
    const uris = [...this.pending].sort((a, b) => Number(this.host.isOpen(b)) - Number(this.host.isOpen(a)));
    this.pending.clear();
    for (const uri of uris) this.enqueue(uri, true);
  }

  /** After a scan or a settings change: every lesson, open ones first. An edit meanwhile goes ahead of the rest. */
  private rankEverything(): void {
    this.passGeneration++;
    this.rankedWhileLoading = undefined;
    // Hints are kept until their lesson is ranked again: one an edit set while saved hints
    // loaded was published, so the pass must compare against it to publish its change.
    const uris = this.host.lessonUris();
    this.queue.startPass(uris);
    this.host.passStarted?.(uris);
    this.fullPass = true;
    this.saveAfterPass = true;
    for (const uri of this.host.openUris()) if (this.host.holdsLesson(uri)) this.queue.enqueue(uri, false);
    this.startWorking();
  }

  /**
   * After a scan: the hints saved after the last full pass, for every lesson still as the
   * saved index held it, and the others ranked again with the lessons around them, as after
   * an edit. Ranks everything when nothing can be reused, or when most lessons changed
   * (ranking them one by one with their neighbours would cost more than a plain pass).
   */
  private async restoreOrRankEverything(store: SavedHintStore, settings: string): Promise<void> {
    const generation = ++this.passGeneration;
    this.fullPass = true;
    const rankedMeanwhile = new Set<string>();
    this.rankedWhileLoading = rankedMeanwhile;
    const restored = await store.load(settings);
    if (generation !== this.passGeneration) return;
    this.rankedWhileLoading = undefined;
    if (!restored || restored.changed.size * 4 > this.host.lessonCount()) {
      this.rankEverything();
      return;
    }
    this.queue.startRestoring({ hints: restored.hints, store, rankedMeanwhile });
    for (const uri of restored.changed) this.queue.enqueue(uri, true);
    this.saveAfterPass = restored.changed.size > 0;
    this.startWorking();
  }

  private enqueue(uri: string, reachOut: boolean): void {
    this.queue.enqueue(uri, reachOut);
    this.startWorking();
  }

  private startWorking(): void {
    if (this.working) return;
    this.working = true;
    void this.work();
  }

  /** Slices until nothing is left, yielding before each; then saves the hints if a pass ranked them. */
  private async work(): Promise<void> {
    do {
      await this.slicer.yield();
      this.slice();
    } while (this.queue.hasWork());
    this.working = false;
    this.queue.finished();
    // Edits ranked while saved hints load end no pass: the restoring is still to come.
    if (this.rankedWhileLoading) return;
    if (this.fullPass && this.saveAfterPass) void this.host.hintStore()?.save(this.lastSettingsKey, this.hints.all);
    if (this.fullPass) this.host.passEnded?.();
    this.fullPass = false;
    this.saveAfterPass = false;
  }

  private slice(): void {
    const changed = new Set<string>();
    // Restoring a hint costs next to nothing, publishing it does: a slice publishes at most so many.
    while (!this.slicer.due && changed.size < MAX_PUBLICATIONS_PER_SLICE) {
      const work = this.queue.next();
      if (!work) break;
      if (work.kind === 'restore') this.restore(work.saved, work.from, changed);
      else this.rerank(work.uri, work.reachOut, changed);
    }
    this.host.publish(changed);
  }

  /** A hint is restored only if its lesson is still as loaded, and was not ranked while the hints loaded (an edit). */
  private restore({ uri, hint }: SavedHint, from: HintsToRestore, changed: Set<string>): void {
    if (from.rankedMeanwhile.has(uri) || !from.store.holdsFor(uri)) return;
    this.hints.set(uri, hint, hint.data?.kind === 'similarLessons' ? hint.data.matches : []);
    changed.add(uri);
  }

  /**
   * Re-ranks one lesson. For a changed lesson, also the lessons whose hints named it and
   * the ones it now resembles (they may hint at it in turn: its own hint names them).
   */
  private rerank(uri: string, reachOut: boolean, changed: Set<string>): void {
    const previouslyHinting = reachOut ? this.hints.hintersOf(uri) : [];
    if (this.evaluate(uri)) changed.add(uri);
    if (!reachOut) return;
    for (const other of previouslyHinting) this.queue.enqueue(other, false);
    for (const named of this.hints.namedBy(uri)) this.queue.enqueue(named, false);
    if (!this.host.holdsLesson(uri)) this.hints.forgetHinters(uri);
  }

  /** One lesson the engine cannot rank must not stop the hints of every other lesson for the session. */
  private rankOrNone(uri: string): RankedHint {
    try {
      return this.host.rank(uri);
    } catch (error) {
      this.host.rankingFailed(uri, error);
      return { matches: [] };
    }
  }

  /** Recomputes one lesson's hint; returns true when it changed. */
  private evaluate(uri: string): boolean {
    const before = this.hints.get(uri);
    const { problem: after, matches } = this.rankOrNone(uri);
    this.hints.set(uri, after, matches);
    this.rankedWhileLoading?.add(uri);
    return JSON.stringify(before) !== JSON.stringify(after);
  }
}
