import * as path from 'node:path';
import { nextFreeId } from '../authoring/newLesson';
import { yamlScalarText } from '../edits/yamlScalar';
import { THEME_ID_PREFIX, THEMES_FOLDER, themeFileName } from './themeFiles';
import { isInsideFolder } from '../workspace/isInsideFolder';

/** What a new theme says until someone writes its title and summary. */
export const THEME_TITLE_PLACEHOLDER = 'What these lessons have in common';
export const THEME_SUMMARY_PLACEHOLDER = 'What these lessons together say, for readers elsewhere.';

/** The next theme id no theme uses: one past the highest number. */
export function nextFreeThemeId(existingIds: Iterable<string>): string {
  return nextFreeId(THEME_ID_PREFIX, existingIds);
}

/** Where newThemeText writes the title placeholder: the second line, after `title: `. */
export const NEW_THEME_TITLE_RANGE = { start: { line: 1, character: 7 }, end: { line: 1, character: 7 + THEME_TITLE_PLACEHOLDER.length } };

/**
 * The text of a new theme collating lessons: a valid theme at once, with a title and a
 * summary that say what to write there.
 */
export function newThemeText(input: { id: string; lessons: readonly string[] }): string {
  return [
    `id: ${input.id}`,
    `title: ${THEME_TITLE_PLACEHOLDER}`,
    `lessons: [${input.lessons.map((id) => yamlScalarText(id, { flow: true })).join(', ')}]`,
    'summary: |',
    `  ${THEME_SUMMARY_PLACEHOLDER}`,
    '',
  ].join('\n');
}

/**
 * Where a new theme of a workspace folder goes: beside the folder's existing themes (the
 * first, by path, if they are in several places), else in `themes/` under the folder.
 */
export function newThemePath(workspaceFolder: string, existingThemes: readonly string[], id: string): string {
  const inFolder = existingThemes.filter((file) => isInsideFolder(workspaceFolder, file)).sort();
  const [first] = inFolder;
  const folder = first !== undefined ? path.dirname(first) : path.join(workspaceFolder, THEMES_FOLDER);
  return path.join(folder, themeFileName(id));
}
