import { isScalar, isSeq } from '../yaml/nodeKinds';
import { LESSON_SCHEMA, type SchemaNode } from '../schema/schemas';
import { isNode, locate } from '../yaml/locate';
import type { ParsedYaml } from '../yaml/parseYamlFile';
import { insertFieldEdit } from './insertField';
import { insertAt, type PlainTextEdit } from './plainTextEdit';
import { fillEmptyValue, isEmptyValue } from './scalarEdits';
import { yamlScalarText } from './yamlScalar';
import { afterLine, lastLineOfNode, leadingSpaces, lineBreakOf } from './yamlLayout';

/**
 * Edits that append items to a top-level list field, in the list's own style: `[A, B]`
 * gets `, C, D`, a block list gets a `- C` line per item at its dashes' column, an empty
 * `key:` gets `[C, D]`, and a file without the field gets `key: [C, D]` in the schema's key
 * order. Items already listed are left out; no edits when nothing is missing, or when the
 * field holds something that is not a list (its schema problem says so, and a fix would guess).
 */
export function appendListItemsEdits(parsed: ParsedYaml, field: string, items: readonly string[], schema: SchemaNode = LESSON_SCHEMA): PlainTextEdit[] {
  const located = locate(parsed.root, [field]);
  const wanted = [...new Set(items)];
  if (!located?.pair) {
    if (wanted.length === 0) return [];
    const edit = insertFieldEdit(parsed, { path: [field], value: { kind: 'list', items: wanted } }, schema);
    return edit ? [edit] : [];
  }
  const list = located.node;
  if (isEmptyValue(list)) {
    if (wanted.length === 0) return [];
    const edit = isNode(list) ? fillEmptyValue(parsed, list, `[${wanted.map((item) => yamlScalarText(item, { flow: true })).join(', ')}]`) : undefined;
    return edit ? [edit] : [];
  }
  if (!isSeq(list) || !list.range) return [];
  const missing = wanted.filter((item) => !list.items.some((existing) => isScalar(existing) && existing.value === item));
  if (missing.length === 0) return [];
  const last = list.items.at(-1);
  if (list.flow) {
    const written = missing.map((item) => yamlScalarText(item, { flow: true })).join(', ');
    if (isNode(last) && last.range) return [insertAt(parsed.positions.position(last.range[1]), `, ${written}`)];
    return [insertAt(parsed.positions.position(list.range[0] + 1), written)];
  }
  if (!isNode(last) || !last.range) return [];
  const lastLine = lastLineOfNode(parsed, last);
  const dashColumn = leadingSpaces(parsed, parsed.positions.position(last.range[0]).line) ?? 0;
  const { position, prefix } = afterLine(parsed, lastLine);
  const eol = lineBreakOf(parsed.text);
  const lines = missing.map((item) => `${' '.repeat(dashColumn)}- ${yamlScalarText(item)}`);
  return [insertAt(position, `${prefix}${lines.join(eol)}${prefix ? '' : eol}`)];
}
