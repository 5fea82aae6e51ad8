import { type Node } from 'yaml';
import { isMap, isScalar, isSeq } from '../yaml/nodeKinds';
import type { Range } from '../problem';
import { isNode, keyNode } from '../yaml/locate';
import { nodeRange, type ParsedYaml } from '../yaml/parseYamlFile';
import { firstLines } from './markdown';

export type OutlineKind = 'field' | 'mapping' | 'list' | 'item';

/** One entry of a lesson's outline: a field, with its nested fields or list items. */
export interface OutlineNode {
  name: string;
  /** The value in short, e.g. the title or the stage. */
  detail?: string;
  kind: OutlineKind;
  /** The whole field, key and value. */
  range: Range;
  /** The key (or the item), what the editor selects. */
  selectionRange: Range;
  children: OutlineNode[];
}

const DETAIL_LENGTH = 80;

/** The outline of a lesson: its fields in file order, `adoption`'s fields and list items under them. */
export function lessonOutline(parsed: ParsedYaml): OutlineNode[] {
  return parsed.root ? mappingOutline(parsed, parsed.root) : [];
}

function mappingOutline(parsed: ParsedYaml, map: Node): OutlineNode[] {
  if (!isMap(map)) return [];
  const nodes: OutlineNode[] = [];
  for (const pair of map.items) {
    const key = keyNode(pair);
    if (!key || !isScalar(key) || key.value === null || key.value === undefined) continue;
    const keyRange = nodeRange(parsed.positions, key);
    if (!keyRange) continue;
    const value = isNode(pair.value) ? pair.value : undefined;
    const valueRange = contentRange(parsed, value);
    const range = valueRange && after(valueRange, keyRange) ? { start: keyRange.start, end: valueRange.end } : keyRange;
    nodes.push({
      name: String(key.value),
      detail: detailOf(value),
      kind: isMap(value) ? 'mapping' : isSeq(value) ? 'list' : 'field',
      range,
      selectionRange: keyRange,
      children: isMap(value) ? mappingOutline(parsed, value) : isSeq(value) ? itemsOutline(parsed, value) : [],
    });
  }
  return nodes;
}

function itemsOutline(parsed: ParsedYaml, list: Node): OutlineNode[] {
  if (!isSeq(list)) return [];
  return list.items.flatMap((item) => {
    if (!isNode(item) || !isScalar(item) || item.value === null) return [];
    const range = nodeRange(parsed.positions, item);
    return range ? [{ name: String(item.value), kind: 'item' as const, range, selectionRange: range, children: [] }] : [];
  });
}

/** A node's range without the line break and blank lines a block value ends with. */
function contentRange(parsed: ParsedYaml, node: Node | undefined): Range | undefined {
  if (!node?.range) return undefined;
  const [start] = node.range;
  let end = node.range[1];
  while (end > start && /\s/.test(parsed.text.charAt(end - 1))) end--;
  return parsed.positions.range(start, end);
}

function detailOf(value: Node | undefined): string | undefined {
  if (isScalar(value) && value.value !== null && value.value !== undefined) return firstLines(String(value.value), 1, DETAIL_LENGTH) || undefined;
  if (isSeq(value)) {
    const items = value.items.flatMap((item) => (isScalar(item) && item.value !== null ? [String(item.value)] : []));
    return items.length > 0 ? firstLines(items.join(', '), 1, DETAIL_LENGTH) : undefined;
  }
  return undefined;
}

function after(end: Range, start: Range): boolean {
  return end.end.line > start.start.line || (end.end.line === start.start.line && end.end.character >= start.start.character);
}
