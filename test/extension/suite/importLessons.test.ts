import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ImportLessonsResult } from '../../../shared/protocol';
import { testApi, waitForTree } from '../support/lessonsTree';
import { waitFor } from '../support/waitFor';
import { workspaceFile } from '../support/workspace';

/** A Microsoft Forms export as it is saved to CSV: a BOM, Windows line ends, a quoted cell with a comma and a line break. */
const FORMS_EXPORT = [
  '\uFEFFID,Start time,Lesson title,Which care record?,What was good?,What was not so good?,What could be improved next time?,Topics',
  '1,01/05/2025 09:00,Ward clerks found the record first,Leeds,"Clerks taught the ward, shift by shift.\r\nIt stuck.",Clinicians were trained last.,Train together.,training; adoption',
  '2,02/05/2025 10:30,Consent wording agreed with the public,Wessex,Public panels chose the words.,It took three rounds.,Start with the panel.,consent',
].join('\r\n');

describe('extension: Import Lessons', () => {
  let folder: string | undefined;

  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  });

  it('writes one lesson a row in its locality folder with the next free id, opens them, and the tree counts them', async () => {
    const api = await testApi();
    await waitForTree(api, (lines) => lines.includes('Leeds Care Record (4)') && lines.includes('Wessex Care Records (5)'), 'the sample tree');
    folder = mkdtempSync(path.join(os.tmpdir(), 'learn-once-import-'));
    const csv = path.join(folder, 'responses.csv');
    writeFileSync(csv, FORMS_EXPORT);

    const result = await vscode.commands.executeCommand<ImportLessonsResult>('learnOnce.importLessons', { path: csv });
    const leeds = workspaceFile('leeds/LD-0005.lesson.yaml');
    const wessex = workspaceFile('wessex/WX-0006.lesson.yaml');
    assert.deepEqual(result.refused, []);
    assert.deepEqual(result.written, [leeds.toString(), wessex.toString()]);
    const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(leeds));
    assert.match(saved, /^id: LD-0005\ntitle: Ward clerks found the record first\nlocality: Leeds Care Record\nstage: captured\n/);
    assert.match(saved, /\ngood: \| # .*\n {2}Clerks taught the ward, shift by shift\.\n {2}It stuck\.\n/);
    await waitFor(
      () =>
        vscode.window.visibleTextEditors.some((editor) => editor.document.uri.toString() === leeds.toString()) ||
        vscode.window.tabGroups.all.some((group) =>
          group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === wessex.toString()),
        ),
      'the imported lessons to open',
    );
    await waitForTree(
      api,
      (lines) => lines.includes('Leeds Care Record (5)') && lines.includes('Wessex Care Records (6)'),
      'the tree to count the imported lessons',
    );

    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(leeds);
    await vscode.workspace.fs.delete(wessex);
    await waitForTree(api, (lines) => lines.includes('Leeds Care Record (4)') && lines.includes('Wessex Care Records (5)'), 'the tree to drop them again');
  });

  it('writes nothing when a row cannot be placed, and says which row and why', async () => {
    await testApi();
    folder = mkdtempSync(path.join(os.tmpdir(), 'learn-once-import-'));
    const csv = path.join(folder, 'responses.csv');
    writeFileSync(csv, `${FORMS_EXPORT}\r\n3,03/05/2025 11:00,A lesson from nowhere,Atlantis,Good.,Bad.,Better.,\r\n`);
    const result = await vscode.commands.executeCommand<ImportLessonsResult>('learnOnce.importLessons', { path: csv });
    assert.deepEqual(result.written, []);
    assert.equal(result.refused.length, 1);
    assert.equal(result.refused[0].row, 4);
    assert.match(result.refused[0].reason, /Atlantis/);
    for (const relative of ['leeds/LD-0005.lesson.yaml', 'wessex/WX-0006.lesson.yaml']) {
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceFile(relative))), `${relative} was not written`);
    }
  });
});
