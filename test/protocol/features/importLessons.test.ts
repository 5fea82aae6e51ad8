import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { type ImportLessonsResult, type LessonsResult, ImportLessonsRequest, LessonsRequest } from '../../../shared/protocol';
import { fileUri, LspTestClient } from '../support/LspTestClient';
import { lessonText, tempWorkspace } from '../support/tempWorkspace';

const CONFIG =
  'localities:\n  - name: Leeds Care Record\n    prefix: LD\n    aliases: [Leeds]\n    folder: leeds\n  - name: Dorset Care Record\n    prefix: DC\n';

/** Every file under the folder, relative, sorted. */
function filesIn(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.split(path.sep).join('/'))
    .sort();
}

describe('protocol: learnOnce/importLessons', () => {
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;

  afterEach(async () => {
    await client?.stop();
    workspace?.dispose();
    client = undefined;
    workspace = undefined;
  });

  it("writes one lesson a row with the next free ids, gives each file's problems, and the index takes them in", async () => {
    workspace = tempWorkspace({ 'learn-once.yaml': CONFIG, 'leeds/LD-0003.lesson.yaml': lessonText({ id: 'LD-0003', locality: 'Leeds Care Record' }) });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Form1');
    sheet.addRow(['Id', 'Title', 'Locality', 'What was good?', 'What was not so good', 'What could be improved next time?', 'Stage']);
    sheet.addRow([1, 'Consent: "agreed" # once', 'Leeds', 'line one\nline two', 'n', 'i', '']);
    sheet.addRow([2, 'Curated without summary', 'DC', 'g', 'n', 'i', 'curated']);
    await workbook.xlsx.writeFile(workspace.path('responses.xlsx'));
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();

    const result: ImportLessonsResult = await client.connection.sendRequest(ImportLessonsRequest, { path: workspace.path('responses.xlsx') });
    const leeds = fileUri(workspace.path('leeds/LD-0004.lesson.yaml'));
    const dorset = fileUri(workspace.path('dorset-care-record/DC-0001.lesson.yaml'));
    assert.deepEqual(result.written, [leeds, dorset]);
    assert.deepEqual(
      result.lessons.map((lesson) => [lesson.uri, lesson.id, lesson.row]),
      [
        [leeds, 'LD-0004', 2],
        [dorset, 'DC-0001', 3],
      ],
    );
    assert.deepEqual(result.refused, []);
    assert.deepEqual(result.ignoredColumns, ['Id']);
    assert.equal(result.dryRun, false);
    assert.equal(readFileSync(workspace.path('leeds/LD-0004.lesson.yaml'), 'utf8'), result.lessons[0].text);
    assert.match(result.lessons[0].text, /^title: 'Consent: "agreed" # once'$/m);
    assert.deepEqual(
      result.problems.map((entry) => [entry.uri, entry.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.source])]),
      [
        [leeds, []],
        [dorset, [['summary-required', 'learn-once']]],
      ],
    );

    // The editor's file watcher reports the new files; the server indexes them as any new file.
    await client.filesChanged(result.written.map((uri) => ({ uri, type: 1 as const })));
    const lessons = await client.requestUntil<LessonsResult>(
      LessonsRequest.method,
      {},
      (answer) => answer.lessons.length === 3,
      'the imported lessons in the index',
    );
    assert.deepEqual(lessons.lessons.map((lesson) => lesson.id).sort(), ['DC-0001', 'LD-0003', 'LD-0004']);
    await client.waitForDiagnostics(dorset, (diagnostics) => diagnostics.some((diagnostic) => diagnostic.code === 'summary-required'));

    const again: ImportLessonsResult = await client.connection.sendRequest(ImportLessonsRequest, {
      path: workspace.path('responses.xlsx'),
      folderUri: fileUri(workspace.root),
      dryRun: true,
    });
    assert.deepEqual(
      again.lessons.map((lesson) => lesson.id),
      ['LD-0005', 'DC-0002'],
      'a second import continues the ids',
    );
    assert.deepEqual(again.written, []);
  });

  it('a dry run or a refused row writes nothing', async () => {
    workspace = tempWorkspace({ 'learn-once.yaml': CONFIG, 'ok.csv': 'Title,Locality\nA,Leeds\n', 'bad.csv': 'Title,Locality\r\nA,Leeds\r\n\r\nB,\r\n' });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const before = filesIn(workspace.root);

    const dry: ImportLessonsResult = await client.connection.sendRequest(ImportLessonsRequest, { path: workspace.path('ok.csv'), dryRun: true });
    assert.equal(dry.dryRun, true);
    assert.deepEqual(dry.written, []);
    assert.deepEqual(
      dry.lessons.map((lesson) => lesson.id),
      ['LD-0001'],
    );
    assert.match(dry.lessons[0].text, /^id: LD-0001\n/);

    const refused: ImportLessonsResult = await client.connection.sendRequest(ImportLessonsRequest, { path: workspace.path('bad.csv') });
    assert.deepEqual(refused.written, []);
    assert.deepEqual(refused.refused, [{ row: 4, reason: 'no locality: the locality cell (column B) is empty.' }]);
    assert.deepEqual(filesIn(workspace.root), before);
    assert.ok(!existsSync(workspace.path('leeds')));
  });

  it("plans from the content the editor sent and, with writeBy: 'client', writes nothing (the browser's client writes)", async () => {
    workspace = tempWorkspace({ 'learn-once.yaml': CONFIG, 'leeds/LD-0003.lesson.yaml': lessonText({ id: 'LD-0003', locality: 'Leeds Care Record' }) });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const before = filesIn(workspace.root);
    const csv = '\uFEFFTitle,Locality,What was good?\r\nA,Leeds,"one,\r\ntwo"\r\nB,DC,g\r\n';
    const content = { name: 'responses.csv', base64: Buffer.from(csv, 'utf8').toString('base64') };

    const planned: ImportLessonsResult = await client.connection.sendRequest(ImportLessonsRequest, { content, writeBy: 'client' });
    assert.equal(planned.dryRun, false);
    assert.deepEqual(planned.written, []);
    assert.deepEqual(planned.refused, []);
    assert.deepEqual(
      planned.lessons.map((lesson) => [lesson.uri, lesson.id]),
      [
        [fileUri(workspace.path('leeds/LD-0004.lesson.yaml')), 'LD-0004'],
        [fileUri(workspace.path('dorset-care-record/DC-0001.lesson.yaml')), 'DC-0001'],
      ],
    );
    assert.match(planned.lessons[0].text, /\ngood: \| # .*\n {2}one,\n {2}two\n/);
    assert.deepEqual(filesIn(workspace.root), before, 'the server wrote nothing');

    const written: ImportLessonsResult = await client.connection.sendRequest(ImportLessonsRequest, { content });
    assert.deepEqual(
      written.written,
      planned.lessons.map((lesson) => lesson.uri),
      'without writeBy the Node server writes, as from a path',
    );
    assert.equal(readFileSync(workspace.path('leeds/LD-0004.lesson.yaml'), 'utf8'), planned.lessons[0].text);
  });

  it('refuses what it cannot import with a clear message', async () => {
    workspace = tempWorkspace({ 'learn-once.yaml': CONFIG, 'old.xls': 'x' });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const failure = async (params: unknown): Promise<string> => {
      try {
        await client!.connection.sendRequest(ImportLessonsRequest, params);
      } catch (error) {
        return (error as Error).message;
      }
      assert.fail(`expected ${JSON.stringify(params)} to be refused`);
    };
    assert.match(await failure({ path: 'relative.csv' }), /needs path: the absolute path of the spreadsheet/);
    assert.match(await failure({ path: workspace.path('missing.csv') }), /missing\.csv does not exist/);
    assert.match(await failure({ path: workspace.path('old.xls') }), /old Excel format/);
    assert.match(await failure({ path: workspace.path('old.xls'), folderUri: fileUri(workspace.path('elsewhere')) }), /is not a workspace folder/);
    assert.match(await failure(null), /needs path/);
    assert.match(await failure({ content: { name: 'responses.csv' } }), /content needs the file name and its bytes in base64/);
  });
});
