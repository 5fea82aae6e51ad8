import { TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { PlainTextEdit } from '../../../engine/edits/plainTextEdit';
import type { ServerContext } from '../../serverContext';

/** The edits for one document, with the version of the text they were computed on. */
export interface DocumentEdits {
  uri: string;
  /** The open document's version; undefined for a file read from disk. */
  version: number | undefined;
  edits: PlainTextEdit[];
}

/**
 * A WorkspaceEdit the client applies only to the text the edits were computed for:
 * `documentChanges` with each document's version (null for files only on disk). Clients
 * without `documentChanges` get plain `changes`.
 */
export function toWorkspaceEdit(ctx: ServerContext, documents: readonly DocumentEdits[]): WorkspaceEdit {
  const withEdits = documents.filter((document) => document.edits.length > 0);
  if (ctx.capabilities().workspace?.workspaceEdit?.documentChanges) {
    return { documentChanges: withEdits.map((document) => TextDocumentEdit.create({ uri: document.uri, version: document.version ?? null }, document.edits)) };
  }
  const changes: NonNullable<WorkspaceEdit['changes']> = {};
  for (const document of withEdits) changes[document.uri] = [...(changes[document.uri] ?? []), ...document.edits];
  return { changes };
}
