import type { Range } from '../problem';

/** One lesson a theme names in `lessons`, with where it is written. */
export interface ThemeLessonRef {
  id: string;
  /** The whole value, quotes included: where its problems are shown, as for a lesson's references. */
  range: Range;
  /** The id's own characters inside any quotes, when they are exactly the id, so a rename keeps the quoting. */
  idRange?: Range;
}

/**
 * What the workspace keeps of one theme file: the fields the features need, with the
 * ranges of the values that can be pointed at. Values are only set when they have the right type.
 */
export interface ThemeFacts {
  id?: string;
  idRange?: Range;
  title?: string;
  titleRange?: Range;
  summary: string;
  topics: string[];
  lessons: ThemeLessonRef[];
  /** Range of the first key of the root mapping, where file-level problems are shown. */
  headRange: Range;
}

/** A theme as a lesson's hover and the Lessons view name it. */
export interface ThemeMention {
  uri: string;
  id?: string;
  title?: string;
}
