import type { WorkspaceConfig } from '../config/workspaceConfig';
import { compareText } from './lessonRefs';
import type { LessonRef, ReportLesson } from './reportTypes';

/** One topic with the lessons about it. */
export interface TopicGroup {
  topic: string;
  lessons: LessonRef[];
  /** How many localities wrote about it. */
  localities: number;
}

/**
 * The lessons under each topic, topics matched ignoring case and spelt as the config's
 * topic list spells them (else as first written), most written-about first.
 */
export function topicIndex(lessons: readonly ReportLesson[], config: WorkspaceConfig): TopicGroup[] {
  const spelling = new Map(config.topics.map((topic) => [topic.trim().toLowerCase(), topic.trim()]));
  const groups = new Map<string, TopicGroup>();
  for (const { ref, facts } of lessons) {
    const seen = new Set<string>();
    for (const raw of facts.topics) {
      const key = raw.trim().toLowerCase();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { topic: spelling.get(key) ?? raw.trim(), lessons: [], localities: 0 }));
      group.lessons.push(ref);
    }
  }
  for (const group of groups.values()) group.localities = new Set(group.lessons.map((lesson) => lesson.locality)).size;
  return [...groups.values()].sort((a, b) => b.lessons.length - a.lessons.length || a.topic.localeCompare(b.topic) || compareText(a.topic, b.topic));
}
