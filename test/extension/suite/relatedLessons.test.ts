import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LearnOnceTestApi } from '../../../client/src/extension';
import type { RelatedLessonsSnapshot } from '../../../client/src/related/RelatedLessonsView';
import { testApi, waitForTree } from '../support/lessonsTree';
import { waitFor } from '../support/waitFor';
import { workspaceFile } from '../support/workspace';

const GM_0001 = 'greater-manchester/GM-0001.lesson.yaml';
const YH_0002 = 'yorkshire-humber/YH-0002.lesson.yaml';
const OL_0003 = 'one-london/OL-0003.lesson.yaml';
const WX_0002 = 'wessex/WX-0002.lesson.yaml';
/** A related row's description: a five-cell bar, the percentage and the id, e.g. "■■■□□ 62% · YH-0002". */
const SCORE_BAR = /^[■□]{5} \d{1,3}% · [A-Z]{2}-\d{4}( · linked)?$/;

/** Opens a lesson and waits until the Related Lessons view lists lessons for it. */
async function openAndWaitForRelated(api: LearnOnceTestApi, relative: string): Promise<{ editor: vscode.TextEditor; related: RelatedLessonsSnapshot }> {
  const uri = workspaceFile(relative);
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const related = await waitFor(() => {
    const shown = api.relatedLessons();
    return shown.lessonUri === uri.toString() && shown.items.length > 0 && shown;
  }, `the Related Lessons view to list lessons related to ${relative}`);
  return { editor, related };
}

describe('extension: Related Lessons view', () => {
  let api: LearnOnceTestApi;

  before(async () => {
    api = await testApi();
    await waitForTree(api, (lines) => lines.length > 0, 'the workspace to be indexed');
    // The view asks the server only while it is showing, as a person would have it.
    await vscode.commands.executeCommand('learnOnce.relatedLessons.focus');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lists the lessons most like GM-0001, its near-duplicate YH-0002 first, each with a score bar', async () => {
    const { related } = await openAndWaitForRelated(api, GM_0001);
    assert.ok(related.items.length <= 5, `at most five rows, got ${related.items.length}`);
    assert.equal(related.items[0]!.uri, workspaceFile(YH_0002).toString(), `YH-0002 first; rows: ${JSON.stringify(related.items)}`);
    assert.equal(related.items[0]!.label, 'Getting every partner to sign the DSA took most of a year');
    for (const item of related.items) {
      assert.match(item.description, SCORE_BAR);
      assert.notEqual(item.uri, workspaceFile(GM_0001).toString(), 'the lesson itself is not listed');
    }
    const percents = related.items.map((item) => Number(/(\d+)%/.exec(item.description)![1]));
    assert.deepEqual(
      percents,
      [...percents].sort((a, b) => b - a),
      'best first',
    );
    assert.ok(
      related.items.every((item) => !item.linked),
      'GM-0001 links to none of them yet',
    );
  });

  it('follows the active editor: switching to OL-0003 lists WX-0002 first', async () => {
    await openAndWaitForRelated(api, GM_0001);
    const { related } = await openAndWaitForRelated(api, OL_0003);
    assert.equal(related.items[0]!.uri, workspaceFile(WX_0002).toString(), `WX-0002 first; rows: ${JSON.stringify(related.items)}`);
  });

  it('marks a lesson as linked as soon as it is typed into related:, before the file is saved', async () => {
    const { editor } = await openAndWaitForRelated(api, GM_0001);
    const contact = editor.document
      .getText()
      .split('\n')
      .findIndex((line) => line.startsWith('contact:'));
    assert.ok(contact > 0, 'GM-0001 has a contact line');
    await editor.edit((edit) => edit.insert(new vscode.Position(contact, 0), 'related: [YH-0002]\n'));
    assert.equal(editor.document.isDirty, true);
    const linked = await waitFor(() => {
      const shown = api.relatedLessons();
      const row = shown.items.find((item) => item.uri === workspaceFile(YH_0002).toString());
      return row?.linked && row;
    }, 'YH-0002 to be marked as linked');
    assert.match(linked.description, / · YH-0002 · linked$/);
    assert.ok(api.relatedLessons().items.filter((item) => item.linked).length === 1, 'only YH-0002 is marked');
  });

  it('lists nothing when no lesson is in the active editor', async () => {
    await openAndWaitForRelated(api, GM_0001);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const shown = await waitFor(() => {
      const now = api.relatedLessons();
      return now.lessonUri === undefined && now;
    }, 'the view to let go of the closed lesson');
    assert.deepEqual(shown.items, []);
  });
});
