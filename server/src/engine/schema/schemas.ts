import lessonSchemaJson from '../../../../schemas/lesson.schema.json';
import configSchemaJson from '../../../../schemas/config.schema.json';
import themeSchemaJson from '../../../../schemas/theme.schema.json';
import { isObject } from '../../../../shared/isObject';

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
  minItems?: number;
  /** A pointer into the same schema, e.g. `#/definitions/adoptionBlock`: the node it names stands here. */
  $ref?: string;
  definitions?: Record<string, SchemaNode>;
}

export const LESSON_SCHEMA = lessonSchemaJson as SchemaNode;
export const CONFIG_SCHEMA = configSchemaJson as SchemaNode;
export const THEME_SCHEMA = themeSchemaJson as SchemaNode;

/** The schema node that describes the value at a path (object keys and array indices). */
export function schemaAt(root: SchemaNode, path: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') node = resolveRef(root, node.items);
    else node = node.properties && Object.prototype.hasOwnProperty.call(node.properties, segment) ? resolveRef(root, node.properties[segment]) : undefined;
  }
  return node;
}

/**
 * The node a `$ref` names (`#/definitions/…`, `#/properties/…`), followed to the end; the
 * node itself when it has none. A field allowed as one block or a list of blocks (`adoption`)
 * describes the block once and points its list items at it.
 */
function resolveRef(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  for (let hops = 0; current?.$ref !== undefined && hops < 8; hops++) {
    if (!current.$ref.startsWith('#/')) return undefined;
    let target: unknown = root;
    for (const part of current.$ref.slice(2).split('/')) target = isObject(target) ? target[part] : undefined;
    current = isObject(target) ? (target as SchemaNode) : undefined;
  }
  return current;
}

/** A field written as a mapping of fields, perhaps also as a list of them (`adoption`). */
export function takesMapping(node: SchemaNode | undefined): node is SchemaNode {
  return node?.type === 'object' || (Array.isArray(node?.type) && node.type.includes('object'));
}

/** The description of a field, e.g. the question text for the three answers. */
export function describeField(root: SchemaNode, path: readonly (string | number)[]): string | undefined {
  return schemaAt(root, path)?.description;
}
