import { isMap, isScalar, Lexer } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from '../../server/src/engine/problem';
import { parseYamlFile } from '../../server/src/engine/yaml/parseYamlFile';

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

/** The comments of a text, as the YAML lexer finds them (a # inside a quoted value is not one). */
export function commentsOf(text: string): string[] {
  const comments: string[] = [];
  for (const token of new Lexer().lex(text.replace(/\r(?!\n)/g, '\n'))) if (token.startsWith('#')) comments.push(token);
  return comments.sort();
}

/** The root mapping's keys, in order, of a text that parses. */
export function rootKeys(text: string): string[] {
  const root = parseYamlFile(text, 'lesson').document?.contents;
  return isMap(root) ? root.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '?')) : [];
}

export interface KeptTextOptions {
  /** Keys the edits rename or replace, which may leave the root mapping. */
  renamedKeys?: readonly string[];
  /** Check comments and the root keys' order; meaningless when the text does not parse to begin with. */
  structure?: boolean;
  /** Text the edit replaces on purpose (a wrong value): its comments go with it. */
  replaced?: readonly string[];
}

/**
 * Checks that edits changed only what they cover and kept the writer's layout: every line no
 * edit touches, blank lines included, is still there in the same order; on text that
 * parses, no comment is lost and the root keys keep their order.
 */
export function assertEditsKeptText(before: string, after: string, edits: readonly Edit[], options: KeptTextOptions = {}): void {
  const oldLines = editorLines(before);
  const newLines = editorLines(after);
  const touched = new Set<number>();
  for (const edit of edits) for (let line = edit.range.start.line; line <= edit.range.end.line; line++) touched.add(line);
  let cursor = 0;
  oldLines.forEach((line, index) => {
    if (touched.has(index)) return;
    while (cursor < newLines.length && newLines[cursor] !== line) cursor++;
    if (cursor >= newLines.length) throw new Error(`line ${index + 1} (${JSON.stringify(line)}) was lost or moved by the edits`);
    cursor++;
  });
  if (options.structure === false) return;
  const remaining = [...commentsOf(after), ...(options.replaced ?? []).flatMap(commentsOf)];
  for (const comment of commentsOf(before)) {
    const at = remaining.indexOf(comment);
    if (at < 0) throw new Error(`the comment ${JSON.stringify(comment)} was lost`);
    remaining.splice(at, 1);
  }
  const keysAfter = rootKeys(after);
  const kept = rootKeys(before).filter((key) => !options.renamedKeys?.includes(key));
  let at = 0;
  for (const key of kept) {
    at = keysAfter.indexOf(key, at);
    if (at < 0) throw new Error(`key order changed or a key was lost: ${rootKeys(before).join(',')} → ${keysAfter.join(',')}`);
    at++;
  }
}
