import { closeSync, constants, fstatSync, openSync, promises as fs, readSync, type Stats } from 'node:fs';
import type { Problem } from '../problem';
import { binaryContentProblem } from '../text/binaryContent';

export type FileRead = { kind: 'text'; text: string; size: number; mtimeMs: number } | { kind: 'problem'; problem: Problem; size?: number; mtimeMs?: number };

const FILE_START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Reads a lesson file for the index: never throws. Files over the size limit, binary
 * or non-UTF-8 files, directories and unreadable paths become one clear problem.
 */
export async function readLessonFile(filePath: string, maxFileSize: number): Promise<FileRead> {
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch (error) {
    return { kind: 'problem', problem: unreadable(error) };
  }
  if (stat.isDirectory()) {
    return {
      kind: 'problem',
      problem: { code: 'file-unreadable', severity: 'error', message: 'This is a folder named like a lesson file; lessons are files.', range: FILE_START },
    };
  }
  if (!stat.isFile()) {
    // Reading a pipe would wait for a writer forever.
    return {
      kind: 'problem',
      problem: {
        code: 'file-unreadable',
        severity: 'error',
        message: 'This is a pipe, socket or device named like a lesson file; lessons are files.',
        range: FILE_START,
      },
    };
  }
  if (stat.size > maxFileSize) {
    return { kind: 'problem', size: stat.size, mtimeMs: stat.mtimeMs, problem: tooLarge(stat.size, maxFileSize) };
  }
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return { kind: 'problem', problem: unreadable(error) };
  }
  const decoded = decodeLessonBytes(bytes);
  if (typeof decoded !== 'string') return { kind: 'problem', size: stat.size, mtimeMs: stat.mtimeMs, problem: decoded };
  return { kind: 'text', text: decoded, size: stat.size, mtimeMs: stat.mtimeMs };
}

/** UTF-8 text with no NUL bytes, or the problem that says why not. A UTF-8 byte order mark is dropped. */
/** One decoder for every file: a fatal decoder keeps no state between whole (non-streamed) decodes. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function decodeLessonBytes(bytes: Uint8Array): string | Problem {
  // Bytes give no line to point at: a binary file is seldom valid UTF-8 to count lines in.
  const binary = binaryContentProblem(bytes, () => FILE_START);
  if (binary) return binary;
  try {
    const text = UTF8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return { code: 'not-text', severity: 'error', message: 'This file is not valid UTF-8 text; save it as UTF-8.', range: FILE_START };
  }
}

export function tooLarge(size: number, maxFileSize: number): Problem {
  return {
    code: 'file-too-large',
    severity: 'warning',
    message: `This file is ${formatBytes(size)}, over the ${formatBytes(maxFileSize)} limit (learnOnce.maxFileSize), so it was not checked.`,
    range: FILE_START,
  };
}

function unreadable(error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ENOENT'
        ? 'it no longer exists (or is a broken link)'
        : code === 'ELOOP'
          ? 'it is a link that loops'
          : error instanceof Error
            ? error.message
            : String(error);
  return { code: 'file-unreadable', severity: 'error', message: `This file could not be read: ${reason}.`, range: FILE_START };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * An open file's bytes, as many as its status said it holds (as readFileSync does, which
 * would take the status a second time to learn the size). Fewer if it shrank meanwhile.
 */
function readToEnd(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const read = readSync(fd, buffer, length, size - length, null);
    if (read === 0) break;
    length += read;
  }
  return length === size ? buffer : buffer.subarray(0, length);
}

/** A plain file read synchronously: its status, and its bytes unless it is over the size limit. */
export interface PlainFileRead {
  /** What the file's stamp and size limit need of its status (the reader thread sends no more). */
  stat: Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>;
  /** Undefined when the file is larger than the limit asked for; it was not read. */
  bytes?: Buffer;
  /** The bytes' contentHash, when whoever read them worked it out already. */
  hash?: string;
}

/**
 * The fast path for batch reading: a regular file read synchronously, which for thousands of
 * small files costs a fraction of the promise API. Opened non-blocking, so a FIFO named like a
 * lesson cannot hang. Undefined for anything that is not a readable regular file, which
 * readLessonFile then turns into its exact problem.
 */
export function readPlainFileSync(filePath: string, maxBytes = Infinity): PlainFileRead | undefined {
  let fd: number;
  try {
    fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    if (stat.size > maxBytes) return { stat };
    return { stat, bytes: readToEnd(fd, stat.size) };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
