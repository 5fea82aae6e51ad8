import { isMap, isScalar } from 'yaml';
import type { AdoptionAction } from '../lesson/lessonModel';
import { isNode, keyNode, locate } from '../yaml/locate';
import type { ParsedYaml } from '../yaml/parseYamlFile';
import { fieldLines } from './fieldValue';
import { insertFieldEdit, insertFieldEdits } from './insertField';
import { appendListItemsEdits } from './listEdits';
import type { PlainTextEdit } from './plainTextEdit';
import { fillEmptyValue, isEmptyValue, replaceNode } from './scalarEdits';
import { yamlScalarText } from './yamlScalar';
import { columnOf, indentUnitOf, lineBreakOf } from './yamlLayout';

export interface AdoptionChoice {
  action: AdoptionAction;
  /** The id of the lesson whose solution is reused. */
  lesson: string;
}

/**
 * Edits that make the lesson's `adoption` say it reuses `lesson` by `action`. An existing
 * block keeps its layout and comments: only the two values are replaced or added. A
 * missing block is added in the schema's key order.
 */
export function setAdoptionEdits(parsed: ParsedYaml, choice: AdoptionChoice): PlainTextEdit[] {
  const wanted = { action: choice.action, lesson: choice.lesson };
  const adoption = locate(parsed.root, ['adoption']);
  if (!adoption?.pair) {
    const edit = insertFieldEdit(parsed, {
      path: ['adoption'],
      value: {
        kind: 'mapping',
        entries: [
          { key: 'action', value: { kind: 'scalar', text: wanted.action } },
          { key: 'lesson', value: { kind: 'scalar', text: wanted.lesson } },
        ],
      },
    });
    return edit ? [edit] : [];
  }
  const value = adoption.node;
  if (isMap(value)) {
    const edits: PlainTextEdit[] = [];
    const missing: { path: string[]; value: { kind: 'scalar'; text: string } }[] = [];
    for (const key of ['action', 'lesson'] as const) {
      const entry = locate(value, [key]);
      if (!entry?.pair) {
        missing.push({ path: ['adoption', key], value: { kind: 'scalar', text: wanted[key] } });
        continue;
      }
      const edit = setScalar(parsed, entry.pair.value, wanted[key], value.flow === true);
      if (edit) edits.push(edit);
    }
    return [...edits, ...insertFieldEdits(parsed, missing)];
  }
  if (isEmptyValue(value)) {
    return insertFieldEdits(parsed, [
      { path: ['adoption', 'action'], value: { kind: 'scalar', text: wanted.action } },
      { path: ['adoption', 'lesson'], value: { kind: 'scalar', text: wanted.lesson } },
    ]);
  }
  // Something that is not a mapping (e.g. `adoption: GN-0001`): write the block in its place.
  const key = keyNode(adoption.pair);
  if (!key?.range || !isNode(value) || !value.range) return [];
  const unit = indentUnitOf(parsed);
  const keyColumn = columnOf(parsed, key) ?? 0;
  const eol = lineBreakOf(parsed.text);
  const valueStart = parsed.positions.position(value.range[0]);
  // The value on a line of its own, perhaps after comments: only the value is replaced, at its own column, so the comments stay.
  const ownLine = valueStart.line > parsed.positions.position(key.range[0]).line && valueStart.character > keyColumn;
  const indent = ownLine ? valueStart.character : keyColumn + unit;
  const block = [
    ...fieldLines('action', { kind: 'scalar', text: wanted.action }, indent, unit),
    ...fieldLines('lesson', { kind: 'scalar', text: wanted.lesson }, indent, unit),
  ].map((line, index) => (ownLine && index === 0 ? line : `${' '.repeat(indent)}${line}`));
  if (ownLine) return [{ range: parsed.positions.range(value.range[0], value.range[1]), newText: block.join(eol) }];
  return [{ range: parsed.positions.range(key.range[1], value.range[1]), newText: `:${eol}${block.join(eol)}` }];
}

/**
 * Edits that add an id to `related`, in the list's own style: `[A, B]` gets `, C`, a
 * block list gets a `- C` line, and a lesson without `related` gets `related: [C]`.
 * No edits when the id is already listed.
 */
export function addRelatedEdits(parsed: ParsedYaml, id: string): PlainTextEdit[] {
  return appendListItemsEdits(parsed, 'related', [id]);
}

/** Replaces a scalar's text with a value, or fills an empty one; nothing when it already holds it. */
function setScalar(parsed: ParsedYaml, node: unknown, text: string, flow: boolean): PlainTextEdit | undefined {
  if (!isNode(node)) return undefined;
  if (isScalar(node) && node.value === text) return undefined;
  const written = yamlScalarText(text, { flow });
  return isEmptyValue(node) ? fillEmptyValue(parsed, node, written) : replaceNode(parsed, node, written);
}
