import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';

/**
 * Applies a server's WorkspaceEdit only if every open document it names is still at the
 * version the edit was computed for. Returns false (and changes nothing) otherwise.
 */
export async function applyVersionedEdit(client: LanguageClient, edit: WorkspaceEdit): Promise<boolean> {
  const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
  for (const change of edit.documentChanges ?? []) {
    if (!('textDocument' in change)) continue;
    const { uri, version } = change.textDocument;
    const document = open.get(client.protocol2CodeConverter.asUri(uri).toString());
    if (typeof version === 'number' && document && document.version !== version) return false;
  }
  const converted = await client.protocol2CodeConverter.asWorkspaceEdit(edit);
  return converted ? vscode.workspace.applyEdit(converted) : false;
}
