import type { LessonSummary, LessonTheme } from '../../../shared/protocol';
import type { GroupNode, LessonNode, TreeNode } from './lessonTreeModel';
import { collator, compareLessons, compareLocalities } from './lessonOrder';
import { canAdvance, stageIcon, stageLabel, stageOrder } from './stageIcons';
import { countText, fileName, NO_LOCALITY, NO_THEME, NO_TOPIC } from './treeLabels';

// The groups of the Lessons view under a folder or the root: by locality and by stage (nested
// either way round), by theme or by topic (where a lesson is under each of its own), and the
// lessons themselves as the leaves.

const LOCALITY_ICON = 'location';
const THEME_ICON = 'tag';
const NO_THEME_ICON = 'circle-outline';
const TOPIC_ICON = 'symbol-keyword';

/** A group's own fields: what it is and how it is drawn; its count and children are added by `groupNode`. */
type GroupFields = Omit<GroupNode, 'description' | 'count' | 'children'>;

/** A group drawn with how many lessons it holds, over its children. */
function groupNode(fields: GroupFields, lessonCount: number, children: TreeNode[]): GroupNode {
  return { ...fields, description: countText(lessonCount), count: lessonCount, children };
}

/** A group whose children are its lessons themselves (themes and topics). */
function lessonsGroup(fields: GroupFields, members: LessonSummary[]): GroupNode {
  return groupNode(fields, members.length, lessonNodes(members, fields.id));
}

/** One group per locality, by name; the lessons with none last. */
export function localityGroups(
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
    return groupNode(
      { kind: 'locality', id, label: name ?? NO_LOCALITY, icon: LOCALITY_ICON, folderUri, locality: name, stage },
      members.length,
      inner(members, id, name),
    );
  });
}

/** Stages in lifecycle order; a stage no lesson is in is not shown. */
export function stageGroups(
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
    return groupNode(
      { kind: 'stage', id, label: stageLabel(stage), icon: stageIcon(stage), folderUri, locality, stage },
      members.length,
      inner(members, id, stage),
    );
  });
}

/**
 * One group per theme, by title, with the lessons it collates; the lessons in no theme last.
 * A lesson in two themes is under both, so its nodes' ids carry their group's.
 */
export function themeGroups(lessons: LessonSummary[], parentId: string, folderUri: string | undefined): GroupNode[] {
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
    .map(({ theme, members, label }) =>
      lessonsGroup({ kind: 'theme', id: `${parentId}/theme:${theme.uri}`, label, icon: THEME_ICON, folderUri, themeUri: theme.uri }, members),
    );
  if (inNone.length > 0) groups.push(lessonsGroup({ kind: 'theme', id: `${parentId}/theme:`, label: NO_THEME, icon: NO_THEME_ICON, folderUri }, inNone));
  return groups;
}

/**
 * One group per topic, ignoring case and surrounding spaces (the workspace's unknown-topic
 * rule keeps spellings apart from the vocabulary, not from each other), labelled with the
 * spelling most lessons use; the lessons with no topic last. A lesson with two topics is
 * under both.
 */
export function topicGroups(lessons: LessonSummary[], parentId: string, folderUri: string | undefined): GroupNode[] {
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
    .map(([key, { spellings, members }]) => ({
      key,
      members,
      label: [...spellings.entries()].sort(([a, m], [b, n]) => n - m || collator.compare(a, b))[0]?.[0] ?? key,
    }))
    .sort((a, b) => collator.compare(a.label, b.label) || (a.key < b.key ? -1 : 1))
    .map(({ key, members, label }) =>
      lessonsGroup({ kind: 'topic', id: `${parentId}/topic:${key}`, label, icon: TOPIC_ICON, folderUri, topic: label }, members),
    );
  if (inNone.length > 0) groups.push(lessonsGroup({ kind: 'topic', id: `${parentId}/topic:`, label: NO_TOPIC, icon: NO_THEME_ICON, folderUri }, inNone));
  return groups;
}

/** The lessons of a group, in order. Their ids are the lesson's own unless a group is given (a lesson may be under two). */
export function lessonNodes(lessons: LessonSummary[], groupId?: string): LessonNode[] {
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
