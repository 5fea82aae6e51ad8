import { type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { isMap, isScalar, isSeq } from '../yaml/nodeKinds';
import type { AdoptionAction } from '../lesson/lessonModel';
import { isNode, keyNode, locate } from '../yaml/locate';
import type { ParsedYaml } from '../yaml/parseYamlFile';
import { fieldLines } from './fieldValue';
import { insertFieldEdit, insertFieldEdits } from './insertField';
import { insertAt, type PlainTextEdit } from './plainTextEdit';
import { appendListItemsEdits } from './listEdits';
import { fillEmptyValue, isEmptyValue, replaceNode } from './scalarEdits';
import { yamlScalarText } from './yamlScalar';
import { afterLine, columnOf, indentUnitOf, lastLineOfNode, lastLineOfPair, leadingSpaces, lineBreakOf } from './yamlLayout';

export interface AdoptionChoice {
  action: AdoptionAction;
  /** The id of the lesson whose solution is reused. */
  lesson: string;
}

/**
 * Edits that make the lesson's `adoption` say it reuses `lesson` by `action`. A block that
 * already names that lesson (or none yet) keeps its layout and comments: only the two values
 * are replaced or added. A lesson that already adopts another keeps that adoption and gains
 * a second: the single block becomes the first item of a list (its lines and comments kept,
 * moved right under the dash) and the new block is appended. A missing block is added in
 * the schema's key order.
 */
export function setAdoptionEdits(parsed: ParsedYaml, choice: AdoptionChoice): PlainTextEdit[] {
  const wanted = { action: choice.action, lesson: choice.lesson };
  const adoption = locate(parsed.root, ['adoption']);
  if (adoption?.pair && isMap(adoption.node) && adoptsAnother(adoption.node, choice.lesson))
    return singleToListEdits(parsed, adoption.pair, adoption.node, choice);
  if (adoption?.pair && isSeq(adoption.node)) return adoptInListEdits(parsed, adoption.pair, adoption.node, choice);
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

/** The block names a lesson other than `lesson`: adopting `lesson` too must not overwrite it. */
function adoptsAnother(block: YAMLMap, lesson: string): boolean {
  const named = locate(block, ['lesson'])?.node;
  return isScalar(named) && typeof named.value === 'string' && named.value.trim() !== '' && named.value !== lesson;
}

/**
 * `adoption:` holding one block that names another lesson becomes a list of two: a dash goes
 * before the block's first key, every later line of the block moves right by the dash's width
 * (so comments and block text keep their place in it), and the new block follows.
 */
function singleToListEdits(parsed: ParsedYaml, pair: Pair<unknown, unknown>, block: YAMLMap, choice: AdoptionChoice): PlainTextEdit[] {
  const eol = lineBreakOf(parsed.text);
  if (block.flow) {
    if (!block.range) return [];
    // `adoption: {action: …, lesson: …}`: the same in a flow list, the new block after it.
    return [
      insertAt(parsed.positions.position(block.range[0]), '['),
      insertAt(
        parsed.positions.position(block.range[1]),
        `, { action: ${yamlScalarText(choice.action, { flow: true })}, lesson: ${yamlScalarText(choice.lesson, { flow: true })} }]`,
      ),
    ];
  }
  const firstKey = keyNode(block.items[0]);
  const column = columnOf(parsed, firstKey);
  if (!firstKey?.range || column === undefined) return [];
  const firstLine = parsed.positions.position(firstKey.range[0]).line;
  const lastLine = lastLineOfPair(parsed, pair);
  const edits: PlainTextEdit[] = [insertAt({ line: firstLine, character: column }, '- ')];
  for (let line = firstLine + 1; line <= lastLine; line++) if (leadingSpaces(parsed, line) !== undefined) edits.push(insertAt({ line, character: 0 }, '  '));
  const after = afterLine(parsed, lastLine);
  edits.push(insertAt(after.position, `${after.prefix}${newItemLines(choice, column, column + 2).join(eol)}${eol}`));
  return edits;
}

/**
 * `adoption` already a list: the item naming the lesson gets the action; otherwise a new
 * item is appended in the list's own style (a `- ` block at the dashes' column, or a
 * `{ … }` in a flow list).
 */
function adoptInListEdits(parsed: ParsedYaml, pair: Pair<unknown, unknown>, list: YAMLSeq, choice: AdoptionChoice): PlainTextEdit[] {
  const eol = lineBreakOf(parsed.text);
  const index = list.items.findIndex(
    (item) => isMap(item) && isScalar(locate(item, ['lesson'])?.node) && locate(item, ['lesson'])?.node?.toJSON() === choice.lesson,
  );
  const existing = list.items[index];
  if (isMap(existing)) {
    const action = locate(existing, ['action']);
    if (action?.pair) {
      const edit = setScalar(parsed, action.pair.value, choice.action, existing.flow === true || list.flow === true);
      return edit ? [edit] : [];
    }
    // After the item's last line, at its keys' column: a line before the first key would land before the item's dash.
    const column = columnOf(parsed, keyNode(existing.items[0]));
    if (existing.flow || column === undefined) return [];
    const after = afterLine(parsed, lastLineOfNode(parsed, existing));
    return [insertAt(after.position, `${after.prefix}${' '.repeat(column)}action: ${yamlScalarText(choice.action)}${eol}`)];
  }
  if (list.flow) {
    if (!list.range || parsed.text[list.range[1] - 1] !== ']') return [];
    const item = `{ action: ${yamlScalarText(choice.action, { flow: true })}, lesson: ${yamlScalarText(choice.lesson, { flow: true })} }`;
    return [insertAt(parsed.positions.position(list.range[1] - 1), list.items.length > 0 ? `, ${item}` : item)];
  }
  const dash = columnOf(parsed, list);
  if (dash === undefined) return [];
  const first = list.items[0];
  const firstKey = isMap(first) ? keyNode(first.items[0]) : undefined;
  const content = columnOf(parsed, firstKey) ?? dash + 2;
  const after = afterLine(parsed, lastLineOfPair(parsed, pair));
  return [insertAt(after.position, `${after.prefix}${newItemLines(choice, dash, content).join(eol)}${eol}`)];
}

/** A new list item's lines: the dash at its column, the fields at theirs. */
function newItemLines(choice: AdoptionChoice, dash: number, content: number): string[] {
  return [
    `${' '.repeat(dash)}- ${' '.repeat(content - dash - 2)}action: ${yamlScalarText(choice.action)}`,
    `${' '.repeat(content)}lesson: ${yamlScalarText(choice.lesson)}`,
  ];
}
