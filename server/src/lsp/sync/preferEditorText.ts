import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** A file's text as the editor has it open, or undefined when the editor does not have it open. */
export type EditorText = (uri: string) => string | undefined;

/** The open documents' text, for everything that reads a file the editor may have open. */
export function editorTextOf(documents: TextDocuments<TextDocument>): EditorText {
  return (uri) => documents.get(uri)?.getText();
}

/** How one file is brought into the workspace: from a text, or from the disk; each returns what changed. */
export interface FileUpdate {
  fromText(text: string): Set<string>;
  fromDisk(): Promise<Set<string>>;
}

/**
 * Brings one file up to date with the editor's text winning over the disk: an open
 * document's unsaved text is taken as it is, and the disk is read only for a file that is
 * not open. The read is slow enough for the editor to open the file meanwhile: its text then
 * replaces what was read, so a read that ends late never undoes what the editor shows.
 * Returns what either update changed.
 */
export async function preferEditorText(uri: string, editorText: EditorText, update: FileUpdate): Promise<Set<string>> {
  const open = editorText(uri);
  if (open !== undefined) return update.fromText(open);
  const changed = await update.fromDisk();
  // Opened while the disk was read: the editor's text wins.
  const openedMeanwhile = editorText(uri);
  if (openedMeanwhile !== undefined) for (const item of update.fromText(openedMeanwhile)) changed.add(item);
  return changed;
}
