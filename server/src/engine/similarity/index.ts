// The similarity engine's public API: find lessons like a given one, across localities.
export type { LessonText, SimilarityMatch, SimilarityOptions, SimilarityQuery } from './lessonText';
export { SimilarityIndex, type ScoredCandidate } from './similarityIndex';
export type { SimilarityFeatures } from './similarityFeatures';
export type { SimilarityIndexSnapshot } from './indexSnapshot';
export { Thesaurus } from './thesaurus';
export { DEFAULT_THESAURUS } from './defaultThesaurus';
export { tokenize } from './tokenize';
export { DEFAULT_HINT_CONFIDENCE } from './hintModel';
