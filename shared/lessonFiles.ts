/*
 * Which files are lessons and themes: the server finds them by these, the client watches
 * and recognises them by the same.
 */

/** Lesson files are named `*.lesson.yaml` or `*.lesson.yml`. */
export const LESSON_FILE_PATTERN = /\.lesson\.ya?ml$/i;

/** The glob editors watch for lesson files. */
export const LESSON_FILE_GLOB = '**/*.lesson.{yaml,yml}';

export function isLessonFileName(name: string): boolean {
  return LESSON_FILE_PATTERN.test(name);
}

/** Theme files are named `*.theme.yaml` or `*.theme.yml`. */
export const THEME_FILE_PATTERN = /\.theme\.ya?ml$/i;

/** The glob editors watch for theme files. */
export const THEME_FILE_GLOB = '**/*.theme.{yaml,yml}';

/** The longest name end THEME_FILE_PATTERN matches (`.theme.yaml`). */
const THEME_SUFFIX_LENGTH = 11;

export function isThemeFileName(name: string): boolean {
  // The pattern is anchored at the end and matches at most its last 11 characters (no other
  // character folds to an ASCII letter): testing only those spares a search of the whole
  // path, for every file published.
  return THEME_FILE_PATTERN.test(name.slice(-THEME_SUFFIX_LENGTH));
}
