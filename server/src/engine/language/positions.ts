import type { Position, Range } from '../problem';
import type { ParsedYaml } from '../yaml/parseYamlFile';

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** True when the position is inside the range or at either end (a cursor just after a word is on it). */
export function containsPosition(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** One line of the text: where it starts and ends (before its line break) and its characters. */
export interface LineSpan {
  line: number;
  start: number;
  end: number;
  text: string;
}

/** The line at a zero-based line number, from the parser's line starts. */
export function lineSpan(parsed: ParsedYaml, line: number): LineSpan | undefined {
  const start = parsed.positions.lineStart(line);
  if (parsed.positions.position(start).line !== line) return undefined;
  const next = parsed.positions.lineStart(line + 1);
  let end = next > start && parsed.positions.position(next).line === line + 1 ? next : parsed.text.length;
  if (end > start && parsed.text.charCodeAt(end - 1) === 10) end--;
  if (end > start && parsed.text.charCodeAt(end - 1) === 13) end--;
  return { line, start, end, text: parsed.text.slice(start, end) };
}

/** The offset of a position, clamped to its line. */
export function offsetOf(parsed: ParsedYaml, position: Position): number {
  const span = lineSpan(parsed, position.line);
  if (!span) return parsed.text.length;
  return Math.min(span.start + Math.max(0, position.character), span.end);
}
