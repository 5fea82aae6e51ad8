import type { Position, Range } from '../problem';

/**
 * A replacement of a range of a lesson's text, in the same units as LSP (zero-based
 * lines, UTF-16 characters), so the language server can send it as it is.
 */
export interface PlainTextEdit {
  range: Range;
  newText: string;
}

export function insertAt(position: Position, newText: string): PlainTextEdit {
  return { range: { start: position, end: position }, newText };
}
