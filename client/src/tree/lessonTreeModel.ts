import type { LessonSummary } from '../../../shared/protocol';
import { localityGroups, lessonNodes, stageGroups, themeGroups, topicGroups } from './lessonGroups';
import { matchesFilter, type LessonFilter } from './lessonFilter';
import { countText, OUTSIDE_FOLDERS } from './treeLabels';

/**
 * The Lessons view as plain data: workspace folder (when there are several) → locality →
 * stage → lesson, stage → locality → lesson, theme → lesson or topic → lesson. No VS Code import, so
 * grouping, ordering, counts and filtering are tested on their own; LessonTreeProvider
 * only adapts the nodes.
 */

export type GroupBy = 'locality' | 'stage' | 'theme' | 'topic';

export interface TreeFolder {
  uri: string;
  name: string;
}

export interface LessonTreeOptions {
  groupBy: GroupBy;
  /** The workspace folders in the editor's order. With more than one, each gets a top-level node. */
  folders: readonly TreeFolder[];
  filter?: LessonFilter;
}

interface NodeBase {
  /** Stable across rebuilds while the grouping stays the same, so expansion and selection survive. */
  id: string;
  label: string;
  description: string;
  /** A codicon name. */
  icon: string;
}

export interface FolderNode extends NodeBase {
  kind: 'folder';
  folderUri?: string;
  count: number;
  children: TreeNode[];
}

export interface GroupNode extends NodeBase {
  kind: 'locality' | 'stage' | 'theme' | 'topic';
  /** The workspace folder its lessons are in, when known (for New Lesson from this group). */
  folderUri?: string;
  /** The locality of every lesson under it, when the group or one of its parents is a locality. */
  locality?: string;
  stage?: string;
  /** The theme file every lesson under it is collated in, for a theme's group. */
  themeUri?: string;
  /** The topic every lesson under it has, for a topic's group. */
  topic?: string;
  count: number;
  children: TreeNode[];
}

export interface LessonNode extends NodeBase {
  kind: 'lesson';
  lesson: LessonSummary;
  canAdvance: boolean;
}

export type TreeNode = FolderNode | GroupNode | LessonNode;
export type ParentNode = FolderNode | GroupNode;

/** What a test sees of the tree: labels, descriptions and nesting. */
export interface TreeSnapshotNode {
  kind: TreeNode['kind'];
  label: string;
  description: string;
  children?: TreeSnapshotNode[];
}
export type TreeSnapshot = TreeSnapshotNode[];

const FOLDER_ICON = 'root-folder';
const OUTSIDE_ICON = 'folder';

export class LessonTree {
  readonly roots: TreeNode[];
  /** Lessons shown (after the filter) and in the catalogue. */
  readonly shownCount: number;
  readonly totalCount: number;
  private readonly parents = new Map<string, ParentNode>();
  private readonly byUri = new Map<string, LessonNode>();
  private readonly byId = new Map<string, TreeNode>();

  constructor(
    lessons: Iterable<LessonSummary>,
    readonly options: LessonTreeOptions,
  ) {
    const all = [...lessons];
    const shown = all.filter((lesson) => matchesFilter(lesson, options.filter));
    this.totalCount = all.length;
    this.shownCount = shown.length;
    this.roots = buildRoots(shown, options);
    const index = (node: TreeNode, parent: ParentNode | undefined): void => {
      this.byId.set(node.id, node);
      if (parent) this.parents.set(node.id, parent);
      if (node.kind === 'lesson') {
        if (!this.byUri.has(node.lesson.uri)) this.byUri.set(node.lesson.uri, node);
      } else for (const child of node.children) index(child, node);
    };
    for (const root of this.roots) index(root, undefined);
  }

  parent(node: TreeNode): ParentNode | undefined {
    return this.parents.get(node.id);
  }

  node(id: string): TreeNode | undefined {
    return this.byId.get(id);
  }

  /** The lesson's node, when it is shown (the filter may hide it); its first, when grouped by theme and in several. */
  lessonNode(uri: string): LessonNode | undefined {
    return this.byUri.get(uri);
  }

  snapshot(): TreeSnapshot {
    const snap = (node: TreeNode): TreeSnapshotNode =>
      node.kind === 'lesson'
        ? { kind: node.kind, label: node.label, description: node.description }
        : { kind: node.kind, label: node.label, description: node.description, children: node.children.map(snap) };
    return this.roots.map(snap);
  }
}

function buildRoots(lessons: LessonSummary[], options: LessonTreeOptions): TreeNode[] {
  if (options.folders.length <= 1) return groupLevels(lessons, options.groupBy, 'root', options.folders[0]?.uri);
  const known = new Set(options.folders.map((folder) => folder.uri));
  const roots: TreeNode[] = options.folders.map((folder) => {
    const inFolder = lessons.filter((lesson) => lesson.folderUri === folder.uri);
    const id = `folder:${folder.uri}`;
    return {
      kind: 'folder',
      id,
      label: folder.name,
      description: countText(inFolder.length),
      icon: FOLDER_ICON,
      folderUri: folder.uri,
      count: inFolder.length,
      children: groupLevels(inFolder, options.groupBy, id, folder.uri),
    };
  });
  const outside = lessons.filter((lesson) => !lesson.folderUri || !known.has(lesson.folderUri));
  if (outside.length > 0) {
    const id = 'folder:(outside)';
    roots.push({
      kind: 'folder',
      id,
      label: OUTSIDE_FOLDERS,
      description: countText(outside.length),
      icon: OUTSIDE_ICON,
      count: outside.length,
      children: groupLevels(outside, options.groupBy, id, undefined),
    });
  }
  return roots;
}

/** Two levels of groups (locality and stage, in the chosen order), then the lessons; or one level of themes or topics. */
function groupLevels(lessons: LessonSummary[], groupBy: GroupBy, parentId: string, folderUri: string | undefined): TreeNode[] {
  if (groupBy === 'theme') return themeGroups(lessons, parentId, folderUri);
  if (groupBy === 'topic') return topicGroups(lessons, parentId, folderUri);
  return groupBy === 'locality'
    ? localityGroups(lessons, parentId, folderUri, (group, id, name) => stageGroups(group, id, folderUri, name, (leaves) => lessonNodes(leaves)))
    : stageGroups(lessons, parentId, folderUri, undefined, (group, id, stage) => localityGroups(group, id, folderUri, (leaves) => lessonNodes(leaves), stage));
}
