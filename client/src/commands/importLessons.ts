import * as vscode from 'vscode';
import { ImportLessonsRequest, type ImportLessonsParams, type ImportLessonsResult } from '../../../shared/protocol';
import { importDetails, importMessage } from '../import/importReport';
import type { CommandContext } from './commandContext';
import { COMMANDS } from './commandIds';
import { pickWorkspaceFolder } from './pickWorkspaceFolder';
import { isObject } from '../../../shared/isObject';

/** Most imported lessons opened in editors; the rest are in the Lessons view. */
const MOST_OPENED = 3;

const SHOW_DETAILS = 'Show Details';

/**
 * Arguments that answer Import Lessons…'s questions up front, for keybindings, tasks and
 * tests: `{ "path": "/…/responses.xlsx" }` (or `fileUri`, a file on any file system VS Code
 * has, as in the browser), optionally with `folderUri`, `dryRun` and `mappingPath`. The
 * command then returns the server's result (with the client's writes, in the browser).
 */
export type ImportLessonsArguments = Omit<ImportLessonsParams, 'content' | 'writeBy'> & { fileUri?: string };

/** What differs between the desktop and the browser: how the spreadsheet reaches the server, and who writes the lessons. */
export interface SpreadsheetImporter {
  /** The open dialog's file types. */
  filters: Record<string, string[]>;
  /** The request's spreadsheet: its path for the Node server, or its bytes. */
  spreadsheetParams(file: vscode.Uri): Promise<Pick<ImportLessonsParams, 'path' | 'content' | 'writeBy'>>;
  /** When the client writes (`writeBy: 'client'`): writes the planned lessons, all or none, and says what it wrote. */
  writeLessons?(result: ImportLessonsResult): Promise<ImportLessonsResult>;
}

/** The desktop: the Node server reads the file from its path and writes the lessons. */
const DESKTOP_IMPORTER: SpreadsheetImporter = {
  filters: { 'Spreadsheets (Excel, CSV)': ['xlsx', 'csv'] },
  spreadsheetParams: async (file) => ({ path: file.fsPath }),
};

function isImportArguments(value: unknown): value is ImportLessonsArguments {
  return isObject(value) && (typeof value.path === 'string' || typeof value.fileUri === 'string');
}

/**
 * Import Lessons…: pick a .csv or .xlsx file (a Microsoft Forms export), and the language
 * server plans one lesson a row in the localities' folders, written all or none. Refused rows
 * are explained (Show Details lists them in the Learn Once output); the first lessons open.
 */
export function registerImportLessons(ctx: CommandContext, importer: SpreadsheetImporter = DESKTOP_IMPORTER): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.importLessons, async (argument?: unknown) => {
    try {
      return await importLessons(ctx, importer, argument);
    } catch (error) {
      void vscode.window.showErrorMessage(`Could not import lessons: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  });
}

async function importLessons(ctx: CommandContext, importer: SpreadsheetImporter, argument: unknown): Promise<ImportLessonsResult | undefined> {
  if (!ctx.client.isRunning()) {
    void vscode.window.showWarningMessage('The Learn Once server is not running yet; try again in a moment.');
    return undefined;
  }
  const given = isImportArguments(argument) ? argument : undefined;
  const folder = await pickWorkspaceFolder(given?.folderUri, {
    whyAFolder: 'imported lessons are saved in the workspace',
    placeHolder: 'Which workspace folder are the lessons for?',
  });
  if (!folder) return undefined;
  const file = givenFile(given) ?? (await pickSpreadsheet(folder, importer));
  if (!file) return undefined;

  const source = file.path.slice(file.path.lastIndexOf('/') + 1);
  const dryRun = given?.dryRun === true;
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Importing lessons from ${source}…` }, async () => {
    const params: ImportLessonsParams = {
      ...(await importer.spreadsheetParams(file)),
      folderUri: folder.uri.toString(),
      dryRun,
      mappingPath: given?.mappingPath,
    };
    const planned = await ctx.client.sendRequest(ImportLessonsRequest, params);
    return importer.writeLessons && !dryRun ? importer.writeLessons(planned) : planned;
  });
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

function givenFile(given: ImportLessonsArguments | undefined): vscode.Uri | undefined {
  if (given?.fileUri !== undefined) return vscode.Uri.parse(given.fileUri);
  return given?.path === undefined ? undefined : vscode.Uri.file(given.path);
}

function announce(message: { kind: 'error' | 'warning' | 'information'; text: string }): Thenable<string | undefined> {
  if (message.kind === 'error') return vscode.window.showErrorMessage(message.text, SHOW_DETAILS);
  if (message.kind === 'warning') return vscode.window.showWarningMessage(message.text, SHOW_DETAILS);
  return vscode.window.showInformationMessage(message.text, SHOW_DETAILS);
}

async function pickSpreadsheet(folder: vscode.WorkspaceFolder, importer: SpreadsheetImporter): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'Import lessons from a spreadsheet: one lesson a row, the first row naming the columns',
    openLabel: 'Import Lessons',
    canSelectMany: false,
    canSelectFolders: false,
    defaultUri: folder.uri,
    filters: importer.filters,
  });
  return picked?.[0];
}
