import { Scalar, type Pair, type YAMLMap } from 'yaml';
import { isMap, isScalar } from '../yaml/nodeKinds';
import { LESSON_SCHEMA, schemaAt, type SchemaNode } from '../schema/schemas';
import { isNode, keyNode, locate } from '../yaml/locate';
import type { ParsedYaml } from '../yaml/parseYamlFile';
import { fieldLines, type FieldValue } from './fieldValue';
import { insertAt, type PlainTextEdit } from './plainTextEdit';
import { fillEmptyValue, isEmptyValue, replaceNode } from './scalarEdits';
import { yamlScalarText } from './yamlScalar';
import { afterLine, columnOf, indentUnitOf, lastLineOfPair, lineBreakOf, lineStartBefore, namedPairs } from './yamlLayout';

export interface FieldToInsert {
  /** Keys from the root, e.g. ['summary'] or ['adoption', 'lesson']. */
  path: readonly string[];
  value: FieldValue;
}

/**
 * The edit that adds a missing field where a person would put it: in the schema's key
 * order among the keys already there, at the mapping's indentation, after the whole of
 * the previous field (a block answer's text, a nested mapping) and never inside it.
 * A nested field whose parent is missing brings its parent. Undefined when the file has
 * no mapping to add to (e.g. the lesson is a list).
 */
export function insertFieldEdit(parsed: ParsedYaml, field: FieldToInsert, schema: SchemaNode = LESSON_SCHEMA): PlainTextEdit | undefined {
  const path = [...field.path];
  const key = path.pop();
  if (key === undefined) return undefined;
  const unit = indentUnitOf(parsed);
  const eol = lineBreakOf(parsed.text);

  if (path.length === 0) {
    if (parsed.root) return insertIntoMap(parsed, parsed.root, key, field.value, Object.keys(schema.properties ?? {}), unit);
    // Nothing but comments or blank lines yet: the field starts the lesson.
    const contents = parsed.document?.contents;
    // Empty means nothing written: a document that says `null` or `~` is a value, and text after it would break it.
    const empty =
      !contents ||
      (isScalar(contents) && (contents.value === null || contents.value === undefined) && (!contents.range || contents.range[0] === contents.range[1]));
    if (!empty) return undefined;
    const end = parsed.positions.position(parsed.text.length);
    const prefix = end.character > 0 ? eol : '';
    // Directives (`%YAML`, `%TAG`) with no document after them: content needs the `---` that starts one.
    const documentStart = !parsed.document && /^%/m.test(parsed.text) ? `---${eol}` : '';
    return insertAt(end, `${prefix}${documentStart}${fieldLines(key, field.value, 0, unit).join(eol)}${eol}`);
  }

  // A field of one list item (`adoption.0.lesson`, from a missing-field problem) names the item by its index.
  const parentPath = path.map((segment) => (/^[0-9]+$/.test(segment) ? Number(segment) : segment));
  const parent = locate(parsed.root, parentPath);
  if (parent === undefined) {
    if (parentPath.some((segment) => typeof segment === 'number')) return undefined;
    return insertFieldEdit(parsed, { path, value: { kind: 'mapping', entries: [{ key, value: field.value }] } }, schema);
  }
  if (isMap(parent.node)) return insertIntoMap(parsed, parent.node, key, field.value, Object.keys(schemaAt(schema, parentPath)?.properties ?? {}), unit);
  const parentValueIsEmpty = !parent.node || (isScalar(parent.node) && (parent.node.value === null || parent.node.value === undefined));
  if (!parent.pair || !parentValueIsEmpty) return undefined;
  // `adoption:` with nothing under it yet: the field becomes its first entry.
  const parentColumn = columnOf(parsed, keyNode(parent.pair)) ?? 0;
  const indent = parentColumn + unit;
  return newLinesAfter(parsed, lastLineOfPair(parsed, parent.pair), fieldLines(key, field.value, indent, unit), indent);
}

/** Several fields at once, in the order given (give them in schema order). */
export function insertFieldEdits(parsed: ParsedYaml, fields: readonly FieldToInsert[], schema: SchemaNode = LESSON_SCHEMA): PlainTextEdit[] {
  return fields.flatMap((field) => {
    const edit = insertFieldEdit(parsed, field, schema);
    return edit ? [edit] : [];
  });
}

function insertIntoMap(parsed: ParsedYaml, map: YAMLMap, key: string, value: FieldValue, order: readonly string[], unit: number): PlainTextEdit | undefined {
  if (map.flow) return insertIntoFlowMap(parsed, map, key, value);
  const pairs = namedPairs(map);
  const existing = pairs.find((named) => named.key === key)?.pair;
  if (existing) return fillExistingField(parsed, existing, value, unit);
  const first = map.items[0];
  const firstKey = keyNode(first);
  if (!first || !firstKey) return undefined;
  // The mapping's own column: with an explicit key (`? key`) the first key starts further right.
  const indent = columnOf(parsed, map) ?? columnOf(parsed, firstKey) ?? 0;
  const lines = fieldLines(key, value, indent, unit);
  const previous = previousInSchemaOrder(pairs, key, order);
  if (previous) return newLinesAfter(parsed, lastLineOfPair(parsed, previous), lines, indent);
  const eol = lineBreakOf(parsed.text);
  return insertAt(lineStartBefore(parsed, firstKey), `${' '.repeat(indent)}${lines.join(eol)}${eol}`);
}

/**
 * A key that is already there (e.g. `summary: |` with nothing written) gets its empty value
 * filled in place: a second key would be a duplicate. A key with a value is left alone.
 */
function fillExistingField(parsed: ParsedYaml, pair: Pair<unknown, unknown>, value: FieldValue, unit: number): PlainTextEdit | undefined {
  const key = keyNode(pair);
  const node = isNode(pair.value) ? pair.value : undefined;
  if (!key?.range || !node?.range || !isEmptyValue(node) || value.kind === 'mapping') return undefined;
  const text = value.kind === 'list' ? `[${value.items.map((item) => yamlScalarText(item, { flow: true })).join(', ')}]` : yamlScalarText(value.text);
  if (isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED)) {
    if (value.kind !== 'block') return undefined;
    // The block's header stays as written (with any comment on it); its text goes on the lines below.
    const eol = lineBreakOf(parsed.text);
    const inner = ' '.repeat((columnOf(parsed, key) ?? 0) + unit);
    const lines = value.text.split(/\r?\n/).map((line) => (line ? `${inner}${line}` : ''));
    const { position, prefix } = afterLine(parsed, parsed.positions.position(node.range[0]).line);
    return insertAt(position, `${prefix}${lines.join(eol)}${prefix ? '' : eol}`);
  }
  return node.range[0] === node.range[1] ? fillEmptyValue(parsed, node, text) : replaceNode(parsed, node, text);
}

/**
 * The pair a new key goes after: of the keys already there that come before it in the
 * schema, the one that comes latest. Keys the schema does not know go at the end.
 */
function previousInSchemaOrder(
  pairs: { key: string; pair: Pair<unknown, unknown> }[],
  key: string,
  order: readonly string[],
): Pair<unknown, unknown> | undefined {
  const target = order.indexOf(key);
  if (target < 0) return pairs.at(-1)?.pair;
  let best: { rank: number; pair: Pair<unknown, unknown> } | undefined;
  for (const { key: existing, pair } of pairs) {
    const rank = order.indexOf(existing);
    if (rank < 0 || rank >= target) continue;
    if (!best || rank >= best.rank) best = { rank, pair };
  }
  return best?.pair;
}

function newLinesAfter(parsed: ParsedYaml, line: number, lines: string[], indent: number): PlainTextEdit {
  const eol = lineBreakOf(parsed.text);
  const { position, prefix } = afterLine(parsed, line);
  return insertAt(position, `${prefix}${' '.repeat(indent)}${lines.join(eol)}${prefix ? '' : eol}`);
}

/** `{action: replicate}` gets `, lesson: YH-0007` before its closing brace. */
function insertIntoFlowMap(parsed: ParsedYaml, map: YAMLMap, key: string, value: FieldValue): PlainTextEdit | undefined {
  if (value.kind === 'mapping' || !map.range) return undefined;
  const text =
    value.kind === 'list'
      ? `${key}: [${value.items.map((item) => yamlScalarText(item, { flow: true })).join(', ')}]`
      : `${key}: ${yamlScalarText(value.text, { flow: true })}`;
  const last = map.items.at(-1);
  const lastEnd = Math.max(keyNode(last)?.range?.[1] ?? -1, isNode(last?.value) ? (last.value.range?.[1] ?? -1) : -1);
  if (lastEnd >= 0) return insertAt(parsed.positions.position(lastEnd), `, ${text}`);
  return insertAt(parsed.positions.position(map.range[0] + 1), text);
}
