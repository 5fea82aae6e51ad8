import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { testApi, waitForTree } from '../support/lessonsTree';
import { waitFor } from '../support/waitFor';
import { workspaceFile } from '../support/workspace';

describe('extension: New Lesson', () => {
  it('creates <locality folder>/<next free id>.lesson.yaml from the template and opens it', async () => {
    const api = await testApi();
    // Dorset's lessons in the sample run to DC-0004, so the next free id is DC-0005.
    await waitForTree(api, (lines) => lines.includes('Dorset Care Record (4)'), 'the sample tree');
    const title = 'Discharge letters reached GPs faster once the record held them';
    await vscode.commands.executeCommand('learnOnce.newLesson', { locality: 'Dorset Care Record', title });
    const uri = workspaceFile('dorset/DC-0005.lesson.yaml');
    const editor = await waitFor(
      () => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() && vscode.window.activeTextEditor,
      'the new lesson to open in an editor',
    );
    const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(
      saved,
      /^id: DC-0005\ntitle: Discharge letters reached GPs faster once the record held them\nlocality: Dorset Care Record\nstage: captured\ndate: \d{4}-\d{2}-\d{2}\n/,
    );
    for (const key of ['topics:', 'good: |', 'not_so_good: |', 'improvements: |']) assert.ok(saved.includes(`\n${key}`), `the template has ${key}`);
    assert.equal(editor.document.getText(), saved);
    // The first placeholder is the topic, a choice of the sample's topic list (learn-once.yaml), its first topic selected.
    assert.match(saved, /\ntopics: \[information governance\]\n/);
    assert.equal(editor.document.getText(editor.selection), 'information governance', 'the cursor sits on the first placeholder');
    await waitForTree(api, (lines) => lines.includes('Dorset Care Record (5)'), 'the tree to count the new lesson');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri);
    await waitForTree(api, (lines) => lines.includes('Dorset Care Record (4)'), 'the tree to drop the new lesson again');
  });
});
