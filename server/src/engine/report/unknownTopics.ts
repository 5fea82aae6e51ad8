import type { WorkspaceConfig } from '../config/workspaceConfig';
import { nearest } from '../text/suggest';
import { compareText } from './lessonRefs';
import type { LessonRef, ReportLesson } from './reportTypes';

/** A topic outside the workspace's topic list, with the lessons that use it. */
export interface UnknownTopic {
  /** As the first lesson (by id) writes it; spellings that differ only in case are one topic. */
  topic: string;
  lessons: LessonRef[];
  /** The listed term it is probably a variant of, as the `unknown-topic` fix would suggest. */
  nearest?: string;
}

export interface UnknownTopics {
  /** Whether learn-once.yaml has a topic list; without one every topic is accepted and none is unknown. */
  listed: boolean;
  /** Most used first. */
  topics: UnknownTopic[];
}

/**
 * The topics the `unknown-topic` rule warns about (not in `topics:` in learn-once.yaml,
 * ignoring case), gathered across lessons so a curator can add a term to the list or
 * correct the lessons, with the same nearest-term suggestion (`text/suggest.ts`).
 */
export function unknownTopics(lessons: readonly ReportLesson[], config: WorkspaceConfig): UnknownTopics {
  if (config.topics.length === 0) return { listed: false, topics: [] };
  const known = new Set(config.topics.map((topic) => topic.trim().toLowerCase()));
  const groups = new Map<string, UnknownTopic>();
  for (const { ref, facts } of lessons) {
    const seen = new Set<string>();
    for (const raw of facts.topics) {
      const key = raw.trim().toLowerCase();
      if (!key || known.has(key) || seen.has(key)) continue;
      seen.add(key);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { topic: raw.trim(), lessons: [], nearest: nearest(raw, config.topics) }));
      group.lessons.push(ref);
    }
  }
  const topics = [...groups.values()].sort((a, b) => b.lessons.length - a.lessons.length || compareText(a.topic.toLowerCase(), b.topic.toLowerCase()));
  return { listed: true, topics };
}
