import type { Diagnostic, Position, WorkspaceEdit } from 'vscode-languageserver-protocol';

/**
 * Custom messages between the Learn Once client and server. Both sides import this
 * file, so a name or a shape cannot drift apart.
 */
export const LearnOnceRequests = {
  /** Similar lessons for a file (by uri) or for raw text of a lesson not saved yet. */
  similarLessons: 'learnOnce/similarLessons',
  /** Every lesson in the index, for the client's tree. */
  lessons: 'learnOnce/lessons',
  /** The localities a new lesson can belong to in a workspace folder, each with its next free id. */
  newLessonLocalities: 'learnOnce/newLessonLocalities',
  /** Where a new lesson goes and its template text. */
  newLesson: 'learnOnce/newLesson',
  /** The edit that moves a lesson to its next lifecycle stage. */
  advanceStage: 'learnOnce/advanceStage',
  /** Lessons that answer a problem described in free text, best first, with the passage that matched. */
  searchLessons: 'learnOnce/searchLessons',
  /** Lessons from a spreadsheet (.csv or .xlsx): placed, checked and written all together, or none. */
  importLessons: 'learnOnce/importLessons',
} as const;

export const LearnOnceNotifications = {
  /** The index changed; the client re-requests what it shows. */
  indexChanged: 'learnOnce/indexChanged',
} as const;

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

export interface NewLessonLocalitiesParams {
  folderUri: string;
}

export interface NewLessonLocality {
  name: string;
  prefix: string;
  /** Folder (relative to the workspace folder) new lessons of the locality go in. */
  folder: string;
  nextId: string;
}

export interface NewLessonLocalitiesResult {
  localities: NewLessonLocality[];
}

export interface NewLessonParams {
  folderUri: string;
  /** A locality name (or alias) from NewLessonLocalitiesResult. */
  locality: string;
  title: string;
}

export interface NewLessonResult {
  uri: string;
  id: string;
  /** The template with snippet tab stops; `text` is the same without them. */
  snippet: string;
  text: string;
}

export interface AdvanceStageParams {
  uri: string;
  /**
   * The curator who reviewed the lesson, for a move that needs a review (the server said
   * so with `reviewNeeded`); one of the curators in learn-once.yaml, in any case.
   * Ignored when the move needs no review.
   */
  reviewedBy?: string;
  /** The review's date (YYYY-MM-DD), with reviewedBy; the server's today when left out. */
  reviewedOn?: string;
}

export type AdvanceStageResult =
  | {
      advanced: true;
      from: string;
      to: string;
      /** A WorkspaceEdit with the document version it was computed for (documentChanges). */
      edit: WorkspaceEdit;
      inserted: string[];
      cursor?: Position;
      note?: string;
      /** The review written with the move (reviewed_by as learn-once.yaml names the curator). */
      review?: { reviewedBy: string; reviewedOn: string };
    }
  | {
      advanced: false;
      reason: string;
      /**
       * Set when the move is to `curated` or past it in a workspace with curators and the
       * lesson has no valid review: ask which of these curators reviewed it and send the
       * request again with reviewedBy (and reviewedOn).
       */
      reviewNeeded?: { to: string; curators: string[] };
    };

/** `learnOnce/similarLessons`: by uri (a lesson in the index or open), or by raw text of an unsaved lesson. */
export interface SimilarLessonsParams {
  uri?: string;
  text?: string;
  /** How many matches at most (default: the learnOnce.similarLessons.maxResults setting). */
  top?: number;
  /** Lowest score to return (default 0: ranked matches whatever their score). */
  minScore?: number;
}

export interface SimilarLessonMatch {
  id?: string;
  title?: string;
  locality?: string;
  stage?: string;
  uri: string;
  /** The other lesson's title. */
  range: { start: Position; end: Position };
  /** In [0,1]. */
  score: number;
  /** In [0,1]: how likely it is the same lesson, calibrated to the workspace. */
  confidence: number;
  /** True when the editor hints this match (the hint's rule: calibrated, or a fixed threshold if one is set). */
  aboveThreshold: boolean;
}

export interface SimilarLessonsResult {
  matches: SimilarLessonMatch[];
  /** The fixed score threshold when one is set (setting or learn-once.yaml); absent when hints are calibrated. */
  threshold?: number;
  /** True while the initial scan is still running: matches may be missing. */
  partial: boolean;
}

/**
 * `learnOnce/searchLessons`: lessons that answer a problem described in a person's own
 * words (3–15 words, not a lesson), ranked with the similarity engine's analysis.
 */
export interface SearchLessonsParams {
  query: string;
  /** How many results at most (default 20, at most 200). */
  top?: number;
  /** Only lessons of these localities (names or aliases from learn-once.yaml, or as written; any case). */
  localities?: string[];
  /** Only lessons at these stages. */
  stages?: string[];
  /** Only lessons with this topic (any case). */
  topics?: string[];
  /** Only lessons dated on or after / on or before (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Leave this lesson out (the one being edited, for the related-lessons panel). */
  excludeUri?: string;
}

/** The words of a lesson that matched, a few either side: `marks` are [start, end) offsets in `text`. */
export interface MatchedPassage {
  text: string;
  marks: [number, number][];
  /** The field the passage is from: title, good, not_so_good, improvements, summary or topics. */
  field: string;
}

export interface SearchLessonHit {
  uri: string;
  id?: string;
  title?: string;
  locality?: string;
  stage?: string;
  date?: string;
  /** In (0,1]: the best result of the query scores 1; others relative to it. */
  score: number;
  passage?: MatchedPassage;
  /** Where the passage is in the file (its first matched word), to open the lesson there. */
  range: { start: Position; end: Position };
}

export interface SearchLessonsResult {
  hits: SearchLessonHit[];
  /**
   * Why there are no results, or what was done to the query, in a sentence for a person
   * ("Type a few words that describe the problem."), when there is something to say.
   */
  notice?: string;
  /** True while the initial scan is still running: more lessons may match. */
  partial: boolean;
}

/**
 * `learnOnce/importLessons`: one lesson from each row of a spreadsheet. Each gets its
 * locality's next free id and goes in the locality's folder; if any row is refused or a
 * write fails, nothing is written. The Node server writes the files; in the browser
 * (`writeBy: 'client'`) the server only plans and the client writes `lessons`' texts with
 * `workspace.fs`. Watched-file events then bring them into the index as any new file.
 */
export interface ImportLessonsParams {
  /** The .csv or .xlsx file, as an absolute file-system path; not needed with `content`. */
  path?: string;
  /** The file's bytes, read by the client (the web server cannot read a path): used instead of `path`. */
  content?: ImportedSpreadsheet;
  /**
   * `'client'`: the server plans and checks the import but writes nothing (`written` is empty);
   * the client writes every lesson's text, all or none. The web server only answers so.
   */
  writeBy?: 'server' | 'client';
  /** The workspace folder to import into; may be left out when only one is open. */
  folderUri?: string;
  /** Plan and check only: nothing is written, `written` is empty. */
  dryRun?: boolean;
  /** A YAML or JSON file mapping header text to lesson fields, as an absolute path. */
  mappingPath?: string;
}

export interface ImportedSpreadsheet {
  /** The file's name: its extension says CSV or Excel, and messages name it. */
  name: string;
  base64: string;
}

export interface ImportedLesson {
  uri: string;
  id: string;
  /** The row as the spreadsheet numbers it (the header is row 1). */
  row: number;
  /** The file's text, as written (or as it would be in a dry run). */
  text: string;
}

export interface ImportLessonsResult {
  /** Uris of the files written: every lesson's, or none. */
  written: string[];
  /** Every lesson read from the spreadsheet, in row order, written or not. */
  lessons: ImportedLesson[];
  /** Rows that could not be placed, with why; any of them means nothing was written. */
  refused: { row: number; reason: string }[];
  /** Each lesson's problems as `learn-once check` finds them, identifiable-data codes first. */
  problems: { uri: string; diagnostics: Diagnostic[] }[];
  /** Headers of the columns no lesson field is read from. */
  ignoredColumns: string[];
  dryRun: boolean;
  /** Why writing failed; nothing was left written. */
  writeError?: string;
}

/**
 * Requests from the server to the client, sent only by the server's web build (a browser's web
 * worker has no file system): the client lists and reads workspace files with
 * `vscode.workspace.findFiles` and `vscode.workspace.fs`, which work on any file system
 * VS Code has (github.dev's, vscode.dev's, a remote's). After the first scan the server follows
 * changes through the client's file watcher (`workspace/didChangeWatchedFiles`) and reads the
 * changed files again with `readFiles`.
 */
export const LearnOnceHostRequests = {
  /** The lesson, theme and config files of workspace folders, with files.exclude applied. */
  findFiles: 'learnOnce/host/findFiles',
  /** The bytes of files. */
  readFiles: 'learnOnce/host/readFiles',
} as const;

/** `learnOnce/host/findFiles`: the folders to list, as the server's uris of them. */
export interface HostFindFilesParams {
  folderUris: string[];
}

export interface HostFindFilesResult {
  uris: string[];
}

/** `learnOnce/host/readFiles`: at most a few hundred uris at a time, so no one message is large. */
export interface HostReadFilesParams {
  uris: string[];
}

/** One file read: its bytes in base64 (lessons are checked for binary and invalid UTF-8 on the server), or why it could not be read. */
export interface HostFile {
  uri: string;
  base64?: string;
  mtimeMs?: number;
  error?: string;
}

export interface HostReadFilesResult {
  files: HostFile[];
}
