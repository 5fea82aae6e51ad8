import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { ALWAYS_SKIPPED_FOLDERS } from '../../server/src/engine/workspace/lessonFiles';
import { isLessonFileName } from '../../shared/lessonFiles';

/** Every lesson file under a folder, sorted, skipping the folders the server's scan skips. */
export function listLessonFiles(root: string): string[] {
  const files: string[] = [];
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!ALWAYS_SKIPPED_FOLDERS.has(entry.name)) visit(full);
      } else if (entry.isFile() && isLessonFileName(entry.name)) {
        files.push(full);
      }
    }
  };
  visit(root);
  return files.sort();
}

/** The size in bytes of every lesson file under a folder. */
export function lessonFileSizes(root: string): number[] {
  return listLessonFiles(root).map((file) => statSync(file).size);
}
