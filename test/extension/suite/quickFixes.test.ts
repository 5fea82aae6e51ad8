import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { learnOnceDiagnostics, openLessonAndWaitForActivation, workspaceFile } from '../support/workspace';
import { waitFor } from '../support/waitFor';

const LESSON = 'greater-manchester/GM-0001.lesson.yaml';

describe('extension: similar-lesson quick fixes', () => {
  before(async () => {
    await openLessonAndWaitForActivation();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it("'Replicate YH-0002' writes the adoption block, keeps the rest of the file, and the hint goes away", async () => {
    const uri = workspaceFile(LESSON);
    const hint = await waitFor(() => learnOnceDiagnostics(uri).find((d) => d.code === 'similar-lesson'), `the similar-lesson hint on ${LESSON}`);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const before = editor.document.getText();

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      hint.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = actions.map((action) => action.title);
    for (const title of ['Replicate YH-0002', 'Customise YH-0002', 'Enhance YH-0002', 'Mark YH-0002 as related', 'Open YH-0002']) {
      assert.ok(titles.includes(title), `offers '${title}' (offered: ${titles.join(', ')})`);
    }
    const replicate = actions.find((action) => action.title === 'Replicate YH-0002');
    assert.ok(replicate?.edit, 'Replicate carries its edit');
    assert.equal(await vscode.workspace.applyEdit(replicate.edit), true);

    // In the schema's key order: after the answers and `outcome`, before `artefacts` and `contact`.
    const lines = before.split('\n');
    const artefacts = lines.findIndex((line) => line.startsWith('artefacts:'));
    assert.equal(lines[artefacts - 1].startsWith('outcome:'), true, `${LESSON} states its outcome just before its artefacts`);
    const expected = [...lines.slice(0, artefacts), 'adoption:', '  action: replicate', '  lesson: YH-0002', ...lines.slice(artefacts)].join('\n');
    assert.equal(editor.document.getText(), expected);
    await waitFor(() => !learnOnceDiagnostics(uri).some((d) => d.code === 'similar-lesson'), 'the hint to go once the lesson links to YH-0002');
  });
});
