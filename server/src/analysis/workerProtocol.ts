import type { MessagePort } from 'node:worker_threads';
import type { WorkspaceConfig } from '../engine/config/workspaceConfig';
import type { AnalysedFile } from './analyseLessonFile';

/** Given to each index worker before its first batch (it may be started before they are known). */
export interface IndexWorkerInit {
  /** Each workspace folder's config, by folder path. */
  configs: Record<string, WorkspaceConfig>;
  today: string;
  maxFileSize: number;
}

/** A batch of files of one folder to read and analyse. */
export interface AnalyseBatch {
  kind?: 'analyse';
  id: number;
  /** The workspace folder the files belong to ('' for none: the built-in config applies). */
  folder: string;
  paths: string[];
}

export type AnalyseBatchReply = { id: number; results: AnalysedFile[] } | { id: number; error: string };

/** The first message an index worker gets: the settings its batches are analysed with. */
export interface ConfigureWorker {
  kind: 'configure';
  init: IndexWorkerInit;
}

/** Given to the reader thread as its workerData. */
export interface ReaderThreadData {
  /** Where the thread posts what it has read: the main thread takes the replies from the other end without waiting for an event. */
  replies: MessagePort;
  /** One Int32: the last request the main thread has come to; the thread skips requests up to it. */
  passed: SharedArrayBuffer;
  maxFileSize: number;
}

/** Files for the reader thread to read, in the order the main thread will analyse them. */
export interface ReadFilesRequest {
  seq: number;
  paths: string[];
}

/**
 * The files of one request: their bytes one after another in `bytes`, and READ_FIELDS numbers
 * per file in `files` (see READ_FIELDS), so the reply is two transferred buffers, not an object per file.
 */
export interface ReadFilesReply {
  seq: number;
  bytes: ArrayBuffer;
  files: Float64Array;
  /** Each file's contentHash ('' for a file not read): hashing is the one thing done to the bytes here. */
  hashes: string[];
}

/** Per file in ReadFilesReply.files: outcome, end of its bytes, size, mtimeMs, ctimeMs, ino. */
export const READ_FIELDS = 6;

/** What the reader thread did with a file: not a plain readable file (read it the careful way), read, or too large to read. */
export const READ_OUTCOME = { unread: 0, read: 1, tooLarge: 2 } as const;
