// Runs the extension-host suite in VS Code desktop through @vscode/test-electron, for machines
// that can download VS Code (CI here uses runInCodeServer.mjs instead, with the same suite).
// On Linux without a display, run it under xvfb-run. Prints each test, then "N passed, N failed";
// exits non-zero on any failure.
import { runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildSuite, REPO_ROOT, runBuildDir } from './build.mjs';
import { copyExamples } from './fixture.mjs';
import { exitWithCounts } from '../support/exitWithCounts.mjs';

/** The VS Code release the suite targets (code-server 4.100.3 is the same one); override with VSCODE_VERSION. */
const version = process.env.VSCODE_VERSION ?? '1.100.3';

async function main() {
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  const suiteDir = runBuildDir();
  const suite = await buildSuite(suiteDir);
  const workspace = copyExamples();
  const scratch = mkdtempSync(path.join(tmpdir(), 'learn-once-electron-tests-'));
  const resultsFile = path.join(scratch, 'results.json');
  try {
    try {
      await runTests({
        version,
        extensionDevelopmentPath: REPO_ROOT,
        extensionTestsPath: suite,
        extensionTestsEnv: { LEARN_ONCE_TEST_RESULTS: resultsFile },
        launchArgs: [workspace.root, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      });
    } catch (error) {
      // A failing suite makes runTests reject; the results file still tells what happened.
      if (!existsSync(resultsFile)) throw error;
    }
    if (!existsSync(resultsFile)) throw new Error('VS Code exited without the suite writing its results');
    return JSON.parse(readFileSync(resultsFile, 'utf8'));
  } finally {
    workspace.dispose();
    rmSync(suiteDir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

exitWithCounts(main);
