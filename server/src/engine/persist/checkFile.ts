import { statSync, type Stats } from 'node:fs';
import { readPlainFileSync } from '../workspace/readLessonFile';
import { contentHash } from './contentHash';
import type { FileStamp } from './persistedIndexFormat';

export type FileCheck =
  /** Same bytes as when the stamp was taken; the stamp is brought up to date (a touched file keeps its analysis). */
  | { kind: 'unchanged'; stamp: FileStamp; read: boolean }
  /** Different size or different bytes: the bytes just read, to analyse without reading again. */
  | { kind: 'changed'; reason: 'size' | 'content'; bytes: Buffer; stat: FileStampStat }
  /** Gone, not a plain file, or unreadable: whoever asked reads it the usual way for its problem. */
  | { kind: 'unreadable' };

/** The parts of a file's status a stamp keeps. */
export type FileStampStat = Pick<Stats, 'mtimeMs' | 'ctimeMs' | 'ino'>;

/**
 * Two system clocks can differ by a tick and a file can be written twice within one;
 * a stamp taken this close to when the index was written is confirmed by its bytes.
 */
export const RACY_MARGIN_MS = 2000;

export interface CheckOptions {
  /**
   * When the index holding the stamp was written. A file whose size, modification time,
   * change time and inode all still match a stamp taken well before then has not been
   * written since (the system sets the change time on every write, and a tool that puts
   * the modification time back changes it too), so its bytes are not read again.
   * Without it, or for a stamp close to it, the bytes are always read and hashed.
   */
  indexWrittenAt?: number;
}

/** Compares a file on disk with the stamp of a cached analysis. */
export function checkFile(filePath: string, stamp: FileStamp, options: CheckOptions = {}): FileCheck {
  if (options.indexWrittenAt !== undefined) {
    let stat: Stats | undefined;
    try {
      stat = statSync(filePath, { throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    if (!stat || !stat.isFile()) return { kind: 'unreadable' };
    const settled = stamp.ctimeMs < options.indexWrittenAt - RACY_MARGIN_MS && stamp.mtimeMs < options.indexWrittenAt - RACY_MARGIN_MS;
    if (settled && stat.size === stamp.size && stat.mtimeMs === stamp.mtimeMs && stat.ctimeMs === stamp.ctimeMs && stat.ino === stamp.ino) {
      return { kind: 'unchanged', stamp, read: false };
    }
  }
  return compareBytes(filePath, stamp);
}

/** Reads the file and compares its bytes with the stamp's hash. */
function compareBytes(filePath: string, stamp: FileStamp): FileCheck {
  const read = readPlainFileSync(filePath);
  if (!read?.bytes) return { kind: 'unreadable' };
  const { bytes, stat } = read;
  if (bytes.length !== stamp.size) return { kind: 'changed', reason: 'size', bytes, stat };
  const hash = contentHash(bytes);
  if (hash !== stamp.hash) return { kind: 'changed', reason: 'content', bytes, stat };
  return { kind: 'unchanged', stamp: stampOf(bytes.length, stat, hash), read: true };
}

export function stampOf(size: number, stat: FileStampStat, hash: string): FileStamp {
  return { size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, hash };
}
