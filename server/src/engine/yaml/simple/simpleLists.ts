import { Scalar, YAMLMap, YAMLSeq, type Schema } from 'yaml';
import { commentAfter, isPlainText, readInlineScalar, readQuoted } from './simpleScalars';
import { pairNode, scalarNode } from './yamlNodes';
import { plainKeyEnd, readPlainKey } from './simpleKeys';
import { SPACE, type SimpleSource } from './simpleSource';

const COMMA = 0x2c;
const CLOSE = 0x5d;
const DASH = 0x2d;

export type ListItem = Scalar<string> | YAMLMap<Scalar<string>, Scalar<string>>;

export interface ListRead {
  node: YAMLSeq<ListItem>;
  value: unknown[];
  nextLine: number;
}

/**
 * A flow list on one line, `[a, "b", 'c']`, from `open` on line `line`, maybe with a comment
 * after: plain items, or quoted ones with no escapes; undefined for any other shape.
 */
export function readFlowList(source: SimpleSource, line: number, open: number, schema: Schema): ListRead | undefined {
  const { text } = source;
  const end = source.end(line);
  const node = new YAMLSeq<ListItem>(schema);
  node.flow = true;
  const value: string[] = [];
  let at = skipSpaces(text, open + 1, end);
  while (text.charCodeAt(at) !== CLOSE) {
    const item = readFlowItem(text, at, end, schema);
    if (!item) return undefined;
    // The item's range ends after the spaces that follow it, before its comma or the bracket.
    const itemEnd = skipSpaces(text, item.end, end);
    node.items.push(scalarNode(item.value, item.type, [at, item.end, itemEnd]));
    value.push(item.value);
    const next = text.charCodeAt(itemEnd);
    if (next === CLOSE) {
      at = itemEnd;
      break;
    }
    if (next !== COMMA) return undefined;
    at = skipSpaces(text, itemEnd + 1, end);
    // An empty item (`[a,,b]`, `[a,]`) is the parser's to report or read.
    if (text.charCodeAt(at) === CLOSE || text.charCodeAt(at) === COMMA) return undefined;
  }
  if (at >= end) return undefined;
  const comment = commentAfter(text, at + 1, end);
  if (comment === undefined) return undefined;
  if (comment) node.comment = comment;
  node.range = [open, at + 1, source.after(line)];
  return { node, value, nextLine: line + 1 };
}

/** One item of a flow list from `at`: its value, type and where its text ends (before any spaces). */
function readFlowItem(text: string, at: number, end: number, schema: Schema): { value: string; type: Scalar.Type; end: number } | undefined {
  const quoted = readQuoted(text, at, end);
  if (quoted) return quoted;
  let itemEnd = at;
  while (itemEnd < end && text.charCodeAt(itemEnd) !== COMMA && text.charCodeAt(itemEnd) !== CLOSE) itemEnd++;
  let valueEnd = itemEnd;
  while (valueEnd > at && text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
  if (!isPlainText(text, at, valueEnd, schema, true)) return undefined;
  return { value: text.slice(at, valueEnd), type: Scalar.PLAIN, end: valueEnd };
}

/**
 * A block list starting on line `first` (the line after its key): one `- item` a line at one
 * indentation, each item a one-line scalar or a mapping of keys to one-line scalars, blank
 * lines allowed between items; undefined for any other shape.
 */
export function readBlockList(source: SimpleSource, first: number, schema: Schema): ListRead | undefined {
  const { text } = source;
  const indent = source.indent(first);
  const node = new YAMLSeq<ListItem>(schema);
  const value: unknown[] = [];
  let line = first;
  let spaceBefore = false;
  let lastItemEnd = -1;
  while (source.has(line)) {
    const start = source.start(line);
    if (start === source.end(line)) {
      if (line === first) return undefined;
      spaceBefore = true;
      line++;
      continue;
    }
    const dash = start + source.indent(line);
    const isItem = dash - start === indent && text.charCodeAt(dash) === DASH && text.charCodeAt(dash + 1) === SPACE;
    if (!isItem) {
      // Only a line at the root (a key or a comment) ends the list; a deeper or shallower line is left to the parser.
      if (dash === start && line > first) break;
      return undefined;
    }
    const item = readItem(source, line, skipSpaces(text, dash + 2, source.end(line)), schema);
    if (!item) return undefined;
    if (spaceBefore) item.node.spaceBefore = true;
    spaceBefore = false;
    node.items.push(item.node);
    value.push(item.value);
    lastItemEnd = item.end;
    line = item.nextLine;
  }
  if (lastItemEnd < 0) return undefined;
  node.range = [source.start(first) + indent, lastItemEnd, lastItemEnd];
  // Blank lines after the last item belong to what follows the list.
  let nextLine = line;
  while (nextLine > first && source.start(nextLine - 1) === source.end(nextLine - 1)) nextLine--;
  return { node, value, nextLine };
}

interface ItemRead {
  node: ListItem;
  value: unknown;
  end: number;
  nextLine: number;
}

/** One list item from `at` (after its `- `) on line `line`: a scalar, or a mapping whose further keys sit under its first. */
function readItem(source: SimpleSource, line: number, at: number, schema: Schema): ItemRead | undefined {
  if (plainKeyEnd(source.text, at, source.end(line)) >= 0) return readNestedMap(source, line, at, schema);
  const scalar = readInlineScalar(source, line, at, schema);
  return scalar?.range ? { node: scalar, value: scalar.value, end: scalar.range[2], nextLine: line + 1 } : undefined;
}

/**
 * A mapping of keys to one-line scalars whose first key starts at `at` on line `line` and whose
 * further keys start each on its own line at the same column; undefined for any other shape.
 */
export function readNestedMap(source: SimpleSource, line: number, at: number, schema: Schema): ItemRead | undefined {
  const { text } = source;
  const map = new YAMLMap<Scalar<string>, Scalar<string>>(schema);
  const value: Record<string, string> = {};
  const keyIndent = at - source.start(line);
  let keyStart = at;
  let end = -1;
  let next = line;
  for (;;) {
    const pairEnd = plainKeyEnd(text, keyStart, source.end(next));
    if (pairEnd < 0 || source.end(next) === pairEnd + 1 || text.charCodeAt(pairEnd + 1) !== SPACE) return undefined;
    const key = readPlainKey(text, keyStart, pairEnd, schema, value);
    if (key === undefined) return undefined;
    const scalar = readInlineScalar(source, next, skipSpaces(text, pairEnd + 1, source.end(next)), schema);
    if (!scalar?.range) return undefined;
    map.items.push(pairNode(scalarNode(key, Scalar.PLAIN, [keyStart, pairEnd, pairEnd]), scalar));
    value[key] = scalar.value;
    end = scalar.range[2];
    next++;
    if (!source.has(next) || source.indent(next) !== keyIndent) break;
    keyStart = source.start(next) + keyIndent;
  }
  map.range = [at, end, end];
  return { node: map, value, end, nextLine: next };
}

function skipSpaces(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && text.charCodeAt(at) === SPACE) at++;
  return at;
}
