import { Document, Scalar, YAMLMap, type YAMLSeq, type DocumentOptions, type ParseOptions, type Schema, type SchemaOptions } from 'yaml';
import { readBlockList, readFlowList, readNestedMap, type ListItem } from './simpleLists';
import { plainKeyEnd, readPlainKey } from './simpleKeys';
import { readBlockScalar, readInlineScalar } from './simpleScalars';
import { pairNode, scalarNode } from './yamlNodes';
import { HASH, SPACE, SimpleSource } from './simpleSource';
import { CommentsBetween, leadingComments, trailingComment } from './simpleComments';

export type ComposeOptions = ParseOptions & DocumentOptions & SchemaOptions & { schema: Schema };

export interface SimpleDocument {
  document: Document.Parsed;
  /** The document as plain data, as `document.toJS()` would give it. */
  value: Record<string, unknown>;
}

/** Characters that give the parser's rules a say: a tab, a carriage return, other controls, a byte-order mark. */
const NOT_SIMPLE_CHARACTERS = /[\x00-\x09\x0b-\x1f\x7f\ufeff]/;
const OPEN_BRACKET = 0x5b;
const PIPE = 0x7c;
const GREATER = 0x3e;

/**
 * Reads a lesson written in the shape almost every lesson has, a mapping at the root of
 * plain keys to one-line plain scalars, bare `|`/`>` block scalars and lists of plain
 * scalars, with whole-line comments between, into the nodes `yaml`'s composer would make
 * (same classes, values, ranges, comments). Anything else (quotes, anchors, tags, nested
 * mappings, odd indentation, several documents, anything the parser would warn about)
 * gives undefined, and the caller hands the text to `yaml` unchanged.
 */
export function readSimpleDocument(text: string, lineStarts: readonly number[], options: ComposeOptions): SimpleDocument | undefined {
  // Trailing spaces too: where they belong (value, comment or nothing) is the parser's call.
  if (NOT_SIMPLE_CHARACTERS.test(text) || text.includes(' \n') || text.endsWith(' ')) return undefined;
  const source = new SimpleSource(text, lineStarts);
  const { schema } = options;
  const prelude = leadingComments(source);
  let line = prelude.firstLine;
  if (!source.has(line)) return undefined;
  const map = new YAMLMap<Scalar<string>, unknown>(schema);
  const value: Record<string, unknown> = {};
  let between = new CommentsBetween();
  let lastLine = line;
  while (source.has(line)) {
    const start = source.start(line);
    const end = source.end(line);
    if (start === end) {
      between.blankLine();
      line++;
      continue;
    }
    const first = text.charCodeAt(start);
    if (first === HASH) {
      between.comment(text.slice(start + 1, end));
      line++;
      continue;
    }
    const keyEnd = plainKeyEnd(text, start, end);
    if (keyEnd < 0) return undefined;
    const key = readPlainKey(text, start, keyEnd, schema, value);
    if (key === undefined) return undefined;
    const keyNode = scalarNode(key, Scalar.PLAIN, [start, keyEnd, keyEnd]);
    between.decorate(keyNode);
    between = new CommentsBetween();
    const read = readValue(source, line, keyEnd + 1, schema);
    if (!read) return undefined;
    map.items.push(pairNode(keyNode, read.node));
    value[key] = read.value;
    line = read.nextLine;
    lastLine = line;
  }
  const firstKey = map.items[0]?.key;
  const lastValue = map.items[map.items.length - 1]?.value;
  if (!firstKey?.range || !isRanged(lastValue)) return undefined;
  // The first key has no comments of its own: whatever stands above it is the prelude's.
  if (prelude.keyComment) firstKey.commentBefore = prelude.keyComment;
  const contentEnd = lastValue.range[2];
  const trailer = trailingComment(source, lastLine);
  if (trailer === undefined) return undefined;
  map.range = [firstKey.range[0], contentEnd, contentEnd];
  const document = new Document(undefined, options) as Document.Parsed;
  document.contents = map as Document.Parsed['contents'];
  document.range = [firstKey.range[0], contentEnd, text.length];
  if (trailer) document.comment = trailer;
  if (prelude.documentComment) document.commentBefore = prelude.documentComment;
  return { document, value };
}

interface ValueRead {
  node: ListItem | YAMLSeq<ListItem>;
  value: unknown;
  nextLine: number;
}

/** The value after a key's colon, from `afterColon` on line `line`. */
function readValue(source: SimpleSource, line: number, afterColon: number, schema: Schema): ValueRead | undefined {
  const { text } = source;
  const end = source.end(line);
  if (afterColon === end) {
    if (!source.has(line + 1)) return undefined;
    // A deeper key on the next line starts a mapping; anything else deeper, a list.
    const first = source.start(line + 1) + source.indent(line + 1);
    const nested =
      first > source.start(line + 1) && plainKeyEnd(text, first, source.end(line + 1)) >= 0
        ? readNestedMap(source, line + 1, first, schema)
        : readBlockList(source, line + 1, schema);
    return nested && { node: nested.node, value: nested.value, nextLine: nested.nextLine };
  }
  if (text.charCodeAt(afterColon) !== SPACE) return undefined;
  let at = afterColon;
  while (at < end && text.charCodeAt(at) === SPACE) at++;
  const first = text.charCodeAt(at);
  if ((first === PIPE || first === GREATER) && at + 1 === end) {
    const block = readBlockScalar(source, line, at, first === GREATER);
    return block && { node: block.node, value: block.node.value, nextLine: block.nextLine };
  }
  if (first === OPEN_BRACKET) {
    const list = readFlowList(source, line, at, schema);
    return list && { node: list.node, value: list.value, nextLine: list.nextLine };
  }
  // A deeper line after it would continue the scalar; the root loop leaves any such line to the parser.
  const scalar = readInlineScalar(source, line, at, schema);
  return scalar && { node: scalar, value: scalar.value, nextLine: line + 1 };
}

function isRanged(node: unknown): node is { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && Array.isArray((node as { range?: unknown }).range);
}
