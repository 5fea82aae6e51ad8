import * as vscode from 'vscode';

/** What the person is told, in the words of the command that asks. */
export interface FolderQuestion {
  /** Shown when no folder is open, e.g. "new lessons are saved in the workspace". */
  whyAFolder: string;
  /** The folder picker's placeholder, e.g. "Which workspace folder is the lesson for?". */
  placeHolder: string;
}

/**
 * The workspace folder a command writes lessons into: the one named by `preset` (a folder
 * uri from the tree or the command's arguments), the only one, or the one the person picks.
 * Undefined, with a warning, when no folder is open.
 */
export async function pickWorkspaceFolder(preset: string | undefined, question: FolderQuestion): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(`Open a folder first: ${question.whyAFolder}.`);
    return undefined;
  }
  const matched = preset ? folders.find((folder) => folder.uri.toString() === preset) : undefined;
  if (matched) return matched;
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: question.placeHolder });
}
