import { findLocality, type Locality, type WorkspaceConfig } from '../config/workspaceConfig';
import type { LessonEntry } from '../index/LessonIndex';
import { STAGES, type Stage } from '../../../../shared/stages';
import { escapeMarkdown } from './markdown';

export interface LocalityStageCounts {
  locality: Locality;
  byStage: Record<Stage, number>;
  /** Lessons of the locality without a valid stage. */
  withoutStage: number;
  total: number;
}

/** How many lessons a locality has at each stage; a lesson naming it by an alias counts too. */
export function localityStageCounts(locality: Locality, config: WorkspaceConfig, lessons: Iterable<LessonEntry>): LocalityStageCounts {
  const byStage = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  let withoutStage = 0;
  let total = 0;
  // Every way a lesson may name the locality, looked up once instead of per lesson.
  const names = new Set(
    [locality.name, ...(locality.aliases ?? [])].filter((name) => findLocality(config, name)?.name === locality.name).map((name) => name.trim().toLowerCase()),
  );
  for (const { facts } of lessons) {
    if (!facts.locality || !names.has(facts.locality.trim().toLowerCase())) continue;
    total++;
    if (facts.stage) byStage[facts.stage]++;
    else withoutStage++;
  }
  return { locality, byStage, withoutStage, total };
}

export function localitySummaryMarkdown(counts: LocalityStageCounts): string {
  const { locality } = counts;
  const heading = `**${escapeMarkdown(locality.name)}** · id prefix \`${locality.prefix}\``;
  const aliases = locality.aliases && locality.aliases.length > 0 ? `Also known as ${locality.aliases.map(escapeMarkdown).join(', ')}.` : undefined;
  const total = `${counts.total} ${counts.total === 1 ? 'lesson' : 'lessons'} in this workspace${counts.total > 0 ? ':' : '.'}`;
  const stages = counts.total > 0 ? STAGES.map((stage) => `- ${stage}: ${counts.byStage[stage]}`) : [];
  if (counts.withoutStage > 0) stages.push(`- without a valid stage: ${counts.withoutStage}`);
  return [heading, ...(aliases ? [aliases] : []), [total, ...stages].join('\n')].join('\n\n');
}
