/** The parts of a lesson that say what it is about. */
export interface LessonText {
  title: string;
  good: string;
  not_so_good: string;
  improvements: string;
  topics: string[];
  summary: string;
}

export interface SimilarityMatch {
  /** The key the lesson was indexed under (its document uri). */
  key: string;
  /** In [0,1]; higher is more similar. */
  score: number;
  /**
   * In [0,1]: how likely the two are the same lesson told twice, read from how far the
   * score stands out from the query's own neighbours (see hintModel). Unlike the score,
   * it means the same in any workspace, so the hint is decided on it.
   */
  confidence: number;
}

export interface SimilarityOptions {
  /** Extra thesaurus groups on top of the defaults, e.g. [["ICB", "integrated care board"]]. */
  thesaurus?: string[][];
}

export interface SimilarityQuery {
  /** How many matches at most. */
  top: number;
  /** Keys never to return. */
  exclude?: ReadonlySet<string>;
  /** Matches scoring below this are left out. */
  minScore?: number;
  /** Matches less likely than this to be the same lesson are left out. */
  minConfidence?: number;
}

/** The fields of a lesson the index reads, in a fixed order used for per-field vectors. */
export const TEXT_FIELDS = ['title', 'good', 'not_so_good', 'improvements', 'topics', 'summary'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** A copy an index keeps: a caller may reuse or change the object it passed. */
export function copyLessonText(text: LessonText): LessonText {
  return {
    title: text.title,
    good: text.good,
    not_so_good: text.not_so_good,
    improvements: text.improvements,
    topics: Array.isArray(text.topics) ? [...text.topics] : [],
    summary: text.summary,
  };
}

/** The text of a lesson an index holds only as terms (a replica, which ranks from term sequences and never tokenises). */
export const EMPTY_LESSON_TEXT: Readonly<LessonText> = { title: '', good: '', not_so_good: '', improvements: '', topics: [], summary: '' };
