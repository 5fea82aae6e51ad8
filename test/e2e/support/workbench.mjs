// Drives code-server's workbench in headless Chromium the way a person would: keyboard, clicks,
// and what is on screen. Locators use the workbench's stable class names and ARIA labels.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { launchChromium } from '../../../scripts/code-server/browser.mjs';
import { installExtension, startCodeServer } from '../../../scripts/code-server/start.mjs';

/** Long enough for a cold workbench and language server on a busy two-core machine. */
export const UI_TIMEOUT = 60_000;

/**
 * Starts code-server with the packaged extension installed, on `folder`, and opens it in Chromium.
 * @returns {Promise<{ page: import('playwright-core').Page, origin: string, close(): Promise<void> }>}
 */
export async function openWorkbench({ vsix, folder, viewport = { width: 1280, height: 800 } }) {
  const home = mkdtempSync(path.join(tmpdir(), 'learn-once-e2e-'));
  const userDataDir = path.join(home, 'user-data');
  const extensionsDir = path.join(home, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  await installExtension(vsix, { extensionsDir, userDataDir });
  const server = await startCodeServer({
    folder,
    userDataDir,
    extensionsDir,
    // Pictures for the README: a calm, readable workbench.
    settings: {
      'workbench.colorTheme': 'Default Light Modern',
      'editor.minimap.enabled': false,
      'window.commandCenter': false,
      'workbench.layoutControl.enabled': false,
      'editor.lightbulb.enabled': 'on',
      'files.autoSave': 'off',
      'editor.occurrencesHighlight': 'off',
      'editor.selectionHighlight': false,
      'editor.cursorBlinking': 'solid',
    },
  });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(UI_TIMEOUT);
  await page.goto(server.url());
  await page.locator('.monaco-workbench .part.statusbar').waitFor();
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
  return {
    page,
    origin: server.origin,
    output: server.output,
    async close() {
      await browser.close();
      await server.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Runs a command from the Command Palette by its title. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Opens a file through Quick Open and waits for its editor tab to be active. */
export async function openFile(page, fileName) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(fileName);
  // Enter only once the list shows the file as its focused row (not a row of an earlier query).
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor();
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/** The active editor's visible text, line by line (as rendered, so what a person reads). */
export async function visibleEditorLines(page) {
  return page.locator('.editor-instance .monaco-editor .view-lines .view-line').allInnerTexts();
}

/** Moves the cursor to the start of a 1-based line with Go to Line (Quick Open's ':'). */
/**
 * The editor's visible lines once `ready(lines)` holds, polled with a deadline: an applied
 * edit reaches the rendered lines a moment after the menu closes.
 */
export async function waitForEditorLines(page, ready, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const lines = (await visibleEditorLines(page)).map((line) => line.replace(/\u00a0/g, ' '));
    if (ready(lines)) return lines;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; the editor shows:\n${lines.join('\n')}`);
    await page.waitForTimeout(100);
  }
}

export async function goToLine(page, line) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}`);
  await page.locator('.quick-input-widget', { hasText: `line ${line}` }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The labels of the suggest widget's rows, top to bottom, once it shows at least `atLeast` of them. */
export async function suggestionLabels(page, atLeast = 1) {
  const widget = page.locator('.editor-widget.suggest-widget.visible');
  await widget.waitFor();
  const rows = widget.locator('.monaco-list-row');
  await rows.nth(atLeast - 1).waitFor();
  const labels = await widget.locator('.monaco-list-row .label-name').allInnerTexts();
  return { widget, labels: labels.map((label) => label.trim()) };
}

/** The rows of a side-bar tree as "label description", top to bottom. */
export async function treeRows(page, container) {
  return container.locator('.monaco-list-row').evaluateAll((rows) =>
    rows.map((row) => {
      const label = row.querySelector('.label-name')?.textContent?.trim() ?? '';
      const description = row.querySelector('.label-description')?.textContent?.trim() ?? '';
      const depth = Number(row.getAttribute('aria-level') ?? '1') - 1;
      return `${'  '.repeat(depth)}${label}${description ? ` ${description}` : ''}`;
    }),
  );
}

/** Waits until the active editor is coloured by its grammar (the first render can be plain text). */
export async function waitForSyntaxColours(page) {
  await page.locator('.editor-instance .monaco-editor .view-lines span[class*="mtk"]:not(.mtk1)').first().waitFor();
}

/** Drags the side bar's edge so it is `width` pixels wide (long labels then fit in pictures). */
export async function resizeSideBar(page, width) {
  const sideBar = await page.locator('.part.sidebar').boundingBox();
  if (!sideBar) throw new Error('the side bar is not visible');
  const edge = sideBar.x + sideBar.width;
  const y = sideBar.y + sideBar.height / 2;
  await page.mouse.move(edge, y);
  await page.mouse.down();
  await page.mouse.move(sideBar.x + width, y, { steps: 5 });
  await page.mouse.up();
}

/** Shows the Learn Once side bar (its activity bar icon toggles, so click only when it is not shown). */
export async function showLessonsView(page) {
  const header = page.locator('.part.sidebar .composite.title', { hasText: 'Learn Once' });
  if (await header.isVisible()) return;
  await page.locator('.activitybar .action-item a[aria-label^="Learn Once"]').click();
  await header.waitFor();
}
