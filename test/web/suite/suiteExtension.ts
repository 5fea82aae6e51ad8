import * as vscode from 'vscode';
import { IMPORT_TESTS } from './importTests';
import { runWebTests } from './runner';
import { WEB_TESTS } from './webTests';

/**
 * The in-browser suite, installed by the driver (test/web/runWebTests.mjs) as a web-only
 * extension: VS Code runs it in the same web-worker extension host as Learn Once's browser
 * entry. It writes its results to the file the driver names in the user settings.
 */
export function activate(): void {
  const results = vscode.workspace.getConfiguration('learnOnceWebTests').get<string>('resultsPath');
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!results || !folder) return;
  void runWebTests([...WEB_TESTS, ...IMPORT_TESTS], folder.uri.with({ path: results }));
}
