import { findLocality, type WorkspaceConfig } from '../config/workspaceConfig';
import { ADOPTION_ACTIONS, STAGES, type AdoptionAction, type LessonFacts, type Stage } from '../lesson/lessonModel';
import { audienceMaySee, DEFAULT_AUDIENCE, type LeftOut, type ReportAudience } from './reportAudience';

/**
 * The catalogue of a workspace's lessons for people who never open an editor: what was
 * learnt where, what was reused, where effort is still duplicated. Plain data; the
 * Markdown and HTML renderings live with the command line.
 */
export interface CatalogueReport {
  /** The workspace's name, e.g. its folder's. */
  title: string;
  /** YYYY-MM-DD */
  generatedOn: string;
  /** Who the report is for; lessons above its sensitivity level are left out. */
  audience: ReportAudience;
  stages: readonly Stage[];
  totals: CatalogueTotals;
  /** Lessons per locality and stage, localities in the config's order, then any others. */
  localities: LocalityRow[];
  /** Lessons per stage across every locality. */
  stageTotals: Record<Stage, number>;
  topics: TopicGroup[];
  /** Lessons whose solution another locality adopted, most adopted first. */
  reuse: ReuseGroup[];
  adoptionsByAction: Record<AdoptionAction, number>;
  /** Groups of similar lessons that do not link to each other, strongest first; undefined when similarity was not computed. */
  unlinkedClusters?: SimilarCluster[];
  /** Every curated or communicated lesson with its summary, communicated first. */
  summaries: LessonSummary[];
}

export interface CatalogueTotals {
  lessons: number;
  localities: number;
  topics: number;
  /** Lessons that record reusing at least one other locality's solution (adoptionsByAction counts each adoption). */
  adoptions: number;
  /** Files in the index that could not be read as a lesson (no id): they are left out of the counts. */
  notRead: number;
  /** Lessons left out on purpose, by reason: none of them is counted or named anywhere else. */
  leftOut: LeftOut;
}

/** A lesson as the report names it. */
export interface LessonRef {
  id: string;
  uri: string;
  title?: string;
  /** The locality's name as configured, or as written when the workspace does not know it. */
  locality: string;
  stage?: Stage;
}

export interface LocalityRow {
  locality: string;
  prefix?: string;
  byStage: Record<Stage, number>;
  /** Lessons with no valid stage. */
  noStage: number;
  total: number;
}

export interface TopicGroup {
  topic: string;
  lessons: LessonRef[];
  /** How many localities wrote about it. */
  localities: number;
}

export interface ReuseGroup {
  /** The adopted lesson; only the id when no lesson in the workspace has it. */
  original: LessonRef | { id: string; uri?: undefined };
  adoptions: { lesson: LessonRef; action: AdoptionAction }[];
  /** Other localities the solution reached, directly or through lessons that adopted an adoption. */
  reached: string[];
}

export interface SimilarCluster {
  lessons: LessonRef[];
  localities: string[];
  /** The highest score between two lessons of the cluster. */
  bestScore: number;
}

export interface LessonSummary {
  lesson: LessonRef;
  summary: string;
}

/** Two lessons the similarity engine found alike that are not linked by adoption or related. */
export interface SimilarPair {
  a: string;
  b: string;
  score: number;
}

export interface CatalogueInput {
  title: string;
  lessons: Iterable<{ uri: string; facts: LessonFacts }>;
  config: WorkspaceConfig;
  /** YYYY-MM-DD */
  today: string;
  /** Unlinked similar pairs by uri; leave out when similarity was not computed. */
  similarPairs?: readonly SimilarPair[];
  /** Who the report is for (default: readers). */
  audience?: ReportAudience;
  /** Lessons never to report, e.g. those holding an NHS number, by uri. */
  withheld?: ReadonlySet<string>;
}

export const NO_LOCALITY = '(no locality)';

export function buildCatalogueReport(input: CatalogueInput): CatalogueReport {
  const lessons: LessonRef[] = [];
  const factsOf = new Map<string, LessonFacts>();
  let notRead = 0;
  const audience = input.audience ?? DEFAULT_AUDIENCE;
  const leftOut: LeftOut = { sensitivity: 0, nhsNumber: 0 };
  for (const { uri, facts } of input.lessons) {
    if (!facts.id) {
      notRead++;
      continue;
    }
    if (input.withheld?.has(uri)) {
      leftOut.nhsNumber++;
      continue;
    }
    if (!audienceMaySee(audience, facts)) {
      leftOut.sensitivity++;
      continue;
    }
    lessons.push(lessonRef(uri, facts, input.config));
    factsOf.set(uri, facts);
  }
  lessons.sort(byId);
  const byUri = new Map(lessons.map((lesson) => [lesson.uri, lesson]));
  const byIdFirst = new Map<string, LessonRef>();
  for (const lesson of lessons) if (!byIdFirst.has(lesson.id)) byIdFirst.set(lesson.id, lesson);

  const localities = localityRows(lessons, input.config);
  const stageTotals = countByStage(lessons);
  const topics = topicGroups(lessons, factsOf, input.config);
  const { reuse, adoptionsByAction, adoptingLessons } = reuseGroups(lessons, factsOf, byIdFirst);
  const unlinkedClusters = input.similarPairs ? clusters(input.similarPairs, byUri) : undefined;
  const summaries = lessons
    .filter((lesson) => lesson.stage === 'curated' || lesson.stage === 'communicated')
    .sort((a, b) => stageRank(b) - stageRank(a) || a.locality.localeCompare(b.locality) || byId(a, b))
    .map((lesson) => ({ lesson, summary: (factsOf.get(lesson.uri)?.summary ?? '').trim() }));

  return {
    title: input.title,
    generatedOn: input.today,
    audience,
    stages: STAGES,
    totals: {
      lessons: lessons.length,
      localities: localities.filter((row) => row.total > 0).length,
      topics: topics.length,
      adoptions: adoptingLessons,
      notRead,
      leftOut,
    },
    localities,
    stageTotals,
    topics,
    reuse,
    adoptionsByAction,
    unlinkedClusters,
    summaries,
  };
}

function lessonRef(uri: string, facts: LessonFacts, config: WorkspaceConfig): LessonRef {
  const written = facts.locality?.trim();
  const known = written ? findLocality(config, written) : undefined;
  return { id: facts.id!, uri, title: facts.title, locality: known?.name ?? (written || NO_LOCALITY), stage: facts.stage };
}

function byId(a: { id: string; uri?: string }, b: { id: string; uri?: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : (a.uri ?? '') < (b.uri ?? '') ? -1 : (a.uri ?? '') > (b.uri ?? '') ? 1 : 0;
}

function stageRank(lesson: LessonRef): number {
  return lesson.stage ? STAGES.indexOf(lesson.stage) : -1;
}

function emptyStageCounts(): Record<Stage, number> {
  return Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
}

function countByStage(lessons: readonly LessonRef[]): Record<Stage, number> {
  const counts = emptyStageCounts();
  for (const lesson of lessons) if (lesson.stage) counts[lesson.stage]++;
  return counts;
}

/** Configured localities first, in the config's order (all of them when the workspace lists its own), then others by name. */
function localityRows(lessons: readonly LessonRef[], config: WorkspaceConfig): LocalityRow[] {
  const rows = new Map<string, LocalityRow>();
  const row = (locality: string, prefix?: string): LocalityRow => {
    let found = rows.get(locality);
    if (!found) rows.set(locality, (found = { locality, prefix, byStage: emptyStageCounts(), noStage: 0, total: 0 }));
    return found;
  };
  const configured = new Map(config.localities.map((locality) => [locality.name, locality]));
  if (!config.usesDefaultLocalities) for (const locality of config.localities) row(locality.name, locality.prefix);
  for (const lesson of lessons) {
    const target = row(lesson.locality, configured.get(lesson.locality)?.prefix);
    if (lesson.stage) target.byStage[lesson.stage]++;
    else target.noStage++;
    target.total++;
  }
  const order = new Map(config.localities.map((locality, index) => [locality.name, index]));
  return [...rows.values()].sort((a, b) => {
    const ai = order.get(a.locality) ?? Infinity;
    const bi = order.get(b.locality) ?? Infinity;
    return ai !== bi ? ai - bi : a.locality.localeCompare(b.locality);
  });
}

/** Topics ignoring case, spelt as the config's topic list spells them, most written-about first. */
function topicGroups(lessons: readonly LessonRef[], factsOf: ReadonlyMap<string, LessonFacts>, config: WorkspaceConfig): TopicGroup[] {
  const spelling = new Map(config.topics.map((topic) => [topic.trim().toLowerCase(), topic.trim()]));
  const groups = new Map<string, TopicGroup>();
  for (const lesson of lessons) {
    const seen = new Set<string>();
    for (const raw of factsOf.get(lesson.uri)?.topics ?? []) {
      const key = raw.trim().toLowerCase();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { topic: spelling.get(key) ?? raw.trim(), lessons: [], localities: 0 }));
      group.lessons.push(lesson);
    }
  }
  for (const group of groups.values()) group.localities = new Set(group.lessons.map((lesson) => lesson.locality)).size;
  return [...groups.values()].sort((a, b) => b.lessons.length - a.lessons.length || a.topic.localeCompare(b.topic));
}

function reuseGroups(
  lessons: readonly LessonRef[],
  factsOf: ReadonlyMap<string, LessonFacts>,
  byIdFirst: ReadonlyMap<string, LessonRef>,
): { reuse: ReuseGroup[]; adoptionsByAction: Record<AdoptionAction, number>; adoptingLessons: number } {
  const adoptionsByAction = Object.fromEntries(ADOPTION_ACTIONS.map((action) => [action, 0])) as Record<AdoptionAction, number>;
  const groups = new Map<string, ReuseGroup>();
  /** Adopted id → the ids that adopted it, to follow chains. */
  const adoptersOf = new Map<string, LessonRef[]>();
  let adoptingLessons = 0;
  for (const lesson of lessons) {
    const facts = factsOf.get(lesson.uri)!;
    // Each adoption block counts: a lesson that reuses two solutions is in both groups.
    const counted = facts.adoptions.filter((adoption) => adoption.lesson && adoption.action);
    if (counted.length > 0) adoptingLessons++;
    for (const adoption of counted) {
      const adopted = adoption.lesson;
      if (!adopted || !adoption.action) continue;
      adoptionsByAction[adoption.action]++;
      let group = groups.get(adopted);
      if (!group) groups.set(adopted, (group = { original: byIdFirst.get(adopted) ?? { id: adopted }, adoptions: [], reached: [] }));
      group.adoptions.push({ lesson, action: adoption.action });
      let adopters = adoptersOf.get(adopted);
      if (!adopters) adoptersOf.set(adopted, (adopters = []));
      if (!adopters.includes(lesson)) adopters.push(lesson);
    }
  }
  for (const [id, group] of groups) {
    const home = 'locality' in group.original ? group.original.locality : undefined;
    const reached = new Set<string>();
    const visited = new Set<string>([id]);
    const pending = [...(adoptersOf.get(id) ?? [])];
    while (pending.length > 0) {
      const next = pending.pop()!;
      if (visited.has(next.id)) continue;
      visited.add(next.id);
      if (next.locality !== home) reached.add(next.locality);
      pending.push(...(adoptersOf.get(next.id) ?? []));
    }
    group.reached = [...reached].sort((a, b) => a.localeCompare(b));
  }
  const reuse = [...groups.values()].sort((a, b) => b.reached.length - a.reached.length || b.adoptions.length - a.adoptions.length || byId(a.original, b.original));
  return { reuse, adoptionsByAction, adoptingLessons };
}

/**
 * Groups of lessons in which every two are a similar pair (complete linkage), built from
 * the strongest pairs down. Joining on any single pair instead would chain a large
 * catalogue into one meaningless group through lessons that each resemble the next.
 * Strongest groups first; lessons the report does not list are ignored.
 */
function clusters(pairs: readonly SimilarPair[], byUri: ReadonlyMap<string, LessonRef>): SimilarCluster[] {
  const key = (a: string, b: string): string => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
  const kept = pairs.filter((pair) => pair.a !== pair.b && byUri.has(pair.a) && byUri.has(pair.b));
  const scoreOf = new Map(kept.map((pair) => [key(pair.a, pair.b), pair.score]));
  const strongestFirst = [...kept].sort((x, y) => y.score - x.score || (key(x.a, x.b) < key(y.a, y.b) ? -1 : 1));
  const groupOf = new Map<string, { members: string[]; bestScore: number }>();
  const allPaired = (members: readonly string[], others: readonly string[]): boolean => members.every((a) => others.every((b) => scoreOf.has(key(a, b))));
  for (const pair of strongestFirst) {
    const ga = groupOf.get(pair.a);
    const gb = groupOf.get(pair.b);
    if (ga && ga === gb) continue;
    if (!ga && !gb) {
      const group = { members: [pair.a, pair.b], bestScore: pair.score };
      groupOf.set(pair.a, group);
      groupOf.set(pair.b, group);
    } else if (ga && gb) {
      if (!allPaired(ga.members, gb.members)) continue;
      for (const uri of gb.members) groupOf.set(uri, ga);
      ga.members.push(...gb.members);
      ga.bestScore = Math.max(ga.bestScore, gb.bestScore);
    } else {
      const group = (ga ?? gb)!;
      const newcomer = ga ? pair.b : pair.a;
      if (!allPaired(group.members, [newcomer])) continue;
      group.members.push(newcomer);
      groupOf.set(newcomer, group);
    }
  }
  return [...new Set(groupOf.values())]
    .map((group) => {
      const lessons = group.members.map((uri) => byUri.get(uri)!).sort(byId);
      return { lessons, localities: [...new Set(lessons.map((lesson) => lesson.locality))].sort((a, b) => a.localeCompare(b)), bestScore: group.bestScore };
    })
    .sort((a, b) => b.bestScore - a.bestScore || b.lessons.length - a.lessons.length || byId(a.lessons[0], b.lessons[0]));
}
