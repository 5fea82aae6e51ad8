import type { LessonEntry } from '../index/LessonIndex';
import { cursorContext } from '../language/cursorContext';
import { fieldHelpMarkdown } from '../language/fieldHelp';
import { referencedLessonMarkdown, type HoverAnswer } from '../language/hoverAt';
import { lineSpan } from '../text/positions';
import type { Position } from '../problem';
import { THEME_SCHEMA } from '../schema/schemas';
import type { ParsedYaml } from '../yaml/parseYamlFile';
import type { ThemeFacts, ThemeMention } from './themeModel';
import { themeLessonAt } from './themeSites';

export interface ThemeHoverInput {
  parsed: ParsedYaml;
  facts: ThemeFacts;
  position: Position;
  /** The lessons holding an id. */
  lessonsWithId(id: string): LessonEntry[];
  /** The themes that collate a lesson id. */
  themesOf(id: string): readonly ThemeMention[];
}

/** What to show over a position of a theme: a lesson id in `lessons` shows that lesson's card; a key what the field is for. */
export function hoverThemeAt(input: ThemeHoverInput): HoverAnswer | undefined {
  const reference = themeLessonAt(input.facts, input.position);
  if (reference)
    return { markdown: referencedLessonMarkdown(reference.id, input.lessonsWithId(reference.id), (id) => input.themesOf(id)), range: reference.range };
  const context = cursorContext(input.parsed, input.position, THEME_SCHEMA);
  if (context.kind !== 'key' || !context.keyOnly) return undefined;
  const span = lineSpan(input.parsed, context.range.start.line);
  const key = span?.text.slice(context.range.start.character, context.range.end.character) ?? '';
  const markdown = fieldHelpMarkdown([...context.mapPath, key], THEME_SCHEMA);
  return markdown ? { markdown, range: context.range } : undefined;
}
