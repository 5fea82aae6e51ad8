// Runs the extension-host suite inside code-server (VS Code 1.100 served to headless Chromium):
// builds the extension and the suite, copies examples/ with one broken lesson, opens the workbench
// with a `payload` naming the extension under development and the suite, and waits for the results
// file the suite writes. Prints each test, then "N passed, N failed"; exits non-zero on any failure
// or when the suite does not finish in time (LEARN_ONCE_TEST_TIMEOUT seconds, default 600).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { launchChromium } from '../../scripts/code-server/browser.mjs';
import { setupCodeServer } from '../../scripts/code-server/setup.mjs';
import { startCodeServer } from '../../scripts/code-server/start.mjs';
import { buildSuite, REPO_ROOT, runBuildDir } from './build.mjs';
import { copyExamples } from './fixture.mjs';
import { waitForResults } from '../web/webWorkbench.mjs';
import { exitWithCounts } from '../support/exitWithCounts.mjs';

const timeoutMs = Number(process.env.LEARN_ONCE_TEST_TIMEOUT ?? 600) * 1000;
const artefacts = path.join(REPO_ROOT, 'test-results', 'extension');

async function main() {
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  const suiteDir = runBuildDir();
  const suite = await buildSuite(suiteDir);
  setupCodeServer({ browser: true });

  const workspace = copyExamples();
  const scratch = mkdtempSync(path.join(tmpdir(), 'learn-once-extension-tests-'));
  const resultsFile = path.join(scratch, 'results.json');
  rmSync(artefacts, { recursive: true, force: true });
  mkdirSync(artefacts, { recursive: true });
  let server;
  let browser;
  try {
    server = await startCodeServer({ folder: workspace.root, env: { LEARN_ONCE_TEST_RESULTS: resultsFile } });
    const remote = (file) => `vscode-remote://127.0.0.1:${server.port}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(REPO_ROOT)],
      ['extensionTestsPath', remote(suite)],
    ];
    browser = await launchChromium();
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url({ payload: JSON.stringify(payload) }));
    console.log(`Extension-host suite running in code-server at ${server.origin} on ${workspace.root}`);

    // The counts line is printed by main(), last.
    const results = await waitForResults(resultsFile, timeoutMs, (line) => {
      if (!/^\d+ passed, \d+ failed$/.test(line)) console.log(line);
    });
    if (!results) {
      await page.screenshot({ path: path.join(artefacts, 'timeout.png') }).catch(() => {});
      keepLogs(server.userDataDir);
      console.log(`The suite did not finish within ${timeoutMs / 1000} s.`);
      if (pageErrors.length > 0) console.log(`Errors in the workbench page:\n${pageErrors.join('\n')}`);
      console.log(`code-server said:\n${server.output()}`);
      return { passed: 0, failed: 1 };
    }
    cpSync(resultsFile, path.join(artefacts, 'results.json'));
    if (results.failed > 0) keepLogs(server.userDataDir);
    return results;
  } finally {
    await browser?.close();
    await server?.stop();
    workspace.dispose();
    rmSync(suiteDir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Keeps VS Code's logs (extension host, language server output) as test artefacts. */
function keepLogs(userDataDir) {
  const logs = path.join(userDataDir, 'logs');
  if (existsSync(logs)) {
    cpSync(logs, path.join(artefacts, 'logs'), { recursive: true });
    console.log(`VS Code's logs are in ${path.relative(process.cwd(), path.join(artefacts, 'logs'))}`);
  }
}

exitWithCounts(main);
