import type { LessonFacts } from '../lesson/lessonModel';
import type { Problem } from '../problem';

/** Bump when the shape of the file below changes; older files are then discarded. */
export const PERSISTED_INDEX_FORMAT = 1;

/** What a file on disk looked like when it was analysed. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  /** Change time: set by the system on every write (and on setting the modification time back). */
  ctimeMs: number;
  ino: number;
  /** contentHash of the bytes. */
  hash: string;
}

/** One lesson file's analysis, as it was for the bytes its stamp describes. */
export interface PersistedLesson extends FileStamp {
  /** Absolute file-system path. */
  path: string;
  facts: LessonFacts;
  /** The file's own problems (cross-file ones are recomputed by the index). */
  problems: Problem[];
}

/**
 * Everything a cached analysis depends on besides the file's bytes. A cache written
 * under a different engine, size limit or folder list is discarded whole; a folder whose
 * config changed, or a day change for lessons dated after the day the cache was written,
 * makes only the lessons concerned stale.
 */
export interface PersistedIndexHeader {
  format: typeof PERSISTED_INDEX_FORMAT;
  /** Identifies the code that analysed the lessons (version and build). */
  engine: string;
  maxFileSize: number;
  folders: string[];
  /** A fingerprint of each folder's config, by folder path. */
  configs: Record<string, string>;
  /** The day (YYYY-MM-DD) the lessons were analysed on: date rules depend on it. */
  today: string;
  /** When the cache was written (ms since the epoch). */
  writtenAt: number;
}

/** The last line: how many lessons came before and a checksum of every line before it. */
export interface PersistedIndexTrailer {
  end: true;
  count: number;
  checksum: string;
}

/** Structural check of one lesson record: anything else means the file is corrupt. */
export function isPersistedLesson(value: unknown): value is PersistedLesson {
  if (!isObject(value)) return false;
  const { path, size, mtimeMs, hash, facts, problems } = value;
  return (
    typeof path === 'string' &&
    path.length > 0 &&
    isCount(size) &&
    typeof mtimeMs === 'number' &&
    Number.isFinite(mtimeMs) &&
    typeof value.ctimeMs === 'number' &&
    Number.isFinite(value.ctimeMs) &&
    typeof value.ino === 'number' &&
    typeof hash === 'string' &&
    hash.length > 0 &&
    isFacts(facts) &&
    Array.isArray(problems) &&
    problems.every(isProblem)
  );
}

export function isPersistedIndexHeader(value: unknown): value is PersistedIndexHeader {
  if (!isObject(value)) return false;
  return (
    value.format === PERSISTED_INDEX_FORMAT &&
    typeof value.engine === 'string' &&
    isCount(value.maxFileSize) &&
    Array.isArray(value.folders) &&
    value.folders.every((folder) => typeof folder === 'string') &&
    isObject(value.configs) &&
    Object.values(value.configs).every((fingerprint) => typeof fingerprint === 'string') &&
    typeof value.today === 'string' &&
    typeof value.writtenAt === 'number'
  );
}

export function isPersistedIndexTrailer(value: unknown): value is PersistedIndexTrailer {
  return isObject(value) && value.end === true && isCount(value.count) && typeof value.checksum === 'string';
}

function isFacts(value: unknown): value is LessonFacts {
  if (!isObject(value)) return false;
  const optionalStrings = ['id', 'title', 'locality', 'stage', 'date', 'contact', 'adoptionAction'];
  const optionalRanges = ['idRange', 'titleRange', 'localityRange', 'stageRange', 'dateRange'];
  return (
    Array.isArray(value.topics) &&
    value.topics.every((topic) => typeof topic === 'string') &&
    ['good', 'not_so_good', 'improvements', 'summary'].every((field) => typeof value[field] === 'string') &&
    optionalStrings.every((field) => value[field] === undefined || typeof value[field] === 'string') &&
    optionalRanges.every((field) => value[field] === undefined || isRange(value[field])) &&
    isRange(value.headRange) &&
    Array.isArray(value.references) &&
    value.references.every((reference) => isObject(reference) && typeof reference.id === 'string' && isRange(reference.range) && (reference.kind === 'adoption' || reference.kind === 'related'))
  );
}

function isProblem(value: unknown): boolean {
  return isObject(value) && typeof value.code === 'string' && typeof value.severity === 'string' && typeof value.message === 'string' && isRange(value.range);
}

function isRange(value: unknown): boolean {
  return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

function isPosition(value: unknown): boolean {
  return isObject(value) && isCount(value.line) && isCount(value.character);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
