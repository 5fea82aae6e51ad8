import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openLessonAndWaitForActivation, waitForWorkspaceScan, workspaceFile } from '../support/workspace';

const LESSON = 'greater-manchester/GM-0002.lesson.yaml';

/** The order VS Code shows completion items in before any filtering: sortText, else the label. */
function shownOrder(items: vscode.CompletionItem[]): string[] {
  const label = (item: vscode.CompletionItem): string => (typeof item.label === 'string' ? item.label : item.label.label);
  return [...items].sort((a, b) => (a.sortText ?? label(a)).localeCompare(b.sortText ?? label(b))).map(label);
}

describe('extension: completion', () => {
  before(async () => {
    await openLessonAndWaitForActivation();
    await waitForWorkspaceScan();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it("offers the five stages in lifecycle order after 'stage: '", async () => {
    const uri = workspaceFile(LESSON);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const stageLine = Array.from({ length: editor.document.lineCount }, (_, line) => editor.document.lineAt(line)).find((line) =>
      line.text.startsWith('stage:'),
    );
    assert.ok(stageLine, `${LESSON} has a stage line`);
    assert.equal(await editor.edit((builder) => builder.replace(stageLine.range, 'stage: ')), true);

    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      uri,
      new vscode.Position(stageLine.lineNumber, 'stage: '.length),
    );
    // The extension's snippets are offered everywhere in a lesson; the server's suggestions are the stages.
    const suggestions = list.items.filter((item) => item.kind !== vscode.CompletionItemKind.Snippet);
    assert.deepEqual(shownOrder(suggestions), ['captured', 'collated', 'organised', 'curated', 'communicated']);
  });
});
