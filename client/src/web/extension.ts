import type * as vscode from 'vscode';
import { registerImportLessons } from '../commands/importLessons';
import { activateLearnOnce, deactivateLearnOnce, type LearnOnceTestApi } from '../learnOnceExtension';
import { createBrowserLanguageClient } from './browserLanguageClient';
import { BROWSER_SPREADSHEET_IMPORTER } from './browserSpreadsheetImporter';
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
    registerImportLessons: (ctx) => registerImportLessons(ctx, BROWSER_SPREADSHEET_IMPORTER),
  });
}

export function deactivate(): Promise<void> {
  return deactivateLearnOnce();
}
