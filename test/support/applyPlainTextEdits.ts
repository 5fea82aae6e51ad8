import type { Position } from '../../server/src/engine/problem';
import type { PlainTextEdit } from '../../server/src/engine/edits/plainTextEdit';

/**
 * Applies non-overlapping edits to a text as an editor does: the tests' way of seeing an
 * edit's result (the fuzzing checks it against the editor's own model). Edits are applied
 * from the end backwards so earlier ranges stay valid; two insertions at one place keep the
 * order they were given.
 */
export function applyPlainTextEdits(text: string, edits: readonly PlainTextEdit[]): string {
  const starts = lineStartsOf(text);
  const toOffset = (position: Position): number => {
    if (position.line >= starts.length) return text.length;
    const lineStart = starts[position.line];
    const lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
    return Math.min(lineStart + position.character, lineEnd);
  };
  const ordered = edits
    .map((edit, order) => ({ start: toOffset(edit.range.start), end: toOffset(edit.range.end), newText: edit.newText, order }))
    .sort((a, b) => b.start - a.start || b.order - a.order);
  let result = text;
  for (const edit of ordered) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

/** Offsets of the first character of each line; `\n`, `\r\n` and a lone `\r` each end a line, as in the editor and the parser. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let offset = 0; offset < text.length; offset++) {
    const code = text.charCodeAt(offset);
    if (code === 10 || (code === 13 && text.charCodeAt(offset + 1) !== 10)) starts.push(offset + 1);
  }
  return starts;
}
