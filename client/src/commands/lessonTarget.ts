import * as vscode from 'vscode';
import { isLessonFileName } from '../../../shared/lessonFiles';
import type { TreeNode } from '../tree/lessonTreeModel';
import { isSearchHitNode } from '../tree/searchResultsNodes';
import { isObject } from '../../../shared/isObject';

/**
 * The lesson a command acts on: the tree node it was run on (a lesson or a kept search
 * result), a uri passed by a menu or another command, or else the active editor's lesson.
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
  if (isSearchHitNode(argument)) return vscode.Uri.parse(argument.hit.uri);
  const document = vscode.window.activeTextEditor?.document;
  return document && isLessonFileName(document.uri.path) ? document.uri : undefined;
}

/** The kinds of the catalogue's nodes (the kept search results' nodes are not among them). */
const TREE_NODE_KINDS: ReadonlySet<string> = new Set<TreeNode['kind']>(['folder', 'locality', 'stage', 'lesson']);

export function isTreeNode(value: unknown): value is TreeNode {
  return isObject(value) && typeof value.id === 'string' && typeof value.kind === 'string' && TREE_NODE_KINDS.has(value.kind);
}

/** The message when a command that needs a lesson has none. */
export const NO_LESSON_MESSAGE = 'Open a lesson (a .lesson.yaml file) or pick one in the Lessons view first.';
