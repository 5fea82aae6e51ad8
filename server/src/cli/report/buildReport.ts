import * as path from 'node:path';
import { todayIso } from '../../engine/lesson/analyzeLesson';
import { buildCatalogueReport, type CatalogueReport } from '../../engine/report/catalogueReport';
import type { ReportAudience } from '../../engine/report/reportAudience';
import { unlinkedSimilarPairs } from '../../engine/report/unlinkedSimilarPairs';
import { lessonFileName } from '../../engine/authoring/newLesson';
import { loadWorkspace, type LoadOptions } from '../loadWorkspace';

export interface BuiltReport {
  report: CatalogueReport;
  /** The workspace folder the report covers. */
  root: string;
}

export interface ReportOptions extends LoadOptions {
  /** YYYY-MM-DD; today by default. */
  today?: string;
  /** Called while lessons are compared with each other, the slow part in a large workspace. */
  onCompareProgress?: (done: number, total: number) => void;
  audience?: ReportAudience;
}

/** Loads a folder's workspace with similarity and builds its catalogue report. */
export async function buildReport(folder: string, cwd: string, options: ReportOptions = {}): Promise<BuiltReport> {
  const loaded = await loadWorkspace([folder], cwd, { onProgress: options.onProgress, similarity: true });
  const root = loaded.roots[0];
  const workspace = loaded.workspace;
  // A report is shared further than the workspace: a lesson holding an NHS number stays out of it.
  const withheld = new Set<string>();
  for (const entry of workspace.index.all()) if (entry.problems.some((problem) => problem.code === 'nhs-number')) withheld.add(entry.uri);
  const report = buildCatalogueReport({
    title: path.basename(root),
    lessons: workspace.index.all(),
    config: workspace.configFor(path.join(root, lessonFileName('X-1'))),
    today: options.today ?? todayIso(),
    similarPairs: unlinkedSimilarPairs(workspace, options.onCompareProgress),
    audience: options.audience,
    withheld,
  });
  return { report, root };
}
