import * as path from 'node:path';
import * as vscode from 'vscode';
import { LearnOnceRequests, type ImportLessonsParams, type ImportLessonsResult } from '../../../server/src/lsp/protocol';
import { importDetails, importMessage } from '../import/importReport';
import type { CommandContext } from './commandContext';
import { COMMANDS } from './commandIds';
import { pickWorkspaceFolder } from './pickWorkspaceFolder';

/** Most imported lessons opened in editors; the rest are in the Lessons view. */
const MOST_OPENED = 3;

const SHOW_DETAILS = 'Show Details';

/**
 * Arguments that answer Import Lessons…'s questions up front, for keybindings, tasks and
 * tests: `{ "path": "/…/responses.xlsx" }`, optionally with `folderUri`, `dryRun` and
 * `mappingPath`. The command then returns the server's result.
 */
export type ImportLessonsArguments = ImportLessonsParams;

function isImportArguments(value: unknown): value is ImportLessonsArguments {
  const candidate = value as Partial<ImportLessonsArguments> | undefined;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.path === 'string';
}

/**
 * Import Lessons…: pick a .csv or .xlsx file (a Microsoft Forms export), and the language
 * server writes one lesson a row into the localities' folders, all or none. Refused rows
 * are explained (Show Details lists them in the Learn Once output); the first lessons open.
 */
export function registerImportLessons(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.importLessons, async (argument?: unknown) => {
    try {
      return await importLessons(ctx, argument);
    } catch (error) {
      void vscode.window.showErrorMessage(`Could not import lessons: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  });
}

async function importLessons(ctx: CommandContext, argument: unknown): Promise<ImportLessonsResult | undefined> {
  if (!ctx.client.isRunning()) {
    void vscode.window.showWarningMessage('The Learn Once server is not running yet; try again in a moment.');
    return undefined;
  }
  const given = isImportArguments(argument) ? argument : undefined;
  const folder = await pickWorkspaceFolder(given?.folderUri, { whyAFolder: 'imported lessons are saved in the workspace', placeHolder: 'Which workspace folder are the lessons for?' });
  if (!folder) return undefined;
  const file = given?.path ?? (await pickSpreadsheet(folder));
  if (!file) return undefined;

  const source = path.basename(file);
  const params: ImportLessonsParams = { path: file, folderUri: folder.uri.toString(), dryRun: given?.dryRun === true, mappingPath: given?.mappingPath };
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Importing lessons from ${source}…` }, () =>
    ctx.client.sendRequest<ImportLessonsResult>(LearnOnceRequests.importLessons, params),
  );
  const showDetails = (): void => {
    ctx.output.appendLine(importDetails(result, source, (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri))).join('\n'));
    ctx.output.show(true);
  };
  void announce(importMessage(result, source)).then((choice) => {
    if (choice === SHOW_DETAILS) showDetails();
  });
  for (const [index, uri] of result.written.slice(0, MOST_OPENED).entries()) {
    await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: false, preserveFocus: index > 0 });
  }
  return result;
}

function announce(message: { kind: 'error' | 'warning' | 'information'; text: string }): Thenable<string | undefined> {
  if (message.kind === 'error') return vscode.window.showErrorMessage(message.text, SHOW_DETAILS);
  if (message.kind === 'warning') return vscode.window.showWarningMessage(message.text, SHOW_DETAILS);
  return vscode.window.showInformationMessage(message.text, SHOW_DETAILS);
}

async function pickSpreadsheet(folder: vscode.WorkspaceFolder): Promise<string | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'Import lessons from a spreadsheet: one lesson a row, the first row naming the columns',
    openLabel: 'Import Lessons',
    canSelectMany: false,
    canSelectFolders: false,
    defaultUri: folder.uri,
    filters: { 'Spreadsheets (Excel, CSV)': ['xlsx', 'csv'] },
  });
  return picked?.[0]?.fsPath;
}

