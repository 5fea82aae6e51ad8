/** Theme files are named `*.theme.yaml` or `*.theme.yml`. */
export const THEME_FILE_PATTERN = /\.theme\.ya?ml$/i;

/** The glob editors watch for theme files. */
export const THEME_FILE_GLOB = '**/*.theme.{yaml,yml}';

/** Every theme id is this prefix, a dash and a number, e.g. TH-0001. */
export const THEME_ID_PREFIX = 'TH';

/** Where a workspace folder's first theme goes, relative to the folder. */
export const THEMES_FOLDER = 'themes';

export function isThemeFileName(name: string): boolean {
  return THEME_FILE_PATTERN.test(name);
}

/** File name of a theme: its id and the theme extension. */
export function themeFileName(id: string): string {
  return `${id}.theme.yaml`;
}
