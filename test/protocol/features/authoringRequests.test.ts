import * as assert from 'node:assert/strict';
import {
  type AdvanceStageResult,
  type NewLessonLocalitiesResult,
  type NewLessonResult,
  AdvanceStageRequest,
  NewLessonLocalitiesRequest,
  NewLessonRequest,
} from '../../../shared/protocol';
import { applyPlainTextEdits } from '../../support/applyPlainTextEdits';
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

  const config =
    'localities:\n  - name: Greater Manchester Care Record\n    prefix: GM\n    aliases: [GMCR]\n    folder: greater-manchester\n  - name: Wessex Care Records\n    prefix: WX\n';

  it("lists the folder's localities with their next free ids", async () => {
    workspace = tempWorkspace({
      'learn-once.yaml': config,
      'greater-manchester/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }),
      'elsewhere/GM-0009.lesson.yaml': lessonText({ id: 'GM-0009' }),
    });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const result: NewLessonLocalitiesResult = await client.connection.sendRequest(NewLessonLocalitiesRequest, { folderUri: fileUri(workspace.root) });
    assert.deepEqual(result.localities, [
      { name: 'Greater Manchester Care Record', prefix: 'GM', folder: 'greater-manchester', nextId: 'GM-0010' },
      { name: 'Wessex Care Records', prefix: 'WX', folder: 'wessex-care-records', nextId: 'WX-0001' },
    ]);
  });

  it('places a new lesson in the locality folder under the next free id, with the template as snippet and text', async () => {
    workspace = tempWorkspace({ 'learn-once.yaml': config, 'greater-manchester/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }) });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const result: NewLessonResult = await client.connection.sendRequest(NewLessonRequest, {
      folderUri: fileUri(workspace.root),
      locality: 'GMCR',
      title: '  Consent: opt-outs were applied twice  ',
    });
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
    const result: NewLessonResult = await client.connection.sendRequest(NewLessonRequest, {
      folderUri: fileUri(workspace.root),
      locality: 'GMCR',
      title: 'Opt-outs',
    });
    assert.match(result.snippet, /^topics: \[\$\{1\|consent,data sharing\|\}\]$/m);
    assert.match(result.text, /^topics: \[topic\]$/m);
  });

  it('refuses a new lesson with a clear message: no title, unknown locality, not a workspace folder', async () => {
    workspace = tempWorkspace({ 'learn-once.yaml': config });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const failure = async (params: unknown): Promise<string> => {
      try {
        await client!.connection.sendRequest(NewLessonRequest, params);
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

  it("advances an open lesson with an edit for the open document's version, and an unopened one from disk", async () => {
    workspace = tempWorkspace({
      'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', stage: 'organised' }),
      'GM-0002.lesson.yaml': lessonText({ id: 'GM-0002' }),
    });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const open = fileUri(workspace.path('GM-0001.lesson.yaml'));
    await client.open(open, lessonText({ id: 'GM-0001', stage: 'organised' }));
    await client.change(open, lessonText({ id: 'GM-0001', stage: 'organised', title: 'Edited' }));
    const advanced: AdvanceStageResult = await client.connection.sendRequest(AdvanceStageRequest, { uri: open });
    assert.ok(advanced.advanced);
    assert.deepEqual([advanced.from, advanced.to, advanced.inserted], ['organised', 'curated', ['summary']]);
    const change = advanced.edit.documentChanges![0] as { textDocument: { uri: string; version: number | null }; edits: { range: unknown; newText: string }[] };
    assert.deepEqual(change.textDocument, { uri: open, version: 2 });
    assert.deepEqual(change.edits[0], { range: { start: { line: 3, character: 7 }, end: { line: 3, character: 16 } }, newText: 'curated' });
    assert.match(change.edits[1].newText, /^summary: \|/);
    assert.deepEqual(advanced.cursor, { line: 13, character: 2 }, 'inside the new summary block, after improvements (lines 10-11)');

    const closed = fileUri(workspace.path('GM-0002.lesson.yaml'));
    const fromDisk: AdvanceStageResult = await client.connection.sendRequest(AdvanceStageRequest, { uri: closed });
    assert.ok(fromDisk.advanced);
    assert.equal((fromDisk.edit.documentChanges![0] as { textDocument: { version: number | null } }).textDocument.version, null);
  });

  it('explains why a lesson cannot advance', async () => {
    workspace = tempWorkspace({ 'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', stage: 'communicated', summary: 'Done.' }) });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    const last: AdvanceStageResult = await client.connection.sendRequest(AdvanceStageRequest, { uri: fileUri(workspace.path('GM-0001.lesson.yaml')) });
    assert.deepEqual(last, { advanced: false, reason: 'This lesson is already communicated, the last stage.' });
    const missing: AdvanceStageResult = await client.connection.sendRequest(AdvanceStageRequest, { uri: fileUri(workspace.path('nope.lesson.yaml')) });
    assert.deepEqual(missing, { advanced: false, reason: 'This lesson could not be read.' });
  });

  describe('with curators in learn-once.yaml', () => {
    const curators = 'curators: [Priya Shah, Tom Okafor]\n';

    it('flags a curated lesson without a review on its stage, and clears it when the review is written', async () => {
      const text = lessonText({ id: 'GM-0001', stage: 'curated', summary: 'One paragraph.' });
      workspace = tempWorkspace({ 'learn-once.yaml': curators, 'GM-0001.lesson.yaml': text });
      client = await LspTestClient.start({ folders: [workspace.root] });
      await client.waitForIndex();
      const uri = fileUri(workspace.path('GM-0001.lesson.yaml'));
      const diagnostics = await client.waitForDiagnostics(uri, (list) => list.length > 0, 'the review problems');
      const stageRange = { start: { line: 3, character: 7 }, end: { line: 3, character: 14 } };
      assert.deepEqual(
        diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.range, diagnostic.message]),
        [
          [
            'review-required',
            1,
            stageRange,
            "A curated lesson needs a curator's review: add reviewed_by, the curator who reviewed it (curators in learn-once.yaml: Priya Shah, Tom Okafor).",
          ],
          ['review-required', 1, stageRange, 'A curated lesson needs the date of its review: add reviewed_on (YYYY-MM-DD).'],
        ],
      );
      await client.open(uri, text);
      await client.change(uri, text.replace('stage: curated\n', 'stage: curated\nreviewed_by: priya shah\nreviewed_on: 2026-01-05\n'));
      await client.waitForDiagnostics(uri, (list) => list.length === 0, 'no problems once a curator has reviewed it');
    });

    it('says a move to curated needs a review, then writes the chosen curator and date next to the stage change', async () => {
      const text = lessonText({ id: 'GM-0001', stage: 'organised' });
      workspace = tempWorkspace({ 'learn-once.yaml': curators, 'GM-0001.lesson.yaml': text });
      client = await LspTestClient.start({ folders: [workspace.root] });
      await client.waitForIndex();
      const uri = fileUri(workspace.path('GM-0001.lesson.yaml'));
      await client.open(uri, text);
      const asked: AdvanceStageResult = await client.connection.sendRequest(AdvanceStageRequest, { uri });
      assert.deepEqual(asked, {
        advanced: false,
        reason: "Moving this lesson to curated needs a curator's review: which curator (Priya Shah, Tom Okafor) reviewed it?",
        reviewNeeded: { to: 'curated', curators: ['Priya Shah', 'Tom Okafor'] },
      });

      const advanced: AdvanceStageResult = await client.connection.sendRequest(AdvanceStageRequest, {
        uri,
        reviewedBy: 'tom okafor',
        reviewedOn: '2026-01-05',
      });
      assert.ok(advanced.advanced);
      assert.deepEqual(
        [advanced.from, advanced.to, advanced.inserted, advanced.review],
        ['organised', 'curated', ['summary'], { reviewedBy: 'Tom Okafor', reviewedOn: '2026-01-05' }],
      );
      const change = advanced.edit.documentChanges![0] as {
        textDocument: { uri: string; version: number | null };
        edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
      };
      const afterStage = { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } };
      assert.deepEqual(change.edits.slice(2), [
        { range: afterStage, newText: 'reviewed_by: Tom Okafor\n' },
        { range: afterStage, newText: 'reviewed_on: 2026-01-05\n' },
      ]);
      assert.deepEqual(advanced.cursor, { line: 15, character: 2 }, 'inside the new summary block, two lines lower for the review');
      const after = applyPlainTextEdits(text, change.edits);
      assert.equal(after.split('\n').slice(3, 6).join('\n'), 'stage: curated\nreviewed_by: Tom Okafor\nreviewed_on: 2026-01-05');
      await client.change(uri, after);
      const left = await client.waitForDiagnostics(
        uri,
        (list) => list.length > 0 && !list.some((diagnostic) => diagnostic.code === 'review-required'),
        'only the summary to write',
      );
      assert.deepEqual(
        left.map((diagnostic) => diagnostic.code),
        ['summary-required'],
      );
    });

    it('refuses a reviewer who is not a curator, and a review date not written YYYY-MM-DD', async () => {
      workspace = tempWorkspace({ 'learn-once.yaml': curators, 'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', stage: 'organised' }) });
      client = await LspTestClient.start({ folders: [workspace.root] });
      await client.waitForIndex();
      const uri = fileUri(workspace.path('GM-0001.lesson.yaml'));
      const refused: AdvanceStageResult = await client.connection.sendRequest(AdvanceStageRequest, { uri, reviewedBy: 'Someone Else' });
      assert.deepEqual(refused, { advanced: false, reason: "'Someone Else' is not one of the curators in learn-once.yaml (Priya Shah, Tom Okafor)." });
      await assert.rejects(client.connection.sendRequest(AdvanceStageRequest, { uri, reviewedBy: 'Priya Shah', reviewedOn: '5 January 2026' }), {
        message: 'reviewedOn must be a date written YYYY-MM-DD.',
      });
    });
  });
});
