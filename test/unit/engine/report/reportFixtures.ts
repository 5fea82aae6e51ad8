import { parseWorkspaceConfig, type WorkspaceConfig } from '../../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import type { LessonFacts } from '../../../../server/src/engine/lesson/lessonModel';
import {
  buildCatalogueReport,
  type CatalogueInput,
  type CatalogueReport,
  type CuratorsReport,
  type ReadersReport,
} from '../../../../server/src/engine/report/catalogueReport';
import { lesson, TODAY } from '../../support/lessons';

/** The workspace config the report's unit tests share. */
export const CONFIG: WorkspaceConfig = parseWorkspaceConfig(`localities:
  - {name: Great North Care Record, prefix: GN, aliases: [GNCR]}
  - {name: Dorset Care Record, prefix: DC, aliases: [DCR]}
  - {name: Leeds Care Record, prefix: LD, aliases: [LCR]}
  - {name: Wessex Care Records, prefix: WX}
topics: [Information Governance, training, data sharing]
curators: [Priya Shah]
`).config;

export type LessonInput = { uri: string; facts: LessonFacts };

/** A lesson at file:///ws/<file>, analysed as the workspace would; fields replaced or removed (undefined). */
export function entry(file: string, overrides: Record<string, string | undefined>, config: WorkspaceConfig = CONFIG): LessonInput {
  return { uri: `file:///ws/${file}`, facts: analyzeLesson(lesson(overrides), { config, today: TODAY }).facts };
}

/** A communicated lesson with a valid review. */
export function communicated(file: string, overrides: Record<string, string | undefined>): LessonInput {
  return entry(file, { stage: 'communicated', reviewed_by: 'Priya Shah', reviewed_on: '2025-01-01', summary: 'In one paragraph.', ...overrides });
}

function build(lessons: CatalogueInput['lessons'], extra: Partial<CatalogueInput>): CatalogueReport {
  return buildCatalogueReport({ title: 'ws', lessons, config: CONFIG, today: TODAY, ...extra });
}

export function readersReport(lessons: CatalogueInput['lessons'], extra: Partial<CatalogueInput> = {}): ReadersReport {
  const report = build(lessons, extra);
  if (report.kind !== 'readers') throw new Error(`expected a readers' report, got ${report.kind}`);
  return report;
}

export function curatorsReport(lessons: CatalogueInput['lessons'], extra: Partial<CatalogueInput> = {}): CuratorsReport {
  const report = build(lessons, { ...extra, audience: 'curators' });
  if (report.kind !== 'curators') throw new Error(`expected a curators' report, got ${report.kind}`);
  return report;
}
