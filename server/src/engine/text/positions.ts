import { LineCounter } from 'yaml';
import type { Position, Range } from '../problem';

/**
 * Converts the `yaml` package's character offsets into zero-based positions using
 * its own LineCounter, so every range comes from the parser rather than a text search.
 */
export class PositionMapper {
  constructor(
    private readonly lineCounter: LineCounter,
    private readonly textLength: number,
    /** The text itself, so an offset inside a \r\n line break can be kept on the line's end. */
    private readonly text?: string,
  ) {}

  position(offset: number): Position {
    let clamped = Math.max(0, Math.min(offset, this.textLength));
    // Between \r and \n is past the line's end for an editor, and an edit there would split the break.
    if (this.text && clamped > 0 && this.text.charCodeAt(clamped) === 10 && this.text.charCodeAt(clamped - 1) === 13) clamped--;
    const { line, col } = this.lineCounter.linePos(clamped);
    return { line: line - 1, character: col - 1 };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** Offset of the first character of a zero-based line. */
  lineStart(line: number): number {
    const starts = this.lineCounter.lineStarts;
    if (line <= 0) return 0;
    if (line >= starts.length) return this.textLength;
    return starts[line];
  }
}

export function offsetAt(lineStarts: readonly number[], position: Position, textLength: number): number {
  if (position.line < 0) return 0;
  if (position.line >= lineStarts.length) return textLength;
  return Math.min(lineStarts[position.line] + position.character, textLength);
}
