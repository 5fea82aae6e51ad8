// One run of the browser benchmark: a fresh copy of the corpus, a fresh code-server and Chromium
// (nothing cached from an earlier run), Learn Once staged for the web beside the measuring
// extension, and the figures that extension writes. Shares its staging and driving with the web
// suite (test/web/stageExtensions.mjs, test/web/webWorkbench.mjs).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CorpusManifest } from '../corpus/writeCorpus';
import { installWebOnlyExtension, REPO_ROOT, stageLearnOnceForTheWeb } from '../../test/web/stageExtensions.mjs';
import { openWorkbench, waitForResults } from '../../test/web/webWorkbench.mjs';
import { PLAN_SETTING, type WebBenchFigures, type WebBenchPlan } from './webBenchFigures';
import { webBenchRunOf, type WebBenchRun } from './webBenchResult';

export interface WebBenchRunOptions {
  corpusRoot: string;
  manifest: CorpusManifest;
  /** The private copy of the web bundles (dist/web) to stage. */
  webBundles: string;
  edits: number;
  timeoutMs: number;
}

export async function runWebBenchOnce(options: WebBenchRunOptions): Promise<WebBenchRun> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'learn-once-web-bench-'));
  try {
    // A copy: the edits and anything the workbench writes never reach bench/.corpus.
    const workspace = path.join(scratch, 'workspace');
    cpSync(options.corpusRoot, workspace, { recursive: true });
    const extensionsDir = path.join(scratch, 'extensions');
    await installWebOnlyExtension(extensionsDir, {
      publisher: 'learn-once-bench',
      name: 'web-bench',
      entry: path.join(REPO_ROOT, 'bench/web/measure/measureExtension.ts'),
      // As early as VS Code starts any extension, so it sees Learn Once become active.
      activationEvents: ['*'],
    });
    const extension = stageLearnOnceForTheWeb(scratch, { webBundles: options.webBundles });
    const resultsFile = path.join(scratch, 'figures.json');
    const clean = options.manifest.cleanSample[0];
    if (!clean) throw new Error('the corpus manifest names no clean lesson to edit');
    const plan: WebBenchPlan = {
      resultsPath: resultsFile,
      lessons: options.manifest.count,
      brokenLessons: options.manifest.broken.map((lesson) => lesson.path),
      editedLesson: clean.path,
      edits: options.edits,
    };
    const workbench = await openWorkbench({ folder: workspace, extensionsDir, extension, settings: { [PLAN_SETTING]: plan } });
    try {
      const figures = await waitForResults<WebBenchFigures>(resultsFile, options.timeoutMs);
      if (!figures) {
        const said = [...workbench.pageErrors, ...workbench.workerLog].join('\n');
        throw new Error(`the measuring extension wrote nothing within ${options.timeoutMs / 1000} s${said ? `; the workbench said:\n${said}` : ''}`);
      }
      if (figures.error) throw new Error(`the measuring extension failed: ${figures.error}`);
      return webBenchRunOf(figures, workbench.loadStartedAt, plan);
    } finally {
      await workbench.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
