import * as vscode from 'vscode';
import { COMMANDS } from '../commands/commandIds';
import type { KeptSearch } from '../search/KeptSearchResults';
import { decorationUri } from './lessonDecorations';
import { lessonTooltipMarkdown } from './lessonTooltip';
import { LessonTree, type LessonTreeOptions, type TreeNode } from './lessonTreeModel';
import { searchHitTooltipMarkdown } from './searchHitTooltip';
import { searchResultsNode, type SearchHitNode, type SearchResultsNode } from './searchResultsNodes';
import type { LessonSummary } from '../../../shared/protocol';

/** Every node the Lessons view shows: the catalogue's, and the kept search results above them. */
export type ViewNode = TreeNode | SearchResultsNode | SearchHitNode;

/**
 * Adapts the plain LessonTree to VS Code: nodes keep the model's stable ids, and getParent
 * answers from the model so TreeView.reveal can open the path to a lesson. Kept search
 * results, when there are any, come first.
 */
export class LessonTreeProvider implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  private tree: LessonTree;
  private searchNode: SearchResultsNode | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly lessons: () => Iterable<LessonSummary>,
    private readonly options: () => LessonTreeOptions,
    private readonly keptSearch: () => KeptSearch | undefined,
  ) {
    this.tree = new LessonTree([], options());
  }

  get current(): LessonTree {
    return this.tree;
  }

  /** The Search Results node as shown, when a search is kept. */
  get searchResults(): SearchResultsNode | undefined {
    return this.searchNode;
  }

  /** Builds the tree again from the catalogue and the kept search, and tells the view. */
  rebuild(): LessonTree {
    this.tree = new LessonTree(this.lessons(), this.options());
    const search = this.keptSearch();
    this.searchNode = search ? searchResultsNode(search) : undefined;
    this.changed.fire();
    return this.tree;
  }

  getChildren(node?: ViewNode): ViewNode[] {
    if (!node) return this.searchNode ? [this.searchNode, ...this.tree.roots] : this.tree.roots;
    return node.kind === 'lesson' || node.kind === 'searchHit' ? [] : node.children;
  }

  getParent(node: ViewNode): ViewNode | undefined {
    if (node.kind === 'searchHit') return this.searchNode;
    if (node.kind === 'searchResults') return undefined;
    return this.tree.parent(node);
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    switch (node.kind) {
      case 'searchResults':
        return searchResultsItem(node);
      case 'searchHit':
        return searchHitItem(node);
      case 'lesson':
        return lessonItem(node);
      default:
        return groupItem(node);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function lessonItem(node: Extract<TreeNode, { kind: 'lesson' }>): vscode.TreeItem {
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

function groupItem(node: Exclude<TreeNode, { kind: 'lesson' }>): vscode.TreeItem {
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

function searchResultsItem(node: SearchResultsNode): vscode.TreeItem {
  // Open: the person kept these results to look at them.
  const item = new vscode.TreeItem(node.label, node.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = node.description;
  item.iconPath = new vscode.ThemeIcon(node.icon);
  item.contextValue = 'searchResults';
  item.tooltip = `Lessons found for ${node.description}: ${node.children.length === 1 ? '1 lesson' : `${node.children.length} lessons`}, best first`;
  return item;
}

function searchHitItem(node: SearchHitNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = node.description;
  item.iconPath = new vscode.ThemeIcon(node.icon);
  item.tooltip = new vscode.MarkdownString(searchHitTooltipMarkdown(node.hit), true);
  // "lesson…" so the lesson commands of the context menu apply to it too.
  item.contextValue = 'lessonSearchHit';
  item.command = { command: COMMANDS.openLesson, title: 'Open Lesson', arguments: [node.hit.uri, node.hit.range] };
  item.accessibilityInformation = { label: `${node.label}, ${node.hit.id ?? 'no id'}, search result` };
  return item;
}
