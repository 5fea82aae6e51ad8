import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import { lessonTarget, NO_LESSON_MESSAGE } from './lessonTarget';

/** Open: shows a lesson in a preview editor (the tree's click). */
export function registerOpenLesson(): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.openLesson, async (argument?: unknown) => {
    const uri = lessonTarget(argument);
    if (!uri) {
      void vscode.window.showWarningMessage(NO_LESSON_MESSAGE);
      return;
    }
    try {
      await vscode.window.showTextDocument(uri, { preview: true });
    } catch (error) {
      void vscode.window.showErrorMessage(`Could not open ${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
