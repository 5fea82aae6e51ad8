import { type Position, type WorkspaceEdit, RequestType } from 'vscode-languageserver-protocol';

/** `learnOnce/newLessonLocalities`: the localities a new lesson can belong to in a workspace folder, each with its next free id. */
export const NewLessonLocalitiesRequest = new RequestType<NewLessonLocalitiesParams, NewLessonLocalitiesResult, void>('learnOnce/newLessonLocalities');

/** `learnOnce/newLesson`: where a new lesson goes and its template text. */
export const NewLessonRequest = new RequestType<NewLessonParams, NewLessonResult, void>('learnOnce/newLesson');

/** `learnOnce/advanceStage`: the edit that moves a lesson to its next lifecycle stage. */
export const AdvanceStageRequest = new RequestType<AdvanceStageParams, AdvanceStageResult, void>('learnOnce/advanceStage');

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
