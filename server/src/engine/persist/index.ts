// The persisted index: lesson analyses saved between sessions, checked before any is reused.
export { contentHash } from './contentHash';
export { analysisStillHolds, configFingerprint, headerMismatch, type CurrentAnalysisContext } from './cacheValidity';
export { checkFile, stampOf, type FileCheck } from './checkFile';
export { PERSISTED_INDEX_FORMAT, type FileStamp, type PersistedIndexHeader, type PersistedLesson, type StoredLesson } from './persistedIndexFormat';
export { readStoredFacts } from './packedLesson';
export { readPersistedIndex, type PersistedIndexLoad } from './readPersistedIndex';
export { writePersistedIndex } from './writePersistedIndex';
