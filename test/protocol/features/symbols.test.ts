import * as assert from 'node:assert/strict';
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient } from '../support/LspTestClient';
import { lessonText, tempWorkspace } from '../support/tempWorkspace';

describe('protocol: document and workspace symbols', () => {
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;

  afterEach(async () => {
    await client?.stop();
    workspace?.dispose();
    client = undefined;
    workspace = undefined;
  });

  async function start(): Promise<void> {
    workspace = tempWorkspace({
      'gm/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', adoption: '\n  action: customise\n  lesson: DC-0002', related: '[DC-0002]' }),
      'dc/DC-0002.lesson.yaml': lessonText({ id: 'DC-0002', locality: 'Dorset Care Record', title: 'Practice champions lifted GP use of the record' }),
      'dc/DC-0003.lesson.yaml': lessonText({ id: 'DC-0003', locality: 'Dorset Care Record', title: 'Consent model for the record agreed with patients' }),
    });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
  }

  it('outlines a lesson: its fields with their values in short, adoption and lists nested', async () => {
    await start();
    const symbols: DocumentSymbol[] = await client!.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: fileUri(workspace!.path('gm/GM-0001.lesson.yaml')) },
    });
    assert.deepEqual(
      symbols.map((symbol) => [symbol.name, symbol.detail]),
      [
        ['id', 'GM-0001'],
        ['title', 'Data sharing agreement sign-off took nine months across three trusts'],
        ['locality', 'Greater Manchester Care Record'],
        ['stage', 'captured'],
        ['date', '2025-03-14'],
        ['topics', 'information governance, data sharing'],
        ['good', 'Every trust named one IG lead early.'],
        ['not_so_good', 'Each board signed off separately, so it took nine months.'],
        ['improvements', 'Agree one sign-off route before drafting starts.'],
        ['adoption', undefined],
        ['related', 'DC-0002'],
      ],
    );
    const adoption = symbols[9];
    assert.deepEqual(
      adoption.children?.map((child) => [child.name, child.detail]),
      [
        ['action', 'customise'],
        ['lesson', 'DC-0002'],
      ],
    );
    assert.deepEqual(adoption.selectionRange, { start: { line: 12, character: 0 }, end: { line: 12, character: 8 } });
    assert.deepEqual(adoption.range, { start: { line: 12, character: 0 }, end: { line: 14, character: 17 } });
    assert.deepEqual(symbols[6].range, { start: { line: 6, character: 0 }, end: { line: 7, character: 38 } }, 'an answer spans its block');
    assert.deepEqual(
      symbols[10].children?.map((child) => child.name),
      ['DC-0002'],
    );
  });

  it('still outlines what the parser can read of a broken lesson', async () => {
    await start();
    const uri = fileUri(workspace!.path('gm/GM-0001.lesson.yaml'));
    await client!.open(uri, 'id: GM-0001\ntitle: [never closed\nstage: captured\n');
    const symbols: DocumentSymbol[] = await client!.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols[0].name, 'id');
  });

  it('finds lessons across the workspace by id or by words of the title', async () => {
    await start();
    const search = (query: string): Promise<SymbolInformation[]> => client!.connection.sendRequest('workspace/symbol', { query });
    const byId = await search('DC-0003');
    assert.deepEqual(byId[0], {
      name: 'DC-0003 — Consent model for the record agreed with patients',
      kind: 19,
      location: { uri: fileUri(workspace!.path('dc/DC-0003.lesson.yaml')), range: { start: { line: 0, character: 4 }, end: { line: 0, character: 11 } } },
      containerName: 'Dorset Care Record',
    });
    assert.deepEqual(
      (await search('DC')).map((symbol) => symbol.name.slice(0, 7)),
      ['DC-0002', 'DC-0003'],
    );
    assert.deepEqual(
      (await search('champ rec')).map((symbol) => symbol.name.slice(0, 7)),
      ['DC-0002'],
    );
    assert.deepEqual(
      (await search('record')).map((symbol) => symbol.name.slice(0, 7)),
      ['DC-0002', 'DC-0003'],
    );
    assert.deepEqual(await search('nothing like this'), []);
  });
});
