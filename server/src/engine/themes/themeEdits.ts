import { appendListItemsEdits } from '../edits/listEdits';
import type { PlainTextEdit } from '../edits/plainTextEdit';
import { THEME_SCHEMA } from '../schema/schemas';
import type { ParsedYaml } from '../yaml/parseYamlFile';
import type { ThemeFacts } from './themeModel';

/**
 * Edits that add lesson ids to a theme's `lessons`, in the list's own style, leaving out
 * the ones it already names; none when it names them all.
 */
export function addLessonsToThemeEdits(parsed: ParsedYaml, lessonIds: readonly string[]): PlainTextEdit[] {
  return appendListItemsEdits(parsed, 'lessons', lessonIds, THEME_SCHEMA);
}

/**
 * The edits that rename a lesson id wherever a theme names it. Only the id's characters
 * change, so quotes and comments stay; an item written with escapes is left alone.
 */
export function renameLessonInThemeEdits(facts: ThemeFacts, oldId: string, newId: string): PlainTextEdit[] {
  return facts.lessons.flatMap((reference) => (reference.id === oldId && reference.idRange ? [{ range: reference.idRange, newText: newId }] : []));
}
