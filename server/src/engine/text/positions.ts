import { type LineCounter } from 'yaml';
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
    // LineCounter.linePos's search, giving the zero-based position itself: it is asked for every
    // range of every lesson analysed, and its own one-based answer was an object more each time.
    const starts = this.lineCounter.lineStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] ?? 0) < clamped) low = middle + 1;
      else high = middle;
    }
    if (starts[low] === clamped) return { line: low, character: 0 };
    if (low === 0) return { line: -1, character: clamped - 1 };
    return { line: low - 1, character: clamped - (starts[low - 1] ?? 0) };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** Offset of the first character of a zero-based line. */
  lineStart(line: number): number {
    const starts = this.lineCounter.lineStarts;
    if (line <= 0) return 0;
    if (line >= starts.length) return this.textLength;
    return starts[line] ?? this.textLength;
  }
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** True when the position is inside the range or at either end (a cursor just after a word is on it). */
/** Both ranges start and end at the same places. */
export function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

export function containsPosition(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** A parsed text with its position mapper (a `ParsedYaml` is one). */
export interface PositionedText {
  readonly text: string;
  readonly positions: PositionMapper;
}

/** One line of the text: where it starts and ends (before its line break) and its characters. */
export interface LineSpan {
  line: number;
  start: number;
  end: number;
  text: string;
}

/** The line at a zero-based line number, from the parser's line starts. */
export function lineSpan(parsed: PositionedText, line: number): LineSpan | undefined {
  const start = parsed.positions.lineStart(line);
  if (parsed.positions.position(start).line !== line) return undefined;
  const next = parsed.positions.lineStart(line + 1);
  let end = next > start && parsed.positions.position(next).line === line + 1 ? next : parsed.text.length;
  if (end > start && parsed.text.charCodeAt(end - 1) === 10) end--;
  if (end > start && parsed.text.charCodeAt(end - 1) === 13) end--;
  return { line, start, end, text: parsed.text.slice(start, end) };
}

/** The offset of a position, clamped to its line. */
export function offsetOf(parsed: PositionedText, position: Position): number {
  const span = lineSpan(parsed, position.line);
  if (!span) return parsed.text.length;
  return Math.min(span.start + Math.max(0, position.character), span.end);
}
