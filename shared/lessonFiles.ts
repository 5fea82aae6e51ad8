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

export function isThemeFileName(name: string): boolean {
  return THEME_FILE_PATTERN.test(name);
}
