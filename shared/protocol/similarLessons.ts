import { type Position, RequestType } from 'vscode-languageserver-protocol';

/** `learnOnce/similarLessons`: similar lessons for a file (by uri) or for the text of a lesson not saved yet. */
export const SimilarLessonsRequest = new RequestType<SimilarLessonsParams, SimilarLessonsResult, void>('learnOnce/similarLessons');

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
