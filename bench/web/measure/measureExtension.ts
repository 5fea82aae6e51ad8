import * as vscode from 'vscode';
import { PLAN_SETTING, type WebBenchFigures, type WebBenchPlan } from '../webBenchFigures';
import { measureEditLatency } from './editLatency';
import { watchIndexComplete } from './indexComplete';
import { diagnosticsQuiet } from './learnOnceDiagnostics';

/** Longest the scan of the workspace may take before the run is given up. */
const INDEX_CAP_MS = 180_000;

/**
 * The browser benchmark's measuring extension, installed by bench/web/runWebBench.mts as a
 * web-only extension: VS Code runs it in the same web-worker extension host as Learn Once's
 * browser entry, and starts it as early as it starts any extension ('*'), so it sees Learn Once
 * become active. It writes its figures to the file the driver names in the user settings.
 */
export function activate(): void {
  const measuringStartedAt = Date.now();
  const plan = vscode.workspace.getConfiguration().get<WebBenchPlan>(PLAN_SETTING);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!plan || !folder) return;
  void measure(plan, folder.uri, measuringStartedAt);
}

async function measure(plan: WebBenchPlan, folder: vscode.Uri, measuringStartedAt: number): Promise<void> {
  const resultsFile = folder.with({ path: plan.resultsPath });
  const log = progressLog(resultsFile.with({ path: `${plan.resultsPath}.log` }));
  const figures: WebBenchFigures = {
    processInHost: typeof (globalThis as { process?: unknown }).process,
    measuringStartedAt,
    brokenSeen: 0,
    brokenTotal: plan.brokenLessons.length,
  };
  try {
    const index = await watchIndexComplete(
      plan.brokenLessons.map((relative) => vscode.Uri.joinPath(folder, relative)),
      INDEX_CAP_MS,
    );
    Object.assign(figures, index);
    if (index.problemsCompleteAt === undefined || index.viewCompleteAt === undefined)
      throw new Error(`the index was not complete within ${INDEX_CAP_MS / 1000} s`);
    await log(`  index complete: problems of ${index.brokenSeen}/${plan.brokenLessons.length} broken lessons, Lessons view of ${index.viewLessons} lessons`);
    // As the Node benchmark: the background work after the scan (similar-lesson hints) first.
    figures.settledAt = await diagnosticsQuiet(1_000, 30_000);
    await log(
      `  settled ${figures.settledAt === undefined ? 'not within 30 s' : `${figures.settledAt - index.problemsCompleteAt} ms after the problems`}; editing ${plan.editedLesson}`,
    );
    figures.edits = await measureEditLatency(vscode.Uri.joinPath(folder, plan.editedLesson), plan.edits);
  } catch (error) {
    figures.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  await vscode.workspace.fs.writeFile(resultsFile, new TextEncoder().encode(JSON.stringify(figures, null, 2)));
}

/** Appends progress lines to a file the driver shows as they come. */
function progressLog(file: vscode.Uri): (line: string) => Promise<void> {
  const lines: string[] = [];
  return async (line) => {
    lines.push(line);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`${lines.join('\n')}\n`));
  };
}
