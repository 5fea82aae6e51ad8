import type { IndexChangedParams, LessonsParams, LessonsResult, LessonSummary } from '../../../shared/protocol';
import { isObject } from '../../../shared/isObject';

/** Lessons per page when the whole list is asked for. */
export const LESSONS_PAGE_SIZE = 2000;

/** How the catalogue reaches the server: the `learnOnce/lessons` request. */
export type RequestLessons = (params: LessonsParams) => Promise<LessonsResult>;

export interface CatalogueChange {
  /** The uris that changed; undefined when the whole list was replaced. */
  uris?: string[];
}

type Listener<T> = (value: T) => void;

/**
 * The client's copy of the server's lesson index, for the tree and the status bar. It never
 * scans files itself: it asks `learnOnce/lessons` for everything once, then, on each
 * `learnOnce/indexChanged`, only for the uris named. One request runs at a time; changes that
 * arrive meanwhile are merged and asked for when it returns.
 */
export class LessonCatalogue {
  private readonly lessons = new Map<string, LessonSummary>();
  private indexing = true;
  private loaded = false;
  /** Uris to ask for next, or 'all' to replace the whole list. */
  private wanted: Set<string> | 'all' | undefined;
  private running: Promise<void> | undefined;
  private readonly changeListeners: Listener<CatalogueChange>[] = [];
  private readonly errorListeners: Listener<unknown>[] = [];
  private disposed = false;

  constructor(private readonly request: RequestLessons) {}

  /** True until the server says its first scan has finished (and before the first answer). */
  get partial(): boolean {
    return this.indexing;
  }

  /** True once one complete list has been received. */
  get isLoaded(): boolean {
    return this.loaded;
  }

  get size(): number {
    return this.lessons.size;
  }

  all(): LessonSummary[] {
    return [...this.lessons.values()];
  }

  get(uri: string): LessonSummary | undefined {
    return this.lessons.get(uri);
  }

  /** Every topic in use, with how many lessons have it, most used first. */
  topics(): { topic: string; count: number }[] {
    const counts = new Map<string, { topic: string; count: number }>();
    for (const lesson of this.lessons.values()) {
      for (const topic of new Set(lesson.topics.map((t) => t.trim()).filter((t) => t.length > 0))) {
        const key = topic.toLowerCase();
        const entry = counts.get(key) ?? { topic, count: 0 };
        entry.count++;
        counts.set(key, entry);
      }
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic));
  }

  onDidChange(listener: Listener<CatalogueChange>): { dispose(): void } {
    return subscribe(this.changeListeners, listener);
  }

  /** A request failed (e.g. the server is restarting); the last list stays. */
  onDidFail(listener: Listener<unknown>): { dispose(): void } {
    return subscribe(this.errorListeners, listener);
  }

  /** Asks for the whole list again (on start, restart and Refresh). Resolves when it has arrived. */
  reloadAll(): Promise<void> {
    this.wanted = 'all';
    return this.pump();
  }

  /** The server's `learnOnce/indexChanged`. Resolves when the catalogue has caught up. */
  indexChanged(params: IndexChangedParams | undefined): Promise<void> {
    const uris = Array.isArray(params?.uris) ? params.uris.filter((uri): uri is string => typeof uri === 'string') : undefined;
    if (!uris || !this.loaded) {
      this.wanted = 'all';
    } else if (this.wanted !== 'all') {
      this.wanted ??= new Set();
      for (const uri of uris) this.wanted.add(uri);
    }
    return this.pump();
  }

  /** Forgets everything (the server stopped): the tree empties until the next reload. */
  clear(): void {
    this.lessons.clear();
    this.loaded = false;
    this.indexing = true;
    this.wanted = undefined;
    this.emit({});
  }

  dispose(): void {
    this.disposed = true;
    this.changeListeners.length = 0;
    this.errorListeners.length = 0;
  }

  private pump(): Promise<void> {
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    while (this.wanted !== undefined && !this.disposed) {
      const wanted = this.wanted;
      this.wanted = undefined;
      let result: LessonsResult;
      try {
        result = wanted === 'all' ? await this.requestAllPages() : await this.request({ uris: [...wanted] });
      } catch (error) {
        for (const listener of this.errorListeners) listener(error);
        return;
      }
      if (this.disposed) return;
      this.apply(wanted, result);
    }
  }

  /**
   * The whole list, page by page in uri order, so no single message holds a national
   * catalogue. Changes announced meanwhile are asked for after the last page.
   */
  private async requestAllPages(): Promise<LessonsResult> {
    const lessons: LessonSummary[] = [];
    let after: string | undefined;
    let partial = false;
    for (;;) {
      const page = await this.request({ limit: LESSONS_PAGE_SIZE, ...(after !== undefined ? { after } : {}) });
      if (this.disposed) return { lessons, partial, removed: [] };
      if (Array.isArray(page?.lessons)) lessons.push(...page.lessons);
      partial = page?.partial === true;
      // A server that does not page answers everything at once, with no nextAfter.
      if (typeof page?.nextAfter !== 'string' || page.nextAfter === after) return { lessons, partial, removed: [] };
      after = page.nextAfter;
    }
  }

  private apply(wanted: Set<string> | 'all', result: LessonsResult): void {
    const lessons = Array.isArray(result?.lessons) ? result.lessons.filter(isLessonSummary) : [];
    this.indexing = result?.partial === true;
    if (wanted === 'all') {
      this.lessons.clear();
      for (const lesson of lessons) this.lessons.set(lesson.uri, lesson);
      this.loaded = true;
      this.emit({});
      return;
    }
    const changed = new Set<string>();
    for (const uri of Array.isArray(result?.removed) ? result.removed : []) if (this.lessons.delete(uri)) changed.add(uri);
    const returned = new Set<string>();
    for (const lesson of lessons) {
      this.lessons.set(lesson.uri, lesson);
      returned.add(lesson.uri);
      changed.add(lesson.uri);
    }
    // A uri asked for and neither returned nor reported removed is gone too.
    for (const uri of wanted) if (!returned.has(uri) && this.lessons.delete(uri)) changed.add(uri);
    this.emit({ uris: [...changed] });
  }

  private emit(change: CatalogueChange): void {
    for (const listener of [...this.changeListeners]) listener(change);
  }
}

function subscribe<T>(listeners: Listener<T>[], listener: Listener<T>): { dispose(): void } {
  listeners.push(listener);
  return {
    dispose: () => {
      const at = listeners.indexOf(listener);
      if (at >= 0) listeners.splice(at, 1);
    },
  };
}

/** Only well-formed summaries reach the tree: a bad entry from the server is dropped, not shown half-built. */
function isLessonSummary(value: unknown): value is LessonSummary {
  if (!isObject(value)) return false;
  const lesson = value as Partial<LessonSummary>;
  return typeof lesson.uri === 'string' && Array.isArray(lesson.topics) && isObject(lesson.firstLines);
}
