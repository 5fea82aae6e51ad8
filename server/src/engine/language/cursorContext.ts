import type { Position, Range } from '../problem';
import { LESSON_SCHEMA, type SchemaNode } from '../schema/schemas';
import { lineSpan, type LineSpan } from '../text/positions';
import type { ParsedYaml } from '../yaml/parseYamlFile';
import { keysFromLines, keysOffLine, listValues } from './existingEntries';
import { lineContainer, type MapContainer } from './lineContainer';
import { lineShape, type LineShape } from './lineShape';

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
  const container = lineContainer(parsed, span, shape, indent, schema);
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

function keyContext(parsed: ParsedYaml, container: MapContainer, span: LineSpan, range: Range, prefix: string, keyOnly: boolean): KeyContext {
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
  if (valueStart < shape.value.end && column >= valueStart && first === '[')
    return flowItemContext(parsed, span, shape, column, fieldPath, keyIndent, valueStart);
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
function flowItemContext(
  parsed: ParsedYaml,
  span: LineSpan,
  shape: LineShape,
  column: number,
  fieldPath: string[],
  keyIndent: number,
  open: number,
): CursorContext {
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
