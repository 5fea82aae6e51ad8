import * as vscode from 'vscode';
import { COMMANDS } from '../commands/commandIds';
import { decorationUri } from './lessonDecorations';
import { lessonTooltipMarkdown } from './lessonTooltip';
import { LessonTree, type LessonTreeOptions, type TreeNode } from './lessonTreeModel';
import type { LessonSummary } from '../../../server/src/lsp/protocol';

/**
 * Adapts the plain LessonTree to VS Code: nodes keep the model's stable ids, and getParent
 * answers from the model so TreeView.reveal can open the path to a lesson.
 */
export class LessonTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private tree: LessonTree;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly lessons: () => Iterable<LessonSummary>,
    private readonly options: () => LessonTreeOptions,
  ) {
    this.tree = new LessonTree([], options());
  }

  get current(): LessonTree {
    return this.tree;
  }

  /** Builds the tree again from the catalogue and tells the view. */
  rebuild(): LessonTree {
    this.tree = new LessonTree(this.lessons(), this.options());
    this.changed.fire();
    return this.tree;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) return this.tree.roots;
    return node.kind === 'lesson' ? [] : node.children;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.tree.parent(node);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.kind === 'lesson') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = node.description;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.resourceUri = decorationUri(node.lesson);
      const tooltip = new vscode.MarkdownString(lessonTooltipMarkdown(node.lesson), true);
      item.tooltip = tooltip;
      item.contextValue = node.canAdvance ? 'lesson advanceable' : 'lesson';
      item.command = { command: COMMANDS.openLesson, title: 'Open Lesson', arguments: [node.lesson.uri] };
      item.accessibilityInformation = { label: `${node.label}, ${node.lesson.id ?? 'no id'}, ${node.lesson.stage ?? 'no stage'}` };
      return item;
    }
    // Folders open by default; groups start closed so a large catalogue reads as a list of counts.
    const state = node.kind === 'folder' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, node.children.length > 0 ? state : vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description;
    item.iconPath = new vscode.ThemeIcon(node.icon);
    item.contextValue = node.kind === 'folder' ? 'folder' : node.locality !== undefined && node.folderUri !== undefined ? `${node.kind} withLocality` : node.kind;
    item.tooltip = `${node.label}: ${node.count === 1 ? '1 lesson' : `${node.count} lessons`}`;
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
