import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { URI } from 'vscode-uri';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient } from '../support/LspTestClient';
import { lessonText, tempWorkspace } from '../support/tempWorkspace';

describe('protocol: rename a lesson id', () => {
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;

  afterEach(async () => {
    await client?.stop();
    workspace?.dispose();
    client = undefined;
    workspace = undefined;
  });

  const files = {
    'gm/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001  # the first Manchester lesson' }),
    'dc/DC-0002.lesson.yaml': lessonText({
      id: 'DC-0002',
      locality: 'Dorset Care Record',
      adoption: '\n  action: replicate  # like for like\n  lesson: GM-0001',
    }),
    'ld/LD-0003.lesson.yaml': lessonText({ id: 'LD-0003', locality: 'Leeds Care Record', related: '[GM-0001, DC-0002]' }),
    'wx/WX-0004.lesson.yaml': lessonText({ id: 'WX-0004', locality: 'Wessex Care Records', related: '\n  # the Manchester one\n  - "GM-0001"\n  - LD-0003' }),
  };

  async function start(options: { resourceOperations?: string[]; extraFiles?: Record<string, string> } = {}): Promise<void> {
    workspace = tempWorkspace({ ...files, ...options.extraFiles });
    client = await LspTestClient.start({ folders: [workspace.root], resourceOperations: options.resourceOperations });
    await client.waitForIndex();
  }

  const uriOf = (relative: string): string => fileUri(workspace!.path(relative));
  const rename = (uri: string, line: number, character: number, newName: string): Promise<WorkspaceEdit | null> =>
    client!.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position: { line, character }, newName });

  it('prepares a rename on an id only, with the id as placeholder', async () => {
    await start();
    const uri = uriOf('wx/WX-0004.lesson.yaml');
    const prepared = await client!.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position: { line: 14, character: 7 } });
    assert.deepEqual(prepared, { range: { start: { line: 14, character: 5 }, end: { line: 14, character: 12 } }, placeholder: 'GM-0001' }, 'inside the quotes');
    await assert.rejects(
      client!.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position: { line: 1, character: 10 } }),
      /Only a lesson id can be renamed/,
    );
  });

  it('renames the id in its lesson and every reference across the workspace, with versions, keeping quotes and comments', async () => {
    await start();
    const dc = uriOf('dc/DC-0002.lesson.yaml');
    // The adopting lesson is open with unsaved changes: its edit must be for that version.
    const unsaved = files['dc/DC-0002.lesson.yaml'].replace('title: Data sharing', 'title: Unsaved data sharing');
    await client!.open(dc, files['dc/DC-0002.lesson.yaml']);
    await client!.change(dc, unsaved);
    const edit = await rename(dc, 14, 12, 'GM-0042');
    assert.ok(edit?.documentChanges, 'documentChanges');
    const changes = edit.documentChanges as TextDocumentEdit[];
    assert.deepEqual(
      changes.map((change) => [change.textDocument.uri, change.textDocument.version]),
      [
        [dc, 2],
        [uriOf('gm/GM-0001.lesson.yaml'), null],
        [uriOf('ld/LD-0003.lesson.yaml'), null],
        [uriOf('wx/WX-0004.lesson.yaml'), null],
      ],
    );
    const applied = new Map(
      changes.map((change) => {
        const uri = change.textDocument.uri;
        const before = uri === dc ? unsaved : readFileSync(URI.parse(uri).fsPath, 'utf8');
        return [uri, TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 0, before), change.edits)];
      }),
    );
    assert.equal(applied.get(uriOf('gm/GM-0001.lesson.yaml')), lessonText({ id: 'GM-0042  # the first Manchester lesson' }));
    assert.equal(applied.get(dc), unsaved.replace('lesson: GM-0001', 'lesson: GM-0042'));
    assert.equal(applied.get(uriOf('ld/LD-0003.lesson.yaml')), files['ld/LD-0003.lesson.yaml'].replace('[GM-0001, DC-0002]', '[GM-0042, DC-0002]'));
    assert.equal(applied.get(uriOf('wx/WX-0004.lesson.yaml')), files['wx/WX-0004.lesson.yaml'].replace('- "GM-0001"', '- "GM-0042"'));
  });

  it('renames a file named after the old id first, then edits it under its new name, when the editor can rename files', async () => {
    await start({ resourceOperations: ['create', 'rename', 'delete'] });
    const gm = uriOf('gm/GM-0001.lesson.yaml');
    const edit = await rename(gm, 0, 5, 'GM-0042');
    const changes = edit?.documentChanges ?? [];
    assert.deepEqual(
      changes.map((change) =>
        'kind' in change
          ? change.kind === 'rename'
            ? [change.kind, change.oldUri, change.newUri, change.options]
            : [change.kind]
          : [change.textDocument.uri, change.textDocument.version],
      ),
      [
        ['rename', gm, uriOf('gm/GM-0042.lesson.yaml'), { overwrite: false }],
        [uriOf('dc/DC-0002.lesson.yaml'), null],
        [uriOf('gm/GM-0042.lesson.yaml'), null],
        [uriOf('ld/LD-0003.lesson.yaml'), null],
        [uriOf('wx/WX-0004.lesson.yaml'), null],
      ],
    );
    const own = changes.find((change): change is TextDocumentEdit => !('kind' in change) && change.textDocument.uri === uriOf('gm/GM-0042.lesson.yaml'));
    assert.deepEqual(own?.edits, [{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 11 } }, newText: 'GM-0042' }]);
  });

  it('keeps the file name when it is not the old id, when the new name is taken, or when the editor cannot rename files', async () => {
    const renamedFiles = (edit: WorkspaceEdit | null): unknown[] => (edit?.documentChanges ?? []).filter((change) => 'kind' in change);
    await start({
      resourceOperations: ['create', 'rename', 'delete'],
      extraFiles: {
        'gm/GM-0042.lesson.yaml': 'notes: not a lesson yet\n',
        'yh/sign-off.lesson.yaml': lessonText({ id: 'YH-0005', locality: 'Yorkshire & Humber Care Record' }),
      },
    });
    assert.deepEqual(renamedFiles(await rename(uriOf('gm/GM-0001.lesson.yaml'), 0, 5, 'GM-0042')), [], 'a file has the new name');
    assert.deepEqual(renamedFiles(await rename(uriOf('yh/sign-off.lesson.yaml'), 0, 5, 'YH-0006')), [], 'not named after its id');
    await client!.stop();
    client = await LspTestClient.start({ folders: [workspace!.root] });
    await client.waitForIndex();
    const edit = await rename(uriOf('gm/GM-0001.lesson.yaml'), 0, 5, 'GM-0043');
    assert.deepEqual(renamedFiles(edit), [], 'no resource operations');
    assert.equal(edit?.documentChanges?.length, 4);
  });

  it('refuses an id another lesson has, and a name that is not an id', async () => {
    await start();
    const gm = uriOf('gm/GM-0001.lesson.yaml');
    await assert.rejects(rename(gm, 0, 5, 'LD-0003'), /LD-0003 is already the id of 'Data sharing agreement sign-off took nine months across three trusts'/);
    await assert.rejects(rename(gm, 0, 5, 'gm 42'), /'gm 42' is not a lesson id: write the locality's prefix, a dash and a number, e\.g\. GM-0042\./);
  });
});
