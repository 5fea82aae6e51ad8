import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { contentHash } from './contentHash';
import type { FileStamp } from './persistedIndexFormat';

export type FileCheck =
  /** Same bytes as when the stamp was taken; the stamp is brought up to date (a touched file keeps its analysis). */
  | { kind: 'unchanged'; stamp: FileStamp }
  /** Different size or different bytes: the bytes just read, to analyse without reading again. */
  | { kind: 'changed'; reason: 'size' | 'content'; bytes: Buffer; mtimeMs: number }
  /** Gone, not a plain file, or unreadable: whoever asked reads it the usual way for its problem. */
  | { kind: 'unreadable' };

/**
 * Compares a file on disk with the stamp of a cached analysis. The bytes are always
 * read and hashed: equal size and modification time are not taken on trust, since a
 * tool can rewrite a file and set its time back, or write twice within the clock's tick.
 */
export function checkFile(filePath: string, stamp: FileStamp): FileCheck {
  let fd: number | undefined;
  try {
    // Non-blocking, so a FIFO named like a lesson cannot hang the open.
    fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: 'unreadable' };
    const bytes = readFileSync(fd);
    if (bytes.length !== stamp.size) return { kind: 'changed', reason: 'size', bytes, mtimeMs: stat.mtimeMs };
    const hash = contentHash(bytes);
    if (hash !== stamp.hash) return { kind: 'changed', reason: 'content', bytes, mtimeMs: stat.mtimeMs };
    return { kind: 'unchanged', stamp: { size: bytes.length, mtimeMs: stat.mtimeMs, hash } };
  } catch {
    return { kind: 'unreadable' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
