import { ANSWER_FIELDS } from '../lesson/lessonModel';
import { LESSON_SCHEMA, schemaAt, takesMapping, type SchemaNode } from '../schema/schemas';
import { yamlScalarText } from './yamlScalar';

/** What a new field holds, before it is laid out at an indentation. */
export type FieldValue =
  | { kind: 'scalar'; text: string }
  /** A literal block (`|`), for prose that runs over lines. */
  | { kind: 'block'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'mapping'; entries: { key: string; value: FieldValue }[] };

/** Fields written as a literal block: the three answers and the summary are paragraphs. */
export const PROSE_FIELDS: readonly string[] = [...ANSWER_FIELDS, 'summary'];

/**
 * The value a missing field is added with, from its schema: prose as a block, a list
 * as a flow list, a mapping with each of its required fields, anything else a scalar.
 */
export function fieldValueFor(path: readonly string[], placeholder: string, schema: SchemaNode = LESSON_SCHEMA): FieldValue {
  const field = schemaAt(schema, path);
  const [topLevel] = path;
  if (path.length === 1 && topLevel !== undefined && PROSE_FIELDS.includes(topLevel)) return { kind: 'block', text: placeholder };
  if (field?.type === 'array') return { kind: 'list', items: [] };
  if (takesMapping(field)) {
    const entries = (field.required ?? []).map((key) => ({ key, value: fieldValueFor([...path, key], exampleOf(schemaAt(schema, [...path, key])), schema) }));
    return { kind: 'mapping', entries };
  }
  return { kind: 'scalar', text: placeholder };
}

function exampleOf(field: SchemaNode | undefined): string {
  const example = field?.examples?.[0];
  return typeof example === 'string' ? example : '';
}

/**
 * The lines of `key: value` at an indentation. The first line has no indentation of
 * its own (it may follow text already on a line); the others carry theirs.
 */
export function fieldLines(key: string, value: FieldValue, indent: number, unit: number): string[] {
  const inner = ' '.repeat(indent + unit);
  switch (value.kind) {
    case 'scalar':
      return [value.text ? `${key}: ${yamlScalarText(value.text)}` : `${key}:`];
    case 'block':
      return [`${key}: |`, ...value.text.split(/\r?\n/).map((line) => (line ? `${inner}${line}` : ''))];
    case 'list':
      return [`${key}: [${value.items.map((item) => yamlScalarText(item, { flow: true })).join(', ')}]`];
    case 'mapping':
      return [`${key}:`, ...value.entries.flatMap((entry) => indentFirst(fieldLines(entry.key, entry.value, indent + unit, unit), inner))];
  }
}

function indentFirst(lines: string[], indent: string): string[] {
  return lines.map((line, index) => (index === 0 ? `${indent}${line}` : line));
}
