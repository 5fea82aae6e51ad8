import * as vscode from 'vscode';
import type { LearnOnceTestApi } from '../../../client/src/extension';
import type { ImportLessonsResult } from '../../../shared/protocol';
import { waitFor } from '../../extension/support/waitFor';
import { deepEqual, equal, ok } from './check';
import type { WebTest } from './runner';
import { statOrUndefined, testApi, workspaceFile } from './webSupport';

/** A Microsoft Forms export as saved to CSV: a BOM, Windows line ends, a quoted cell with a comma and a line break; a row each for Leeds and Wessex. */
const FORMS_EXPORT = [
  '\uFEFFID,Start time,Lesson title,Which care record?,What was good?,What was not so good?,What could be improved next time?,Topics',
  '1,01/05/2025 09:00,Ward clerks found the record first,Leeds,"Clerks taught the ward, shift by shift.\r\nIt stuck.",Clinicians were trained last.,Train together.,training; adoption',
  '2,02/05/2025 10:30,Consent wording agreed with the public,Wessex,Public panels chose the words.,It took three rounds.,Start with the panel.,consent',
].join('\r\n');

/** Leeds has LD-0001…0004; Wessex WX-0001…0005 and the suite's WX-0099, so the next free ids are these. */
const LEEDS_LESSON = 'leeds/LD-0005.lesson.yaml';
const WESSEX_LESSON = 'wessex/WX-0100.lesson.yaml';

async function writeCsv(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

function isOpenInATab(uri: vscode.Uri): boolean {
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString()),
  );
}

function localityCounts(api: LearnOnceTestApi): string[] {
  return api.getTreeSnapshot().map((node) => `${node.label} ${node.description}`);
}

/** Import Lessons… in the browser: the server plans from the bytes the client read, the client writes with workspace.fs. */
export const IMPORT_TESTS: WebTest[] = [
  {
    title: 'Import Lessons writes nothing when a row cannot be placed, and names the row',
    async run() {
      await testApi();
      const csv = await writeCsv('refused.csv', `${FORMS_EXPORT}\r\n3,03/05/2025 11:00,A lesson from nowhere,Atlantis,Good.,Bad.,Better.,\r\n`);
      try {
        const result = await vscode.commands.executeCommand<ImportLessonsResult | undefined>('learnOnce.importLessons', { fileUri: csv.toString() });
        ok(result, 'the command returns the import result');
        deepEqual(result.written, [], 'written');
        deepEqual(
          result.refused.map((row) => row.row),
          [4],
          'the refused rows',
        );
        ok(/Atlantis/.test(result.refused[0].reason), `the reason names the locality: ${result.refused[0].reason}`);
        for (const relative of [LEEDS_LESSON, WESSEX_LESSON]) equal(await statOrUndefined(workspaceFile(relative)), undefined, `${relative} was not written`);
      } finally {
        await vscode.workspace.fs.delete(csv);
      }
    },
  },
  {
    title: "Import Lessons reads a CSV through workspace.fs, and the client writes each row's lesson with the next free id",
    async run() {
      const api = await testApi();
      await waitFor(
        () => localityCounts(api).includes('Leeds Care Record 4') && localityCounts(api).includes('Wessex Care Records 6'),
        'the Lessons view to count Leeds 4 and Wessex 6',
      );
      const csv = await writeCsv('responses.csv', FORMS_EXPORT);
      try {
        const result = await vscode.commands.executeCommand<ImportLessonsResult | undefined>('learnOnce.importLessons', { fileUri: csv.toString() });
        ok(result, 'the command returns the import result');
        const [leeds, wessex] = [workspaceFile(LEEDS_LESSON), workspaceFile(WESSEX_LESSON)];
        deepEqual(result.refused, [], 'refused');
        equal(result.writeError, undefined, 'writeError');
        deepEqual(result.written, [leeds.toString(), wessex.toString()], 'the written files, on the workspace file system');
        const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(leeds));
        ok(
          /^id: LD-0005\ntitle: Ward clerks found the record first\nlocality: Leeds Care Record\nstage: captured\n/.test(saved),
          `the Leeds lesson's head:\n${saved}`,
        );
        ok(/\ngood: \| # .*\n {2}Clerks taught the ward, shift by shift\.\n {2}It stuck\.\n/.test(saved), `the multi-line cell as a block:\n${saved}`);
        const wessexText = new TextDecoder().decode(await vscode.workspace.fs.readFile(wessex));
        ok(
          wessexText.startsWith('id: WX-0100\ntitle: Consent wording agreed with the public\nlocality: Wessex Care Records\n'),
          `the Wessex lesson's head:\n${wessexText}`,
        );
        ok(isOpenInATab(leeds) && isOpenInATab(wessex), 'the imported lessons are open in editors');
        await waitFor(
          () => localityCounts(api).includes('Leeds Care Record 5') && localityCounts(api).includes('Wessex Care Records 7'),
          'the Lessons view to count the imported lessons',
        );
        ok(JSON.stringify(api.getTreeSnapshot()).includes('LD-0005'), 'the view lists LD-0005');
      } finally {
        await vscode.workspace.fs.delete(csv);
      }
    },
  },
];
