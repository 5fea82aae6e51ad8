// Runs the web suite: Learn Once's browser build in VS Code's web-worker extension host, inside
// code-server (VS Code 1.100 served on 127.0.0.1) opened by headless Chromium, offline. Builds
// the bundles, stages the extension without its Node entry and the suite as a web-only extension,
// opens the workbench on a copy of examples/ (one lesson broken, as fixture.json says) and waits
// for the results file the suite writes through workspace.fs. Prints each test, then
// "N passed, N failed"; exits non-zero on any failure or when the suite does not finish in time
// (LEARN_ONCE_TEST_TIMEOUT seconds, default 300). How and why: docs/web.md.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { copyExamples } from '../extension/fixture.mjs';
import { installSuiteExtension, REPO_ROOT, stageLearnOnceForTheWeb } from './stageExtensions.mjs';
import { openWorkbench, prepareWorkbench, waitForResults } from './webWorkbench.mjs';
import { exitWithCounts } from '../support/exitWithCounts.mjs';

const timeoutMs = Number(process.env.LEARN_ONCE_TEST_TIMEOUT ?? 300) * 1000;
const artefacts = path.join(REPO_ROOT, 'test-results', 'web');

async function main() {
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  prepareWorkbench();

  const scratch = mkdtempSync(path.join(tmpdir(), 'learn-once-web-tests-'));
  const extensionsDir = path.join(scratch, 'extensions');
  const resultsFile = path.join(scratch, 'results.json');
  const extension = stageLearnOnceForTheWeb(scratch);
  await installSuiteExtension(extensionsDir);
  const workspace = copyExamples();
  rmSync(artefacts, { recursive: true, force: true });
  mkdirSync(artefacts, { recursive: true });
  let workbench;
  try {
    const settings = {
      'learnOnceWebTests.resultsPath': resultsFile,
      // The drawn-view check reads the Lessons view's top-level rows; revealing the lessons the suite opens would
      // unfold their localities and push later rows out of the list's rendered range.
      'learnOnce.tree.revealActiveLesson': false,
    };
    workbench = await openWorkbench({ folder: workspace.root, extensionsDir, extension, settings });
    const { page, pageErrors, workerLog } = workbench;
    console.log(`Web suite running in code-server's web-worker extension host at ${workbench.server.origin} on ${workspace.root}`);

    const results = await waitForResults(resultsFile, timeoutMs);
    if (!results) {
      await page.screenshot({ path: path.join(artefacts, 'timeout.png') }).catch(() => {});
      console.log(`The suite did not finish within ${timeoutMs / 1000} s.`);
      if (pageErrors.length > 0) console.log(`Errors in the workbench page:\n${pageErrors.join('\n')}`);
      if (workerLog.length > 0) console.log(`The workbench said:\n${workerLog.join('\n')}`);
      return { passed: 0, failed: 1 };
    }
    cpSync(resultsFile, path.join(artefacts, 'results.json'));
    const drawn = await checkDrawnLessonsView(page);
    console.log(drawn.passed ? `  ✓ ${drawn.title}` : `  ✗ ${drawn.title}\n${drawn.error}`);
    if (results.failed > 0 && workerLog.length > 0) console.log(`The workbench said:\n${workerLog.join('\n')}`);
    return { passed: results.passed + (drawn.passed ? 1 : 0), failed: results.failed + (drawn.passed ? 0 : 1) };
  } finally {
    await workbench?.close();
    workspace.dispose();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The localities the workbench draws in the Lessons view once the suite has added DC-0005 and WX-0099 and imported LD-0005 and WX-0100. */
const DRAWN_LOCALITIES = [
  'Dorset Care Record 5',
  'Great North Care Record 5',
  'Greater Manchester Care Record 5',
  'Leeds Care Record 5',
  'One London 5',
  'Wessex Care Records 7',
  'Yorkshire & Humber Care Record 5',
];

/**
 * The Lessons view as the workbench draws it in the page (the suite opened it): the rows a person
 * sees, not only the tree's data. Waits up to 30 s for them.
 */
async function checkDrawnLessonsView(page) {
  const title = 'the workbench draws the Lessons view: every locality with its count, the new and imported lessons counted';
  // The first pane whose title says Lessons (Related Lessons comes after it); its top-level rows.
  const view = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Lessons' }) }).first();
  const rows = view.locator('.monaco-list-row[aria-level="1"]');
  const deadline = Date.now() + 30_000;
  let drawn = [];
  while (Date.now() < deadline) {
    drawn = await rows
      .evaluateAll((elements) =>
        elements.map((row) => `${row.querySelector('.label-name')?.textContent ?? ''} ${row.querySelector('.label-description')?.textContent ?? ''}`.trim()),
      )
      .catch(() => []);
    if (JSON.stringify(drawn) === JSON.stringify(DRAWN_LOCALITIES)) return { title, passed: true };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await page.screenshot({ path: path.join(artefacts, 'lessons-view.png') }).catch(() => {});
  return { title, passed: false, error: `expected ${JSON.stringify(DRAWN_LOCALITIES)}, drawn ${JSON.stringify(drawn)}` };
}

exitWithCounts(main);
