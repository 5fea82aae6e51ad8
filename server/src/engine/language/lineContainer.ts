import { YAMLMap, type Pair, type YAMLSeq } from 'yaml';
import { isMap, isScalar, isSeq } from '../yaml/nodeKinds';
import { isEmptyValue } from '../edits/scalarEdits';
import { schemaAt, takesMapping, type SchemaNode } from '../schema/schemas';
import { lineSpan, type LineSpan } from '../text/positions';
import { isNode, keyNode } from '../yaml/locate';
import type { ParsedYaml } from '../yaml/parseYamlFile';
import { lineShape, type LineShape } from './lineShape';

/** Where a line sits: in a mapping (at a path), in a list field, or somewhere nothing can be offered. */
export type LineContainer =
  /** `dashed`: the line's own `- ` starts the mapping (the first line of an item in a list of blocks). */
  { kind: 'map'; path: string[]; map?: YAMLMap; indent: number; dashed?: boolean } | { kind: 'list'; path: string[]; keyIndent: number } | { kind: 'none' };

/** The mapping a line is in, where a key can be typed. */
export type MapContainer = Extract<LineContainer, { kind: 'map' }>;

/**
 * Which mapping or list the cursor's line belongs to: from the parser's nodes, or from the
 * indentation of the lines above when the file is too broken for the parser to read as a mapping.
 */
export function lineContainer(parsed: ParsedYaml, span: LineSpan, shape: LineShape, indent: number, schema: SchemaNode): LineContainer {
  return parsed.root ? containerFromNodes(parsed, span, shape, indent, schema) : containerFromLines(parsed, span, shape, indent);
}

/**
 * The mapping or list a line belongs to, from the parser's nodes: descend into the
 * last field above the line while the line is indented under it.
 */
function containerFromNodes(parsed: ParsedYaml, span: LineSpan, shape: LineShape, indent: number, schema: SchemaNode): LineContainer {
  let map: YAMLMap = parsed.root!;
  const path: string[] = [];
  let mapIndent = firstKeyColumn(parsed, map) ?? 0;
  for (;;) {
    const above = lastPairAbove(parsed, map, span.line);
    if (!above) break;
    const { pair, key, column } = above;
    const value = pair.value;
    const fieldPath = [...path, key];
    const field = schemaAt(schema, fieldPath);
    const isListLine = shape.dash !== undefined;
    // A list of blocks (`adoption` as a list): the line is in one of its items, a mapping whose fields are the block's.
    if (isSeq(value) && !value.flow && schemaAt(schema, [...fieldPath, 0])?.type === 'object' && (indent > column || (isListLine && indent >= column))) {
      const item = blockItemAt(parsed, value, span, shape);
      if (item.dashed) return { kind: 'map', path: fieldPath, map: item.map ?? new YAMLMap(), indent: shape.contentStart, dashed: true };
      if (!item.map || indent < (firstKeyColumn(parsed, item.map) ?? indent)) return { kind: 'none' };
      map = item.map;
      path.push(key);
      mapIndent = firstKeyColumn(parsed, item.map) ?? indent;
      continue;
    }
    if (isListLine && indent >= column && ((isSeq(value) && !value.flow) || (isEmptyValue(value) && field?.type === 'array'))) {
      return { kind: 'list', path: fieldPath, keyIndent: column };
    }
    if (indent <= column) break;
    if (isMap(value) && !value.flow) {
      map = value;
      path.push(key);
      mapIndent = firstKeyColumn(parsed, value) ?? indent;
      continue;
    }
    // `adoption:` with nothing under it yet, or only the key being typed (which the parser reads as adoption's value).
    const typedHere = isScalar(value) && value.range ? parsed.positions.position(value.range[0]).line >= span.line : false;
    if ((isEmptyValue(value) || typedHere) && takesMapping(field)) return { kind: 'map', path: fieldPath, indent, map: undefined };
    return { kind: 'none' };
  }
  return { kind: 'map', path, map, indent: mapIndent };
}

/**
 * When the lesson is not a mapping to the parser (a half-typed first line, say), the
 * mapping is worked out from indentation: an indented line belongs to the nearest
 * less-indented `key:` above it that has no value.
 */
function containerFromLines(parsed: ParsedYaml, span: LineSpan, shape: LineShape, indent: number): LineContainer {
  if (indent === 0) return { kind: 'map', path: [], indent: 0 };
  for (let line = span.line - 1; line >= 0; line--) {
    const above = lineSpan(parsed, line);
    if (!above) continue;
    const aboveShape = lineShape(above.text);
    if (aboveShape.contentStart >= above.text.length || aboveShape.comment === aboveShape.indent) continue;
    if (aboveShape.indent >= indent) continue;
    if (aboveShape.indent === 0 && aboveShape.key && aboveShape.value.start >= aboveShape.value.end) {
      return shape.dash !== undefined ? { kind: 'list', path: [aboveShape.key.text], keyIndent: 0 } : { kind: 'map', path: [aboveShape.key.text], indent };
    }
    return { kind: 'none' };
  }
  return { kind: 'none' };
}

/**
 * The item of a block list a line belongs to: the item its own dash starts (`dashed`, with
 * its mapping when it has one yet), else the last item that starts above the line.
 */
function blockItemAt(parsed: ParsedYaml, list: YAMLSeq, span: LineSpan, shape: LineShape): { map?: YAMLMap; dashed: boolean } {
  let above: unknown;
  for (const item of list.items) {
    const start = isNode(item) && item.range ? parsed.positions.position(item.range[0]).line : undefined;
    if (start === undefined || start > span.line) break;
    if (start === span.line && shape.dash !== undefined) return { map: isMap(item) ? item : undefined, dashed: true };
    above = item;
  }
  if (shape.dash !== undefined) return { dashed: true };
  return { map: isMap(above) ? above : undefined, dashed: false };
}

function lastPairAbove(parsed: ParsedYaml, map: YAMLMap, line: number): { pair: Pair<unknown, unknown>; key: string; column: number } | undefined {
  let found: { pair: Pair<unknown, unknown>; key: string; column: number } | undefined;
  for (const pair of map.items) {
    const key = keyNode(pair);
    if (!key?.range || !isScalar(key)) continue;
    const start = parsed.positions.position(key.range[0]);
    if (start.line >= line) break;
    found = { pair, key: String(key.value), column: start.character };
  }
  return found;
}

function firstKeyColumn(parsed: ParsedYaml, map: YAMLMap): number | undefined {
  const key = keyNode(map.items[0]);
  return key?.range ? parsed.positions.position(key.range[0]).character : undefined;
}
