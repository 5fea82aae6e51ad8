import { writeCheckedLines, type WriteOptions } from './checkedLinesFile';
import { packLesson } from './packedLesson';
import type { PersistedIndexHeader, PersistedLesson } from './persistedIndexFormat';

/**
 * Writes the index: the header, one line per lesson (see packLesson), and the trailer
 * with the count and a checksum, atomically (see checkedLinesFile).
 */
export async function writePersistedIndex(
  file: string,
  header: PersistedIndexHeader,
  lessons: Iterable<PersistedLesson>,
  options: WriteOptions = {},
): Promise<{ count: number; bytes: number }> {
  return writeCheckedLines(file, header, packedLines(lessons), options);
}

function* packedLines(lessons: Iterable<PersistedLesson>): Generator<string> {
  for (const lesson of lessons) yield packLesson(lesson);
}
