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
  ) {}

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.textLength));
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
