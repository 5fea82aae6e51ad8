import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { COMMANDS, LESSONS_VIEW_ID } from './commandIds';

/** Refresh: asks the server for the whole catalogue again. */
export function registerRefreshLessons(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.refresh, async () => {
    if (!ctx.client.isRunning()) {
      void vscode.window.showWarningMessage('The Learn Once server is not running; the Lessons view cannot be refreshed.');
      return;
    }
    await vscode.window.withProgress({ location: { viewId: LESSONS_VIEW_ID } }, () => ctx.catalogue.reloadAll());
  });
}
