import * as path from 'node:path';
import { lessonFileName } from '../../engine/authoring/newLesson';
import { todayIso } from '../../engine/lesson/analyzeLesson';
import { buildCatalogueReport, type CatalogueReport } from '../../engine/report/catalogueReport';
import type { ReportAudience } from '../../engine/report/reportAudience';
import type { ReportFilters } from '../../engine/report/reportFilters';
import type { SimilarPair } from '../../engine/report/reportTypes';
import { similarPairsQuery, unlinkedSimilarPairs } from '../../engine/report/unlinkedSimilarPairs';
import type { LessonWorkspace } from '../../engine/workspace/LessonWorkspace';
import type { RankingAhead } from '../../analysis/rankingAhead';
import { similarLessonsRanker } from '../similarLessonsRanker';
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
  filters?: ReportFilters;
}

/** Loads a folder's workspace (its themes too) and builds the report for the audience. */
export async function buildReport(folder: string, cwd: string, options: ReportOptions = {}): Promise<BuiltReport> {
  // Only the curators' report names likely duplicates: the others need not compare lessons at all.
  const forCurators = options.audience === 'curators';
  const loaded = await loadWorkspace([folder], cwd, { onProgress: options.onProgress, similarity: forCurators, rankingThread: forCurators });
  const [root] = loaded.roots;
  // loadWorkspace finds a workspace folder for every path it is given (or fails), and it was given one.
  if (root === undefined) throw new Error(`no workspace folder found for ${folder}`);
  const workspace = loaded.workspace;
  // A report is shared further than the workspace: a lesson holding an NHS number stays out of it.
  const withheld = new Set<string>();
  for (const entry of workspace.index.all()) if (entry.problems.some((problem) => problem.code === 'nhs-number')) withheld.add(entry.uri);
  const report = buildCatalogueReport({
    title: path.basename(root),
    lessons: workspace.index.all(),
    config: workspace.configFor(path.join(root, lessonFileName('X-1'))),
    today: options.today ?? todayIso(),
    similarPairs: forCurators ? similarPairs(workspace, loaded.ranking, options.onCompareProgress) : undefined,
    audience: options.audience,
    withheld,
    filters: options.filters,
  });
  return { report, root };
}

/** The curators' likely duplicates, compared on the ranking thread too when there is one. */
function similarPairs(workspace: LessonWorkspace, ranking: RankingAhead | undefined, onProgress?: (done: number, total: number) => void): SimilarPair[] {
  const rank = similarLessonsRanker(workspace, ranking, workspace.index.uris(), (uri) => similarPairsQuery(workspace, uri));
  try {
    return unlinkedSimilarPairs(workspace, onProgress, rank);
  } finally {
    void ranking?.close();
  }
}
