// What a person sees with the packaged extension installed in VS Code (code-server) on a copy
// of examples/. Each test leaves a screenshot in test-results/e2e/; some render README pictures
// (see support/paths.mjs for where).
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { copyExamples } from '../extension/fixture.mjs';
import { packagedExtension } from './support/paths.mjs';
import { saveArtefact, saveReadmePicture } from './support/screenshots.mjs';
import {
  goToLine,
  openFile,
  openWorkbench,
  resizeSideBar,
  runCommand,
  showLessonsView,
  suggestionLabels,
  treeRows,
  UI_TIMEOUT,
  waitForEditorLines,
  waitForSyntaxColours,
} from './support/workbench.mjs';

/** 1-based number of the first line of a fixture file that starts with `prefix`. */
/** Polls a file until it exists and its content passes `accept`; fails after the UI timeout. */
async function waitForFile(file, accept) {
  const deadline = Date.now() + UI_TIMEOUT;
  for (;;) {
    const content = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (content !== undefined && accept(content)) return content;
    if (Date.now() > deadline) throw new Error(`${file} was not written as expected; it holds:\n${content ?? '(no file)'}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function lineStartingWith(root, file, prefix) {
  const index = readFileSync(path.join(root, file), 'utf8')
    .split('\n')
    .findIndex((line) => line.startsWith(prefix));
  assert.ok(index >= 0, `${file} has a line starting with '${prefix}'`);
  return index + 1;
}

describe('UI: Learn Once in VS Code', function () {
  /** @type {Awaited<ReturnType<typeof openWorkbench>>} */
  let workbench;
  let workspace;

  before(async function () {
    const vsix = packagedExtension();
    workspace = copyExamples({ broken: false });
    workbench = await openWorkbench({ vsix, folder: workspace.root });
  });

  afterEach(async function () {
    if (workbench) await saveArtefact(workbench.page, `${this.currentTest?.state === 'failed' ? 'FAILED-' : ''}${this.currentTest?.title ?? 'test'}`);
  });

  after(async function () {
    await workbench?.close();
    workspace?.dispose();
  });

  it('the Lessons view lists the localities with their counts, and the stages under a locality', async function () {
    const { page } = workbench;
    await showLessonsView(page);
    const view = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Lessons' }) });
    const rows = view.locator('.monaco-list-row');
    await rows.filter({ hasText: 'Yorkshire & Humber Care Record' }).waitFor();
    assert.deepEqual(await treeRows(page, view), [
      'Dorset Care Record 4',
      'Great North Care Record 5',
      'Greater Manchester Care Record 5',
      'Leeds Care Record 4',
      'One London 5',
      'Wessex Care Records 5',
      'Yorkshire & Humber Care Record 5',
    ]);
    await rows.filter({ hasText: 'Greater Manchester Care Record' }).click();
    await rows.filter({ hasText: 'Communicated' }).waitFor();
    await rows.filter({ hasText: 'Captured' }).click();
    await rows.filter({ hasText: 'GM-0001' }).waitFor();
    assert.deepEqual((await treeRows(page, view)).slice(2, 9), [
      'Greater Manchester Care Record 5',
      '  Captured 1',
      '    Data sharing agreement sign-off took nine months across three trusts GM-0001',
      '  Collated 1',
      '  Organised 1',
      '  Curated 1',
      '  Communicated 1',
    ]);
    // README picture: the view beside the lesson it lists, with the similar-lesson hint under its title.
    await openFile(page, 'GM-0001.lesson.yaml');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Enter'); // Keep Editor: out of preview, so its tab is not in italics.
    await waitForSyntaxColours(page);
    await page.locator('.editor-instance .squiggly-info').first().waitFor();
    await resizeSideBar(page, 600);
    // Focus in the editor, so the tree row shows its label rather than its inline actions.
    await page.locator('.editor-instance .view-line').last().click();
    await page.locator('.monaco-sash.hover, .monaco-sash.active').first().waitFor({ state: 'detached' });
    await saveReadmePicture(page, 'lessons-tree', { x: 0, y: 0, width: 1240, height: 470 });
    await resizeSideBar(page, 300);
  });

  it('opening a lesson of a near-duplicate pair shows "Similar lesson exists" in the Problems panel', async function () {
    const { page } = workbench;
    await openFile(page, 'GM-0001.lesson.yaml');
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor();
    const fileRow = panel.locator('.monaco-list-row', { hasText: 'GM-0001.lesson.yaml' }).first();
    await fileRow.waitFor();
    const hint = panel.locator('.monaco-list-row', { hasText: "Similar lesson exists: YH-0002 'Getting every partner to sign the DSA" }).first();
    await hint.waitFor();
    const row = await hint.innerText();
    // Source and code as the panel shows them, and the hint on the title (line 3: the file starts with a comment).
    assert.match(row, /learn-once\s*\(?similar-lesson/);
    assert.match(row, /\[Ln 3, Col 8\]/);
  });

  it("typing 'stage: ' shows the five stages in the suggest widget", async function () {
    const { page } = workbench;
    const file = 'greater-manchester/GM-0002.lesson.yaml';
    await runCommand(page, 'View: Toggle Panel Visibility');
    await page.locator('.part.panel').waitFor({ state: 'hidden' });
    await openFile(page, 'GM-0002.lesson.yaml');
    await goToLine(page, lineStartingWith(workspace.root, file, 'stage:'));
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('stage: ');
    const { widget, labels } = await suggestionLabels(page, 5);
    assert.deepEqual(labels, ['captured', 'collated', 'organised', 'curated', 'communicated']);
    // README picture: the top of the editor with the suggestions.
    const box = await widget.boundingBox();
    const editor = await page.locator('.part.editor').boundingBox();
    assert.ok(box && editor);
    await saveReadmePicture(page, 'completion', { x: editor.x, y: editor.y, width: Math.min(editor.width, 760), height: box.y + box.height + 60 - editor.y });
    await page.keyboard.press('Escape');
    await runCommand(page, 'File: Revert File');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
  });

  it('a quick fix from the lightbulb on the hint writes the adoption block', async function () {
    const { page } = workbench;
    const file = 'greater-manchester/GM-0001.lesson.yaml';
    await openFile(page, 'GM-0001.lesson.yaml');
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'Similar lesson exists: YH-0002' }).first().waitFor();
    await page.locator('.editor-instance .squiggly-info').first().waitFor();
    await goToLine(page, lineStartingWith(workspace.root, file, 'title:'));
    await page.keyboard.press('End'); // into the title's value, where the hint is
    await page.locator('.editor-instance .codicon-gutter-lightbulb').click();
    const menu = page.locator('.action-widget');
    await menu.locator('.monaco-list-row', { hasText: 'Open YH-0002' }).waitFor();
    assert.deepEqual(await menu.locator('.monaco-list-row.action').allInnerTexts(), [
      'Replicate YH-0002',
      'Customise YH-0002',
      'Enhance YH-0002',
      'Mark YH-0002 as related',
      'Open YH-0002',
      'Add both to a new theme',
    ]);
    // README picture: the hint in the Problems panel and its quick fixes at the lightbulb.
    await page.mouse.move(1000, 300);
    await saveReadmePicture(page, 'similar-lesson-hint', { x: 348, y: 0, width: 932, height: 780 });

    await menu.locator('.monaco-list-row', { hasText: 'Replicate YH-0002' }).click();
    await menu.waitFor({ state: 'hidden' });
    const lines = await waitForEditorLines(page, (shown) => shown.includes('adoption:'), 'the editor to show the adoption block');
    const at = lines.indexOf('adoption:');
    assert.deepEqual(lines.slice(at, at + 4), ['adoption:', '  action: replicate', '  lesson: YH-0002', 'artefacts: [artefacts/dsa-template.md]']);
    // Once the lesson links to YH-0002 the hint goes from the Problems panel.
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'Similar lesson exists: YH-0002' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
    assert.match(readFileSync(path.join(workspace.root, file), 'utf8'), /\nadoption:\n {2}action: replicate\n {2}lesson: YH-0002\nartefacts: /);
  });

  it('Search Lessons by Problem lists lessons as the problem is typed, and Enter opens the chosen one at its passage', async function () {
    const { page } = workbench;
    // The command opens a quick pick of its own, so the palette is driven here rather than by runCommand.
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>Learn Once: Search Lessons by Problem');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Search Lessons by Problem' }).first().waitFor();
    await page.keyboard.press('Enter');
    const widget = page.locator('.quick-input-widget', { hasText: 'Search Lessons by Problem' });
    await widget.waitFor();
    await page.locator('.quick-input-widget input[placeholder*="own words"]').waitFor();
    await page.keyboard.type('trust boards slow to sign the data sharing agreement', { delay: 30 });
    const rows = widget.locator('.quick-input-list .monaco-list-row');
    const first = rows.first();
    await first.filter({ hasText: 'Data sharing agreement sign-off took nine months across three trusts' }).waitFor();
    const texts = await rows.allInnerTexts();
    assert.ok(texts.length >= 2, `at least two lessons are listed: ${JSON.stringify(texts)}`);
    assert.match(texts[0], /Greater Manchester Care Record · Captured/);
    assert.match(texts[0], /GM-0001 · .*«/, 'the id and the passage with its matched words marked');
    assert.match(texts[1], /Getting every partner to sign the DSA took most of a year[\s\S]*Yorkshire & Humber Care Record · Curated/);
    // README picture: the quick pick with the lessons that answer the problem.
    await page.mouse.move(1000, 700);
    const box = await widget.boundingBox();
    assert.ok(box);
    await saveReadmePicture(page, 'search-lessons', {
      x: Math.max(0, box.x - 20),
      y: Math.max(0, box.y - 10),
      width: Math.min(1280, box.width + 40),
      height: box.height + 30,
    });

    await widget.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'GM-0001' }).waitFor();
    await page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden' });
    await page.locator('.tabs-container .tab.active', { hasText: 'GM-0001.lesson.yaml' }).waitFor();
    // The passage is GM-0001's title: the lesson opens with its first matched word selected.
    const titleLine = lineStartingWith(workspace.root, 'greater-manchester/GM-0001.lesson.yaml', 'title:');
    await page.locator('.statusbar-item', { hasText: new RegExp(`Ln ${titleLine}, Col \\d+ \\(\\d+ selected\\)`) }).waitFor();
  });

  it('New Lesson asks for the locality and title, and creates the file with the next free id', async function () {
    const { page } = workbench;
    await runCommand(page, 'Learn Once: New Lesson');
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dorset Care Record' }).waitFor();
    await input.fill('Dorset');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'DC-0005' }).waitFor();
    await input.fill('Pharmacists needed the medication history before the discharge summary');
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: 'DC-0005.lesson.yaml' }).waitFor();
    const created = path.join(workspace.root, 'dorset', 'DC-0005.lesson.yaml');
    const text = await waitForFile(created, (content) => content.includes('id: DC-0005'));
    assert.match(text, /^title: Pharmacists needed the medication history before the discharge summary$/m);
    assert.match(text, /^locality: Dorset Care Record$/m);
    await showLessonsView(page);
    await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Dorset Care Record' }).filter({ hasText: '5' }).waitFor();
  });
});
