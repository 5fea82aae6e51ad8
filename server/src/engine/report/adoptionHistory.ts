import type { AdoptionAction, AdoptionStatus } from '../lesson/lessonModel';
import { byId, compareText } from './lessonRefs';
import type { LessonRef, ReportLesson } from './reportTypes';

/** One `adoption` block: a lesson that reused another's solution, and how far it got. */
export interface AdoptionRecord {
  /** The lesson that records the adoption. */
  by: LessonRef;
  /** The id of the lesson adopted. */
  of: string;
  action: AdoptionAction;
  status?: AdoptionStatus;
  /** YYYY-MM-DD as written: when the adoption reached its status. */
  date?: string;
  outcome?: string;
}

/** Who adopted which lesson, among the lessons an audience may see. */
export interface AdoptionHistories {
  /** The adoptions of a lesson id, by the adopting lesson's id (its blocks in file order). */
  of(id: string): AdoptionRecord[];
  /**
   * The localities other than `home` a lesson's solution reached: through the lessons that
   * adopted it, and the lessons that adopted those (an enhancement of a replication reached
   * the original too). By name.
   */
  reached(id: string, home: string): string[];
}

/**
 * Every adoption block with both an adopted id and an action (a block without either is a
 * problem `learn-once check` reports, and says nothing a reader can use). A lesson that
 * reuses two solutions is in both histories.
 */
export function adoptionHistories(lessons: readonly ReportLesson[]): AdoptionHistories {
  const byAdopted = new Map<string, AdoptionRecord[]>();
  for (const { ref, facts } of [...lessons].sort((a, b) => byId(a.ref, b.ref))) {
    for (const adoption of facts.adoptions) {
      if (!adoption.lesson || !adoption.action) continue;
      let records = byAdopted.get(adoption.lesson);
      if (!records) byAdopted.set(adoption.lesson, (records = []));
      records.push({
        by: ref,
        of: adoption.lesson,
        action: adoption.action,
        status: adoption.status,
        date: adoption.date,
        outcome: adoption.outcome?.trim() || undefined,
      });
    }
  }
  return {
    of: (id) => byAdopted.get(id) ?? [],
    reached: (id, home) => {
      const reached = new Set<string>();
      const visited = new Set<string>([id]);
      const pending = (byAdopted.get(id) ?? []).map((record) => record.by);
      while (pending.length > 0) {
        const next = pending.pop()!;
        if (visited.has(next.id)) continue;
        visited.add(next.id);
        if (next.locality !== home) reached.add(next.locality);
        pending.push(...(byAdopted.get(next.id) ?? []).map((record) => record.by));
      }
      return [...reached].sort(compareText);
    },
  };
}
