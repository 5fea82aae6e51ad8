import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LearnOnceTestApi } from '../../../client/src/extension';
import { testApi, waitForTree } from '../support/lessonsTree';
import { closeQuickInput, openSearchPick, typeAndWait } from '../support/searchPick';
import { waitFor } from '../support/waitFor';
import { workspaceFile } from '../support/workspace';

/** A problem in a person's words, and the sample lesson that answers it best. */
const OPT_OUT_PROBLEM = 'patients thought opting out kept them off the shared record';
const OPT_OUT_TITLE = 'Patients thought the national data opt-out kept them out of the shared record';
/** A problem two sample lessons answer: GM-0001 best, its near-duplicate YH-0002 next. */
const SIGN_OFF_PROBLEM = 'trust boards slow to sign the data sharing agreement';
const GM_0001_TITLE = 'Data sharing agreement sign-off took nine months across three trusts';
const YH_0002_TITLE = 'Getting every partner to sign the DSA took most of a year';

describe('extension: Search Lessons by Problem', () => {
  let api: LearnOnceTestApi;

  before(async () => {
    api = await testApi();
    await waitForTree(api, (lines) => lines.length > 0, 'the workspace to be indexed');
  });

  afterEach(async () => {
    await closeQuickInput();
    await waitFor(() => api.searchPick() === undefined, 'the search quick pick to close');
    await vscode.commands.executeCommand('learnOnce.clearSearchResults');
  });

  it('lists the lessons that answer a problem as it is typed: title with the stage icon, locality · stage, and the matched passage', async () => {
    const pick = await openSearchPick(api);
    assert.equal(pick.pick.title, 'Search Lessons by Problem');
    assert.match(pick.pick.placeholder ?? '', /own words/);
    const items = await typeAndWait(pick, OPT_OUT_PROBLEM);
    const best = items[0];
    assert.ok(best?.hit, `the first row is a lesson; rows: ${JSON.stringify(items.map((item) => item.label))}`);
    assert.equal(best.label, `$(verified) ${OPT_OUT_TITLE}`, 'OL-0001 (curated) first, with the curated icon');
    assert.equal(best.description, 'One London · Curated');
    assert.match(best.detail ?? '', /^OL-0001 · [A-Z][a-z ]+: /, 'the id, then the field the passage is from');
    assert.match(best.detail ?? '', /«[^»]+»/, 'the matched words are marked');
    assert.ok(
      items.every((item) => item.alwaysShow),
      'the quick pick does not filter the results by its own label matching',
    );
    assert.equal(pick.pick.busy, false);
  });

  it('searches once the typing pauses, and shows only the answer to the words last typed', async () => {
    const pick = await openSearchPick(api);
    const answered: string[] = [];
    // Keystrokes 20 ms apart: each one replaces the search of the one before.
    for (let length = 1; length < SIGN_OFF_PROBLEM.length; length += 4) {
      pick.type(SIGN_OFF_PROBLEM.slice(0, length));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const items = await typeAndWait(pick, SIGN_OFF_PROBLEM, answered);
    assert.deepEqual(answered, [SIGN_OFF_PROBLEM], 'no answer to a part-typed query was shown');
    assert.deepEqual(
      items.slice(0, 2).map((item) => item.label),
      [`$(edit) ${GM_0001_TITLE}`, `$(verified) ${YH_0002_TITLE}`],
    );
  });

  it("shows the server's notice for a query of only common words as a row that opens nothing", async () => {
    const pick = await openSearchPick(api);
    const items = await typeAndWait(pick, 'the and of');
    assert.equal(items.length, 1);
    assert.match(items[0]!.label, /^\$\(info\) .*common words/);
    assert.equal(items[0]!.hit, undefined);
    const before = vscode.window.activeTextEditor?.document.uri.toString();
    pick.pick.activeItems = [items[0]!];
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(api.searchPick(), pick, 'Enter on the notice leaves the pick open');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), before, 'no lesson was opened');
  });

  it('Enter opens the chosen lesson with its matched passage selected', async () => {
    const pick = await openSearchPick(api);
    const items = await typeAndWait(pick, SIGN_OFF_PROBLEM);
    const chosen = items.find((item) => item.hit?.id === 'YH-0002');
    assert.ok(chosen?.hit, 'YH-0002 is among the results');
    pick.pick.activeItems = [chosen];
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const expected = workspaceFile('yorkshire-humber/YH-0002.lesson.yaml').toString();
    const editor = await waitFor(
      () => vscode.window.activeTextEditor?.document.uri.toString() === expected && vscode.window.activeTextEditor,
      'YH-0002 to open',
    );
    const { start, end } = chosen.hit.range;
    assert.deepEqual(
      [editor.selection.start.line, editor.selection.start.character, editor.selection.end.line, editor.selection.end.character],
      [start.line, start.character, end.line, end.character],
    );
    // The selection is on a word of the passage the pick showed.
    const selected = editor.document.getText(editor.selection).toLowerCase();
    assert.ok(selected.length > 0 && (chosen.detail ?? '').toLowerCase().includes(selected), `'${selected}' is in the passage '${chosen.detail}'`);
    await waitFor(() => api.searchPick() === undefined, 'the pick to close');
  });

  it('the pin button keeps the results in a Search Results node at the top of the Lessons view; each opens its lesson; Clear Search Results removes it', async () => {
    const pick = await openSearchPick(api);
    const items = await typeAndWait(pick, SIGN_OFF_PROBLEM);
    const hits = items.filter((item) => item.hit);
    assert.equal(api.searchResultsSnapshot(), undefined, 'nothing is kept before the button is pressed');
    await pick.keepShown();
    const kept = await waitFor(() => api.searchResultsSnapshot(), 'the Search Results node');
    assert.equal(kept.label, 'Search Results');
    assert.equal(kept.description, `'${SIGN_OFF_PROBLEM}'`);
    assert.deepEqual(
      kept.children.map((child) => child.label),
      hits.map((item) => item.hit!.title),
    );
    assert.deepEqual(
      kept.children.slice(0, 2).map((child) => child.label),
      [GM_0001_TITLE, YH_0002_TITLE],
    );
    assert.match(kept.children[0]!.description, /^GM-0001 · .*«/, 'each result shows its id and marked passage');
    assert.equal(api.searchPick(), undefined, 'keeping the results closes the pick');

    const open = kept.children[1]!.command;
    assert.ok(open, 'a result opens its lesson when clicked');
    await vscode.commands.executeCommand(open.command, ...(open.arguments ?? []));
    const expected = workspaceFile('yorkshire-humber/YH-0002.lesson.yaml').toString();
    const editor = await waitFor(
      () => vscode.window.activeTextEditor?.document.uri.toString() === expected && vscode.window.activeTextEditor,
      'YH-0002 to open from Search Results',
    );
    const range = hits[1]!.hit!.range;
    assert.deepEqual(
      [editor.selection.start.line, editor.selection.start.character],
      [range.start.line, range.start.character],
      'it opens at the matched passage',
    );

    await vscode.commands.executeCommand('learnOnce.clearSearchResults');
    await waitFor(() => api.searchResultsSnapshot() === undefined, 'Clear Search Results to remove the node');
  });
});
