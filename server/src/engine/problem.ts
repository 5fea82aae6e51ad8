/** Zero-based line and UTF-16 character, the same units LSP and VS Code use. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Stable problem codes: tests, quick fixes and users' suppressions depend on them. */
export type ProblemCode =
  | 'yaml-syntax'
  | 'yaml-warning'
  | 'duplicate-key'
  | 'multiple-documents'
  | 'root-not-mapping'
  | 'alias-limit'
  | 'too-deeply-nested'
  | 'file-too-large'
  | 'file-unreadable'
  | 'not-text'
  | 'missing-field'
  | 'unknown-field'
  | 'invalid-value'
  | 'wrong-type'
  | 'invalid-format'
  | 'empty-value'
  | 'duplicate-item'
  | 'id-prefix-mismatch'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'self-reference'
  | 'adoption-not-older'
  | 'own-locality-adoption'
  | 'missing-artefact'
  | 'unknown-locality'
  | 'unknown-topic'
  | 'summary-required'
  | 'review-required'
  | 'invalid-date'
  | 'future-date'
  | 'placeholder-answer'
  | 'nhs-number'
  | 'personal-data'
  | 'contact-policy'
  | 'similar-lesson'
  | 'index-limit'
  | 'config-error';

/** A place in another file that explains a problem (e.g. the other holder of a duplicate id). */
export interface RelatedLocation {
  uri: string;
  range: Range;
  message: string;
}

/**
 * What a quick fix needs, computed when the problem is found so the fix never
 * has to re-parse or guess. Ranges are in the document the problem belongs to.
 */
export type FixData =
  | { kind: 'replace'; range: Range; newText: string; title: string }
  | { kind: 'insertField'; field: string; placeholder: string; title: string }
  | { kind: 'similarLessons'; matches: SimilarMatchData[] }
  | { kind: 'none' };

/** One lesson a similar-lesson hint names, with what its quick fixes need. */
export interface SimilarMatchData {
  uri: string;
  id?: string;
  title?: string;
  score: number;
  /**
   * The other lesson is older (by date) and from another locality, so this one may
   * replicate, customise or enhance it. Otherwise adopting it would record reuse that
   * cannot have happened: only "related" and "open" are offered.
   */
  adoptable: boolean;
}

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  message: string;
  range: Range;
  related?: RelatedLocation[];
  data?: FixData;
}

export const ZERO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
