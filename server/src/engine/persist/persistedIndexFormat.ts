import type { Artefact, LessonFacts, LessonReference } from '../lesson/lessonModel';
import type { Problem } from '../problem';
import { isObject } from '../../../../shared/isObject';

/** Bump when the shape of the file below changes; older files are then discarded. */
export const PERSISTED_INDEX_FORMAT = 4;

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
 * A lesson read back from the index. Its stamp, its problems and the facts a warm start
 * needs (the id and references the index links lessons by, the date the cache's validity
 * and the adoption rules depend on, the locality those rules compare, the artefacts checked
 * on disk) are read and checked at once; the rest of its facts stay as the bytes written
 * until they are asked for (readStoredFacts). Parsing every lesson's prose and ranges was
 * most of a warm start's time, and nothing before the problems are out needs them.
 */
export interface StoredLesson extends FileStamp {
  path: string;
  problems: Problem[];
  id?: string;
  date?: string;
  locality?: string;
  references: LessonReference[];
  artefacts: Artefact[];
  /** The rest of the facts as written: a JSON object. */
  rest: Buffer;
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

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
