import * as assert from 'node:assert/strict';
import type { AdvanceStageResult, NewLessonLocalitiesResult, NewLessonResult } from '../../../server/src/lsp/protocol';
import { fileUri, LspTestClient } from '../support/LspTestClient';
import { lessonText, tempWorkspace } from '../support/tempWorkspace';

describe('protocol: authoring requests (newLessonLocalities, newLesson, advanceStage)', () => {
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;

  afterEach(async () => {
    await client?.stop();
    workspace?.dispose();
    client = undefined;
    workspace = undefined;
  });

  const config = 'localities:\n  - name: Greater Manchester Care Record\n    prefix: GM\n    aliases: [GMCR]\n    folder: greater-manchester\n  - name: Wessex Care Records\n    prefix: WX\n';

  it('lists the folder\'s localities with their next free ids', async () => {
    workspace = tempWorkspace({
      'learn-once.yaml': config,
      'greater-manchester/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }),
      'elsewhere/GM-0009.lesson.yaml': lessonText({ id: 'GM-0009' }),
    });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const result: NewLessonLocalitiesResult = await client.connection.sendRequest('learnOnce/newLessonLocalities', { folderUri: fileUri(workspace.root) });
    assert.deepEqual(result.localities, [
      { name: 'Greater Manchester Care Record', prefix: 'GM', folder: 'greater-manchester', nextId: 'GM-0010' },
      { name: 'Wessex Care Records', prefix: 'WX', folder: 'wessex-care-records', nextId: 'WX-0001' },
    ]);
  });

  it('places a new lesson in the locality folder under the next free id, with the template as snippet and text', async () => {
    workspace = tempWorkspace({ 'learn-once.yaml': config, 'greater-manchester/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }) });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const result: NewLessonResult = await client.connection.sendRequest('learnOnce/newLesson', { folderUri: fileUri(workspace.root), locality: 'GMCR', title: '  Consent: opt-outs were applied twice  ' });
    assert.equal(result.id, 'GM-0002');
    assert.equal(result.uri, fileUri(workspace.path('greater-manchester/GM-0002.lesson.yaml')));
    assert.match(result.text, /^id: GM-0002\ntitle: "Consent: opt-outs were applied twice"\nlocality: Greater Manchester Care Record\nstage: captured\n/);
    assert.match(result.snippet, /topics: \[\$\{1:topic\}\]/);
    assert.ok(!result.text.includes('${'), 'the plain text has no tab stops');
  });

  it("offers the folder's topic list as a choice for the new lesson's topic", async () => {
    workspace = tempWorkspace({ 'learn-once.yaml': `${config}topics: [consent, data sharing]\n` });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const result: NewLessonResult = await client.connection.sendRequest('learnOnce/newLesson', { folderUri: fileUri(workspace.root), locality: 'GMCR', title: 'Opt-outs' });
    assert.match(result.snippet, /^topics: \[\$\{1\|consent,data sharing\|\}\]$/m);
    assert.match(result.text, /^topics: \[topic\]$/m);
  });

  it('refuses a new lesson with a clear message: no title, unknown locality, not a workspace folder', async () => {
    workspace = tempWorkspace({ 'learn-once.yaml': config });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const failure = async (params: unknown): Promise<string> => {
      try {
        await client!.connection.sendRequest('learnOnce/newLesson', params);
      } catch (error) {
        return (error as Error).message;
      }
      assert.fail(`expected ${JSON.stringify(params)} to be refused`);
    };
    assert.match(await failure({ folderUri: fileUri(workspace.root), locality: 'GMCR', title: '   ' }), /needs a title/);
    assert.match(await failure({ folderUri: fileUri(workspace.root), locality: 'GMCR', title: 'a\nb' }), /one line/);
    assert.match(await failure({ folderUri: fileUri(workspace.root), locality: 'Atlantis', title: 'x' }), /'Atlantis' is not a locality/);
    assert.match(await failure({ folderUri: fileUri(workspace.path('other')), locality: 'GMCR', title: 'x' }), /is not a workspace folder/);
    assert.match(await failure(null), /needs a workspace folder/);
  });

  it('advances an open lesson with an edit for the open document\'s version, and an unopened one from disk', async () => {
    workspace = tempWorkspace({
      'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', stage: 'organised' }),
      'GM-0002.lesson.yaml': lessonText({ id: 'GM-0002' }),
    });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const open = fileUri(workspace.path('GM-0001.lesson.yaml'));
    await client.open(open, lessonText({ id: 'GM-0001', stage: 'organised' }));
    await client.change(open, lessonText({ id: 'GM-0001', stage: 'organised', title: 'Edited' }));
    const advanced: AdvanceStageResult = await client.connection.sendRequest('learnOnce/advanceStage', { uri: open });
    assert.ok(advanced.advanced);
    assert.deepEqual([advanced.from, advanced.to, advanced.inserted], ['organised', 'curated', ['summary']]);
    const change = advanced.edit.documentChanges![0] as { textDocument: { uri: string; version: number | null }; edits: { range: unknown; newText: string }[] };
    assert.deepEqual(change.textDocument, { uri: open, version: 2 });
    assert.deepEqual(change.edits[0], { range: { start: { line: 3, character: 7 }, end: { line: 3, character: 16 } }, newText: 'curated' });
    assert.match(change.edits[1].newText, /^summary: \|/);
    assert.deepEqual(advanced.cursor, { line: 13, character: 2 }, "inside the new summary block, after improvements (lines 10-11)");

    const closed = fileUri(workspace.path('GM-0002.lesson.yaml'));
    const fromDisk: AdvanceStageResult = await client.connection.sendRequest('learnOnce/advanceStage', { uri: closed });
    assert.ok(fromDisk.advanced);
    assert.equal((fromDisk.edit.documentChanges![0] as { textDocument: { version: number | null } }).textDocument.version, null);
  });

  it('explains why a lesson cannot advance', async () => {
    workspace = tempWorkspace({ 'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', stage: 'communicated', summary: 'Done.' }) });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const last: AdvanceStageResult = await client.connection.sendRequest('learnOnce/advanceStage', { uri: fileUri(workspace.path('GM-0001.lesson.yaml')) });
    assert.deepEqual(last, { advanced: false, reason: 'This lesson is already communicated, the last stage.' });
    const missing: AdvanceStageResult = await client.connection.sendRequest('learnOnce/advanceStage', { uri: fileUri(workspace.path('nope.lesson.yaml')) });
    assert.deepEqual(missing, { advanced: false, reason: 'This lesson could not be read.' });
  });
});
