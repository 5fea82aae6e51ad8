import { isMap, isScalar, isSeq, YAMLMap, type Pair, type YAMLSeq } from 'yaml';
import { isEmptyValue } from '../edits/scalarEdits';
import type { Position, Range } from '../problem';
import { LESSON_SCHEMA, schemaAt, takesMapping, type SchemaNode } from '../schema/schemas';
import { isNode, keyNode, locate } from '../yaml/locate';
import type { ParsedYaml } from '../yaml/parseYamlFile';
import { lineShape, type LineShape } from './lineShape';
import { lineSpan, type LineSpan } from './positions';

/** The cursor is where a key of a mapping goes (an empty line, a half-typed key). */
export interface KeyContext {
  kind: 'key';
  /** The mapping the key belongs to: [] for the lesson, ['adoption'] inside adoption. */
  mapPath: string[];
  /** Column the mapping's keys start at. */
  indent: number;
  /** What has been typed of the key, up to the cursor. */
  prefix: string;
  /** The key's characters, to be replaced. */
  range: Range;
  /** Keys the mapping already has, other than the one on this line. */
  existingKeys: string[];
  /** The line already has `key:` after the cursor: complete only the name. */
  keyOnly: boolean;
}

/** The cursor is in the value of a field, or in one item of a list field. */
export interface ValueContext {
  kind: 'value';
  /** The field, e.g. ['stage'], ['adoption', 'lesson'], ['related']. */
  fieldPath: string[];
  /** Set when the value is one item of a list: `[a, b]` or `- a`. */
  listItem?: 'flow' | 'block';
  /** What has been typed of the value, up to the cursor, without an opening quote. */
  prefix: string;
  /** The quote the value opens with, if it is quoted. */
  quote?: '"' | "'";
  /** The value's characters (the item's, in a list), to be replaced. */
  range: Range;
  /** The list's other items, so they are not offered again. */
  siblings: string[];
  /** Inside `[ ]`, where commas and brackets need quotes. */
  inFlow: boolean;
  /** The cursor touches the colon, so a value needs a space before it. */
  needsSpace: boolean;
  /** Column of the field's key, for anything laid out below it. */
  keyIndent: number;
}

export type CursorContext = KeyContext | ValueContext | { kind: 'none' };

const NONE: CursorContext = { kind: 'none' };

/** Where a line sits: in a mapping (at a path), in a list field, or somewhere nothing can be offered. */
type Container =
  /** `dashed`: the line's own `- ` starts the mapping (the first line of an item in a list of blocks). */
  | { kind: 'map'; path: string[]; map?: YAMLMap; indent: number; dashed?: boolean }
  | { kind: 'list'; path: string[]; keyIndent: number }
  | { kind: 'none' };

/**
 * What the cursor is on, for completion. The line under the cursor is read by its
 * columns; which mapping or list it belongs to comes from the parser's nodes, and from
 * the indentation of the lines above when the file is too broken for the parser to say.
 * Inside a block answer, a comment or anything else that takes free text: none.
 */
export function cursorContext(parsed: ParsedYaml, position: Position, schema: SchemaNode = LESSON_SCHEMA): CursorContext {
  const span = lineSpan(parsed, position.line);
  if (!span) return NONE;
  const column = Math.min(position.character, span.text.length);
  const shape = lineShape(span.text);
  // In a comment, or on a comment's line (a key typed before it would run into it).
  if (shape.comment !== undefined && (column > shape.comment || shape.comment === shape.contentStart)) return NONE;
  const blank = shape.contentStart >= span.text.length;
  const indent = blank ? column : shape.indent;
  const container = parsed.root ? containerFromNodes(parsed, span, shape, indent, schema) : containerFromLines(parsed, span, shape, indent);
  const range = (start: number, end: number): Range => ({ start: { line: span.line, character: start }, end: { line: span.line, character: end } });

  if (container.kind === 'none') return NONE;
  if (container.kind === 'list') {
    if (shape.dash === undefined || column <= shape.dash) return NONE;
    const start = Math.min(shape.contentStart, column);
    return valueContext(parsed, span, shape, column, container.path, container.keyIndent, start, 'block');
  }
  if (shape.dash !== undefined && !container.dashed) return NONE;
  if (shape.dash !== undefined && column <= shape.dash + 1) return NONE;
  if (shape.key && column <= shape.key.end) {
    if (column < shape.key.start) return NONE;
    return keyContext(parsed, container, span, range(shape.key.start, shape.key.end), span.text.slice(shape.key.start, column), true);
  }
  if (shape.key) {
    if (column <= shape.key.colon) return NONE;
    const fieldPath = [...container.path, shape.key.text];
    return valueContext(parsed, span, shape, column, fieldPath, shape.key.start, shape.value.start, undefined);
  }
  if (!blank && !container.dashed && shape.indent !== container.indent && container.map) return NONE;
  const end = blank ? column : shape.value.end;
  const start = blank ? column : shape.contentStart;
  if (column < start) return NONE;
  return keyContext(parsed, container, span, range(start, Math.max(end, column)), span.text.slice(start, column), false);
}

function keyContext(parsed: ParsedYaml, container: Extract<Container, { kind: 'map' }>, span: LineSpan, range: Range, prefix: string, keyOnly: boolean): KeyContext {
  const existingKeys = container.map ? keysOffLine(parsed, container.map, span.line) : keysFromLines(parsed, container.indent, span.line);
  return { kind: 'key', mapPath: container.path, indent: container.indent, prefix, range, existingKeys, keyOnly };
}

function valueContext(
  parsed: ParsedYaml,
  span: LineSpan,
  shape: LineShape,
  column: number,
  fieldPath: string[],
  keyIndent: number,
  valueStart: number,
  listItem: 'block' | undefined,
): CursorContext {
  const text = span.text;
  const at = (start: number, end: number): Range => ({ start: { line: span.line, character: start }, end: { line: span.line, character: end } });
  const needsSpace = listItem === undefined && shape.key !== undefined && column === shape.key.colon + 1 && valueStart > column - 1 && text[column] !== ' ';
  const first = text[valueStart];
  if (valueStart < shape.value.end && column >= valueStart && first === '[') return flowItemContext(parsed, span, shape, column, fieldPath, keyIndent, valueStart);
  if (valueStart < shape.value.end && (first === '|' || first === '>' || first === '{' || first === '&' || first === '*' || first === '!')) return NONE;
  if (column < valueStart && !needsSpace) return NONE;
  const start = Math.min(valueStart, column);
  const end = Math.max(shape.value.end, column);
  const quote = quoteAt(text, start);
  const prefix = text.slice(quote && column > start ? start + 1 : start, column);
  const siblings = listItem === 'block' ? listValues(parsed, fieldPath, span.line) : [];
  return { kind: 'value', fieldPath, listItem, prefix, quote, range: at(start, end), siblings, inFlow: false, needsSpace, keyIndent };
}

/** `related: [GM-0001, GM-` — the item the cursor is in. */
function flowItemContext(parsed: ParsedYaml, span: LineSpan, shape: LineShape, column: number, fieldPath: string[], keyIndent: number, open: number): CursorContext {
  const text = span.text;
  let itemStart = open + 1;
  let openQuote: string | undefined;
  for (let at = open + 1; at < column; at++) {
    const char = text[at];
    if (openQuote) {
      if (char === openQuote) openQuote = undefined;
      continue;
    }
    if ((char === '"' || char === "'") && text.slice(itemStart, at).trim() === '') openQuote = char;
    else if (char === ',') itemStart = at + 1;
    else if (char === ']' || char === '[' || char === '{') return NONE;
  }
  let start = itemStart;
  while (start < column && text[start] === ' ') start++;
  let end = column;
  let closing: string | undefined = openQuote;
  while (end < shape.value.end) {
    const char = text[end];
    if (closing) {
      end++;
      if (char === closing) closing = undefined;
      continue;
    }
    if (char === ',' || char === ']') break;
    end++;
  }
  while (end > column && text[end - 1] === ' ') end--;
  const quote = quoteAt(text, start);
  const prefix = text.slice(quote && column > start ? start + 1 : start, column);
  const siblings = listValues(parsed, fieldPath, span.line, { line: span.line, character: start });
  return {
    kind: 'value',
    fieldPath,
    listItem: 'flow',
    prefix,
    quote,
    range: { start: { line: span.line, character: start }, end: { line: span.line, character: end } },
    siblings,
    inFlow: true,
    needsSpace: false,
    keyIndent,
  };
}

function quoteAt(text: string, column: number): '"' | "'" | undefined {
  const char = text[column];
  return char === '"' || char === "'" ? char : undefined;
}

/**
 * The mapping or list a line belongs to, from the parser's nodes: descend into the
 * last field above the line while the line is indented under it.
 */
function containerFromNodes(parsed: ParsedYaml, span: LineSpan, shape: LineShape, indent: number, schema: SchemaNode): Container {
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
function containerFromLines(parsed: ParsedYaml, span: LineSpan, shape: LineShape, indent: number): Container {
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

/** The mapping's keys, except one written on the cursor's line (the one being typed). */
function keysOffLine(parsed: ParsedYaml, map: YAMLMap, line: number): string[] {
  const keys: string[] = [];
  for (const pair of map.items) {
    const key = keyNode(pair);
    if (!key?.range || !isScalar(key) || key.value === null) continue;
    if (parsed.positions.position(key.range[0]).line === line) continue;
    keys.push(String(key.value));
  }
  return keys;
}

/** Keys written at an indentation on other lines, for a file the parser could not read as a mapping. */
function keysFromLines(parsed: ParsedYaml, indent: number, skipLine: number): string[] {
  const keys: string[] = [];
  for (let line = 0; ; line++) {
    const span = lineSpan(parsed, line);
    if (!span) break;
    if (line === skipLine) continue;
    const shape = lineShape(span.text);
    if (shape.key && shape.indent === indent && shape.dash === undefined) keys.push(shape.key.text);
  }
  return keys;
}

/** The string items of a list field, except the one on the cursor (by line for `- a`, by start for `[a]`). */
function listValues(parsed: ParsedYaml, fieldPath: string[], line: number, itemStart?: Position): string[] {
  const list = locate(parsed.root, fieldPath)?.node;
  if (!isSeq(list)) return [];
  const values: string[] = [];
  for (const item of list.items) {
    if (!isNode(item) || !isScalar(item) || typeof item.value !== 'string' || !item.range) continue;
    const start = parsed.positions.position(item.range[0]);
    if (itemStart ? start.line === itemStart.line && start.character === itemStart.character : start.line === line) continue;
    values.push(item.value);
  }
  return values;
}
