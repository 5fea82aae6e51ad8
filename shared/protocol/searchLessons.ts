import { type Position, RequestType } from 'vscode-languageserver-protocol';

/** `learnOnce/searchLessons`: lessons that answer a problem described in free text, best first, with the passage that matched. */
export const SearchLessonsRequest = new RequestType<SearchLessonsParams, SearchLessonsResult, void>('learnOnce/searchLessons');

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
