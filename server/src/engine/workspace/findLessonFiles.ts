import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { ALWAYS_SKIPPED_FOLDERS } from './lessonFiles';
import { isLessonFileName } from '../../../../shared/lessonFiles';

export interface FindOptions {
  /** Glob patterns relative to the root (VS Code's files.exclude keys that are true). */
  exclude?: readonly string[];
  /** Stop after this many files. */
  limit?: number;
  /** Which file names are wanted (default: lesson files); the theme files are found by the same walk. */
  matches?: (name: string) => boolean;
}

/** Folder entries looked at between two turns of the event loop. */
const ENTRIES_PER_TURN = 2000;

/**
 * Every lesson file (or every file `matches` wants) under a folder. Symbolic links are
 * reported (so a broken one gets a problem) but never followed into folders, which keeps a
 * link loop from hanging the scan.
 */
export async function findLessonFiles(root: string, options: FindOptions = {}): Promise<string[]> {
  const excluded = options.exclude && options.exclude.length > 0 ? picomatch(options.exclude.map(String), { dot: true }) : undefined;
  const limit = options.limit ?? Infinity;
  const matches = options.matches ?? isLessonFileName;
  const found: string[] = [];
  // Each folder with its path from the root in '/' form (what the exclude patterns match), built
  // name by name as the walk goes down: working it out with path.relative for every entry cost
  // about a third of listing a large workspace.
  const pending: { folder: string; fromRoot: string }[] = [{ folder: root, fromRoot: '' }];
  while (pending.length > 0 && found.length < limit) {
    const { folder, fromRoot } = pending.pop()!;
    let entries;
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let sinceTurn = 0;
    for (const entry of entries) {
      // A folder can hold tens of thousands of lessons: let other work run now and then.
      if (++sinceTurn === ENTRIES_PER_TURN) {
        sinceTurn = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
      const full = path.join(folder, entry.name);
      const entryFromRoot = fromRoot === '' ? entry.name : `${fromRoot}/${entry.name}`;
      if (excluded && excluded(entryFromRoot)) continue;
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED_FOLDERS.has(entry.name)) continue;
        if (matches(entry.name)) found.push(full);
        pending.push({ folder: full, fromRoot: entryFromRoot });
      } else if (matches(entry.name) && (entry.isFile() || entry.isSymbolicLink())) {
        found.push(full);
      }
      if (found.length >= limit) break;
    }
  }
  return found.sort();
}
