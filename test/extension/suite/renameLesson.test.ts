import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { learnOnceDiagnostics, openLessonAndWaitForActivation, waitForWorkspaceScan, workspaceFile } from '../support/workspace';
import { waitFor } from '../support/waitFor';

const LESSON = 'dorset/DC-0002.lesson.yaml';
const RENAMED = 'dorset/DC-0009.lesson.yaml';
/** Adopts DC-0002, so its reference follows the rename. */
const REFERRER = 'leeds/LD-0003.lesson.yaml';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

describe('extension: renaming a lesson id', () => {
  const originals = new Map<string, Uint8Array>();

  before(async () => {
    await openLessonAndWaitForActivation();
    await waitForWorkspaceScan();
    for (const file of [LESSON, REFERRER]) originals.set(file, await vscode.workspace.fs.readFile(workspaceFile(file)));
  });

  // The later suites expect the workspace as it was: put both files back as they were on disk,
  // and open them, so the server has their text from the editor too: it need not wait for the
  // file watcher, and an editor still holding a file's edited text is brought back to it.
  after(async () => {
    await vscode.workspace.saveAll(false);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (await exists(workspaceFile(RENAMED))) await vscode.workspace.fs.delete(workspaceFile(RENAMED));
    for (const [file, bytes] of originals) {
      await vscode.workspace.fs.writeFile(workspaceFile(file), bytes);
      const document = await vscode.workspace.openTextDocument(workspaceFile(file));
      const text = new TextDecoder().decode(bytes);
      if (document.getText() === text) continue;
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
      assert.equal(await vscode.workspace.applyEdit(edit), true);
      assert.equal(await document.save(), true);
    }
    await waitFor(() => learnOnceDiagnostics(workspaceFile(REFERRER)).every((d) => d.code !== 'unknown-reference'), 'LD-0003 to find DC-0002 again');
  });

  it('renames the id in the lesson and in the lesson that adopts it, and the file named after it', async () => {
    const uri = workspaceFile(LESSON);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const idLine = document.lineAt(0).text;
    assert.equal(idLine, 'id: DC-0002', `${LESSON} starts with its id`);

    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, new vscode.Position(0, 6), 'DC-0009');
    assert.ok(edit, 'the server answers the rename');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    assert.equal(await vscode.workspace.saveAll(false), true, 'every edited file is saved');

    assert.equal(await exists(uri), false, `${LESSON} is gone`);
    const renamed = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(RENAMED)));
    assert.equal(renamed.split('\n')[0], 'id: DC-0009', `${RENAMED} holds the lesson under its new id`);
    const referrer = (await vscode.workspace.openTextDocument(workspaceFile(REFERRER))).getText();
    assert.match(referrer, /^ {4}lesson: DC-0009$/m, `${REFERRER} adopts DC-0009`);
    assert.doesNotMatch(referrer, /DC-0002/);
    await waitFor(
      () =>
        learnOnceDiagnostics(workspaceFile(REFERRER)).every((d) => d.code !== 'unknown-reference') &&
        learnOnceDiagnostics(workspaceFile(RENAMED)).every((d) => d.code !== 'duplicate-id'),
      'no unknown reference or duplicate id once the rename is saved',
    );
  });
});
