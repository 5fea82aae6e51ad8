import type { LessonSummary, LessonTheme } from '../../../server/src/lsp/protocol';
import { matchesFilter, type LessonFilter } from './lessonFilter';
import { canAdvance, stageIcon, stageLabel, stageOrder } from './stageIcons';

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

export const NO_LOCALITY = 'No locality';
export const NO_THEME = 'In no theme';
export const NO_TOPIC = 'No topic';
export const OUTSIDE_FOLDERS = 'Other lessons';

const FOLDER_ICON = 'root-folder';
const OUTSIDE_ICON = 'folder';
const LOCALITY_ICON = 'location';
const THEME_ICON = 'tag';
const NO_THEME_ICON = 'circle-outline';
const TOPIC_ICON = 'symbol-keyword';

export class LessonTree {
  readonly roots: TreeNode[];
  /** Lessons shown (after the filter) and in the catalogue. */
  readonly shownCount: number;
  readonly totalCount: number;
  private readonly parents = new Map<string, ParentNode>();
  private readonly byUri = new Map<string, LessonNode>();
  private readonly byId = new Map<string, TreeNode>();

  constructor(lessons: Iterable<LessonSummary>, readonly options: LessonTreeOptions) {
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
      }
      else for (const child of node.children) index(child, node);
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
      node.kind === 'lesson' ? { kind: node.kind, label: node.label, description: node.description } : { kind: node.kind, label: node.label, description: node.description, children: node.children.map(snap) };
    return this.roots.map(snap);
  }
}

function buildRoots(lessons: LessonSummary[], options: LessonTreeOptions): TreeNode[] {
  if (options.folders.length <= 1) return groupLevels(lessons, options.groupBy, 'root', options.folders[0]?.uri);
  const known = new Set(options.folders.map((folder) => folder.uri));
  const roots: TreeNode[] = options.folders.map((folder) => {
    const inFolder = lessons.filter((lesson) => lesson.folderUri === folder.uri);
    const id = `folder:${folder.uri}`;
    return { kind: 'folder', id, label: folder.name, description: countText(inFolder.length), icon: FOLDER_ICON, folderUri: folder.uri, count: inFolder.length, children: groupLevels(inFolder, options.groupBy, id, folder.uri) };
  });
  const outside = lessons.filter((lesson) => !lesson.folderUri || !known.has(lesson.folderUri));
  if (outside.length > 0) {
    const id = 'folder:(outside)';
    roots.push({ kind: 'folder', id, label: OUTSIDE_FOLDERS, description: countText(outside.length), icon: OUTSIDE_ICON, count: outside.length, children: groupLevels(outside, options.groupBy, id, undefined) });
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

function localityGroups(
  lessons: LessonSummary[],
  parentId: string,
  folderUri: string | undefined,
  inner: (group: LessonSummary[], id: string, locality: string | undefined) => TreeNode[],
  stage?: string,
): GroupNode[] {
  const groups = groupBy(lessons, (lesson) => lesson.locality?.trim() || undefined);
  const names = [...groups.keys()].sort(compareLocalities);
  return names.map((name) => {
    const members = groups.get(name)!;
    const id = `${parentId}/locality:${name ?? ''}`;
    return { kind: 'locality', id, label: name ?? NO_LOCALITY, description: countText(members.length), icon: LOCALITY_ICON, folderUri, locality: name, stage, count: members.length, children: inner(members, id, name) };
  });
}

/** Stages in lifecycle order; a stage no lesson is in is not shown. */
function stageGroups(
  lessons: LessonSummary[],
  parentId: string,
  folderUri: string | undefined,
  locality: string | undefined,
  inner: (group: LessonSummary[], id: string, stage: string | undefined) => TreeNode[],
): GroupNode[] {
  const groups = groupBy(lessons, (lesson) => (stageOrder(lesson.stage) < stageOrder(undefined) ? lesson.stage : undefined));
  const stages = [...groups.keys()].sort((a, b) => stageOrder(a) - stageOrder(b));
  return stages.map((stage) => {
    const members = groups.get(stage)!;
    const id = `${parentId}/stage:${stage ?? ''}`;
    return { kind: 'stage', id, label: stageLabel(stage), description: countText(members.length), icon: stageIcon(stage), folderUri, locality, stage, count: members.length, children: inner(members, id, stage) };
  });
}

/**
 * One group per theme, by title, with the lessons it collates; the lessons in no theme last.
 * A lesson in two themes is under both, so its nodes' ids carry their group's.
 */
function themeGroups(lessons: LessonSummary[], parentId: string, folderUri: string | undefined): GroupNode[] {
  const themes = new Map<string, { theme: LessonTheme; members: LessonSummary[] }>();
  const inNone: LessonSummary[] = [];
  for (const lesson of lessons) {
    const own = lesson.themes ?? [];
    if (own.length === 0) inNone.push(lesson);
    for (const theme of own) {
      let group = themes.get(theme.uri);
      if (!group) themes.set(theme.uri, (group = { theme, members: [] }));
      group.members.push(lesson);
    }
  }
  const groups: GroupNode[] = [...themes.values()]
    .map(({ theme, members }) => ({ theme, members, label: theme.title?.trim() || theme.id || fileName(theme.uri) }))
    .sort((a, b) => collator.compare(a.label, b.label) || collator.compare(a.theme.uri, b.theme.uri))
    .map(({ theme, members, label }) => {
      const id = `${parentId}/theme:${theme.uri}`;
      return { kind: 'theme', id, label, description: countText(members.length), icon: THEME_ICON, folderUri, themeUri: theme.uri, count: members.length, children: lessonNodes(members, id) };
    });
  if (inNone.length > 0) {
    const id = `${parentId}/theme:`;
    groups.push({ kind: 'theme', id, label: NO_THEME, description: countText(inNone.length), icon: NO_THEME_ICON, folderUri, count: inNone.length, children: lessonNodes(inNone, id) });
  }
  return groups;
}

/**
 * One group per topic, ignoring case and surrounding spaces (the workspace's unknown-topic
 * rule keeps spellings apart from the vocabulary, not from each other), labelled with the
 * spelling most lessons use; the lessons with no topic last. A lesson with two topics is
 * under both.
 */
function topicGroups(lessons: LessonSummary[], parentId: string, folderUri: string | undefined): GroupNode[] {
  const topics = new Map<string, { spellings: Map<string, number>; members: LessonSummary[] }>();
  const inNone: LessonSummary[] = [];
  for (const lesson of lessons) {
    const own = new Map<string, string>();
    for (const topic of lesson.topics ?? []) {
      const spelling = typeof topic === 'string' ? topic.trim() : '';
      if (spelling && !own.has(spelling.toLowerCase())) own.set(spelling.toLowerCase(), spelling);
    }
    if (own.size === 0) inNone.push(lesson);
    for (const [key, spelling] of own) {
      let group = topics.get(key);
      if (!group) topics.set(key, (group = { spellings: new Map(), members: [] }));
      group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
      group.members.push(lesson);
    }
  }
  const groups: GroupNode[] = [...topics.entries()]
    .map(([key, { spellings, members }]) => ({ key, members, label: [...spellings.entries()].sort(([a, m], [b, n]) => n - m || collator.compare(a, b))[0][0] }))
    .sort((a, b) => collator.compare(a.label, b.label) || (a.key < b.key ? -1 : 1))
    .map(({ key, members, label }) => {
      const id = `${parentId}/topic:${key}`;
      return { kind: 'topic', id, label, description: countText(members.length), icon: TOPIC_ICON, folderUri, topic: label, count: members.length, children: lessonNodes(members, id) };
    });
  if (inNone.length > 0) {
    const id = `${parentId}/topic:`;
    groups.push({ kind: 'topic', id, label: NO_TOPIC, description: countText(inNone.length), icon: NO_THEME_ICON, folderUri, count: inNone.length, children: lessonNodes(inNone, id) });
  }
  return groups;
}

/** The lessons of a group, in order. Their ids are the lesson's own unless a group is given (a lesson may be under two). */
function lessonNodes(lessons: LessonSummary[], groupId?: string): LessonNode[] {
  return [...lessons].sort(compareLessons).map((lesson) => ({
    kind: 'lesson',
    id: groupId === undefined ? `lesson:${lesson.uri}` : `${groupId}/lesson:${lesson.uri}`,
    label: lesson.title?.trim() || fileName(lesson.uri),
    description: lesson.id ?? '',
    icon: stageIcon(lesson.stage),
    lesson,
    canAdvance: canAdvance(lesson.stage),
  }));
}

/** By id (numbers in numeric order), then title, then file; lessons without an id last. */
export function compareLessons(a: LessonSummary, b: LessonSummary): number {
  if (a.id && !b.id) return -1;
  if (!a.id && b.id) return 1;
  return collator.compare(a.id ?? '', b.id ?? '') || collator.compare(a.title ?? '', b.title ?? '') || collator.compare(a.uri, b.uri);
}

function compareLocalities(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return collator.compare(a, b);
}

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

function groupBy<K>(lessons: LessonSummary[], key: (lesson: LessonSummary) => K): Map<K, LessonSummary[]> {
  const groups = new Map<K, LessonSummary[]>();
  for (const lesson of lessons) {
    const k = key(lesson);
    let members = groups.get(k);
    if (!members) groups.set(k, (members = []));
    members.push(lesson);
  }
  return groups;
}

export function countText(count: number): string {
  return String(count);
}

export function fileName(uri: string): string {
  const last = uri.split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
