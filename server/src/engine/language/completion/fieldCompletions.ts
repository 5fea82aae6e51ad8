import { nextFreeId } from '../../authoring/newLesson';
import { findLocality } from '../../config/workspaceConfig';
import { PROSE_FIELDS } from '../../edits/fieldValue';
import { indentUnitOf, lineBreakOf } from '../../edits/yamlLayout';
import type { LessonFacts } from '../../lesson/lessonModel';
import { LESSON_SCHEMA, schemaAt, takesMapping } from '../../schema/schemas';
import type { KeyContext } from '../cursorContext';
import { fieldHelpMarkdown } from '../fieldHelp';
import { Snippet } from '../snippet';
import { sortKey, type CompletionCandidate, type CompletionInput } from './completionTypes';

/**
 * The fields a mapping can still take, in the schema's order, each inserted with its
 * value laid out: a choice of values for a stage or action, the question as placeholder
 * text for the three answers, `[ ]` for a list, the nested fields of `adoption`.
 */
export function fieldCandidates(context: KeyContext, input: CompletionInput, own: LessonFacts): CompletionCandidate[] {
  const mapping = schemaAt(LESSON_SCHEMA, context.mapPath);
  const properties = Object.keys(mapping?.properties ?? {});
  const existing = new Set(context.existingKeys);
  const candidates: CompletionCandidate[] = [];
  properties.forEach((key, index) => {
    if (existing.has(key)) return;
    const path = [...context.mapPath, key];
    const required = mapping?.required?.includes(key) ?? false;
    const { snippet, retrigger } = context.keyOnly
      ? { snippet: new Snippet().text(key), retrigger: false }
      : fieldSnippet(path, key, context.indent, input, own);
    candidates.push({
      label: key,
      kind: 'field',
      detail: required ? 'required' : 'optional',
      documentation: fieldHelpMarkdown(path),
      range: context.range,
      snippet: snippet.snippet,
      plain: snippet.plain,
      sortText: sortKey(index),
      retrigger,
    });
  });
  return candidates;
}

/** `key` is the field's name, the last of `path`. */
function fieldSnippet(path: string[], key: string, indent: number, input: CompletionInput, own: LessonFacts): { snippet: Snippet; retrigger: boolean } {
  const field = schemaAt(LESSON_SCHEMA, path);
  const unit = indentUnitOf(input.parsed);
  const eol = lineBreakOf(input.parsed.text);
  const snippet = new Snippet().text(`${key}:`);
  if (field?.enum) return { snippet: snippet.text(' ').choice(field.enum), retrigger: false };
  if (path.length === 1 && PROSE_FIELDS.includes(key)) {
    // The question stays as placeholder text until the writer types the answer over it.
    return { snippet: snippet.text(` |${eol}${' '.repeat(indent + unit)}`).placeholder(field?.description ?? ''), retrigger: false };
  }
  if (field?.type === 'array') return { snippet: snippet.text(' [').tabStop().text(']'), retrigger: true };
  if (takesMapping(field)) {
    // The required fields and those with a choice of values (an adoption's action, lesson and status); the rest are added as needed.
    for (const child of Object.keys(field.properties ?? {}).filter((name) => field.required?.includes(name) || field.properties?.[name]?.enum)) {
      const childField = field.properties?.[child];
      snippet.text(`${eol}${' '.repeat(indent + unit)}${child}: `);
      if (childField?.enum) snippet.choice(childField.enum);
      else snippet.tabStop();
    }
    return { snippet, retrigger: false };
  }
  if (key === 'date' || key === 'reviewed_on') return { snippet: snippet.text(' ').placeholder(input.today), retrigger: false };
  if (key === 'id') {
    const locality = own.locality ? findLocality(input.config, own.locality) : undefined;
    if (locality) return { snippet: snippet.text(' ').placeholder(nextFreeId(locality.prefix, input.lessons.ids())), retrigger: false };
    return { snippet: snippet.text(' ').tabStop(), retrigger: true };
  }
  // The value's own completion follows at once where there is a list to choose from.
  return { snippet: snippet.text(' ').tabStop(), retrigger: key === 'locality' || (key === 'reviewed_by' && input.config.curators.length > 0) };
}
