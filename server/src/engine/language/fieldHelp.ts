import { LESSON_SCHEMA, schemaAt, type SchemaNode } from '../schema/schemas';
import { escapeMarkdown } from './markdown';

/**
 * What a field is for, from the schema: its description (for the three answers, the
 * question), whether it is required, the allowed values with what each means, and an
 * example. Undefined for a field the schema does not know.
 */
export function fieldHelpMarkdown(path: readonly string[], schema: SchemaNode = LESSON_SCHEMA): string | undefined {
  const field = schemaAt(schema, path);
  const key = path.at(-1);
  if (!field || key === undefined) return undefined;
  const parent = schemaAt(schema, path.slice(0, -1));
  const required = parent?.required?.includes(key) ?? false;
  const parts = [`**${escapeMarkdown(path.join('.'))}** · ${required ? 'required' : 'optional'}`];
  if (field.description) parts.push(escapeMarkdown(field.description));
  const values = enumHelp(field);
  if (values) parts.push(values);
  const example = exampleText(field);
  if (example && !field.enum) parts.push(`Example: \`${example.replace(/`/g, "'")}\``);
  return parts.join('\n\n');
}

/** Each allowed value with what it means, in the schema's order (the lifecycle's, for stages). */
export function enumHelp(field: SchemaNode): string | undefined {
  if (!field.enum) return undefined;
  return field.enum
    .map((value, index) => `- \`${value}\`${field.enumDescriptions?.[index] ? ` — ${escapeMarkdown(field.enumDescriptions[index])}` : ''}`)
    .join('\n');
}

function exampleText(field: SchemaNode): string | undefined {
  const example = field.examples?.[0];
  if (example === undefined) return undefined;
  if (typeof example === 'string') return example;
  if (Array.isArray(example)) return `[${example.map(String).join(', ')}]`;
  return undefined;
}
