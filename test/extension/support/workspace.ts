import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import fixture from '../fixture.json';
import { waitFor } from './waitFor';

export const EXTENSION_ID = 'learn-once.learn-once';
export { fixture };

/** The fixture workspace: a fresh copy of examples/ (see fixture.mjs). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite runs with the copy of examples/ open as a workspace folder');
  return folder.uri;
}

/** A file of the fixture workspace by its path relative to the root, e.g. 'dorset/DC-0001.lesson.yaml'. */
export function workspaceFile(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

/** Diagnostics the Learn Once server published for a file. */
export function learnOnceDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'learn-once');
}

/** Opens a lesson as a person would and waits until the extension is active. */
export async function openLessonAndWaitForActivation(relative = 'greater-manchester/GM-0002.lesson.yaml'): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded as the extension under development`);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(relative)));
  await waitFor(() => extension.isActive, 'the extension to activate after a lesson was opened');
  return extension;
}

/** Waits until the server has scanned the workspace: the broken lesson's problem is published. */
export async function waitForWorkspaceScan(): Promise<vscode.Diagnostic[]> {
  const broken = workspaceFile(fixture.brokenLesson);
  return waitFor(
    () => {
      const diagnostics = learnOnceDiagnostics(broken);
      return diagnostics.length > 0 && diagnostics;
    },
    `the language server's diagnostics for ${fixture.brokenLesson}`,
    60_000,
  );
}
