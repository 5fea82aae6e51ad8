import { acceptHeader, parseJson, readCheckedLines, type Pacing } from './checkedLinesFile';
import { recordEnd, unpackLesson } from './packedLesson';
import { isPersistedIndexHeader, type PersistedIndexHeader, type StoredLesson } from './persistedIndexFormat';

export type PersistedIndexLoad =
  | { kind: 'loaded'; header: PersistedIndexHeader; lessons: StoredLesson[] }
  | { kind: 'missing' }
  /** The file exists but cannot be used: corrupt, truncated, or written for other settings. */
  | { kind: 'discarded'; reason: string };

/**
 * Reads an index written by writePersistedIndex. Nothing in it is trusted (see
 * checkedLinesFile): besides a damaged file, a line of the wrong shape or a header
 * `accept` refuses discards the whole file. Each lesson's record is parsed now and the
 * rest of its facts later, when asked for (see StoredLesson).
 */
export async function readPersistedIndex(
  file: string,
  accept: (header: PersistedIndexHeader) => string | undefined,
  pacing?: Pacing,
): Promise<PersistedIndexLoad> {
  const lessons: StoredLesson[] = [];
  const load = await readCheckedLines<PersistedIndexHeader>(
    file,
    {
      header: acceptHeader(isPersistedIndexHeader, accept),
      item(data, start, end) {
        const tab = recordEnd(data, start, end);
        if (tab < 0) return 'is not a lesson record';
        const record = parseJson(data, start, tab);
        if (record === undefined) return 'is not valid JSON';
        const lesson = unpackLesson(record, data.subarray(tab + 1, end));
        if (!lesson) return 'is not a lesson record';
        lessons.push(lesson);
        return undefined;
      },
    },
    undefined,
    pacing,
  );
  return load.kind === 'loaded' ? { kind: 'loaded', header: load.header, lessons } : load;
}
