/** Every theme id is this prefix, a dash and a number, e.g. TH-0001. */
export const THEME_ID_PREFIX = 'TH';

/** Where a workspace folder's first theme goes, relative to the folder. */
export const THEMES_FOLDER = 'themes';

/** File name of a theme: its id and the theme extension. */
export function themeFileName(id: string): string {
  return `${id}.theme.yaml`;
}
