import * as assert from 'node:assert/strict';
import type { Location } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient } from '../support/LspTestClient';
import { lessonText, tempWorkspace } from '../support/tempWorkspace';

const range = (line: number, start: number, end: number): Location['range'] => ({ start: { line, character: start }, end: { line, character: end } });

describe('protocol: go to definition and find references', () => {
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;

  afterEach(async () => {
    await client?.stop();
    workspace?.dispose();
    client = undefined;
    workspace = undefined;
  });

  /** GN-0001 ← DC-0002 (adoption) ← LD-0003 (related, and adopting DC-0002). */
  async function start(): Promise<{ gn: string; dc: string; ld: string }> {
    workspace = tempWorkspace({
      'a/GN-0001.lesson.yaml': lessonText({ id: 'GN-0001', locality: 'Great North Care Record' }),
      'b/DC-0002.lesson.yaml': lessonText({ id: 'DC-0002', locality: 'Dorset Care Record', adoption: '\n  action: replicate\n  lesson: GN-0001' }),
      'c/LD-0003.lesson.yaml': lessonText({
        id: 'LD-0003',
        locality: 'Leeds Care Record',
        adoption: '\n  action: enhance\n  lesson: DC-0002',
        related: '[WX-0001, "GN-0001"]',
      }),
    });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    return {
      gn: fileUri(workspace.path('a/GN-0001.lesson.yaml')),
      dc: fileUri(workspace.path('b/DC-0002.lesson.yaml')),
      ld: fileUri(workspace.path('c/LD-0003.lesson.yaml')),
    };
  }

  const definition = (uri: string, line: number, character: number): Promise<Location[] | null> =>
    client!.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line, character } });
  const references = (uri: string, line: number, character: number, includeDeclaration: boolean): Promise<Location[] | null> =>
    client!.connection.sendRequest('textDocument/references', { textDocument: { uri }, position: { line, character }, context: { includeDeclaration } });

  it("goes from an id in adoption.lesson or related to that lesson's id, quoted or not", async () => {
    const { gn, dc, ld } = await start();
    assert.deepEqual(await definition(dc, 14, 12), [{ uri: gn, range: range(0, 4, 11) }]);
    assert.deepEqual(await definition(ld, 14, 10), [{ uri: dc, range: range(0, 4, 11) }]);
    assert.deepEqual(await definition(ld, 15, 21), [{ uri: gn, range: range(0, 4, 11) }], 'the quoted id in related');
    assert.equal(await definition(ld, 15, 12), null, 'WX-0001 is no lesson of the workspace');
    assert.equal(await definition(ld, 1, 10), null, 'a title is not an id');
  });

  it('finds every lesson that adopts or relates to an id, and its own id when asked', async () => {
    const { gn, dc, ld } = await start();
    assert.deepEqual(await references(gn, 0, 6, true), [
      { uri: gn, range: range(0, 4, 11) },
      { uri: dc, range: range(14, 10, 17) },
      { uri: ld, range: range(15, 19, 28) },
    ]);
    assert.deepEqual(await references(dc, 14, 12, false), [
      { uri: dc, range: range(14, 10, 17) },
      { uri: ld, range: range(15, 19, 28) },
    ]);
  });

  it("follows the open editor's unsaved text", async () => {
    const { gn, dc } = await start();
    await client!.open(dc, lessonText({ id: 'DC-0002', locality: 'Dorset Care Record', related: '[GN-0001]' }));
    assert.deepEqual(await references(gn, 0, 6, false), [
      { uri: dc, range: range(12, 10, 17) },
      { uri: fileUri(workspace!.path('c/LD-0003.lesson.yaml')), range: range(15, 19, 28) },
    ]);
  });
});
