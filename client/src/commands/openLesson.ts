import * as vscode from 'vscode';
import type { Position } from 'vscode-languageserver-protocol';
import { COMMANDS } from './commandIds';
import { lessonTarget, NO_LESSON_MESSAGE } from './lessonTarget';
import { isObject } from '../../../shared/isObject';

/**
 * Open: shows a lesson in a preview editor (the tree's click). A search result passes the
 * range of its matched passage too, so the lesson opens where the match is.
 */
export function registerOpenLesson(): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.openLesson, async (argument?: unknown, at?: unknown) => {
    const uri = lessonTarget(argument);
    if (!uri) {
      void vscode.window.showWarningMessage(NO_LESSON_MESSAGE);
      return;
    }
    try {
      await vscode.window.showTextDocument(uri, { preview: true, selection: toRange(at) });
    } catch (error) {
      void vscode.window.showErrorMessage(`Could not open ${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/** A protocol range `{ start, end }` as VS Code's, or undefined when it is not one. */
export function toRange(value: unknown): vscode.Range | undefined {
  if (!isObject(value)) return undefined;
  const { start, end } = value as { start?: Partial<Position>; end?: Partial<Position> };
  if (!isPosition(start)) return undefined;
  const last = isPosition(end) ? end : start;
  return new vscode.Range(start.line, start.character, last.line, last.character);
}

function isPosition(value: Partial<Position> | undefined): value is Position {
  return typeof value?.line === 'number' && typeof value.character === 'number' && value.line >= 0 && value.character >= 0;
}
