import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { COMMANDS } from './commandIds';
import { lessonTarget, NO_LESSON_MESSAGE } from './lessonTarget';

/** Copy Lesson Id: puts the lesson's id (e.g. GM-0042) on the clipboard, for related: and adoption:. */
export function registerCopyLessonId(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.copyLessonId, async (argument?: unknown) => {
    const uri = lessonTarget(argument);
    if (!uri) {
      void vscode.window.showWarningMessage(NO_LESSON_MESSAGE);
      return;
    }
    const id = ctx.catalogue.get(uri.toString())?.id;
    if (!id) {
      void vscode.window.showWarningMessage('This lesson has no id yet; add one (e.g. GM-0042) first.');
      return;
    }
    await vscode.env.clipboard.writeText(id);
    vscode.window.setStatusBarMessage(`$(check) Copied ${id}`, 3000);
  });
}
