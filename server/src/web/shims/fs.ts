/**
 * `node:fs` in the web build: the part of it the server reads through, answered from the
 * mirror of the workspace's lesson, theme and config files (../host/fileMirror.ts). Writing
 * is not offered: the web server never writes files (the client does, with workspace.fs).
 * Synchronous opens fail, so readers take their asynchronous path.
 */
import { fileMirror } from '../host/fileMirror';
import { isThemeFileName, isLessonFileName } from '../../../../shared/lessonFiles';

interface MirrorStats {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

interface MirrorDirent {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

class FsError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const notFound = (path: string): FsError => new FsError('ENOENT', `ENOENT: no such file or directory, '${path}'`);
const notInBrowser = (what: string): FsError => new FsError('ENOSYS', `${what} is not available in the browser`);

function statOf(path: string): MirrorStats {
  const file = fileMirror.file(path);
  if (file)
    return {
      size: file.bytes.length,
      mtimeMs: file.mtimeMs,
      ctimeMs: file.mtimeMs,
      ino: -1,
      isFile: () => true,
      isDirectory: () => false,
      isSymbolicLink: () => false,
    };
  if (fileMirror.isFolder(path)) return { size: 0, mtimeMs: 0, ctimeMs: 0, ino: -1, isFile: () => false, isDirectory: () => true, isSymbolicLink: () => false };
  throw notFound(path);
}

function readFileBytes(path: string): Uint8Array {
  const file = fileMirror.file(path);
  if (!file) throw notFound(path);
  return file.bytes;
}

export const constants = { O_RDONLY: 0, O_NONBLOCK: 0 };

/**
 * Whether a path exists. Lesson, theme and config files are known exactly; any other path (a
 * document a lesson links to) is not mirrored, so it is taken to exist: the web build does
 * not check linked documents (docs/web.md).
 */
export function existsSync(path: string): boolean {
  if (fileMirror.file(path) || fileMirror.isFolder(path)) return true;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return !(isLessonFileName(name) || isThemeFileName(name) || name === 'learn-once.yaml');
}

/** For the import's check that a lesson's file name is free: what the mirror holds is taken. */
export function lstatSync(path: string, options?: { throwIfNoEntry?: boolean }): MirrorStats | undefined {
  try {
    return statOf(path);
  } catch (error) {
    if (options?.throwIfNoEntry === false) return undefined;
    throw error;
  }
}

export function statSync(path: string): MirrorStats {
  return statOf(path);
}

export function readFileSync(path: string, encoding?: string): Uint8Array | string {
  const bytes = readFileBytes(path);
  return encoding === undefined ? bytes : new TextDecoder().decode(bytes);
}

export function openSync(): number {
  throw notInBrowser('Opening a file synchronously');
}

export function fstatSync(): MirrorStats {
  throw notInBrowser('fstat');
}

export function readSync(): number {
  throw notInBrowser('readSync');
}

export function closeSync(): void {}

export function createReadStream(): never {
  throw notInBrowser('Reading a stream');
}

export const promises = {
  async stat(path: string): Promise<MirrorStats> {
    return statOf(path);
  },
  async readFile(path: string, encoding?: string): Promise<Uint8Array | string> {
    const bytes = readFileBytes(path);
    return encoding === undefined ? bytes : new TextDecoder().decode(bytes);
  },
  async readdir(path: string): Promise<MirrorDirent[]> {
    const entries = fileMirror.entries(path);
    if (!entries) throw notFound(path);
    return entries.map(({ name, isFolder }) => ({ name, isFile: () => !isFolder, isDirectory: () => isFolder, isSymbolicLink: () => false }));
  },
  async writeFile(): Promise<never> {
    throw notInBrowser('Writing a file from the server');
  },
  async rename(): Promise<never> {
    throw notInBrowser('Renaming a file from the server');
  },
  async mkdir(): Promise<never> {
    throw notInBrowser('Making a folder from the server');
  },
  async rm(): Promise<never> {
    throw notInBrowser('Deleting a file from the server');
  },
  async unlink(): Promise<never> {
    throw notInBrowser('Deleting a file from the server');
  },
  async open(): Promise<never> {
    throw notInBrowser('Opening a file handle');
  },
};
