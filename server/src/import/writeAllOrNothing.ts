import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface FileToWrite {
  /** Absolute path. */
  path: string;
  text: string;
}

/** Why a file could not be written, naming it; nothing of the batch is left behind. */
export class WriteFailure extends Error {
  override readonly name = 'WriteFailure';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * Writes every file or none. Each text goes first to a temporary name beside its file
 * (ending .tmp, so no watcher takes it for a lesson); only when all are written is each
 * put in place, with a hard link (or an exclusive copy where links are not supported),
 * which fails rather than overwrite a file that appeared meanwhile. On any failure the
 * files already placed, the temporary files and the folders made for them are removed.
 */
export async function writeAllOrNothing(files: readonly FileToWrite[]): Promise<void> {
  const temporary: string[] = [];
  /** Each file's temporary file, once written. */
  const staged: { temp: string; file: string }[] = [];
  const placed: string[] = [];
  const madeFolders: { top: string; deepest: string }[] = [];
  let current = '';
  try {
    for (const file of files) {
      current = file.path;
      const folder = path.dirname(file.path);
      const made = await fs.mkdir(folder, { recursive: true });
      if (made !== undefined) madeFolders.push({ top: made, deepest: folder });
      const temp = path.join(folder, `.${path.basename(file.path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
      // Listed before writing: a write that fails half way still leaves a file to remove.
      temporary.push(temp);
      await fs.writeFile(temp, file.text, { encoding: 'utf8', flag: 'wx' });
      staged.push({ temp, file: file.path });
    }
    for (const { temp, file } of staged) {
      current = file;
      await placeWithoutOverwriting(temp, file);
      placed.push(file);
    }
  } catch (error) {
    await Promise.all(placed.map((file) => fs.unlink(file).catch(() => undefined)));
    await removeTemporary(temporary);
    for (const folders of madeFolders.reverse()) await removeEmptyFolders(folders.deepest, folders.top);
    const code = (error as NodeJS.ErrnoException).code;
    throw new WriteFailure(current, code === 'EEXIST' ? 'a file of that name already exists' : error instanceof Error ? error.message : String(error));
  }
  await removeTemporary(temporary);
}

async function placeWithoutOverwriting(temp: string, file: string): Promise<void> {
  try {
    await fs.link(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    // File systems without hard links (FAT, some network shares): copy, still never overwriting.
    await fs.copyFile(temp, file, constants.COPYFILE_EXCL);
  }
}

function removeTemporary(files: readonly string[]): Promise<unknown> {
  return Promise.all(files.map((file) => fs.unlink(file).catch(() => undefined)));
}

/** Removes `deepest` and its parents up to `top`, each only if empty (another file may be there by now). */
async function removeEmptyFolders(deepest: string, top: string): Promise<void> {
  for (let folder = deepest; ; folder = path.dirname(folder)) {
    const removed = await fs.rmdir(folder).then(
      () => true,
      () => false,
    );
    if (!removed || folder === top || path.dirname(folder) === folder) return;
  }
}
