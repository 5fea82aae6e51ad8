import * as vscode from 'vscode';
import { isLessonFileName } from '../../../server/src/engine/workspace/lessonFiles';
import type { TreeNode } from '../tree/lessonTreeModel';

/**
 * The lesson a command acts on: the tree node it was run on, a uri passed by a menu or
 * another command, or else the active editor's lesson.
 */
export function lessonTarget(argument: unknown): vscode.Uri | undefined {
  if (argument instanceof vscode.Uri) return isLessonFileName(argument.path) ? argument : undefined;
  if (typeof argument === 'string') {
    try {
      const uri = vscode.Uri.parse(argument, true);
      return isLessonFileName(uri.path) ? uri : undefined;
    } catch {
      return undefined;
    }
  }
  if (isTreeNode(argument) && argument.kind === 'lesson') return vscode.Uri.parse(argument.lesson.uri);
  const document = vscode.window.activeTextEditor?.document;
  return document && isLessonFileName(document.uri.path) ? document.uri : undefined;
}

export function isTreeNode(value: unknown): value is TreeNode {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && typeof (value as { kind?: unknown }).kind === 'string';
}

/** The message when a command that needs a lesson has none. */
export const NO_LESSON_MESSAGE = 'Open a lesson (a .lesson.yaml file) or pick one in the Lessons view first.';
