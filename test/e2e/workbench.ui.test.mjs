// What a person sees with the packaged extension installed in VS Code (code-server) on a copy
// of examples/. Each test leaves a screenshot in test-results/e2e/; some render README pictures.
import * as assert from 'node:assert/strict';
import { copyExamples } from '../extension/fixture.mjs';
import { packagedExtension } from './support/paths.mjs';
import { saveArtefact } from './support/screenshots.mjs';
import { openFile, openWorkbench } from './support/workbench.mjs';

describe('UI: Learn Once in VS Code', function () {
  /** @type {Awaited<ReturnType<typeof openWorkbench>>} */
  let workbench;
  let workspace;

  before(async function () {
    const vsix = packagedExtension();
    workspace = copyExamples({ broken: false, prefix: 'examples-' });
    workbench = await openWorkbench({ vsix, folder: workspace.root });
  });

  afterEach(async function () {
    if (workbench) await saveArtefact(workbench.page, `${this.currentTest?.state === 'failed' ? 'FAILED-' : ''}${this.currentTest?.title ?? 'test'}`);
  });

  after(async function () {
    await workbench?.close();
    workspace?.dispose();
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
});
