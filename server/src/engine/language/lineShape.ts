/**
 * The parts of one line of a block YAML mapping, by column: indentation, a list dash, a
 * `key:`, the value after it and a trailing comment. Completion and hover read the line
 * the cursor is on with it when a half-typed file leaves the parser unsure.
 */
export interface LineShape {
  indent: number;
  /** Column of a `- ` list indicator that starts the line's content. */
  dash?: number;
  /** Column where the content after indentation and any dash starts. */
  contentStart: number;
  /** A `key:` on the line (the colon followed by a space or the line's end). */
  key?: { start: number; end: number; text: string; colon: number };
  /** The value: after the colon's spaces (or the whole content without a key), before any comment. */
  value: { start: number; end: number };
  /** Column of a `#` that starts a comment. */
  comment?: number;
}

const QUOTES = new Set(['"', "'"]);
/** A key is not a flow collection, a quoted string, a block indicator, an anchor, alias or tag. */
const NOT_A_KEY_START = new Set(['[', '{', '"', "'", '|', '>', '&', '*', '!', '#', '%', '@', '`']);

export function lineShape(text: string): LineShape {
  let indent = 0;
  while (indent < text.length && text[indent] === ' ') indent++;
  let contentStart = indent;
  let dash: number | undefined;
  if (text[indent] === '-' && (indent + 1 === text.length || text[indent + 1] === ' ')) {
    dash = indent;
    contentStart = indent + 1;
    while (contentStart < text.length && text[contentStart] === ' ') contentStart++;
  }
  const comment = commentStart(text, contentStart);
  const contentEnd = trimEnd(text, contentStart, comment ?? text.length);
  const key = keyOf(text, contentStart, contentEnd);
  let valueStart = contentStart;
  if (key) {
    valueStart = key.colon + 1;
    while (valueStart < contentEnd && text[valueStart] === ' ') valueStart++;
  }
  return { indent, dash, contentStart, key, value: { start: valueStart, end: Math.max(valueStart, contentEnd) }, comment };
}

/** A `#` at the content's start or after a space, outside quotes. */
function commentStart(text: string, from: number): number | undefined {
  let quote: string | undefined;
  for (let column = from; column < text.length; column++) {
    const char = text.charAt(column);
    if (quote) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (QUOTES.has(char) && (column === from || /[\s[,{:]/.test(text.charAt(column - 1)))) quote = char;
    else if (char === '#' && (column === from || text[column - 1] === ' ' || text[column - 1] === '\t')) return column;
  }
  return undefined;
}

function keyOf(text: string, start: number, end: number): LineShape['key'] {
  if (start >= end || NOT_A_KEY_START.has(text.charAt(start))) return undefined;
  for (let column = start; column < end; column++) {
    if (text[column] !== ':') continue;
    if (column + 1 < end && text[column + 1] !== ' ' && text[column + 1] !== '\t') continue;
    const keyEnd = trimEnd(text, start, column);
    if (keyEnd === start) return undefined;
    return { start, end: keyEnd, text: text.slice(start, keyEnd), colon: column };
  }
  return undefined;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}
