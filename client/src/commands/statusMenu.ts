import * as vscode from 'vscode';
import { type StatusMenuEntry, type StatusMenuState, statusMenuEntries } from '../status/statusMenuEntries';
import { COMMANDS } from './commandIds';

type EntryItem = vscode.QuickPickItem & { entry: StatusMenuEntry };

/**
 * The status bar item's menu: a quick pick of what can be done with the active lesson,
 * Search Lessons by Problem among them. `state` is read when the menu opens.
 */
export function registerStatusMenu(state: () => StatusMenuState): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.statusMenu, async () => {
    const items: EntryItem[] = statusMenuEntries(state()).map((entry) => ({ label: entry.label, detail: entry.detail, entry }));
    const chosen = await vscode.window.showQuickPick(items, { title: 'Learn Once', placeHolder: 'What would you like to do?' });
    if (chosen) await vscode.commands.executeCommand(chosen.entry.command);
  });
}
