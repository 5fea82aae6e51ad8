import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

/** `learnOnce/lessons`: every lesson in the index, for the client's tree. */
export const LessonsRequest = new RequestType<LessonsParams | null | undefined, LessonsResult, void>('learnOnce/lessons');

/** `learnOnce/indexChanged`: the index changed; the client asks again for what it shows. */
export const IndexChangedNotification = new NotificationType<IndexChangedParams>('learnOnce/indexChanged');

/** `learnOnce/lessons`: all lessons, or only the given uris (after an indexChanged that named them). */
export interface LessonsParams {
  uris?: string[];
  /**
   * Without uris: one page of the whole list, in uri order, starting after this uri (omit for
   * the first page). Pages keep each message small in a large workspace; a lesson added or
   * removed between pages is neither skipped nor repeated because pages follow uri order.
   */
  after?: string;
  /** Without uris: the most lessons in one page; without it, every lesson in one answer. */
  limit?: number;
}

/** One lesson as the tree shows it. Answers are cut to their first line. */
export interface LessonSummary {
  uri: string;
  id?: string;
  title?: string;
  /** The locality's name from learn-once.yaml when the lesson names a known one (or an alias), else as written. */
  locality?: string;
  stage?: string;
  topics: string[];
  date?: string;
  /** The workspace folder the file is in, when it is in one. */
  folderUri?: string;
  errors: number;
  warnings: number;
  /** A similar lesson exists elsewhere (the lesson carries a similar-lesson hint). */
  similarHint: boolean;
  firstLines: { good?: string; not_so_good?: string; improvements?: string; summary?: string };
  /** The themes (`*.theme.yaml`) that collate the lesson, by title; absent when none does. */
  themes?: LessonTheme[];
}

/** A theme as the tree groups lessons by it. */
export interface LessonTheme {
  uri: string;
  id?: string;
  title?: string;
}

export interface LessonsResult {
  lessons: LessonSummary[];
  /** True while the initial scan is still running: more lessons will come. */
  partial: boolean;
  /** Of the uris asked for, those no longer in the index. */
  removed: string[];
  /** For a page of the whole list: pass this as `after` for the next page; absent on the last page. */
  nextAfter?: string;
}

/** `learnOnce/indexChanged`: `uris` lists what changed; without it, anything may have. */
export interface IndexChangedParams {
  uris?: string[];
  partial: boolean;
}
