import * as path from 'node:path';

/** A path as people read it in output: relative to the current folder, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return (relative === '' ? file : relative).split(path.sep).join('/');
}
