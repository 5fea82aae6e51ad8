import * as path from 'node:path';

/** A lesson file's path before and after its id is renamed. */
export interface LessonFileMove {
  from: string;
  to: string;
}

/** The lesson file endings a file named after its id has, as New Lesson and people write them. */
const LESSON_EXTENSIONS = ['.lesson.yaml', '.lesson.yml'];

/**
 * Where a lesson's file goes when its id is renamed, so a file named after its id keeps
 * being: only a file named exactly `<old id>.lesson.yaml` (or `.yml`, kept as it is) moves,
 * within its folder, and never onto a file that exists. Undefined when it stays.
 */
export function lessonFileMove(filePath: string, oldId: string, newId: string, exists: (filePath: string) => boolean): LessonFileMove | undefined {
  if (oldId === newId) return undefined;
  const name = path.basename(filePath);
  const extension = LESSON_EXTENSIONS.find((ending) => name === `${oldId}${ending}`);
  if (!extension) return undefined;
  const to = path.join(path.dirname(filePath), `${newId}${extension}`);
  return exists(to) ? undefined : { from: filePath, to };
}
