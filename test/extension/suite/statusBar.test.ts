import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LearnOnceTestApi } from '../../../client/src/extension';
import { testApi, waitForTree } from '../support/lessonsTree';
import { waitFor } from '../support/waitFor';
import { workspaceFile } from '../support/workspace';

describe('extension: status bar', () => {
  let api: LearnOnceTestApi;

  before(async () => {
    api = await testApi();
    await waitForTree(api, (lines) => lines.length > 0, 'the workspace to be indexed');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it("shows the active lesson's stage and its similar-lesson count, and a click opens the Learn Once menu", async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('greater-manchester/GM-0001.lesson.yaml')));
    // GM-0001 is retold by YH-0002 and by no other lesson of the sample workspace.
    const text = await waitFor(() => api.statusBarText()?.includes('similar') && api.statusBarText(), 'the status bar to count similar lessons');
    assert.match(text, /Captured · 1 similar$/);
    assert.equal(api.statusBarCommand(), 'learnOnce.statusMenu');
    const registered = await vscode.commands.getCommands(true);
    assert.ok(registered.includes('learnOnce.statusMenu'), 'the menu command is registered');
  });

  it('hides when no lesson is active', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(() => api.statusBarText() === undefined, 'the status bar item to hide');
    assert.equal(api.statusBarCommand(), undefined);
  });
});
