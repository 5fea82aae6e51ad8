import type { Problem } from '../problem';
import { acceptHeader, parseJson, readCheckedLines, writeCheckedLines, type Pacing, type WriteOptions } from './checkedLinesFile';
import { packProblem, unpackProblem } from './packedLesson';
import { isObject } from '../../../../shared/isObject';

/** Each hint line is parsed whole (about 15 µs for half a kilobyte): a turn of the event loop reads this much. */
const HINT_CHUNK_BYTES = 128 * 1024;

/** Bump when the shape of the file changes; older files are then discarded. */
export const SAVED_HINTS_FORMAT = 1;

/**
 * What a set of saved similar-lesson hints was ranked under. Hints depend on every lesson
 * at once, so they are reused only over the very lessons of the saved index they were
 * ranked with (its `writtenAt`), by the same build, under the same hint settings.
 */
export interface SavedHintsHeader {
  format: typeof SAVED_HINTS_FORMAT;
  engine: string;
  /** The `writtenAt` of the saved index whose lessons the hints were ranked over. */
  indexWrittenAt: number;
  /** The hint settings (threshold, how many, severity), as a key. */
  settings: string;
  /**
   * Lessons whose hints were ranked over other text than the saved index holds (edited or
   * opened in the editor, created or deleted since): their hints, and those around them,
   * are ranked again when these are restored.
   */
  notAsSaved: string[];
}

/** One lesson's similar-lesson hint. */
export interface SavedHint {
  uri: string;
  hint: Problem;
}

export type SavedHintsLoad = { kind: 'loaded'; header: SavedHintsHeader; hints: SavedHint[] } | { kind: 'missing' } | { kind: 'discarded'; reason: string };

/** Writes the hints atomically, with a count and checksum (see checkedLinesFile). */
export async function writeSavedHints(
  file: string,
  header: SavedHintsHeader,
  hints: Iterable<SavedHint>,
  options: WriteOptions = {},
): Promise<{ count: number; bytes: number }> {
  return writeCheckedLines(file, header, hintLines(hints), options);
}

function* hintLines(hints: Iterable<SavedHint>): Generator<string> {
  for (const { uri, hint } of hints) yield JSON.stringify({ uri, hint: packProblem(hint) });
}

/** Reads saved hints; a damaged file, a line of the wrong shape or a header `accept` refuses discards them all. */
export async function readSavedHints(file: string, accept: (header: SavedHintsHeader) => string | undefined, pacing?: Pacing): Promise<SavedHintsLoad> {
  const hints: SavedHint[] = [];
  const load = await readCheckedLines<SavedHintsHeader>(
    file,
    {
      header: acceptHeader(isSavedHintsHeader, accept),
      item(data, start, end) {
        const value = parseJson(data, start, end);
        if (value === undefined) return 'is not valid JSON';
        if (!isObject(value) || typeof value.uri !== 'string' || !unpackProblem(value.hint) || !isSimilarLessonHint(value.hint))
          return 'is not a similar-lesson hint';
        hints.push({ uri: value.uri, hint: value.hint });
        return undefined;
      },
    },
    HINT_CHUNK_BYTES,
    pacing,
  );
  return load.kind === 'loaded' ? { kind: 'loaded', header: load.header, hints } : load;
}

function isSavedHintsHeader(value: unknown): value is SavedHintsHeader {
  return (
    isObject(value) &&
    value.format === SAVED_HINTS_FORMAT &&
    typeof value.engine === 'string' &&
    typeof value.indexWrittenAt === 'number' &&
    typeof value.settings === 'string' &&
    Array.isArray(value.notAsSaved) &&
    value.notAsSaved.every((uri) => typeof uri === 'string')
  );
}

/** The hint's matches are what the server links lessons by and what its quick fixes offer: each is checked. */
function isSimilarLessonHint(problem: Problem): boolean {
  if (problem.code !== 'similar-lesson' || problem.data?.kind !== 'similarLessons' || !Array.isArray(problem.data.matches)) return false;
  return problem.data.matches.every(
    (match: unknown) =>
      isObject(match) &&
      typeof match.uri === 'string' &&
      typeof match.score === 'number' &&
      (match.id === undefined || typeof match.id === 'string') &&
      (match.title === undefined || typeof match.title === 'string'),
  );
}
