import type * as vscode from 'vscode';
import { registerImportLessons } from './commands/importLessons';
import { createLanguageClient } from './languageClient';
import { activateLearnOnce, deactivateLearnOnce, type LearnOnceTestApi } from './learnOnceExtension';

export type { LanguageClientState, LearnOnceTestApi } from './learnOnceExtension';

/** The extension in VS Code desktop (and any VS Code with a Node extension host): the language server runs in Node. */
export function activate(context: vscode.ExtensionContext): LearnOnceTestApi {
  return activateLearnOnce(context, { createLanguageClient, registerImportLessons });
}

export function deactivate(): Promise<void> {
  return deactivateLearnOnce();
}
