import * as vscode from 'vscode';
import type { LearnOnceTestApi } from '../../../client/src/extension';
import { ok } from './check';

export const EXTENSION_ID = 'learn-once.learn-once';

export function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export function learnOnceDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'learn-once');
}

export async function statOrUndefined(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
}

export async function testApi(): Promise<LearnOnceTestApi> {
  const extension = vscode.extensions.getExtension<LearnOnceTestApi>(EXTENSION_ID);
  ok(extension, `${EXTENSION_ID} is loaded in this (web-worker) extension host`);
  return extension.activate();
}
