import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from '../../server/src/engine/problem';
import { editorLineLengths } from './invariants';

export interface Edit {
  range: Range;
  newText: string;
}

/** Applies edits the way an editor does (LSP line rules, UTF-16 characters). */
export function applyTextEdits(text: string, edits: readonly Edit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///fuzz.lesson.yaml', 'yaml', 1, text), [...edits]);
}

function editorLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Checks that edits only changed what they cover: every line no edit touches is still in
 * the new text, in the same order, and on a line an edit changes, the text before and
 * after the edit is still there.
 */
export function assertOnlyEditedTextChanged(before: string, after: string, edits: readonly Edit[]): void {
  const oldLines = editorLines(before);
  const newLines = editorLines(after);
  const touched = new Set<number>();
  for (const edit of edits) for (let line = edit.range.start.line; line <= edit.range.end.line; line++) touched.add(line);
  let cursor = 0;
  oldLines.forEach((line, index) => {
    if (touched.has(index)) return;
    while (cursor < newLines.length && newLines[cursor] !== line) cursor++;
    if (cursor >= newLines.length) throw new Error(`line ${index + 1} (${JSON.stringify(line)}) was lost or moved by the edit`);
    cursor++;
  });
  const lengths = editorLineLengths(before);
  for (const edit of edits) {
    const { start, end } = edit.range;
    const prefix = oldLines[start.line]?.slice(0, start.character) ?? '';
    const suffix = oldLines[end.line]?.slice(Math.min(end.character, lengths[end.line] ?? 0)) ?? '';
    if (!after.includes(prefix + edit.newText + suffix)) throw new Error(`the text around the edit at ${JSON.stringify(edit.range)} did not survive: expected ${JSON.stringify(prefix + edit.newText + suffix)}`);
  }
}
