import lessonSchemaJson from '../../../../schemas/lesson.schema.json';
import configSchemaJson from '../../../../schemas/config.schema.json';
import themeSchemaJson from '../../../../schemas/theme.schema.json';

/** The subset of JSON Schema the lesson, theme and config schemas use. */
export interface SchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: string[];
  enumDescriptions?: string[];
  examples?: unknown[];
  pattern?: string;
  patternMessage?: string;
  minLength?: number;
  additionalProperties?: boolean;
}

export const LESSON_SCHEMA = lessonSchemaJson as SchemaNode;
export const CONFIG_SCHEMA = configSchemaJson as SchemaNode;
export const THEME_SCHEMA = themeSchemaJson as SchemaNode;

/** The schema node that describes the value at a path (object keys and array indices). */
export function schemaAt(root: SchemaNode, path: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') node = node.items;
    else node = node.properties && Object.prototype.hasOwnProperty.call(node.properties, segment) ? node.properties[segment] : undefined;
  }
  return node;
}

/** The description of a field, e.g. the question text for the three answers. */
export function describeField(root: SchemaNode, path: readonly (string | number)[]): string | undefined {
  return schemaAt(root, path)?.description;
}
