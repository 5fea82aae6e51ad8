// What the web suite (test/web/runWebTests.mjs) and the browser benchmark (bench/web/) share:
// code-server and headless Chromium opened on a folder, with Learn Once staged for the web as the
// development extension, and the wait for the results file a web-only extension writes there
// through workspace.fs (the browser's only way out). How and why: docs/web.md.
import { existsSync, readFileSync } from 'node:fs';
import { launchChromium } from '../../scripts/code-server/browser.mjs';
import { setupCodeServer } from '../../scripts/code-server/setup.mjs';
import { startCodeServer } from '../../scripts/code-server/start.mjs';

/** Installs code-server and checks for Chromium, once before any workbench is opened. */
export function prepareWorkbench() {
  setupCodeServer({ browser: true });
}

/**
 * Starts code-server on `folder` with `extensionsDir` and the user `settings`, opens the
 * workbench in Chromium with `extension` (a staged folder) as the development extension, and
 * keeps what the page reports. `close()` stops both.
 */
export async function openWorkbench({ folder, extensionsDir, extension, settings }) {
  const server = await startCodeServer({ folder, extensionsDir, settings });
  let browser;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    const pageErrors = [];
    const workerLog = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (process.env.LEARN_ONCE_WEB_DEBUG || /learn ?once|web worker extension host/i.test(message.text())) workerLog.push(message.text());
    });
    const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${server.port}${extension}`]];
    // The clock of "workbench load start": the same wall clock the extension host reads with Date.now().
    const loadStartedAt = Date.now();
    await page.goto(server.url({ payload: JSON.stringify(payload) }));
    const close = async () => {
      await browser.close();
      await server.stop();
    };
    return { server, browser, page, pageErrors, workerLog, loadStartedAt, close };
  } catch (error) {
    await browser?.close();
    await server.stop();
    throw error;
  }
}

/**
 * Streams the lines the extension appends to `<resultsFile>.log` (to `showLine`) and returns the
 * parsed results file once it exists, or undefined at the deadline.
 */
export async function waitForResults(resultsFile, timeoutMs, showLine = (line) => console.log(line)) {
  const deadline = Date.now() + timeoutMs;
  let shown = 0;
  const showProgress = () => {
    if (!existsSync(`${resultsFile}.log`)) return;
    const lines = readFileSync(`${resultsFile}.log`, 'utf8').split('\n');
    for (const line of lines.slice(shown, -1)) showLine(line);
    shown = Math.max(shown, lines.length - 1);
  };
  while (Date.now() < deadline) {
    showProgress();
    if (existsSync(resultsFile)) {
      showProgress();
      return JSON.parse(readFileSync(resultsFile, 'utf8'));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  showProgress();
  return undefined;
}
