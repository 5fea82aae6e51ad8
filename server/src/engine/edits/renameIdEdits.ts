import { idSites } from '../language/idSites';
import { LESSON_SCHEMA, schemaAt } from '../schema/schemas';
import type { ParsedYaml } from '../yaml/parseYamlFile';
import type { PlainTextEdit } from './plainTextEdit';

const ID_PATTERN = new RegExp(schemaAt(LESSON_SCHEMA, ['id'])?.pattern ?? '^[A-Z][A-Z0-9]{0,9}-[0-9]{1,6}$');

/** True when text is a well-formed lesson id (the schema's pattern). */
export function isLessonId(text: string): boolean {
  return ID_PATTERN.test(text);
}

/**
 * The edits that rename an id everywhere it is written in one lesson: its own `id`,
 * `adoption.lesson` and `related` items. Only the id's characters change, so quotes and
 * comments stay.
 */
export function renameIdEdits(parsed: ParsedYaml, oldId: string, newId: string): PlainTextEdit[] {
  return idSites(parsed)
    .filter((site) => site.id === oldId)
    .map((site) => ({ range: site.range, newText: newId }));
}
