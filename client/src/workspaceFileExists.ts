import * as vscode from 'vscode';

/** Whether anything is at `uri`, on whatever file system it names (disk, or a browser's virtual one). */
export async function workspaceFileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
