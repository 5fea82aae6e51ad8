import * as vscode from 'vscode';
import { COMMANDS } from '../commands/commandIds';
import { activateLearnOnce, deactivateLearnOnce, type LearnOnceTestApi } from '../learnOnceExtension';
import { createBrowserLanguageClient } from './browserLanguageClient';
import { serveWorkspaceFiles } from './serveWorkspaceFiles';

/**
 * The extension in VS Code for the Web (vscode.dev, github.dev) and any web-worker extension
 * host: the same views and commands as on the desktop, the language server in a web worker
 * reading the workspace through this client.
 */
export function activate(context: vscode.ExtensionContext): LearnOnceTestApi {
  return activateLearnOnce(context, {
    createLanguageClient: createBrowserLanguageClient,
    serveServer: serveWorkspaceFiles,
    registerImportLessons: registerImportUnavailable,
  });
}

export function deactivate(): Promise<void> {
  return deactivateLearnOnce();
}

/** Import Lessons… reads a spreadsheet and writes lessons from the Node server; in the browser the command says where to do it instead. */
function registerImportUnavailable(): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.importLessons, () =>
    vscode.window.showInformationMessage('Import Lessons… needs VS Code desktop or the command line (learn-once import); it is not available in the browser.'),
  );
}
