import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { COMMANDS, LESSONS_VIEW_ID } from './commandIds';
import { lessonTarget, NO_LESSON_MESSAGE } from './lessonTarget';

/** Reveal in Tree: shows the Lessons view with the lesson selected. */
export function registerRevealInTree(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.revealInTree, async (argument?: unknown) => {
    const uri = lessonTarget(argument);
    if (!uri) {
      void vscode.window.showWarningMessage(NO_LESSON_MESSAGE);
      return;
    }
    await vscode.commands.executeCommand(`${LESSONS_VIEW_ID}.focus`);
    if (await ctx.view.reveal(uri.toString(), true)) return;
    if (ctx.view.filter && ctx.catalogue.get(uri.toString())) {
      const clear = 'Clear Filter';
      if ((await vscode.window.showInformationMessage('The filter hides this lesson.', clear)) === clear) {
        ctx.view.setFilter(undefined);
        await ctx.view.reveal(uri.toString(), true);
      }
      return;
    }
    void vscode.window.showInformationMessage(
      ctx.catalogue.partial
        ? 'Lessons are still being indexed; try again in a moment.'
        : 'This lesson is not in the Lessons view: it is outside the workspace folders or excluded by files.exclude.',
    );
  });
}
