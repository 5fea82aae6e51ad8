import type { WorkspaceConfig } from '../config/workspaceConfig';
import { STAGES, type Stage } from '../../../../shared/stages';
import type { LessonRef } from './reportTypes';

/** One locality's lessons at each stage. */
export interface LocalityRow {
  locality: string;
  prefix?: string;
  byStage: Record<Stage, number>;
  /** Lessons with no valid stage. */
  noStage: number;
  total: number;
}

function emptyStageCounts(): Record<Stage, number> {
  return Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
}

/** Lessons per stage, across every locality. */
export function countByStage(lessons: readonly LessonRef[]): Record<Stage, number> {
  const counts = emptyStageCounts();
  for (const lesson of lessons) if (lesson.stage) counts[lesson.stage]++;
  return counts;
}

/**
 * Lessons per locality and stage: configured localities first, in the config's order (all
 * of them, empty ones too, when the workspace lists its own), then others by name.
 */
export function localityRows(lessons: readonly LessonRef[], config: WorkspaceConfig): LocalityRow[] {
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
