import { Scalar, type Schema } from 'yaml';
import { COLON, HASH, SPACE, type SimpleSource } from './simpleSource';
import { scalarNode } from './yamlNodes';

/** Characters that give a plain scalar's first character another meaning (YAML 1.2 indicators). */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((character) => character.charCodeAt(0)));
/** Characters a plain scalar inside a flow list may not hold at all. */
const FLOW_BREAKERS = new Set([...',[]{}#:'].map((character) => character.charCodeAt(0)));

/**
 * Whether text[from, to) is a plain scalar on one line that the core schema reads as text:
 * no indicator first, no comment or mapping inside, not null, a boolean or a number.
 */
export function isPlainText(text: string, from: number, to: number, schema: Schema, inFlow: boolean): boolean {
  if (to <= from || INDICATORS.has(text.charCodeAt(from)) || text.charCodeAt(to - 1) === SPACE) return false;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (
      inFlow
        ? FLOW_BREAKERS.has(code)
        : code === HASH
          ? text.charCodeAt(at - 1) === SPACE
          : code === COLON && (at + 1 === to || text.charCodeAt(at + 1) === SPACE)
    )
      return false;
  }
  return !resolvesToOtherThanText(text.slice(from, to), schema);
}

function resolvesToOtherThanText(value: string, schema: Schema): boolean {
  // The core schema reads a plain scalar as other than text only if it is empty or starts like
  // null (~, n, N), a boolean (t, T, f, F) or a number (a digit, a sign, a point): most prose
  // is ruled out by its first character, the rest by the schema's own tests.
  if (value !== '' && !MAY_NOT_BE_TEXT.has(value.charCodeAt(0))) return false;
  for (const tag of schema.tags) if (tag.default === true && tag.test?.test(value)) return true;
  return false;
}

const MAY_NOT_BE_TEXT = new Set([...'~nNtTfF0123456789+-.'].map((character) => character.charCodeAt(0)));

const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;

/**
 * A scalar written on the rest of line `line` from `at`: plain, or quoted on one line with
 * no escapes, then maybe a comment; undefined for any other shape.
 */
export function readInlineScalar(source: SimpleSource, line: number, at: number, schema: Schema): Scalar<string> | undefined {
  const { text } = source;
  const end = source.end(line);
  const first = text.charCodeAt(at);
  let valueEnd: number;
  let value: string;
  let type: Scalar.Type;
  if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
    const quoted = readQuoted(text, at, end);
    if (!quoted) return undefined;
    ({ value, end: valueEnd, type } = quoted);
  } else {
    valueEnd = end;
    for (let k = at + 1; k < end; k++) {
      if (text.charCodeAt(k) === HASH && text.charCodeAt(k - 1) === SPACE) {
        valueEnd = k;
        break;
      }
    }
    while (valueEnd > at && text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
    if (!isPlainText(text, at, valueEnd, schema, false)) return undefined;
    value = detached(text.slice(at, valueEnd));
    type = Scalar.PLAIN;
  }
  const comment = commentAfter(text, valueEnd, end);
  if (comment === undefined) return undefined;
  const node = scalarNode(value, type, [at, valueEnd, source.after(line)]);
  if (comment) node.comment = comment;
  return node;
}

/**
 * What follows a value to the line's end: '' for nothing, the comment's text for a comment
 * after a space, undefined for anything else.
 */
export function commentAfter(text: string, from: number, end: number): string | undefined {
  let at = from;
  while (at < end && text.charCodeAt(at) === SPACE) at++;
  if (at === end) return '';
  if (at === from || text.charCodeAt(at) !== HASH) return undefined;
  return text.slice(at + 1, end) || ' ';
}

/** A quoted scalar from `at` that closes before `end` and needs no unescaping; undefined for anything else. */
export function readQuoted(text: string, at: number, end: number): { value: string; type: Scalar.Type; end: number } | undefined {
  const first = text.charCodeAt(at);
  if (first === DOUBLE_QUOTE) {
    const quoted = doubleQuoted(text, at, end);
    return quoted && { ...quoted, type: Scalar.QUOTE_DOUBLE };
  }
  if (first === SINGLE_QUOTE) {
    const quoted = singleQuoted(text, at, end);
    return quoted && { ...quoted, type: Scalar.QUOTE_SINGLE };
  }
  return undefined;
}

function doubleQuoted(text: string, open: number, end: number): { value: string; end: number } | undefined {
  const close = text.indexOf('"', open + 1);
  if (close < 0 || close >= end) return undefined;
  for (let at = open + 1; at < close; at++) if (text.charCodeAt(at) === BACKSLASH) return undefined;
  return { value: detached(text.slice(open + 1, close)), end: close + 1 };
}

function singleQuoted(text: string, open: number, end: number): { value: string; end: number } | undefined {
  let value = '';
  let from = open + 1;
  for (;;) {
    const quote = text.indexOf("'", from);
    if (quote < 0 || quote >= end) return undefined;
    value += text.slice(from, quote);
    // A doubled quote stands for one.
    if (text.charCodeAt(quote + 1) !== SINGLE_QUOTE) return { value: detached(value), end: quote + 1 };
    value += "'";
    from = quote + 2;
  }
}

export interface BlockScalarRead {
  node: Scalar<string>;
  /** The first line after the scalar's content. */
  nextLine: number;
}

/**
 * A block scalar with a bare `|` or `>` header (clip chomping, indentation from its first line)
 * whose header ends line `headerLine`; undefined for any other shape.
 */
export function readBlockScalar(source: SimpleSource, headerLine: number, headerOffset: number, folded: boolean): BlockScalarRead | undefined {
  const { text } = source;
  let indent = -1;
  let last = -1;
  let line = headerLine + 1;
  for (; source.has(line); line++) {
    const start = source.start(line);
    const end = source.end(line);
    if (start === end) continue;
    const lineIndent = source.indent(line);
    // A line of spaces alone, or a tab, gives the parser's rules for more-indented empty lines: left to it.
    if (start + lineIndent === end) return undefined;
    if (lineIndent === 0) break;
    if (indent < 0) indent = lineIndent;
    else if (lineIndent < indent) return undefined;
    last = line;
  }
  if (last < 0) return undefined;
  // Pieces joined at the end: a string built by += is a tree of pieces, which the index keeps for
  // every answer of every lesson and the garbage collector then walks and copies piece by piece.
  const pieces: string[] = [];
  let separator = '';
  let moreIndentedBefore = false;
  let content = false;
  for (let at = headerLine + 1; at <= last; at++) {
    const start = source.start(at);
    const end = source.end(at);
    if (!content && start === end) {
      pieces.push('\n');
      continue;
    }
    content = true;
    const lineText = start === end ? '' : text.slice(start + indent, end);
    if (!folded) {
      pieces.push(separator, lineText);
      separator = '\n';
    } else if (start !== end && source.indent(at) > indent) {
      if (separator === ' ') separator = '\n';
      else if (!moreIndentedBefore && separator === '\n') separator = '\n\n';
      pieces.push(separator, lineText);
      separator = '\n';
      moreIndentedBefore = true;
    } else if (lineText === '') {
      if (separator === '\n') pieces.push('\n');
      else separator = '\n';
    } else {
      pieces.push(separator, lineText);
      separator = ' ';
      moreIndentedBefore = false;
    }
  }
  pieces.push('\n');
  const value = pieces.join('');
  const end = source.after(last);
  return { node: scalarNode(value, folded ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL, [headerOffset, end, end]), nextLine: last + 1 };
}

/**
 * A value as a string of its own. A slice of 13 characters or more is kept by V8 as a view
 * of the whole file's text, so a title the index keeps would keep the file's text with it;
 * joining one character on and slicing it off again copies the value alone.
 */
function detached(value: string): string {
  return value.length < 13 ? value : ` ${value}`.slice(1);
}
