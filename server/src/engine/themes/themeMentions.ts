import { escapeMarkdown } from '../language/markdown';
import type { ThemeMention } from './themeModel';

/** "In themes: **Title** (TH-0001), …" for a lesson's hover and card; undefined when it is in none. */
export function inThemesMarkdown(themes: readonly ThemeMention[]): string | undefined {
  if (themes.length === 0) return undefined;
  const named = themes.map((theme) => {
    const title = theme.title?.trim();
    if (title) return `**${escapeMarkdown(title)}**${theme.id ? ` (${escapeMarkdown(theme.id)})` : ''}`;
    return `**${escapeMarkdown(theme.id ?? 'Untitled theme')}**`;
  });
  return `In ${themes.length === 1 ? 'theme' : 'themes'}: ${named.join(', ')}`;
}
