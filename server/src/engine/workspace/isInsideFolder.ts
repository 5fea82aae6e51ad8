import * as path from 'node:path';

/**
 * Whether a path lies inside a folder (the folder itself does not). Paths found under a folder
 * nearly always start with its path: that test is far cheaper than working out a relative path,
 * which every lesson of a large workspace asks for (listing, publishing, checking). Only a
 * `..` after the folder's part could lead back out, so such a path is worked out in full.
 */
export function isInsideFolder(folder: string, file: string): boolean {
  if (
    file.length > folder.length + 1 &&
    file.startsWith(folder) &&
    (folder.endsWith(path.sep) || file[folder.length] === path.sep) &&
    !file.includes('..', folder.length)
  )
    return true;
  const relative = path.relative(folder, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
