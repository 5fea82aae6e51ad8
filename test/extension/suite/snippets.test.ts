import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openLessonAndWaitForActivation, workspaceFile } from '../support/workspace';

describe('extension: snippets', () => {
  before(async () => {
    await openLessonAndWaitForActivation();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the three-question snippet inserts the three answer keys, each with its question', async () => {
    const uri = workspaceFile('leeds/LD-0001.lesson.yaml');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    assert.equal(await editor.edit((builder) => builder.replace(whole, 'id: LD-0001\n')), true);
    editor.selection = new vscode.Selection(1, 0, 1, 0);

    // As from the suggest list: the snippet is found by its name among those for this file.
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'yaml', name: 'Three questions' });
    assert.deepEqual(editor.document.getText().split('\n'), [
      'id: LD-0001',
      'good: |  # What was good about the project?',
      '  What was good about the project?',
      'not_so_good: |  # What was not so good?',
      '  What was not so good?',
      'improvements: |  # What improvements could be made next time?',
      '  What improvements could be made next time?',
      '',
    ]);
    // The first answer is selected, ready to be typed over.
    assert.equal(editor.document.getText(editor.selection), 'What was good about the project?');
  });
});
