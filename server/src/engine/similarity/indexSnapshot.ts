import type { LessonText } from './lessonText';

/**
 * Bump when tokenising changes (stop words, stemming, phrase rules), so term lists
 * saved by an older build are tokenised again instead of trusted.
 */
export const TOKENIZER_VERSION = 1;

/** A saved similarity index: what it takes to restore it without tokenising again. */
export interface SimilarityIndexSnapshot {
  format: 1;
  tokenizerVersion: number;
  /** Identifies the thesaurus the terms were made with. */
  vocabulary: string;
  /** The extra thesaurus groups the index was built with. */
  thesaurus: string[][];
  /** Every term used below, numbered by position. */
  terms: string[];
  lessons: SnapshotLesson[];
}

export interface SnapshotLesson {
  key: string;
  /** Kept so the lesson can be tokenised again when the thesaurus changes. */
  text: LessonText;
  /** The lesson's terms as numbers into `terms` (see encodeTerms). */
  terms: number[];
}

export function isSnapshot(value: unknown): value is SimilarityIndexSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SimilarityIndexSnapshot>;
  return (
    v.format === 1 &&
    typeof v.tokenizerVersion === 'number' &&
    typeof v.vocabulary === 'string' &&
    Array.isArray(v.thesaurus) &&
    Array.isArray(v.terms) &&
    Array.isArray(v.lessons)
  );
}
